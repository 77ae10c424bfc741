import type { Cloud } from '../types.js';
import { azureTerraform } from './terraform/index.js';
import { azNics } from './dumps/nics.js';
import { azNsgs } from './dumps/nsgs.js';
import { azPolicyAssignments } from './dumps/policy-assignments.js';
import { azRouteTables } from './dumps/route-tables.js';
import { azSubnets } from './dumps/subnets.js';
import { azVms, azVmssVms } from './dumps/vms.js';
import { azVnets } from './dumps/vnets.js';
import { azureDenialRemediation } from './policy.js';
import { azure } from './profile.js';

export const azureCloud: Cloud = {
  profile: azure,
  readers: {
    network: [azNics, azRouteTables, azSubnets, azVnets, azVms, azVmssVms],
    firewall: [azNsgs],
    policy: [azPolicyAssignments],
  },
  terraform: azureTerraform,
  live: async () => (await import('./live/reader.js')).azureReader,
  applier: async () => (await import('./apply.js')).azureApplier,
  denials: {
    unnamed: { provider: 'azure', kind: 'azure-policy-assignment', name: 'an Azure Policy assignment' },
    remediation: azureDenialRemediation,
  },
};
