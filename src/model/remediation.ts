import type { FixScope, FixSpec } from './fix-spec.js';

/** What to do about a finding. Rules, provider profiles, reporters and the fixer all speak it, so it lives here. */
export interface Remediation {
  readonly text: string;
  /** The exact CLI command for the provider, when one exists. */
  readonly command?: string;
  /** The same fix as data, for --fix plan/apply; absent when a person must act (move a node, reassign a CIDR). */
  readonly fix?: FixSpec;
}

/** The same fix under a different safety scope: deleting a route is pruning when stale, network-wide when it diverts. */
export function rescope(remediation: Remediation, scope: FixScope): Remediation {
  return remediation.fix ? { ...remediation, fix: { ...remediation.fix, scope } } : remediation;
}
