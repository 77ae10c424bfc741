import { UserError } from '../errors.js';
import { compileGlob } from '../model/glob.js';
import { RULE_IDS } from '../rules/index.js';
import type { Finding } from '../model/finding.js';

export interface Suppression {
  readonly rule: string;
  /** Node name or resource (route, ENI, NIC, subnet...), with `*` wildcards; absent means every finding of the rule. */
  readonly target?: string;
  readonly reason?: string;
  /** Where it was written, for error messages: "--ignore" or the config file. */
  readonly from: string;
}

/** "route-stale" or "route-stale:old-route-*" as given to --ignore. */
export function parseIgnore(text: string, from: string): Suppression {
  const colon = text.indexOf(':');
  const rule = (colon < 0 ? text : text.slice(0, colon)).trim();
  const target = colon < 0 ? undefined : text.slice(colon + 1).trim() || undefined;
  return validate({ rule, target, from });
}

export function validate(suppression: Suppression): Suppression {
  if (!RULE_IDS.has(suppression.rule)) {
    throw new UserError(`${suppression.from}: unknown rule "${suppression.rule}". Rules: ${[...RULE_IDS].join(', ')}`);
  }
  return suppression;
}

export function suppressor(suppressions: readonly Suppression[]): (finding: Finding) => boolean {
  const compiled = suppressions.map((s) => ({ rule: s.rule, target: s.target ? compileGlob(s.target) : undefined }));
  return (finding) =>
    compiled.some(
      (s) =>
        s.rule === finding.ruleId &&
        (!s.target ||
          (finding.node !== undefined && s.target.matches(finding.node)) ||
          (finding.resource !== undefined && s.target.matches(finding.resource))),
    );
}
