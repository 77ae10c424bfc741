import * as core from '@actions/core';
import { plural } from '../report/plural.js';
import type { Report } from '../report/types.js';
import { planAnnotations, WORKFLOW_COMMAND_LIMIT } from './annotation-budget.js';
import { emitAnnotations } from './annotations.js';
import { publishCheckRun } from './check-run.js';
import type { AnnotationMode } from './inputs.js';
import { info } from './log.js';
import type { GitHubSession } from './session.js';

/** GitHub lists at most 3,000 files of a pull request. */
const MAX_LISTED_FILES = 3000;

async function changedFiles(github: GitHubSession | undefined, required: boolean): Promise<Set<string> | undefined> {
  const pullRequest = github?.run.pullRequest;
  if (!github || !pullRequest) return undefined;
  let files: Set<string> | undefined;
  const listed = await github.attempt('changed files', 'pull-requests: read', async () => {
    const list = await github.octokit.paginate(github.octokit.rest.pulls.listFiles, {
      owner: github.run.owner,
      repo: github.run.repo,
      pull_number: pullRequest.number,
      per_page: 100,
    });
    files = new Set(list.slice(0, MAX_LISTED_FILES).map((file) => file.filename));
    return `${plural(files.size, 'file')} in pull request #${pullRequest.number}`;
  });
  if (!listed && required) info('annotations: changed: the changed files are unknown, so every file is annotated');
  return files;
}

/**
 * Annotates within GitHub's budget and returns what the summary should say about findings left unannotated.
 * The few workflow-command annotations go to the most severe findings; the rest go to a check run when the token
 * may create one, never twice.
 */
export async function annotate(
  mode: AnnotationMode,
  report: Report,
  github: () => Promise<GitHubSession | undefined>,
  checkRunName: string,
): Promise<string | undefined> {
  if (mode === 'off' || report.findings.length === 0) return undefined;
  const fallbackFile = report.sources[0]?.file;
  const needFiles = mode === 'changed' || report.findings.length > WORKFLOW_COMMAND_LIMIT;
  const changed =
    needFiles && process.env.GITHUB_EVENT_NAME?.startsWith('pull_request')
      ? await changedFiles(await github(), mode === 'changed')
      : undefined;
  const plan = planAnnotations(report.findings, {
    fallbackFile,
    changed,
    onlyChanged: mode === 'changed',
    failing: !report.summary.passed,
  });
  emitAnnotations(plan.commands, fallbackFile);
  const notes: string[] = [];
  if (plan.elsewhere > 0)
    notes.push(
      `${plural(plan.elsewhere, 'finding')} outside the files this pull request changes: not annotated (annotations: changed).`,
    );
  if (plan.overflow.length === 0) return notes.join(' ') || undefined;
  const session = await github();
  const published =
    session !== undefined &&
    (await session.attempt('check run', 'checks: write', async () => {
      const url = await publishCheckRun(session.octokit, session.run, report, plan.overflow, checkRunName);
      return `GitHub shows ${WORKFLOW_COMMAND_LIMIT} annotations per level from a step; the other ${plan.overflow.length} are on ${url}`;
    }));
  if (!published) {
    const line = `${plural(plan.overflow.length, 'finding')} not annotated: GitHub shows ${WORKFLOW_COMMAND_LIMIT} annotations per level from a step, and the rest need a check run ("permissions: checks: write").`;
    core.warning(line);
    notes.push(line);
  }
  return notes.join(' ') || undefined;
}
