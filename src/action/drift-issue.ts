import { severityCounts } from '../report/plural.js';
import { createHash } from 'node:crypto';
import type { Report } from '../report/types.js';
import type { Octokit, RunContext } from './github.js';
import { writtenBy, type Identity } from './identity.js';

export const DRIFT_LABEL = 'hostgw-drift';

function marker(clusterName: string): string {
  return `<!-- hostgw-preflight:drift:${clusterName} -->`;
}

/** A digest of what is wrong, kept in the issue, so the issue gets a comment when the findings change, not every run. */
function digest(report: Report): string {
  const fingerprints = report.findings
    .filter((finding) => !finding.baselined)
    .map((finding) => finding.fingerprint)
    .sort();
  return createHash('sha256').update(fingerprints.join('\n')).digest('hex').slice(0, 16);
}

async function ensureLabel(octokit: Octokit, run: RunContext): Promise<void> {
  try {
    await octokit.rest.issues.createLabel({
      owner: run.owner,
      repo: run.repo,
      name: DRIFT_LABEL,
      color: 'd93f0b',
      description: 'hostgw-preflight found the cluster network drifted',
    });
  } catch (error) {
    if ((error as { status?: number }).status !== 422) throw error;
  }
}

/**
 * Opens one issue when a scheduled check fails, updates it on later failing runs, and closes it with a comment
 * when a run is clean. Never a duplicate: the open issue is found by label, hidden marker and its author (the
 * token's own identity); an issue someone else opened with the marker is left alone.
 */
export async function syncDriftIssue(
  octokit: Octokit,
  run: RunContext,
  report: Report,
  body: string,
  clusterName: string,
  identity: () => Promise<Identity>,
): Promise<string> {
  const base = { owner: run.owner, repo: run.repo };
  const tag = marker(clusterName);
  const open = await octokit.paginate(octokit.rest.issues.listForRepo, {
    ...base,
    state: 'open',
    labels: DRIFT_LABEL,
    per_page: 100,
  });
  const self = await identity();
  const existing = open.find(
    (issue) => !issue.pull_request && issue.body?.includes(tag) && writtenBy(self, issue.user),
  );
  const { summary } = report;

  if (summary.passed) {
    if (!existing) return 'no drift issue open; nothing to do';
    await octokit.rest.issues.createComment({
      ...base,
      issue_number: existing.number,
      body: `✅ Resolved: [this run](${run.runUrl}) found no findings at or above ${summary.failOn}.`,
    });
    await octokit.rest.issues.update({
      ...base,
      issue_number: existing.number,
      state: 'closed',
      state_reason: 'completed',
    });
    return `closed drift issue #${existing.number}`;
  }

  const current = digest(report);
  const title = `host-gw networking drift${clusterName === 'default' ? '' : ` on ${clusterName}`}: ${severityCounts(summary, false)}`;
  const text = `${tag}\n<!-- hostgw-preflight:digest:${current} -->\nFound by [this run](${run.runUrl}).\n\n${body}`;
  if (!existing) {
    await ensureLabel(octokit, run);
    const { data } = await octokit.rest.issues.create({ ...base, title, body: text, labels: [DRIFT_LABEL] });
    return `opened drift issue #${data.number}`;
  }
  const changed = !existing.body?.includes(`hostgw-preflight:digest:${current}`);
  await octokit.rest.issues.update({ ...base, issue_number: existing.number, title, body: text });
  if (changed) {
    await octokit.rest.issues.createComment({
      ...base,
      issue_number: existing.number,
      body: `The findings changed in [this run](${run.runUrl}): ${severityCounts(summary, false)} now.`,
    });
  }
  return `updated drift issue #${existing.number}${changed ? ' (findings changed)' : ''}`;
}
