import { describe, expect, it } from 'vitest';
import type { ClusterSnapshot } from '../../src/model/snapshot.js';
import { Topology } from '../../src/model/topology.js';
import { profileFor } from '../../src/clouds/index.js';
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

/** Runs one rule as the engine does: over the snapshot's Topology and its provider's profile. */
export function runRule(rule: Rule, snapshot: ClusterSnapshot, strict = false): TestedFinding[] {
  const drafts: FindingDraft[] = [...rule.check({ snapshot, topology: new Topology(snapshot), profile: profileFor(snapshot.provider), options: { strict } })];
  return drafts.map((draft) => ({
    ruleId: rule.meta.id,
    // Mirrors evaluate() in src/engine/check.ts: --strict turns check-incomplete into errors.
    severity: strict && rule.meta.id === 'check-incomplete' ? 'error' : (draft.severity ?? rule.meta.severity),
    message: draft.message,
    node: draft.node,
    resource: draft.resource,
    about: draft.about,
  }));
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
              const expected = testCase.findings.map((want) => ({ ruleId: rule.meta.id, ...want }));
              expect({ missing: unmatched(findings, expected), count: findings.length }, JSON.stringify(findings, null, 2)).toEqual({
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
