import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/engine/check.js';
import { compareWithBase } from '../../src/engine/compare.js';
import type { Report } from '../../src/report/types.js';
import { fixture } from '../sources/helpers.js';

async function brokenReport(baseline?: ReadonlySet<string>): Promise<Report> {
  const { report } = await runCheck({
    paths: [fixture('aws', 'broken')],
    clusterCidrs: [],
    strict: false,
    failOn: 'error',
    suppressions: [],
    severities: {},
    baseline,
  });
  return report;
}

const NEW_SCOPE = { failScope: 'new', source: '--fail-scope' } as const;

describe('compareWithBase', () => {
  it('marks by fingerprint and lists a finding gone from the head once as fixed, however often the base has it', async () => {
    const head = await brokenReport();
    const [first, ...rest] = head.findings;
    const gone = { ...first!, fingerprint: 'f'.repeat(32) };
    const compared = compareWithBase(head, { label: 'base', findings: [...rest, gone, gone] }, NEW_SCOPE);
    expect(compared.findings.map((finding) => finding.change)).toEqual(['new', ...rest.map(() => 'unchanged')]);
    expect(compared.compare).toMatchObject({ base: 'base', new: 1, unchanged: rest.length });
    expect(compared.compare!.fixed.map((finding) => finding.fingerprint)).toEqual([gone.fingerprint]);
  });

  it('with fail-scope new, fails only on a new finding at or above fail-on that is not in the baseline', async () => {
    const head = await brokenReport();
    const error = head.findings.find((finding) => finding.severity === 'error')!;
    const others = head.findings.filter((finding) => finding !== error);
    expect(compareWithBase(head, { label: 'b', findings: others }, NEW_SCOPE).summary.passed).toBe(false);
    const all = compareWithBase(head, { label: 'b', findings: head.findings }, NEW_SCOPE);
    expect(all.summary.passed).toBe(true);
    const old = head.findings.filter((finding) => finding.severity === 'error').length;
    expect(all.accepted).toContainEqual({ source: '--fail-scope', kind: 'unchanged', count: old });
    const baselined = compareWithBase(
      await brokenReport(new Set([error.fingerprint])),
      { label: 'b', findings: others },
      NEW_SCOPE,
    );
    expect(baselined.summary.passed).toBe(true);
  });

  it('with fail-scope all, leaves the verdict as it was', async () => {
    const head = await brokenReport();
    const compared = compareWithBase(
      head,
      { label: 'b', findings: head.findings },
      { failScope: 'all', source: 'default' },
    );
    expect(compared.summary.passed).toBe(false);
    expect(compared.accepted).toEqual(head.accepted);
  });
});
