import { backendMismatch } from './backend-mismatch.js';
import { checkIncomplete } from './check-incomplete.js';
import { forwardingDisabled } from './forwarding-disabled.js';
import { podCidrMissing } from './pod-cidr-missing.js';
import { podCidrOverlap } from './pod-cidr-overlap.js';
import { podTrafficBlocked } from './pod-traffic-blocked.js';
import { policyBlocksFix } from './policy-blocks-fix.js';
import { routeCapacity } from './route-capacity.js';
import { routeMissing } from './route-missing.js';
import { routeNotApplied } from './route-not-applied.js';
import { routeNotInstalled } from './route-not-installed.js';
import { routeShadowed } from './route-shadowed.js';
import { routeStale } from './route-stale.js';
import { routeWrongNextHop } from './route-wrong-next-hop.js';
import { subnetMismatch } from './subnet-mismatch.js';
import type { Rule, RuleContext, RuleMeta } from './types.js';
import type { FindingDraft } from '../model/finding.js';

/** The rule catalogue, in the order docs/rules.md documents it. Ids are stable; add, never rename. */
export const RULES: readonly Rule[] = [
  forwardingDisabled,
  subnetMismatch,
  routeMissing,
  routeWrongNextHop,
  routeNotApplied,
  routeNotInstalled,
  routeShadowed,
  routeStale,
  routeCapacity,
  podCidrMissing,
  podCidrOverlap,
  backendMismatch,
  checkIncomplete,
  policyBlocksFix,
  podTrafficBlocked,
];

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((rule) => rule.meta.id));

const BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.meta.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}

/** A behaviour that exactly one rule of the catalogue takes on. */
export type SoleFlag = 'reportsGaps' | 'reportsApplyDenials';

/** The rule that takes on a behaviour: the engine and the fixer find rules by their metadata, never by id. */
export function ruleWith(flag: SoleFlag): Rule {
  const [rule, ...others] = RULES.filter((candidate) => candidate.meta[flag]);
  if (!rule || others.length > 0) throw new Error(`exactly one rule must set ${flag}`);
  return rule;
}

export function rulesWhere(predicate: (meta: RuleMeta) => boolean): Rule[] {
  return RULES.filter((rule) => predicate(rule.meta));
}

/**
 * What a rule reports: its own findings and, for the rule that reports gaps, every rule's gaps naming their rule
 * (its own findings first, then the gaps in catalogue order).
 */
export function* draftsOf(rule: Rule, context: RuleContext, rules: readonly Rule[] = RULES): Iterable<FindingDraft> {
  yield* rule.check(context);
  if (!rule.meta.reportsGaps) return;
  for (const other of rules) for (const gap of other.gaps?.(context) ?? []) yield { ...gap, about: other.meta.id };
}
