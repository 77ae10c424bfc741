import { realpath, stat } from 'node:fs/promises';
import { MAX_FILE_BYTES, readCapped } from '../sources/input-limits.js';
import { UserError } from '../errors.js';
import { allowed, OUTSIDE_ROOTS } from '../io/roots.js';
import { SEVERITIES, type Finding, type Severity } from '../model/finding.js';
import type { FixedFinding, Report } from '../report/types.js';
import { isRecord, str } from '../sources/values.js';
import { atOrAbove, runCheck, type CheckOptions } from './check.js';
import { compareWithBase, type BaseFindings } from './compare.js';
import { DEFAULTS } from './settings/defaults.js';
import type { ResolvedCheckOptions } from './settings.js';
import { suppressor } from './suppress.js';
import { TOOL } from './tool.js';

/** The base's files checked with the head's options (configuration, suppressions, baseline); never live, never saved. */
export async function checkBase(paths: readonly string[], options: CheckOptions, label: string): Promise<BaseFindings> {
  // A path the base did not have yet: nothing of it was found there.
  if (paths.length === 0) return { label, findings: [] };
  const { report } = await runCheck({ ...options, paths, live: undefined, saveSnapshot: undefined });
  return { label, findings: report.findings };
}

function savedFinding(entry: unknown): FixedFinding | undefined {
  if (!isRecord(entry)) return undefined;
  const fingerprint = str(entry.fingerprint);
  const ruleId = str(entry.ruleId);
  const severity = str(entry.severity) as Severity | undefined;
  if (!fingerprint || !ruleId || !severity || !SEVERITIES.includes(severity)) return undefined;
  return {
    fingerprint,
    ruleId,
    severity,
    message: str(entry.message) ?? '',
    node: str(entry.node),
    resource: str(entry.resource),
  };
}

/** The findings of a saved JSON report (`--format json`), or undefined when the text is not one. */
function savedReport(text: string): readonly FixedFinding[] | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(value) || !isRecord(value.tool) || value.tool.name !== TOOL.name || !Array.isArray(value.findings))
    return undefined;
  return value.findings.flatMap((entry) => savedFinding(entry) ?? []);
}

/**
 * The base named by compare-to: a saved JSON report of the tool, whose findings the head's suppressions and
 * reporting threshold are applied to as well, or a file or folder of dumps, checked as the base.
 */
export async function readCompareBase(path: string, options: ResolvedCheckOptions): Promise<BaseFindings> {
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new UserError('compare-to: no such file or folder', path);
  if (info.isFile()) {
    // A report in RUNNER_TEMP (a downloaded artifact) is as good as one in the workspace; a link elsewhere is not.
    const real = await realpath(path);
    if (!allowed(real, options.files)) throw new UserError(`compare-to leads ${OUTSIDE_ROOTS} (to ${real})`, path);
    const text = readCapped(path);
    if (text === undefined)
      throw new UserError(`compare-to: file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB`, path);
    const saved = savedReport(text.toString('utf8'));
    if (saved) {
      const dropped = suppressor(options.suppressions);
      const threshold = options.minSeverity ?? DEFAULTS.severity;
      const findings = saved.filter(
        (finding) => !dropped(finding as Finding) && atOrAbove(finding.severity, threshold),
      );
      return { label: path, findings };
    }
  }
  return await checkBase([path], options, path);
}

/** The report compared with compare-to, when it is given (the CLI's --compare-to, the Action's input). */
export async function compareToOption(report: Report, options: ResolvedCheckOptions): Promise<Report> {
  if (!options.compareTo) return report;
  return compareWithBase(report, await readCompareBase(options.compareTo, options), gateOf(options));
}

export function gateOf(options: CheckOptions): { failScope: 'all' | 'new'; source: string } {
  return {
    failScope: options.failScope ?? DEFAULTS['fail-scope'],
    source: options.settingSources?.failScope ?? 'default',
  };
}
