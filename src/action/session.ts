import * as core from '@actions/core';
import type { Octokit, RunContext } from './github.js';
import { tokenIdentity, type Identity } from './identity.js';
import { info } from './log.js';

/** The GitHub API as this step may use it: every call is optional, and its failure a warning naming the permission. */
export interface GitHubSession {
  readonly octokit: Octokit;
  readonly run: RunContext;
  readonly identity: () => Promise<Identity>;
  /** Runs one publishing call; false (and a warning) when it fails. */
  attempt(what: string, permission: string, action: () => Promise<string>): Promise<boolean>;
}

/**
 * Opens the session on first use, once: Octokit loads only then, so a step that publishes nothing does not pay
 * for it at start-up. Undefined, with one warning, when there is no token.
 */
export function lazySession(token: string): () => Promise<GitHubSession | undefined> {
  let session: Promise<GitHubSession | undefined> | undefined;
  return () => (session ??= open(token));
}

async function open(token: string): Promise<GitHubSession | undefined> {
  if (!token) {
    core.warning('input "github-token" is empty: nothing can be published on GitHub (comment, issue, check run)');
    return undefined;
  }
  const { client, explain, runContext } = await import('./github.js');
  const octokit = client(token);
  return {
    octokit,
    run: runContext(),
    identity: tokenIdentity(octokit),
    async attempt(what, permission, action) {
      try {
        info(`${what}: ${await action()}`);
        return true;
      } catch (error) {
        core.warning(`${what} failed: ${explain(error, permission)}`);
        return false;
      }
    },
  };
}
