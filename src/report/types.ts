import type { Connectivity } from '../model/connectivity.js';
import type { PlanEntry } from '../model/fix-spec.js';
import type { Provider } from '../model/provider.js';
import type { SourceFile } from '../model/snapshot.js';
import type { RuleMeta } from '../rules/types.js';
import type { Finding, Severity } from '../model/finding.js';

export type FailOn = Severity | 'never';
/** all: every finding at or above fail-on fails the run; new: only those the base did not have. */
export type FailScope = 'all' | 'new';
export const FAIL_SCOPES: readonly FailScope[] = ['all', 'new'];

/** One row of the per-node table: a digest of the snapshot and the findings about that node. */
export interface NodeStatus {
  readonly name: string;
  readonly os: string;
  readonly internalIps: readonly string[];
  readonly podCidrs: readonly string[];
  /** "enabled", "disabled", "unknown" or "n/a" (bare metal). */
  readonly forwarding: string;
  /** Subnet id the node's interface sits in, when known. */
  readonly subnet?: string;
  /** "ok", "missing", "wrong", "n/a" (L2 providers), "unknown". */
  readonly routes: string;
  readonly findings: number;
}

export interface Summary {
  readonly nodes: number;
  readonly errors: number;
  readonly warnings: number;
  readonly notes: number;
  /** Findings dropped by --ignore or the config file. */
  readonly suppressed: number;
  /** Findings present in the baseline: reported, never failing. */
  readonly baselined: number;
  /** Findings below the reporting threshold (--severity), left out of the report. */
  readonly belowThreshold: number;
  readonly byRule: Readonly<Record<string, number>>;
  readonly failOn: FailOn;
  /** False when a finding at or above failOn remains. */
  readonly passed: boolean;
}

/** Acceptance.source of a setting left at its default. */
export const DEFAULT_SOURCE = 'default';

export type AcceptanceKind = 'ignored' | 'lowered' | 'not-strict' | 'fail-on' | 'baselined' | 'unchanged';

/**
 * Findings that a setting let pass, and where that setting was written. The configuration file and the baseline
 * live in the repository, so a pull request can change them: reviewers must see what they accept.
 */
export interface Acceptance {
  /** The configuration or baseline file, the option or input that set it ("--ignore", 'input "ignore"'), or "default". */
  readonly source: string;
  /**
   * ignored: dropped by an ignore entry; lowered: the severity map lowered them; not-strict: check-incomplete
   * findings that strict would make errors; fail-on: errors that pass because fail-on is never; baselined: in the baseline;
   * unchanged: findings at or above fail-on that the base had too, passing because fail-scope is new.
   */
  readonly kind: AcceptanceKind;
  /** lowered: the severity they were lowered to. */
  readonly severity?: Severity;
  readonly count: number;
}

/** Everything a reporter needs; reporters never look at the snapshot itself. */
export interface Report {
  readonly tool: { readonly name: string; readonly version: string; readonly informationUri: string };
  /** The cluster's name when given (--cluster-name): tells reports of a fleet apart. */
  readonly cluster?: string;
  readonly provider: Provider;
  readonly providerReason: string;
  readonly clusterCidrs: readonly string[];
  readonly findings: readonly Finding[];
  readonly nodes: readonly NodeStatus[];
  readonly sources: readonly SourceFile[];
  readonly rules: readonly RuleMeta[];
  readonly summary: Summary;
  /** What the configuration and baseline let pass (the engine always sets it; empty when nothing). */
  readonly accepted?: readonly Acceptance[];
  /** --fix plan/apply: the remediation plan, in order. */
  readonly plan?: readonly PlanEntry[];
  /** --fix apply: what each applied step did; the findings and summary are then those of the re-check. */
  readonly fixResults?: readonly FixOutcome[];
  /** --fix apply: the summary before the fixes. */
  readonly before?: Summary;
  /** Compared with a base: what the change adds and fixes. */
  readonly compare?: Comparison;
  /** Which node groups deliver pod traffic to which (the engine sets it whenever the cluster has two nodes or more). */
  readonly connectivity?: Connectivity;
}

/** A finding of the base that the head no longer has. */
export type FixedFinding = Pick<Finding, 'ruleId' | 'severity' | 'message' | 'node' | 'resource' | 'fingerprint'>;

export interface Comparison {
  /** What the head was compared with: the base commit's sha, or the saved report or folder given as compare-to. */
  readonly base: string;
  readonly failScope: FailScope;
  readonly new: number;
  readonly unchanged: number;
  readonly fixed: readonly FixedFinding[];
}

export interface FixOutcome {
  readonly action: string;
  readonly ruleId: string;
  readonly node?: string;
  readonly resource?: string;
  readonly fingerprint: string;
  /** did-not-take: the call succeeded but the re-check still finds the problem. */
  readonly status: 'applied' | 'failed' | 'did-not-take';
  readonly detail: string;
  /** failed: why, when the cloud said ("policy": an Azure Policy, organisation policy or SCP refused it). */
  readonly reason?: 'policy' | 'permission' | 'conflict' | 'failed';
}

export type Format = 'text' | 'json' | 'sarif' | 'markdown';
export const FORMATS: readonly Format[] = ['text', 'json', 'sarif', 'markdown'];

export interface RenderOptions {
  /** ANSI colours: only when writing to a TTY. */
  readonly color: boolean;
}

export type Renderer = (report: Report, options: RenderOptions) => string;
