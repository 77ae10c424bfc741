import type { ReadContext } from '../../../sources/context.js';
import type { Cidr } from '../../../model/cidr.js';
import type { FormatReader } from '../../../sources/format.js';
import { itemPath, keyedItems } from '../../../sources/envelopes.js';
import { record, records, str, type Json } from '../../../sources/values.js';
import { associated } from './describe-vpcs.js';

/** One subnet (`--query 'Subnets[0]'`): every subnet says how many addresses are free, nothing else does. */
const isSubnet = (item: Json) => typeof item.SubnetId === 'string' && item.AvailableIpAddressCount !== undefined;

export const awsDescribeSubnets: FormatReader = {
  id: 'aws-describe-subnets',
  producedBy: 'aws ec2 describe-subnets --output json',
  matches: (value) => keyedItems(value, 'Subnets', isSubnet) !== undefined,
  read(value: unknown, context: ReadContext) {
    const group = keyedItems(value, 'Subnets', isSubnet)!;
    const subnets = group.items;
    subnets.forEach((item, i) => {
      const path = itemPath(group, i);
      const subnet = record(item);
      const id = str(subnet.SubnetId);
      if (!id) context.fail(path, 'subnet without SubnetId');
      const cidrs: Cidr[] = [];
      const v4 = context.optionalCidr(subnet.CidrBlock, [...path, 'CidrBlock'], `${id}: CidrBlock`);
      if (v4) cidrs.push(v4);
      records(subnet.Ipv6CidrBlockAssociationSet).forEach((assoc, j) => {
        if (!associated(assoc, 'Ipv6CidrBlockState')) return;
        const v6 = context.optionalCidr(
          assoc.Ipv6CidrBlock,
          [...path, 'Ipv6CidrBlockAssociationSet', j, 'Ipv6CidrBlock'],
          `${id}: Ipv6CidrBlock`,
        );
        if (v6) cidrs.push(v6);
      });
      context.builder.addSubnet({
        id,
        name: str(records(subnet.Tags).find((t) => t.Key === 'Name')?.Value),
        cidrs,
        networkId: str(subnet.VpcId),
        origin: context.origin(path),
      });
    });
    context.builder.markPresent('subnets');
    return subnets.length;
  },
};
