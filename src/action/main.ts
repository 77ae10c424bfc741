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
import { formatCounts } from '../report/text.js';
import type { Format, Report } from '../report/types.js';
import { emitAnnotations, WORKFLOW_COMMAND_LIMIT } from './annotations.js';
import { publishCheckRun } from './check-run.js';
import { syncDriftIssue } from './drift-issue.js';
import type { Octokit } from './github.js';
import { tokenIdentity } from './identity.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { info, infoBlock, oneLine } from './log.js';
import { expandPatterns } from './paths.js';
import { postComment } from './pr-comment.js';

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

/** Calls that need a token and permissions: a failure there is reported, but never hides the check's own verdict. */
async function publish(inputs: ActionInputs, report: Report, tooManyAnnotations: boolean): Promise<void> {
  const wanted = inputs.comment !== 'off' || inputs.driftIssue === 'on' || tooManyAnnotations;
  if (!wanted) return;
  if (!inputs.token) {
    core.warning('input "github-token" is empty: no comment, drift issue or check run can be published');
    return;
  }
  // Octokit loads only here: a step that publishes nothing does not pay for it at start-up.
  const { client, explain, runContext } = await import('./github.js');
  const octokit: Octokit = client(inputs.token);
  const run = runContext();
  const identity = tokenIdentity(octokit);
  const attempt = async (what: string, permission: string, action: () => Promise<string>) => {
    try {
      info(`${what}: ${await action()}`);
    } catch (error) {
      core.warning(`${what} failed: ${explain(error, permission)}`);
    }
  };
  const body = renderMarkdownWithin(report, COMMENT_BYTES);
  if (tooManyAnnotations) {
    await attempt('check run', 'checks: write', async () => {
      const url = await publishCheckRun(
        octokit,
        run,
        report,
        `hostgw-preflight${inputs.clusterName === 'default' ? '' : ` (${inputs.clusterName})`}`,
      );
      return `GitHub shows only ${WORKFLOW_COMMAND_LIMIT} annotations per level from a step; all ${report.findings.length} are on ${url}`;
    });
  }
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
}

/** The job summary is a courtesy: a runner that cannot take it (a full disk, a removed file) costs a warning. */
async function writeSummary(report: Report): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await core.summary.addRaw(renderMarkdownWithin(report, SUMMARY_BYTES)).write();
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
  const { report, unrecognised, skipped } = fix ? await runWithFixes(options, fix, info) : await runCheck(options);
  if (unrecognised.length > 0) {
    core.startGroup(`${unrecognised.length} files skipped: not in a format hostgw-preflight reads`);
    infoBlock(unrecognised.map(oneLine).join('\n'));
    core.endGroup();
  }
  // A warning, not a log line: a link leading out of the checkout is worth a maintainer's look.
  for (const { file, reason } of skipped) core.warning(`${oneLine(file)}: skipped, ${reason}`);
  infoBlock(render('text', report, { color: false }));

  const written = await writeReports(inputs, format, report, options.files);
  const counts = inputs.annotations
    ? emitAnnotations(report.findings, report.sources[0]?.file)
    : { error: 0, warning: 0, note: 0 };
  const tooMany = Object.values(counts).some((count) => count > WORKFLOW_COMMAND_LIMIT);
  // Outputs first: the summary, comment, issue and check run are optional, and a later step may rely on them.
  setOutputs(report, written);
  await writeSummary(report);
  await publish(inputs, report, tooMany);

  const { summary } = report;
  if (!summary.passed) {
    const failing = report.findings.filter((finding) => !finding.baselined).length;
    core.setFailed(
      `hostgw-preflight: ${failing} findings, some at or above fail-on "${summary.failOn}" (${formatCounts(summary)})`,
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
