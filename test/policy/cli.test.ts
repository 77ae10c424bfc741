import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliCaptured as cli } from '../support/cli.js';

const RULE = 'policy-blocks-fix';

/** The command line end to end, in process (the bundled dist/cli.js is exercised by test/fix and test/live). */

interface JsonFinding {
  ruleId: string;
  severity: string;
  node?: string;
  resource?: string;
  message: string;
  remediation: { text: string; command?: string };
}

function findings(stdout: string): JsonFinding[] {
  return (JSON.parse(stdout) as { findings: JsonFinding[] }).findings;
}

describe('check with policy dumps', () => {
  it('Azure: JSON findings, exit 1, and the deny assignment located in the dump', async () => {
    const result = await cli('check', 'fixtures/policy/azure', '--format', 'json');
    expect(result.code).toBe(1);
    const policy = findings(result.stdout).filter((f) => f.ruleId === RULE);
    expect(policy.map((f) => f.severity).sort()).toEqual(['error', 'note']);
    const report = JSON.parse(result.stdout);
    expect(report.sources.map((s: { format: string }) => s.format)).toContain('az-policy-assignment-list');
    expect(
      report.findings.find((f: { severity: string; ruleId: string }) => f.ruleId === RULE && f.severity === 'error')
        .location.file,
    ).toBe('fixtures/policy/azure/az-policy-assignments.json');
  });

  it('GCE: the text report prints the set-policy command under the finding', async () => {
    const result = await cli('check', 'fixtures/policy/gce');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('constraints/compute.vmCanIpForward');
    expect(result.stdout).toContain('gcloud org-policies set-policy vmCanIpForward.yaml');
  });

  it('AWS: a note does not fail the run unless asked to', async () => {
    expect((await cli('check', 'fixtures/policy/aws', '--format', 'json')).code).toBe(0);
    const strict = await cli('check', 'fixtures/policy/aws', '--format', 'json', '--fail-on', 'note');
    expect(strict.code).toBe(1);
    expect(findings(strict.stdout).map((f) => `${f.ruleId} ${f.severity}`)).toEqual([`${RULE} note`]);
  });

  it('SARIF carries the rule with its help and the fix command in the result', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hostgw-policy-'));
    const file = join(dir, 'out.sarif');
    const result = await cli('check', 'fixtures/policy/gce', '--format', 'sarif', '--output', file);
    expect(result.code).toBe(1);
    const sarif = JSON.parse(await readFile(file, 'utf8'));
    const rule = sarif.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === RULE);
    expect(rule).toBeDefined();
    expect(JSON.stringify(rule)).toContain('#policy-blocks-fix');
    const results = sarif.runs[0].results.filter((r: { ruleId: string }) => r.ruleId === RULE);
    expect(results).toHaveLength(1);
    expect(JSON.stringify(results[0])).toContain('gcloud org-policies set-policy');
  });

  it('the job summary (markdown) counts the rule', async () => {
    const result = await cli('check', 'fixtures/policy/azure', '--format', 'markdown');
    expect(result.stdout).toContain(RULE);
    expect(result.stdout).toContain('az policy exemption create');
  });

  it('--ignore drops it, --fix plan lists the exemption as a manual step', async () => {
    const ignored = await cli('check', 'fixtures/policy/azure', '--format', 'json', '--ignore', RULE);
    expect(findings(ignored.stdout).map((f) => f.ruleId)).toEqual(['forwarding-disabled']);
    const plan = JSON.parse((await cli('check', 'fixtures/policy/azure', '--format', 'json', '--fix', 'plan')).stdout)
      .plan as { ruleId: string; action: string; cli: string }[];
    const manual = plan.filter((step) => step.ruleId === RULE);
    expect(manual.map((step) => step.action)).toEqual(['manual', 'manual']);
    expect(manual[0]!.cli).toContain('az policy exemption create --name hostgw-ip-forwarding');
  });

  it('is listed by `rules`', async () => {
    const result = await cli('rules', '--format', 'json');
    const rules = JSON.parse(result.stdout) as { id: string; severity: string }[];
    expect(rules.find((rule) => rule.id === RULE)).toMatchObject({ severity: 'error' });
  });
});
