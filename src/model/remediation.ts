import type { FixSpec } from './fix-spec.js';

/** What to do about a finding. Rules, provider profiles, reporters and the fixer all speak it, so it lives here. */
export interface Remediation {
  readonly text: string;
  /** The exact CLI command for the provider, when one exists. */
  readonly command?: string;
  /** The same fix as data, for --fix plan/apply; absent when a person must act (move a node, reassign a CIDR). */
  readonly fix?: FixSpec;
}
