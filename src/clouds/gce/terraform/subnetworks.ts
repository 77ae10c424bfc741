import type { ResourceMapper } from '../../../sources/terraform/cloud.js';
import { knownString } from '../../../sources/terraform/plan.js';
import { networkOf, subnetworkIdOf } from './common.js';

/** google_compute_subnetwork (resource or data source): its ranges and network. */
export const subnetworkMapper: ResourceMapper = {
  data: true,
  map(subnetwork, m) {
    const range = m.optionalCidrs(subnetwork, ['ip_cidr_range']);
    const network = networkOf(m, subnetwork, ['network']);
    return {
      subnet: {
        id: subnetworkIdOf(m, subnetwork),
        name: knownString(subnetwork, ['name']) ?? subnetwork.address,
        cidrs: [...range, ...m.optionalCidrs(subnetwork, ['ipv6_cidr_range'])],
        networkId: network.id,
        origin: m.origin(subnetwork, { attributes: ['ip_cidr_range'] }),
      },
    };
  },
};
