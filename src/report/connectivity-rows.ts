import type { Connectivity, ConnectivityCell, NodeGroup, OutsideNode } from '../model/connectivity.js';
import { plural } from './plural.js';

/** One row of the matrix as the text and markdown reports show it: a group's pairs towards every group. */
export interface ConnectivityRow {
  readonly group: NodeGroup;
  readonly delivered: number;
  readonly dropped: number;
  readonly unknown: number;
  /** The ids of the groups some of its pairs are dropped towards, then those left unknown. */
  readonly droppedTo: readonly string[];
  readonly unknownTo: readonly string[];
  /** The rules of the row's cells, the cells in group order, each cell's rules most pairs first. */
  readonly rules: readonly string[];
  /** The row's cells by destination group id. */
  readonly cells: ReadonlyMap<string, ConnectivityCell>;
}

/** Up to this many groups the reports draw the whole groups × groups grid; beyond, one folded row per group. */
export const GRID_MAX_GROUPS = 8;

/** A cell in a few words: "all 12 delivered", "10 of 12 dropped", "8 of 8 dropped, 2 unknown". */
export function cellWords(cell: ConnectivityCell | undefined): string {
  if (cell === undefined || cell.pairs === 0) return 'no pairs';
  if (cell.delivered === cell.pairs) return `all ${cell.pairs} delivered`;
  const parts: string[] = [];
  if (cell.dropped > 0) parts.push(`${cell.dropped} of ${cell.pairs} dropped`);
  if (cell.unknown > 0)
    parts.push(parts.length ? `${cell.unknown} unknown` : `${cell.unknown} of ${cell.pairs} unknown`);
  return parts.join(', ');
}

/** The rows, in group order: each from-group with its cells folded together (a sparse groups × groups matrix). */
export function connectivityRows(connectivity: Connectivity): ConnectivityRow[] {
  const cellsFrom = new Map<string, ConnectivityCell[]>();
  for (const cell of connectivity.cells) {
    const cells = cellsFrom.get(cell.from);
    if (cells) cells.push(cell);
    else cellsFrom.set(cell.from, [cell]);
  }
  return connectivity.groups.map((group) => {
    const cells = cellsFrom.get(group.id) ?? [];
    const sum = (field: 'delivered' | 'dropped' | 'unknown') => cells.reduce((total, cell) => total + cell[field], 0);
    return {
      group,
      delivered: sum('delivered'),
      dropped: sum('dropped'),
      unknown: sum('unknown'),
      droppedTo: cells.filter((cell) => cell.dropped > 0).map((cell) => cell.to),
      unknownTo: cells.filter((cell) => cell.unknown > 0).map((cell) => cell.to),
      rules: [...new Set(cells.flatMap((cell) => cell.rules))],
      cells: new Map(cells.map((cell) => [cell.to, cell])),
    };
  });
}

/** "24 delivered, 6 dropped, 0 unknown of 30 node pairs in 3 groups". */
export function connectivityTotals(connectivity: Connectivity): string {
  const { totals, groups } = connectivity;
  return `${totals.delivered} delivered, ${totals.dropped} dropped, ${totals.unknown} unknown of ${plural(totals.pairs, 'node pair')} in ${plural(groups.length, 'group')}`;
}

const OUTSIDE_REASON: Record<OutsideNode['reason'], string> = {
  planned: 'planned',
  'no-pod-cidr': 'without a pod CIDR',
};

/** "2 nodes in no group (1 planned, 1 without a pod CIDR)", or undefined when every node is in a group. */
export function outsideLine(connectivity: Connectivity): string | undefined {
  const outside = connectivity.outside ?? [];
  if (outside.length === 0) return undefined;
  const counts = (Object.keys(OUTSIDE_REASON) as OutsideNode['reason'][])
    .map((reason) => [reason, outside.filter((entry) => entry.reason === reason).length] as const)
    .filter(([, count]) => count > 0)
    .map(([reason, count]) => `${count} ${OUTSIDE_REASON[reason]}`);
  return `${plural(outside.length, 'node')} in no group (${counts.join(', ')})`;
}
