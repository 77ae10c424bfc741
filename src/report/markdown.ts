import { plural } from './plural.js';
import { planBlocks, planRows, type PlanRows } from './markdown-plan.js';
import { connectivityBlock, connectivityTableRows } from './markdown-connectivity.js';
import { notShownIn, type NotShown } from './not-shown.js';
import { acceptanceLine, changeCounts } from './gate.js';
import { code, codeBlock, codeList, html, plain, prose } from './markdown-escape.js';
import { connectivityDiagram } from './mermaid.js';
import type { RuleMeta } from '../rules/types.js';
import type { Finding, Severity } from '../model/finding.js';
import { helpUri } from './sarif.js';
import { compareFindings, formatCounts, formatLocation, totalFindings } from './text.js';
import type { NodeStatus, RenderOptions, Renderer, Report, Summary } from './types.js';

interface RuleGroup {
  readonly id: string;
  readonly rule: RuleMeta | undefined;
  readonly findings: readonly Finding[];
  /** The first n findings rendered, each once: the size-limited report renders the document many times over. */
  readonly items: (n: number) => string[];
}

/**
 * How much of the variable-length content to show: the first `findings` detail items, and the first rows of the
 * node, fix plan and fix result tables. Everything else is whole: a cut is always between rows.
 */
interface Budget {
  readonly findings: number;
  readonly nodes: number;
  readonly connectivity: number;
  readonly plan: number;
  readonly results: number;
  /** 1: the connectivity diagram is drawn; 0: a line says it did not fit. */
  readonly diagram: number;
}

/**
 * What goes first when the document must shrink: the diagram (whole or not at all, and up to 50,000 characters),
 * then finding details, then node rows, then connectivity rows, then fix results, then the plan.
 */
const CUT_ORDER: readonly (keyof Budget)[] = ['diagram', 'findings', 'nodes', 'connectivity', 'results', 'plan'];

const NONE = '—';

function tableRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function list(values: readonly string[]): string {
  return codeList(values, NONE);
}

function bold(count: number): string {
  return `**${count}**`;
}

function memoised<T>(values: readonly T[], render: (value: T) => string): (n: number) => string[] {
  const rendered: string[] = [];
  return (n) => {
    for (let i = rendered.length; i < Math.min(n, values.length); i++) rendered.push(render(values[i]!));
    return rendered.slice(0, n);
  };
}

/** Findings grouped by rule; groups come out ordered by their most severe finding, then rule id. */
function ruleGroups(report: Report): RuleGroup[] {
  const rules = new Map(report.rules.map((rule) => [rule.id, rule]));
  const groups = new Map<string, Finding[]>();
  // Sorting first makes Map insertion order the group order.
  for (const finding of [...report.findings].sort(compareFindings)) {
    const group = groups.get(finding.ruleId) ?? [];
    group.push(finding);
    groups.set(finding.ruleId, group);
  }
  return [...groups].map(([id, findings]) => ({
    id,
    rule: rules.get(id),
    findings,
    items: memoised(findings, findingItem),
  }));
}

function verdictHeading(report: Report): string {
  const { summary } = report;
  const name = `${report.tool.name}${report.cluster !== undefined ? ` (${code(report.cluster)})` : ''}`;
  if (!summary.passed) return `## ❌ ${name}: failed`;
  if (totalFindings(summary) > 0) return `## ⚠️ ${name}: passed with ${formatCounts(summary)}`;
  return `## ✅ ${name}: passed`;
}

function countsLine(summary: Summary): string {
  const counts = [
    plural(summary.errors, 'error', bold),
    plural(summary.warnings, 'warning', bold),
    plural(summary.notes, 'note', bold),
    `${summary.suppressed} suppressed`,
    ...(summary.baselined > 0 ? [`${summary.baselined} in the baseline`] : []),
    `fail-on: ${summary.failOn}`,
  ];
  return counts.join(' · ');
}

function contextLine(report: Report): string {
  const reason = report.providerReason ? ` (${prose(report.providerReason)})` : '';
  return [
    `Provider: **${report.provider}**${reason}`,
    `Cluster CIDRs: ${list(report.clusterCidrs)}`,
    `Nodes: ${report.summary.nodes}`,
    `Sources: ${report.sources.length}`,
    `${plain(report.tool.name)} ${plain(report.tool.version)}`,
  ].join(' · ');
}

function severities(findings: readonly Finding[]): string {
  return [...new Set<Severity>(findings.map((finding) => finding.severity))].join(', ');
}

function ruleTable(report: Report, groups: readonly RuleGroup[]): string {
  const rows = groups.map(({ id, rule, findings }) =>
    tableRow([
      rule === undefined ? code(id) : `[${code(id)}](${helpUri(report, rule)})`,
      rule === undefined ? NONE : plain(rule.title),
      severities(findings),
      String(findings.length),
    ]),
  );
  return [
    '### Rules',
    '',
    tableRow(['Rule', 'Title', 'Severity', 'Count']),
    '| --- | --- | --- | ---: |',
    ...rows,
  ].join('\n');
}

function nodeRow(node: NodeStatus, provider: string): string {
  return tableRow([
    code(node.name),
    code(node.os),
    plain(provider),
    list(node.internalIps),
    list(node.podCidrs),
    plain(node.forwarding),
    node.subnet === undefined ? NONE : code(node.subnet),
    plain(node.routes),
    String(node.findings),
  ]);
}

/** The first n node rows, each rendered once. */
function nodeRows(report: Report): (n: number) => string[] {
  return memoised(report.nodes, (node) => nodeRow(node, report.provider));
}

function nodeTable(rows: (n: number) => string[], total: number, shown: number, notShown: NotShown): string {
  const header = tableRow(['Node', 'OS', 'Provider', 'IPs', 'Pod CIDRs', 'Forwarding', 'Subnet', 'Routes', 'Findings']);
  const lines = ['### Nodes', '', header, `|${' --- |'.repeat(8)} ---: |`, ...rows(shown)];
  const hidden = total - shown;
  if (hidden > 0) lines.push('', notShown(hidden, 'node'));
  return lines.join('\n');
}

function findingItem(finding: Finding): string {
  const subject = [finding.node === undefined ? 'cluster' : `**${code(finding.node)}**`];
  if (finding.baselined) subject.push('_baseline_');
  if (finding.change === 'new') subject.push('_new_');
  if (finding.resource !== undefined) subject.push(code(finding.resource));
  const where = finding.location === undefined ? '' : ` (${code(formatLocation(finding.location))})`;
  const lines = [`- ${subject.join(' · ')}: ${prose(finding.message)}${where}`];
  if (finding.remediation.text) lines.push('', `  ${prose(finding.remediation.text)}`);
  if (finding.remediation.command !== undefined) lines.push('', ...codeBlock(finding.remediation.command, 'sh', '  '));
  return lines.join('\n');
}

function detailsBlock(group: RuleGroup, shown: readonly string[]): string {
  const title = group.rule === undefined ? '' : ` — ${html(group.rule.title)}`;
  return [
    '<details>',
    `<summary><code>${html(group.id)}</code>${title} (${group.findings.length})</summary>`,
    '',
    shown.join('\n\n'),
    '',
    '</details>',
  ].join('\n');
}

function detailBlocks(groups: readonly RuleGroup[], budget: number): string[] {
  const blocks: string[] = [];
  let remaining = budget;
  for (const group of groups) {
    const shown = group.items(remaining);
    if (shown.length === 0) break;
    blocks.push(detailsBlock(group, shown));
    remaining -= shown.length;
  }
  return blocks;
}

interface Parts {
  readonly groups: readonly RuleGroup[];
  readonly nodeRows: (n: number) => string[];
  readonly connectivityRows: (n: number) => string[];
  readonly plan: PlanRows;
  readonly notShown: NotShown;
  readonly diagram: string | undefined;
  readonly fullReport: string | undefined;
}

function parts(report: Report, fullReport: string | undefined): Parts {
  return {
    groups: ruleGroups(report),
    nodeRows: nodeRows(report),
    connectivityRows: connectivityTableRows(report),
    plan: planRows(report),
    notShown: notShownIn(fullReport),
    diagram: connectivityDiagram(report),
    fullReport,
  };
}

function diagramBlock({ diagram, fullReport }: Parts, budget: Budget): string | undefined {
  if (diagram === undefined) return undefined;
  if (budget.diagram > 0) return `### Connectivity diagram\n\n${diagram}`;
  const where = fullReport
    ? `the [full report](${fullReport}) has it`
    : 'the markdown report (--format markdown) has it';
  return `### Connectivity diagram\n\n_The connectivity diagram does not fit in this size limit; ${where}._`;
}

function document(report: Report, pieces: Parts, budget: Budget): string {
  const { groups, nodeRows, plan, notShown } = pieces;
  const blocks = [verdictHeading(report)];
  if (report.compare) blocks.push(`**This PR ${changeCounts(report.compare)}** (base: ${code(report.compare.base)})`);
  blocks.push(`${countsLine(report.summary)}  \n${contextLine(report)}`);
  const accepted = acceptanceLine(report.accepted, code);
  if (accepted !== undefined) blocks.push(`⚠️ ${accepted}`);
  if (groups.length > 0) blocks.push(ruleTable(report, groups));
  const diagram = diagramBlock(pieces, budget);
  if (diagram !== undefined) blocks.push(diagram);
  if (report.nodes.length > 0) blocks.push(nodeTable(nodeRows, report.nodes.length, budget.nodes, notShown));
  blocks.push(...connectivityBlock(report, pieces.connectivityRows, budget.connectivity, notShown));
  const details = detailBlocks(groups, budget.findings);
  if (details.length > 0) blocks.push('### Findings', ...details);
  const hidden = report.findings.length - budget.findings;
  if (hidden > 0) blocks.push(notShown(hidden, 'finding'));
  blocks.push(...planBlocks(report, plan, budget, notShown));
  return `${blocks.join('\n\n')}\n`;
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Largest n in [0, upper] for which fits(n) holds, assuming fits(0) does and fits is monotonic. */
function largest(upper: number, fits: (n: number) => boolean): number {
  let low = 0;
  let high = upper;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Whole lines only: a cut inside a line could leave a code span open and let the rest of a name render. */
function truncateUtf8(text: string, maxBytes: number): string {
  let bytes = 0;
  let out = '';
  for (const line of text.split(/(?<=\n)/)) {
    bytes += byteLength(line);
    if (bytes > maxBytes) break;
    out += line;
  }
  return out;
}

function whole(report: Report): Budget {
  return {
    findings: report.findings.length,
    nodes: report.nodes.length,
    connectivity: report.connectivity?.groups.length ?? 0,
    plan: report.plan?.length ?? 0,
    results: report.fixResults?.length ?? 0,
    diagram: 1,
  };
}

export const renderMarkdown: Renderer = (report) => document(report, parts(report, undefined), whole(report));

/**
 * The markdown report in at most maxBytes of UTF-8 (GitHub caps job summaries and comments). Content is cut in
 * CUT_ORDER, by whole items and rows, each cut saying how many are not shown and where they are; the verdict and
 * the rule table stay. Only a limit too small even for those cuts the document itself, between lines.
 */
export function renderMarkdownLimited(
  report: Report,
  _options: RenderOptions,
  maxBytes: number,
  fullReport?: string,
): string {
  const pieces = parts(report, fullReport);
  const render = (budget: Budget): string => document(report, pieces, budget);
  const fits = (budget: Budget): boolean => byteLength(render(budget)) <= maxBytes;
  let budget = whole(report);
  if (fits(budget)) return render(budget);
  for (const key of CUT_ORDER) {
    const without = { ...budget, [key]: 0 };
    if (fits(without)) {
      const upper = budget[key];
      return render({ ...budget, [key]: largest(upper, (n) => fits({ ...budget, [key]: n })) });
    }
    budget = without;
  }
  return truncateUtf8(render(budget), maxBytes);
}
