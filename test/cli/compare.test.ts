import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from '../../src/errors.js';
import { runCliCaptured as run } from '../support/cli.js';
import { BROKEN_ENI, compareRepo, FIXED_ENI, type CompareRepo } from '../support/compare-repo.js';

const exec = promisify(execFile);

interface JsonReport {
  summary: { passed: boolean };
  findings: { resource?: string; change?: string; severity: string }[];
  compare: { base: string; failScope: string; new: number; unchanged: number; fixed: { resource?: string }[] };
  accepted: { source: string; kind: string; count: number }[];
}

let repo: CompareRepo;
let work: string;
/** The cluster's dumps as they are at the base commit, taken out of git by the test itself. */
let baseDumps: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'hostgw-compare-cli-'));
  repo = await compareRepo(work);
  baseDumps = join(work, 'base');
  await exec('mkdir', [baseDumps]);
  await exec('sh', ['-c', 'git -C "$1" archive "$2" cluster | tar -x -C "$3"', 'sh', repo.dir, repo.base, baseDumps]);
  baseDumps = join(baseDumps, 'cluster');
});

afterAll(() => rm(work, { recursive: true, force: true }));

async function checkAt(commit: string, ...flags: string[]): Promise<{ code: number; report: JsonReport }> {
  await repo.git('checkout', '-q', commit);
  const result = await run('check', repo.cluster, '--format', 'json', ...flags);
  expect(result.stderr).toBe('');
  return { code: result.code, report: JSON.parse(result.stdout) as JsonReport };
}

const changeOf = (report: JsonReport, resource: string) =>
  report.findings.find((finding) => finding.resource === resource)?.change;

describe('check --compare-to with a base and a head commit of a real repository', () => {
  it('a new fault is new and fails with --fail-scope new; a fixed fault counts as fixed', async () => {
    const { code, report } = await checkAt(repo.fixAndBreak, '--compare-to', baseDumps, '--fail-scope', 'new');
    expect(code).toBe(EXIT_FINDINGS);
    expect(report.summary.passed).toBe(false);
    expect(report.compare).toMatchObject({ base: baseDumps, failScope: 'new', new: 1 });
    expect(changeOf(report, BROKEN_ENI)).toBe('new');
    expect(report.compare.fixed.map((finding) => finding.resource)).toEqual([FIXED_ENI]);
    expect(report.compare.unchanged).toBe(report.findings.length - 1);
    expect(report.findings.filter((finding) => finding.change === 'unchanged').length).toBeGreaterThan(0);
  });

  it('old debt does not fail with --fail-scope new, and still fails with the default scope', async () => {
    const scoped = await checkAt(repo.fixOnly, '--compare-to', baseDumps, '--fail-scope', 'new');
    expect(scoped.code).toBe(EXIT_OK);
    expect(scoped.report.compare.new).toBe(0);
    expect(scoped.report.compare.fixed).toHaveLength(1);
    expect(scoped.report.accepted).toContainEqual(
      expect.objectContaining({ source: '--fail-scope', kind: 'unchanged' }),
    );
    const all = await checkAt(repo.fixOnly, '--compare-to', baseDumps);
    expect(all.code).toBe(EXIT_FINDINGS);
    expect(all.report.compare).toMatchObject({ failScope: 'all', new: 0 });
  });

  it('takes a saved JSON report of the base as well as its dumps', async () => {
    const saved = join(work, 'base-report.json');
    expect((await run('check', baseDumps, '--format', 'json', '--output', saved)).code).toBe(EXIT_FINDINGS);
    const fromReport = await checkAt(repo.fixAndBreak, '--compare-to', saved, '--fail-scope', 'new');
    const fromDumps = await checkAt(repo.fixAndBreak, '--compare-to', baseDumps, '--fail-scope', 'new');
    expect(fromReport.code).toBe(EXIT_FINDINGS);
    expect(fromReport.report.compare).toEqual({ ...fromDumps.report.compare, base: saved });
  });

  it("judges the base with the head's ignores: an ignore the change adds is neither new nor fixed", async () => {
    const ignore = ['--ignore', `forwarding-disabled:${BROKEN_ENI}`, '--ignore', `forwarding-disabled:${FIXED_ENI}`];
    const { code, report } = await checkAt(
      repo.fixAndBreak,
      '--compare-to',
      baseDumps,
      '--fail-scope',
      'new',
      ...ignore,
    );
    expect(code).toBe(EXIT_OK);
    expect(report.compare).toMatchObject({ new: 0, fixed: [] });
    expect(report.accepted).toContainEqual({ source: '--ignore', kind: 'ignored', count: 1 });
  });

  it('says what the change adds and fixes in text, and gives SARIF results a baselineState', async () => {
    await repo.git('checkout', '-q', repo.fixAndBreak);
    const text = await run('check', repo.cluster, '--compare-to', baseDumps);
    expect(text.stdout).toContain(`This change adds 1 finding, fixes 1,`);
    const sarif = await run('check', repo.cluster, '--compare-to', baseDumps, '--format', 'sarif');
    const results = (
      JSON.parse(sarif.stdout) as {
        runs: { results: { baselineState: string; properties: { resource?: string } }[] }[];
      }
    ).runs[0]!.results;
    const states = new Map(results.map((result) => [result.properties.resource, result.baselineState]));
    expect(states.get(BROKEN_ENI)).toBe('new');
    expect(results.filter((result) => result.baselineState === 'unchanged').length).toBe(results.length - 1);
  });

  it('refuses --fail-scope new without a base, and a bad scope, with one line', async () => {
    const without = await run('check', repo.cluster, '--fail-scope', 'new');
    expect(without.code).toBe(EXIT_USAGE);
    expect(without.stderr).toMatch(
      /^hostgw-preflight: --fail-scope "new" needs a base to compare with: .*--compare-to/,
    );
    const bad = await run('check', repo.cluster, '--fail-scope', 'old', '--compare-to', baseDumps);
    expect(bad.code).toBe(EXIT_USAGE);
    expect(bad.stderr).toContain("argument 'old' is invalid. expected one of all, new");
  });
});
