import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REDACTED } from '../../src/model/secrets.js';
import { seedFromFixture, startFakeKube, type FakeKube } from '../support/kubernetes/fake-kube.js';
import {
  ALL_SECRETS,
  EXEC_ENV_SECRET,
  EXEC_REGION,
  hostileKubeconfig,
  KEY_DATA,
  KEY_LINES,
  OIDC_CLIENT_SECRET,
  OIDC_REFRESH,
  PASSWORD,
  TOKEN,
} from '../support/kubernetes/hostile-kubeconfig.js';

const exec = promisify(execFile);
const ROOT = resolve('.');
const GITHUB_TOKEN = 'ghs_secretsAttackToken0123456789';

let kube: FakeKube;
let work: string;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'hostgw-secrets-action-'));
  kube = await startFakeKube({
    ...(await seedFromFixture('fixtures/baremetal/healthy')),
    token: TOKEN,
    echoCredential: 'node-name',
  });
});

afterEach(async () => {
  await kube.close();
  await rm(work, { recursive: true, force: true });
});

/** Runs dist/index.js as the runner does (INPUT_* variables, file commands) and returns its log. */
async function runAction(inputs: Record<string, string>): Promise<{ code: number; log: string; outputs: string }> {
  const outputFile = join(work, 'github-output');
  await writeFile(outputFile, '');
  await writeFile(join(work, 'summary'), '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'acme/infra',
    GITHUB_EVENT_NAME: 'schedule',
    GITHUB_WORKSPACE: ROOT,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: join(work, 'summary'),
    RUNNER_TEMP: work,
  };
  const defaults = { 'github-token': GITHUB_TOKEN, 'fail-on': 'never', format: 'text', live: 'true', path: '.' };
  for (const [name, value] of Object.entries({ ...defaults, ...inputs })) env[`INPUT_${name.toUpperCase()}`] = value;
  try {
    const { stdout } = await exec(process.execPath, [join(ROOT, 'dist/index.js')], { cwd: ROOT, env });
    return { code: 0, log: stdout, outputs: await readFile(outputFile, 'utf8') };
  } catch (error) {
    const failure = error as { code: number; stdout: string };
    return { code: failure.code, log: failure.stdout, outputs: await readFile(outputFile, 'utf8') };
  }
}

function masks(log: string): string[] {
  return log
    .split('\n')
    .filter((line) => line.startsWith('::add-mask::'))
    .map((line) => line.slice('::add-mask::'.length));
}

describe('the Action masks credential values and keeps echoes out of what it writes (dist/index.js)', () => {
  it('masks every secret value of a kubeconfig given as content, and each line of a PEM key, never whole lines', async () => {
    const result = await runAction({
      kubeconfig: hostileKubeconfig(kube.url),
      'save-snapshot': join(work, 'snapshot'),
      output: join(work, 'report.md'),
      format: 'markdown',
      'sarif-file': join(work, 'report.sarif'),
    });
    expect(result.code, result.log).toBe(0);
    const masked = masks(result.log);
    expect(masked).toEqual(
      expect.arrayContaining([
        TOKEN,
        PASSWORD,
        OIDC_CLIENT_SECRET,
        OIDC_REFRESH,
        EXEC_ENV_SECRET,
        KEY_DATA,
        ...KEY_LINES,
        GITHUB_TOKEN,
      ]),
    );
    expect(masked.filter((value) => /^[\w.-]+:\s/.test(value))).toEqual([]);
    expect(masked).not.toContain(EXEC_REGION);
  });

  it('a token echoed back as a node name is registered, and absent from the log, reports and snapshot', async () => {
    const snapshot = join(work, 'snapshot');
    const result = await runAction({
      kubeconfig: hostileKubeconfig(kube.url),
      'save-snapshot': snapshot,
      output: join(work, 'report.md'),
      format: 'markdown',
      'sarif-file': join(work, 'report.sarif'),
    });
    expect(result.code, result.log).toBe(0);
    expect(masks(result.log)).toContain(TOKEN);
    const log = result.log
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
    expect(log).toContain(REDACTED);
    const json = /^report<<(.+)\n(.+)\n/m.exec(result.outputs)![2]!;
    let written = '';
    for (const file of [
      json,
      join(work, 'summary'),
      join(work, 'report.md'),
      join(work, 'report.sarif'),
      ...(await readdir(snapshot)).map((name) => join(snapshot, name)),
    ])
      written += await readFile(file, 'utf8');
    expect(written).toContain(REDACTED);
    for (const secret of [...ALL_SECRETS, GITHUB_TOKEN]) {
      expect(log).not.toContain(secret);
      expect(written).not.toContain(secret);
    }
  });
});
