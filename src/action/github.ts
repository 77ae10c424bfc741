import * as github from '@actions/github';

export type Octokit = ReturnType<typeof github.getOctokit>;

/** The repository, event and run this step belongs to, read once from the runner's environment. */
export interface RunContext {
  readonly owner: string;
  readonly repo: string;
  readonly sha: string;
  readonly pullRequest?: { readonly number: number; readonly headSha: string };
  readonly runUrl: string;
  readonly eventName: string;
}

export function runContext(): RunContext {
  const { context } = github;
  const pr = context.payload.pull_request as { number: number; head?: { sha?: string } } | undefined;
  return {
    ...context.repo,
    sha: context.sha,
    pullRequest: pr ? { number: pr.number, headSha: pr.head?.sha ?? context.sha } : undefined,
    runUrl: `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}/actions/runs/${context.runId}`,
    eventName: context.eventName,
  };
}

export function client(token: string): Octokit {
  return github.getOctokit(token);
}

/** "HttpError: Resource not accessible by integration" is a missing permission; say which. */
export function explain(error: unknown, permission: string): string {
  const status = (error as { status?: number }).status;
  const message = (error as Error).message ?? String(error);
  return status === 403 || status === 404 ? `${message} (does the job grant "permissions: ${permission}"?)` : message;
}
