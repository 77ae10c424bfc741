import type { Connectivity, PathBlock } from '../model/connectivity.js';
import { mergeBlocks } from '../paths/merge-blocks.js';
import { blockSides, markLine } from './mermaid-blocks.js';
import {
  addToEdge,
  finishEdges,
  type Box,
  type Edge,
  type Flowchart,
  type Mark,
  type PendingEdge,
} from './mermaid-graph.js';

/**
 * The node view of a small cluster: a subgraph per node group holding its nodes and route tables, an edge per broken
 * path (compressed to the subgraph when a block covers a whole group), and a marked node for a node that drops
 * traffic towards every peer (forwarding off) instead of one edge per peer.
 */

interface Layout {
  readonly nodeId: Map<string, string>;
  readonly groupOf: Map<string, string>;
  /** Node ids per group id, for compressing a block that covers a whole group. */
  readonly members: Map<string, readonly string[]>;
  readonly allNodes: readonly string[];
}

function layout(connectivity: Connectivity): Layout {
  const nodeId = new Map<string, string>();
  const groupOf = new Map<string, string>();
  const members = new Map<string, readonly string[]>();
  connectivity.groups.forEach((group, index) => {
    const groupId = `g${index + 1}`;
    const ids: string[] = [];
    for (const node of group.nodes) {
      if (nodeId.has(node)) continue;
      const id = `n${nodeId.size + 1}`;
      nodeId.set(node, id);
      groupOf.set(id, groupId);
      ids.push(id);
    }
    members.set(groupId, ids);
  });
  return { nodeId, groupOf, members, allNodes: [...nodeId.keys()] };
}

/** A node a block names that no group holds still gets a (top-level) box. */
function idOf(place: Layout, node: string): string {
  let id = place.nodeId.get(node);
  if (id === undefined) {
    id = `n${place.nodeId.size + 1}`;
    place.nodeId.set(node, id);
  }
  return id;
}

interface Endpoint {
  readonly id: string;
  readonly nodes: readonly string[];
}

/** A side of a block as endpoints: a group it covers whole (two nodes or more) is one endpoint, its subgraph. */
function endpoints(place: Layout, names: readonly string[]): Endpoint[] {
  const ids = new Set(names.map((name) => idOf(place, name)));
  const out: Endpoint[] = [];
  const covered = new Set<string>();
  for (const [groupId, nodes] of place.members) {
    if (nodes.length < 2 || !nodes.every((id) => ids.has(id))) continue;
    out.push({ id: groupId, nodes });
    for (const id of nodes) covered.add(id);
  }
  for (const id of ids) if (!covered.has(id)) out.push({ id, nodes: [id] });
  return out;
}

function pairs(from: Endpoint, to: Endpoint): number {
  const shared = from.nodes.filter((id) => to.nodes.includes(id)).length;
  return from.nodes.length * to.nodes.length - shared;
}

function blockEdges(
  place: Layout,
  block: PathBlock,
  from: readonly string[],
  to: readonly string[],
  pending: Map<string, PendingEdge>,
): void {
  const kind: Mark = block.ok === false ? 'dropped' : 'unknown';
  const targets = endpoints(place, to);
  for (const source of endpoints(place, from)) {
    for (const target of targets) {
      const count = pairs(source, target);
      if (count === 0) continue;
      const say = { kind, rules: [block.ruleId], dropped: kind === 'dropped' ? count : 0 };
      addToEdge(pending, source.id, target.id, { ...say, unknown: count - say.dropped });
    }
  }
}

interface Marks {
  /** Node id → (rule and direction) → the worst it does to the node's traffic with every other node. */
  readonly nodes: Map<string, Map<string, { rule: string; towards: Towards; mark: Mark }>>;
  readonly notes: Box[];
}

type Towards = 'to all' | 'from all';

function markNode(place: Layout, marks: Marks, node: string, block: PathBlock, towards: Towards): void {
  const id = idOf(place, node);
  const rules = marks.nodes.get(id) ?? new Map<string, { rule: string; towards: Towards; mark: Mark }>();
  const key = `${block.ruleId}\u0000${towards}`;
  const mark: Mark = block.ok === false || rules.get(key)?.mark === 'dropped' ? 'dropped' : 'unknown';
  rules.set(key, { rule: block.ruleId, towards, mark });
  marks.nodes.set(id, rules);
}

function readBlocks(place: Layout, blocks: readonly PathBlock[]): { marks: Marks; pending: Map<string, PendingEdge> } {
  const marks: Marks = { nodes: new Map(), notes: [] };
  const pending = new Map<string, PendingEdge>();
  const nodes = new Set(place.allNodes);
  for (const block of mergeBlocks(blocks)) {
    const { from, to } = blockSides(block, nodes);
    if (from === 'all' && to === 'all') {
      const mark: Mark = block.ok === false ? 'dropped' : 'unknown';
      const lines = ['every node to every node', `${block.ruleId}: ${block.reason}`];
      marks.notes.push({ id: `b${marks.notes.length + 1}`, lines, shape: 'note', mark, weight: nodes.size });
    } else if (to === 'all') {
      for (const node of from as readonly string[]) markNode(place, marks, node, block, 'to all');
    } else if (from === 'all') {
      for (const node of to) markNode(place, marks, node, block, 'from all');
    } else blockEdges(place, block, from, to, pending);
  }
  return { marks, pending };
}

/** One line per rule: "to and from all" when the node drops both ways alike (forwarding off). */
function markLines(marked: readonly { rule: string; towards: Towards; mark: Mark }[]): string[] {
  const byRule = new Map<string, { towards: string; mark: Mark }>();
  for (const { rule, towards, mark } of marked) {
    const seen = byRule.get(rule);
    if (seen && seen.mark === mark) seen.towards = 'to and from all';
    else if (!seen) byRule.set(rule, { towards, mark });
    else byRule.set(`${rule}\u0000${towards}`, { towards, mark });
  }
  return [...byRule].map(([key, { towards, mark }]) =>
    markLine(key.split('\u0000')[0]!, mark === 'dropped' ? false : null, towards),
  );
}

function nodeBox(id: string, name: string, parent: string | undefined, marks: Marks): Box {
  const marked = [...(marks.nodes.get(id)?.values() ?? [])];
  const lines = [name, ...markLines(marked)];
  const mark = marked.length === 0 ? undefined : marked.some((each) => each.mark === 'dropped') ? 'dropped' : 'unknown';
  return { id, lines, shape: 'box', ...(mark && { mark }), ...(parent && { parent }), weight: 1 };
}

/** Route tables: inside the subgraph of the one group they apply to, or beside the subgraphs they are attached to. */
function routeTables(connectivity: Connectivity): { boxes: Box[]; edges: Edge[] } {
  const users = new Map<string, string[]>();
  connectivity.groups.forEach((group, index) => {
    for (const table of group.routeTables) users.set(table, [...(users.get(table) ?? []), `g${index + 1}`]);
  });
  const boxes: Box[] = [];
  const edges: Edge[] = [];
  [...users].forEach(([table, groups], index) => {
    const id = `rt${index + 1}`;
    const parent = groups.length === 1 ? groups[0] : undefined;
    boxes.push({ id, lines: [table], shape: 'table', ...(parent && { parent }), weight: groups.length });
    if (parent === undefined) {
      for (const group of groups) edges.push({ from: id, to: group, kind: 'attached', both: false, weight: 0 });
    }
  });
  return { boxes, edges };
}

export function nodeFlowchart(connectivity: Connectivity): Flowchart {
  const place = layout(connectivity);
  const { marks, pending } = readBlocks(place, connectivity.blocks);
  const clusters = connectivity.groups.map((group, index) => ({ id: `g${index + 1}`, lines: [group.label] }));
  const boxes = [...place.nodeId].map(([name, id]) => nodeBox(id, name, place.groupOf.get(id), marks));
  const tables = routeTables(connectivity);
  const edges = finishEdges(pending, (edge) => [[...edge.rules].join(', ')]);
  return { clusters, boxes: [...boxes, ...tables.boxes, ...marks.notes], edges: [...edges, ...tables.edges] };
}
