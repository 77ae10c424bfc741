import { lstat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { runCheck } from '../engine/check.js';
import { DEFAULTS, resolveOptions } from '../engine/settings.js';
import { runWithFixes } from '../engine/fix.js';
import { UserError } from '../errors.js';
import { slug } from '../model/slug.js';
import type { FileRoots } from '../io/roots.js';
import { writeFileSafely } from '../io/write.js';
import { render, renderMarkdownWithin } from '../report/index.js';
import { prose } from '../report/markdown-escape.js';
import { formatCounts } from '../report/text.js';
import type { Format, Report } from '../report/types.js';
import { annotate } from './annotate.js';
import { compareInAction } from './compare.js';
import { syncDriftIssue } from './drift-issue.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { info, infoBlock, oneLine } from './log.js';
import { expandPatterns } from './paths.js';
import { postComment } from './pr-comment.js';
import { lazySession, type GitHubSession } from './session.js';

/** GitHub caps a step summary at 1 MiB and a comment or issue body at 65,536 characters. */
const SUMMARY_BYTES = 1000 * 1024;
const COMMENT_BYTES = 60 * 1024;

/** Writes stay inside GITHUB_WORKSPACE and RUNNER_TEMP, never through a link: the checkout may come from a fork. */
async function write(file: string, text: string, input: string, roots: FileRoots): Promise<void> {
  await writeFileSafely(file, text, { label: `input "${input}"`, roots, createFolders: true });
}

/**
 * The JSON report's path: one per step, so that two steps of a job (two clusters, or a check and a fix) do not
 * overwrite each other's `report` output. Steps of a job run one after another, so the first free number is free.
 */
async function freeReportPath(folder: string, clusterName: string): Promise<string> {
  for (let n = 1; ; n++) {
    const file = join(folder, `report-${slug(clusterName)}-${n}.json`);
    if (!(await lstat(file).catch(() => undefined))) return file;
  }
}

async function writeReports(
  inputs: ActionInputs,
  format: Format,
  report: Report,
  roots: FileRoots,
): Promise<{ json: string; sarif?: string }> {
  const json = await freeReportPath(join(process.env.RUNNER_TEMP || tmpdir(), 'hostgw-preflight'), inputs.clusterName);
  await write(json, render('json', report, { color: false }), 'report', roots);
  if (inputs.output) await write(inputs.output, render(format, report, { color: false }), 'output', roots);
  if (inputs.sarifFile) await write(inputs.sarifFile, render('sarif', report, { color: false }), 'sarif-file', roots);
  return { json, sarif: inputs.sarifFile };
}

/** The sticky comment and the drift issue: their failure is a warning, never the check's own verdict. */
async function discuss(
  inputs: ActionInputs,
  report: Report,
  github: () => Promise<GitHubSession | undefined>,
): Promise<void> {
  if (inputs.comment === 'off' && inputs.driftIssue === 'off') return;
  const session = await github();
  if (!session) return;
  const { octokit, run, identity, attempt } = session;
  const body = renderMarkdownWithin(report, COMMENT_BYTES, run.runUrl);
  if (inputs.comment !== 'off') {
    if (run.pullRequest)
      await attempt('pull request comment', 'pull-requests: write', () =>
        postComment(
          octokit,
          run,
          run.pullRequest!.number,
          body,
          inputs.comment as 'update' | 'new',
          inputs.clusterName,
          identity,
        ),
      );
    else info(`comment: this is a ${run.eventName} event, not a pull request; no comment posted`);
  }
  if (inputs.driftIssue === 'on')
    await attempt('drift issue', 'issues: write', () =>
      syncDriftIssue(octokit, run, report, body, inputs.clusterName, identity),
    );
}

function setOutputs(report: Report, written: { json: string; sarif?: string }): void {
  const { summary } = report;
  core.setOutput('findings', report.findings.length);
  core.setOutput('errors', summary.errors);
  core.setOutput('warnings', summary.warnings);
  core.setOutput('report', written.json);
  core.setOutput('sarif-file', written.sarif ?? '');
  core.setOutput('passed', String(summary.passed));
  core.setOutput('new', report.compare ? String(report.compare.new) : '');
  core.setOutput('fixed', report.compare ? String(report.compare.fixed.length) : '');
}

/** The job summary is a courtesy: a runner that cannot take it (a full disk, a removed file) costs a warning. */
async function writeSummary(report: Report, note: string | undefined): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const noteBytes = note ? Buffer.byteLength(note) + 8 : 0;
  try {
    core.summary.addRaw(renderMarkdownWithin(report, SUMMARY_BYTES - noteBytes));
    if (note) core.summary.addRaw(`\n\n> ${prose(note)}\n`);
    await core.summary.write();
  } catch (error) {
    core.summary.emptyBuffer();
    core.warning(`job summary not written: ${oneLine((error as Error)?.message ?? String(error))}`);
  }
}

async function check(): Promise<void> {
  const inputs = readInputs();
  // With live mode the default "." would read the whole checkout as well: only paths given explicitly are read.
  const { run, fix, format } = inputs.settings;
  const paths = run.live && run.paths.join('\n') === DEFAULTS.path ? [] : await expandPatterns(run.paths);
  const options = await resolveOptions({ ...run, paths });
  const checked = fix ? await runWithFixes(options, fix, info) : await runCheck(options);
  const { unrecognised, skipped } = checked;
  const report = await compareInAction(checked.report, options);
  if (unrecognised.length > 0) {
    core.startGroup(`${unrecognised.length} files skipped: not in a format hostgw-preflight reads`);
    infoBlock(unrecognised.map(oneLine).join('\n'));
    core.endGroup();
  }
  // A warning, not a log line: a link leading out of the checkout is worth a maintainer's look.
  for (const { file, reason } of skipped) core.warning(`${oneLine(file)}: skipped, ${reason}`);
  infoBlock(render('text', report, { color: false }));

  const written = await writeReports(inputs, format, report, options.files);
  // Outputs first: the annotations' check run, summary, comment and issue are optional, and later steps rely on them.
  setOutputs(report, written);
  const github = lazySession(inputs.token);
  const checkRunName = `hostgw-preflight${inputs.clusterName === DEFAULTS['cluster-name'] ? '' : ` (${inputs.clusterName})`}`;
  const note = await annotate(inputs.annotations, report, github, checkRunName);
  await writeSummary(report, note);
  await discuss(inputs, report, github);

  const { summary } = report;
  if (!summary.passed) {
    const scoped = report.compare?.failScope === 'new';
    const failing = report.findings.filter((finding) => !finding.baselined && (!scoped || finding.change === 'new'));
    core.setFailed(
      `hostgw-preflight: ${failing.length} ${scoped ? 'new ' : ''}findings, some at or above fail-on "${summary.failOn}" (${formatCounts(summary)})`,
    );
  }
}

/** The Action entry: user errors fail the step with one line; anything else is reported as a bug. */
export async function run(): Promise<void> {
  try {
    await check();
  } catch (error) {
    if (error instanceof UserError) core.setFailed(`hostgw-preflight: ${error.format()}`);
    else {
      core.debug((error as Error)?.stack ?? String(error));
      core.setFailed(
        `hostgw-preflight: internal error, please report it: ${(error as Error)?.message ?? String(error)}`,
      );
    }
  }
}
