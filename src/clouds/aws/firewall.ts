import type { FirewallSet } from '../../model/snapshot.js';
import type { NodeView, Topology } from '../../model/topology.js';
import type { AwsNaclEntry, AwsPermission, FixAction } from '../../model/fix-spec.js';
import type { Remediation } from '../../model/remediation.js';
import { awsRegionOf } from './region.js';
import { named } from '../../model/names/index.js';
import { joinShell, shell, withCommand, type Shell } from '../../model/shell.js';
import { awsRegionFlag as regionFlag } from '../shared/names.js';
import { byReference, ends, freePriorities, protocolList, setName } from '../shared/firewall/common.js';
import type { FirewallData } from '../shared/firewall/data.js';
import type {
  BlockedTraffic,
  FirewallProfile,
  FirewallScope,
  FirewallStage,
  PodProtocol,
  UnresolvedNode,
} from '../shared/firewall/types.js';

const NACL_CATCH_ALL = 32767;

interface AwsScope extends FirewallScope {
  readonly groupIds: readonly string[];
  readonly aclId?: string;
}

function layout(topology: Topology, data: FirewallData): { scopes: AwsScope[]; unresolved: UnresolvedNode[] } {
  const acls = [...data.setById.values()].filter((set) => set.kind === 'network-acl');
  const groups = new Map<string, { groupIds: string[]; subnetId?: string; aclId?: string; members: NodeView[] }>();
  const unresolved: UnresolvedNode[] = [];
  for (const view of topology.views) {
    if (view.node.planned || view.node.podCidrs.length === 0) continue;
    const iface = data.podInterface(view);
    // Nodes without a joined ENI are reported by check-incomplete already.
    if (!iface) continue;
    const groupIds = data.setsOfInterface(iface);
    if (!groupIds) {
      unresolved.push({ view, missing: [], reason: `the security groups of ${iface.id} are not in the data` });
      continue;
    }
    const missing = groupIds.filter((id) => !data.setById.has(id));
    if (missing.length > 0) {
      unresolved.push({ view, missing });
      continue;
    }
    // Network ACLs work between subnets: with ACL data the subnet is part of what a node's traffic passes.
    const subnetId = acls.length > 0 ? (iface.subnetId ?? view.subnetId) : undefined;
    const aclId = subnetId
      ? data.setsOfSubnet(subnetId).find((id) => data.setById.get(id)?.kind === 'network-acl')
      : undefined;
    const key = `${groupIds.join('+')}|${subnetId ?? ''}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { groupIds: [...groupIds], subnetId, aclId, members: [] }));
    group.members.push(view);
  }
  const scopes = [...groups.entries()].map(([key, group]) => ({
    key,
    label: `security group${group.groupIds.length === 1 ? '' : 's'} ${group.groupIds.map((id) => setName(data.setById.get(id)!)).join(', ') || '(none)'}${group.subnetId ? ` in ${group.subnetId}` : ''}`,
    members: group.members,
    groupIds: group.groupIds,
    subnetId: group.subnetId,
    aclId: group.aclId,
  }));
  return { scopes, unresolved };
}

function groupStage(scope: AwsScope, data: FirewallData, direction: 'ingress' | 'egress'): FirewallStage {
  const sets = scope.groupIds.map((id) => data.setById.get(id)!);
  return {
    key: `sg:${scope.groupIds.join('+')}:${direction}`,
    sets,
    side: direction === 'ingress' ? 'destination' : 'source',
    direction,
    // Security groups only allow, and an ENI's groups add up: their rules are one list.
    rules: scope.groupIds.flatMap((id) => data.rulesOf(id, direction)),
    fallback: { action: 'deny', label: 'security groups drop what none of their rules allows' },
    label: `security group${sets.length === 1 ? '' : 's'} ${sets.map(setName).join(', ')}`,
  };
}

function aclStage(
  aclId: string,
  subnetId: string | undefined,
  data: FirewallData,
  direction: 'ingress' | 'egress',
): FirewallStage {
  const set = data.setById.get(aclId)!;
  return {
    key: `acl:${aclId}:${direction}`,
    sets: [set],
    side: direction === 'ingress' ? 'destination' : 'source',
    direction,
    rules: data.rulesOf(aclId, direction),
    fallback: { action: 'deny', label: 'the catch-all rule * denies what no numbered rule allows' },
    label: `network ACL ${setName(set)}${subnetId ? ` of ${subnetId}` : ''}`,
  };
}

function stages(from: FirewallScope, to: FirewallScope, data: FirewallData): FirewallStage[] {
  const source = from as AwsScope;
  const dest = to as AwsScope;
  const result: FirewallStage[] = [groupStage(source, data, 'egress')];
  // Network ACLs are stateless and filter only traffic that crosses a subnet boundary, on both subnets.
  if (source.subnetId !== dest.subnetId) {
    if (source.aclId) result.push(aclStage(source.aclId, source.subnetId, data, 'egress'));
    if (dest.aclId) result.push(aclStage(dest.aclId, dest.subnetId, data, 'ingress'));
  }
  result.push(groupStage(dest, data, 'ingress'));
  return result;
}

/** The region of the nodes behind the set (a node without a providerID takes its neighbours'). */
function regionOf(block: BlockedTraffic, data: FirewallData): string | undefined {
  return [...block.localNodes, ...block.remoteNodes, ...data.topology.views]
    .map((view) => awsRegionOf(view.node.providerId))
    .find((region) => region !== undefined);
}

/** The group a fix goes into: the one already holding the "allow my node group" rule, else the first. */
function targetGroup(block: BlockedTraffic): FirewallSet {
  const sets = block.stage.sets;
  const referencing = block.nearMiss && sets.find((set) => set.id === block.nearMiss!.setId);
  return referencing ?? sets[0]!;
}

function permissions(block: BlockedTraffic, data: FirewallData): AwsPermission[] {
  const result: AwsPermission[] = [];
  for (const family of block.families) {
    const { sources, dests } = ends(block, data, family);
    const cidrs = (block.stage.direction === 'ingress' ? sources : dests).map((cidr) => cidr.text);
    for (const protocol of block.protocols) {
      const icmp = protocol === 'icmp';
      result.push({
        protocol: icmp ? (family === 6 ? 'icmpv6' : 'icmp') : protocol,
        fromPort: icmp ? -1 : 0,
        toPort: icmp ? -1 : 65535,
        cidrs,
        family,
      });
    }
  }
  return result;
}

function permissionText(permission: AwsPermission): Shell {
  const ranges =
    permission.family === 6
      ? `Ipv6Ranges=[${permission.cidrs.map((cidr) => `{CidrIpv6=${cidr},Description="pod traffic (host-gw)"}`).join(',')}]`
      : `IpRanges=[${permission.cidrs.map((cidr) => `{CidrIp=${cidr},Description="pod traffic (host-gw)"}`).join(',')}]`;
  return shell`${`IpProtocol=${permission.protocol},FromPort=${permission.fromPort},ToPort=${permission.toPort},${ranges}`}`;
}

const NACL_PROTOCOL: Record<PodProtocol, string> = { tcp: '6', udp: '17', icmp: '1' };

function naclEntries(block: BlockedTraffic, data: FirewallData): AwsNaclEntry[] | undefined {
  const acl = block.stage.sets[0]!;
  const egress = block.stage.direction === 'egress';
  const used = new Set(data.rulesOf(acl.id, block.stage.direction).map((rule) => rule.priority));
  const wanted: Omit<AwsNaclEntry, 'ruleNumber'>[] = [];
  for (const family of block.families) {
    const { sources, dests } = ends(block, data, family);
    for (const cidr of egress ? dests : sources) {
      for (const protocol of block.protocols) {
        wanted.push({
          protocol: protocol === 'icmp' && family === 6 ? '58' : NACL_PROTOCOL[protocol],
          cidr: cidr.text,
          family,
        });
      }
    }
  }
  // Numbered before the rule that drops the traffic: ACL rules are evaluated in rule-number order.
  const numbers = freePriorities(used, block.deniedBy?.priority ?? NACL_CATCH_ALL, wanted.length, 1);
  if (numbers.length < wanted.length) return undefined;
  return wanted.map((entry, i) => ({ ...entry, ruleNumber: numbers[i]! }));
}

function naclCommand(aclId: string, egress: boolean, entry: AwsNaclEntry, region: string | undefined): Shell {
  const ports =
    entry.protocol === '6' || entry.protocol === '17'
      ? shell` --port-range From=0,To=65535`
      : shell` --icmp-type-code Type=-1,Code=-1`;
  const cidr = entry.family === 6 ? shell`--ipv6-cidr-block ${entry.cidr}` : shell`--cidr-block ${entry.cidr}`;
  const direction = egress ? shell`--egress` : shell`--ingress`;
  return shell`aws ec2 create-network-acl-entry --network-acl-id ${named('aws-network-acl', aclId)} ${direction} --rule-number ${entry.ruleNumber} --protocol ${entry.protocol}${ports} ${cidr} --rule-action allow${regionFlag(region)}`;
}

function remedy(block: BlockedTraffic, data: FirewallData): Remediation {
  const region = regionOf(block, data);
  const protocols = protocolList(block.protocols);
  if (block.stage.key.startsWith('acl:')) {
    const acl = block.stage.sets[0]!;
    const egress = block.stage.direction === 'egress';
    const entries = naclEntries(block, data);
    const text = `Add ${egress ? 'outbound' : 'inbound'} allow entries for the pod CIDRs (${protocols}) to network ACL ${acl.id}, numbered before ${block.deniedBy ? `rule ${block.deniedBy.priority}` : 'the catch-all rule'}; ACLs are stateless, so the reverse direction needs the same on the other subnet.`;
    if (!entries) return { text: `${text} There is no free rule number below it: renumber the ACL's rules first.` };
    const actions: FixAction[] = entries.map((entry) => ({
      kind: 'aws-nacl-entry',
      region,
      aclId: acl.id,
      egress,
      entry,
    }));
    return withCommand(
      { text, fix: { actions, scope: 'network', api: 'ec2:CreateNetworkAclEntry' } },
      joinShell(
        entries.map((entry) => naclCommand(acl.id, egress, entry, region)),
        ' && ',
      ),
    );
  }
  const group = targetGroup(block);
  const ingress = block.stage.direction === 'ingress';
  const perms = permissions(block, data);
  const cidrs = [...new Set(perms.flatMap((permission) => permission.cidrs))].join(', ');
  const subcommand = ingress ? shell`authorize-security-group-ingress` : shell`authorize-security-group-egress`;
  return withCommand(
    {
      text:
        `Allow ${protocols} ${ingress ? 'from' : 'to'} the pod CIDRs (${cidrs}) as a CIDR ${ingress ? 'source' : 'destination'} in security group ${setName(group)}` +
        `${byReference(block) ? ': a rule naming a security group matches only the addresses of its ENIs, not pod addresses' : ''}.`,
      fix: {
        actions: [
          {
            kind: ingress ? 'aws-sg-authorize-ingress' : 'aws-sg-authorize-egress',
            region,
            groupId: group.id,
            permissions: perms,
          },
        ],
        scope: 'network',
        api: ingress ? 'ec2:AuthorizeSecurityGroupIngress' : 'ec2:AuthorizeSecurityGroupEgress',
      },
    },
    shell`aws ec2 ${subcommand} --group-id ${named('aws-security-group', group.id)} --ip-permissions ${joinShell(perms.map(permissionText), ' ')}${regionFlag(region)}`,
  );
}

export const awsFirewall: FirewallProfile = {
  dumps:
    'the output of `aws ec2 describe-security-groups --output json` (and `aws ec2 describe-network-acls --output json`)',
  layout,
  stages,
  remedy,
};
