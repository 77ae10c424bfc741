import type { ReadContext } from '../../../sources/context.js';
import type { Cidr } from '../../../model/cidr.js';
import type { FormatReader } from '../../../sources/format.js';
import { itemPath, keyedItems } from '../../../sources/envelopes.js';
import { record, records, str, type Json } from '../../../sources/values.js';

/** Disassociated CIDR blocks stay in the listing with a state other than "associated". */
export function associated(entry: Record<string, unknown>, stateKey: string): boolean {
  const state = record(entry[stateKey]).State;
  return state === undefined || state === 'associated';
}

/** One VPC (`--query 'Vpcs[0]'`): `IsDefault` is a VPC's alone (subnets say `DefaultForAz`). */
const isVpc = (item: Json) =>
  typeof item.VpcId === 'string' && typeof item.IsDefault === 'boolean' && item.SubnetId === undefined;

export const awsDescribeVpcs: FormatReader = {
  id: 'aws-describe-vpcs',
  producedBy: 'aws ec2 describe-vpcs --output json',
  matches: (value) => keyedItems(value, 'Vpcs', isVpc) !== undefined,
  read(value: unknown, context: ReadContext) {
    const group = keyedItems(value, 'Vpcs', isVpc)!;
    const vpcs = group.items;
    vpcs.forEach((item, i) => {
      const path = itemPath(group, i);
      const vpc = record(item);
      const id = str(vpc.VpcId);
      if (!id) context.fail(path, 'VPC without VpcId');
      const cidrs: Cidr[] = [];
      const primary = context.optionalCidr(vpc.CidrBlock, [...path, 'CidrBlock'], `${id}: CidrBlock`);
      if (primary) cidrs.push(primary);
      records(vpc.CidrBlockAssociationSet).forEach((assoc, j) => {
        const cidr = associated(assoc, 'CidrBlockState')
          ? context.optionalCidr(
              assoc.CidrBlock,
              [...path, 'CidrBlockAssociationSet', j, 'CidrBlock'],
              `${id}: CidrBlock`,
            )
          : undefined;
        if (cidr) cidrs.push(cidr);
      });
      records(vpc.Ipv6CidrBlockAssociationSet).forEach((assoc, j) => {
        const cidr = associated(assoc, 'Ipv6CidrBlockState')
          ? context.optionalCidr(
              assoc.Ipv6CidrBlock,
              [...path, 'Ipv6CidrBlockAssociationSet', j, 'Ipv6CidrBlock'],
              `${id}: Ipv6CidrBlock`,
            )
          : undefined;
        if (cidr) cidrs.push(cidr);
      });
      context.builder.addNetwork({
        id,
        name: str(records(vpc.Tags).find((t) => t.Key === 'Name')?.Value),
        cidrs,
        origin: context.origin(path),
      });
    });
    context.builder.markPresent('networks');
    return vpcs.length;
  },
};
