import type { Cidr, Family } from '../../model/cidr.js';
import type { FirewallRule } from '../../model/snapshot.js';
import type { NodeView } from '../../model/topology.js';
import type { FirewallScope, FirewallStage, PodProtocol } from '../../clouds/shared/firewall/types.js';
import { BlockedGroup, DestinationRuns, type Culprits } from './blocked-traffic.js';
import { decide, type Decision, type Ranges } from './firewall-decide.js';
import { classify, type CidrClasses } from './range-classes.js';

/** The pod CIDRs of one scope in one family. */
export interface ScopeFamily {
  readonly aggregate: Cidr;
  readonly cidrs: readonly Cidr[];
  readonly owners: ReadonlyMap<string, NodeView>;
}

/** One stage's view of the pod traffic from one scope to another, in one family and protocol. */
export interface Flow {
  readonly stage: FirewallStage;
  readonly local: FirewallScope;
  readonly protocol: PodProtocol;
  readonly family: Family;
  readonly source: ScopeFamily;
  readonly dest: ScopeFamily;
  /** Both ends in one scope: a node's traffic to its own pods is left out. */
  readonly withinScope: boolean;
}

const CULPRITS = ['deniedBy', 'nearMiss', 'shadowed'] as const;

/** The sources one class of destinations is dropped from, with what dropped each. */
interface Drops {
  readonly sources: Cidr[];
  readonly decisions: Decision[];
  readonly position: Map<string, number>;
  /** Per culprit, the positions whose decision names one, in source order. */
  readonly naming: Record<(typeof CULPRITS)[number], number[]>;
  /** Whether the sources were recorded once, but for `missing`: a destination's own node, left out then. */
  recorded: boolean;
  missing: number[];
}

/** One flow whose whole pod range is not decided alike: judged per class of sources and of destinations. */
class Refinement {
  private readonly toClass = new Map<number, Decision>();
  private readonly drops = new Map<number, Drops>();
  private readonly pairs = new Map<number, Decision>();
  /** Whether a destination dropped from every source was recorded yet: the sources then need no second pass. */
  private everySourceRecorded = false;

  constructor(
    private readonly judge: FlowJudge,
    private readonly flow: Flow,
    readonly sources: CidrClasses,
    readonly dests: CidrClasses,
  ) {}

  /** The flow from the whole source range to destinations of class `cd`. */
  fromAll(cd: number): Decision {
    let decision = this.toClass.get(cd);
    if (!decision) {
      decision = this.judge.decide(this.flow, this.flow.source.aggregate, this.dests.representatives[cd]!);
      this.toClass.set(cd, decision);
    }
    return decision;
  }

  recordAll(d: Cidr, decision: Decision): void {
    const sources = this.everySourceRecorded ? [] : this.flow.source.cidrs;
    this.everySourceRecorded = true;
    this.judge
      .group(this.flow)
      .add(this.flow.protocol, this.flow.family, sources, [d], this.flow.source, this.flow.dest, decision);
  }

  dropsTo(cd: number): Drops {
    let drops = this.drops.get(cd);
    if (drops) return drops;
    drops = {
      sources: [],
      decisions: [],
      position: new Map(),
      naming: { deniedBy: [], nearMiss: [], shadowed: [] },
      recorded: false,
      missing: [],
    };
    const cidrs = this.flow.source.cidrs;
    for (let i = 0; i < cidrs.length; i++) {
      const decision = this.pair(this.sources.of[i]!, cd);
      if (decision.allowed) continue;
      const at = drops.sources.length;
      drops.sources.push(cidrs[i]!);
      drops.decisions.push(decision);
      drops.position.set(cidrs[i]!.text, at);
      for (const culprit of CULPRITS) if (decision[culprit]) drops.naming[culprit].push(at);
    }
    this.drops.set(cd, drops);
    return drops;
  }

  private pair(cs: number, cd: number): Decision {
    const key = cs * this.dests.representatives.length + cd;
    let decision = this.pairs.get(key);
    if (!decision) {
      const { representatives } = this.sources;
      decision = this.judge.decide(this.flow, representatives[cs]!, this.dests.representatives[cd]!);
      this.pairs.set(key, decision);
    }
    return decision;
  }

  /** Positions of the sources owned by the destination's node, left out of a flow within one scope. */
  ownPositions(drops: Drops, d: Cidr): number[] {
    if (!this.flow.withinScope) return [];
    const owner = this.flow.dest.owners.get(d.text);
    if (!owner) return [];
    const positions = new Set<number>();
    for (const cidr of owner.node.podCidrs) {
      const at = drops.position.get(cidr.text);
      if (at !== undefined && this.flow.source.owners.get(cidr.text) === owner) positions.add(at);
    }
    return [...positions].sort((a, b) => a - b);
  }

  /**
   * Records what judging each dropped source against `d` in source order would record: the sources not yet recorded
   * for this class, and per culprit the first source's that names one.
   */
  record(drops: Drops, d: Cidr, own: readonly number[]): void {
    const group = this.judge.group(this.flow);
    let fresh: Cidr[];
    if (!drops.recorded) {
      fresh = drops.sources.filter((_, i) => !own.includes(i));
      drops.missing = [...own];
      drops.recorded = true;
    } else {
      fresh = drops.missing.filter((i) => !own.includes(i)).map((i) => drops.sources[i]!);
      drops.missing = drops.missing.filter((i) => own.includes(i));
    }
    const culprits: { -readonly [K in keyof Culprits]: FirewallRule } = {};
    for (const culprit of CULPRITS) {
      if (group[culprit]) continue;
      const at = drops.naming[culprit].find((i) => !own.includes(i));
      if (at !== undefined) culprits[culprit] = drops.decisions[at]![culprit];
    }
    group.add(this.flow.protocol, this.flow.family, fresh, [d], this.flow.source, this.flow.dest, culprits);
  }
}

/** Judges flows and gathers the dropped ones per stage and local scope, counting the decisions made. */
export class FlowJudge {
  readonly groups = new Map<string, BlockedGroup>();
  decisions = 0;
  private readonly classes = new WeakMap<readonly FirewallRule[], Map<readonly Cidr[], CidrClasses>[]>();

  constructor(private readonly ranges: Ranges) {}

  /**
   * The whole pod range first; where rules hold parts of it, each destination, then each source where it differs.
   * Destinations and sources that every rule sees alike are decided once (one class each), and the drops recorded
   * as judging them one by one would.
   */
  judge(flow: Flow): void {
    const { source, dest } = flow;
    const whole = this.decide(flow, source.aggregate, dest.aggregate);
    if (whole.allowed) return;
    if (whole.uniform) {
      this.group(flow).add(flow.protocol, flow.family, source.cidrs, dest.cidrs, source, dest, whole);
      return this.group(flow).cover(source.cidrs, dest.cidrs, source, dest);
    }
    const refinement = new Refinement(this, flow, this.classify(flow, 'source'), this.classify(flow, 'dest'));
    const runs = new DestinationRuns(this.group(flow), source, dest);
    for (let i = 0; i < dest.cidrs.length; i++) {
      const d = dest.cidrs[i]!;
      const cd = refinement.dests.of[i]!;
      const toD = refinement.fromAll(cd);
      if (toD.allowed) continue;
      if (toD.uniform) {
        refinement.recordAll(d, toD);
        runs.add(source.cidrs, d);
        continue;
      }
      const drops = refinement.dropsTo(cd);
      // A node's traffic to its own pods never leaves it: not reported, but placed in the rectangle as any other
      // source would be, so that destinations dropped from the same sources still compare alike.
      const own = refinement.ownPositions(drops, d);
      if (drops.sources.length === own.length) continue;
      refinement.record(drops, d, own);
      runs.add(drops.sources, d);
    }
    runs.flush();
  }

  decide(flow: Flow, source: Cidr, dest: Cidr): Decision {
    this.decisions++;
    return decide(flow.stage, flow.protocol, flow.family, source, dest, this.ranges);
  }

  group(flow: Flow): BlockedGroup {
    const key = `${flow.stage.key}|${flow.local.key}`;
    let group = this.groups.get(key);
    if (!group) this.groups.set(key, (group = new BlockedGroup(flow.stage, flow.local)));
    return group;
  }

  /** Classes of one end's pod CIDRs under the ranges of the stage's all-port rules (those that depend on ranges). */
  private classify(flow: Flow, end: 'source' | 'dest'): CidrClasses {
    let byEnd = this.classes.get(flow.stage.rules);
    if (!byEnd) this.classes.set(flow.stage.rules, (byEnd = [new Map(), new Map()]));
    const cache = byEnd[end === 'source' ? 0 : 1]!;
    const cidrs = flow[end].cidrs;
    let classes = cache.get(cidrs);
    if (!classes) {
      const lists: (readonly Cidr[])[] = [];
      for (const rule of flow.stage.rules) {
        if (rule.ports.length > 0) continue;
        const ranges = this.ranges.of(rule)[end];
        if (ranges !== 'any') lists.push(ranges);
      }
      cache.set(cidrs, (classes = classify(cidrs, lists)));
    }
    return classes;
  }
}
