import type { Connectivity, ConnectivityCell, NodeGroup, PairCounts, PathBlock } from '../model/connectivity.js';
import { compareText } from '../model/order.js';
import { mergeBlocks } from './merge-blocks.js';

/** A block over node indexes; `undefined` side: every node. Sides are sorted and free of duplicates. */
interface IndexBlock {
  readonly ok: false | null;
  readonly ruleId: string;
  readonly from: readonly number[] | undefined;
  readonly to: readonly number[] | undefined;
}

/** Nodes that no block tells apart: same group, source of the same blocks, destination of the same blocks. */
interface NodeClass {
  readonly group: number;
  size: number;
  readonly sources: Uint32Array;
  readonly destinations: Uint32Array;
}

interface CellTally {
  delivered: number;
  dropped: number;
  unknown: number;
  readonly rules: Map<string, number>;
}

function sortedUnique(values: Iterable<number>): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}

/** The grouped nodes by name, numbered in group order; built only when a block names nodes. */
class NodeIndex {
  private byName: Map<string, number> | undefined;
  private groups: number[] = [];

  constructor(private readonly nodeGroups: readonly NodeGroup[]) {}

  of(name: string): number | undefined {
    if (!this.byName) {
      this.byName = new Map();
      this.nodeGroups.forEach((group, g) => {
        for (const node of group.nodes) {
          this.byName!.set(node, this.groups.length);
          this.groups.push(g);
        }
      });
    }
    return this.byName.get(name);
  }

  groupOf(index: number): number {
    return this.groups[index]!;
  }
}

/** A side's node indexes (names of nodes in no group are left out); undefined for 'all'. */
function indexSide(side: PathBlock['from'], nodes: NodeIndex): number[] | undefined {
  if (side === 'all') return undefined;
  const indexes: number[] = [];
  for (const name of side) {
    const index = nodes.of(name);
    if (index !== undefined) indexes.push(index);
  }
  return sortedUnique(indexes);
}

/** The blocks over node indexes, those sharing a side merged first (see mergeBlocks). */
function indexBlocks(blocks: readonly PathBlock[], nodes: NodeIndex): IndexBlock[] {
  const indexed: IndexBlock[] = [];
  for (const block of mergeBlocks(blocks)) {
    const from = indexSide(block.from, nodes);
    const to = indexSide(block.to, nodes);
    if (from?.length === 0 || to?.length === 0) continue;
    indexed.push({ ok: block.ok, ruleId: block.ruleId, from, to });
  }
  return indexed;
}

function setBit(bits: Uint32Array, bit: number): void {
  bits[bit >>> 5]! |= 1 << (bit & 31);
}

/** The blocks each node is named in as a source and as a destination; nodes in none are left out. */
function memberships(blocks: readonly IndexBlock[]): Map<number, { sources: number[]; destinations: number[] }> {
  const named = new Map<number, { sources: number[]; destinations: number[] }>();
  const entry = (node: number) => {
    let found = named.get(node);
    if (!found) named.set(node, (found = { sources: [], destinations: [] }));
    return found;
  };
  blocks.forEach((block, b) => {
    for (const node of block.from ?? []) entry(node).sources.push(b);
    for (const node of block.to ?? []) entry(node).destinations.push(b);
  });
  return named;
}

/**
 * Refines the nodes into classes; blocks with an 'all' side set their bit in every class on that side. Nodes no
 * block names (most of them) stay in their group's plain class, so only named nodes are looked at one by one.
 */
function classesOf(groups: readonly NodeGroup[], nodes: NodeIndex, blocks: readonly IndexBlock[]): NodeClass[] {
  const words = Math.ceil(blocks.length / 32);
  const everySource = new Uint32Array(words);
  const everyDestination = new Uint32Array(words);
  blocks.forEach((block, b) => {
    if (block.from === undefined) setBit(everySource, b);
    if (block.to === undefined) setBit(everyDestination, b);
  });
  const plain: NodeClass[] = groups.map((group, g) => ({
    group: g,
    size: group.nodes.length,
    sources: everySource,
    destinations: everyDestination,
  }));
  const named = new Map<string, NodeClass>();
  for (const [node, member] of memberships(blocks)) {
    const group = nodes.groupOf(node);
    plain[group]!.size--;
    const key = `${group}|${member.sources.join(',')}|${member.destinations.join(',')}`;
    const known = named.get(key);
    if (known) {
      known.size++;
      continue;
    }
    const created = { group, size: 1, sources: everySource.slice(), destinations: everyDestination.slice() };
    for (const b of member.sources) setBit(created.sources, b);
    for (const b of member.destinations) setBit(created.destinations, b);
    named.set(key, created);
  }
  return [...plain.filter((candidate) => candidate.size > 0), ...named.values()];
}

/** Indexes of the blocks set in (a.sources & b.destinations) | (b.sources & a.destinations), within `mask`. */
function holding(a: NodeClass, b: NodeClass, mask: Uint32Array): number[] {
  const hits: number[] = [];
  for (let w = 0; w < mask.length; w++) {
    let word = ((a.sources[w]! & b.destinations[w]!) | (b.sources[w]! & a.destinations[w]!)) & mask[w]!;
    while (word !== 0) {
      const low = word & -word;
      hits.push(w * 32 + 31 - Math.clz32(low));
      word ^= low;
    }
  }
  return hits;
}

function tally(cells: Map<number, CellTally>, key: number): CellTally {
  let cell = cells.get(key);
  if (!cell) cells.set(key, (cell = { delivered: 0, dropped: 0, unknown: 0, rules: new Map() }));
  return cell;
}

/** Counts every pair of classes into its cell: dropped when a false block holds it either way, else unknown, … */
function countPairs(
  classes: readonly NodeClass[],
  blocks: readonly IndexBlock[],
  groups: number,
): Map<number, CellTally> {
  const words = Math.ceil(blocks.length / 32);
  const dropping = new Uint32Array(words);
  const undecided = new Uint32Array(words);
  blocks.forEach((block, b) => setBit(block.ok === false ? dropping : undecided, b));
  const cells = new Map<number, CellTally>();
  for (const a of classes) {
    for (const b of classes) {
      const pairs = a === b ? a.size * (a.size - 1) : a.size * b.size;
      if (pairs === 0) continue;
      const cell = tally(cells, a.group * groups + b.group);
      let hits = holding(a, b, dropping);
      if (hits.length > 0) cell.dropped += pairs;
      else if ((hits = holding(a, b, undecided)).length > 0) cell.unknown += pairs;
      else cell.delivered += pairs;
      for (const rule of new Set(hits.map((hit) => blocks[hit]!.ruleId)))
        cell.rules.set(rule, (cell.rules.get(rule) ?? 0) + pairs);
    }
  }
  return cells;
}

function rulesByPairs(rules: ReadonlyMap<string, number>): string[] {
  return [...rules].sort(([a, m], [b, n]) => n - m || compareText(a, b)).map(([rule]) => rule);
}

/**
 * Which groups deliver pod traffic to which, for every ordered pair of nodes (a, b), a ≠ b: dropped when a block
 * with ok false holds a → b or b → a (the return path), else unknown when a block with ok null does, else
 * delivered, as explain's verdict. Counted by classes of nodes no block tells apart, never pair by pair, so a large
 * cluster with a few blocks costs little more than reading its node names.
 */
export function connectivity(groups: readonly NodeGroup[], blocks: readonly PathBlock[]): Connectivity {
  const nodes = new NodeIndex(groups);
  const indexed = indexBlocks(blocks, nodes);
  const tallies = countPairs(classesOf(groups, nodes, indexed), indexed, groups.length);
  const cells: ConnectivityCell[] = [];
  const totals = { pairs: 0, delivered: 0, dropped: 0, unknown: 0 };
  for (const [key, cell] of [...tallies].sort(([a], [b]) => a - b)) {
    const counts: PairCounts = {
      pairs: cell.delivered + cell.dropped + cell.unknown,
      delivered: cell.delivered,
      dropped: cell.dropped,
      unknown: cell.unknown,
    };
    cells.push({
      from: groups[Math.floor(key / groups.length)]!.id,
      to: groups[key % groups.length]!.id,
      ...counts,
      rules: rulesByPairs(cell.rules),
    });
    for (const field of ['pairs', 'delivered', 'dropped', 'unknown'] as const) totals[field] += counts[field];
  }
  return { groups, cells, totals, blocks };
}
