/**
 * A local, in-memory fake of the parts of the GitHub REST API that the Action uses, speaking the real wire
 * protocol (paths, methods, JSON bodies, status codes, `Link` pagination) closely enough for Octokit /
 * `@actions/github`. Start it, point the Action's GITHUB_API_URL at `fake.url`, run the Action, then inspect
 * `fake.requests` and `fake.state`.
 *
 * Supported (for the configured repo, default acme/infra; extra repos via `fake.repoState(owner, repo)`):
 *   GET    /repos/{o}/{r}/issues                        state, labels, creator, assignee, since, sort, direction, paging
 *   POST   /repos/{o}/{r}/issues                        title, body, labels, assignees
 *   GET    /repos/{o}/{r}/issues/{n}
 *   PATCH  /repos/{o}/{r}/issues/{n}                    title, body, state, state_reason, labels, assignees
 *   GET    /repos/{o}/{r}/issues/{n}/comments           since, paging
 *   POST   /repos/{o}/{r}/issues/{n}/comments
 *   GET    /repos/{o}/{r}/issues/comments               since, paging (all comments in the repo)
 *   GET    /repos/{o}/{r}/issues/comments/{id}
 *   PATCH  /repos/{o}/{r}/issues/comments/{id}
 *   DELETE /repos/{o}/{r}/issues/comments/{id}
 *   GET    /repos/{o}/{r}/issues/{n}/labels             paging
 *   POST   /repos/{o}/{r}/issues/{n}/labels             add labels
 *   PUT    /repos/{o}/{r}/issues/{n}/labels             replace labels
 *   DELETE /repos/{o}/{r}/issues/{n}/labels/{name}
 *   GET    /repos/{o}/{r}/labels                        paging
 *   POST   /repos/{o}/{r}/labels
 *   GET    /repos/{o}/{r}/labels/{name}
 *   POST   /repos/{o}/{r}/check-runs                    at most 50 annotations per request
 *   GET    /repos/{o}/{r}/check-runs/{id}
 *   PATCH  /repos/{o}/{r}/check-runs/{id}               appends annotations, at most 50 per request
 *   GET    /repos/{o}/{r}/check-runs/{id}/annotations   paging
 *   GET    /repos/{o}/{r}/commits/{ref}/check-runs      check_name, status, paging ({total_count, check_runs})
 *   GET    /repos/{o}/{r}/pulls/{n}/files               paging
 *   GET    /user                                        the token's identity (see `identity`)
 * Anything else answers 404 {message: 'Not Found'}. An optional `/api/v3` prefix (GHES style) is accepted.
 *
 * Every request must carry `authorization: token X` or `Bearer X` (scheme case-insensitive, as Octokit sends
 * `token` for PATs and `bearer` for JWTs); otherwise 401 {message: 'Bad credentials'}. The token is kept on
 * the recorded request as a non-enumerable `token` property and redacted in `headers.authorization`, so that
 * printing or diffing `fake.requests` never shows it.
 *
 * The token's identity (option `identity`, or `fake.setIdentity`) is who authors what the client creates:
 * 'integration' (default) acts like the default GITHUB_TOKEN or an App installation token: GET /user answers
 * 403 "Resource not accessible by integration" and new issues and comments are by github-actions[bot] (type
 * Bot); `{login}` acts like a personal token: GET /user returns that user, who authors them.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

// ---------------------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------------------

export interface RecordedRequest {
  method: string;
  /** Path without query string, exactly as requested (including any `/api/v3` prefix). */
  path: string;
  query: Record<string, string>;
  /** Parsed JSON body; the raw string if it was not valid JSON; undefined if empty. */
  body: unknown;
  /** Request headers; `authorization` is redacted to `<scheme> [REDACTED]`. */
  headers: Record<string, string | string[] | undefined>;
  /** The bearer/token credential sent (non-enumerable, so it is not printed by inspect or test diffs). */
  readonly token?: string;
}

export interface User {
  login: string;
  id: number;
  node_id: string;
  avatar_url: string;
  url: string;
  html_url: string;
  type: 'Bot' | 'User';
  site_admin: boolean;
}

export interface Label {
  id: number;
  node_id: string;
  url: string;
  name: string;
  color: string;
  default: boolean;
  description: string | null;
}

export interface PullRequestRef {
  url: string;
  html_url: string;
  diff_url: string;
  patch_url: string;
  merged_at: string | null;
}

export type IssueStateReason = 'completed' | 'not_planned' | 'reopened' | 'duplicate' | null;

export interface Issue {
  id: number;
  node_id: string;
  url: string;
  repository_url: string;
  labels_url: string;
  comments_url: string;
  events_url: string;
  html_url: string;
  number: number;
  title: string;
  body: string | null;
  user: User;
  labels: Label[];
  state: 'open' | 'closed';
  state_reason: IssueStateReason;
  locked: boolean;
  assignee: User | null;
  assignees: User[];
  milestone: null;
  /** Recomputed from `state.comments` in every response. */
  comments: number;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  closed_by: User | null;
  author_association: string;
  active_lock_reason: string | null;
  /** Present only on pull requests (GitHub lists pull requests among issues). */
  pull_request?: PullRequestRef;
}

export interface Comment {
  id: number;
  node_id: string;
  url: string;
  html_url: string;
  issue_url: string;
  body: string;
  user: User;
  created_at: string;
  updated_at: string;
  author_association: string;
  performed_via_github_app: null;
  /** Fake-only bookkeeping: the issue/PR number the comment belongs to. Not sent over the wire. */
  issue_number: number;
}

export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
  raw_details?: string;
}

export type CheckRunStatus = 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending';
export type CheckRunConclusion =
  'action_required' | 'cancelled' | 'failure' | 'neutral' | 'success' | 'skipped' | 'stale' | 'timed_out';

export interface CheckRun {
  id: number;
  node_id: string;
  name: string;
  head_sha: string;
  external_id: string | null;
  url: string;
  html_url: string;
  details_url: string | null;
  status: CheckRunStatus;
  conclusion: CheckRunConclusion | null;
  started_at: string;
  completed_at: string | null;
  output: {
    title: string | null;
    summary: string | null;
    text: string | null;
    /** Recomputed from `annotations` in every response. */
    annotations_count: number;
    annotations_url: string;
  };
  check_suite: { id: number };
  app: { id: number; slug: string; node_id: string; name: string; owner: User };
  pull_requests: unknown[];
  /** Fake-only: every annotation received so far, in order (GET .../annotations serves these). */
  annotations: Annotation[];
  /** Fake-only: how many annotations each create/update request carried, in order. */
  annotation_batches: number[];
}

export interface PullFile {
  sha: string;
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  additions: number;
  deletions: number;
  changes: number;
  blob_url: string;
  raw_url: string;
  contents_url: string;
  patch?: string;
  previous_filename?: string;
}

/** All in-memory state of one repository. Arrays are live: push to seed, read to assert. */
export interface RepoState {
  owner: string;
  repo: string;
  issues: Issue[];
  comments: Comment[];
  checkRuns: CheckRun[];
  labels: Label[];
  /** Files of pull requests, keyed by PR number. */
  pullFiles: Record<number, PullFile[]>;
}

export interface IssueSeed {
  number?: number;
  title?: string;
  body?: string | null;
  /** Label names; missing repo labels are created. */
  labels?: string[];
  state?: 'open' | 'closed';
  state_reason?: IssueStateReason;
  /** The author: a login (type Bot when it ends in `[bot]`, else User) or both; default `github-actions[bot]`. */
  user?: UserSeed;
  assignees?: string[];
  created_at?: string;
  updated_at?: string;
  locked?: boolean;
}

/** A login, or a login with its account type, e.g. a fork author `{ login: 'mallory', type: 'User' }`. */
export type UserSeed = string | { login: string; type?: 'Bot' | 'User' };

/** Who the token is: see the module comment. */
export type TokenIdentity = 'integration' | { login: string; type?: 'Bot' | 'User' };

export interface PullFileSeed extends Partial<PullFile> {
  filename: string;
}

export interface FailureRule {
  method?: string;
  /** Matches the request path (string: exact path, or a prefix when it ends in `*`). */
  path?: string | RegExp;
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** How many matching requests to fail; default 1. */
  times?: number;
}

export interface FakeGitHubOptions {
  owner?: string;
  repo?: string;
  /** Default `per_page` when the client sends none (GitHub: 30). */
  perPage?: number;
  /** Upper bound for `per_page` (GitHub: 100). Lower it to force pagination with small seeds. */
  maxPerPage?: number;
  /** If set, only this exact token is accepted; any other answers 401. */
  token?: string;
  /** Clock for created_at/updated_at etc.; default `() => new Date()`. */
  now?: () => Date;
  /** Who the token is (GET /user, author of created issues and comments); default 'integration'. */
  identity?: TokenIdentity;
}

export interface FakeGitHub {
  /** e.g. http://127.0.0.1:PORT — use as GITHUB_API_URL / Octokit baseUrl. */
  url: string;
  owner: string;
  repo: string;
  /** Every request, in arrival order (including rejected ones). */
  requests: RecordedRequest[];
  /** State of the configured repo. */
  state: RepoState;
  /** State of another repo (created empty on first call; repos never created answer 404). */
  repoState(owner: string, repo: string): RepoState;
  /** Adds an issue (or, with `pull_request`, a PR) to the configured repo and returns the stored object. */
  seedIssue(seed?: IssueSeed): Issue;
  /** Adds a pull request (an issue with a `pull_request` key) and its changed files. */
  seedPullRequest(seed?: IssueSeed & { files?: PullFileSeed[]; merged_at?: string | null }): Issue;
  /** Adds a comment to issue/PR `issueNumber` (which is created if missing). */
  seedComment(issueNumber: number, body: string, extra?: { user?: UserSeed; created_at?: string }): Comment;
  /** Adds a repo label (or returns the existing one with that name). */
  seedLabel(name: string, color?: string, description?: string | null): Label;
  /** Changes who the token is, for the requests that follow. */
  setIdentity(identity: TokenIdentity): void;
  /** Make the next matching request(s) fail with the given status/body (e.g. 500, or 403 rate limit). */
  failNext(rule: FailureRule): void;
  close(): Promise<void>;
}

// ---------------------------------------------------------------------------------------------------------
// Implementation
// ---------------------------------------------------------------------------------------------------------

const DOCS = 'https://docs.github.com/rest';
const API_VERSION = '2022-11-28';
const MAX_ANNOTATIONS_PER_REQUEST = 50;
const MAX_OUTPUT_TEXT = 65535;

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
  ) {
    super(String(body.message));
  }
}

const notFound = (): HttpError => new HttpError(404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
const notSupplied = (field: string, doc: string): HttpError =>
  new HttpError(422, {
    message: `Invalid request.\n\n"${field}" wasn't supplied.`,
    documentation_url: doc,
    status: '422',
  });
const invalidRequest = (detail: string, doc: string): HttpError =>
  new HttpError(422, { message: `Invalid request.\n\n${detail}`, documentation_url: doc, status: '422' });
const validationFailed = (errors: Record<string, unknown>[], doc: string): HttpError =>
  new HttpError(422, { message: 'Validation Failed', errors, documentation_url: doc, status: '422' });

interface Ctx {
  method: string;
  /** Path with any /api/v3 prefix removed. */
  path: string;
  /** Path as requested, for building Link URLs. */
  rawPath: string;
  query: URLSearchParams;
  body: Record<string, unknown>;
}

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function randomHex(len: number): string {
  let s = '';
  while (s.length < len) s += randomUUID().replace(/-/g, '');
  return s.slice(0, len);
}

function nodeId(prefix: string, id: number): string {
  return `${prefix}_kwDO${Buffer.from(`0:${id}`).toString('base64url')}`;
}

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const owner = options.owner ?? 'acme';
  const repo = options.repo ?? 'infra';
  const defaultPerPage = options.perPage ?? 30;
  const maxPerPage = options.maxPerPage ?? 100;
  const clock = options.now ?? ((): Date => new Date());
  const startedAt = Date.now();

  const repos = new Map<string, RepoState>();
  const requests: RecordedRequest[] = [];
  const failures: (FailureRule & { remaining: number })[] = [];
  let idCounter = 1_000_000;
  let requestCount = 0;
  let baseUrl = '';

  const now = (): string =>
    clock()
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z');

  function nextId(existing: { id: number }[]): number {
    for (const item of existing) if (item.id > idCounter) idCounter = item.id;
    idCounter += 1;
    return idCounter;
  }

  function makeUser(seed: UserSeed): User {
    const login = typeof seed === 'string' ? seed : seed.login;
    const bot = typeof seed === 'string' || seed.type === undefined ? login.endsWith('[bot]') : seed.type === 'Bot';
    const id = bot ? 41898282 : 1000 + [...login].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 9_000_000, 7);
    return {
      login,
      id,
      node_id: bot ? 'MDM6Qm90NDE4OTgyODI=' : nodeId('U', id),
      avatar_url: bot
        ? 'https://avatars.githubusercontent.com/in/15368?v=4'
        : `https://avatars.githubusercontent.com/u/${id}?v=4`,
      url: `${baseUrl}/users/${encodeURIComponent(login)}`,
      html_url: bot ? 'https://github.com/apps/github-actions' : `https://github.com/${login}`,
      type: bot ? 'Bot' : 'User',
      site_admin: false,
    };
  }
  const botLogin = 'github-actions[bot]';
  let identity: TokenIdentity = options.identity ?? 'integration';
  /** The author of what the client creates: the token's own account. */
  const tokenAuthor = (): UserSeed => (identity === 'integration' ? botLogin : identity);
  const loginOf = (seed: UserSeed): string => (typeof seed === 'string' ? seed : seed.login);

  function repoKey(o: string, r: string): string {
    return `${o}/${r}`.toLowerCase();
  }

  function repoState(o: string, r: string): RepoState {
    const key = repoKey(o, r);
    let s = repos.get(key);
    if (!s) {
      s = { owner: o, repo: r, issues: [], comments: [], checkRuns: [], labels: [], pullFiles: {} };
      repos.set(key, s);
    }
    return s;
  }

  const apiRepo = (s: RepoState): string => `${baseUrl}/repos/${s.owner}/${s.repo}`;
  const htmlRepo = (s: RepoState): string => `https://github.com/${s.owner}/${s.repo}`;

  // ---- labels --------------------------------------------------------------------------------------------

  function findLabel(s: RepoState, name: string): Label | undefined {
    const lower = name.toLowerCase();
    return s.labels.find((l) => l.name.toLowerCase() === lower);
  }

  function createLabel(s: RepoState, name: string, color?: string, description?: string | null): Label {
    const id = nextId(s.labels);
    const label: Label = {
      id,
      node_id: nodeId('LA', id),
      url: `${apiRepo(s)}/labels/${encodeURIComponent(name)}`,
      name,
      color: (color ?? 'ededed').replace(/^#/, '').toLowerCase(),
      default: false,
      description: description ?? null,
    };
    s.labels.push(label);
    return label;
  }

  function ensureLabel(s: RepoState, name: string): Label {
    return findLabel(s, name) ?? createLabel(s, name);
  }

  /** Accepts GitHub's `labels` input: string[] or {name}[]; creates missing repo labels like GitHub does. */
  function labelsFromInput(s: RepoState, input: unknown, doc: string): Label[] {
    if (!Array.isArray(input)) {
      throw validationFailed([{ resource: 'Issue', field: 'labels', code: 'invalid' }], doc);
    }
    const out: Label[] = [];
    for (const item of input) {
      const name =
        typeof item === 'string' ? item : isRecord(item) && typeof item.name === 'string' ? item.name : undefined;
      if (name === undefined || name.trim() === '') {
        throw validationFailed([{ resource: 'Label', field: 'name', code: 'missing_field' }], doc);
      }
      const label = ensureLabel(s, name.trim());
      if (!out.includes(label)) out.push(label);
    }
    return out;
  }

  function usersFromInput(input: unknown, doc: string): User[] {
    if (!Array.isArray(input) || !input.every((a) => typeof a === 'string')) {
      throw validationFailed([{ resource: 'Issue', field: 'assignees', code: 'invalid' }], doc);
    }
    return (input as string[]).map((login) => makeUser(login));
  }

  // ---- issues --------------------------------------------------------------------------------------------

  function buildIssue(s: RepoState, seed: IssueSeed & { pull?: boolean; merged_at?: string | null }): Issue {
    const number = seed.number ?? s.issues.reduce((m, i) => Math.max(m, i.number), 0) + 1;
    if (s.issues.some((i) => i.number === number)) throw new Error(`fake-github: issue #${number} already exists`);
    const id = nextId(s.issues);
    const created = seed.created_at ?? now();
    const state = seed.state ?? 'open';
    const assignees = (seed.assignees ?? []).map((login) => makeUser(login));
    const api = `${apiRepo(s)}/issues/${number}`;
    const issue: Issue = {
      id,
      node_id: nodeId(seed.pull ? 'PR' : 'I', id),
      url: api,
      repository_url: apiRepo(s),
      labels_url: `${api}/labels{/name}`,
      comments_url: `${api}/comments`,
      events_url: `${api}/events`,
      html_url: `${htmlRepo(s)}/${seed.pull ? 'pull' : 'issues'}/${number}`,
      number,
      title: seed.title ?? `Issue ${number}`,
      body: seed.body ?? null,
      user: makeUser(seed.user ?? botLogin),
      labels: (seed.labels ?? []).map((n) => ensureLabel(s, n)),
      state,
      state_reason: seed.state_reason !== undefined ? seed.state_reason : state === 'closed' ? 'completed' : null,
      locked: seed.locked ?? false,
      assignee: assignees[0] ?? null,
      assignees,
      milestone: null,
      comments: 0,
      created_at: created,
      updated_at: seed.updated_at ?? created,
      closed_at: state === 'closed' ? (seed.updated_at ?? created) : null,
      closed_by: state === 'closed' ? makeUser(botLogin) : null,
      author_association: loginOf(seed.user ?? botLogin) === botLogin ? 'NONE' : 'MEMBER',
      active_lock_reason: null,
    };
    if (seed.pull) {
      const pullApi = `${apiRepo(s)}/pulls/${number}`;
      issue.pull_request = {
        url: pullApi,
        html_url: issue.html_url,
        diff_url: `${issue.html_url}.diff`,
        patch_url: `${issue.html_url}.patch`,
        merged_at: seed.merged_at ?? null,
      };
    }
    s.issues.push(issue);
    return issue;
  }

  function findIssue(s: RepoState, n: number): Issue {
    const issue = s.issues.find((i) => i.number === n);
    if (!issue) throw notFound();
    return issue;
  }

  function issueOut(s: RepoState, issue: Issue): Issue {
    const count = s.comments.reduce((c, x) => c + (x.issue_number === issue.number ? 1 : 0), 0);
    issue.comments = count;
    return { ...issue, labels: issue.labels.map((l) => ({ ...l })), comments: count };
  }

  // ---- comments ------------------------------------------------------------------------------------------

  function buildComment(
    s: RepoState,
    issueNumber: number,
    body: string,
    author: UserSeed = botLogin,
    created?: string,
  ): Comment {
    const id = nextId(s.comments);
    const issue = s.issues.find((i) => i.number === issueNumber);
    const kind = issue?.pull_request ? 'pull' : 'issues';
    const ts = created ?? now();
    const comment: Comment = {
      id,
      node_id: nodeId('IC', id),
      url: `${apiRepo(s)}/issues/comments/${id}`,
      html_url: `${htmlRepo(s)}/${kind}/${issueNumber}#issuecomment-${id}`,
      issue_url: `${apiRepo(s)}/issues/${issueNumber}`,
      body,
      user: makeUser(author),
      created_at: ts,
      updated_at: ts,
      author_association: loginOf(author) === botLogin ? 'NONE' : 'MEMBER',
      performed_via_github_app: null,
      issue_number: issueNumber,
    };
    s.comments.push(comment);
    return comment;
  }

  function commentOut(c: Comment): Omit<Comment, 'issue_number'> {
    const { issue_number: _ignored, ...wire } = c;
    return wire;
  }

  function findComment(s: RepoState, id: number): Comment {
    const c = s.comments.find((x) => x.id === id);
    if (!c) throw notFound();
    return c;
  }

  // ---- check runs ----------------------------------------------------------------------------------------

  const CHECK_STATUSES: readonly string[] = ['queued', 'in_progress', 'completed', 'waiting', 'requested', 'pending'];
  const CHECK_CONCLUSIONS: readonly string[] = [
    'action_required',
    'cancelled',
    'failure',
    'neutral',
    'success',
    'skipped',
    'stale',
    'timed_out',
  ];

  function validateOutput(
    output: unknown,
    creating: boolean,
    doc: string,
  ): { output: Record<string, unknown>; annotations: Annotation[] } | undefined {
    if (output === undefined || output === null) return undefined;
    if (!isRecord(output)) throw invalidRequest("For 'properties/output', it is not an object.", doc);
    if (creating && typeof output.title !== 'string') throw notSupplied('title', doc);
    if (typeof output.summary !== 'string') throw notSupplied('summary', doc);
    for (const field of ['summary', 'text'] as const) {
      const v = output[field];
      if (typeof v === 'string' && v.length > MAX_OUTPUT_TEXT) {
        throw validationFailed(
          [
            {
              resource: 'CheckRun',
              field: `output.${field}`,
              code: 'custom',
              message: `Only ${MAX_OUTPUT_TEXT} characters are allowed; ${v.length} were supplied.`,
            },
          ],
          doc,
        );
      }
    }
    const raw = output.annotations;
    if (raw === undefined || raw === null) return { output, annotations: [] };
    if (!Array.isArray(raw)) throw invalidRequest("For 'properties/annotations', it is not an array.", doc);
    if (raw.length > MAX_ANNOTATIONS_PER_REQUEST) {
      throw validationFailed(
        [
          {
            resource: 'CheckRun',
            field: 'output.annotations',
            code: 'too_many',
            message: `Only ${MAX_ANNOTATIONS_PER_REQUEST} annotations are allowed per request; ${raw.length} were supplied.`,
          },
        ],
        doc,
      );
    }
    const annotations: Annotation[] = [];
    raw.forEach((a: unknown, i) => {
      const where = `output.annotations[${i}]`;
      if (!isRecord(a)) throw invalidRequest(`For '${where}', it is not an object.`, doc);
      for (const f of ['path', 'annotation_level', 'message'] as const) {
        if (typeof a[f] !== 'string' || a[f] === '') throw notSupplied(`${where}.${f}`, doc);
      }
      for (const f of ['start_line', 'end_line'] as const) {
        if (a[f] === undefined) throw notSupplied(`${where}.${f}`, doc);
        if (!Number.isInteger(a[f]) || (a[f] as number) < 1) {
          throw invalidRequest(`For '${where}.${f}', ${JSON.stringify(a[f])} is not a positive integer.`, doc);
        }
      }
      if (!['notice', 'warning', 'failure'].includes(a.annotation_level as string)) {
        throw invalidRequest(
          `For '${where}.annotation_level', ${JSON.stringify(a.annotation_level)} is not a member of ["notice", "warning", "failure"].`,
          doc,
        );
      }
      if ((a.start_column !== undefined || a.end_column !== undefined) && a.start_line !== a.end_line) {
        throw validationFailed(
          [
            {
              resource: 'CheckRun',
              field: `${where}.start_column`,
              code: 'custom',
              message: 'start_column and end_column may only be used when start_line equals end_line',
            },
          ],
          doc,
        );
      }
      annotations.push({ ...(a as unknown as Annotation) });
    });
    return { output, annotations };
  }

  function checkRunOut(run: CheckRun): Omit<CheckRun, 'annotations' | 'annotation_batches'> {
    const { annotations, annotation_batches: _b, ...wire } = run;
    return { ...wire, output: { ...wire.output, annotations_count: annotations.length } };
  }

  function findCheckRun(s: RepoState, id: number): CheckRun {
    const run = s.checkRuns.find((r) => r.id === id);
    if (!run) throw notFound();
    return run;
  }

  // ---- pagination ----------------------------------------------------------------------------------------

  function paginate<T>(ctx: Ctx, items: T[]): { page: T[]; headers: Record<string, string> } {
    const rawPer = Number.parseInt(ctx.query.get('per_page') ?? '', 10);
    const perPage = Math.min(maxPerPage, Number.isFinite(rawPer) && rawPer > 0 ? rawPer : defaultPerPage);
    const rawPage = Number.parseInt(ctx.query.get('page') ?? '', 10);
    const page = Number.isFinite(rawPage) && rawPage > 0 ? rawPage : 1;
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = {};
    if (last > 1) {
      const link = (p: number, rel: string): string => {
        const q = new URLSearchParams(ctx.query);
        q.set('page', String(p));
        return `<${baseUrl}${ctx.rawPath}?${q.toString()}>; rel="${rel}"`;
      };
      const parts: string[] = [];
      if (page > 1) parts.push(link(Math.min(page - 1, last), 'prev'));
      if (page < last) parts.push(link(page + 1, 'next'), link(last, 'last'));
      if (page > 1) parts.push(link(1, 'first'));
      headers.link = parts.join(', ');
    }
    return { page: slice, headers };
  }

  function intParam(v: string): number {
    if (!/^\d+$/.test(v)) throw notFound();
    return Number(v);
  }

  // ---- routes --------------------------------------------------------------------------------------------

  type Handler = (ctx: Ctx, s: RepoState, params: string[]) => Reply;
  const routes: [string, RegExp, Handler][] = [];
  const route = (method: string, pattern: string, handler: Handler): void => {
    const re = new RegExp(`^${pattern.replace(/\{[a-z_]+\}/g, '([^/]+)')}$`);
    routes.push([method, re, handler]);
  };

  const DOC_ISSUES = 'https://docs.github.com/rest/issues/issues';
  const DOC_COMMENTS = 'https://docs.github.com/rest/issues/comments';
  const DOC_LABELS = 'https://docs.github.com/rest/issues/labels';
  const DOC_CHECKS = 'https://docs.github.com/rest/checks/runs';

  // Issues
  route('GET', '/issues', (ctx, s) => {
    const q = ctx.query;
    const state = q.get('state') ?? 'open';
    if (!['open', 'closed', 'all'].includes(state)) {
      throw validationFailed(
        [{ resource: 'Issue', field: 'state', code: 'invalid' }],
        `${DOC_ISSUES}#list-repository-issues`,
      );
    }
    const wanted = (q.get('labels') ?? '')
      .split(',')
      .map((l) => l.trim().toLowerCase())
      .filter(Boolean);
    const creator = q.get('creator');
    const assignee = q.get('assignee');
    const since = q.get('since');
    const sort = q.get('sort') ?? 'created';
    const direction = q.get('direction') ?? 'desc';
    let list = s.issues.filter((i) => {
      if (state !== 'all' && i.state !== state) return false;
      if (wanted.length && !wanted.every((w) => i.labels.some((l) => l.name.toLowerCase() === w))) return false;
      if (creator && i.user.login.toLowerCase() !== creator.toLowerCase()) return false;
      if (assignee === 'none' && i.assignees.length) return false;
      if (assignee === '*' && !i.assignees.length) return false;
      if (
        assignee &&
        assignee !== '*' &&
        assignee !== 'none' &&
        !i.assignees.some((a) => a.login.toLowerCase() === assignee.toLowerCase())
      )
        return false;
      if (since && i.updated_at < since) return false;
      return true;
    });
    const key = (i: Issue): string | number =>
      sort === 'updated'
        ? i.updated_at
        : sort === 'comments'
          ? s.comments.filter((c) => c.issue_number === i.number).length
          : i.created_at;
    list = [...list].sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      const cmp = ka < kb ? -1 : ka > kb ? 1 : a.number - b.number;
      return direction === 'asc' ? cmp : -cmp;
    });
    const { page, headers } = paginate(ctx, list);
    return { status: 200, body: page.map((i) => issueOut(s, i)), headers };
  });

  route('POST', '/issues', (ctx, s) => {
    const doc = `${DOC_ISSUES}#create-an-issue`;
    const b = ctx.body;
    if (b.title === undefined || b.title === null || b.title === '') throw notSupplied('title', doc);
    if (typeof b.title !== 'string' && typeof b.title !== 'number') {
      throw invalidRequest(`For 'properties/title', ${JSON.stringify(b.title)} is not a string or integer.`, doc);
    }
    if (b.body !== undefined && b.body !== null && typeof b.body !== 'string') {
      throw invalidRequest(`For 'properties/body', ${JSON.stringify(b.body)} is not a string or null.`, doc);
    }
    const labels = b.labels === undefined ? [] : labelsFromInput(s, b.labels, doc);
    let assignees = b.assignees === undefined ? [] : usersFromInput(b.assignees, doc);
    if (typeof b.assignee === 'string' && assignees.length === 0) assignees = [makeUser(b.assignee)];
    const issue = buildIssue(s, {
      title: String(b.title),
      body: (b.body as string | null | undefined) ?? null,
      user: tokenAuthor(),
    });
    issue.labels = labels;
    issue.assignees = assignees;
    issue.assignee = assignees[0] ?? null;
    return { status: 201, body: issueOut(s, issue), headers: { location: issue.url } };
  });

  route('GET', '/issues/{n}', (ctx, s, [n]) => ({ status: 200, body: issueOut(s, findIssue(s, intParam(n!))) }));

  route('PATCH', '/issues/{n}', (ctx, s, [n]) => {
    const doc = `${DOC_ISSUES}#update-an-issue`;
    const issue = findIssue(s, intParam(n!));
    const b = ctx.body;
    // Validate everything before mutating, so a 422 leaves state untouched.
    if (b.state !== undefined && b.state !== 'open' && b.state !== 'closed') {
      throw validationFailed([{ resource: 'Issue', field: 'state', code: 'invalid', value: b.state }], doc);
    }
    if (
      b.state_reason !== undefined &&
      b.state_reason !== null &&
      !['completed', 'not_planned', 'reopened', 'duplicate'].includes(b.state_reason as string)
    ) {
      throw invalidRequest(
        `For 'properties/state_reason', ${JSON.stringify(b.state_reason)} is not a member of ["completed", "not_planned", "reopened", "duplicate", null].`,
        doc,
      );
    }
    if (b.title !== undefined && (typeof b.title !== 'string' || b.title === '')) {
      throw validationFailed([{ resource: 'Issue', field: 'title', code: 'missing_field' }], doc);
    }
    if (b.body !== undefined && b.body !== null && typeof b.body !== 'string') {
      throw invalidRequest(`For 'properties/body', ${JSON.stringify(b.body)} is not a string or null.`, doc);
    }
    const assignees = b.assignees === undefined ? undefined : usersFromInput(b.assignees, doc);
    const labels = b.labels === undefined ? undefined : labelsFromInput(s, b.labels, doc);

    if (typeof b.title === 'string') issue.title = b.title;
    if (b.body !== undefined) issue.body = b.body as string | null;
    if (labels) issue.labels = labels;
    if (assignees) {
      issue.assignees = assignees;
      issue.assignee = assignees[0] ?? null;
    }
    const ts = now();
    if (b.state === 'closed' && issue.state !== 'closed') {
      issue.state = 'closed';
      issue.closed_at = ts;
      issue.closed_by = makeUser(botLogin);
      issue.state_reason = (b.state_reason as IssueStateReason | undefined) ?? 'completed';
    } else if (b.state === 'open' && issue.state !== 'open') {
      issue.state = 'open';
      issue.closed_at = null;
      issue.closed_by = null;
      issue.state_reason = 'reopened';
    } else if (b.state_reason !== undefined) {
      issue.state_reason = b.state_reason as IssueStateReason;
    }
    issue.updated_at = ts;
    return { status: 200, body: issueOut(s, issue) };
  });

  // Issue labels
  route('GET', '/issues/{n}/labels', (ctx, s, [n]) => {
    const { page, headers } = paginate(ctx, findIssue(s, intParam(n!)).labels);
    return { status: 200, body: page, headers };
  });
  route('POST', '/issues/{n}/labels', (ctx, s, [n]) => {
    const issue = findIssue(s, intParam(n!));
    const add = labelsFromInput(s, ctx.body.labels, `${DOC_LABELS}#add-labels-to-an-issue`);
    for (const l of add) if (!issue.labels.includes(l)) issue.labels.push(l);
    issue.updated_at = now();
    return { status: 200, body: issue.labels };
  });
  route('PUT', '/issues/{n}/labels', (ctx, s, [n]) => {
    const issue = findIssue(s, intParam(n!));
    issue.labels = labelsFromInput(s, ctx.body.labels ?? [], `${DOC_LABELS}#set-labels-for-an-issue`);
    issue.updated_at = now();
    return { status: 200, body: issue.labels };
  });
  route('DELETE', '/issues/{n}/labels/{name}', (ctx, s, [n, name]) => {
    const issue = findIssue(s, intParam(n!));
    const lower = decodeURIComponent(name!).toLowerCase();
    const idx = issue.labels.findIndex((l) => l.name.toLowerCase() === lower);
    if (idx < 0) {
      throw new HttpError(404, {
        message: 'Label does not exist',
        documentation_url: `${DOC_LABELS}#remove-a-label-from-an-issue`,
        status: '404',
      });
    }
    issue.labels.splice(idx, 1);
    issue.updated_at = now();
    return { status: 200, body: issue.labels };
  });

  // Comments
  route('GET', '/issues/comments', (ctx, s) => {
    const since = ctx.query.get('since');
    const list = [...s.comments].filter((c) => !since || c.updated_at >= since).sort((a, b) => a.id - b.id);
    const { page, headers } = paginate(ctx, list);
    return { status: 200, body: page.map(commentOut), headers };
  });
  route('GET', '/issues/comments/{id}', (ctx, s, [id]) => ({
    status: 200,
    body: commentOut(findComment(s, intParam(id!))),
  }));
  route('PATCH', '/issues/comments/{id}', (ctx, s, [id]) => {
    const c = findComment(s, intParam(id!));
    if (typeof ctx.body.body !== 'string') throw notSupplied('body', `${DOC_COMMENTS}#update-an-issue-comment`);
    c.body = ctx.body.body;
    c.updated_at = now();
    return { status: 200, body: commentOut(c) };
  });
  route('DELETE', '/issues/comments/{id}', (ctx, s, [id]) => {
    const c = findComment(s, intParam(id!));
    s.comments.splice(s.comments.indexOf(c), 1);
    return { status: 204 };
  });
  route('GET', '/issues/{n}/comments', (ctx, s, [n]) => {
    const num = intParam(n!);
    const list = s.comments.filter((c) => c.issue_number === num);
    if (!s.issues.some((i) => i.number === num) && list.length === 0) throw notFound();
    const since = ctx.query.get('since');
    const sorted = list.filter((c) => !since || c.updated_at >= since).sort((a, b) => a.id - b.id);
    const { page, headers } = paginate(ctx, sorted);
    return { status: 200, body: page.map(commentOut), headers };
  });
  route('POST', '/issues/{n}/comments', (ctx, s, [n]) => {
    const issue = findIssue(s, intParam(n!));
    const doc = `${DOC_COMMENTS}#create-an-issue-comment`;
    if (ctx.body.body === undefined || ctx.body.body === null) throw notSupplied('body', doc);
    if (typeof ctx.body.body !== 'string') {
      throw invalidRequest(`For 'properties/body', ${JSON.stringify(ctx.body.body)} is not a string.`, doc);
    }
    if (ctx.body.body.length > MAX_OUTPUT_TEXT) {
      throw validationFailed(
        [
          {
            resource: 'IssueComment',
            code: 'unprocessable',
            field: 'data',
            message: 'Body is too long (maximum is 65536 characters)',
          },
        ],
        doc,
      );
    }
    const c = buildComment(s, issue.number, ctx.body.body, tokenAuthor());
    issue.updated_at = c.created_at;
    return { status: 201, body: commentOut(c), headers: { location: c.url } };
  });

  // Labels
  route('GET', '/labels', (ctx, s) => {
    const { page, headers } = paginate(ctx, s.labels);
    return { status: 200, body: page, headers };
  });
  route('POST', '/labels', (ctx, s) => {
    const doc = `${DOC_LABELS}#create-a-label`;
    const { name, color, description } = ctx.body;
    if (typeof name !== 'string' || name.trim() === '') throw notSupplied('name', doc);
    if (color !== undefined && (typeof color !== 'string' || !/^#?[0-9a-fA-F]{6}$/.test(color))) {
      throw validationFailed([{ resource: 'Label', code: 'invalid', field: 'color' }], doc);
    }
    if (description !== undefined && description !== null && typeof description !== 'string') {
      throw invalidRequest(`For 'properties/description', ${JSON.stringify(description)} is not a string.`, doc);
    }
    if (findLabel(s, name.trim())) {
      throw validationFailed([{ resource: 'Label', code: 'already_exists', field: 'name' }], doc);
    }
    const label = createLabel(s, name.trim(), color as string | undefined, description as string | null | undefined);
    return { status: 201, body: label, headers: { location: label.url } };
  });
  route('GET', '/labels/{name}', (ctx, s, [name]) => {
    const label = findLabel(s, decodeURIComponent(name!));
    if (!label) throw notFound();
    return { status: 200, body: label };
  });

  // Check runs
  route('POST', '/check-runs', (ctx, s) => {
    const doc = `${DOC_CHECKS}#create-a-check-run`;
    const b = ctx.body;
    if (typeof b.name !== 'string' || b.name === '') throw notSupplied('name', doc);
    if (typeof b.head_sha !== 'string' || b.head_sha === '') throw notSupplied('head_sha', doc);
    const conclusion = b.conclusion as string | undefined;
    let status = (b.status as string | undefined) ?? (conclusion !== undefined ? 'completed' : 'queued');
    if (!CHECK_STATUSES.includes(status)) {
      throw invalidRequest(
        `For 'properties/status', ${JSON.stringify(status)} is not a member of ${JSON.stringify(CHECK_STATUSES)}.`,
        doc,
      );
    }
    if (conclusion !== undefined && !CHECK_CONCLUSIONS.includes(conclusion)) {
      throw invalidRequest(
        `For 'properties/conclusion', ${JSON.stringify(conclusion)} is not a member of ${JSON.stringify(CHECK_CONCLUSIONS)}.`,
        doc,
      );
    }
    if (conclusion !== undefined) status = 'completed';
    if (status === 'completed' && conclusion === undefined) {
      throw validationFailed(
        [
          {
            resource: 'CheckRun',
            code: 'missing_field',
            field: 'conclusion',
            message: 'conclusion is required when status is completed',
          },
        ],
        doc,
      );
    }
    const out = validateOutput(b.output, true, doc);
    const id = nextId(s.checkRuns);
    const ts = now();
    const run: CheckRun = {
      id,
      node_id: nodeId('CR', id),
      name: b.name,
      head_sha: b.head_sha,
      external_id: typeof b.external_id === 'string' ? b.external_id : '',
      url: `${apiRepo(s)}/check-runs/${id}`,
      html_url: `${htmlRepo(s)}/runs/${id}`,
      details_url: typeof b.details_url === 'string' ? b.details_url : `${htmlRepo(s)}/runs/${id}`,
      status: status as CheckRunStatus,
      conclusion: (conclusion as CheckRunConclusion | undefined) ?? null,
      started_at: typeof b.started_at === 'string' ? b.started_at : ts,
      completed_at: status === 'completed' ? (typeof b.completed_at === 'string' ? b.completed_at : ts) : null,
      output: {
        title: (out?.output.title as string | undefined) ?? null,
        summary: (out?.output.summary as string | undefined) ?? null,
        text: (out?.output.text as string | undefined) ?? null,
        annotations_count: 0,
        annotations_url: `${apiRepo(s)}/check-runs/${id}/annotations`,
      },
      check_suite: { id: 5_000_000 + id },
      app: {
        id: 15368,
        slug: 'github-actions',
        node_id: 'MDM6QXBwMTUzNjg=',
        name: 'GitHub Actions',
        owner: makeUser('github'),
      },
      pull_requests: [],
      annotations: out?.annotations ?? [],
      annotation_batches: [out?.annotations.length ?? 0],
    };
    s.checkRuns.push(run);
    return { status: 201, body: checkRunOut(run), headers: { location: run.url } };
  });
  route('GET', '/check-runs/{id}', (ctx, s, [id]) => ({
    status: 200,
    body: checkRunOut(findCheckRun(s, intParam(id!))),
  }));
  route('PATCH', '/check-runs/{id}', (ctx, s, [id]) => {
    const doc = `${DOC_CHECKS}#update-a-check-run`;
    const run = findCheckRun(s, intParam(id!));
    const b = ctx.body;
    if (b.name !== undefined && (typeof b.name !== 'string' || b.name === '')) throw notSupplied('name', doc);
    const conclusion = b.conclusion as string | undefined;
    if (b.status !== undefined && !CHECK_STATUSES.includes(b.status as string)) {
      throw invalidRequest(
        `For 'properties/status', ${JSON.stringify(b.status)} is not a member of ${JSON.stringify(CHECK_STATUSES)}.`,
        doc,
      );
    }
    if (conclusion !== undefined && !CHECK_CONCLUSIONS.includes(conclusion)) {
      throw invalidRequest(
        `For 'properties/conclusion', ${JSON.stringify(conclusion)} is not a member of ${JSON.stringify(CHECK_CONCLUSIONS)}.`,
        doc,
      );
    }
    if (b.status === 'completed' && conclusion === undefined && run.conclusion === null) {
      throw validationFailed(
        [
          {
            resource: 'CheckRun',
            code: 'missing_field',
            field: 'conclusion',
            message: 'conclusion is required when status is completed',
          },
        ],
        doc,
      );
    }
    const out = validateOutput(b.output, false, doc);

    if (typeof b.name === 'string') run.name = b.name;
    if (typeof b.details_url === 'string') run.details_url = b.details_url;
    if (typeof b.external_id === 'string') run.external_id = b.external_id;
    if (typeof b.started_at === 'string') run.started_at = b.started_at;
    if (b.status !== undefined) run.status = b.status as CheckRunStatus;
    if (conclusion !== undefined) {
      run.conclusion = conclusion as CheckRunConclusion;
      run.status = 'completed';
    }
    if (run.status === 'completed' && run.completed_at === null) {
      run.completed_at = typeof b.completed_at === 'string' ? b.completed_at : now();
    }
    if (out) {
      if (typeof out.output.title === 'string') run.output.title = out.output.title;
      if (typeof out.output.summary === 'string') run.output.summary = out.output.summary;
      if (typeof out.output.text === 'string') run.output.text = out.output.text;
      run.annotations.push(...out.annotations);
    }
    run.annotation_batches.push(out?.annotations.length ?? 0);
    return { status: 200, body: checkRunOut(run) };
  });
  route('GET', '/check-runs/{id}/annotations', (ctx, s, [id]) => {
    const run = findCheckRun(s, intParam(id!));
    const list = run.annotations.map((a) => ({
      path: a.path,
      blob_href: `${htmlRepo(s)}/blob/${run.head_sha}/${a.path}`,
      start_line: a.start_line,
      start_column: a.start_column ?? null,
      end_line: a.end_line,
      end_column: a.end_column ?? null,
      annotation_level: a.annotation_level,
      title: a.title ?? null,
      message: a.message,
      raw_details: a.raw_details ?? null,
    }));
    const { page, headers } = paginate(ctx, list);
    return { status: 200, body: page, headers };
  });
  route('GET', '/commits/{ref}/check-runs', (ctx, s, [ref]) => {
    const sha = decodeURIComponent(ref!);
    const name = ctx.query.get('check_name');
    const status = ctx.query.get('status');
    const list = s.checkRuns
      .filter((r) => r.head_sha === sha && (!name || r.name === name) && (!status || r.status === status))
      .sort((a, b) => b.id - a.id);
    const { page, headers } = paginate(ctx, list);
    return { status: 200, body: { total_count: list.length, check_runs: page.map(checkRunOut) }, headers };
  });

  // Pulls
  route('GET', '/pulls/{n}/files', (ctx, s, [n]) => {
    const num = intParam(n!);
    const files = s.pullFiles[num];
    const pr = s.issues.find((i) => i.number === num && i.pull_request);
    if (!files && !pr) throw notFound();
    const { page, headers } = paginate(ctx, files ?? []);
    return { status: 200, body: page, headers };
  });

  function authenticatedUser(): Reply {
    if (identity === 'integration') {
      throw new HttpError(403, {
        message: 'Resource not accessible by integration',
        documentation_url: `${DOCS}/users/users#get-the-authenticated-user`,
        status: '403',
      });
    }
    const user = makeUser(identity);
    return {
      status: 200,
      body: {
        ...user,
        name: null,
        company: null,
        blog: '',
        location: null,
        email: null,
        bio: null,
        public_repos: 0,
        followers: 0,
        following: 0,
      },
    };
  }

  function dispatch(ctx: Ctx): Reply {
    if (ctx.method === 'GET' && ctx.path.replace(/\/+$/, '') === '/user') return authenticatedUser();
    const m = /^\/repos\/([^/]+)\/([^/]+)(\/.*)$/.exec(ctx.path);
    if (!m) throw notFound();
    const s = repos.get(repoKey(decodeURIComponent(m[1]!), decodeURIComponent(m[2]!)));
    if (!s) throw notFound();
    const rest = m[3]!.replace(/\/+$/, '');
    for (const [method, re, handler] of routes) {
      if (method !== ctx.method) continue;
      const hit = re.exec(rest);
      if (hit) return handler(ctx, s, hit.slice(1));
    }
    throw notFound();
  }

  // ---- HTTP plumbing -------------------------------------------------------------------------------------

  function matchesFailure(rule: FailureRule, method: string, path: string): boolean {
    if (rule.method && rule.method.toUpperCase() !== method) return false;
    if (rule.path === undefined) return true;
    if (rule.path instanceof RegExp) return rule.path.test(path);
    return rule.path.endsWith('*') ? path.startsWith(rule.path.slice(0, -1)) : path === rule.path;
  }

  function send(res: http.ServerResponse, reply: Reply): void {
    requestCount += 1;
    const headers: Record<string, string> = {
      'x-github-api-version-selected': API_VERSION,
      'x-github-media-type': 'github.v3; format=json',
      'x-github-request-id': randomUUID().toUpperCase(),
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': String(Math.max(0, 5000 - requestCount)),
      'x-ratelimit-reset': String(Math.floor(startedAt / 1000) + 3600),
      'x-ratelimit-used': String(requestCount),
      'x-ratelimit-resource': 'core',
      ...reply.headers,
    };
    if (reply.status === 204 || reply.body === undefined) {
      res.writeHead(reply.status, headers);
      res.end();
      return;
    }
    const payload = JSON.stringify(reply.body);
    headers['content-type'] = 'application/json; charset=utf-8';
    headers['content-length'] = String(Buffer.byteLength(payload));
    res.writeHead(reply.status, headers);
    res.end(payload);
  }

  function handle(req: http.IncomingMessage, res: http.ServerResponse, raw: Buffer): void {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const rawPath = url.pathname;
    const path = rawPath.replace(/^\/api\/v3(?=\/)/, '');
    const text = raw.toString('utf8');
    let parsed: unknown;
    let parseError = false;
    if (text.trim() !== '') {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = text;
        parseError = true;
      }
    }

    const auth = req.headers.authorization;
    const authMatch = typeof auth === 'string' ? /^(token|bearer)\s+(\S+)\s*$/i.exec(auth) : null;
    const headers: Record<string, string | string[] | undefined> = { ...req.headers };
    if (typeof auth === 'string') headers.authorization = `${authMatch ? authMatch[1] : 'invalid'} [REDACTED]`;
    const record: RecordedRequest = {
      method,
      path: rawPath,
      query: Object.fromEntries(url.searchParams),
      body: parsed,
      headers,
    };
    if (authMatch) Object.defineProperty(record, 'token', { value: authMatch[2], enumerable: false });
    requests.push(record);

    if (!authMatch || (options.token !== undefined && authMatch[2] !== options.token)) {
      send(res, { status: 401, body: { message: 'Bad credentials', documentation_url: DOCS, status: '401' } });
      return;
    }
    const rule = failures.find((f) => f.remaining > 0 && matchesFailure(f, method, path));
    if (rule) {
      rule.remaining -= 1;
      if (rule.remaining === 0) failures.splice(failures.indexOf(rule), 1);
      send(res, {
        status: rule.status,
        body: rule.body ?? {
          message: http.STATUS_CODES[rule.status] ?? 'Error',
          documentation_url: DOCS,
          status: String(rule.status),
        },
        headers: rule.headers ?? {},
      });
      return;
    }
    if (parseError) {
      send(res, { status: 400, body: { message: 'Problems parsing JSON', documentation_url: DOCS, status: '400' } });
      return;
    }
    if (
      ['POST', 'PATCH', 'PUT'].includes(method) &&
      parsed !== undefined &&
      !isRecord(parsed) &&
      !Array.isArray(parsed)
    ) {
      send(res, {
        status: 400,
        body: { message: 'Body should be a JSON object', documentation_url: DOCS, status: '400' },
      });
      return;
    }
    const body: Record<string, unknown> = isRecord(parsed) ? parsed : {};
    // A bare array body (allowed by POST/PUT /issues/{n}/labels) is treated as {labels: [...]}.
    const ctx: Ctx = {
      method,
      path,
      rawPath,
      query: url.searchParams,
      body: Array.isArray(parsed) ? { labels: parsed } : body,
    };
    try {
      send(res, dispatch(ctx));
    } catch (error) {
      if (error instanceof HttpError) {
        send(res, { status: error.status, body: error.body });
      } else {
        send(res, {
          status: 500,
          body: {
            message: `fake-github internal error: ${(error as Error).message}`,
            documentation_url: DOCS,
            status: '500',
          },
        });
      }
    }
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handle(req, res, Buffer.concat(chunks)));
    req.on('error', () => res.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;

  const main = repoState(owner, repo);

  return {
    url: baseUrl,
    owner,
    repo,
    requests,
    state: main,
    repoState,
    seedIssue: (seed = {}) => buildIssue(main, seed),
    seedPullRequest: (seed = {}) => {
      const pr = buildIssue(main, {
        ...seed,
        pull: true,
        title: seed.title ?? `Pull request ${seed.number ?? ''}`.trim(),
      });
      if (seed.files) {
        main.pullFiles[pr.number] = seed.files.map((f) => {
          const sha = f.sha ?? randomHex(40);
          const additions = f.additions ?? 1;
          const deletions = f.deletions ?? 0;
          const path = f.filename.split('/').map(encodeURIComponent).join('/');
          return {
            status: 'modified',
            blob_url: `${htmlRepo(main)}/blob/${sha}/${path}`,
            raw_url: `${htmlRepo(main)}/raw/${sha}/${path}`,
            contents_url: `${apiRepo(main)}/contents/${path}?ref=${sha}`,
            ...f,
            sha,
            additions,
            deletions,
            changes: f.changes ?? additions + deletions,
          };
        });
      }
      return pr;
    },
    seedComment: (issueNumber, body, extra = {}) => {
      if (!main.issues.some((i) => i.number === issueNumber)) buildIssue(main, { number: issueNumber });
      return buildComment(main, issueNumber, body, extra.user, extra.created_at);
    },
    setIdentity: (next) => {
      identity = next;
    },
    seedLabel: (name, color, description) => findLabel(main, name) ?? createLabel(main, name, color, description),
    failNext: (rule) => {
      failures.push({ ...rule, remaining: rule.times ?? 1 });
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
