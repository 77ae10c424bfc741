import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, readlink, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixture } from '../sources/helpers.js';

const exec = promisify(execFile);
const DIST = resolve('dist/index.js');

/** The bundled Action on a runner whose checkout holds links committed by a fork (see files.test.ts). */
let root = '';
let workspace = '';
let temp = '';
let outside = '';
let secret = '';
const SECRET = 'runner secret: untouched\n';

beforeEach(async () => {
  root = await realpath(await mkdtemp(join(tmpdir(), 'hostgw-files-action-')));
  workspace = join(root, 'workspace');
  temp = join(root, 'runner-temp');
  outside = join(root, 'outside');
  secret = join(outside, 'secret');
  for (const folder of [workspace, temp, outside]) await mkdir(folder);
  await writeFile(secret, SECRET);
  await cp(fixture('gce', 'healthy'), join(workspace, 'dumps'), { recursive: true });
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** The one JSON report a step wrote (its name carries the cluster name and a counter). */
async function onlyReport(folder: string): Promise<string> {
  const reports = (await readdir(folder)).filter((name) => /^report-.*\.json$/.test(name));
  expect(reports).toHaveLength(1);
  return join(folder, reports[0]!);
}

async function runAction(inputs: Record<string, string>): Promise<{ code: number; stdout: string }> {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REPOSITORY: 'acme/infra',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: temp,
  };
  const all = {
    path: 'dumps',
    'fail-on': 'error',
    severity: 'note',
    format: 'text',
    annotations: 'true',
    comment: 'off',
    'drift-issue': 'off',
    fix: 'off',
    live: 'false',
    ...inputs,
  };
  for (const [name, value] of Object.entries(all)) env[`INPUT_${name.toUpperCase()}`] = value;
  try {
    const { stdout } = await exec(process.execPath, [DIST], { cwd: workspace, env });
    return { code: 0, stdout };
  } catch (error) {
    const failure = error as { code: number; stdout: string };
    return { code: failure.code, stdout: failure.stdout };
  }
}

describe('dist/index.js: committed links never redirect the Action', () => {
  it.each([
    ['output', 'report.txt'],
    ['sarif-file', 'results.sarif'],
  ])(
    'input "%s" onto a link to a file outside the workspace fails the step in one line, the target untouched',
    async (input, name) => {
      await symlink(secret, join(workspace, name));
      const result = await runAction({ [input]: name });
      expect(result.code).toBe(1);
      expect(result.stdout).toContain(
        `::error::hostgw-preflight: input "${input}": cannot write ${name}: refusing to write through a symbolic link\n`,
      );
      expect(await readFile(secret, 'utf8')).toBe(SECRET);
      expect(await readlink(join(workspace, name))).toBe(secret);
    },
  );

  it('a plan script linked into a folder outside the workspace is refused, nothing created there', async () => {
    await symlink(outside, join(workspace, 'scripts'));
    const result = await runAction({ fix: 'plan', 'plan-script': 'scripts/fix.sh' });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '::error::hostgw-preflight: --plan-script: cannot write scripts/fix.sh: outside GITHUB_WORKSPACE and RUNNER_TEMP',
    );
    expect(existsSync(join(outside, 'fix.sh'))).toBe(false);
  });

  it('a walked link leading outside the workspace is skipped with a warning naming it; the report lands in RUNNER_TEMP', async () => {
    await writeFile(join(outside, 'nodes.json'), JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [] }));
    await symlink(join(outside, 'nodes.json'), join(workspace, 'dumps', 'zz-foreign.json'));
    const result = await runAction({ output: 'report.txt' });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      '::warning::dumps/zz-foreign.json: skipped, a symbolic link leading outside GITHUB_WORKSPACE and RUNNER_TEMP\n',
    );
    expect(await readFile(join(workspace, 'report.txt'), 'utf8')).toContain('passed');
    expect(
      JSON.parse(await readFile(await onlyReport(join(temp, 'hostgw-preflight')), 'utf8')).sources.map(
        (source: { file: string }) => source.file,
      ),
    ).not.toContain('dumps/zz-foreign.json');
  });

  it('a committed .hostgw-preflight.yml linked outside the workspace fails the step in one line', async () => {
    await writeFile(join(outside, 'passwd'), 'failOn: never\n');
    await symlink(join(outside, 'passwd'), join(workspace, '.hostgw-preflight.yml'));
    const result = await runAction({});
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `::error::hostgw-preflight: .hostgw-preflight.yml: the configuration file leads outside the workspace (to ${join(outside, 'passwd')}): refusing to read it\n`,
    );
  });
});
