import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { addSecret, forgetSecrets, redact, redactValue, REDACTED, secretPieces } from '../../src/model/secrets.js';
import {
  seedFromFixture,
  startFakeKube,
  type FakeKube,
  type FakeKubeOptions,
} from '../support/kubernetes/fake-kube.js';
import {
  ALL_SECRETS,
  EXEC_ISSUED,
  hostileKubeconfig,
  KEY_LINES,
  KEY_PEM,
  nodesNamed,
  OIDC_REFRESH,
  PASSWORD,
  TOKEN,
  EXEC_ENV_SECRET,
} from '../support/kubernetes/hostile-kubeconfig.js';

const AWS_SECRET = 'aws-secret-Ab12Cd34Ef56';
const GOOGLE_KEY_ID = 'google-key-id-0f9e8d7c6b';

let kube: FakeKube | undefined;
let work: string;
const savedEnv = { ...process.env };

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'hostgw-secrets-'));
});

afterEach(async () => {
  await kube?.close();
  kube = undefined;
  await rm(work, { recursive: true, force: true });
  process.env = { ...savedEnv };
  forgetSecrets();
});

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    isTty: false,
    env: {},
  });
  return { code, stdout, stderr };
}

async function start(options: Partial<FakeKubeOptions> = {}, extraNodes: readonly string[] = []): Promise<FakeKube> {
  const seed = await seedFromFixture('fixtures/baremetal/healthy');
  kube = await startFakeKube({ ...seed, nodes: [...seed.nodes, ...nodesNamed(extraNodes)], token: TOKEN, ...options });
  return kube;
}

async function kubeconfigFile(current: 'fake' | 'exec' = 'fake'): Promise<string> {
  const file = join(work, 'kubeconfig');
  await writeFile(file, hostileKubeconfig(kube!.url, current), { mode: 0o600 });
  return file;
}

function expectClean(text: string, secrets: readonly string[] = ALL_SECRETS): void {
  for (const secret of secrets) expect(text).not.toContain(secret);
}

describe('the secret registry', () => {
  afterEach(() => forgetSecrets());

  it('registers a value and each line of a multi-line one, never PEM armour or short values', () => {
    expect(secretPieces(KEY_PEM)).toEqual([KEY_PEM.trim(), ...KEY_LINES]);
    expect(secretPieces('admin')).toEqual([]);
    expect(secretPieces(123456789)).toEqual(['123456789']);
  });

  it('redacts raw, JSON-escaped and URL-encoded forms, longest first, in keys too', () => {
    addSecret('p@ss"word/1');
    addSecret(KEY_PEM);
    expect(redact('a p@ss"word/1 b')).toBe(`a ${REDACTED} b`);
    expect(redact(JSON.stringify({ v: 'p@ss"word/1', key: KEY_PEM.trim() }))).toBe(
      `{"v":"${REDACTED}","key":"${REDACTED}"}`,
    );
    expect(redact('?q=p%40ss%22word%2F1')).toBe(`?q=${REDACTED}`);
    expect(redactValue({ [KEY_LINES[0]!]: [`x ${KEY_LINES[1]}`] })).toEqual({ [REDACTED]: [`x ${REDACTED}`] });
  });
});

describe('a credential echoed back never reaches output, reports or snapshots (CLI)', () => {
  it('a Status message quoting the bearer token: one redacted line, exit 2', async () => {
    await start();
    kube!.failNext({ path: '/api/v1/nodes', status: 422, echoCredential: true });
    const result = await cli('check', '--live', '--kubeconfig', await kubeconfigFile());
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`Kubernetes API: list nodes failed with HTTP 422: token ${REDACTED} rejected`);
    expectClean(result.stdout + result.stderr);
  });

  it('the token an exec plugin issued, which the kubeconfig never holds, is redacted when echoed', async () => {
    await start({ token: EXEC_ISSUED });
    kube!.failNext({ path: '/api/v1/nodes', status: 422, echoCredential: true });
    const result = await cli('check', '--live', '--kubeconfig', await kubeconfigFile('exec'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`token ${REDACTED} rejected`);
    expectClean(result.stdout + result.stderr, [...ALL_SECRETS, EXEC_ISSUED]);
  });

  it('kubeconfig and cloud secrets in node names and annotations: absent from every report format and the snapshot', async () => {
    const googleKey = join(work, 'google.json');
    await writeFile(
      googleKey,
      JSON.stringify({ type: 'service_account', private_key_id: GOOGLE_KEY_ID, private_key: KEY_PEM }),
    );
    process.env.AWS_SECRET_ACCESS_KEY = AWS_SECRET;
    process.env.GOOGLE_APPLICATION_CREDENTIALS = googleKey;
    const planted = [PASSWORD, OIDC_REFRESH, EXEC_ENV_SECRET, AWS_SECRET, GOOGLE_KEY_ID, KEY_LINES[0]!];
    const secrets = [...ALL_SECRETS, ...planted];
    await start({ echoCredential: 'node-name' }, planted);
    const config = await kubeconfigFile();
    const snapshot = join(work, 'snapshot');
    let everything = '';
    for (const format of ['text', 'json', 'sarif', 'markdown']) {
      const output = join(work, `report.${format}`);
      const result = await cli(
        'check',
        '--live',
        '--kubeconfig',
        config,
        '--format',
        format,
        '--output',
        output,
        ...(format === 'text' ? ['--save-snapshot', snapshot] : []),
        'fixtures/baremetal/healthy/inventory.yaml',
      );
      expect(result.code, result.stderr).toBeLessThan(2);
      const report = await readFile(output, 'utf8');
      expect(report, format).toContain(REDACTED);
      everything += result.stdout + result.stderr + report;
    }
    const dumps = await readdir(snapshot);
    expect(dumps).toContain('nodes.json');
    for (const dump of dumps) everything += await readFile(join(snapshot, dump), 'utf8');
    expect(everything).toContain(REDACTED);
    expectClean(everything, secrets);
  });

  it('the Authorization header echoed into an annotation is not saved in the snapshot', async () => {
    await start({ echoCredential: 'annotation' });
    const snapshot = join(work, 'snapshot');
    const result = await cli(
      'check',
      '--live',
      '--kubeconfig',
      await kubeconfigFile(),
      '--save-snapshot',
      snapshot,
      '--format',
      'json',
      'fixtures/baremetal/healthy/inventory.yaml',
    );
    expect(result.code, result.stderr).toBeLessThan(2);
    const nodes = await readFile(join(snapshot, 'nodes.json'), 'utf8');
    expect(nodes).toContain(`"fake-kube.test/authorization": "Bearer ${REDACTED}"`);
    expectClean(nodes + result.stdout + result.stderr);
  });
});
