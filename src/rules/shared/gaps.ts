import type { DataKind } from '../../model/snapshot.js';
import type { ProviderProfile } from '../../clouds/types.js';

/** The remediation of a gap: the dump that holds the missing data, as the provider's CLI writes it. */
export function addDump(profile: ProviderProfile, kind: DataKind): string {
  return `Add ${profile.dumps[kind] ?? 'the missing data'} to the inputs.`;
}
