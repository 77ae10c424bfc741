import { readFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import * as core from '@actions/core';
import { checkBase, gateOf, readCompareBase } from '../engine/compare-base.js';
import { compareWithBase, type BaseFindings } from '../engine/compare.js';
import type { ResolvedCheckOptions } from '../engine/settings.js';
import { UserError } from '../errors.js';
import { checkoutBaseFiles } from '../io/git-base.js';
import type { Report } from '../report/types.js';
import { info, oneLine } from './log.js';

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

/** The base commit of the pull request this run is for; a reason instead when there is none. */
async function baseSha(): Promise<{ sha: unknown } | { reason: string }> {
  const event = process.env.GITHUB_EVENT_NAME ?? '';
  if (!PULL_REQUEST_EVENTS.has(event)) return { reason: `this is a ${event || 'local'} event, not a pull request` };
  const payload = JSON.parse(await readFile(process.env.GITHUB_EVENT_PATH ?? '', 'utf8')) as {
    pull_request?: { base?: { sha?: unknown } };
  };
  const sha = payload.pull_request?.base?.sha;
  return sha === undefined ? { reason: 'the event names no base commit' } : { sha };
}

/** Paths of the checkout relative to its root; one outside it is not in git and has no base. */
function inRepository(paths: readonly string[], repo: string): string[] {
  return paths.flatMap((path) => {
    const inside = relative(repo, resolve(path));
    return inside.startsWith('..') || isAbsolute(inside) ? [] : [inside === '' ? '.' : inside];
  });
}

/** The `path` inputs as they are at the pull request's base commit, checked with the head's options. */
async function baseFromGit(options: ResolvedCheckOptions): Promise<BaseFindings> {
  const found = await baseSha();
  if ('reason' in found) throw new UserError(found.reason);
  const repo = process.env.GITHUB_WORKSPACE || process.cwd();
  const into = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'hostgw-preflight-base-'));
  const paths = await checkoutBaseFiles({
    repo,
    sha: found.sha as string,
    paths: inRepository(options.paths, repo),
    into,
    log: (command) => info(`compare: ${command.text}`),
  });
  return await checkBase(paths, options, found.sha as string);
}

/**
 * compare-to, or with `compare: base` the pull request's base commit. A base that cannot be read (no pull request,
 * a commit that cannot be fetched, the base branch's report artifact not there yet) skips the compare with a notice,
 * never failing the step; fail-scope new then gates on every finding, as without a compare.
 */
export async function compareInAction(report: Report, options: ResolvedCheckOptions): Promise<Report> {
  const { compareTo } = options;
  if (!compareTo && !options.compareBase) return report;
  if (!compareTo && options.live) {
    core.notice('compare: base reads files from git; a live check has no base to compare with. Not compared.');
    return report;
  }
  try {
    const base = compareTo ? await readCompareBase(compareTo, options) : await baseFromGit(options);
    return compareWithBase(report, base, gateOf(options));
  } catch (error) {
    const reason = error instanceof UserError ? error.format() : ((error as Error)?.message ?? String(error));
    const scope = options.failScope === 'new' ? ' fail-scope "new" gates on every finding instead.' : '';
    const what = compareTo ? 'compare-to' : 'compare: base';
    core.notice(`${what} skipped, the base could not be read: ${oneLine(reason)}.${scope}`);
    return report;
  }
}
