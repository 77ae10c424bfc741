import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseOutputs, ROOT } from './run-action.js';

const exec = promisify(execFile);

let work: string;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'hostgw-merge-'));
});

afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

interface MergeResult {
  code: number;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

/** The runner resolves `runs.main` against the action's own folder: merge/../dist/merge.js, the shared bundle. */
async function mergeEntry(): Promise<string> {
  const action = parse(await readFile(join(ROOT, 'merge/action.yml'), 'utf8')) as {
    runs: { using: string; main: string };
  };
  expect(action.runs.using).toBe('node24');
  return resolve(ROOT, 'merge', action.runs.main);
}

/** Runs the merge sub-action's entry as the runner does: INPUT_* variables and the file commands. */
async function runMerge(inputs: Record<string, string>): Promise<MergeResult> {
  const outputFile = join(work, 'github-output');
  const summaryFile = join(work, 'step-summary');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: work,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: work,
    'INPUT_FAIL-ON-ANY': 'false',
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  let code = 0;
  let stdout: string;
  try {
    ({ stdout } = await exec(process.execPath, [await mergeEntry()], { cwd: work, env }));
  } catch (error) {
    ({ code, stdout } = error as { code: number; stdout: string });
  }
  return {
    code,
    stdout,
    outputs: parseOutputs(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
  };
}

/** A matrix job's report artifact, downloaded to reports/<artifact>/, as the bundled CLI writes it. */
async function report(cluster: string, fixture: string): Promise<string> {
  const folder = join(work, 'reports', `report-${cluster}`);
  await mkdir(folder, { recursive: true });
  const file = join(folder, `report-${cluster}-1.json`);
  await exec(process.execPath, [
    join(ROOT, 'dist/cli.js'),
    'check',
    join(ROOT, fixture),
    '--format',
    'json',
    '--cluster-name',
    cluster,
    '--output',
    file,
  ]).catch(() => undefined);
  return file;
}

/** What GitHub would render: the table must hold no link, and no mention outside code spans. */
function html(markdown: string): string {
  return micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
}

describe('merge/action.yml (dist/merge.js) as the runner runs it', () => {
  it('declares the inputs the entry reads and the outputs it sets', async () => {
    const action = parse(await readFile(join(ROOT, 'merge/action.yml'), 'utf8')) as {
      inputs: Record<string, unknown>;
      outputs: Record<string, unknown>;
    };
    expect(Object.keys(action.inputs)).toEqual(['reports', 'fail-on-any']);
    expect(Object.keys(action.outputs)).toEqual(['failed-clusters', 'table']);
  });

  it('names the failing clusters, writes the fleet table to the summary and its output, and fails with fail-on-any', async () => {
    await report('prod-eu', 'fixtures/aws/broken');
    await report('staging', 'fixtures/gce/healthy');
    const result = await runMerge({ reports: 'reports/*/*.json', 'fail-on-any': 'true' });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.outputs['failed-clusters']!)).toEqual(['prod-eu']);
    expect(result.outputs.table).toContain('1 of 2 clusters failing');
    expect(result.outputs.table).toMatch(/\| `prod-eu` \| `aws` \|.*❌ failed/);
    expect(result.outputs.table).toMatch(/\| `staging` \| `gce` \|.*✅ passed/);
    expect(result.summary).toContain(result.outputs.table);
    expect(result.stdout).toMatch(/^::error::hostgw-preflight merge: 1 of 2 clusters failed$/m);
  });

  it('passes without fail-on-any, and gives an empty list when every cluster passed', async () => {
    await report('prod-eu', 'fixtures/aws/broken');
    const failing = await runMerge({ reports: 'reports/*/*.json' });
    expect(failing.code).toBe(0);
    expect(JSON.parse(failing.outputs['failed-clusters']!)).toEqual(['prod-eu']);

    await rm(join(work, 'reports'), { recursive: true });
    await report('staging', 'fixtures/azure/healthy');
    const passing = await runMerge({ reports: `${join(work, 'reports')}/*/*.json`, 'fail-on-any': 'true' });
    expect(passing.code).toBe(0);
    expect(JSON.parse(passing.outputs['failed-clusters']!)).toEqual([]);
  });

  it('renders hostile cluster names from a fork inert: no link, mention or raw HTML', async () => {
    const file = await report('x', 'fixtures/aws/broken');
    const hostile = '@octocat [x](https://evil.example) <img src=x> | #1';
    const json = JSON.parse(await readFile(file, 'utf8'));
    await writeFile(file, JSON.stringify({ ...json, cluster: hostile, provider: '<b>aws</b>' }));
    const result = await runMerge({ reports: 'reports/*/*.json' });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.outputs['failed-clusters']!)).toEqual([hostile]);
    const rendered = html(result.summary);
    expect(rendered).not.toMatch(/<a |<img|<b>/);
    const outsideCode = rendered.replace(/<code>[\s\S]*?<\/code>/g, ' ').replace(/<[^>]*>/g, ' ');
    expect(outsideCode).not.toContain('@octocat');
    expect(outsideCode).not.toContain('#1');
  });

  it('refuses an oversized report, a linked one and a non-report with one line naming the file', async () => {
    const big = join(work, 'reports', 'big.json');
    await mkdir(join(work, 'reports'), { recursive: true });
    await writeFile(big, '');
    await truncate(big, 33 * 1024 * 1024);
    const tooLarge = await runMerge({ reports: 'reports/big.json' });
    expect(tooLarge.code).toBe(1);
    expect(tooLarge.stdout).toMatch(
      /^::error::hostgw-preflight merge: reports\/big\.json: report is larger than 32 MiB$/m,
    );

    await symlink(join(ROOT, 'package.json'), join(work, 'reports', 'linked.json'));
    const linked = await runMerge({ reports: 'reports/linked.json' });
    expect(linked.stdout).toMatch(/^::error::hostgw-preflight merge: reports\/linked\.json: not a regular file/m);

    await writeFile(join(work, 'reports', 'other.json'), '{"version": 2}');
    const other = await runMerge({ reports: 'reports/other.json' });
    expect(other.stdout).toMatch(
      /^::error::hostgw-preflight merge: reports\/other\.json: not a hostgw-preflight JSON report/m,
    );
    expect(other.stdout).not.toMatch(/^\s+at /m);

    const none = await runMerge({ reports: 'reports/*/*.json' });
    expect(none.stdout).toMatch(/^::error::hostgw-preflight merge: input "reports": no file matches/m);
  });
});
