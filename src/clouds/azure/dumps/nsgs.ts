import type { Cidr } from '../../../model/cidr.js';
import type { FirewallRule } from '../../../model/snapshot.js';
import type { Path, ReadContext } from '../../../sources/context.js';
import { ANY, portText, protocolName, ruleCidr } from '../../../sources/firewall-values.js';
import type { FormatReader } from '../../../sources/format.js';
import { azureId } from '../../../model/instance-key.js';
import { eachOfList, isListOf } from '../../../sources/typed-list.js';
import { list, num, pick, record, records, str, type Json } from '../../../sources/values.js';
import { vnetOfSubnet } from '../ids.js';
import { armObject, type ArmObject } from './arm.js';

const TYPE = 'Microsoft.Network/networkSecurityGroups';

/**
 * The rules Azure puts in every NSG, for listings that leave `defaultSecurityRules` out (a --query); the full
 * `az network nsg list` output always has them.
 */
const DEFAULT_RULES: readonly Json[] = [
  {
    name: 'AllowVnetInBound',
    priority: 65000,
    direction: 'Inbound',
    access: 'Allow',
    sourceAddressPrefix: 'VirtualNetwork',
    destinationAddressPrefix: 'VirtualNetwork',
  },
  {
    name: 'AllowAzureLoadBalancerInBound',
    priority: 65001,
    direction: 'Inbound',
    access: 'Allow',
    sourceAddressPrefix: 'AzureLoadBalancer',
    destinationAddressPrefix: '*',
  },
  {
    name: 'DenyAllInBound',
    priority: 65500,
    direction: 'Inbound',
    access: 'Deny',
    sourceAddressPrefix: '*',
    destinationAddressPrefix: '*',
  },
  {
    name: 'AllowVnetOutBound',
    priority: 65000,
    direction: 'Outbound',
    access: 'Allow',
    sourceAddressPrefix: 'VirtualNetwork',
    destinationAddressPrefix: 'VirtualNetwork',
  },
  {
    name: 'AllowInternetOutBound',
    priority: 65001,
    direction: 'Outbound',
    access: 'Allow',
    sourceAddressPrefix: '*',
    destinationAddressPrefix: 'Internet',
  },
  {
    name: 'DenyAllOutBound',
    priority: 65500,
    direction: 'Outbound',
    access: 'Deny',
    sourceAddressPrefix: '*',
    destinationAddressPrefix: '*',
  },
].map((rule) => ({ ...rule, protocol: '*', sourcePortRange: '*', destinationPortRange: '*' }));

/** One side of a rule: "*" is any address, CIDRs and addresses are ranges, anything else is a service tag. */
function side(
  { fields: rule, at }: ArmObject,
  context: ReadContext,
  which: 'source' | 'destination',
  what: string,
): { ranges: Cidr[] | undefined; refs: string[] } {
  const single = pick(rule, `${which}AddressPrefix`);
  const values: { value: unknown; path: Path }[] = [
    ...(typeof single === 'string' && single !== '' ? [{ value: single, path: at(`${which}AddressPrefix`) }] : []),
    ...list(rule[`${which}AddressPrefixes`]).map((value, i) => ({
      value,
      path: [...at(`${which}AddressPrefixes`), i],
    })),
  ];
  const ranges: Cidr[] = [];
  const refs = records(rule[`${which}ApplicationSecurityGroups`]).flatMap((asg) =>
    str(asg.id) ? [`asg:${azureId(str(asg.id)!)}`] : [],
  );
  let any = false;
  for (const { value, path: valuePath } of values) {
    if (typeof value !== 'string') context.fail(valuePath, `${what}: ${which} address prefix is not a string`);
    if (value === '*' || value.toLowerCase() === 'any') any = true;
    else if (/^[A-Za-z][A-Za-z0-9.]*$/.test(value)) refs.push(`service-tag:${value}`);
    else ranges.push(ruleCidr(value, valuePath, context, `${what}: ${which} address prefix`));
  }
  // No prefix at all and no application security group: Azure treats the side as any.
  if (any || (values.length === 0 && refs.length === 0)) return { ranges: undefined, refs: [] };
  return { ranges, refs };
}

function ports(rule: Json): string[] {
  const destination = [pick(rule, 'destinationPortRange'), ...list(rule.destinationPortRanges)].filter(
    (value) => value !== undefined && value !== null && value !== '',
  );
  const source = [pick(rule, 'sourcePortRange'), ...list(rule.sourcePortRanges)].filter(
    (value) => value !== undefined && value !== null && value !== '',
  );
  const limited = (values: unknown[]) =>
    values.length === 0 || values.some((value) => portText(value) === undefined)
      ? []
      : values.map((value) => portText(value)!);
  return [...limited(destination), ...limited(source).map((range) => `source ${range}`)];
}

function readRule(item: Json, path: Path, context: ReadContext, nsgId: string, builtIn: boolean): FirewallRule {
  const arm = armObject(item, path);
  const { fields: rule, at } = arm;
  const name = str(rule.name) ?? `rule-${path[path.length - 1]}`;
  const what = `NSG rule ${name}`;
  const priority = num(rule.priority);
  if (priority === undefined) context.fail(at('priority'), `${what}: priority is missing`);
  const direction = str(rule.direction)?.toLowerCase();
  if (direction !== 'inbound' && direction !== 'outbound')
    context.fail(at('direction'), `${what}: direction must be Inbound or Outbound`);
  const access = str(rule.access)?.toLowerCase();
  if (access !== 'allow' && access !== 'deny') context.fail(at('access'), `${what}: access must be Allow or Deny`);
  const protocol = protocolName(rule.protocol);
  if (!protocol) context.fail(at('protocol'), `${what}: protocol is missing`);
  const source = side(arm, context, 'source', what);
  const destination = side(arm, context, 'destination', what);
  return {
    id: str(rule.id)
      ? azureId(str(rule.id)!)
      : `${nsgId}/${builtIn ? 'defaultsecurityrules' : 'securityrules'}/${name.toLowerCase()}`,
    name,
    provider: 'azure',
    setId: nsgId,
    direction: direction === 'inbound' ? 'ingress' : 'egress',
    action: access,
    priority,
    // NSG "Icmp" covers ICMP for IPv4 and IPv6.
    protocols: protocol === 'all' ? 'all' : protocol === 'icmp' ? ['icmp', 'icmpv6'] : [protocol],
    ports: ports(rule),
    sourceRanges: source.ranges ?? ANY,
    sourceRefs: source.refs,
    destRanges: destination.ranges,
    destRefs: destination.refs.length > 0 ? destination.refs : undefined,
    targets: [],
    builtIn,
    origin: context.origin(path),
  };
}

/** `az network nsg list -o json`: rules, default rules, and the NICs and subnets each NSG is associated with. */
export const azNsgs: FormatReader = {
  id: 'az-network-nsg-list',
  producedBy: 'az network nsg list -o json',
  matches: (value) => isListOf(value, 'type', TYPE),
  read(value: unknown, context: ReadContext) {
    const count = eachOfList(value, 'type', TYPE, context, (item, path) => {
      const { fields: nsg, at } = armObject(item, path);
      const rawId = str(nsg.id);
      if (!rawId) context.fail(path, 'network security group without id');
      const id = azureId(rawId);
      const subnetIds = records(nsg.subnets).flatMap((subnet) => (str(subnet.id) ? [azureId(str(subnet.id)!)] : []));
      context.builder.addFirewallSet({
        id,
        name: str(nsg.name) ?? id.split('/').pop() ?? id,
        provider: 'azure',
        kind: 'nsg',
        networkId: subnetIds[0] ? vnetOfSubnet(subnetIds[0]) : undefined,
        subnetIds,
        interfaceIds: records(nsg.networkInterfaces).flatMap((nic) => (str(nic.id) ? [azureId(str(nic.id)!)] : [])),
        origin: context.origin(path),
      });
      const custom = records(nsg.securityRules).map((rule, i) =>
        readRule(rule, [...at('securityRules'), i], context, id, false),
      );
      const defaults = Array.isArray(nsg.defaultSecurityRules)
        ? records(nsg.defaultSecurityRules).map((rule, i) =>
            readRule(rule, [...at('defaultSecurityRules'), i], context, id, true),
          )
        : DEFAULT_RULES.map((rule) => readRule(rule, path, context, id, true));
      for (const rule of [...custom, ...defaults]) context.builder.addFirewallRule(rule);
    });
    context.builder.markPresent('firewalls');
    return count;
  },
};

/** NICs and subnets carry the association from their side: `networkSecurityGroup.id`. */
export function nsgOf(object: Json): string[] {
  const id = str(record(object.networkSecurityGroup).id);
  return id ? [azureId(id)] : [];
}
