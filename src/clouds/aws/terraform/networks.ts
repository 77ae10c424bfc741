import type { ResourceMapper } from '../../../sources/terraform/cloud.js';
import { record, str } from '../../../sources/values.js';
import { idOf } from './common.js';

/** aws_vpc and aws_subnet (resources or data sources): a subnet is one layer-2 segment. */

export const vpcMapper: ResourceMapper = {
  data: true,
  map(vpc, m) {
    return {
      network: {
        id: idOf(vpc),
        name: str(record(vpc.values.tags).Name) ?? vpc.address,
        cidrs: [...m.optionalCidrs(vpc, ['cidr_block']), ...m.optionalCidrs(vpc, ['ipv6_cidr_block'])],
        origin: m.origin(vpc, { attributes: ['cidr_block'] }),
      },
    };
  },
};

export const subnetMapper: ResourceMapper = {
  data: true,
  map(subnet, m) {
    const vpc = m.single(subnet, ['vpc_id'], ['aws_vpc']);
    return {
      subnet: {
        id: idOf(subnet),
        name: str(record(subnet.values.tags).Name) ?? subnet.address,
        cidrs: [...m.optionalCidrs(subnet, ['cidr_block']), ...m.optionalCidrs(subnet, ['ipv6_cidr_block'])],
        networkId: vpc.kind === 'target' ? idOf(vpc.target) : vpc.kind === 'known' ? str(vpc.value) : undefined,
        origin: m.origin(subnet, { attributes: ['cidr_block'] }),
      },
    };
  },
};
