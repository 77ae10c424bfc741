import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../src/model/finding.js';
import { planAnnotations } from '../../src/action/annotation-budget.js';

function finding(severity: Severity, file: string, n: number): Finding {
  return {
    ruleId: 'route-missing',
    severity,
    message: `finding ${n}`,
    provider: 'gce',
    remediation: { text: 'fix it' },
    location: { file, line: n },
    fingerprint: `f${n}`,
  } as Finding;
}

const many = (severity: Severity, file: string, count: number, from = 0) =>
  Array.from({ length: count }, (_, i) => finding(severity, file, from + i));

describe('planAnnotations', () => {
  it('gives the 10 places of a level to the most severe findings, then those in changed files', () => {
    const findings = [
      ...many('warning', 'a.json', 12),
      ...many('error', 'a.json', 8, 100),
      ...many('error', 'b.json', 5, 200),
    ];
    const plan = planAnnotations(findings, {
      fallbackFile: undefined,
      changed: new Set(['b.json']),
      onlyChanged: false,
      failing: false,
    });
    const errors = plan.commands.filter((f) => f.severity === 'error');
    expect(errors).toHaveLength(10);
    expect(errors.slice(0, 5).map((f) => f.location!.file)).toEqual(Array(5).fill('b.json'));
    expect(plan.commands.filter((f) => f.severity === 'warning')).toHaveLength(10);
    expect(plan.overflow).toHaveLength(3 + 2);
    expect(plan.commands.length + plan.overflow.length).toBe(findings.length);
  });

  it('ranks findings the pull request adds before old ones of the same severity', () => {
    const old = many('error', 'a.json', 12);
    const added = { ...finding('error', 'a.json', 99), change: 'new' as const };
    const plan = planAnnotations([...old, added], { fallbackFile: undefined, onlyChanged: false, failing: true });
    expect(plan.commands[0]).toBe(added);
    expect(plan.overflow).not.toContain(added);
  });

  it('keeps one error place for the verdict of a failing step', () => {
    const plan = planAnnotations(many('error', 'a.json', 20), {
      fallbackFile: undefined,
      onlyChanged: false,
      failing: true,
    });
    expect(plan.commands).toHaveLength(9);
    expect(plan.overflow).toHaveLength(11);
  });

  it('with onlyChanged, leaves findings in other files out of both, and counts them', () => {
    const findings = [...many('error', 'a.json', 3), ...many('note', 'b.json', 2, 10)];
    const plan = planAnnotations(findings, {
      fallbackFile: undefined,
      changed: new Set(['b.json']),
      onlyChanged: true,
      failing: true,
    });
    expect(plan.commands.map((f) => f.location!.file)).toEqual(['b.json', 'b.json']);
    expect(plan.overflow).toEqual([]);
    expect(plan.elsewhere).toBe(3);
  });

  it('annotates everything when the changed files are unknown', () => {
    const plan = planAnnotations(many('warning', 'a.json', 3), {
      fallbackFile: undefined,
      onlyChanged: true,
      failing: false,
    });
    expect(plan.commands).toHaveLength(3);
    expect(plan.elsewhere).toBe(0);
  });
});
