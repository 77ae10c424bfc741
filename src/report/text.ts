import { plural } from './plural.js';
import { SEVERITIES } from '../model/finding.js';
import { acceptanceLine, changeCounts } from './gate.js';
import { beforeAfter, scopeNote, subject } from './plan.js';
import {
  cellWords,
  connectivityRows,
  connectivityTotals,
  GRID_MAX_GROUPS,
  outsideLine,
  type ConnectivityRow,
} from './connectivity-rows.js';
import type { Finding, Location, Severity } from '../model/finding.js';
import type { Renderer, Report, Summary } from './types.js';

type Paint = (text: string) => string;

interface Style {
  readonly bold: Paint;
  readonly dim: Paint;
  readonly red: Paint;
  readonly yellow: Paint;
  readonly cyan: Paint;
  readonly green: Paint;
}

const CLUSTER_GROUP = 'Cluster';
const LABEL_WIDTH = 'warning'.length;
const DETAIL_INDENT = ' '.repeat(2 + LABEL_WIDTH + 2);
/** Groups shown in the connectivity section; the JSON report has every one. */
export const TEXT_CONNECTIVITY_ROWS = 30;
// Created on first use: building a collator is start-up work that runs without a text report need not do.
let numericCollator: Intl.Collator | undefined;
function collator(): Intl.Collator {
  return (numericCollator ??= new Intl.Collator('en', { numeric: true }));
}

function makeStyle(color: boolean): Style {
  // Specific resets (22 for intensity, 39 for foreground) so that styles can nest.
  const paint =
    (open: number, close: number): Paint =>
    (text) =>
      color ? `\u001b[${open}m${text}\u001b[${close}m` : text;
  return {
    bold: paint(1, 22),
    dim: paint(2, 22),
    red: paint(31, 39),
    yellow: paint(33, 39),
    cyan: paint(36, 39),
    green: paint(32, 39),
  };
}

/** Terminal controls from inputs would move the cursor or recolour the screen: shown escaped. */
const TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/** Bidi marks and invisible characters would make a name read as something else: shown escaped too. */
const INVISIBLE = /[\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Texts keep their line breaks (a remediation may have several lines); nothing else that hides or moves text. */
function clean(text: string): string {
  return text
    .replace(TERMINAL_CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
    .replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A name stays on its line: a line break in it could otherwise forge a heading or a verdict. */
export function oneLineName(text: string): string {
  return clean(text).replace(/\n/g, '\\n').replace(/\t/g, '\\t');
}

function compareOptional(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return collator().compare(a, b);
}

export function compareSeverity(a: Severity, b: Severity): number {
  return SEVERITIES.indexOf(a) - SEVERITIES.indexOf(b);
}

/** Severity, then rule, then node (cluster-wide last), resource and message: a total, stable order. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareSeverity(a.severity, b.severity) ||
    collator().compare(a.ruleId, b.ruleId) ||
    compareOptional(a.node, b.node) ||
    compareOptional(a.resource, b.resource) ||
    collator().compare(a.message, b.message)
  );
}

export function totalFindings(summary: Summary): number {
  return summary.errors + summary.warnings + summary.notes;
}

/** "3 errors, 1 warning" with zero counts left out, or "no findings". */
export function formatCounts(summary: Summary): string {
  const parts = [
    [summary.errors, 'error'],
    [summary.warnings, 'warning'],
    [summary.notes, 'note'],
  ] as const;
  const text = parts.filter(([count]) => count > 0).map(([count, word]) => plural(count, word));
  return text.length > 0 ? text.join(', ') : 'no findings';
}

export function formatLocation(location: Location): string {
  const line = location.line === undefined ? '' : `:${location.line}`;
  const column = location.line !== undefined && location.column !== undefined ? `:${location.column}` : '';
  return `${location.file}${line}${column}`;
}

function severityLabel(severity: Severity, style: Style): string {
  const paint = { error: style.red, warning: style.yellow, note: style.cyan }[severity];
  return style.bold(paint(severity.padEnd(LABEL_WIDTH)));
}

function header(report: Report, style: Style): string[] {
  const reason = report.providerReason ? ` ${style.dim(`(${clean(report.providerReason)})`)}` : '';
  const cidrs = report.clusterCidrs.length > 0 ? report.clusterCidrs.map(clean).join(', ') : style.dim('none found');
  const fields: [string, string][] = [
    ['provider', `${report.provider}${reason}`],
    ['cluster CIDRs', cidrs],
    ['nodes', String(report.summary.nodes)],
    ['sources', String(report.sources.length)],
  ];
  const width = Math.max(...fields.map(([name]) => name.length)) + 2;
  return [
    style.bold(`${report.tool.name} ${report.tool.version}`),
    ...fields.map(([name, value]) => `${style.dim(name.padEnd(width))}${value}`),
    ...sourceLines(report, style),
  ];
}

function sourceLines(report: Report, style: Style): string[] {
  const files = report.sources.map((source) => clean(source.file));
  const formats = report.sources.map((source) => clean(source.format));
  const fileWidth = Math.max(0, ...files.map((file) => file.length));
  const formatWidth = Math.max(0, ...formats.map((format) => format.length));
  return report.sources.map(
    (source, i) =>
      `  ${files[i]!.padEnd(fileWidth)}  ${formats[i]!.padEnd(formatWidth)}  ${style.dim(plural(source.items, 'item'))}`,
  );
}

function groupByNode(findings: readonly Finding[]): [string | undefined, Finding[]][] {
  const groups = new Map<string | undefined, Finding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.node) ?? [];
    group.push(finding);
    groups.set(finding.node, group);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => compareOptional(a, b))
    .map(([node, group]) => [node, group.sort(compareFindings)]);
}

function indented(text: string, prefix = ''): string[] {
  return clean(text)
    .split(/\r?\n/)
    .map((line, i) => `${DETAIL_INDENT}${i === 0 ? prefix : ' '.repeat(prefix.length)}${line}`);
}

function findingLines(finding: Finding, style: Style): string[] {
  const [first = '', ...rest] = clean(finding.message).split(/\r?\n/);
  const lines = [
    `  ${severityLabel(finding.severity, style)}  ${style.bold(finding.ruleId)}${finding.baselined ? style.dim(' (baseline)') : ''}  ${first}`,
    ...rest.map((line) => `${DETAIL_INDENT}${line}`),
  ];
  if (finding.resource !== undefined)
    lines.push(...indented(oneLineName(finding.resource), 'resource: ').map(style.dim));
  if (finding.location !== undefined) lines.push(...indented(formatLocation(finding.location), 'at ').map(style.dim));
  if (finding.remediation.text) lines.push(...indented(finding.remediation.text));
  if (finding.remediation.command !== undefined) lines.push(...indented(finding.remediation.command, '$ '));
  return lines;
}

function groupLines(node: string | undefined, findings: readonly Finding[], style: Style): string[] {
  const heading = style.bold(node === undefined ? CLUSTER_GROUP : oneLineName(node));
  return [heading, ...findings.flatMap((finding) => findingLines(finding, style))];
}

function verdictText(summary: Summary): string {
  const counts = formatCounts(summary);
  const notes = [
    summary.suppressed > 0 ? `${summary.suppressed} suppressed` : '',
    summary.baselined > 0 ? `${summary.baselined} in the baseline` : '',
    summary.belowThreshold > 0 ? `${summary.belowThreshold} below the reporting threshold` : '',
  ].filter(Boolean);
  const suppressed = notes.length > 0 ? ` (${notes.join(', ')})` : '';
  if (!summary.passed) return `✖ ${counts} (fail-on: ${summary.failOn}) — FAILED${suppressed}`;
  if (summary.failOn === 'never') return `✔ ${counts} (fail-on: never) — passed${suppressed}`;
  const below = totalFindings(summary) > 0 ? `; ${counts} below it` : '';
  return `✔ no findings at or above ${summary.failOn}${below} — passed${suppressed}`;
}

function verdict(summary: Summary, style: Style): string {
  const paint = summary.passed ? style.green : style.red;
  return style.bold(paint(verdictText(summary)));
}

function planLines(report: Report, style: Style): string[][] {
  const sections: string[][] = [];
  if (report.plan) {
    const steps = report.plan.flatMap((entry, i) => [
      `  ${i + 1}. ${style.bold(oneLineName(subject(entry)))}  ${entry.action}  ${style.dim(`[${scopeNote(entry)}]`)}`,
      ...indented(clean(entry.reason)).map(style.dim),
      // Only a command that was built (not withheld, not a manual instruction) is shown as one to run.
      ...indented(clean(entry.cli), entry.scope !== 'manual' && entry.command !== undefined ? '$ ' : ''),
    ]);
    sections.push([
      style.bold(`Fix plan (${report.plan.length} steps)`),
      ...(steps.length ? steps : ['  nothing to fix']),
    ]);
  }
  if (report.fixResults) {
    const mark = {
      applied: style.green('✔ applied'),
      failed: style.red('✖ failed'),
      'did-not-take': style.red('✖ did not take'),
    };
    const lines = report.fixResults.map(
      (outcome) =>
        `  ${mark[outcome.status]}  ${oneLineName(subject(outcome))}  ${outcome.action}: ${clean(outcome.detail)}`,
    );
    if (report.before) lines.push(`  ${beforeAfter(report.before, report.summary)}`);
    sections.push([style.bold('Fixes applied'), ...(lines.length ? lines : ['  nothing applied'])]);
  }
  return sections;
}

/** Per destination group, within the grid size: "→ g1 all 2 delivered · g2 2 of 4 dropped". */
function gridCounts(row: ConnectivityRow, ids: readonly string[], style: Style): string[] {
  const cells = ids.flatMap((id) => {
    const cell = row.cells.get(id);
    if (cell === undefined || cell.pairs === 0) return [];
    const paint = cell.dropped > 0 ? style.red : cell.unknown > 0 ? style.yellow : style.green;
    return [paint(`${id} ${cellWords(cell)}`)];
  });
  return [`→ ${cells.join(' · ')}`];
}

function connectivityRowLines(row: ConnectivityRow, ids: readonly string[], style: Style): string[] {
  const { group } = row;
  const counts =
    ids.length <= GRID_MAX_GROUPS ? gridCounts(row, ids, style) : [style.green(`${row.delivered} delivered`)];
  if (ids.length > GRID_MAX_GROUPS && row.dropped > 0)
    counts.push(style.red(`${row.dropped} dropped → ${row.droppedTo.join(', ')}`));
  if (ids.length > GRID_MAX_GROUPS && row.unknown > 0)
    counts.push(style.yellow(`${row.unknown} unknown → ${row.unknownTo.join(', ')}`));
  const rules = row.rules.length > 0 ? style.dim(`  (${row.rules.join(', ')})`) : '';
  return [
    `  ${style.bold(group.id)}  ${oneLineName(group.label)}  ${style.dim(plural(group.nodes.length, 'node'))}`,
    `${' '.repeat(4 + group.id.length)}${counts.join(', ')}${rules}`,
  ];
}

/** The matrix one group a row (pairs both ways), cut by whole rows past TEXT_CONNECTIVITY_ROWS groups. */
function connectivityLines(report: Report, style: Style): string[][] {
  const { connectivity } = report;
  if (!connectivity) return [];
  const rows = connectivityRows(connectivity);
  const ids = connectivity.groups.map((group) => group.id);
  const outside = outsideLine(connectivity);
  const lines = [
    `${style.bold('Connectivity')}  ${connectivityTotals(connectivity)}`,
    ...(outside ? [style.dim(`  ${outside}`)] : []),
    ...rows.slice(0, TEXT_CONNECTIVITY_ROWS).flatMap((row) => connectivityRowLines(row, ids, style)),
  ];
  const hidden = rows.length - TEXT_CONNECTIVITY_ROWS;
  if (hidden > 0) lines.push(style.dim(`  …${plural(hidden, 'more group')} not shown; see the JSON report`));
  return [lines];
}

/** What the configuration and baseline let pass, above the verdict it shaped. */
function acceptedLines(report: Report, style: Style): string[] {
  const line = acceptanceLine(report.accepted, clean);
  return line === undefined ? [] : [style.yellow(`⚠ ${line}`)];
}

/** Compared with a base: what the change adds and fixes. */
function compareLines(report: Report): string[] {
  return report.compare ? [`This change ${changeCounts(report.compare)} (base: ${clean(report.compare.base)})`] : [];
}

export const renderText: Renderer = (report, options) => {
  const style = makeStyle(options.color);
  const sections = [
    header(report, style),
    ...groupByNode(report.findings).map(([node, findings]) => groupLines(node, findings, style)),
    ...connectivityLines(report, style),
    ...planLines(report, style),
    [...compareLines(report), ...acceptedLines(report, style), verdict(report.summary, style)],
  ];
  return `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
};
