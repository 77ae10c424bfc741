import type { AzureNsgRule, FixAction } from '../../model/fix-spec.js';
import type { Cidr } from '../../model/cidr.js';
import type { NodeView, Topology } from '../../model/topology.js';
import type { Remediation } from '../../model/remediation.js';
import { named } from '../../model/names/index.js';
import { joinShell, shell, withCommand } from '../../model/shell.js';
import { lastSegment, segmentAfter } from '../shared/names.js';
import { byReference, ends, freePriorities, protocolList, setName } from '../shared/firewall/common.js';
import type { FirewallData } from '../shared/firewall/data.js';
import type {
  BlockedTraffic,
  FirewallLayout,
  FirewallProfile,
  FirewallScope,
  FirewallStage,
  PodProtocol,
  UnresolvedNode,
} from '../shared/firewall/types.js';

/** Custom NSG rules take priorities 100 to 4096. */
const LOWEST_CUSTOM = 100;
const HIGHEST_CUSTOM = 4096;

interface AzureScope extends FirewallScope {
  readonly nicNsg?: string;
  readonly subnetNsg?: string;
  readonly subnetIds: readonly string[];
}

function layout(topology: Topology, data: FirewallData): FirewallLayout {
  const groups = new Map<
    string,
    { nicNsg?: string; subnetNsg?: string; subnetIds: Set<string>; members: NodeView[] }
  >();
  const unresolved: UnresolvedNode[] = [];
  for (const view of topology.views) {
    if (view.node.planned || view.node.podCidrs.length === 0) continue;
    const iface = data.podInterface(view);
    if (!iface) continue;
    const subnetId = iface.subnetId ?? view.subnetId;
    const nicSets = data.setsOfInterface(iface) ?? [];
    const subnetSets = data.setsOfSubnet(subnetId);
    const missing = [...nicSets, ...subnetSets].filter((id) => !data.setById.has(id));
    if (missing.length > 0) {
      unresolved.push({ view, missing });
      continue;
    }
    const nicNsg = nicSets[0];
    const subnetNsg = subnetSets[0];
    const key = `${nicNsg ?? '-'}|${subnetNsg ?? '-'}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { nicNsg, subnetNsg, subnetIds: new Set(), members: [] }));
    if (subnetId) group.subnetIds.add(subnetId);
    group.members.push(view);
  }
  const scopes: AzureScope[] = [...groups.entries()].map(([key, group]) => {
    const parts = [
      group.nicNsg ? `NSG ${lastSegment(group.nicNsg)} on the NICs` : '',
      group.subnetNsg
        ? `NSG ${lastSegment(group.subnetNsg)} on subnet ${[...group.subnetIds].map(lastSegment).join(', ')}`
        : '',
    ].filter(Boolean);
    return {
      key,
      label: parts.join(', ') || 'no NSG',
      members: group.members,
      nicNsg: group.nicNsg,
      subnetNsg: group.subnetNsg,
      subnetIds: [...group.subnetIds].sort(),
    };
  });
  return { scopes, unresolved };
}

function stage(nsgId: string, where: string, data: FirewallData, direction: 'ingress' | 'egress'): FirewallStage {
  const set = data.setById.get(nsgId)!;
  return {
    key: `nsg:${nsgId}:${direction}`,
    sets: [set],
    side: direction === 'ingress' ? 'destination' : 'source',
    direction,
    rules: data.rulesOf(nsgId, direction),
    fallback: {
      action: 'deny',
      label: `no rule of the NSG allows it (${direction === 'ingress' ? 'DenyAllInBound' : 'DenyAllOutBound'})`,
    },
    label: `NSG ${set.name} on the ${where}`,
  };
}

/** Outbound: NIC NSG, then subnet NSG. Inbound: subnet NSG, then NIC NSG. Both levels must allow. */
function stages(from: FirewallScope, to: FirewallScope, data: FirewallData): FirewallStage[] {
  const source = from as AzureScope;
  const dest = to as AzureScope;
  const result: FirewallStage[] = [];
  if (source.nicNsg) result.push(stage(source.nicNsg, 'NICs', data, 'egress'));
  if (source.subnetNsg) result.push(stage(source.subnetNsg, 'subnet', data, 'egress'));
  if (dest.subnetNsg) result.push(stage(dest.subnetNsg, 'subnet', data, 'ingress'));
  if (dest.nicNsg) result.push(stage(dest.nicNsg, 'NICs', data, 'ingress'));
  return result;
}

const vnetRanges = new WeakMap<FirewallData, readonly Cidr[]>();

/**
 * The `VirtualNetwork` service tag: the VNet address space, and every prefix of a user-defined route. host-gw
 * needs a UDR for each pod CIDR (the route rules check that each exists), so the cluster's pod CIDRs count as
 * part of it: AllowVnetInBound admits pod traffic once the routes are in place.
 */
function resolve(ref: string, data: FirewallData): readonly Cidr[] | undefined {
  if (ref.toLowerCase() !== 'service-tag:virtualnetwork') return undefined;
  let ranges = vnetRanges.get(data);
  if (!ranges) {
    const snapshot = data.topology.snapshot;
    ranges = [
      ...snapshot.networks.flatMap((network) => network.cidrs),
      ...snapshot.subnets.flatMap((subnet) => subnet.cidrs),
      ...snapshot.routes.filter((route) => route.provider === 'azure').map((route) => route.dest),
      ...snapshot.clusterCidrs,
      ...snapshot.nodes.flatMap((node) => node.podCidrs),
    ];
    vnetRanges.set(data, ranges);
  }
  return ranges;
}

const PROTOCOL: Record<PodProtocol, AzureNsgRule['protocol']> = { tcp: 'Tcp', udp: 'Udp', icmp: 'Icmp' };

function remedy(block: BlockedTraffic, data: FirewallData): Remediation {
  const nsg = block.stage.sets[0]!;
  const inbound = block.stage.direction === 'ingress';
  const direction = inbound ? 'Inbound' : 'Outbound';
  const group = segmentAfter(nsg.id, 'resourcegroups');
  const protocols = protocolList(block.protocols);
  const denied = block.deniedBy;
  const shadow = denied && block.shadowed ? `; it shadows ${block.shadowed.name} (${block.shadowed.priority})` : '';
  const before = denied ? `before ${denied.name} (${denied.priority})${shadow}` : 'before the default rules';
  const why = byReference(block) ? " Application security groups match the NICs' own addresses, not pod IPs." : '';
  const text = `Add ${direction.toLowerCase()} allow rules for ${protocols} between the pod CIDRs to NSG ${setName(nsg)}, numbered ${before}.${why}`;
  const used = new Set(data.rulesOf(nsg.id, block.stage.direction).map((rule) => rule.priority));
  const wanted = block.families.flatMap((family) => block.protocols.map((protocol) => ({ family, protocol })));
  const priorities = freePriorities(
    used,
    Math.min(denied?.priority ?? HIGHEST_CUSTOM + 1, HIGHEST_CUSTOM + 1),
    wanted.length,
    LOWEST_CUSTOM,
  );
  if (priorities.length < wanted.length)
    return { text: `${text} There is no free priority below it: renumber the NSG's rules first.` };
  const rules: AzureNsgRule[] = wanted.map(({ family, protocol }, i) => {
    const { sources, dests } = ends(block, data, family);
    return {
      name: `hostgw-pods-${protocol}-${inbound ? 'in' : 'out'}${family === 6 ? '-v6' : ''}`,
      priority: priorities[i]!,
      direction,
      protocol: PROTOCOL[protocol],
      sourcePrefixes: sources.map((cidr) => cidr.text),
      destinationPrefixes: dests.map((cidr) => cidr.text),
    };
  });
  const words = (values: readonly string[]) =>
    joinShell(
      values.map((value) => shell`${value}`),
      ' ',
    );
  const command = joinShell(
    rules.map((rule) =>
      joinShell(
        [
          shell`az network nsg rule create --resource-group ${group ? named('azure-resource-group', group) : '<resource-group>'} --nsg-name ${named('azure-name', nsg.name)} --name ${rule.name}`,
          shell`--priority ${rule.priority} --direction ${rule.direction} --access Allow --protocol ${rule.protocol}`,
          shell`--source-address-prefixes ${words(rule.sourcePrefixes)} --source-port-ranges '*' --destination-address-prefixes ${words(rule.destinationPrefixes)} --destination-port-ranges '*'`,
        ],
        ' ',
      ),
    ),
    ' && ',
  );
  const actions: FixAction[] = rules.map((rule) => ({ kind: 'azure-nsg-rule-create', nsgId: nsg.id, rule }));
  return withCommand(
    { text, fix: { actions, scope: 'network', api: 'Microsoft.Network/networkSecurityGroups/securityRules/write' } },
    command,
  );
}

export const azureFirewall: FirewallProfile = {
  dumps: 'the output of `az network nsg list -o json`',
  layout,
  stages,
  resolve,
  remedy,
};
