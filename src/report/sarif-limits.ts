import { SEVERITIES, type Finding } from '../model/finding.js';
import { plural } from './plural.js';

/**
 * GitHub code scanning rejects a run with more results than this ("SARIF results exceed one or more limits",
 * docs.github.com). Every other limit (rules, tags, locations per result, runs) is fixed by the renderer's shape.
 */
export const MAX_SARIF_RESULTS = 25_000;

export interface SarifSelection {
  readonly findings: readonly Finding[];
  /** Findings left out to stay within MAX_SARIF_RESULTS: 0 when all fit. */
  readonly omitted: number;
}

/** All findings when they fit; otherwise the most severe ones, errors first, each severity in report order. */
export function selectSarifFindings(findings: readonly Finding[], max = MAX_SARIF_RESULTS): SarifSelection {
  if (findings.length <= max) return { findings, omitted: 0 };
  const bySeverity = SEVERITIES.flatMap((severity) => findings.filter((finding) => finding.severity === severity));
  return { findings: bySeverity.slice(0, max), omitted: findings.length - max };
}

/** The run's tool notification saying what was left out and where to find it, for the code scanning tool status. */
export function omittedNotification(omitted: number, max = MAX_SARIF_RESULTS): object {
  return {
    level: 'warning',
    descriptor: { id: 'results-omitted' },
    message: {
      text:
        `${plural(omitted, 'finding')} not included: code scanning accepts at most ${max} results per run, ` +
        'so only the most severe are here. The JSON report has them all.',
    },
  };
}
