import type { Cidr } from '../../../model/cidr.js';
import type { Path, ReadContext } from '../../../sources/context.js';
import { ANY, portRange, protocolName, ruleCidr } from '../../../sources/firewall-values.js';
import { itemPath, keyedItems } from '../../../sources/envelopes.js';
import type { FormatReader } from '../../../sources/format.js';
import { isRecord, list, num, record, records, str, type Json } from '../../../sources/values.js';

/** The remote side of one IpPermission: CIDR blocks, and the security groups and prefix lists it names. */
function remote(permission: Json, path: Path, context: ReadContext, what: string): { ranges: Cidr[]; refs: string[] } {
  const ranges: Cidr[] = [];
  records(permission.IpRanges).forEach((range, i) =>
    ranges.push(ruleCidr(range.CidrIp, [...path, 'IpRanges', i, 'CidrIp'], context, `${what}: CidrIp`)),
  );
  records(permission.Ipv6Ranges).forEach((range, i) =>
    ranges.push(ruleCidr(range.CidrIpv6, [...path, 'Ipv6Ranges', i, 'CidrIpv6'], context, `${what}: CidrIpv6`)),
  );
  const refs = [
    ...records(permission.UserIdGroupPairs).flatMap((pair) => (str(pair.GroupId) ? [`sg:${str(pair.GroupId)}`] : [])),
    ...records(permission.PrefixListIds).flatMap((prefixList) =>
      str(prefixList.PrefixListId) ? [`pl:${str(prefixList.PrefixListId)}`] : [],
    ),
  ];
  return { ranges, refs };
}

/** tcp/udp: FromPort-ToPort; icmp: FromPort is the ICMP type (-1 for all). */
function ports(protocol: string, permission: Json): string[] {
  if (protocol === 'all') return [];
  const from = num(permission.FromPort);
  const to = num(permission.ToPort);
  if (protocol === 'icmp' || protocol === 'icmpv6') return from === undefined || from < 0 ? [] : [`type ${from}`];
  if (protocol !== 'tcp' && protocol !== 'udp') return [];
  const range = portRange(from, to);
  return range ? [range] : [];
}

function readGroup(group: Json, path: Path, context: ReadContext): void {
  const id = str(group.GroupId);
  if (!id) context.fail(path, 'security group without GroupId');
  const name = str(group.GroupName) ?? id;
  context.builder.addFirewallSet({
    id,
    name,
    provider: 'aws',
    kind: 'security-group',
    networkId: str(group.VpcId),
    origin: context.origin(path),
  });
  for (const [key, direction] of [
    ['IpPermissions', 'ingress'],
    ['IpPermissionsEgress', 'egress'],
  ] as const) {
    list(group[key]).forEach((item, i) => {
      const rulePath = [...path, key, i];
      const permission = record(item);
      const what = `${id} ${key}[${i}]`;
      const protocol = protocolName(permission.IpProtocol);
      if (!protocol) context.fail([...rulePath, 'IpProtocol'], `${what}: IpProtocol is missing`);
      const { ranges, refs } = remote(permission, rulePath, context, what);
      const egress = direction === 'egress';
      context.builder.addFirewallRule({
        id: `${id}/${direction}/${i}`,
        name: `${name} ${egress ? 'outbound' : 'inbound'} rule ${i + 1}`,
        provider: 'aws',
        setId: id,
        direction,
        action: 'allow',
        priority: 0,
        protocols: protocol === 'all' ? 'all' : [protocol],
        ports: ports(protocol, permission),
        sourceRanges: egress ? ANY : ranges,
        sourceRefs: egress ? [] : refs,
        destRanges: egress ? ranges : undefined,
        destRefs: egress ? refs : undefined,
        targets: [],
        origin: context.origin(rulePath),
      });
    });
  }
}

const isGroup = (item: Json) => typeof item.GroupId === 'string' && Array.isArray(item.IpPermissions);

export const awsDescribeSecurityGroups: FormatReader = {
  id: 'aws-describe-security-groups',
  producedBy: 'aws ec2 describe-security-groups --output json',
  matches: (value) => keyedItems(value, 'SecurityGroups', isGroup) !== undefined,
  read(value: unknown, context: ReadContext) {
    const page = keyedItems(value, 'SecurityGroups', isGroup)!;
    const groups = page.items;
    groups.forEach((group, i) => {
      if (!isRecord(group)) context.fail(itemPath(page, i), 'security group is not an object');
      readGroup(group, itemPath(page, i), context);
    });
    context.builder.markPresent('firewalls');
    return groups.length;
  },
};
