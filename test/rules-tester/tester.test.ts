import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { podCidrMissing } from '../../src/rules/pod-cidr-missing.js';
import { runRule, unmatched } from '../support/rule-tester.js';
import { cluster, node } from '../support/snapshot-builder.js';

describe('RuleTester', () => {
  it('has cases for every rule of the catalogue', () => {
    const files = new Set(readdirSync(import.meta.dirname));
    expect(RULES.map((rule) => rule.meta.id).filter((id) => !files.has(`${id}.test.ts`))).toEqual([]);
  });

  const findings = runRule(podCidrMissing, cluster({ provider: 'baremetal', nodes: [node('a'), node('b')] }));

  it('runs one rule and gives its findings the rule id and default severity', () => {
    expect(findings.map(({ ruleId, severity, node }) => ({ ruleId, severity, node }))).toEqual([
      { ruleId: 'pod-cidr-missing', severity: 'error', node: 'a' },
      { ruleId: 'pod-cidr-missing', severity: 'error', node: 'b' },
    ]);
  });

  it('matches each expectation to its own finding', () => {
    expect(unmatched(findings, [{ node: 'a' }, { node: 'b' }])).toEqual([]);
    expect(unmatched(findings, [{ node: 'a' }, { node: 'a' }])).toEqual([{ node: 'a' }]);
  });

  it('compares every field given, undefined meaning absent, and messages by substring', () => {
    expect(unmatched(findings, [{ node: 'a', resource: undefined, messageIncludes: 'has no spec.podCIDR' }])).toEqual(
      [],
    );
    expect(unmatched(findings, [{ node: 'a', severity: 'warning' }])).toHaveLength(1);
    expect(unmatched(findings, [{ node: 'a', messageIncludes: 'no such text' }])).toHaveLength(1);
    expect(unmatched(findings, [{ about: 'route-missing' }])).toHaveLength(1);
  });
});
