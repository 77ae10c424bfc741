// The firewall analysis judges a flow whose pod range rules hold only in part once per class of pod CIDRs. This
// checks it against the way it replaced, kept here as the oracle: every destination, then every source, pair by pair.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCidr, type Cidr } from '../../src/model/cidr.js';
import type { FirewallRule } from '../../src/model/snapshot.js';
import type { NodeView } from '../../src/model/topology.js';
import { commonSupernet, podCidrsOf } from '../../src/clouds/shared/firewall/data.js';
import { POD_PROTOCOLS, type FirewallScope, type FirewallStage } from '../../src/clouds/shared/firewall/types.js';
import { BlockedGroup, DestinationRuns } from '../../src/rules/shared/blocked-traffic.js';
import { decide, Ranges, type Decision } from '../../src/rules/shared/firewall-decide.js';
import { FlowJudge, type Flow, type ScopeFamily } from '../../src/rules/shared/flow-judge.js';

const cidr = (text: string): Cidr => parseCidr(text)!;

/** The judge as it was: pair by pair wherever the whole range is not decided alike. */
class PairByPairJudge {
  readonly groups = new Map<string, BlockedGroup>();
  refined = 0;
  constructor(private readonly ranges: Ranges) {}

  judge(flow: Flow): void {
    const { source, dest } = flow;
    const whole = this.decide(flow, source.aggregate, dest.aggregate);
    if (whole.allowed) return;
    if (whole.uniform) {
      this.record(flow, source.cidrs, dest.cidrs, whole);
      return this.group(flow).cover(source.cidrs, dest.cidrs, source, dest);
    }
    this.refined++;
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
        if (flow.withinScope && source.owners.get(s.text) === dest.owners.get(d.text)) {
          if (!this.decide(flow, s, d).allowed) dropped.push(s);
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

/** Pod CIDRs in 10.0.0.0/20, rule ranges anywhere in and around it, so that rules hold parts of the pod range. */
const podCidr = fc.integer({ min: 0, max: 15 }).map((third) => cidr(`10.0.${third}.0/24`));
const range = fc
  .tuple(fc.integer({ min: 0, max: 31 }), fc.integer({ min: 19, max: 27 }))
  .map(([third, prefix]) => cidr(`10.0.${third}.${prefix > 24 ? 128 : 0}/${prefix}`));

const ruleArb = fc.record({
  action: fc.constantFrom('allow' as const, 'deny' as const),
  protocols: fc.oneof(fc.constant('all' as const), fc.subarray(['tcp', 'udp', 'icmp'], { minLength: 1 })),
  ports: fc.constantFrom([], [], ['22']),
  sourceRanges: fc.array(range, { maxLength: 3 }),
  sourceRefs: fc.constantFrom([], [], ['tag:k8s-node'], ['service-tag:pods']),
  destRanges: fc.option(fc.array(range, { maxLength: 2 }), { nil: undefined }),
});

const clusterArb = fc.record({
  nodes: fc.array(fc.array(podCidr, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 9 }),
  inA: fc.array(fc.boolean(), { minLength: 9, maxLength: 9 }),
  rules: fc.array(ruleArb, { maxLength: 6 }),
  fallback: fc.constantFrom('allow' as const, 'deny' as const),
  side: fc.constantFrom('source' as const, 'destination' as const),
});

type Cluster = typeof clusterArb extends fc.Arbitrary<infer T> ? T : never;

function scopeFamily(members: readonly NodeView[]): ScopeFamily | undefined {
  const cidrs = podCidrsOf(members, 4);
  const aggregate = commonSupernet(cidrs);
  if (!aggregate) return undefined;
  const owners = new Map<string, NodeView>();
  for (const view of members)
    for (const pod of view.node.podCidrs) if (!owners.has(pod.text)) owners.set(pod.text, view);
  return { aggregate, cidrs, owners };
}

/** Both judges over every flow between two scopes of the cluster, in the order the analysis judges them. */
function judgeBoth(cluster: Cluster) {
  const views = cluster.nodes.map((podCidrs, i) => ({ node: { name: `node-${i}`, podCidrs } }) as unknown as NodeView);
  const scopes: FirewallScope[] = [true, false]
    .map((a) => views.filter((_, i) => (cluster.inA[i] ?? true) === a))
    .filter((members) => members.length > 0)
    .map((members, i) => ({ key: `scope-${i}`, label: `scope ${i}`, members }));
  const rules: FirewallRule[] = cluster.rules.map((rule, i) => ({
    ...rule,
    id: `rule-${i}`,
    name: `rule-${i}`,
    provider: 'gce',
    setId: 'net',
    direction: cluster.side === 'destination' ? 'ingress' : 'egress',
    priority: i,
    targets: [],
  }));
  const stage: FirewallStage = {
    key: 'net|ingress',
    sets: [],
    side: cluster.side,
    direction: cluster.side === 'destination' ? 'ingress' : 'egress',
    rules,
    fallback: { action: cluster.fallback, label: 'the implied rule' },
    label: 'network net',
  };
  const resolve = (ref: string) =>
    ref === 'service-tag:pods' ? [cidr('10.0.4.0/22'), cidr('10.0.9.0/24')] : undefined;
  const byClass = new FlowJudge(new Ranges(resolve));
  const byPair = new PairByPairJudge(new Ranges(resolve));
  for (const from of scopes) {
    for (const to of scopes) {
      if (from === to && from.members.length < 2) continue;
      const source = scopeFamily(from.members)!;
      const dest = scopeFamily(to.members)!;
      const local = cluster.side === 'destination' ? to : from;
      for (const protocol of POD_PROTOCOLS) {
        const flow: Flow = { stage, local, protocol, family: 4, source, dest, withinScope: from === to };
        byClass.judge(flow);
        byPair.judge(flow);
      }
    }
  }
  const results = (judge: { groups: Map<string, BlockedGroup> }) =>
    [...judge.groups.entries()].map(([key, group]) => [key, group.result()] as const);
  return { byClass: results(byClass), byPair: results(byPair), refined: byPair.refined, decisions: byClass.decisions };
}

describe('FlowJudge', () => {
  it('records exactly what judging pair by pair records: CIDRs in order, culprits, nodes and flows', () => {
    let refined = 0;
    fc.assert(
      fc.property(clusterArb, (cluster) => {
        const { byClass, byPair, refined: count } = judgeBoth(cluster);
        refined += count;
        expect(byClass).toEqual(byPair);
      }),
      { numRuns: 400 },
    );
    // Most random rule sets hold part of the pod range somewhere: the refinement was exercised.
    expect(refined).toBeGreaterThan(100);
  });

  it('judges a rule holding half the pod range per class, not per node pair', () => {
    const nodes = Array.from({ length: 16 }, (_, i) => [cidr(`10.0.${i}.0/24`)]);
    const cluster: Cluster = {
      nodes,
      inA: Array.from({ length: 9 }, () => true),
      rules: [
        {
          action: 'allow',
          protocols: 'all',
          ports: [],
          sourceRanges: [cidr('10.0.0.0/21')],
          sourceRefs: [],
          destRanges: undefined,
        },
      ],
      fallback: 'deny',
      side: 'destination',
    };
    const { byClass, byPair, decisions } = judgeBoth(cluster);
    expect(byClass).toEqual(byPair);
    // Per protocol: the whole range, the whole source range to the one class of destinations, and the two classes
    // of sources (inside and outside the rule) to it. Pair by pair it would be 1 + 16 + 16 * 16.
    expect(decisions).toBe(3 * 4);
    const [, blocked] = byClass[0]!;
    expect(blocked.sourceCidrs.map((c) => c.text)).toEqual(nodes.slice(8).map(([c]) => c!.text));
  });
});
