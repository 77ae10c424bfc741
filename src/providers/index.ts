import type { Provider } from '../model/provider.js';
import { aws } from './aws.js';
import { azure } from './azure.js';
import { baremetal, vsphere } from './bare.js';
import { gce } from './gce.js';
import type { ProviderProfile } from './types.js';

const PROFILES: Record<Provider, ProviderProfile> = { aws, gce, azure, vsphere, baremetal };

export function profileFor(provider: Provider): ProviderProfile {
  return PROFILES[provider];
}
