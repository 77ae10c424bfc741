/**
 * Tests for the fake GitHub REST API: one suite checks the wire protocol with plain `fetch` (following
 * `Link: <...>; rel="next"` the way Octokit's paginate does), the other drives the fake with the real Octokit
 * client from `@actions/github`.
 */
import { getOctokit } from '@actions/github';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type Annotation, type FakeGitHub } from './fake-github.js';

const TOKEN = 'ghs_fakeTokenForTests0000';

interface Res<T = any> {
  status: number;
  headers: Headers;
  data: T;
}

function client(fake: FakeGitHub, token: string | null = TOKEN) {
  async function request<T = any>(method: string, pathOrUrl: string, body?: unknown): Promise<Res<T>> {
    const headers: Record<string, string> = { accept: 'application/vnd.github+json', 'user-agent': 'fake-github-test' };
    if (token !== null) headers.authorization = `token ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json; charset=utf-8';
    const url = pathOrUrl.startsWith('http') ? pathOrUrl : `${fake.url}${pathOrUrl}`;
    const res = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, headers: res.headers, data: (text ? JSON.parse(text) : undefined) as T };
  }
  /** Same algorithm as @octokit/plugin-paginate-rest: follow rel="next" until absent. */
  async function paginate<T = any>(path: string): Promise<{ items: T[]; pages: number }> {
    const items: T[] = [];
    let url: string | undefined = `${fake.url}${path}`;
    let pages = 0;
    while (url) {
      const res: Res<T[]> = await request<T[]>('GET', url);
      expect(res.status).toBe(200);
      items.push(...res.data);
      pages += 1;
      url = ((res.headers.get('link') ?? '').match(/<([^<>]+)>;\s*rel="next"/) || [])[1];
    }
    return { items, pages };
  }
  return { request, paginate };
}

function annotations(n: number, offset = 0): Annotation[] {
  return Array.from({ length: n }, (_, i) => ({
    path: `inventory/node-${i + offset}.yaml`,
    start_line: i + 1,
    end_line: i + 1,
    annotation_level: 'warning' as const,
    message: `finding ${i + offset}`,
  }));
}

const R = '/repos/acme/infra';

describe('fake GitHub REST API (fetch)', () => {
  let fake: FakeGitHub;
  let gh: ReturnType<typeof client>;

  beforeEach(async () => {
    fake = await startFakeGitHub();
    gh = client(fake);
  });
  afterEach(async () => {
    await fake.close();
  });

  it('binds to 127.0.0.1 and answers with GitHub-like headers', async () => {
    expect(fake.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    fake.seedIssue({ title: 'x' });
    const res = await gh.request('GET', `${R}/issues/1`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('x-github-api-version-selected')).toBe('2022-11-28');
    expect(res.headers.get('x-ratelimit-limit')).toBe('5000');
    expect(Number(res.headers.get('x-ratelimit-remaining'))).toBeLessThan(5000);
    expect(res.headers.get('x-ratelimit-reset')).toMatch(/^\d+$/);
  });

  it('rejects requests without a token (or with another scheme) with 401 and records the token without exposing it', async () => {
    const anon = client(fake, null);
    const res = await anon.request('GET', `${R}/issues`);
    expect(res.status).toBe(401);
    expect(res.data).toMatchObject({ message: 'Bad credentials' });

    const basic = await fetch(`${fake.url}${R}/issues`, { headers: { authorization: 'Basic dXNlcjpwYXNz' } });
    expect(basic.status).toBe(401);

    const bearer = await fetch(`${fake.url}${R}/issues`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(bearer.status).toBe(200);
    expect((await gh.request('GET', `${R}/issues`)).status).toBe(200);

    const last = fake.requests.at(-1)!;
    expect(last.token).toBe(TOKEN);
    expect(last.headers.authorization).toBe('token [REDACTED]');
    expect(JSON.stringify(fake.requests)).not.toContain(TOKEN);
    expect(fake.requests[0]!.token).toBeUndefined();
  });

  it('only accepts the configured token when one is given', async () => {
    const strict = await startFakeGitHub({ token: 'right' });
    try {
      expect((await client(strict, 'wrong').request('GET', `${R}/issues`)).status).toBe(401);
      expect((await client(strict, 'right').request('GET', `${R}/issues`)).status).toBe(200);
    } finally {
      await strict.close();
    }
  });

  it('paginates issue comments with per_page/page and Link headers', async () => {
    for (let i = 0; i < 75; i++) fake.seedComment(7, `comment ${i}`);

    const first = await gh.request('GET', `${R}/issues/7/comments`);
    expect(first.data).toHaveLength(30);
    const link = first.headers.get('link')!;
    expect(link).toBe(
      `<${fake.url}${R}/issues/7/comments?page=2>; rel="next", <${fake.url}${R}/issues/7/comments?page=3>; rel="last"`,
    );

    const middle = await gh.request('GET', `${R}/issues/7/comments?per_page=30&page=2`);
    expect(middle.headers.get('link')).toContain('rel="prev"');
    expect(middle.headers.get('link')).toContain('rel="first"');

    const all = await gh.paginate<{ body: string; issue_number?: number }>(`${R}/issues/7/comments?per_page=20`);
    expect(all.pages).toBe(4);
    expect(all.items.map((c) => c.body)).toEqual(Array.from({ length: 75 }, (_, i) => `comment ${i}`));
    expect(all.items[0]).not.toHaveProperty('issue_number');

    const single = await gh.request('GET', `${R}/issues/7/comments?per_page=100`);
    expect(single.data).toHaveLength(75);
    expect(single.headers.get('link')).toBeNull();

    expect((await gh.request('GET', `${R}/issues/999/comments`)).status).toBe(404);
  });

  it('creates, updates and deletes comments', async () => {
    fake.seedIssue({ title: 'Drift report' });
    const created = await gh.request('POST', `${R}/issues/1/comments`, { body: 'first' });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({
      body: 'first',
      user: { login: 'github-actions[bot]', type: 'Bot' },
      html_url: `https://github.com/acme/infra/issues/1#issuecomment-${created.data.id}`,
      issue_url: `${fake.url}${R}/issues/1`,
    });
    expect(created.data.node_id).toEqual(expect.any(String));
    expect(created.data.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);

    const updated = await gh.request('PATCH', `${R}/issues/comments/${created.data.id}`, { body: 'second' });
    expect(updated.status).toBe(200);
    expect(updated.data.body).toBe('second');
    expect(fake.state.comments[0]!.body).toBe('second');
    expect((await gh.request('GET', `${R}/issues/1`)).data.comments).toBe(1);

    const deleted = await gh.request('DELETE', `${R}/issues/comments/${created.data.id}`);
    expect(deleted.status).toBe(204);
    expect(deleted.data).toBeUndefined();
    expect(fake.state.comments).toHaveLength(0);

    expect((await gh.request('DELETE', `${R}/issues/comments/${created.data.id}`)).status).toBe(404);
    expect((await gh.request('POST', `${R}/issues/42/comments`, { body: 'x' })).status).toBe(404);
    expect((await gh.request('POST', `${R}/issues/1/comments`, {})).status).toBe(422);
  });

  it('creates, updates and lists issues with label, state and creator filters', async () => {
    const a = await gh.request('POST', `${R}/issues`, {
      title: 'Route drift on aws',
      body: 'details',
      labels: ['drift', 'aws'],
    });
    expect(a.status).toBe(201);
    expect(a.data).toMatchObject({
      number: 1,
      state: 'open',
      state_reason: null,
      html_url: 'https://github.com/acme/infra/issues/1',
      user: { login: 'github-actions[bot]', type: 'Bot' },
      labels: [
        { name: 'drift', color: expect.stringMatching(/^[0-9a-f]{6}$/), id: expect.any(Number) },
        { name: 'aws', color: expect.any(String), id: expect.any(Number) },
      ],
    });
    expect(a.data).not.toHaveProperty('pull_request');
    await gh.request('POST', `${R}/issues`, { title: 'Route drift on gce', labels: ['drift', 'gce'] });
    const pr = fake.seedPullRequest({ title: 'Fix routes', labels: ['drift', 'aws'], user: 'octocat' });
    expect(pr.html_url).toBe('https://github.com/acme/infra/pull/3');

    const both = await gh.request('GET', `${R}/issues?labels=drift,aws`);
    expect(both.data.map((i: { number: number }) => i.number)).toEqual([3, 1]); // created desc, PRs included
    expect(both.data[0].pull_request).toMatchObject({ html_url: 'https://github.com/acme/infra/pull/3' });
    expect((await gh.request('GET', `${R}/issues?labels=DRIFT`)).data).toHaveLength(3);
    expect(
      (await gh.request('GET', `${R}/issues?creator=octocat`)).data.map((i: { number: number }) => i.number),
    ).toEqual([3]);

    const closed = await gh.request('PATCH', `${R}/issues/1`, {
      state: 'closed',
      state_reason: 'not_planned',
      title: 'Route drift on aws (stale)',
    });
    expect(closed.status).toBe(200);
    expect(closed.data).toMatchObject({
      state: 'closed',
      state_reason: 'not_planned',
      title: 'Route drift on aws (stale)',
    });
    expect(closed.data.closed_at).toEqual(expect.any(String));

    expect(
      (await gh.request('GET', `${R}/issues?labels=drift,aws`)).data.map((i: { number: number }) => i.number),
    ).toEqual([3]);
    expect(
      (await gh.request('GET', `${R}/issues?labels=drift,aws&state=closed`)).data.map(
        (i: { number: number }) => i.number,
      ),
    ).toEqual([1]);
    expect(
      (await gh.request('GET', `${R}/issues?state=all&direction=asc`)).data.map((i: { number: number }) => i.number),
    ).toEqual([1, 2, 3]);

    const reopened = await gh.request('PATCH', `${R}/issues/1`, { state: 'open', labels: ['drift'] });
    expect(reopened.data).toMatchObject({ state: 'open', state_reason: 'reopened', closed_at: null });
    expect(reopened.data.labels.map((l: { name: string }) => l.name)).toEqual(['drift']);

    expect((await gh.request('PATCH', `${R}/issues/1`, { state: 'merged' })).status).toBe(422);
    expect((await gh.request('POST', `${R}/issues`, { body: 'no title' })).status).toBe(422);
    expect((await gh.request('GET', `${R}/issues/99`)).status).toBe(404);
    expect(fake.state.issues).toHaveLength(3);
  });

  it('paginates the issue list', async () => {
    for (let i = 0; i < 5; i++) fake.seedIssue({ title: `i${i}` });
    const all = await gh.paginate<{ title: string }>(`${R}/issues?per_page=2&state=open`);
    expect(all.pages).toBe(3);
    expect(all.items.map((i) => i.title)).toEqual(['i4', 'i3', 'i2', 'i1', 'i0']);
  });

  it('creates and reads labels', async () => {
    const created = await gh.request('POST', `${R}/labels`, {
      name: 'needs triage',
      color: 'd73a4a',
      description: 'x',
    });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({ name: 'needs triage', color: 'd73a4a', description: 'x', default: false });

    const dup = await gh.request('POST', `${R}/labels`, { name: 'Needs Triage', color: 'ffffff' });
    expect(dup.status).toBe(422);
    expect(dup.data).toMatchObject({ message: 'Validation Failed', errors: [{ code: 'already_exists' }] });

    expect((await gh.request('GET', `${R}/labels/${encodeURIComponent('needs triage')}`)).data.id).toBe(
      created.data.id,
    );
    expect((await gh.request('GET', `${R}/labels/missing`)).status).toBe(404);
  });

  it('accepts a check run with 50 annotations, rejects 51, and appends annotations on update', async () => {
    const created = await gh.request('POST', `${R}/check-runs`, {
      name: 'hostgw-preflight',
      head_sha: 'a'.repeat(40),
      status: 'in_progress',
      output: { title: 'Preflight', summary: 'running', annotations: annotations(50) },
    });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({
      name: 'hostgw-preflight',
      status: 'in_progress',
      conclusion: null,
      output: { title: 'Preflight', summary: 'running', annotations_count: 50 },
    });
    const id: number = created.data.id;

    const tooMany = await gh.request('PATCH', `${R}/check-runs/${id}`, {
      output: { title: 'Preflight', summary: 'more', annotations: annotations(51) },
    });
    expect(tooMany.status).toBe(422);
    expect(tooMany.data).toMatchObject({
      message: 'Validation Failed',
      errors: [expect.objectContaining({ field: 'output.annotations' })],
    });
    expect(
      (
        await gh.request('POST', `${R}/check-runs`, {
          name: 'x',
          head_sha: 'b'.repeat(40),
          output: { title: 't', summary: 's', annotations: annotations(51) },
        })
      ).status,
    ).toBe(422);
    expect(fake.state.checkRuns).toHaveLength(1);
    expect(fake.state.checkRuns[0]!.annotations).toHaveLength(50);

    const done = await gh.request('PATCH', `${R}/check-runs/${id}`, {
      conclusion: 'failure',
      output: { title: 'Preflight: 60 findings', summary: 'done', annotations: annotations(10, 50) },
    });
    expect(done.status).toBe(200);
    expect(done.data).toMatchObject({
      status: 'completed',
      conclusion: 'failure',
      output: { title: 'Preflight: 60 findings', summary: 'done', annotations_count: 60 },
    });
    expect(done.data.completed_at).toEqual(expect.any(String));
    expect(fake.state.checkRuns[0]!.annotation_batches).toEqual([50, 10]);

    const listed = await gh.paginate<{ message: string }>(`${R}/check-runs/${id}/annotations?per_page=25`);
    expect(listed.items.map((a) => a.message)).toEqual(Array.from({ length: 60 }, (_, i) => `finding ${i}`));

    const bad = await gh.request('PATCH', `${R}/check-runs/${id}`, {
      output: {
        summary: 's',
        annotations: [
          { path: 'a', start_line: 1, end_line: 2, start_column: 1, annotation_level: 'warning', message: 'm' },
        ],
      },
    });
    expect(bad.status).toBe(422);
    expect(
      (await gh.request('POST', `${R}/check-runs`, { name: 'x', head_sha: 'c', status: 'completed' })).status,
    ).toBe(422);
  });

  it('serves seeded pull request files with pagination', async () => {
    fake.seedPullRequest({
      number: 12,
      files: Array.from({ length: 35 }, (_, i) => ({ filename: `inventory/n${i}.yaml` })),
    });
    const all = await gh.paginate<{ filename: string; status: string; changes: number }>(`${R}/pulls/12/files`);
    expect(all.pages).toBe(2);
    expect(all.items).toHaveLength(35);
    expect(all.items[0]).toMatchObject({ filename: 'inventory/n0.yaml', status: 'modified', changes: 1 });
    expect((await gh.request('GET', `${R}/pulls/13/files`)).status).toBe(404);
  });

  it('answers 404 for unknown routes and repos, and can inject failures', async () => {
    const unknown = await gh.request('GET', `${R}/deployments`);
    expect(unknown.status).toBe(404);
    expect(unknown.data).toMatchObject({ message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    expect((await gh.request('GET', '/repos/acme/other/issues')).status).toBe(404);
    expect((await gh.request('GET', '/repos/ACME/Infra/issues')).status).toBe(200);

    fake.failNext({ method: 'POST', path: /\/comments$/, status: 502 });
    fake.seedIssue();
    expect((await gh.request('POST', `${R}/issues/1/comments`, { body: 'x' })).status).toBe(502);
    expect((await gh.request('POST', `${R}/issues/1/comments`, { body: 'x' })).status).toBe(201);
    expect(fake.requests.filter((r) => r.method === 'POST').map((r) => r.body)).toEqual([{ body: 'x' }, { body: 'x' }]);
  });
});

// ------------------------------------------------------------------------------------------------------------
// The real Octokit client from @actions/github, used the way src/action/* uses it.
// ------------------------------------------------------------------------------------------------------------

describe('fake GitHub REST API (@actions/github Octokit)', () => {
  let fake: FakeGitHub;
  let octokit: ReturnType<typeof getOctokit>;
  const repo = { owner: 'acme', repo: 'infra' };

  beforeEach(async () => {
    fake = await startFakeGitHub();
    octokit = getOctokit(TOKEN, { baseUrl: fake.url });
  });
  afterEach(async () => {
    await fake.close();
  });

  it('paginates comments across pages and updates one in place', async () => {
    for (let i = 0; i < 45; i++) fake.seedComment(3, `c${i}`);
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      ...repo,
      issue_number: 3,
      per_page: 10,
    });
    expect(comments.map((c) => c.body)).toEqual(Array.from({ length: 45 }, (_, i) => `c${i}`));
    expect(fake.requests.filter((r) => r.path.endsWith('/comments'))).toHaveLength(5);
    expect(fake.requests[0]!.token).toBe(TOKEN);
    expect(fake.requests[0]!.headers.authorization).toBe('token [REDACTED]');

    const target = comments[44]!;
    const { data } = await octokit.rest.issues.updateComment({ ...repo, comment_id: target.id, body: 'edited' });
    expect(data.html_url).toBe(`https://github.com/acme/infra/issues/3#issuecomment-${target.id}`);
    expect(fake.state.comments.at(-1)!.body).toBe('edited');
  });

  it('creates labels (422 when they exist), creates, updates and lists issues with a labels filter', async () => {
    const label = { ...repo, name: 'hostgw-drift', color: 'd93f0b', description: 'drift' };
    expect((await octokit.rest.issues.createLabel(label)).status).toBe(201);
    await expect(octokit.rest.issues.createLabel(label)).rejects.toMatchObject({ status: 422 });

    const { data: issue } = await octokit.rest.issues.create({
      ...repo,
      title: 'Drift',
      body: 'b',
      labels: ['hostgw-drift', 'aws'],
    });
    await octokit.rest.issues.create({ ...repo, title: 'Other', labels: ['gce'] });
    fake.seedPullRequest({ title: 'A PR', labels: ['hostgw-drift', 'aws'] });
    await octokit.rest.issues.update({ ...repo, issue_number: issue.number, body: 'updated' });

    const open = await octokit.paginate(octokit.rest.issues.listForRepo, {
      ...repo,
      state: 'open',
      labels: 'hostgw-drift,aws',
      per_page: 1,
    });
    expect(open.map((i) => [i.title, Boolean(i.pull_request)])).toEqual([
      ['A PR', true],
      ['Drift', false],
    ]);
    expect(open[1]!.body).toBe('updated');

    await octokit.rest.issues.update({
      ...repo,
      issue_number: issue.number,
      state: 'closed',
      state_reason: 'completed',
    });
    const stillOpen = await octokit.paginate(octokit.rest.issues.listForRepo, { ...repo, labels: 'hostgw-drift' });
    expect(stillOpen.map((i) => i.title)).toEqual(['A PR']);
  });

  it('accepts 50 annotations per request, rejects 51, and appends across updates', async () => {
    const { data: run } = await octokit.rest.checks.create({
      ...repo,
      name: 'preflight',
      head_sha: 'f'.repeat(40),
      status: 'in_progress',
      output: { title: 't', summary: 's', annotations: annotations(50) },
    });
    expect(run.html_url).toBe(`https://github.com/acme/infra/runs/${run.id}`);
    await expect(
      octokit.rest.checks.update({
        ...repo,
        check_run_id: run.id,
        output: { title: 't', summary: 's', annotations: annotations(51) },
      }),
    ).rejects.toMatchObject({ status: 422 });
    await octokit.rest.checks.update({
      ...repo,
      check_run_id: run.id,
      output: { title: 't', summary: 's', annotations: annotations(20, 50) },
    });
    const { data: done } = await octokit.rest.checks.update({
      ...repo,
      check_run_id: run.id,
      status: 'completed',
      conclusion: 'failure',
    });
    expect(done).toMatchObject({ status: 'completed', conclusion: 'failure', output: { annotations_count: 70 } });
    expect(fake.state.checkRuns[0]!.annotation_batches).toEqual([50, 20, 0]);
  });

  it('answers GET /user as the token: 403 for an integration token, the user for a personal one, who then authors', async () => {
    await expect(octokit.rest.users.getAuthenticated()).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining('Resource not accessible by integration'),
    });
    const { data: byBot } = await octokit.rest.issues.createComment({
      ...repo,
      issue_number: fake.seedIssue().number,
      body: 'a',
    });
    expect(byBot.user).toMatchObject({ login: 'github-actions[bot]', type: 'Bot' });

    fake.setIdentity({ login: 'release-bot-user' });
    const { data: me } = await octokit.rest.users.getAuthenticated();
    expect(me).toMatchObject({ login: 'release-bot-user', type: 'User' });
    const { data: issue } = await octokit.rest.issues.create({ ...repo, title: 'mine' });
    const { data: comment } = await octokit.rest.issues.createComment({
      ...repo,
      issue_number: issue.number,
      body: 'b',
    });
    expect([issue.user?.login, comment.user?.login]).toEqual(['release-bot-user', 'release-bot-user']);
  });

  it('seeds issues and comments as a fork author writes them', async () => {
    fake.seedIssue({ number: 7, body: 'x', user: { login: 'mallory', type: 'User' } });
    fake.seedComment(7, 'y', { user: 'mallory' });
    fake.seedComment(7, 'z', { user: { login: 'looks-like[bot]', type: 'User' } });
    const { data: issue } = await octokit.rest.issues.get({ ...repo, issue_number: 7 });
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: 7 });
    expect(issue.user).toMatchObject({ login: 'mallory', type: 'User' });
    expect(comments.map((c) => [c.user?.login, c.user?.type])).toEqual([
      ['mallory', 'User'],
      ['looks-like[bot]', 'User'],
    ]);
  });

  it('fails with 401 for a token the server does not accept', async () => {
    // getOctokit() refuses an empty token client-side, so use a fake that only accepts one specific token.
    const strict = await startFakeGitHub({ token: 'the-only-valid-token' });
    try {
      const wrong = getOctokit(TOKEN, { baseUrl: strict.url });
      await expect(wrong.rest.issues.get({ ...repo, issue_number: 1 })).rejects.toMatchObject({ status: 401 });
    } finally {
      await strict.close();
    }
  });
});
