import * as core from '@actions/core';
import { ACTION_NAMES, RawReader } from '../engine/settings.js';
import { UserError } from '../errors.js';
import { renderFleetMarkdown, type FleetEntry } from '../report/fleet.js';
import { readReports } from '../report/fleet-reports.js';
import { listInput, optional } from './inputs.js';
import { info, infoBlock, oneLine } from './log.js';
import { expandPatterns } from './paths.js';

/**
 * The merge sub-action (merge/action.yml): the JSON reports of a fleet's matrix jobs, downloaded as artifacts, become
 * one table. Those artifacts may come from forks' runs: the reports are read with a size bound and refused when
 * linked, and every name in them reaches the table through the markdown escaping (no mention, link or HTML).
 */
async function merge(): Promise<void> {
  const patterns = listInput('reports');
  if (patterns.length === 0) throw new UserError('input "reports": give the JSON reports to merge, one glob per line');
  const failOnAny = new RawReader({ 'fail-on-any': optional('fail-on-any') }, ACTION_NAMES).bool('fail-on-any');
  const files = await expandPatterns(patterns, 'reports');
  const entries = await readReports(files, { refuseLinks: true });
  const table = renderFleetMarkdown(entries);
  const failed = entries.filter((entry) => entry.summary.passed !== true).map(clusterName);

  // Outputs first: the job summary is a courtesy, and later steps rely on them.
  core.setOutput('failed-clusters', JSON.stringify(failed));
  core.setOutput('table', table);
  infoBlock(table);
  await writeSummary(table);
  if (failOnAny && failed.length > 0)
    core.setFailed(`hostgw-preflight merge: ${failed.length} of ${entries.length} clusters failed`);
  else info(`hostgw-preflight merge: ${entries.length - failed.length} of ${entries.length} clusters passed`);
}

const clusterName = (entry: FleetEntry): string => entry.cluster ?? entry.file;

async function writeSummary(table: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await core.summary.addRaw(table).write();
  } catch (error) {
    core.summary.emptyBuffer();
    core.warning(`job summary not written: ${oneLine((error as Error)?.message ?? String(error))}`);
  }
}

/** The sub-action's entry: user errors fail the step with one line; anything else is reported as a bug. */
export async function runMerge(): Promise<void> {
  try {
    await merge();
  } catch (error) {
    if (error instanceof UserError) core.setFailed(`hostgw-preflight merge: ${error.format()}`);
    else {
      core.debug((error as Error)?.stack ?? String(error));
      core.setFailed(
        `hostgw-preflight merge: internal error, please report it: ${(error as Error)?.message ?? String(error)}`,
      );
    }
  }
}
