import type { Cidr, Family } from '../../model/cidr.js';
import type { FirewallRule } from '../../model/snapshot.js';
import type { NodeView, Topology } from '../../model/topology.js';
import { commonSupernet, FirewallData, podCidrsOf } from '../../clouds/shared/firewall/data.js';
import {
  POD_PROTOCOLS,
  type BlockedTraffic,
  type FirewallLayout,
  type FirewallProfile,
  type FirewallScope,
  type FirewallStage,
  type PodProtocol,
} from '../../clouds/shared/firewall/types.js';
import type { ProviderProfile } from '../../clouds/types.js';
import { mergeAlike } from './blocked-traffic.js';
import { decide, Ranges, type Decision } from './firewall-decide.js';
import { FlowJudge, type ScopeFamily } from './flow-judge.js';

export { decide, type Decision } from './firewall-decide.js';

function families(scope: FirewallScope): Map<Family, ScopeFamily> {
  const result = new Map<Family, ScopeFamily>();
  for (const family of [4, 6] as const) {
    const cidrs = podCidrsOf(scope.members, family);
    const aggregate = commonSupernet(cidrs);
    if (!aggregate) continue;
    const owners = new Map<string, NodeView>();
    for (const view of scope.members)
      for (const cidr of view.node.podCidrs) if (!owners.has(cidr.text)) owners.set(cidr.text, view);
    result.set(family, { aggregate, cidrs, owners });
  }
  return result;
}

export interface FirewallAnalysis {
  readonly layout: FirewallLayout;
  readonly blocked: readonly BlockedTraffic[];
  /** Work done: scope pairs and flow decisions. Grows with scopes and rules, not with node pairs. */
  readonly counts: { readonly scopes: number; readonly pairs: number; readonly decisions: number };
  readonly data: FirewallData;
  /** How a stage treats one flow, judged as the analysis judges it: for one pair of nodes or a pod IP (explain). */
  decide(stage: FirewallStage, protocol: PodProtocol, family: Family, source: Cidr, dest: Cidr): Decision;
}

function analyse(topology: Topology, firewall: FirewallProfile): FirewallAnalysis | undefined {
  const data = new FirewallData(topology);
  if (!data.present) return undefined;
  const layout = firewall.layout(topology, data);
  const ranges = new Ranges((ref) => firewall.resolve?.(ref, data));
  const flows = new FlowJudge(ranges);
  const scopeFamilies = new Map(layout.scopes.map((scope) => [scope, families(scope)]));
  let pairs = 0;
  for (const from of layout.scopes) {
    for (const to of layout.scopes) {
      // Traffic between pods of one node never reaches the cloud network.
      if (from === to && from.members.length < 2) continue;
      pairs++;
      for (const stage of firewall.stages(from, to, data)) {
        const local = stage.side === 'destination' ? to : from;
        for (const [family, source] of scopeFamilies.get(from)!) {
          const dest = scopeFamilies.get(to)!.get(family);
          if (!dest) continue;
          for (const protocol of POD_PROTOCOLS)
            flows.judge({ stage, local, protocol, family, source, dest, withinScope: from === to });
        }
      }
    }
  }
  const blocked = mergeAlike(
    [...flows.groups.values()]
      .map((group) => group.result())
      .filter((block) => block.localNodes.length > 0 && block.remoteNodes.length > 0),
  );
  return {
    layout,
    blocked,
    counts: { scopes: layout.scopes.length, pairs, decisions: flows.decisions },
    data,
    decide: (stage, protocol, family, source, dest) => decide(stage, protocol, family, source, dest, ranges),
  };
}

const cache = new WeakMap<Topology, FirewallAnalysis | null>();

/** Firewall analysis of the snapshot, computed once per topology; undefined without firewall data or profile. */
export function firewallAnalysis(topology: Topology, profile: ProviderProfile): FirewallAnalysis | undefined {
  if (!profile.firewall) return undefined;
  let analysis = cache.get(topology);
  if (analysis === undefined) cache.set(topology, (analysis = analyse(topology, profile.firewall) ?? null));
  return analysis ?? undefined;
}

/** Why an allow rule that looks right does not admit forwarded pod traffic. */
export function whyNot(rule: FirewallRule, stage: FirewallStage): string {
  const what = `rule ${rule.name}`;
  if (rule.ports.length > 0) return `${what} allows only ${rule.ports.join(', ')}`;
  // An inbound rule limited to destinations: usually the node subnet, which pod addresses are not in.
  if (
    rule.direction === 'ingress' &&
    rule.destRanges !== undefined &&
    rule.destRanges.length > 0 &&
    (rule.destRefs ?? []).length === 0
  ) {
    return `${what} admits only destinations ${rule.destRanges.map((cidr) => cidr.text).join(', ')}, not the pod CIDRs`;
  }
  // The remote side: the source of an inbound rule, the destination of an outbound one.
  const refs = rule.direction === 'egress' ? (rule.destRefs ?? []) : rule.sourceRefs;
  const ref = refs[0];
  const cidrs = (rule.direction === 'egress' ? (rule.destRanges ?? []) : rule.sourceRanges).map((cidr) => cidr.text);
  if (ref) {
    const [kind, ...rest] = ref.split(':');
    const name = rest.join(':');
    const self = stage.sets.some((set) => set.id === name) ? ' (itself)' : '';
    const also = cidrs.length > 0 ? ` (and ${cidrs.join(', ')})` : '';
    switch (kind) {
      case 'sg':
        return `${what} allows traffic from security group ${name}${self}${also} only: a security-group source matches the private IPs of the ENIs in that group, never pod IPs forwarded through them`;
      case 'tag':
        return `${what} allows source tag ${name}${also} only: source tags match the primary internal IP of the tagged VMs, not alias ranges or routed pod IPs`;
      case 'sa':
        return `${what} allows source service account ${name}${also} only: service accounts match the primary internal IP of the VMs, not routed pod IPs`;
      case 'asg':
        return `${what} allows application security group ${name.split('/').pop()}${also} only: it matches the NICs' own addresses, not pod IPs`;
      case 'pl':
        return `${what} allows prefix list ${name}${also}, whose CIDRs are not in the data: add the pod CIDR to it or as a CIDR source`;
      default:
        return `${what} allows ${name}${also}, which does not include the pod CIDRs`;
    }
  }
  return `${what} admits ${cidrs.join(', ') || 'no address'}, which does not hold the pod CIDRs`;
}
