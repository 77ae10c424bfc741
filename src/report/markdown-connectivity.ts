import { connectivityRows, connectivityTotals, outsideLine, type ConnectivityRow } from './connectivity-rows.js';
import { code, codeList } from './markdown-escape.js';
import type { NotShown } from './not-shown.js';
import type { Report } from './types.js';

const NONE = '—';

function counted(count: number, to: readonly string[]): string {
  return count === 0 ? '0' : `${count} → ${to.join(', ')}`;
}

function row({ group, delivered, dropped, unknown, droppedTo, unknownTo, rules }: ConnectivityRow): string {
  const icon = dropped > 0 ? '❌' : unknown > 0 ? '❔' : '✅';
  const cells = [
    `${icon} ${group.id} ${code(group.label)}`,
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
  const rendered: string[] = [];
  return (n) => {
    for (let i = rendered.length; i < Math.min(n, rows.length); i++) rendered.push(row(rows[i]!));
    return rendered.slice(0, n);
  };
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
    '| Group | Nodes | Delivered | Dropped | Unknown | Rules |',
    '| --- | ---: | ---: | --- | --- | --- |',
    ...rows(shown),
  ];
  const hidden = connectivity.groups.length - shown;
  if (hidden > 0) lines.push('', notShown(hidden, 'group'));
  return [lines.join('\n')];
}
