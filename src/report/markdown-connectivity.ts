import type { ConnectivityCell } from '../model/connectivity.js';
import {
  cellWords,
  connectivityRows,
  connectivityTotals,
  GRID_MAX_GROUPS,
  outsideLine,
  type ConnectivityRow,
} from './connectivity-rows.js';
import { code, codeList } from './markdown-escape.js';
import type { NotShown } from './not-shown.js';
import type { Report } from './types.js';

const NONE = '—';

function counted(count: number, to: readonly string[]): string {
  return count === 0 ? '0' : `${count} → ${to.join(', ')}`;
}

function icon(counts: { dropped: number; unknown: number }): string {
  return counts.dropped > 0 ? '❌' : counts.unknown > 0 ? '❔' : '✅';
}

function gridCell(cell: ConnectivityCell | undefined): string {
  return cell === undefined || cell.pairs === 0 ? NONE : `${icon(cell)} ${cellWords(cell)}`;
}

/** A row of the groups × groups grid: the group, its nodes, a cell per destination group, the row's rules. */
function gridRow(row: ConnectivityRow, groupIds: readonly string[]): string {
  const cells = [
    `${icon(row)} ${row.group.id} ${code(row.group.label)}`,
    String(row.group.nodes.length),
    ...groupIds.map((id) => gridCell(row.cells.get(id))),
    codeList(row.rules, NONE),
  ];
  return `| ${cells.join(' | ')} |`;
}

function row({ group, delivered, dropped, unknown, droppedTo, unknownTo, rules }: ConnectivityRow): string {
  const cells = [
    `${icon({ dropped, unknown })} ${group.id} ${code(group.label)}`,
    String(group.nodes.length),
    String(delivered),
    counted(dropped, droppedTo),
    counted(unknown, unknownTo),
    codeList(rules, NONE),
  ];
  return `| ${cells.join(' | ')} |`;
}

/** The first n rows of the connectivity table, each rendered once: the size-limited report renders many times. */
export function connectivityTableRows(report: Report): (n: number) => string[] {
  const rows = report.connectivity ? connectivityRows(report.connectivity) : [];
  const ids = rows.map((each) => each.group.id);
  const render = ids.length <= GRID_MAX_GROUPS ? (each: ConnectivityRow) => gridRow(each, ids) : row;
  const rendered: string[] = [];
  return (n) => {
    for (let i = rendered.length; i < Math.min(n, rows.length); i++) rendered.push(render(rows[i]!));
    return rendered.slice(0, n);
  };
}

/** The grid's header (source groups down, destination groups across), or the folded rows' past GRID_MAX_GROUPS. */
function header(ids: readonly string[]): string[] {
  if (ids.length > GRID_MAX_GROUPS)
    return ['| Group | Nodes | Delivered | Dropped | Unknown | Rules |', '| --- | ---: | ---: | --- | --- | --- |'];
  return [`| From ↓ to → | Nodes | ${ids.join(' | ')} | Rules |`, `| --- | ---: |${' --- |'.repeat(ids.length)} --- |`];
}

/**
 * The matrix, one row per group: its ordered node pairs towards every group delivered, dropped (towards which
 * groups) or unknown, and the rules that explain them. Cut by whole rows when it must shrink.
 */
export function connectivityBlock(
  report: Report,
  rows: (n: number) => string[],
  shown: number,
  notShown: NotShown,
): string[] {
  const { connectivity } = report;
  if (!connectivity) return [];
  const outside = outsideLine(connectivity);
  const lines = [
    '### Connectivity',
    '',
    `Pod traffic between node groups (both ways): ${connectivityTotals(connectivity)}.${outside ? ` ${outside}.` : ''}`,
    '',
    ...header(connectivity.groups.map((group) => group.id)),
    ...rows(shown),
  ];
  const hidden = connectivity.groups.length - shown;
  if (hidden > 0) lines.push('', notShown(hidden, 'group'));
  return [lines.join('\n')];
}
