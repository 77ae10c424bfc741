import type { Path, ReadContext } from '../../../sources/context.js';
import { ANY, portRange, protocolName, ruleCidr } from '../../../sources/firewall-values.js';
import { itemPath, keyedItems } from '../../../sources/envelopes.js';
import type { FormatReader } from '../../../sources/format.js';
import { bool, isRecord, list, num, record, records, str, type Json } from '../../../sources/values.js';

/** The catch-all entry every network ACL ends with (shown as `*` in the console). */
const CATCH_ALL = 32767;

function entryPorts(protocol: string, entry: Json): string[] {
  if (protocol === 'tcp' || protocol === 'udp') {
    const range = record(entry.PortRange);
    const text = portRange(num(range.From), num(range.To));
    return text ? [text] : [];
  }
  if (protocol === 'icmp' || protocol === 'icmpv6') {
    const type = num(record(entry.IcmpTypeCode).Type);
    return type === undefined || type < 0 ? [] : [`type ${type}`];
  }
  return [];
}

function readAcl(acl: Json, path: Path, context: ReadContext): void {
  const id = str(acl.NetworkAclId);
  if (!id) context.fail(path, 'network ACL without NetworkAclId');
  const name = str(records(acl.Tags).find((t) => t.Key === 'Name')?.Value);
  context.builder.addFirewallSet({
    id,
    name: name ?? id,
    provider: 'aws',
    kind: 'network-acl',
    networkId: str(acl.VpcId),
    subnetIds: records(acl.Associations).flatMap((association) =>
      str(association.SubnetId) ? [str(association.SubnetId)!] : [],
    ),
    origin: context.origin(path),
  });
  list(acl.Entries).forEach((item, i) => {
    const entryPath = [...path, 'Entries', i];
    const entry = record(item);
    const number = num(entry.RuleNumber);
    if (number === undefined) context.fail([...entryPath, 'RuleNumber'], `${id} entry ${i}: RuleNumber is missing`);
    const protocol = protocolName(entry.Protocol);
    if (!protocol) context.fail([...entryPath, 'Protocol'], `${id} rule ${number}: Protocol is missing`);
    const action = str(entry.RuleAction)?.toLowerCase();
    if (action !== 'allow' && action !== 'deny')
      context.fail([...entryPath, 'RuleAction'], `${id} rule ${number}: RuleAction must be allow or deny`);
    const key = entry.Ipv6CidrBlock !== undefined ? 'Ipv6CidrBlock' : 'CidrBlock';
    const cidr = ruleCidr(entry[key], [...entryPath, key], context, `${id} rule ${number}: ${key}`);
    const egress = bool(entry.Egress) === true;
    context.builder.addFirewallRule({
      id: `${id}/${egress ? 'egress' : 'ingress'}/${number}/${cidr.family}`,
      name: `${id} ${egress ? 'outbound' : 'inbound'} rule ${number === CATCH_ALL ? '*' : number}`,
      provider: 'aws',
      setId: id,
      direction: egress ? 'egress' : 'ingress',
      action,
      priority: number,
      protocols: protocol === 'all' ? 'all' : [protocol],
      ports: entryPorts(protocol, entry),
      // Stateless and CIDR-only: inbound entries name the source, outbound entries the destination.
      sourceRanges: egress ? ANY : [cidr],
      sourceRefs: [],
      destRanges: egress ? [cidr] : undefined,
      targets: [],
      builtIn: number === CATCH_ALL,
      origin: context.origin(entryPath),
    });
  });
}

const isAcl = (item: Json) => typeof item.NetworkAclId === 'string' && Array.isArray(item.Entries);

export const awsDescribeNetworkAcls: FormatReader = {
  id: 'aws-describe-network-acls',
  producedBy: 'aws ec2 describe-network-acls --output json',
  matches: (value) => keyedItems(value, 'NetworkAcls', isAcl) !== undefined,
  read(value: unknown, context: ReadContext) {
    const page = keyedItems(value, 'NetworkAcls', isAcl)!;
    const acls = page.items;
    acls.forEach((acl, i) => {
      if (!isRecord(acl)) context.fail(itemPath(page, i), 'network ACL is not an object');
      readAcl(acl, itemPath(page, i), context);
    });
    context.builder.markPresent('firewalls');
    return acls.length;
  },
};
