import type { Hop, HopState, Trace } from '../model/connectivity.js';
import { neutraliseWorkflowCommands } from '../io/workflow-commands.js';
import { redact, redactValue } from '../model/secrets.js';
import { code, commandCell, prose } from './markdown-escape.js';
import { oneLineName } from './text.js';

/** The formats explain writes. */
export const TRACE_FORMATS = ['text', 'json', 'markdown'] as const;
export type TraceFormat = (typeof TRACE_FORMATS)[number];

const MARK: Record<string, string> = { true: '✓', false: '✗', null: '?' };

function mark(ok: HopState): string {
  return MARK[String(ok)]!;
}

/** The direction's heading: where the packets go, the source node first. */
function directions(trace: Trace): { title: string; hops: readonly Hop[] }[] {
  return [
    { title: `forward: ${trace.from} → ${trace.toNode} (${trace.ranges.join(', ')})`, hops: trace.forward },
    { title: `return: ${trace.toNode} → ${trace.from}`, hops: trace.return },
  ];
}

/**
 * Whether the hop's remediation was written for an earlier hop already: one node's forwarding drops both ways, and
 * its fix is shown once, later hops referring to it.
 */
function shownBefore(hop: Hop, shown: Set<string>): boolean {
  if (!hop.remediation) return false;
  const key = `${hop.remediation.text}\u0000${hop.remediation.command ?? ''}`;
  if (shown.has(key)) return true;
  shown.add(key);
  return false;
}

const AS_ABOVE = 'the fix is shown above';

function textHop(hop: Hop, shown: Set<string>): string[] {
  const lines = [`  ${mark(hop.ok)} ${hop.step.padEnd(22)} ${oneLineName(hop.detail)}`];
  const indent = ' '.repeat(4 + 22 + 1);
  if (hop.resource !== undefined) lines.push(`${indent}resource: ${oneLineName(hop.resource)}`);
  if (hop.ruleId !== undefined) lines.push(`${indent}rule: ${oneLineName(hop.ruleId)}`);
  if (shownBefore(hop, shown)) return [...lines, `${indent}${AS_ABOVE}`];
  if (hop.remediation?.text) lines.push(`${indent}${oneLineName(hop.remediation.text)}`);
  if (hop.remediation?.command !== undefined) lines.push(`${indent}$ ${oneLineName(hop.remediation.command)}`);
  return lines;
}

/** One line per hop (✓ passes, ✗ drops, ? cannot say), the verdict first; every input string kept on its line. */
export function renderTraceText(trace: Trace): string {
  const to = trace.to === trace.toNode ? trace.to : `${trace.to} (on ${trace.toNode})`;
  const lines = [`${trace.verdict}: pod traffic ${oneLineName(trace.from)} → ${oneLineName(to)}`];
  const shown = new Set<string>();
  for (const { title, hops } of directions(trace))
    lines.push('', oneLineName(title), ...hops.flatMap((hop) => textHop(hop, shown)));
  // A remediation line from the inputs could start with `::` once the runner trims the indent.
  return neutraliseWorkflowCommands(`${lines.join('\n')}\n`);
}

function markdownRow(hop: Hop, shown: Set<string>): string {
  const remediation = shownBefore(hop, shown)
    ? `_${AS_ABOVE}_`
    : [
        hop.remediation?.text ? prose(hop.remediation.text) : '',
        hop.remediation?.command !== undefined ? commandCell(hop.remediation.command) : '',
      ]
        .filter(Boolean)
        .join('<br>');
  const cells = [
    mark(hop.ok),
    `\`${hop.step}\``,
    prose(hop.detail),
    hop.resource !== undefined ? code(hop.resource) : '',
    hop.ruleId !== undefined ? code(hop.ruleId) : '',
    remediation,
  ];
  return `| ${cells.join(' | ')} |`;
}

/** A table per direction, every input string escaped (no mention, link, HTML or extra column from a name). */
export function renderTraceMarkdown(trace: Trace): string {
  const lines = [
    `### Explain: ${code(trace.from)} → ${code(trace.to)}: **${trace.verdict}**`,
    '',
    `Destination node ${code(trace.toNode)}, ${trace.ranges.map(code).join(', ')}.`,
  ];
  const shown = new Set<string>();
  for (const { hops } of directions(trace)) {
    const heading = hops === trace.forward ? 'Forward' : 'Return';
    const [a, b] = hops === trace.forward ? [trace.from, trace.toNode] : [trace.toNode, trace.from];
    lines.push('', `#### ${heading}: ${code(a)} → ${code(b)}`, '');
    lines.push('| | step | detail | resource | rule | remediation |', '|---|---|---|---|---|---|');
    lines.push(...hops.map((hop) => markdownRow(hop, shown)));
  }
  return `${lines.join('\n')}\n`;
}

function jsonHop(hop: Hop): Record<string, unknown> {
  return {
    step: hop.step,
    ok: hop.ok,
    detail: hop.detail,
    ...(hop.resource !== undefined ? { resource: hop.resource } : {}),
    ...(hop.ruleId !== undefined ? { ruleId: hop.ruleId } : {}),
    ...(hop.remediation
      ? {
          remediation: {
            text: hop.remediation.text,
            ...(hop.remediation.command !== undefined ? { command: hop.remediation.command } : {}),
          },
        }
      : {}),
  };
}

/** The shape: {from, to, verdict, forward, return}, plus the destination node and the ranges traced. */
export function renderTraceJson(trace: Trace): string {
  const { from, to, toNode, ranges, verdict } = trace;
  const shaped = {
    from,
    to,
    toNode,
    ranges,
    verdict,
    forward: trace.forward.map(jsonHop),
    return: trace.return.map(jsonHop),
  };
  return `${JSON.stringify(shaped, null, 2)}\n`;
}

const RENDERERS: Record<TraceFormat, (trace: Trace) => string> = {
  text: renderTraceText,
  json: renderTraceJson,
  markdown: renderTraceMarkdown,
};

/** A trace in one of explain's formats, credentials taken out before escaping and after, as the reports do. */
export function renderTrace(format: TraceFormat, trace: Trace): string {
  return redact(RENDERERS[format](redactValue(trace)));
}
