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

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function topRules(byRule: Readonly<Record<string, number>>): string {
  return Object.entries(byRule)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 3)
    .map(([rule, count]) => `\`${rule}\` ${count}`)
    .join(', ');
}

/** The fleet view of a matrix workflow: one row per cluster report, failing clusters first. */
export function renderFleetMarkdown(entries: readonly FleetEntry[]): string {
  const failed = entries.filter((entry) => !entry.summary.passed).length;
  const rows = [...entries]
    .sort((a, b) => Number(a.summary.passed) - Number(b.summary.passed) || (a.cluster ?? a.file).localeCompare(b.cluster ?? b.file))
    .map((entry) => {
      const { summary } = entry;
      return `| ${cell(entry.cluster ?? entry.file)} | ${cell(entry.provider)} | ${summary.nodes} | ${summary.errors} | ${summary.warnings} | ${summary.notes} | ${summary.passed ? '✅ passed' : '❌ failed'} | ${topRules(summary.byRule)} |`;
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
