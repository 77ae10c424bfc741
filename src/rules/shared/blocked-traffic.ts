import type { Cidr, Family } from '../../model/cidr.js';
import { compareText } from '../../model/order.js';
import type { FirewallRule } from '../../model/snapshot.js';
import type { NodeView } from '../../model/topology.js';
import {
  POD_PROTOCOLS,
  type BlockedTraffic,
  type DroppedFlows,
  type FirewallScope,
  type FirewallStage,
  type PodProtocol,
} from '../../clouds/shared/firewall/types.js';

/** What a stage decided about a flow it dropped: the rules a finding names. */
export interface Culprits {
  readonly deniedBy?: FirewallRule;
  readonly nearMiss?: FirewallRule;
  readonly shadowed?: FirewallRule;
}

/** The pod CIDRs of one side of a flow, by the node that owns each. */
export interface Owners {
  readonly owners: ReadonlyMap<string, NodeView>;
}

/** Ids of the CIDR lists a group records, so a rectangle judged again for another protocol is kept once. */
const listIds = new WeakMap<readonly Cidr[], number>();
let nextListId = 0;

function listId(cidrs: readonly Cidr[]): string {
  if (cidrs.length === 1) return cidrs[0]!.text;
  let id = listIds.get(cidrs);
  if (id === undefined) listIds.set(cidrs, (id = nextListId++));
  return `#${id}`;
}

function ownersOf(cidrs: readonly Cidr[], side: Owners): NodeView[] {
  const views = new Set<NodeView>();
  for (const cidr of cidrs) {
    const owner = side.owners.get(cidr.text);
    if (owner) views.add(owner);
  }
  return [...views];
}

/** The flows one stage drops for one local scope, gathered into one BlockedTraffic. */
export class BlockedGroup {
  /** The dropped flows exactly as judged, each every source CIDR to every destination CIDR of one record. */
  private readonly rectangles = new Map<
    string,
    { sources: readonly Cidr[]; dests: readonly Cidr[]; source: Owners; dest: Owners }
  >();
  readonly localNodes = new Set<NodeView>();
  readonly remoteNodes = new Set<NodeView>();
  readonly protocols = new Set<PodProtocol>();
  readonly families = new Set<Family>();
  readonly sourceCidrs = new Map<string, Cidr>();
  readonly destCidrs = new Map<string, Cidr>();
  deniedBy?: FirewallRule;
  nearMiss?: FirewallRule;
  shadowed?: FirewallRule;

  constructor(
    readonly stage: FirewallStage,
    readonly local: FirewallScope,
  ) {}

  add(
    protocol: PodProtocol,
    family: Family,
    sources: readonly Cidr[],
    dests: readonly Cidr[],
    source: Owners,
    dest: Owners,
    decision: Culprits,
  ): void {
    this.protocols.add(protocol);
    this.families.add(family);
    const ingress = this.stage.side === 'destination';
    for (const cidr of sources) {
      this.sourceCidrs.set(cidr.text, cidr);
      const owner = source.owners.get(cidr.text);
      if (owner) (ingress ? this.remoteNodes : this.localNodes).add(owner);
    }
    for (const cidr of dests) {
      this.destCidrs.set(cidr.text, cidr);
      const owner = dest.owners.get(cidr.text);
      if (owner) (ingress ? this.localNodes : this.remoteNodes).add(owner);
    }
    this.deniedBy ??= decision.deniedBy;
    this.nearMiss ??= decision.nearMiss;
    this.shadowed ??= decision.shadowed;
  }

  /**
   * Records that every flow from `sources` to `dests` is dropped, as one rectangle: the exact set of dropped pairs,
   * which the node lists above only bound. The same lists judged again for another protocol are kept once.
   */
  cover(sources: readonly Cidr[], dests: readonly Cidr[], source: Owners, dest: Owners): void {
    const id = `${listId(sources)}>${listId(dests)}`;
    if (!this.rectangles.has(id)) this.rectangles.set(id, { sources, dests, source, dest });
  }

  /** The rectangles by node, those with the same source nodes joined (their union is still exact). */
  private flows(): DroppedFlows[] {
    const bySources = new Map<string, { sources: NodeView[]; dests: Set<NodeView> }>();
    // Rectangles of one class of destinations share their source list: its nodes are looked up once.
    const sourceNodes = new Map<readonly Cidr[], { sources: NodeView[]; key: string }>();
    for (const rectangle of this.rectangles.values()) {
      let known = sourceNodes.get(rectangle.sources);
      if (!known) {
        const views = ownersOf(rectangle.sources, rectangle.source);
        known = { sources: views, key: views.map((view) => view.node.name).join('\n') };
        sourceNodes.set(rectangle.sources, known);
      }
      const { sources, key } = known;
      let entry = bySources.get(key);
      if (!entry) bySources.set(key, (entry = { sources, dests: new Set() }));
      for (const view of ownersOf(rectangle.dests, rectangle.dest)) entry.dests.add(view);
    }
    return [...bySources.values()].map(({ sources, dests }) => ({ sources, dests: [...dests] }));
  }

  result(): BlockedTraffic {
    const byName = (a: NodeView, b: NodeView) => compareText(a.node.name, b.node.name);
    const order = POD_PROTOCOLS.filter((protocol) => this.protocols.has(protocol));
    return {
      stage: this.stage,
      local: this.local,
      localNodes: [...this.localNodes].sort(byName),
      remoteNodes: [...this.remoteNodes].sort(byName),
      protocols: order,
      families: [...this.families].sort(),
      sourceCidrs: [...this.sourceCidrs.values()],
      destCidrs: [...this.destCidrs.values()],
      deniedBy: this.deniedBy,
      nearMiss: this.deniedBy ? undefined : this.nearMiss,
      shadowed: this.shadowed,
      flows: this.flows(),
    };
  }
}

function sameCidrs(a: readonly Cidr[], b: readonly Cidr[]): boolean {
  return a === b || (a.length === b.length && a.every((cidr, i) => cidr === b[i]));
}

/**
 * Destinations judged one after another and dropped from the same sources, gathered into one rectangle: where rules
 * hold part of the pod range the analysis judges node by node, and the drops still come out as a few rectangles.
 */
export class DestinationRuns {
  private sources: readonly Cidr[] | undefined;
  private dests: Cidr[] = [];

  constructor(
    private readonly group: BlockedGroup,
    private readonly source: Owners,
    private readonly dest: Owners,
  ) {}

  add(sources: readonly Cidr[], dest: Cidr): void {
    if (this.sources && sameCidrs(this.sources, sources)) {
      this.dests.push(dest);
      return;
    }
    this.flush();
    this.sources = sources;
    this.dests = [dest];
  }

  flush(): void {
    if (this.sources && this.dests.length > 0) this.group.cover(this.sources, this.dests, this.source, this.dest);
    this.sources = undefined;
    this.dests = [];
  }
}

/**
 * Scopes that differ only in rules that do not matter here (a GCE tag targeted by an unrelated rule, another subnet
 * NSG) are dropped by the same rule of the same set: one finding, and one fix, for all of them.
 */
export function mergeAlike(blocks: readonly BlockedTraffic[]): BlockedTraffic[] {
  const merged = new Map<string, BlockedTraffic>();
  const byName = (a: NodeView, b: NodeView) => compareText(a.node.name, b.node.name);
  const union = <T>(a: readonly T[], b: readonly T[], key: (item: T) => string) => [
    ...new Map([...a, ...b].map((item) => [key(item), item])).values(),
  ];
  for (const block of blocks) {
    const key = JSON.stringify([
      block.stage.sets.map((set) => set.id),
      block.stage.direction,
      block.deniedBy?.id,
      block.shadowed?.id,
      block.nearMiss?.id,
      block.protocols,
      block.families,
    ]);
    const existing = merged.get(key);
    if (!existing) {
      merged.set(key, block);
      continue;
    }
    merged.set(key, {
      ...existing,
      localNodes: union(existing.localNodes, block.localNodes, (view) => view.node.name).sort(byName),
      remoteNodes: union(existing.remoteNodes, block.remoteNodes, (view) => view.node.name).sort(byName),
      sourceCidrs: union(existing.sourceCidrs, block.sourceCidrs, (cidr) => cidr.text),
      destCidrs: union(existing.destCidrs, block.destCidrs, (cidr) => cidr.text),
      mergedKeys: [...(existing.mergedKeys ?? [existing.local.key]), block.local.key],
      flows: [...existing.flows, ...block.flows],
    });
  }
  return [...merged.values()];
}
