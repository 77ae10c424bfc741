import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/engine/check.js';
import type { Finding } from '../../src/model/finding.js';
import { MAX_SARIF_RESULTS } from '../../src/report/sarif-limits.js';
import { renderSarif } from '../../src/report/sarif.js';
import { runCliCaptured } from '../support/cli.js';
import { githubLimitErrors, sarifSchemaErrors } from '../support/sarif/sarif-schema.js';

const exec = promisify(execFile);
let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'hostgw-sarif-'));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** The SARIF file the CLI writes for these arguments, checked against the schema and GitHub's limits. */
async function sarifOf(name: string, ...args: string[]): Promise<{ text: string; run: SarifRun }> {
  const file = join(work, `${name}.sarif`);
  const { code, stderr } = await runCliCaptured('check', ...args, '--format', 'sarif', '--output', file);
  expect([0, 1], stderr).toContain(code);
  const text = await readFile(file, 'utf8');
  expect(sarifSchemaErrors(JSON.parse(text))).toEqual([]);
  expect(githubLimitErrors(text)).toEqual([]);
  return { text, run: (JSON.parse(text) as { runs: SarifRun[] }).runs[0]! };
}

interface SarifRun {
  results: { level: string; baselineState?: string; partialFingerprints: Record<string, string> }[];
  automationDetails?: { id: string };
  invocations?: { toolExecutionNotifications: { message: { text: string } }[] }[];
  properties: Record<string, unknown>;
}

describe('the checks themselves', () => {
  it('reject SARIF that breaks the OASIS schema', () => {
    const log = { version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ level: 'fatal' }] }] };
    expect(sarifSchemaErrors(log)).toContain("/runs/0/results/0 must have required property 'message'");
    expect(sarifSchemaErrors(log).some((error) => error.startsWith('/runs/0/results/0/level'))).toBe(true);
    expect(sarifSchemaErrors({ version: '2.0.0', runs: [] })).not.toEqual([]);
    const badUri = { version: '2.1.0', runs: [{ tool: { driver: { name: 'x', informationUri: 'no scheme' } } }] };
    expect(sarifSchemaErrors(badUri)).toEqual(['/runs/0/tool/driver/informationUri must match format "uri"']);
  });

  it('reject SARIF past GitHub’s limits', () => {
    const run = { tool: { driver: { name: 'x', rules: [{ id: 'r', properties: { tags: Array(21).fill('t') } }] } } };
    expect(githubLimitErrors(JSON.stringify({ version: '2.1.0', runs: Array(21).fill(run) }))).toEqual([
      'runs per file: 21 > 20',
      ...Array.from({ length: 21 }, (_, i) => `run ${i} tags per rule: 21 > 20`),
    ]);
  });
});

describe('the SARIF the CLI writes', () => {
  it.each(['aws', 'gce', 'azure', 'baremetal'])('is valid for the %s broken fixture', async (provider) => {
    const { run } = await sarifOf(provider, `fixtures/${provider}/broken`);
    expect(run.results.length).toBeGreaterThan(0);
    expect(run.results.some((result) => result.level === 'error')).toBe(true);
  });

  it.each(['aws', 'gce', 'azure'])(
    'is valid for the %s Terraform plan, with a fix plan and a cluster',
    async (cloud) => {
      const { run } = await sarifOf(
        `terraform-${cloud}`,
        `fixtures/terraform/${cloud}/broken`,
        '--fix',
        'plan',
        '--cluster-name',
        'prod eu',
      );
      expect(run.results.length).toBeGreaterThan(0);
      expect(run.automationDetails).toEqual({ id: 'hostgw-preflight/prod-eu/' });
    },
  );

  it('is valid with suppressed and baselined findings', async () => {
    const baseline = join(work, 'baseline.json');
    await runCliCaptured('check', 'fixtures/aws/broken', '--write-baseline', baseline);
    const accepted = JSON.parse(await readFile(baseline, 'utf8')) as unknown;
    // Keep one finding out of the baseline so that the run mixes new and unchanged results.
    const entries = (accepted as { findings?: unknown[] }).findings;
    if (entries) await writeFile(baseline, JSON.stringify({ ...(accepted as object), findings: entries.slice(1) }));
    const { run } = await sarifOf(
      'baselined',
      'fixtures/aws/broken',
      '--baseline',
      baseline,
      '--ignore',
      'subnet-mismatch',
    );
    expect(run.properties.suppressed).toBeGreaterThan(0);
    expect(new Set(run.results.map((result) => result.baselineState))).toEqual(new Set(['new', 'unchanged']));
  });

  it('stays within GitHub’s limits for a 3,000-node cluster missing every route', async () => {
    const cluster = join(work, 'large');
    await exec(process.execPath, ['bench/generate.mjs', '--provider', 'gce', '--nodes', '3000', '--out', cluster]);
    const routesFile = join(cluster, 'gcloud-routes.json');
    const routes = JSON.parse(await readFile(routesFile, 'utf8')) as { nextHopInstance?: string }[];
    await writeFile(routesFile, JSON.stringify(routes.filter((route) => !route.nextHopInstance)));
    const { run } = await sarifOf('large', cluster);
    expect(run.results.length).toBeGreaterThanOrEqual(3000);
    expect(run.invocations).toBeUndefined();
  });
});

describe('a report past the results limit', () => {
  it('keeps the most severe findings and says how many were left out', async () => {
    const { report } = await runCheck({
      paths: ['fixtures/aws/broken'],
      clusterCidrs: [],
      strict: false,
      failOn: 'error',
      suppressions: [],
      severities: {},
    });
    const warning = report.findings.find((finding) => finding.severity === 'warning')!;
    const error = report.findings.find((finding) => finding.severity === 'error')!;
    const copy = (finding: Finding, i: number): Finding => ({ ...finding, fingerprint: `${finding.fingerprint}-${i}` });
    // Warnings first: the cap must not keep findings by their order in the report.
    const findings = [
      ...Array.from({ length: MAX_SARIF_RESULTS }, (_, i) => copy(warning, i)),
      ...Array.from({ length: 3 }, (_, i) => copy(error, i)),
    ];
    const text = renderSarif({ ...report, findings }, { color: false });
    expect(sarifSchemaErrors(JSON.parse(text))).toEqual([]);
    expect(githubLimitErrors(text)).toEqual([]);
    const run = (JSON.parse(text) as { runs: SarifRun[] }).runs[0]!;
    expect(run.results).toHaveLength(MAX_SARIF_RESULTS);
    expect(run.results.filter((result) => result.level === 'error')).toHaveLength(3);
    expect(run.properties.resultsOmitted).toBe(3);
    expect(run.invocations![0]!.toolExecutionNotifications[0]!.message.text).toMatch(
      /^3 findings not included: code scanning accepts at most 25000 results per run/,
    );
  });
});
