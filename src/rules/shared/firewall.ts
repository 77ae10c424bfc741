import type { Cidr, Family } from '../../model/cidr.js';
import type { FirewallRule } from '../../model/snapshot.js';
import type { NodeView, Topology } from '../../model/topology.js';
import { commonSupernet, covered, FirewallData, podCidrsOf, touches } from '../../clouds/shared/firewall/data.js';
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
import { BlockedGroup, DestinationRuns, mergeAlike } from './blocked-traffic.js';

/** How one stage treats one flow (all ports of a protocol from a source block to a destination block). */
export interface Decision {
  readonly allowed: boolean;
  readonly deniedBy?: FirewallRule;
  readonly nearMiss?: FirewallRule;
  readonly shadowed?: FirewallRule;
  /**
   * True when every smaller flow inside this one is decided the same way, so no node-level refinement is needed:
   * always for an allow (an allow must hold the whole block); for a drop, when no allow rule before the decision
   * touched the flow and the deciding deny (or the fallback) holds all of it.
   */
  readonly uniform: boolean;
}

function protocolName(protocol: PodProtocol, family: Family): string {
  return protocol === 'icmp' && family === 6 ? 'icmpv6' : protocol;
}

function matchesProtocol(rule: FirewallRule, protocol: PodProtocol, family: Family): boolean {
  return rule.protocols === 'all' || rule.protocols.includes(protocolName(protocol, family));
}

type Resolve = (ref: string) => readonly Cidr[] | undefined;

/** Rule ranges with references resolved (Azure service tags); `any` for a destination the rule does not restrict. */
class Ranges {
  private readonly cache = new Map<FirewallRule, { source: readonly Cidr[]; dest: readonly Cidr[] | 'any' }>();
  constructor(private readonly resolve: Resolve) {}

  of(rule: FirewallRule): { source: readonly Cidr[]; dest: readonly Cidr[] | 'any' } {
    let entry = this.cache.get(rule);
    if (!entry) {
      const resolved = (refs: readonly string[] | undefined) => (refs ?? []).flatMap((ref) => this.resolve(ref) ?? []);
      const source =
        rule.sourceRefs.length > 0 ? [...rule.sourceRanges, ...resolved(rule.sourceRefs)] : rule.sourceRanges;
      const dest =
        rule.destRanges === undefined && rule.destRefs === undefined
          ? 'any'
          : [...(rule.destRanges ?? []), ...resolved(rule.destRefs)];
      this.cache.set(rule, (entry = { source, dest }));
    }
    return entry;
  }
}

/** First match wins over the stage's rules; a deny counts when it touches the flow, an allow only when it holds all of it. */
export function decide(
  stage: FirewallStage,
  protocol: PodProtocol,
  family: Family,
  source: Cidr,
  dest: Cidr,
  ranges: Ranges,
): Decision {
  // The allow rule that most looks like it was meant for this traffic: one naming the node group, else any.
  let byReference: FirewallRule | undefined;
  let anyAllow: FirewallRule | undefined;
  const nearMiss = () => byReference ?? anyAllow;
  let touched = false;
  const rules = stage.rules;
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i]!;
    if (!matchesProtocol(rule, protocol, family)) continue;
    const { source: from, dest: to } = ranges.of(rule);
    const allPorts = rule.ports.length === 0;
    if (rule.action === 'deny') {
      // A deny of some ports only (ssh from the internet) is a policy, not a broken network: it is left alone.
      if (!allPorts || !touches(from, source) || (to !== 'any' && !touches(to, dest))) continue;
      const whole = covered(from, source) && (to === 'any' || covered(to, dest));
      const shadowed = rules
        .slice(i + 1)
        .find(
          (later) =>
            later.action === 'allow' && matchesProtocol(later, protocol, family) && holds(later, source, dest, ranges),
        );
      return { allowed: false, deniedBy: rule, nearMiss: nearMiss(), shadowed, uniform: whole && !touched };
    }
    if (allPorts && covered(from, source) && (to === 'any' || covered(to, dest)))
      return { allowed: true, uniform: true };
    if (touches(from, source) && (to === 'any' || touches(to, dest)) && allPorts) touched = true;
    if (rule.sourceRefs.length > 0 || (rule.destRefs ?? []).length > 0) byReference ??= rule;
    anyAllow ??= rule;
  }
  if (stage.fallback.action === 'allow') return { allowed: true, uniform: !touched };
  return { allowed: false, nearMiss: nearMiss(), uniform: !touched };
}

function holds(rule: FirewallRule, source: Cidr, dest: Cidr, ranges: Ranges): boolean {
  const { source: from, dest: to } = ranges.of(rule);
  return rule.ports.length === 0 && covered(from, source) && (to === 'any' || covered(to, dest));
}

interface ScopeFamily {
  readonly aggregate: Cidr;
  readonly cidrs: readonly Cidr[];
  readonly owners: ReadonlyMap<string, NodeView>;
}

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

/** One stage's view of the pod traffic from one scope to another, in one family and protocol. */
interface Flow {
  readonly stage: FirewallStage;
  readonly local: FirewallScope;
  readonly protocol: PodProtocol;
  readonly family: Family;
  readonly source: ScopeFamily;
  readonly dest: ScopeFamily;
  /** Both ends in one scope: a node's traffic to its own pods is left out. */
  readonly withinScope: boolean;
}

/** Judges flows and gathers the dropped ones per stage and local scope, counting the decisions made. */
class FlowJudge {
  readonly groups = new Map<string, BlockedGroup>();
  decisions = 0;

  constructor(private readonly ranges: Ranges) {}

  /** The whole pod range first; where rules hold parts of it, each destination, then each source where it differs. */
  judge(flow: Flow): void {
    const { source, dest } = flow;
    const whole = this.decide(flow, source.aggregate, dest.aggregate);
    if (whole.allowed) return;
    if (whole.uniform) {
      this.record(flow, source.cidrs, dest.cidrs, whole);
      return this.group(flow).cover(source.cidrs, dest.cidrs, source, dest);
    }
    const runs = new DestinationRuns(this.group(flow), source, dest);
    for (const d of dest.cidrs) {
      const toD = this.decide(flow, source.aggregate, d);
      if (toD.allowed) continue;
      if (toD.uniform) {
        this.record(flow, source.cidrs, [d], toD);
        runs.add(source.cidrs, d);
        continue;
      }
      const dropped: Cidr[] = [];
      let others = 0;
      for (const s of source.cidrs) {
        // A node's traffic to its own pods never leaves it: not reported, but placed in the rectangle as any other
        // source would be, so that destinations dropped from the same sources still compare alike.
        if (flow.withinScope && source.owners.get(s.text) === dest.owners.get(d.text)) {
          if (!decide(flow.stage, flow.protocol, flow.family, s, d, this.ranges).allowed) dropped.push(s);
          continue;
        }
        const one = this.decide(flow, s, d);
        if (one.allowed) continue;
        this.record(flow, [s], [d], one);
        dropped.push(s);
        others++;
      }
      if (others > 0) runs.add(dropped, d);
    }
    runs.flush();
  }

  private decide(flow: Flow, source: Cidr, dest: Cidr): Decision {
    this.decisions++;
    return decide(flow.stage, flow.protocol, flow.family, source, dest, this.ranges);
  }

  private group(flow: Flow): BlockedGroup {
    const key = `${flow.stage.key}|${flow.local.key}`;
    let group = this.groups.get(key);
    if (!group) this.groups.set(key, (group = new BlockedGroup(flow.stage, flow.local)));
    return group;
  }

  private record(flow: Flow, sources: readonly Cidr[], dests: readonly Cidr[], decision: Decision): void {
    this.group(flow).add(flow.protocol, flow.family, sources, dests, flow.source, flow.dest, decision);
  }
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
