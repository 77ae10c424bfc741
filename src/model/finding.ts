import type { Origin } from './origin.js';
import type { Provider } from './provider.js';
import type { Remediation } from './remediation.js';

/** What the rules report: the vocabulary the engine, reporters and fixers share. */

export type Severity = 'error' | 'warning' | 'note';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'note'];

export interface Location {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
}

/** What a rule reports; the engine adds the severity and resolves the origin to a location. */
export interface FindingDraft {
  readonly message: string;
  readonly node?: string;
  readonly resource?: string;
  readonly remediation: Remediation;
  readonly origin?: Origin;
  /** Overrides the rule's default severity for this finding (e.g. capacity near vs. over the limit). */
  readonly severity?: Severity;
  /** A gap names the rule that could not verify it (the engine sets it from that rule's gaps()). */
  readonly about?: string;
  /** Tells apart findings of one rule about the same node and resource (e.g. the pod CIDR, per family). */
  readonly key?: string;
}

export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly node?: string;
  readonly resource?: string;
  readonly provider: Provider;
  readonly remediation: Remediation;
  readonly location?: Location;
  /** Stable identity across runs (rule, node, resource, key): baselines and SARIF match findings by it. */
  readonly fingerprint: string;
  /** In the baseline: reported, but accepted and never failing the run. */
  readonly baselined: boolean;
  /** Compared with a base (compare-to, compare: base): whether the base had it too. Absent when not compared. */
  readonly change?: Change;
}

/** new: the base did not have the finding; unchanged: it did (matched by fingerprint). */
export type Change = 'new' | 'unchanged';
