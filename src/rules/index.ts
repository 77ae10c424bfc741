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
import { routeShadowed } from './route-shadowed.js';
import { routeStale } from './route-stale.js';
import { routeWrongNextHop } from './route-wrong-next-hop.js';
import { subnetMismatch } from './subnet-mismatch.js';
import type { Rule } from './types.js';

/** The rule catalogue, in the order the README documents it. Ids are stable; add, never rename. */
export const RULES: readonly Rule[] = [
  forwardingDisabled,
  subnetMismatch,
  routeMissing,
  routeWrongNextHop,
  routeNotApplied,
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
