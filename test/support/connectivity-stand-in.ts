import type { Connectivity, ConnectivityCell, NodeGroup, PathBlock } from '../../src/model/connectivity.js';
import type { Os } from '../../src/model/snapshot.js';
import type { Report } from '../../src/report/types.js';

/**
 * A rough Connectivity for a report whose engine computed none (built before the path checks and the matrix land):
 * nodes grouped by subnet and OS, and per-node findings read as blocks (forwarding towards every node, routes to
 * the node from every node). Tests and scripts/render-diagrams.mjs use `report.connectivity` whenever it is there.
 */
export function connectivityOf(report: Report): Connectivity | undefined {
  if (report.connectivity !== undefined) return report.connectivity;
  if (report.nodes.length < 2) return undefined;
  return standIn(report);
}

const TOWARDS_ALL = new Set(['forwarding-disabled', 'subnet-mismatch']);
const FROM_ALL = new Set(['route-missing', 'route-wrong-next-hop', 'route-not-applied', 'route-shadowed']);

function blocksOf(report: Report): PathBlock[] {
  const blocks: PathBlock[] = [];
  for (const finding of report.findings) {
    if (finding.node === undefined) continue;
    const ok: false | null = finding.ruleId === 'check-incomplete' ? null : false;
    const base = { step: 'route-lookup' as const, ok, ruleId: finding.ruleId, reason: finding.message };
    if (TOWARDS_ALL.has(finding.ruleId))
      blocks.push({ ...base, step: 'source-forwarding', from: [finding.node], to: 'all' });
    else if (FROM_ALL.has(finding.ruleId)) {
      const others = report.nodes.map((node) => node.name).filter((name) => name !== finding.node);
      blocks.push({ ...base, from: others, to: [finding.node] });
    }
  }
  return blocks;
}

function groupsOf(report: Report): NodeGroup[] {
  const byKey = new Map<string, { segment?: string; os: string; nodes: string[] }>();
  for (const node of report.nodes) {
    const key = `${node.subnet ?? ''}\u0000${node.os}`;
    const group = byKey.get(key) ?? {
      ...(node.subnet !== undefined && { segment: node.subnet }),
      os: node.os,
      nodes: [],
    };
    group.nodes.push(node.name);
    byKey.set(key, group);
  }
  return [...byKey.values()].map((group, index) => ({
    id: `g${index + 1}`,
    label: `${group.segment ?? 'unknown segment'}, ${group.os}`,
    ...(group.segment !== undefined && { segment: group.segment }),
    os: group.os as Os,
    nodes: group.nodes,
    routeTables: [],
  }));
}

function standIn(report: Report): Connectivity {
  const groups = groupsOf(report);
  const blocks = blocksOf(report);
  const broken = new Set(
    blocks.flatMap((block) => [...(block.from === 'all' ? [] : block.from), ...(block.to === 'all' ? [] : block.to)]),
  );
  const cells: ConnectivityCell[] = groups.flatMap((from) =>
    groups.map((to) => {
      const pairs = from.nodes.length * to.nodes.length - (from === to ? from.nodes.length : 0);
      const dropped = from.nodes.concat(to.nodes).some((node) => broken.has(node)) ? pairs : 0;
      const rules = dropped > 0 ? [...new Set(blocks.map((block) => block.ruleId))] : [];
      return { from: from.id, to: to.id, pairs, delivered: pairs - dropped, dropped, unknown: 0, rules };
    }),
  );
  const totals = cells.reduce(
    (sum, cell) => ({
      pairs: sum.pairs + cell.pairs,
      delivered: sum.delivered + cell.delivered,
      dropped: sum.dropped + cell.dropped,
      unknown: 0,
    }),
    { pairs: 0, delivered: 0, dropped: 0, unknown: 0 },
  );
  return { groups, cells, totals, blocks };
}
