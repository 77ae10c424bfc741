import type { Remediation } from '../rules/types.js';
import type { FixScope } from './types.js';

/** The same fix under a different safety scope: deleting a route is pruning when stale, network-wide when it diverts. */
export function rescope(remediation: Remediation, scope: FixScope): Remediation {
  return remediation.fix ? { ...remediation, fix: { ...remediation.fix, scope } } : remediation;
}
