import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../support/github/fake-github.js';
import {
  pullRequestEvent as pullRequestEventIn,
  runAction as runStep,
  scheduleEvent as scheduleEventIn,
  TOKEN,
  type StepResult,
} from './run-action.js';

const exec = promisify(execFile);

let github: FakeGitHub;
let work: string;

beforeEach(async () => {
  github = await startFakeGitHub();
  work = await mkdtemp(join(tmpdir(), 'hostgw-action-'));
});

afterEach(async () => {
  await github.close();
  await rm(work, { recursive: true, force: true });
});

const pullRequestEvent = () => pullRequestEventIn(work);
const scheduleEvent = () => scheduleEventIn(work);
const runAction = (
  inputs: Record<string, string>,
  eventName: string,
  eventPath: string,
  environment: NodeJS.ProcessEnv = {},
): Promise<StepResult> => runStep({ github, work }, inputs, eventName, eventPath, environment);

/** 70 GCE nodes whose routes the route controller never created: 70 route-missing errors. */
async function routelessCluster(): Promise<string> {
  const cluster = join(work, 'cluster');
  await exec(process.execPath, ['bench/generate.mjs', '--provider', 'gce', '--nodes', '70', '--out', cluster]);
  const routes = JSON.parse(await readFile(join(cluster, 'gcloud-routes.json'), 'utf8')) as {
    nextHopInstance?: string;
  }[];
  await writeFile(
    join(cluster, 'gcloud-routes.json'),
    JSON.stringify(routes.filter((route) => !route.nextHopInstance)),
  );
  return cluster;
}

describe('dist/index.js as the runner runs it', () => {
  it('passes a healthy cluster: exit 0, outputs, a summary, no annotations', async () => {
    const result = await runAction({ path: 'fixtures/azure/healthy' }, 'push', await scheduleEvent());
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({ findings: '0', errors: '0', warnings: '0', passed: 'true' });
    expect(JSON.parse(await readFile(result.outputs.report!, 'utf8')).summary.passed).toBe(true);
    expect(result.summary).toContain('## ✅ hostgw-preflight: passed');
    expect(result.stdout).not.toMatch(/^::(error|warning)/m);
  });

  it('gives each step of a job its own JSON report, named by the cluster', async () => {
    const first = await runAction(
      { path: 'fixtures/azure/healthy', 'cluster-name': 'prod/eu' },
      'push',
      await scheduleEvent(),
    );
    const second = await runAction(
      { path: 'fixtures/azure/healthy', 'cluster-name': 'prod/eu' },
      'push',
      await scheduleEvent(),
    );
    expect(first.outputs.report).toMatch(/hostgw-preflight[\\/]report-prod-eu-\d+\.json$/);
    expect(second.outputs.report).not.toBe(first.outputs.report);
    expect(JSON.parse(await readFile(first.outputs.report!, 'utf8')).cluster).toBe('prod/eu');
  });

  it('sets its outputs and keeps its verdict when the job summary cannot be written', async () => {
    const result = await runAction({ path: 'fixtures/aws/broken' }, 'push', await scheduleEvent(), {
      GITHUB_STEP_SUMMARY: work,
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^::warning::job summary not written: /m);
    expect(result.stdout).not.toContain('internal error');
    expect(result.stdout).toMatch(/^::error::hostgw-preflight: \d+ findings/m);
    expect(result.outputs).toMatchObject({ passed: 'false' });
    expect(result.outputs.report).toBeTruthy();
  });

  it('gates a pull request: annotations at file/line/col, failing outputs, SARIF, one sticky comment updated in place', async () => {
    github.seedPullRequest({
      number: 42,
      title: 'Move the Windows pool to its own subnet',
      files: [{ filename: 'fixtures/gce/broken/gcloud-routes.json' }],
    });
    const sarif = join(work, 'results.sarif');
    const inputs = { path: 'fixtures/gce/broken', comment: 'update', 'sarif-file': sarif };
    const first = await runAction(inputs, 'pull_request', await pullRequestEvent());
    expect(first.code).toBe(1);
    expect(first.stdout).toMatch(
      /^::error title=hostgw-preflight route-missing \(k8s-lin-2\),file=fixtures\/gce\/broken\/nodes\.yaml,line=\d+,col=\d+::no route for pod CIDR 10\.48\.2\.0\/24/m,
    );
    expect(first.stdout).toMatch(
      /^::warning title=hostgw-preflight route-stale,file=fixtures\/gce\/broken\/gcloud-routes\.json,line=\d+,col=\d+::/m,
    );
    expect(first.stdout).toMatch(/^::error::hostgw-preflight: 6 findings/m);
    expect(first.outputs).toMatchObject({
      findings: '6',
      errors: '5',
      warnings: '1',
      passed: 'false',
      'sarif-file': sarif,
    });
    expect(JSON.parse(await readFile(sarif, 'utf8')).runs[0].results).toHaveLength(6);
    expect(first.summary).toContain('## ❌ hostgw-preflight: failed');
    expect(first.summary).toContain('| `k8s-lin-2` |');
    expect(github.state.comments).toHaveLength(1);
    expect(github.state.comments[0]!.body).toContain('<!-- hostgw-preflight:comment:default -->');

    const second = await runAction(inputs, 'pull_request', await pullRequestEvent());
    expect(second.code).toBe(1);
    expect(github.state.comments).toHaveLength(1);
    expect(
      github.requests.filter((r) => r.method === 'PATCH' && r.path.startsWith('/repos/acme/infra/issues/comments/')),
    ).toHaveLength(1);
  });

  it('opens one drift issue on a failing schedule, updates it, and closes it when the cluster is clean', async () => {
    const failing = { path: 'fixtures/aws/broken', 'drift-issue': 'on', 'cluster-name': 'prod' };
    const opened = await runAction(failing, 'schedule', await scheduleEvent());
    expect(opened.code).toBe(1);
    expect(github.state.issues).toHaveLength(1);
    const issue = github.state.issues[0]!;
    expect(issue.labels.map((label) => label.name)).toEqual(['hostgw-drift']);
    expect(issue.title).toMatch(/^host-gw networking drift on prod: \d+ errors/);
    expect(issue.state).toBe('open');

    await runAction(failing, 'schedule', await scheduleEvent());
    expect(github.state.issues).toHaveLength(1);
    expect(github.state.comments.filter((c) => c.issue_number === issue.number)).toHaveLength(0);

    const healthy = await runAction({ ...failing, path: 'fixtures/aws/healthy' }, 'schedule', await scheduleEvent());
    expect(healthy.code).toBe(0);
    expect(github.state.issues).toHaveLength(1);
    expect(github.state.issues[0]!.state).toBe('closed');
    expect(github.state.comments.filter((c) => c.issue_number === issue.number).map((c) => c.body)).toEqual([
      expect.stringMatching(/^✅ Resolved/),
    ]);
  });

  it('publishes the annotations beyond the 10 per level on a batched check run, each finding once', async () => {
    const cluster = await routelessCluster();
    const result = await runAction({ path: cluster, 'fail-on': 'never' }, 'pull_request', await pullRequestEvent());
    expect(result.code).toBe(0);
    const commands = result.stdout.split('\n').filter((line) => /^::(error|warning|notice) /.test(line));
    expect(commands.filter((line) => line.startsWith('::error '))).toHaveLength(10);
    expect(result.stdout).toMatch(/GitHub shows 10 annotations per level from a step; the other \d+ are on/);
    expect(github.state.checkRuns).toHaveLength(1);
    const run = github.state.checkRuns[0]!;
    expect(run.head_sha).toBe('c0ffee0000000000000000000000000000000001');
    expect(run.status).toBe('completed');
    const findings = JSON.parse(await readFile(result.outputs.report!, 'utf8')).findings.length as number;
    // Each finding is annotated once: by a workflow command or on the check run, never both.
    expect(run.annotations.length + commands.length).toBe(findings);
    expect(run.annotation_batches.length).toBeGreaterThanOrEqual(2);
    expect(Math.max(...run.annotation_batches)).toBeLessThanOrEqual(50);
  });

  it('keeps the verdict visible: a failing step emits 9 error annotations and its own error line', async () => {
    const cluster = await routelessCluster();
    github.failNext({
      method: 'POST',
      path: '/repos/acme/infra/check-runs',
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });
    const result = await runAction({ path: cluster }, 'push', await scheduleEvent());
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n').filter((line) => line.startsWith('::error '))).toHaveLength(9);
    expect(result.stdout).toMatch(/^::error::hostgw-preflight: 70 findings/m);
    // Without checks: write the rest is counted in the log and the summary, and the step's verdict is unchanged.
    expect(result.stdout).toMatch(/^::warning::check run failed: .*checks: write/m);
    expect(result.stdout).toMatch(/^::warning::61 findings not annotated: GitHub shows 10 annotations per level/m);
    expect(result.summary).toContain('61 findings not annotated');
    expect(result.outputs).toMatchObject({ findings: '70', passed: 'false' });
  });

  it('annotates only the files a pull request changes with annotations: changed', async () => {
    github.seedPullRequest({ number: 42, files: [{ filename: 'fixtures/aws/broken/nodes.json' }] });
    const result = await runAction(
      { path: 'fixtures/aws/broken', annotations: 'changed' },
      'pull_request',
      await pullRequestEvent(),
    );
    expect(result.code).toBe(1);
    const annotated = result.stdout.split('\n').filter((line) => /^::(error|warning|notice) /.test(line));
    expect(annotated.length).toBe(4);
    expect(annotated.every((line) => line.includes('file=fixtures/aws/broken/nodes.json,'))).toBe(true);
    expect(result.summary).toContain('3 findings outside the files this pull request changes');
    expect(github.requests.some((r) => r.path.startsWith('/repos/acme/infra/pulls/42/files'))).toBe(true);
  });

  it('fails the step with one line naming a bad input, and never prints the token', async () => {
    const result = await runAction(
      { path: 'fixtures/gce/healthy', 'fail-on': 'sometimes' },
      'push',
      await scheduleEvent(),
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '::error::hostgw-preflight: input "fail-on": "sometimes" is not one of error, warning, note, never',
    );
    expect(result.stdout).not.toMatch(/^\s+at /m);
    expect(result.stdout.replace(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN);
  });

  it('refuses live-mode inputs without live: true, and masks a kubeconfig given as content', async () => {
    const kubeconfig =
      'apiVersion: v1\nkind: Config\nusers:\n- name: ci\n  user:\n    token: kube-secret-token-0123456789\n';
    const result = await runAction({ path: 'fixtures/gce/healthy', kubeconfig }, 'schedule', await scheduleEvent());
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('::error::hostgw-preflight: input "kubeconfig" is only used with "live: true"');
    // The value itself is masked, never the whole `token: …` line (issue 14): an echo of the bare token stays masked.
    expect(result.stdout).toContain('::add-mask::kube-secret-token-0123456789\n');
    expect(result.stdout).not.toContain('::add-mask::token:');
  });
});
