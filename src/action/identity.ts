import type { Octokit } from './github.js';

/** The author of a comment or issue, as the REST API gives it. */
export interface Author {
  readonly login?: string;
  readonly type?: string;
}

/**
 * Who the token writes as. A personal token can read itself (GET /user). The default GITHUB_TOKEN and GitHub
 * App installation tokens cannot (403 "Resource not accessible by integration"); what they write is authored
 * by a Bot account (github-actions[bot], or the app's bot), which a pull request author can never be.
 */
export type Identity = { readonly kind: 'user'; readonly login: string } | { readonly kind: 'integration' };

/** Asks GitHub once, on first use: steps that publish nothing never make the call. */
export function tokenIdentity(octokit: Octokit): () => Promise<Identity> {
  let identity: Promise<Identity> | undefined;
  return () => (identity ??= readIdentity(octokit));
}

async function readIdentity(octokit: Octokit): Promise<Identity> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return { kind: 'user', login: data.login };
  } catch (error) {
    if ((error as { status?: number }).status === 403) return { kind: 'integration' };
    throw error;
  }
}

/**
 * Only what the token itself wrote may be adopted and edited: anyone can post a comment or open an issue
 * that carries our hidden marker, and a fork author would then steer what we overwrite or close.
 */
export function writtenBy(identity: Identity, author: Author | null | undefined): boolean {
  if (!author) return false;
  if (identity.kind === 'user') return author.login?.toLowerCase() === identity.login.toLowerCase();
  return author.type === 'Bot';
}
