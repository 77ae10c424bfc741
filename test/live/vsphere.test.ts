import https from 'node:https';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedFromFixture as seedKube, startFakeKube, type FakeKube } from '../support/kubernetes/fake-kube.js';
import { seedFromGovc, startFakeVcenter, type FakeVcenter } from '../support/vsphere/fake-vcenter.js';
import { runCliCaptured } from '../support/cli.js';
import { findingKeys, runInProcess } from './run-dist.js';

/**
 * Live mode against the vCenter stand-in, seeded from the govc 0.35 dump of test/real-world/vsphere: the findings
 * must be those of file mode on that dump (k8s-w-2 on another port group). The run is in-process, so the
 * stand-in's CA is handed to Node's global HTTPS agent here; in a real run NODE_EXTRA_CA_CERTS adds it to the
 * same default trust store the client uses.
 */
const DIR = 'test/real-world/vsphere';
const GOVC = `${DIR}/govc-vm-info-0.35.json`;

let kube: FakeKube | undefined;
let vcenter: FakeVcenter | undefined;
const agentOptions = https.globalAgent.options as { ca?: unknown };
beforeEach(async () => {
  kube = await startFakeKube(await seedKube(DIR));
  vcenter = await startFakeVcenter(await seedFromGovc(GOVC));
  agentOptions.ca = vcenter.ca;
});
afterEach(async () => {
  delete agentOptions.ca;
  await kube?.close();
  await vcenter?.close();
  kube = vcenter = undefined;
});

const govcEnv = (): Record<string, string> => ({
  GOVC_USERNAME: vcenter!.username,
  GOVC_PASSWORD: vcenter!.password,
  GOVC_URL: '',
  VSPHERE_USER: '',
  VSPHERE_PASSWORD: '',
});

async function live(env: Record<string, string>, ...extra: string[]) {
  const args = ['check', '--live', '--kubeconfig', kube!.kubeconfigPath, '--format', 'json', ...extra];
  return runInProcess(args, env);
}

async function fileModeKeys() {
  const result = await runCliCaptured(
    'check',
    `${DIR}/nodes.json`,
    `${DIR}/kube-flannel-cfg.yaml`,
    GOVC,
    '--format',
    'json',
  );
  return findingKeys(result.stdout);
}

describe('live mode: vSphere (vCenter REST API)', () => {
  it('finds what file mode finds on the govc dump, and deletes its session', async () => {
    const result = await live(govcEnv(), '--vsphere-server', vcenter!.url);
    expect(result.stderr).not.toContain('internal error');
    expect(findingKeys(result.stdout)).toEqual(await fileModeKeys());
    expect(findingKeys(result.stdout)).toEqual(['subnet-mismatch k8s-w-2']);
    expect(result.code).toBe(1);
    expect(vcenter!.created).toHaveLength(1);
    expect(vcenter!.deleted).toEqual(vcenter!.created);
    expect(vcenter!.callCount(/^GET \/api\/vcenter\/vm\?names=/)).toBe(1);
    expect(result.stdout + result.stderr).not.toContain(vcenter!.password);
  });

  it('takes server and credentials from GOVC_URL, dropping /sdk, and masks the embedded password', async () => {
    const url = new URL(vcenter!.url);
    const govcUrl = `https://${encodeURIComponent(vcenter!.username)}:${encodeURIComponent(vcenter!.password)}@${url.host}/sdk`;
    const result = await live({ ...govcEnv(), GOVC_USERNAME: '', GOVC_PASSWORD: '', GOVC_URL: govcUrl });
    expect(findingKeys(result.stdout)).toEqual(['subnet-mismatch k8s-w-2']);
    expect(vcenter!.requests.every((line) => !line.includes('/sdk'))).toBe(true);
    expect(result.stdout + result.stderr).not.toContain(vcenter!.password);
    expect(vcenter!.deleted).toEqual(vcenter!.created);
  });

  it('signs in again once when the session expires, retries 503, and waits out slow guest calls', async () => {
    vcenter!.failNext({ path: /^\/api\/vcenter\/vm\?names=/, status: 503, times: 1 });
    vcenter!.slow(/\/guest\/networking\/interfaces$/, 300);
    // The session expires while the VMs are read in parallel: they share one new sign-in.
    vcenter!.expireSessionsOn(/^\/api\/vcenter\/vm\/vm-1021/);
    const result = await live(
      { VSPHERE_USER: vcenter!.username, VSPHERE_PASSWORD: vcenter!.password },
      '--vsphere-server',
      vcenter!.url,
    );
    expect(findingKeys(result.stdout)).toEqual(['subnet-mismatch k8s-w-2']);
    const original = vcenter!;
    expect(original.callCount(/^GET \/api\/vcenter\/vm\?names=/)).toBe(2);
    expect(original.created).toHaveLength(2);
    expect(original.deleted).toEqual([original.created[1]]);
  });

  it('writes a --save-snapshot the govc reader reads back to the same findings', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'vsphere-snapshot-'));
    const result = await live(govcEnv(), '--vsphere-server', vcenter!.url, '--save-snapshot', dir);
    expect(findingKeys(result.stdout)).toEqual(['subnet-mismatch k8s-w-2']);
    expect(await readdir(dir)).toContain('govc-vm-info.json');
    const offline = await runCliCaptured('check', dir, '--format', 'json');
    const report = JSON.parse(offline.stdout) as { sources: { file: string; format: string; items: number }[] };
    expect(report.sources.find((source) => source.file.endsWith('govc-vm-info.json'))).toMatchObject({
      format: 'govc-vm-info',
      items: 3,
    });
    expect(findingKeys(offline.stdout)).toEqual(await fileModeKeys());
  });

  it('refuses a certificate its trust store does not hold, in one line', async () => {
    delete agentOptions.ca;
    const result = await live(govcEnv(), '--vsphere-server', vcenter!.url);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('TLS certificate is not trusted');
    expect(result.stderr).toContain('NODE_EXTRA_CA_CERTS');
    expect(result.stderr).not.toContain('    at ');
  });

  it('names the missing credentials and the wrong password without echoing it', async () => {
    const missing = await live({ ...govcEnv(), GOVC_PASSWORD: '' }, '--vsphere-server', vcenter!.url);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('GOVC_PASSWORD');
    const wrong = await live({ ...govcEnv(), GOVC_PASSWORD: 'not-the-password' }, '--vsphere-server', vcenter!.url);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain(`refused the sign-in of ${vcenter!.username} (401)`);
    expect(wrong.stderr).not.toContain('not-the-password');
  });
});
