import type { ProviderProfile } from '../types.js';

/** No cloud API to check or call: the rules that apply are subnet membership, pod CIDRs and the backend. */
export const baremetal: ProviderProfile = {
  id: 'baremetal',
  displayName: 'bare metal',
  dumps: { subnets: 'a HostGwInventory with spec.subnets' },
};
