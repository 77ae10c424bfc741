import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../support/github/fake-github.js';
import { BROKEN_ENI, compareRepo, FIXED_ENI, type CompareRepo } from '../support/compare-repo.js';
import { runAction, type StepResult } from './run-action.js';

const exec = promisify(execFile);

let github: FakeGitHub;
let work: string;
let repo: CompareRepo;

beforeAll(async () => {
  github = await startFakeGitHub();
  work = await mkdtemp(join(tmpdir(), 'hostgw-action-compare-'));
  repo = await compareRepo(work);
});

afterAll(async () => {
  await github.close();
  await rm(work, { recursive: true, force: true });
});

/** A pull_request event whose base is `baseSha` (any value: the payload comes from whoever opened the PR). */
async function pullRequest(baseSha: unknown): Promise<string> {
  const file = join(work, `event-${Math.random()}.json`);
  const pullRequest = {
    number: 42,
    head: { sha: repo.fixAndBreak, ref: 'change' },
    base: { ref: 'main', sha: baseSha },
  };
  await writeFile(file, JSON.stringify({ action: 'synchronize', number: 42, pull_request: pullRequest }));
  return file;
}

/** The Action in a checkout of `workspace` at `commit`, comparing the cluster's dumps with the base commit. */
async function compareStep(workspace: string, commit: string, baseSha: unknown, inputs = {}): Promise<StepResult> {
  await exec('git', ['-C', workspace, 'checkout', '-q', commit]);
  return await runAction(
    { github, work },
    { path: join(workspace, 'cluster'), compare: 'base', 'fail-scope': 'new', ...inputs },
    'pull_request',
    await pullRequest(baseSha),
    { GITHUB_WORKSPACE: workspace },
  );
}

describe('compare: base in dist/index.js, on a pull request of a real repository', () => {
  it('fails on a new fault, counts the fixed one, and leads the summary with them', async () => {
    const result = await compareStep(repo.dir, repo.fixAndBreak, repo.base);
    expect(result.code).toBe(1);
    expect(result.outputs).toMatchObject({ new: '1', fixed: '1', passed: 'false' });
    expect(result.stdout).toContain('::error::hostgw-preflight: 1 new findings, some at or above fail-on "error"');
    expect(result.summary).toMatch(
      /^## ❌ hostgw-preflight: failed\n\n\*\*This PR adds 1 finding, fixes 1, \d+ unchanged\*\*/,
    );
    const report = JSON.parse(await readFile(result.outputs.report!, 'utf8')) as {
      compare: { base: string; fixed: { resource: string }[] };
      findings: { resource?: string; change: string }[];
    };
    expect(report.compare.base).toBe(repo.base);
    expect(report.compare.fixed.map((finding) => finding.resource)).toEqual([FIXED_ENI]);
    expect(report.findings.find((finding) => finding.resource === BROKEN_ENI)?.change).toBe('new');
  });

  it('lets old debt pass with fail-scope new, fetching the base commit into a shallow checkout', async () => {
    const shallow = join(work, 'shallow');
    await exec('git', ['clone', '-q', '--depth=1', '--branch', 'main', `file://${repo.dir}`, shallow]);
    const result = await compareStep(shallow, 'HEAD', repo.base);
    expect(result.stdout).toContain(`compare: git fetch --no-tags --depth=1 origin ${repo.base}`);
    expect(result.outputs).toMatchObject({ new: '1', fixed: '1' });
    const debtOnly = await compareStep(repo.dir, repo.fixOnly, repo.base);
    expect(debtOnly.code).toBe(0);
    expect(debtOnly.outputs).toMatchObject({ new: '0', fixed: '1', passed: 'true' });
    expect(debtOnly.summary).toContain('`input "fail-scope"` accepts');
  });

  it('skips the compare with a notice when the base sha is not a commit id, running no command from it', async () => {
    const marker = join(work, 'pwned');
    const result = await compareStep(repo.dir, repo.fixOnly, `--upload-pack=touch ${marker}`);
    expect(result.stdout).toMatch(
      /::notice::compare: base skipped, the base could not be read: .*not a full commit sha: refused/,
    );
    expect(result.stdout).not.toContain('compare: git ');
    await expect(readFile(marker)).rejects.toThrow();
    // Without a base, fail-scope new gates on every finding: the old debt fails the step.
    expect(result.code).toBe(1);
    expect(result.outputs).toMatchObject({ new: '', fixed: '', passed: 'false' });
  });

  it('skips the compare with a notice outside pull requests', async () => {
    const event = join(work, 'push.json');
    await writeFile(event, JSON.stringify({ ref: 'refs/heads/main' }));
    const result = await runAction({ github, work }, { path: repo.cluster, compare: 'base' }, 'push', event, {
      GITHUB_WORKSPACE: repo.dir,
    });
    expect(result.stdout).toContain(
      '::notice::compare: base skipped, the base could not be read: this is a push event',
    );
    expect(result.outputs.new).toBe('');
  });

  it('takes a saved JSON report as compare-to', async () => {
    const base = await compareStep(repo.dir, repo.base, repo.base, { compare: 'off', 'fail-scope': 'all' });
    const head = await compareStep(repo.dir, repo.fixAndBreak, repo.base, {
      compare: 'off',
      'compare-to': base.outputs.report!,
    });
    expect(head.code).toBe(1);
    expect(head.outputs).toMatchObject({ new: '1', fixed: '1' });
  });

  it('skips compare-to with a notice when the base report is not there yet, never failing the step for it', async () => {
    const missing = join(work, 'no-artifact-yet', 'report.json');
    const result = await compareStep(repo.dir, repo.fixOnly, repo.base, { compare: 'off', 'compare-to': missing });
    expect(result.stdout).toMatch(/::notice::compare-to skipped, the base could not be read: .*no such file or folder/);
    expect(result.stdout).not.toContain('internal error');
    expect(result.outputs).toMatchObject({ new: '', fixed: '' });
  });
});
