import type { Provider } from '../model/provider.js';
import { aws } from './aws/profile.js';
import { azure } from './azure/profile.js';
import { baremetal, vsphere } from './baremetal/profile.js';
import { gce } from './gce/profile.js';
import type { ProviderProfile } from './types.js';

const PROFILES: Record<Provider, ProviderProfile> = { aws, gce, azure, vsphere, baremetal };

export function profileFor(provider: Provider): ProviderProfile {
  return PROFILES[provider];
}
