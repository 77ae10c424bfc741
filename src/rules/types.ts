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
  /** Anchor of the rule's section in the README's rule catalogue. */
  readonly helpAnchor: string;
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
  /** check-incomplete becomes an error. */
  readonly strict: boolean;
}

export interface RuleContext {
  readonly snapshot: ClusterSnapshot;
  readonly topology: Topology;
  readonly profile: ProviderProfile;
  readonly options: RuleOptions;
}

export interface Rule {
  readonly meta: RuleMeta;
  check(context: RuleContext): Iterable<FindingDraft>;
}
