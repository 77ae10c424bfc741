import { code } from './markdown-escape.js';

/** One cluster's JSON report, as far as the fleet table needs it. */
export interface FleetEntry {
  readonly file: string;
  readonly cluster?: string;
  readonly provider: string;
  readonly summary: {
    readonly nodes: number;
    readonly errors: number;
    readonly warnings: number;
    readonly notes: number;
    readonly passed: boolean;
    readonly byRule: Readonly<Record<string, number>>;
  };
}

/** The reports are files from the fork like any other input: a count that is not a number is shown as "?". */
function count(value: unknown): string {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : '?';
}

function topRules(byRule: unknown): string {
  if (typeof byRule !== 'object' || byRule === null) return '';
  const number = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);
  return Object.entries(byRule)
    .sort((a, b) => number(b[1]) - number(a[1]) || a[0].localeCompare(b[0]))
    .slice(0, 3)
    .map(([rule, n]) => `${code(rule)} ${count(n)}`)
    .join(', ');
}

/** The fleet view of a matrix workflow: one row per cluster report, failing clusters first. */
export function renderFleetMarkdown(entries: readonly FleetEntry[]): string {
  const failed = entries.filter((entry) => entry.summary.passed !== true).length;
  const rows = [...entries]
    .sort(
      (a, b) =>
        Number(a.summary.passed === true) - Number(b.summary.passed === true) ||
        (a.cluster ?? a.file).localeCompare(b.cluster ?? b.file),
    )
    .map((entry) => {
      const { summary } = entry;
      return `| ${code(entry.cluster ?? entry.file)} | ${code(entry.provider)} | ${count(summary.nodes)} | ${count(summary.errors)} | ${count(summary.warnings)} | ${count(summary.notes)} | ${summary.passed === true ? '✅ passed' : '❌ failed'} | ${topRules(summary.byRule)} |`;
    });
  return [
    `## ${failed === 0 ? '✅' : '❌'} hostgw-preflight fleet: ${failed} of ${entries.length} clusters failing`,
    '',
    '| Cluster | Provider | Nodes | Errors | Warnings | Notes | Result | Top rules |',
    '| --- | --- | ---: | ---: | ---: | ---: | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
