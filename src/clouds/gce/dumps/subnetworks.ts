import type { ReadContext } from '../../../sources/context.js';
import type { Cidr } from '../../../model/cidr.js';
import type { FormatReader } from '../../../sources/format.js';
import { gcePath } from '../../../model/instance-key.js';
import { eachOfList, isListOf } from '../../../sources/typed-list.js';
import { str } from '../../../sources/values.js';

const KIND = 'compute#subnetwork';

export const gcloudSubnetworks: FormatReader = {
  id: 'gcloud-subnetworks',
  producedBy: 'gcloud compute networks subnets list --format=json',
  matches: (value) => isListOf(value, 'kind', KIND),
  read(value: unknown, context: ReadContext) {
    const count = eachOfList(value, 'kind', KIND, context, (subnet, path) => {
      const id = str(subnet.selfLink) ? gcePath(str(subnet.selfLink)!) : str(subnet.name);
      if (!id) context.fail(path, 'subnetwork without selfLink or name');
      const cidrs: Cidr[] = [context.cidr(subnet.ipCidrRange, [...path, 'ipCidrRange'], `${id}: ipCidrRange`)];
      for (const key of ['ipv6CidrRange', 'internalIpv6Prefix', 'externalIpv6Prefix']) {
        const v6 = context.optionalCidr(subnet[key], [...path, key], `${id}: ${key}`);
        if (v6) cidrs.push(v6);
      }
      context.builder.addSubnet({
        id,
        name: str(subnet.name),
        cidrs,
        networkId: str(subnet.network) ? gcePath(str(subnet.network)!) : undefined,
        origin: context.origin(path),
      });
    });
    context.builder.markPresent('subnets');
    return count;
  },
};
