import type { Connectivity, NodeGroup, PathBlock } from '../model/connectivity.js';
import {
  addToEdge,
  finishEdges,
  type Box,
  type Edge,
  type Flowchart,
  type Mark,
  type PendingEdge,
} from './mermaid-graph.js';
import { blockSides, markLine } from './mermaid-blocks.js';
import { plural } from './plural.js';

/** Counts with thousands separators: a cell of a 5,000-node cluster holds millions of pairs. */
function count(value: number): string {
  return value.toLocaleString('en-US');
}

/**
 * The group view of a large cluster: one box per node group with its node count, an edge per pair of groups with
 * dropped or undecided pairs (counts and rules from the matrix cells), and the route tables attached to the groups.
 */

/** Per group: the rules that block some of its nodes towards (or from) every node, with how many nodes. */
type GroupMark = { rule: string; towards: 'to all' | 'from all'; mark: Mark; nodes: number };
type GroupMarks = Map<string, Map<string, GroupMark>>;

function groupMarks(groups: readonly NodeGroup[], blocks: readonly PathBlock[]): GroupMarks {
  const groupOfNode = new Map<string, string>();
  groups.forEach((group, index) => group.nodes.forEach((node) => groupOfNode.set(node, `g${index + 1}`)));
  const marks: GroupMarks = new Map();
  const nodes = new Set(groupOfNode.keys());
  for (const block of blocks) {
    const { from, to } = blockSides(block, nodes);
    const side = to === 'all' ? from : from === 'all' ? to : 'all';
    if (side === 'all') continue;
    const towards = to === 'all' ? 'to all' : 'from all';
    for (const node of side) {
      const id = groupOfNode.get(node);
      if (id === undefined) continue;
      const rules = marks.get(id) ?? new Map<string, GroupMark>();
      const key = `${block.ruleId}\u0000${towards}`;
      const seen = rules.get(key);
      const mark: Mark = block.ok === false || seen?.mark === 'dropped' ? 'dropped' : 'unknown';
      rules.set(key, { rule: block.ruleId, towards, mark, nodes: (seen?.nodes ?? 0) + 1 });
      marks.set(id, rules);
    }
  }
  return marks;
}

function groupBox(group: NodeGroup, id: string, marks: GroupMarks): Box {
  const rules = [...(marks.get(id)?.values() ?? [])];
  const lines = [
    group.label,
    plural(group.nodes.length, 'node', count),
    ...rules.map(({ rule, towards, mark, nodes }) =>
      markLine(rule, mark === 'dropped' ? false : null, towards, `, ${plural(nodes, 'node', count)}`),
    ),
  ];
  const mark = rules.length === 0 ? undefined : rules.some((each) => each.mark === 'dropped') ? 'dropped' : 'unknown';
  return { id, lines, shape: 'box', ...(mark && { mark }), weight: group.nodes.length };
}

function allToAll(blocks: readonly PathBlock[], weight: number): Box[] {
  return blocks
    .filter((block) => block.from === 'all' && block.to === 'all')
    .map((block, index) => ({
      id: `b${index + 1}`,
      lines: ['every node to every node', `${block.ruleId}: ${block.reason}`],
      shape: 'note',
      mark: block.ok === false ? 'dropped' : 'unknown',
      weight,
    }));
}

function cellEdges(connectivity: Connectivity, idOf: ReadonlyMap<string, string>): Edge[] {
  const pending = new Map<string, PendingEdge>();
  for (const cell of connectivity.cells) {
    const from = idOf.get(cell.from);
    const to = idOf.get(cell.to);
    if (from === undefined || to === undefined || cell.dropped + cell.unknown === 0) continue;
    const kind: Mark = cell.dropped > 0 ? 'dropped' : 'unknown';
    addToEdge(pending, from, to, { kind, rules: cell.rules, dropped: cell.dropped, unknown: cell.unknown });
  }
  return finishEdges(pending, (edge) => {
    const counts = [
      edge.dropped > 0 ? `${edge.dropped} dropped` : '',
      edge.unknown > 0 ? `${edge.unknown} unknown` : '',
    ];
    return [counts.filter(Boolean).join(', '), [...edge.rules].join(', ')];
  });
}

function routeTables(groups: readonly NodeGroup[]): { boxes: Box[]; edges: Edge[] } {
  const users = new Map<string, string[]>();
  groups.forEach((group, index) => {
    for (const table of group.routeTables) users.set(table, [...(users.get(table) ?? []), `g${index + 1}`]);
  });
  const boxes: Box[] = [];
  const edges: Edge[] = [];
  [...users].forEach(([table, ids], index) => {
    const id = `rt${index + 1}`;
    boxes.push({ id, lines: [table], shape: 'table', weight: ids.length });
    for (const group of ids) edges.push({ from: id, to: group, kind: 'attached', both: false, weight: 0 });
  });
  return { boxes, edges };
}

export function groupFlowchart(connectivity: Connectivity): Flowchart {
  const { groups, blocks } = connectivity;
  const marks = groupMarks(groups, blocks);
  const idOf = new Map(groups.map((group, index) => [group.id, `g${index + 1}`]));
  const boxes = groups.map((group, index) => groupBox(group, `g${index + 1}`, marks));
  const tables = routeTables(groups);
  const notes = allToAll(
    blocks,
    groups.reduce((sum, group) => sum + group.nodes.length, 0),
  );
  return {
    clusters: [],
    boxes: [...boxes, ...tables.boxes, ...notes],
    edges: [...cellEdges(connectivity, idOf), ...tables.edges],
  };
}
