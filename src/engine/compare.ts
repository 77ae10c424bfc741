import type { Finding } from '../model/finding.js';
import type { Acceptance, FailScope, FixedFinding, Report } from '../report/types.js';
import { atOrAbove } from './check.js';

/** The findings of the base a report is compared with, and what that base was (a commit, a report, a folder). */
export interface BaseFindings {
  readonly label: string;
  readonly findings: readonly FixedFinding[];
}

export interface CompareGate {
  readonly failScope: FailScope;
  /** Who set fail-scope ('input "fail-scope"', "--fail-scope"): the report names it when it lets findings pass. */
  readonly source: string;
}

function fixedOf(head: readonly Finding[], base: readonly FixedFinding[]): FixedFinding[] {
  const inHead = new Set(head.map((finding) => finding.fingerprint));
  const seen = new Set<string>();
  return base.filter((finding) => {
    if (inHead.has(finding.fingerprint) || seen.has(finding.fingerprint)) return false;
    seen.add(finding.fingerprint);
    return true;
  });
}

/**
 * Marks each finding of the head new or unchanged by fingerprint, lists the base's findings the head no longer has
 * as fixed, and with fail-scope new lets only new findings fail the run. Both sides were judged with the head's
 * configuration and baseline, so an ignore the change adds is neither new nor fixed: the acceptance line shows it.
 */
export function compareWithBase(report: Report, base: BaseFindings, gate: CompareGate): Report {
  const inBase = new Set(base.findings.map((finding) => finding.fingerprint));
  const findings = report.findings.map((finding): Finding => ({
    ...finding,
    change: inBase.has(finding.fingerprint) ? 'unchanged' : 'new',
  }));
  const added = findings.filter((finding) => finding.change === 'new');
  const { failOn } = report.summary;
  const failing = (finding: Finding) => !finding.baselined && atOrAbove(finding.severity, failOn);
  const accepted: Acceptance[] = [...(report.accepted ?? [])];
  let { passed } = report.summary;
  if (gate.failScope === 'new') {
    passed = !added.some(failing);
    const old = findings.filter((finding) => finding.change === 'unchanged' && failing(finding)).length;
    if (old > 0) accepted.push({ source: gate.source, kind: 'unchanged', count: old });
  }
  return {
    ...report,
    findings,
    accepted,
    summary: { ...report.summary, passed },
    compare: {
      base: base.label,
      failScope: gate.failScope,
      new: added.length,
      unchanged: findings.length - added.length,
      fixed: fixedOf(findings, base.findings),
    },
  };
}
