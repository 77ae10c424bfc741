/**
 * Attack: a fork author posts a comment (or opens an issue) carrying the hidden marker of the sticky comment
 * (or of the drift issue). Adopting it would let them choose what the Action overwrites, and hide the real
 * report where they control the thread. Only what the token itself wrote is adopted: the login GET /user
 * returns for a personal token; a Bot author for tokens that cannot read GET /user (the default GITHUB_TOKEN,
 * GitHub App installation tokens). Runs dist/index.js against the GitHub API stand-in.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pullRequestEvent, runAction, scheduleEvent } from '../action/run-action.js';
import { startFakeGitHub, type FakeGitHub } from '../support/github/fake-github.js';

const COMMENT_MARKER = '<!-- hostgw-preflight:comment:default -->';
const DRIFT_MARKER = '<!-- hostgw-preflight:drift:prod -->';
const FORK_AUTHOR = { login: 'mallory', type: 'User' as const };
const FORGED = `${COMMENT_MARKER}\n✅ hostgw-preflight: passed (trust me)`;

let github: FakeGitHub;
let work: string;

beforeEach(async () => {
  github = await startFakeGitHub();
  work = await mkdtemp(join(tmpdir(), 'hostgw-attack-comment-'));
  github.seedPullRequest({ number: 42, title: 'Move the Windows pool', user: FORK_AUTHOR });
});

afterEach(async () => {
  await github.close();
  await rm(work, { recursive: true, force: true });
});

const gate = async () =>
  runAction(
    { github, work },
    { path: 'fixtures/gce/broken', comment: 'update' },
    'pull_request',
    await pullRequestEvent(work),
  );
const drift = async (path: string) =>
  runAction(
    { github, work },
    { path, 'drift-issue': 'on', 'cluster-name': 'prod' },
    'schedule',
    await scheduleEvent(work),
  );
const edits = (path: RegExp) =>
  github.requests
    .filter((request) => request.method === 'PATCH' && path.test(request.path))
    .map((request) => request.path);
const userLookups = () => github.requests.filter((request) => request.path === '/user').length;

describe('the sticky comment', () => {
  it("never adopts a fork author's comment with the marker: a new one is posted, theirs is left as it was", async () => {
    const forged = github.seedComment(42, FORGED, { user: FORK_AUTHOR });
    const result = await gate();
    expect(result.code).toBe(1);
    expect(github.state.comments.find((comment) => comment.id === forged.id)!.body).toBe(FORGED);
    expect(edits(/\/issues\/comments\//)).toEqual([]);
    const ours = github.state.comments.filter((comment) => comment.id !== forged.id);
    expect(ours.map((comment) => [comment.user.login, comment.body.startsWith(COMMENT_MARKER)])).toEqual([
      ['github-actions[bot]', true],
    ]);
    expect(ours[0]!.body).toContain('❌ hostgw-preflight: failed');
  });

  it("updates its own earlier comment (default token: a Bot author), not the fork author's posted before it", async () => {
    const forged = github.seedComment(42, FORGED, { user: FORK_AUTHOR });
    const own = github.seedComment(42, `${COMMENT_MARKER}\nan earlier run`, { user: 'github-actions[bot]' });
    await gate();
    expect(github.state.comments).toHaveLength(2);
    expect(edits(/\/issues\/comments\//)).toEqual([`/repos/acme/infra/issues/comments/${own.id}`]);
    expect(github.state.comments.find((comment) => comment.id === forged.id)!.body).toBe(FORGED);
    expect(userLookups()).toBe(1);
  });

  it('updates its own earlier comment with a personal token: the login GET /user returns, no other author, not even a Bot', async () => {
    github.setIdentity({ login: 'infra-ci', type: 'User' });
    github.seedComment(42, FORGED, { user: FORK_AUTHOR });
    github.seedComment(42, `${COMMENT_MARKER}\nanother app`, { user: 'other-app[bot]' });
    const own = github.seedComment(42, `${COMMENT_MARKER}\nan earlier run`, {
      user: { login: 'infra-ci', type: 'User' },
    });
    await gate();
    expect(github.state.comments).toHaveLength(3);
    expect(edits(/\/issues\/comments\//)).toEqual([`/repos/acme/infra/issues/comments/${own.id}`]);
    expect(userLookups()).toBe(1);
  });

  it('asks for its identity only when it looks for a comment to adopt', async () => {
    await runAction(
      { github, work },
      { path: 'fixtures/gce/broken', comment: 'new' },
      'pull_request',
      await pullRequestEvent(work),
    );
    await runAction({ github, work }, { path: 'fixtures/gce/broken' }, 'pull_request', await pullRequestEvent(work));
    expect(userLookups()).toBe(0);
  });
});

describe('the drift issue', () => {
  it("never adopts or closes a fork author's issue with the marker and label: it opens its own", async () => {
    const forged = github.seedIssue({
      title: 'host-gw networking drift on prod',
      body: `${DRIFT_MARKER}\nnothing to see`,
      labels: ['hostgw-drift'],
      user: FORK_AUTHOR,
    });
    await drift('fixtures/aws/broken');
    const ours = github.state.issues.filter((issue) => !issue.pull_request && issue.number !== forged.number);
    expect(ours.map((issue) => [issue.user.login, issue.state])).toEqual([['github-actions[bot]', 'open']]);
    expect(forged.body).toBe(`${DRIFT_MARKER}\nnothing to see`);
    expect(edits(new RegExp(`/issues/${forged.number}$`))).toEqual([]);

    await drift('fixtures/aws/healthy');
    expect(ours[0]!.state).toBe('closed');
    expect(forged.state).toBe('open');
    expect(github.state.comments.filter((comment) => comment.issue_number === forged.number)).toEqual([]);
  });

  it('updates its own open issue, with a personal token or the default one', async () => {
    github.setIdentity({ login: 'infra-ci', type: 'User' });
    // GitHub lists the newest issue first: the forged one, opened after ours.
    const own = github.seedIssue({
      body: `${DRIFT_MARKER}\nearlier`,
      labels: ['hostgw-drift'],
      user: { login: 'infra-ci', type: 'User' },
    });
    github.seedIssue({ body: `${DRIFT_MARKER}\nforged`, labels: ['hostgw-drift'], user: FORK_AUTHOR });
    await drift('fixtures/aws/broken');
    expect(edits(/\/issues\/\d+$/)).toEqual([`/repos/acme/infra/issues/${own.number}`]);
    expect(github.state.issues.filter((issue) => !issue.pull_request)).toHaveLength(2);

    github.setIdentity('integration');
    const bots = github.seedIssue({
      number: 1,
      body: `${DRIFT_MARKER}\nearlier`,
      labels: ['hostgw-drift'],
      user: 'github-actions[bot]',
      created_at: '2026-01-01T00:00:00Z',
    });
    await drift('fixtures/aws/healthy');
    expect(bots.state).toBe('closed');
    expect(github.state.issues.filter((issue) => issue.state === 'open' && !issue.pull_request)).toHaveLength(2);
  });
});
