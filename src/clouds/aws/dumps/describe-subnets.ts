import type { ReadContext } from '../../../sources/context.js';
import type { Cidr } from '../../../model/cidr.js';
import type { FormatReader } from '../../../sources/format.js';
import { isRecord, list, record, records, str } from '../../../sources/values.js';
import { associated } from './describe-vpcs.js';

export const awsDescribeSubnets: FormatReader = {
  id: 'aws-describe-subnets',
  producedBy: 'aws ec2 describe-subnets --output json',
  matches: (value) => isRecord(value) && Array.isArray(value.Subnets),
  read(value: unknown, context: ReadContext) {
    const subnets = list(record(value).Subnets);
    subnets.forEach((item, i) => {
      const path = ['Subnets', i];
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
