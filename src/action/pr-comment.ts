import type { Octokit, RunContext } from './github.js';
import { writtenBy, type Identity } from './identity.js';

export function commentMarker(clusterName: string): string {
  return `<!-- hostgw-preflight:comment:${clusterName} -->`;
}

/**
 * One sticky comment per cluster, found again by its hidden marker and its author (the token's own identity)
 * and edited in place; or a new one each run.
 */
export async function postComment(
  octokit: Octokit,
  run: RunContext,
  issueNumber: number,
  body: string,
  mode: 'update' | 'new',
  clusterName: string,
  identity: () => Promise<Identity>,
): Promise<string> {
  const marker = commentMarker(clusterName);
  const text = `${marker}\n${body}`;
  const base = { owner: run.owner, repo: run.repo };
  if (mode === 'update') {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      ...base,
      issue_number: issueNumber,
      per_page: 100,
    });
    const self = await identity();
    const existing = comments.find((comment) => comment.body?.includes(marker) && writtenBy(self, comment.user));
    if (existing) {
      await octokit.rest.issues.updateComment({ ...base, comment_id: existing.id, body: text });
      return `updated comment ${existing.html_url}`;
    }
  }
  const { data } = await octokit.rest.issues.createComment({ ...base, issue_number: issueNumber, body: text });
  return `created comment ${data.html_url}`;
}
