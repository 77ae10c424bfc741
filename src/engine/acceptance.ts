import { groupBy } from '../model/group.js';
import { DEFAULT_SOURCE, type Acceptance, type FailOn } from '../report/types.js';
import { rulesWhere } from '../rules/index.js';
import type { Finding, Severity } from '../model/finding.js';
import { suppressor, type Suppression } from './suppress.js';

/** Where the settings that can let findings pass were written, so that the report can name them. */
export interface SettingSources {
  /** The configuration file read, if any: its ignore entries and severity map. */
  readonly config?: string;
  readonly baseline?: string;
  /** Who set strict (the file, an option or input); absent when it is the default. */
  readonly strict?: string;
  /** Who set fail-on; absent when it is the default. */
  readonly failOn?: string;
  /** Who set fail-scope; absent when it is the default. */
  readonly failScope?: string;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, note: 1 };

/** The rules whose findings --strict would have made errors. */
const STRICT_IDS = rulesWhere((meta) => meta.errorWhenStrict === true).map((rule) => rule.meta.id);

/** A finding as the engine built it, with the severity it would have had without the configuration's severity map. */
export interface Judged {
  readonly finding: Finding;
  readonly unmapped: Severity;
}

export interface AcceptanceInput {
  readonly judged: readonly Judged[];
  readonly suppressions: readonly Suppression[];
  /** The findings in the report, baseline flags set. */
  readonly reported: readonly Finding[];
  readonly strict: boolean;
  readonly severities: Readonly<Record<string, Severity>>;
  readonly failOn: FailOn;
  readonly sources: SettingSources;
}

/** Each suppressed finding counted once, for the first place (config file, then options) whose entries drop it. */
function ignored(judged: readonly Judged[], suppressions: readonly Suppression[]): Acceptance[] {
  const counts = new Map<string, number>();
  const bySource = [...groupBy(suppressions, (s) => s.from)].map(([source, group]) => ({
    source,
    drops: suppressor(group),
  }));
  for (const { finding } of judged) {
    const source = bySource.find(({ drops }) => drops(finding))?.source;
    if (source !== undefined) counts.set(source, (counts.get(source) ?? 0) + 1);
  }
  return [...counts].map(([source, count]) => ({ source, kind: 'ignored', count }));
}

function lowered(kept: readonly Judged[], config: string | undefined): Acceptance[] {
  const down = kept.filter(({ finding, unmapped }) => RANK[finding.severity] < RANK[unmapped]);
  return [...groupBy(down, ({ finding }) => finding.severity)].map(([severity, group]) => ({
    source: config ?? DEFAULT_SOURCE,
    kind: 'lowered',
    severity: severity as Severity,
    count: group.length,
  }));
}

/** Findings the configuration, options or baseline let pass, by source; only kinds with a count above zero. */
export function acceptances(input: AcceptanceInput): Acceptance[] {
  const { judged, sources } = input;
  const drop = suppressor(input.suppressions);
  const kept = judged.filter(({ finding }) => !drop(finding));
  const entries: Acceptance[] = [...ignored(judged, input.suppressions), ...lowered(kept, sources.config)];
  if (!input.strict) {
    // A rule the configuration gives a severity of its own is not held back by strict but by that severity.
    const strictIds = new Set(STRICT_IDS.filter((id) => input.severities[id] === undefined));
    const count = kept.filter(({ finding }) => strictIds.has(finding.ruleId) && finding.severity !== 'error').length;
    if (count > 0) entries.push({ source: sources.strict ?? DEFAULT_SOURCE, kind: 'not-strict', count });
  }
  if (input.failOn === 'never') {
    const count = input.reported.filter((finding) => !finding.baselined && finding.severity === 'error').length;
    if (count > 0) entries.push({ source: sources.failOn ?? DEFAULT_SOURCE, kind: 'fail-on', count });
  }
  const baselined = input.reported.filter((finding) => finding.baselined).length;
  if (baselined > 0) entries.push({ source: sources.baseline ?? DEFAULT_SOURCE, kind: 'baselined', count: baselined });
  return entries;
}
