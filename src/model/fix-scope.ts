import type { FixScope } from '../model/fix-spec.js';
import type { Remediation } from '../model/remediation.js';

/** The same fix under a different safety scope: deleting a route is pruning when stale, network-wide when it diverts. */
export function rescope(remediation: Remediation, scope: FixScope): Remediation {
  return remediation.fix ? { ...remediation, fix: { ...remediation.fix, scope } } : remediation;
}
