import { firstOf } from '../../model/list-text.js';
import type { Finding } from '../../model/finding.js';
import type { Remediation } from '../../model/remediation.js';
import type { PathContext } from '../types.js';

/**
 * The remediation of the reported finding that explains a hop (same rule, node and resource), else the one the
 * rule would build: a suppressed or filtered finding still explains the drop.
 */
export function reportedRemediation(
  context: PathContext,
  match: Pick<Finding, 'ruleId' | 'node' | 'resource'>,
  fallback: Remediation,
): Remediation {
  const found = context.findings?.find(
    (finding) =>
      finding.ruleId === match.ruleId &&
      finding.node === match.node &&
      (match.resource === undefined || finding.resource === match.resource),
  );
  return found?.remediation ?? fallback;
}

/** Nodes named in a block's reason: the first few, then a count (reasons grow with groups, never with nodes). */
export function namesText(names: readonly string[], max = 3): string {
  return firstOf(names, max, String);
}
