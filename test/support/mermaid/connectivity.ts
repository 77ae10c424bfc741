import type { Connectivity, ConnectivityCell, NodeGroup, PathBlock } from '../../../src/model/connectivity.js';

/** A node group for hand-made connectivity: ids g1, g2 … in the order given. */
export function group(
  index: number,
  label: string,
  nodes: readonly string[],
  routeTables: readonly string[] = [],
): NodeGroup {
  return { id: `g${index}`, label, os: 'linux', nodes, routeTables };
}

export function block(
  ruleId: string,
  from: readonly string[] | 'all',
  to: readonly string[] | 'all',
  ok: false | null = false,
  reason = `${ruleId} says so`,
): PathBlock {
  return { step: ok === false ? 'route-lookup' : 'firewall-ingress', ok, ruleId, from, to, reason };
}

/** Cells counted from the blocks the way the matrix counts them: a pair is dropped if a block drops either way. */
export function connectivity(groups: readonly NodeGroup[], blocks: readonly PathBlock[]): Connectivity {
  const all = groups.flatMap((each) => each.nodes);
  const side = (nodes: readonly string[] | 'all') => new Set(nodes === 'all' ? all : nodes);
  const sides = blocks.map((each) => ({ each, from: side(each.from), to: side(each.to) }));
  const verdict = (a: string, b: string) => {
    const hits = sides.filter(({ from, to }) => (from.has(a) && to.has(b)) || (from.has(b) && to.has(a)));
    const state = hits.some(({ each }) => each.ok === false) ? 'dropped' : hits.length > 0 ? 'unknown' : 'delivered';
    return { state, rules: hits.map(({ each }) => each.ruleId) };
  };
  const cells: ConnectivityCell[] = [];
  for (const from of groups) {
    for (const to of groups) {
      const counts = { pairs: 0, delivered: 0, dropped: 0, unknown: 0 };
      const rules = new Set<string>();
      for (const a of from.nodes) {
        for (const b of to.nodes) {
          if (a === b) continue;
          const { state, rules: hit } = verdict(a, b);
          counts.pairs++;
          counts[state as 'delivered' | 'dropped' | 'unknown']++;
          hit.forEach((rule) => rules.add(rule));
        }
      }
      cells.push({ from: from.id, to: to.id, ...counts, rules: [...rules] });
    }
  }
  const totals = cells.reduce(
    (sum, cell) => ({
      pairs: sum.pairs + cell.pairs,
      delivered: sum.delivered + cell.delivered,
      dropped: sum.dropped + cell.dropped,
      unknown: sum.unknown + cell.unknown,
    }),
    { pairs: 0, delivered: 0, dropped: 0, unknown: 0 },
  );
  return { groups, cells, totals, blocks };
}
