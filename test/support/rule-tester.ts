import { describe, expect, it } from 'vitest';
import type { ClusterSnapshot } from '../../src/model/snapshot.js';
import { Topology } from '../../src/model/topology.js';
import { profileFor } from '../../src/clouds/index.js';
import { ruleWith } from '../../src/rules/index.js';
import type { Rule } from '../../src/rules/types.js';
import type { FindingDraft, Severity } from '../../src/model/finding.js';

/**
 * ESLint-style RuleTester: one rule over small in-memory snapshots (test/support/snapshot-builder.ts), with no files
 * and no pipeline, so a rule's cases run in milliseconds.
 */

/** What a rule reported, with the severity the engine gives it (the draft's own, else the rule's default). */
export interface TestedFinding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly node?: string;
  readonly resource?: string;
  readonly about?: string;
}

/**
 * A finding the case expects: every field given must match (a field given as undefined must be absent);
 * `messageIncludes` is a substring of the message.
 */
export interface ExpectedFinding {
  /** Default: the tested rule's id, or the gap rule's for a finding `about` the tested rule (one of its gaps). */
  readonly ruleId?: string;
  readonly severity?: Severity;
  readonly node?: string;
  readonly resource?: string;
  readonly about?: string;
  readonly messageIncludes?: string;
}

export interface ValidCase {
  readonly name: string;
  readonly snapshot: ClusterSnapshot;
  readonly strict?: boolean;
}

export interface InvalidCase extends ValidCase {
  /** Exactly these findings, in any order, and no others. */
  readonly findings: readonly ExpectedFinding[];
}

function tested(reporter: Rule, draft: FindingDraft, strict: boolean): TestedFinding {
  return {
    ruleId: reporter.meta.id,
    // Mirrors evaluate() in src/engine/check.ts: --strict turns the findings of some rules (gaps) into errors.
    severity: strict && reporter.meta.errorWhenStrict ? 'error' : (draft.severity ?? reporter.meta.severity),
    message: draft.message,
    node: draft.node,
    resource: draft.resource,
    about: draft.about,
  };
}

/**
 * Runs one rule as the engine does: over the snapshot's Topology and its provider's profile. Its gaps come out as
 * the engine reports them, as findings of the gap rule about this rule.
 */
export function runRule(rule: Rule, snapshot: ClusterSnapshot, strict = false): TestedFinding[] {
  const context = {
    snapshot,
    topology: new Topology(snapshot),
    profile: profileFor(snapshot.provider),
    options: { strict },
  };
  const gapRule = ruleWith('reportsGaps');
  const own = [...rule.check(context)].map((draft) => tested(rule, draft, strict));
  const gaps = [...(rule.gaps?.(context) ?? [])].map((gap) => tested(gapRule, { ...gap, about: rule.meta.id }, strict));
  return [...own, ...gaps];
}

function matches(finding: TestedFinding, expected: ExpectedFinding): boolean {
  const { messageIncludes, ...fields } = expected;
  return (
    Object.entries(fields).every(([key, value]) => finding[key as keyof TestedFinding] === value) &&
    (messageIncludes === undefined || finding.message.includes(messageIncludes))
  );
}

/** Pairs each expectation with a distinct finding, so two expectations cannot both be met by one finding. */
export function unmatched(findings: readonly TestedFinding[], expected: readonly ExpectedFinding[]): ExpectedFinding[] {
  const left = [...findings];
  return expected.filter((want) => {
    const at = left.findIndex((finding) => matches(finding, want));
    if (at < 0) return true;
    left.splice(at, 1);
    return false;
  });
}

export function ruleTester(rule: Rule) {
  return {
    run({ valid, invalid }: { readonly valid: readonly ValidCase[]; readonly invalid: readonly InvalidCase[] }): void {
      describe(rule.meta.id, () => {
        describe('valid', () => {
          for (const testCase of valid) {
            it(testCase.name, () => {
              expect(runRule(rule, testCase.snapshot, testCase.strict)).toEqual([]);
            });
          }
        });
        describe('invalid', () => {
          for (const testCase of invalid) {
            it(testCase.name, () => {
              const findings = runRule(rule, testCase.snapshot, testCase.strict);
              // A gap names the rule it is about, and is reported under the gap rule.
              const expected = testCase.findings.map((want) => ({
                ruleId: want.about === undefined ? rule.meta.id : ruleWith('reportsGaps').meta.id,
                ...want,
              }));
              expect(
                { missing: unmatched(findings, expected), count: findings.length },
                JSON.stringify(findings, null, 2),
              ).toEqual({
                missing: [],
                count: expected.length,
              });
            });
          }
        });
      });
    },
  };
}
