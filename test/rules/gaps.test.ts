import { describe, expect, it } from 'vitest';
import { Topology } from '../../src/model/topology.js';
import { profileFor } from '../../src/clouds/index.js';
import { draftsOf, ruleById, RULES, rulesWhere, ruleWith } from '../../src/rules/index.js';
import type { Rule, RuleContext, RuleMeta } from '../../src/rules/types.js';
import { cluster, node } from '../support/snapshot-builder.js';

const snapshot = cluster({ provider: 'baremetal', nodes: [node('a', { ip: '10.0.0.2' })] });
const context: RuleContext = {
  snapshot,
  topology: new Topology(snapshot),
  profile: profileFor('baremetal'),
  options: { strict: false },
};
const meta = (id: string, flags: Partial<RuleMeta> = {}) => ({ ...RULES[0]!.meta, id, ...flags });
const remediation = { text: 'add it' };

const gapRule: Rule = {
  meta: meta('gaps', { reportsGaps: true }),
  *check() {
    yield { message: 'own', remediation };
  },
};
const first: Rule = {
  meta: meta('first'),
  *check() {
    yield { message: 'finding', remediation };
  },
  *gaps() {
    yield { message: 'first gap', node: 'a', remediation };
  },
};
const second: Rule = {
  meta: meta('second'),
  check: () => [],
  *gaps() {
    yield { message: 'second gap', key: 'k', remediation };
  },
};
const rules = [first, gapRule, second];

describe('gaps: each rule reports what it could not verify', () => {
  it('reports them under the gap rule, after its own findings, each naming its rule, in catalogue order', () => {
    expect([...draftsOf(gapRule, context, rules)]).toEqual([
      { message: 'own', remediation },
      { message: 'first gap', node: 'a', remediation, about: 'first' },
      { message: 'second gap', key: 'k', remediation, about: 'second' },
    ]);
  });

  it("keeps them out of the rule's own findings", () => {
    expect([...draftsOf(first, context, rules)]).toEqual([{ message: 'finding', remediation }]);
  });
});

describe('behaviour flags of the catalogue', () => {
  it('has one rule for the gaps and one for the fixes refused at apply', () => {
    expect(ruleWith('reportsGaps').meta).toMatchObject({
      id: 'check-incomplete',
      errorWhenStrict: true,
      fixable: false,
    });
    expect(ruleWith('reportsApplyDenials').meta.id).toBe('policy-blocks-fix');
  });

  it('names the route states of the node table in catalogue order', () => {
    expect(rulesWhere((m) => m.routeState !== undefined).map((rule) => [rule.meta.id, rule.meta.routeState])).toEqual([
      ['route-missing', 'missing'],
      ['route-wrong-next-hop', 'wrong next hop'],
      ['route-not-applied', 'not applied'],
      ['route-shadowed', 'shadowed'],
    ]);
  });

  it('finds rules by id, and nothing for an unknown id', () => {
    expect(ruleById('route-stale')?.meta.id).toBe('route-stale');
    expect(ruleById('no-such-rule')).toBeUndefined();
  });

  it('gives gaps only to rules other than the gap rule: its own findings name no rule', () => {
    expect(ruleWith('reportsGaps').gaps).toBeUndefined();
  });
});
