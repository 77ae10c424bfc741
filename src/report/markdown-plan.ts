import type { PlanEntry } from '../model/fix-spec.js';
import { code, commandCell, prose } from './markdown-escape.js';
import type { NotShown } from './not-shown.js';
import { beforeAfter, scopeNote } from './plan.js';
import type { FixOutcome, Report } from './types.js';

/** The plan's and the fix results' table rows, each rendered once: the size-limited report renders many times. */
export interface PlanRows {
  readonly plan: (n: number) => string[];
  readonly results: (n: number) => string[];
}

function subjectCell(entry: PlanEntry | FixOutcome): string {
  const name = entry.node ?? entry.resource;
  return name === undefined ? 'cluster' : code(name);
}

const ICON = { applied: '✅', failed: '❌', 'did-not-take': '❌' };

function rowsOf<T>(values: readonly T[], render: (value: T, index: number) => string): (n: number) => string[] {
  const rendered: string[] = [];
  return (n) => {
    for (let i = rendered.length; i < Math.min(n, values.length); i++) rendered.push(render(values[i]!, i));
    return rendered.slice(0, n);
  };
}

export function planRows(report: Report): PlanRows {
  return {
    plan: rowsOf(
      report.plan ?? [],
      (entry, i) =>
        `| ${i + 1} | ${subjectCell(entry)} | ${code(entry.action)} | ${scopeNote(entry)} | ${commandCell(entry.cli)} |`,
    ),
    results: rowsOf(
      report.fixResults ?? [],
      (outcome) =>
        `| ${ICON[outcome.status]} ${outcome.status} | ${subjectCell(outcome)} | ${code(outcome.action)} | ${prose(outcome.detail)} |`,
    ),
  };
}

function table(header: string, rows: readonly string[], total: number, empty: string, more: () => string): string {
  if (total === 0) return empty;
  const lines = [header, ...rows];
  return rows.length < total ? `${lines.join('\n')}\n\n${more()}` : lines.join('\n');
}

/** The fix plan and fix result tables, each cut to its budget of whole rows. */
export function planBlocks(
  report: Report,
  rows: PlanRows,
  budget: { readonly plan: number; readonly results: number },
  notShown: NotShown,
): string[] {
  const blocks: string[] = [];
  if (report.plan) {
    const total = report.plan.length;
    const header = '| # | Node / resource | Action | Scope | Command |\n| ---: | --- | --- | --- | --- |';
    const shown = rows.plan(budget.plan);
    blocks.push(
      '### Fix plan',
      table(header, shown, total, 'Nothing to fix.', () => notShown(total - shown.length, 'step')),
    );
  }
  if (report.fixResults) {
    const total = report.fixResults.length;
    const header = '| Result | Node / resource | Action | Detail |\n| --- | --- | --- | --- |';
    const shown = rows.results(budget.results);
    blocks.push(
      '### Fixes applied',
      table(header, shown, total, 'Nothing applied.', () => notShown(total - shown.length, 'fix result')),
    );
    if (report.before) blocks.push(beforeAfter(report.before, report.summary));
  }
  return blocks;
}
