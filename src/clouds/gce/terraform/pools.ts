import { gcePath } from '../../../model/instance-key.js';
import type { ResourceMapper } from '../../../sources/terraform/cloud.js';
import { labelsOf, where, type Mapping } from '../../../sources/terraform/mapping.js';
import type { TfMachine } from '../../../sources/terraform/model.js';
import { known, knownString, type ResourceInstance } from '../../../sources/terraform/plan.js';
import { records, str, strings } from '../../../sources/values.js';
import { forwardingOf, interfacesOf } from './network-interfaces.js';

/** Managed instance groups and the instance templates they use: nodes still to be created. */

const TEMPLATE_CAVEAT =
  'the instance template sets canIpForward false for every instance the managed instance group creates from it (a template cannot be changed, only replaced)';
const TEMPLATE_TYPES = ['google_compute_instance_template', 'google_compute_region_instance_template'];

/** A managed instance group (or an instance template no group in the plan uses): nodes still to be created. */
function poolMachine(m: Mapping, group: ResourceInstance | undefined, template: ResourceInstance): TfMachine {
  const pool = group ?? template;
  const origin = m.origin(template, { attributes: ['can_ip_forward'], path: ['can_ip_forward'] });
  const forwarding = forwardingOf(m, template, pool.address);
  const { interfaces, network } = interfacesOf(m, template, pool.address, forwarding, {
    caveat: TEMPLATE_CAVEAT,
    remediation: {
      text: `Set can_ip_forward = true in ${template.address}${where(origin)}; Terraform creates a new template (use name_prefix with create_before_destroy), then roll the group so its instances are recreated from it.`,
    },
  });
  return {
    address: pool.address,
    provider: 'gce',
    pool: true,
    names: [],
    ips: [],
    previous: { ips: [] },
    network,
    networkTags: strings(known(template, ['tags'])),
    labels: labelsOf(template, 'effective_labels', 'labels'),
    os: 'unknown',
    interfaces: interfaces.slice(0, 1),
    subnetIds: interfaces[0]?.subnetId ? [interfaces[0].subnetId] : [],
    created: true,
    managedBy: pool.address,
    origin: m.origin(pool),
  };
}

function templateOf(m: Mapping, group: ResourceInstance): ResourceInstance | undefined {
  const paths = [
    ...records(group.values.version).map((_, i) => ['version', i, 'instance_template']),
    ['instance_template'],
  ];
  for (const path of paths) {
    const found = m.single(group, path, TEMPLATE_TYPES);
    if (found.kind === 'target') return found.target;
    if (found.kind === 'known' && str(found.value)) {
      const value = gcePath(str(found.value)!);
      const match = m.plan.ofType(...TEMPLATE_TYPES).find((template) => {
        const link = knownString(template, ['self_link']);
        return (
          (link !== undefined && gcePath(link) === value) ||
          knownString(template, ['id']) === value ||
          knownString(template, ['name']) === value.split('/').pop()
        );
      });
      if (match) return match;
    }
  }
  return undefined;
}

/** A (regional) managed instance group: a pool of the template it claims; without a template in the plan, nothing. */
export const groupMapper: ResourceMapper = {
  map(group, m) {
    const template = templateOf(m, group);
    return template ? { machine: poolMachine(m, group, template), claims: [template] } : {};
  },
};

/** An instance template no group of the plan uses: a pool of its own. */
export const templateMapper: ResourceMapper = {
  map(template, m) {
    return m.claimant(template) ? {} : { machine: poolMachine(m, undefined, template) };
  },
};
