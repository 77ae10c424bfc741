import type { Cloud } from '../types.js';
import { gceTerraform } from './terraform/index.js';
import { gcloudFirewallRules } from './dumps/firewall-rules.js';
import { gcloudInstances } from './dumps/instances.js';
import { gcloudOrgPolicy } from './dumps/org-policy.js';
import { gcloudRoutes } from './dumps/routes.js';
import { gcloudSubnetworks } from './dumps/subnetworks.js';
import { gcpDenialRemediation } from './policy.js';
import { gce } from './profile.js';

export const gceCloud: Cloud = {
  profile: gce,
  readers: {
    network: [gcloudInstances, gcloudRoutes, gcloudSubnetworks],
    firewall: [gcloudFirewallRules],
    policy: [gcloudOrgPolicy],
  },
  terraform: gceTerraform,
  live: async () => (await import('./live/reader.js')).gceReader,
  applier: async () => (await import('./apply.js')).gceApplier,
  denials: {
    unnamed: { provider: 'gce', kind: 'gcp-org-policy', name: 'an organisation policy' },
    remediation: gcpDenialRemediation,
  },
};
