import { spawn, type ChildProcess, execFileSync } from 'node:child_process';
import {
  cp,
  link,
  lstat,
  mkdir,
  mkdtemp,
  readFile,
  readlink,
  realpath,
  rm,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expandPatterns } from '../../src/action/paths.js';
import { runCli } from '../../src/cli/main.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from '../../src/errors.js';
import { fixture } from '../sources/helpers.js';
import { seedFromFixture, startFakeKube, type FakeKube } from '../support/kubernetes/fake-kube.js';

/**
 * A pull request from a fork controls the checkout, symbolic links included. Laid out as a runner: the checkout
 * (the workspace, also the working directory), RUNNER_TEMP, and beside them a folder standing for the rest of the
 * machine, holding a file that must never be written or read.
 */
let root = '';
let workspace = '';
let temp = '';
let outside = '';
let secret = '';
const SECRET = 'runner secret: untouched\n';
const cwd = process.cwd();

beforeEach(async () => {
  root = await realpath(await mkdtemp(join(tmpdir(), 'hostgw-files-')));
  workspace = join(root, 'workspace');
  temp = join(root, 'runner-temp');
  outside = join(root, 'outside');
  secret = join(outside, 'secret');
  for (const folder of [workspace, temp, outside]) await mkdir(folder);
  await writeFile(secret, SECRET);
  process.chdir(workspace);
});

afterEach(async () => {
  process.chdir(cwd);
  await rm(root, { recursive: true, force: true });
});

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

const runner = (): NodeJS.ProcessEnv => ({ GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: workspace, RUNNER_TEMP: temp });

async function cli(env: NodeJS.ProcessEnv, ...argv: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    isTty: false,
    env,
  });
  return { code, stdout, stderr };
}

/** Exit 2 with exactly one line on stderr, no stack trace; returns the line. */
function oneLine(result: Run): string {
  expect(result.code, result.stderr).toBe(EXIT_USAGE);
  expect(result.stderr).not.toContain('    at ');
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines, result.stderr).toHaveLength(1);
  return lines[0]!;
}

/** Live mode logs its progress first: exit 2, and the error is the last line, alone of its kind. */
function lastLine(result: Run): string {
  expect(result.code, result.stderr).toBe(EXIT_USAGE);
  expect(result.stderr).not.toContain('    at ');
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines.filter((line) => line.includes('cannot write'))).toHaveLength(1);
  return lines.at(-1)!;
}

async function expectSecretUntouched(): Promise<void> {
  expect(await readFile(secret, 'utf8')).toBe(SECRET);
  expect((await stat(secret)).mode & 0o777).toBe(0o644);
}

const BROKEN = fixture('gce', 'broken');
const HEALTHY = fixture('gce', 'healthy');

describe('writes never follow a symbolic link committed in the checkout', () => {
  it.each([
    ['--output', ['--output', 'report.txt'], 'report.txt'],
    ['--write-baseline', ['--write-baseline', 'baseline.json'], 'baseline.json'],
    ['--plan-script', ['--fix', 'plan', '--plan-script', 'fix.sh'], 'fix.sh'],
  ])(
    '%s onto a link to a file outside the workspace: refused in one line, the target untouched',
    async (flag, args, name) => {
      await symlink(secret, name);
      const line = oneLine(await cli(runner(), 'check', BROKEN, ...args));
      expect(line).toBe(`hostgw-preflight: ${flag}: cannot write ${name}: refusing to write through a symbolic link`);
      await expectSecretUntouched();
      expect(await readlink(name)).toBe(secret);
    },
  );

  it("--output onto a link is refused in a user's own shell too (unconfined)", async () => {
    await symlink(secret, 'report.txt');
    expect(oneLine(await cli({}, 'check', HEALTHY, '--output', 'report.txt'))).toBe(
      'hostgw-preflight: --output: cannot write report.txt: refusing to write through a symbolic link',
    );
    await expectSecretUntouched();
  });

  it('a dangling link is refused, not created at its target', async () => {
    await symlink(join(outside, 'planted.sh'), 'fix.sh');
    const line = oneLine(await cli(runner(), 'check', BROKEN, '--fix', 'plan', '--plan-script', 'fix.sh'));
    expect(line).toBe(
      'hostgw-preflight: --plan-script: cannot write fix.sh: refusing to write through a symbolic link',
    );
    expect(existsSync(join(outside, 'planted.sh'))).toBe(false);
  });

  it.skipIf(process.platform === 'win32')('a FIFO or a folder at the path is refused, not written into', async () => {
    execFileSync('mkfifo', ['report.txt']);
    expect(oneLine(await cli({}, 'check', HEALTHY, '--output', 'report.txt'))).toBe(
      'hostgw-preflight: --output: cannot write report.txt: not a regular file',
    );
    expect((await lstat('report.txt')).isFIFO()).toBe(true);
    await mkdir('fix.sh');
    expect(oneLine(await cli(runner(), 'check', BROKEN, '--fix', 'plan', '--plan-script', 'fix.sh'))).toBe(
      'hostgw-preflight: --plan-script: cannot write fix.sh: EISDIR',
    );
  });

  it('a linked parent folder leading outside the workspace is refused, nothing created there', async () => {
    await symlink(outside, 'reports');
    const line = oneLine(await cli(runner(), 'check', BROKEN, '--output', 'reports/report.txt'));
    expect(line).toBe(
      `hostgw-preflight: --output: cannot write reports/report.txt: outside GITHUB_WORKSPACE and RUNNER_TEMP (it leads to ${outside})`,
    );
    expect(existsSync(join(outside, 'report.txt'))).toBe(false);
  });

  it('a plain path outside the workspace and RUNNER_TEMP is refused on a runner', async () => {
    const line = oneLine(await cli(runner(), 'check', HEALTHY, '--write-baseline', join(outside, 'baseline.json')));
    expect(line).toContain(
      `--write-baseline: cannot write ${join(outside, 'baseline.json')}: outside GITHUB_WORKSPACE and RUNNER_TEMP`,
    );
    expect(existsSync(join(outside, 'baseline.json'))).toBe(false);
  });

  it('writes into RUNNER_TEMP and into the workspace through a link that stays inside', async () => {
    await mkdir('real-reports');
    await symlink(join(workspace, 'real-reports'), 'reports');
    expect((await cli(runner(), 'check', HEALTHY, '--output', 'reports/report.txt')).code).toBe(EXIT_OK);
    expect(await readFile(join(workspace, 'real-reports', 'report.txt'), 'utf8')).toContain('passed');
    expect((await cli(runner(), 'check', HEALTHY, '--output', join(temp, 'report.txt'))).code).toBe(EXIT_OK);
    expect(await readFile(join(temp, 'report.txt'), 'utf8')).toContain('passed');
  });

  it('writes anywhere the user names in their own shell, through a linked parent folder too', async () => {
    await symlink(outside, 'reports');
    expect((await cli({}, 'check', HEALTHY, '--output', 'reports/report.txt')).code).toBe(EXIT_OK);
    expect(await readFile(join(outside, 'report.txt'), 'utf8')).toContain('passed');
  });

  it('replaces an existing file by a new one: a hard link to it keeps the old content', async () => {
    await writeFile('report.txt', 'old report\n');
    await link('report.txt', join(outside, 'hard-link'));
    expect((await cli(runner(), 'check', HEALTHY, '--output', 'report.txt')).code).toBe(EXIT_OK);
    expect(await readFile('report.txt', 'utf8')).toContain('passed');
    expect(await readFile(join(outside, 'hard-link'), 'utf8')).toBe('old report\n');
    expect((await lstat('report.txt')).isFile()).toBe(true);
  });

  it('writes the plan script executable, and leaves no temporary file behind', async () => {
    expect((await cli(runner(), 'check', BROKEN, '--fix', 'plan', '--plan-script', 'fix.sh')).code).toBe(EXIT_FINDINGS);
    expect((await stat('fix.sh')).mode & 0o111).not.toBe(0);
    expect(await readFile('fix.sh', 'utf8')).toMatch(/^#!/);
    expect(execFileSync('ls', ['-A', workspace], { encoding: 'utf8' }).trim()).toBe('fix.sh');
  });

  describe('--save-snapshot', () => {
    let kube: FakeKube | undefined;
    beforeEach(async () => {
      kube = await startFakeKube(await seedFromFixture(fixture('baremetal', 'healthy')));
    });
    afterEach(async () => {
      await kube?.close();
      kube = undefined;
    });
    const live = (env: NodeJS.ProcessEnv, folder: string) =>
      cli(
        env,
        'check',
        '--live',
        '--kubeconfig',
        kube!.kubeconfigPath,
        '--save-snapshot',
        folder,
        '--format',
        'json',
        '--cluster-cidr',
        '10.42.0.0/16',
      );

    it.each([
      ['on a runner', runner],
      ["in a user's own shell", () => ({})],
    ])('%s: a file of the snapshot linked outside is refused, the target untouched', async (_, env) => {
      await mkdir('snapshot');
      await symlink(secret, join('snapshot', 'nodes.json'));
      expect(lastLine(await live(env(), 'snapshot'))).toMatch(
        /^hostgw-preflight: --save-snapshot: cannot write snapshot\/[\w-]+\.json: refusing to write through a symbolic link$/,
      );
      await expectSecretUntouched();
    });

    it('a snapshot folder linked outside the workspace is refused on a runner', async () => {
      await symlink(outside, 'snapshot');
      expect(lastLine(await live(runner(), 'snapshot'))).toContain('cannot write snapshot/');
      expect(execFileSync('ls', ['-A', outside], { encoding: 'utf8' }).trim()).toBe('secret');
    });

    it('writes and reads back a snapshot in the workspace', async () => {
      const result = await live(runner(), 'snapshot');
      expect(result.code, result.stderr).toBe(EXIT_OK);
      expect(JSON.parse(await readFile(join('snapshot', 'nodes.json'), 'utf8')).items.length).toBeGreaterThan(0);
    });
  });
});

describe('reads', () => {
  /** A node list outside the workspace: reading it would add a node the report then names. */
  const foreignNodes = JSON.stringify({
    apiVersion: 'v1',
    kind: 'List',
    items: [
      {
        apiVersion: 'v1',
        kind: 'Node',
        metadata: { name: 'foreign-node', labels: { 'kubernetes.io/os': 'linux' } },
        spec: { podCIDR: '10.244.9.0/24' },
        status: { addresses: [{ type: 'InternalIP', address: '10.240.0.99' }] },
      },
    ],
  });

  beforeEach(async () => {
    await cp(HEALTHY, join(workspace, 'dumps'), { recursive: true });
    await writeFile(join(outside, 'nodes.json'), foreignNodes);
  });

  it('a walked link leading outside the workspace is skipped and named; a link inside it is read', async () => {
    await symlink(join(outside, 'nodes.json'), join('dumps', 'zz-foreign.json'));
    await mkdir('real');
    await cp(join('dumps', 'gcloud-routes.json'), join('real', 'routes.json'));
    await rm(join('dumps', 'gcloud-routes.json'));
    await symlink(join(workspace, 'real', 'routes.json'), join('dumps', 'gcloud-routes.json'));
    const result = await cli(runner(), 'check', 'dumps', '--format', 'json');
    expect(result.code, result.stderr).toBe(EXIT_OK);
    expect(result.stderr).toBe(
      'hostgw-preflight: dumps/zz-foreign.json: skipped, a symbolic link leading outside GITHUB_WORKSPACE and RUNNER_TEMP\n',
    );
    const report = JSON.parse(result.stdout) as { nodes: { name: string }[]; sources: { file: string }[] };
    expect(report.nodes.map((node) => node.name)).not.toContain('foreign-node');
    expect(report.sources.map((source) => source.file)).toContain('dumps/gcloud-routes.json');
    expect(report.sources.map((source) => source.file)).not.toContain('dumps/zz-foreign.json');
  });

  it('a folder named explicitly outside the workspace is read, links within it included (a ConfigMap volume)', async () => {
    const volume = join(outside, 'volume');
    await cp(HEALTHY, join(volume, '..data'), { recursive: true });
    for (const name of ['nodes.yaml', 'gcloud-routes.json'])
      await symlink(join(volume, '..data', name), join(volume, name));
    const result = await cli(runner(), 'check', volume, '--format', 'json');
    expect(result.stderr).toBe('');
    const files = (JSON.parse(result.stdout) as { sources: { file: string }[] }).sources.map((source) => source.file);
    expect(files).toEqual(expect.arrayContaining([join(volume, 'nodes.yaml'), join(volume, 'gcloud-routes.json')]));
  });

  it('a path in the workspace that a committed link turns into one outside is refused in one line', async () => {
    await symlink(join(outside, 'nodes.json'), 'nodes.json');
    expect(oneLine(await cli(runner(), 'check', 'nodes.json'))).toBe(
      `hostgw-preflight: nodes.json: a symbolic link leads outside GITHUB_WORKSPACE and RUNNER_TEMP (to ${join(outside, 'nodes.json')}): refusing to read it`,
    );
    await symlink(outside, 'linked-dumps');
    expect(oneLine(await cli(runner(), 'check', 'linked-dumps'))).toContain(
      'linked-dumps: a symbolic link leads outside GITHUB_WORKSPACE and RUNNER_TEMP',
    );
  });

  it("Action globs do not descend into a linked folder (one linked to / would walk the runner's disk)", async () => {
    await symlink(outside, join('dumps', 'linked'));
    const matches = await expandPatterns(['dumps/**/*.json']);
    expect(matches).toContain('dumps/gcloud-routes.json');
    expect(matches).not.toContain('dumps/linked/nodes.json');
  });

  it("in a user's own shell, walked links are followed as before", async () => {
    await symlink(join(outside, 'nodes.json'), join('dumps', 'zz-foreign.json'));
    const result = await cli({}, 'check', 'dumps', '--format', 'json');
    expect(result.stderr).toBe('');
    expect((JSON.parse(result.stdout) as { nodes: { name: string }[] }).nodes.map((node) => node.name)).toContain(
      'foreign-node',
    );
  });
});

describe('the configuration file and the baseline are read only as regular files inside the workspace', () => {
  /** A configuration that would wave every finding through. */
  const LENIENT = 'failOn: never\n';

  async function baselineOfAll(): Promise<string> {
    const file = join(temp, 'all.json');
    expect((await cli({}, 'check', BROKEN, '--write-baseline', file)).code).toBe(EXIT_FINDINGS);
    return await readFile(file, 'utf8');
  }

  it('a committed .hostgw-preflight.yml linked outside the workspace is not read', async () => {
    await writeFile(join(outside, 'passwd'), LENIENT);
    await symlink(join(outside, 'passwd'), '.hostgw-preflight.yml');
    expect(oneLine(await cli(runner(), 'check', BROKEN))).toBe(
      `hostgw-preflight: .hostgw-preflight.yml: the configuration file leads outside the workspace (to ${join(outside, 'passwd')}): refusing to read it`,
    );
  });

  it("--config and --baseline named outside the workspace are refused on a runner, read in a user's shell", async () => {
    await writeFile(join(outside, 'config.yml'), LENIENT);
    expect(oneLine(await cli(runner(), 'check', BROKEN, '--config', join(outside, 'config.yml')))).toContain(
      'the configuration file leads outside the workspace',
    );
    expect((await cli({}, 'check', BROKEN, '--config', join(outside, 'config.yml'))).code).toBe(EXIT_OK);

    await writeFile(join(outside, 'baseline.json'), await baselineOfAll());
    await symlink(join(outside, 'baseline.json'), 'baseline.json');
    expect(oneLine(await cli(runner(), 'check', BROKEN, '--baseline', 'baseline.json'))).toBe(
      `hostgw-preflight: baseline.json: the baseline leads outside the workspace (to ${join(outside, 'baseline.json')}): refusing to read it`,
    );
    expect((await cli({}, 'check', BROKEN, '--baseline', 'baseline.json')).code).toBe(EXIT_OK);
  });

  it('a baseline and a configuration file in the workspace are read, through a link inside it too', async () => {
    await writeFile('real-config.yml', LENIENT);
    await symlink(join(workspace, 'real-config.yml'), '.hostgw-preflight.yml');
    expect((await cli(runner(), 'check', BROKEN)).code).toBe(EXIT_OK);
    await rm('.hostgw-preflight.yml');
    await writeFile('baseline.json', await baselineOfAll());
    expect((await cli(runner(), 'check', BROKEN, '--baseline', 'baseline.json')).code).toBe(EXIT_OK);
  });

  it('a folder as the configuration file or the baseline: exit 2, one line', async () => {
    await mkdir('.hostgw-preflight.yml');
    expect(oneLine(await cli(runner(), 'check', BROKEN))).toBe(
      'hostgw-preflight: .hostgw-preflight.yml: the configuration file is not a regular file',
    );
    expect(oneLine(await cli({}, 'check', BROKEN, '--config', workspace, '--baseline', workspace))).toBe(
      `hostgw-preflight: ${workspace}: the configuration file is not a regular file`,
    );
    await rm('.hostgw-preflight.yml', { recursive: true });
    expect(oneLine(await cli({}, 'check', BROKEN, '--baseline', workspace))).toBe(
      `hostgw-preflight: ${workspace}: the baseline is not a regular file`,
    );
  });

  describe.skipIf(process.platform === 'win32')('a FIFO', () => {
    let writer: ChildProcess | undefined;
    afterEach(() => {
      writer?.kill('SIGKILL');
      writer = undefined;
    });

    it('as the configuration file is refused without opening it (opening one blocks until a writer comes)', async () => {
      execFileSync('mkfifo', ['.hostgw-preflight.yml']);
      // Stands for whoever might write to it: were the file opened, the lenient configuration would be read.
      writer = spawn('sh', ['-c', `printf '${LENIENT}' > .hostgw-preflight.yml`], { cwd: workspace, stdio: 'ignore' });
      expect(oneLine(await cli({}, 'check', BROKEN))).toBe(
        'hostgw-preflight: .hostgw-preflight.yml: the configuration file is not a regular file',
      );
    });
  });
});
