import { execFile, spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { hookProblems, readManifest } from './manifest.js';

const exec = promisify(execFile);
const ROOT = resolve('.');
const hooks = readManifest(join(ROOT, '.pre-commit-hooks.yaml'));
const hook = hooks.find((candidate) => candidate.id === 'hostgw-preflight')!;
const packageJson = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as {
  bin: Record<string, string>;
  scripts: Record<string, string>;
};
/**
 * The real run installs the hook repository with npm (about 4 minutes and the npm registry), too slow for every
 * run of the suite: it runs when asked for (HOSTGW_E2E_PRECOMMIT=1) on a machine with pre-commit.
 */
const wanted = process.env.HOSTGW_E2E_PRECOMMIT === '1';
const hasPreCommit = wanted && spawnSync('pre-commit', ['--version']).status === 0;

describe('.pre-commit-hooks.yaml', () => {
  it('passes the checks of pre-commit’s manifest loader', () => {
    expect(new Set(hooks.map((candidate) => candidate.id)).size).toBe(hooks.length);
    for (const candidate of hooks) expect(hookProblems(candidate), String(candidate.id)).toEqual([]);
  });

  it('knows a bad manifest when it sees one', () => {
    expect(
      hookProblems({ id: 'x', name: 'x', entry: 'x', language: 'nodejs', pass_filenames: 'no', files: '(' }),
    ).toEqual(['pass_filenames: not a bool', 'language: nodejs is unknown', expect.stringMatching(/^files: /)]);
  });

  it('runs the committed CLI on the folders in args, with no file names appended', () => {
    expect(hook).toMatchObject({ language: 'node', entry: 'hostgw-preflight', pass_filenames: false });
    expect(hook.args).toEqual(['check', '.']);
    expect(packageJson.bin['hostgw-preflight']).toBe('dist/cli.js');
  });

  it('installs without a build: no lifecycle script that npm runs on a git or packed install', () => {
    // pre-commit installs the hook repository with npm (npm pack + npm install -g, or npm install -g git+file://):
    // these scripts would run there, and a build would need the devDependencies. dist/ is committed instead.
    const lifecycle = ['preinstall', 'install', 'postinstall', 'prepare', 'prepack', 'postpack', 'prepublish'];
    expect(Object.keys(packageJson.scripts).filter((name) => lifecycle.includes(name))).toEqual([]);
  });

  it('packs the CLI and its bundle, as npm does when pre-commit installs the repository', async () => {
    const { stdout } = await exec('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT });
    const files = (JSON.parse(stdout) as { files: { path: string }[] }[])[0]!.files.map((file) => file.path);
    expect(files).toContain('dist/cli.js');
    expect(files.some((file) => file.startsWith('dist/bundle/'))).toBe(true);
  });
});

/**
 * A hook repository holding what npm installs from this one (its package files, the manifest and the committed
 * dist/), and a repository using it with a healthy and a broken cluster: one install serves every run.
 */
async function repositories(work: string): Promise<{ consumer: string; env: NodeJS.ProcessEnv }> {
  const git = (cwd: string, ...args: string[]) =>
    exec('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', ...args], { cwd });
  const hookRepo = join(work, 'hook');
  await mkdir(hookRepo);
  for (const file of ['package.json', 'package-lock.json', '.pre-commit-hooks.yaml', 'dist']) {
    await cp(join(ROOT, file), join(hookRepo, file), { recursive: true });
  }
  await git(hookRepo, 'init', '-q');
  await git(hookRepo, 'add', '.');
  await git(hookRepo, 'commit', '-qm', 'hook');
  const rev = (await git(hookRepo, 'rev-parse', 'HEAD')).stdout.trim();

  const consumer = join(work, 'consumer');
  await cp(join(ROOT, 'fixtures/aws/healthy'), join(consumer, 'clusters/healthy'), { recursive: true });
  await cp(join(ROOT, 'fixtures/aws/broken'), join(consumer, 'clusters/broken'), { recursive: true });
  await writeFile(join(consumer, 'README.md'), '# clusters\n');
  const hookEntry = (name: string, path: string) =>
    `      - { id: hostgw-preflight, name: ${name}, args: [check, ${path}] }\n`;
  await writeFile(
    join(consumer, '.pre-commit-config.yaml'),
    `repos:\n  - repo: ${hookRepo}\n    rev: ${rev}\n    hooks:\n` +
      hookEntry('healthy cluster', 'clusters/healthy') +
      hookEntry('broken cluster', 'clusters/broken'),
  );
  await git(consumer, 'init', '-q');
  await git(consumer, 'add', '.');
  await git(consumer, 'commit', '-qm', 'clusters');
  return { consumer, env: { ...process.env, PRE_COMMIT_HOME: join(work, 'cache'), NO_COLOR: '1' } };
}

async function preCommit(cwd: string, env: NodeJS.ProcessEnv, ...args: string[]) {
  return exec('pre-commit', ['run', '--color', 'never', ...args], { cwd, env, maxBuffer: 16 << 20 }).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
  );
}

const title = hasPreCommit
  ? 'the real pre-commit installs the hook with npm and runs it'
  : `the real pre-commit installs the hook with npm and runs it (skipped: ${wanted ? 'pre-commit is not on PATH' : 'set HOSTGW_E2E_PRECOMMIT=1'})`;

describe('pre-commit', () => {
  // The install is npm's: a few minutes on first use, as pre-commit says ("This may take a few minutes...").
  it.runIf(hasPreCommit)(title, { timeout: 20 * 60_000 }, async () => {
    const work = await mkdtemp(join(tmpdir(), 'hostgw-precommit-'));
    try {
      const { consumer, env } = await repositories(work);
      const all = await preCommit(consumer, env, '--all-files');
      expect(all.stdout).toMatch(/^healthy cluster\.+Passed$/m);
      expect(all.stdout).toMatch(/^broken cluster\.+Failed$/m);
      expect(all.stdout).toContain('- exit code: 1');
      expect(all.stdout).toContain('6 errors, 1 warning (fail-on: error) — FAILED');
      expect(all.code).toBe(1);

      // Only a JSON or YAML file in the commit runs the check.
      const readme = await preCommit(consumer, env, '--files', 'README.md');
      expect(readme.stdout).toMatch(/^broken cluster\.+\(no files to check\)Skipped$/m);
      expect(readme.code).toBe(0);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});
