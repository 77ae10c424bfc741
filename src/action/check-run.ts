import { plural, severityCounts } from '../report/plural.js';
import type { Report } from '../report/types.js';
import type { Finding, Severity } from '../model/finding.js';
import { annotationTarget, annotationText, title } from './annotations.js';
import type { Octokit, RunContext } from './github.js';

/** The Checks API takes at most 50 annotations per request. */
export const ANNOTATIONS_PER_REQUEST = 50;

const LEVEL: Record<Severity, 'failure' | 'warning' | 'notice'> = {
  error: 'failure',
  warning: 'warning',
  note: 'notice',
};

function annotation(finding: Finding, fallbackFile: string | undefined) {
  const target = annotationTarget(finding, fallbackFile)!;
  return {
    path: target.path,
    start_line: target.line,
    end_line: target.line,
    // The API accepts columns only for single-line annotations, which ours are.
    ...(target.column ? { start_column: target.column, end_column: target.column } : {}),
    annotation_level: LEVEL[finding.severity],
    title: title(finding),
    message: annotationText(finding),
  };
}

/** Publishes the given findings (those workflow commands could not show) as check-run annotations, in batches. */
export async function publishCheckRun(
  octokit: Octokit,
  run: RunContext,
  report: Report,
  findings: readonly Finding[],
  name: string,
): Promise<string> {
  const fallback = report.sources[0]?.file;
  const annotations = findings
    .filter((finding) => annotationTarget(finding, fallback))
    .map((finding) => annotation(finding, fallback));
  const { summary } = report;
  const output = (batch: typeof annotations) => ({
    title: severityCounts(summary),
    summary: `hostgw-preflight found ${plural(report.findings.length, 'finding')} on ${plural(summary.nodes, 'node')} (fail-on: ${summary.failOn}).`,
    annotations: batch,
  });
  const { data } = await octokit.rest.checks.create({
    owner: run.owner,
    repo: run.repo,
    name,
    head_sha: run.pullRequest?.headSha ?? run.sha,
    status: 'in_progress',
    output: output(annotations.slice(0, ANNOTATIONS_PER_REQUEST)),
  });
  for (let start = ANNOTATIONS_PER_REQUEST; start < annotations.length; start += ANNOTATIONS_PER_REQUEST) {
    await octokit.rest.checks.update({
      owner: run.owner,
      repo: run.repo,
      check_run_id: data.id,
      output: output(annotations.slice(start, start + ANNOTATIONS_PER_REQUEST)),
    });
  }
  await octokit.rest.checks.update({
    owner: run.owner,
    repo: run.repo,
    check_run_id: data.id,
    status: 'completed',
    conclusion: summary.passed ? 'success' : 'failure',
  });
  return data.html_url ?? `check run ${data.id}`;
}
