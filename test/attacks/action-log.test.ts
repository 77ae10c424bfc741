/**
 * Attack: names in a pull request's dumps (node, route and file names) issue workflow commands in the Action's
 * log: `::add-mask::`, `::stop-commands::`, an annotation on another file, after a newline or a bare CR,
 * after leading whitespace, or in the legacy `##[` form anywhere in a line. The bundled dist/index.js runs as
 * the runner runs it; its stdout and stderr are read as the runner reads them.
 */
import { execFile, spawn } from 'node:child_process';
import { openSync, closeSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { ROOT, runAction, pullRequestEvent, scheduleEvent, TOKEN, type StepResult } from '../action/run-action.js';
import { commandShapedLines, runnerCommands, type RunnerCommand } from '../action/runner-commands.js';
import { startFakeGitHub, type FakeGitHub } from '../support/github/fake-github.js';

/** Names of fixtures/gce/broken swapped for hostile ones; every one of them ends up in a finding. */
const HOSTILE_NAMES: Record<string, string> = {
  'k8s-lin-2': '::add-mask::x',
  'k8s-lin-1': 'n1\n::error::newline',
  'k8s-win-1': 'n2\r::error::bare-cr',
  'k8s-win-2': 'n3 ##[error]legacy',
  'k8s-lin-3': '   ::warning file=README.md::pwned',
  'stg-pods-k8s-lin-4': '::stop-commands::tok',
  'nat-egress-10-48-5-64': '\u00a0\t::notice::nbsp',
};

/** Files in the walked folder that hostgw-preflight does not read: listed as skipped. */
const HOSTILE_FILES = [
  '::error::x.json',
  '##[error]y.json',
  'a\n::add-mask::z.json',
  'b\r::warning::cr.yaml',
  '  ::notice::lead.json',
];

/** Text of the attacks that must never be a command: each is still shown, as text. */
const ATTACK_TEXT = [
  'add-mask::x',
  'newline',
  'bare-cr',
  '##',
  'pwned',
  'stop-commands::tok',
  'nbsp',
  'x.json',
  'y.json',
  'z.json',
  'cr.yaml',
  'lead.json',
];

function swap(value: unknown): unknown {
  if (typeof value === 'string')
    return Object.entries(HOSTILE_NAMES).reduce((text, [from, to]) => text.split(from).join(to), value);
  if (Array.isArray(value)) return value.map(swap);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, swap(item)]));
  return value;
}

async function hostileCluster(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const source = 'fixtures/gce/broken';
  for (const file of await readdir(source)) {
    const text = await readFile(join(source, file), 'utf8');
    await writeFile(
      join(dir, file),
      file.endsWith('.json') ? JSON.stringify(swap(JSON.parse(text)), null, 2) : stringifyYaml(swap(parseYaml(text))),
    );
  }
  for (const file of HOSTILE_FILES)
    await writeFile(join(dir, file), file.endsWith('.json') ? '{"not": "a dump"}\n' : 'not: a dump\n');
}

const ANNOTATION =
  /^::(error|warning|notice) title=hostgw-preflight [a-z-]+[^,:]*(,file=[^,:]+)?(,line=\d+)?(,col=\d+)?::/;
const STOP = /^::stop-commands::([0-9a-f]{32})$/;

/** The tool's own commands, each in the one shape it issues them in. */
function isOwnCommand(line: string, stopTokens: Set<string>): boolean {
  if (ANNOTATION.test(line)) return true;
  if (/^::error::hostgw-preflight: /.test(line)) return true;
  if (line === `::add-mask::${TOKEN}`) return true;
  if (/^::group::\d+ files skipped: not in a format hostgw-preflight reads$/.test(line) || line === '::endgroup::')
    return true;
  const stop = STOP.exec(line);
  if (stop) return (stopTokens.add(stop[1]!), true);
  return [...stopTokens].some((token) => line === `::${token}::`);
}

/** As the runner reads V2 properties: split at `,`, then at the first `=`, then unescape. */
function runnerProperties(text: string): Record<string, string> {
  const unescape = (value: string) =>
    value.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  return Object.fromEntries(
    text
      .split(',')
      .filter(Boolean)
      .map((pair) => [pair.slice(0, pair.indexOf('=')), unescape(pair.slice(pair.indexOf('=') + 1))]),
  );
}

function expectOnlyOwnCommands(output: string): RunnerCommand[] {
  const stopTokens = new Set<string>();
  const foreign = commandShapedLines(output).filter((line) => !isOwnCommand(line, stopTokens));
  expect(foreign).toEqual([]);
  return runnerCommands(output);
}

let github: FakeGitHub;
let work: string;

async function openPlace(): Promise<void> {
  github = await startFakeGitHub();
  work = await mkdtemp(join(tmpdir(), 'hostgw-attack-log-'));
}

async function closePlace(): Promise<void> {
  await github.close();
  await rm(work, { recursive: true, force: true });
}

describe('hostile names in the Action log', () => {
  let result: StepResult;

  // One step run serves every assertion below: dist/index.js takes seconds on a shared machine.
  beforeAll(async () => {
    await openPlace();
    const cluster = join(work, 'cluster');
    await hostileCluster(cluster);
    result = await runAction({ github, work }, { path: cluster }, 'pull_request', await pullRequestEvent(work));
  });
  afterAll(closePlace);

  it("never issue a command: every command-shaped line is one of the tool's own", () => {
    expect(result.code).toBe(1);
    expectOnlyOwnCommands(result.stdout);
    expectOnlyOwnCommands(result.stderr);
    for (const text of ATTACK_TEXT) expect(result.stdout).toContain(text);
  });

  it("leave the tool's own commands working: the runner carries out exactly its annotations, group, mask and verdict", () => {
    const done = expectOnlyOwnCommands(result.stdout);
    const names = done.map((command) => command.name);
    expect(names.filter((name) => name === 'add-mask')).toHaveLength(1);
    expect(done.find((command) => command.name === 'add-mask')!.data).toBe(TOKEN);
    // Six findings, each an annotation the runner still sees: no stop-commands block swallowed them.
    expect(done.filter((command) => ANNOTATION.test(command.line))).toHaveLength(6);
    expect(names.filter((name) => name === 'group')).toEqual(['group']);
    expect(names.filter((name) => name === 'endgroup')).toEqual(['endgroup']);
    expect(done.at(-1)!.line).toMatch(/^::error::hostgw-preflight: 6 findings/);
    // Attacker text reaches annotations only as escaped data or properties, never as a command or a property name.
    const properties = done
      .filter((command) => command.properties)
      .map((command) => runnerProperties(command.properties));
    expect(new Set(properties.flatMap(Object.keys))).toEqual(new Set(['title', 'file', 'line', 'col']));
    for (const { title, file } of properties) {
      expect(title).toMatch(/^hostgw-preflight [a-z-]+/);
      expect(file).toMatch(/\/cluster\/(nodes\.yaml|gcloud-[a-z]+\.json)$/);
    }
    expect(done.some((command) => command.name.toLowerCase() === 'stop-commands' && command.data === 'tok')).toBe(
      false,
    );
  });

  it('show every skipped file on one line, control characters escaped', () => {
    expect(result.stdout).toContain('/cluster/a\\n::add-mask::z.json\n');
    expect(result.stdout).toContain('/cluster/b\\r::warning::cr.yaml\n');
    expect(result.stdout).toContain('/cluster/##\u200b[error]y.json\n');
    expect(result.stdout).toContain('/cluster/  ::notice::lead.json\n');
  });
});

describe('a hostile file name in an input error', () => {
  beforeEach(openPlace);
  afterEach(closePlace);

  it('fails the step with one escaped line, never a command', async () => {
    const cluster = join(work, 'cluster');
    await mkdir(cluster);
    await writeFile(join(cluster, 'k\n::add-mask::m\r##[error]e.json'), '{"kind": "NodeList", "items": [');
    const result = await runAction({ github, work }, { path: cluster }, 'schedule', await scheduleEvent(work));
    expect(result.code).toBe(1);
    const done = expectOnlyOwnCommands(result.stdout);
    expect(done.map((command) => command.name)).toEqual(['add-mask', 'error']);
    expect(done[1]!.data).toContain('e.json');
  });
});

describe('the CLI run as a workflow step (GITHUB_ACTIONS=true)', () => {
  beforeEach(openPlace);
  afterEach(closePlace);

  const cli = join(ROOT, 'dist/cli.js');
  const env = { PATH: process.env.PATH, GITHUB_ACTIONS: 'true' };

  it("prints no command to the runner's pipes", async () => {
    const cluster = join(work, 'cluster');
    await hostileCluster(cluster);
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [cli, 'check', cluster], { env }).catch(
      (error: { stdout: string; stderr: string }) => error,
    );
    expect(stdout).toContain('pwned');
    expect(stderr).toContain('skipped');
    expect(commandShapedLines(stdout)).toEqual([]);
    expect(commandShapedLines(stderr)).toEqual([]);
  });

  it('writes a report redirected to a file byte for byte: the runner does not read it', async () => {
    const cluster = join(work, 'cluster');
    await hostileCluster(cluster);
    const file = join(work, 'report.json');
    const fd = openSync(file, 'w');
    try {
      await new Promise((resolve) =>
        spawn(process.execPath, [cli, 'check', '--format', 'json', cluster], {
          env,
          stdio: ['ignore', fd, 'ignore'],
        }).on('close', resolve),
      );
    } finally {
      closeSync(fd);
    }
    const text = await readFile(file, 'utf8');
    expect(text).not.toContain('\u200b');
    expect(JSON.parse(text).findings.map((finding: { node?: string }) => finding.node)).toContain('n3 ##[error]legacy');
  });
});
