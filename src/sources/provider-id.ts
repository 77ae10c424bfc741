import type { Provider } from '../model/provider.js';

/**
 * Instance keys: one normalised spelling per cloud machine, so a node's providerID, an instance listing and a
 * route's next hop all meet in the same map key.
 */

export function awsInstanceKey(instanceId: string): string {
  return `aws:${instanceId}`;
}

export function gceInstanceKey(project: string, zone: string, name: string): string {
  return `gce:${project}/${zone}/${name}`;
}

/** Azure resource ids are case-insensitive, and providerIDs spell `resourcegroups` in lower case. */
export function azureId(id: string): string {
  return id.toLowerCase();
}

export function azureInstanceKey(vmId: string): string {
  return `azure:${azureId(vmId)}`;
}

/** "https://www.googleapis.com/compute/v1/projects/p/zones/z/instances/n" -> "projects/p/zones/z/instances/n". */
export function gcePath(url: string): string {
  const at = url.indexOf('projects/');
  return at >= 0 ? url.slice(at) : url;
}

/** The instance key of an instance URL (its selfLink, a route's nextHopInstance), or undefined for another URL. */
export function gceInstanceKeyFromUrl(url: string): string | undefined {
  const match = /projects\/([^/]+)\/zones\/([^/]+)\/instances\/([^/]+)$/.exec(gcePath(url));
  return match ? gceInstanceKey(match[1]!, match[2]!, match[3]!) : undefined;
}

export interface ParsedProviderId {
  readonly provider?: Provider;
  readonly instanceKey?: string;
}

export function parseProviderId(providerId: string): ParsedProviderId {
  const scheme = /^([a-z0-9-]+):\/\/(.*)$/i.exec(providerId);
  if (!scheme) return {};
  const rest = scheme[2]!;
  switch (scheme[1]!.toLowerCase()) {
    case 'aws': {
      const id = rest.split('/').pop() ?? '';
      return { provider: 'aws', instanceKey: /^i-[0-9a-f]+$/.test(id) ? awsInstanceKey(id) : undefined };
    }
    case 'gce': {
      const [project, zone, name] = rest.split('/');
      return { provider: 'gce', instanceKey: project && zone && name ? gceInstanceKey(project, zone, name) : undefined };
    }
    case 'azure': {
      const path = rest.replace(/^\/*/, '/');
      return { provider: 'azure', instanceKey: /^\/subscriptions\//i.test(path) ? azureInstanceKey(path) : undefined };
    }
    case 'vsphere':
      return { provider: 'vsphere', instanceKey: `vsphere:${rest.replace(/^\/*/, '').toLowerCase()}` };
    default:
      return {};
  }
}

/** "us-east-1a" → "us-east-1"; local and wavelength zones ("us-west-2-lax-1a") keep only the region part. */
export function regionOfZone(zone: string): string | undefined {
  return /^([a-z]{2}(?:-gov|-iso[a-z]*)?-[a-z]+-\d+)/.exec(zone)?.[1];
}

/** The AWS region of a node, from the zone in its providerID (aws:///us-east-1a/i-…). */
export function awsRegionOf(providerId: string | undefined): string | undefined {
  const zone = /^aws:\/\/\/?([^/]+)\/i-/.exec(providerId ?? '')?.[1];
  return zone ? regionOfZone(zone) : undefined;
}
