import { parseProviderId } from '../../model/instance-key.js';

/** "us-east-1a" → "us-east-1"; local and wavelength zones ("us-west-2-lax-1a") keep only the region part. */
export function regionOfZone(zone: string): string | undefined {
  return /^([a-z]{2}(?:-gov|-iso[a-z]*)?-[a-z]+-\d+)/.exec(zone)?.[1];
}

/** The AWS region of a node, from the zone in its providerID (aws:///us-east-1a/i-…). */
export function awsRegionOf(providerId: string | undefined): string | undefined {
  const parsed = providerId ? parseProviderId(providerId) : undefined;
  return parsed?.provider === 'aws' && parsed.zone ? regionOfZone(parsed.zone) : undefined;
}
