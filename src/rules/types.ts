import type { Provider } from '../model/provider.js';
import type { FindingDraft, Severity } from '../model/finding.js';
import type { ClusterSnapshot } from '../model/snapshot.js';
import type { Topology } from '../model/topology.js';
import type { ProviderProfile } from '../clouds/types.js';

export interface RuleMeta {
  /** Stable id: users suppress and search by it. Never rename. */
  readonly id: string;
  readonly title: string;
  readonly severity: Severity;
  /** Why the condition breaks host-gw, in a sentence or two. */
  readonly description: string;
  /** What to do about it, in general; findings carry the exact command. */
  readonly remediation: string;
  /**
   * The rule's documentation, relative to the repository root: its section of docs/rules.md (`#` and the id, the
   * anchor of its heading). Reports link to it on the repository's main branch.
   */
  readonly docsUrl: string;
  /** Its findings are the gaps: every rule's gaps() are reported under it, each naming its rule (one rule only). */
  readonly reportsGaps?: boolean;
  /** --strict makes its findings errors: a gate must not pass on what it could not see. */
  readonly errorWhenStrict?: boolean;
  /** False: its findings have nothing to change in the cloud, so a fix plan leaves them out, not even as manual steps. */
  readonly fixable?: boolean;
  /** Fix steps the cloud refused by policy at apply time are reported under it (one rule only). */
  readonly reportsApplyDenials?: boolean;
  /** The routes column of the node table shows this for a node with a finding of the rule; the first rule wins. */
  readonly routeState?: string;
  /** The rule's documentation: docs/rules.md is generated from it (npm run docs). */
  readonly docs: RuleDocs;
}

/** Markdown paragraphs (a paragraph may be a list item); the docs generator separates them with blank lines. */
export type Paragraphs = readonly string[];

export interface RuleDocs {
  /** What the rule catches, in one line of the catalogue's index. */
  readonly summary: string;
  /** The providers whose clusters the rule can report on. */
  readonly providers: readonly Provider[];
  /** When findings deviate from the default severity (a hard limit, --strict). */
  readonly severityNote?: string;
  /** What exactly is checked and how, beyond the description. */
  readonly checks: Paragraphs;
  /** The inputs the rule reads; without them it reports check-incomplete or does not run. */
  readonly needs: Paragraphs;
  /** The remediation in detail, with the provider commands. */
  readonly remediation: Paragraphs;
  /** What --fix plan/apply does with the rule's findings. */
  readonly fix: Paragraphs;
}

export interface RuleOptions {
  /** Findings of the rules flagged errorWhenStrict become errors. */
  readonly strict: boolean;
  /** --cluster-name: new GCE route names carry it, so clusters sharing a project never take each other's names. */
  readonly cluster?: string;
}

export interface RuleContext {
  readonly snapshot: ClusterSnapshot;
  readonly topology: Topology;
  readonly profile: ProviderProfile;
  readonly options: RuleOptions;
}

/** Data a rule needed and the inputs do not hold; the engine reports it under the gap rule, about this rule. */
export type GapDraft = Omit<FindingDraft, 'about' | 'severity'>;

export interface Rule {
  readonly meta: RuleMeta;
  check(context: RuleContext): Iterable<FindingDraft>;
  /** What the rule could not verify for want of data: never passed silently, and never its own finding. */
  gaps?(context: RuleContext): Iterable<GapDraft>;
}
