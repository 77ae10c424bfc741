import https from 'node:https';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedFromFixture as seedKube, startFakeKube, type FakeKube } from '../support/kubernetes/fake-kube.js';
import {
  seedFromGovc,
  startFakeVcenter,
  type FakeVcenter,
  type FakeVcenterState,
} from '../support/vsphere/fake-vcenter.js';
import { runCliCaptured } from '../support/cli.js';
import { findingKeys, runDist, runInProcess } from './run-dist.js';

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
async function start(state?: FakeVcenterState, nodes?: unknown[]) {
  await kube?.close();
  await vcenter?.close();
  kube = await startFakeKube(nodes ? { nodes, configMaps: (await seedKube(DIR)).configMaps } : await seedKube(DIR));
  vcenter = await startFakeVcenter(state ?? (await seedFromGovc(GOVC)));
  agentOptions.ca = vcenter.ca;
}
beforeEach(() => start());
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

  it('trusts vCenter through NODE_EXTRA_CA_CERTS alone when the bundled CLI runs as users run it', async () => {
    delete agentOptions.ca;
    const args = ['check', '--live', '--kubeconfig', kube!.kubeconfigPath, '--format', 'json'];
    const trusted = await runDist([...args, '--vsphere-server', vcenter!.url], {
      ...govcEnv(),
      NODE_EXTRA_CA_CERTS: vcenter!.caFile,
    });
    expect(trusted.stderr).not.toContain('internal error');
    expect(findingKeys(trusted.stdout)).toEqual(await fileModeKeys());
    expect(vcenter!.deleted).toEqual(vcenter!.created);
    const untrusted = await runDist([...args, '--vsphere-server', vcenter!.url], govcEnv());
    expect(untrusted.code).toBe(2);
    expect(untrusted.stderr).toContain('NODE_EXTRA_CA_CERTS');
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

  it('reports a VM whose VMware Tools is not running as check-incomplete, without asking its guest', async () => {
    const seeded = await seedFromGovc(GOVC);
    const vms = seeded.vms.map((vm) => (vm.name === 'k8s-w-1' ? { ...vm, toolsRunning: false } : vm));
    await start({ ...seeded, vms });
    const result = await live(govcEnv(), '--vsphere-server', vcenter!.url);
    expect(findingKeys(result.stdout)).toEqual(['check-incomplete k8s-w-1', 'subnet-mismatch k8s-w-2']);
    expect(result.stdout).toContain('VM k8s-w-1 (node k8s-w-1): VMware Tools is not running');
    expect(vcenter!.callCount(/vm-1022\/guest/)).toBe(0);
  });

  it('turns a 403 into check-incomplete naming the read-only role, and still deletes the session', async () => {
    vcenter!.failNext({ path: /^\/api\/vcenter\/vm\?/, status: 403, times: 1 });
    const result = await live(govcEnv(), '--vsphere-server', vcenter!.url);
    expect(result.stderr).not.toContain('internal error');
    const report = JSON.parse(result.stdout) as { findings: { ruleId: string; message: string }[] };
    expect(report.findings.some((f) => f.ruleId === 'check-incomplete' && f.message.includes('Read-only role'))).toBe(
      true,
    );
    expect(vcenter!.deleted).toEqual(vcenter!.created);
  });

  it('lists 250 node VMs among 1,200 in batches of 100 names, never the whole inventory', async () => {
    const template = (JSON.parse(await readFile(`${DIR}/nodes.json`, 'utf8')) as { items: any[] }).items[1];
    const uuid = (i: number) => `4221${String(i).padStart(4, '0')}-0000-4000-8000-${String(i).padStart(12, '0')}`;
    const nodes = Array.from({ length: 250 }, (_, i) => ({
      ...template,
      metadata: {
        ...template.metadata,
        name: `node-${i}`,
        annotations: { 'flannel.alpha.coreos.com/backend-type': 'host-gw' },
      },
      spec: { podCIDR: `10.${100 + (i >> 8)}.${i & 255}.0/24`, providerID: `vsphere://${uuid(i)}` },
      status: { ...template.status, addresses: [{ type: 'InternalIP', address: `10.20.${i >> 8}.${(i & 255) + 1}` }] },
    }));
    const seeded = await seedFromGovc(GOVC);
    const model = seeded.vms[0]!;
    const vms = Array.from({ length: 1200 }, (_, i) => ({
      ...model,
      vm: `vm-${5000 + i}`,
      name: i < 250 ? `node-${i}` : `other-${i}`,
      biosUuid: uuid(i),
      interfaces: [
        {
          nic: '4000',
          mac_address: '00:50:56:a1:00:00',
          ip: {
            ip_addresses: [{ ip_address: `10.20.${i >> 8}.${(i & 255) + 1}`, prefix_length: 22, state: 'PREFERRED' }],
          },
        },
      ],
    }));
    const lost = {
      ...nodes[0],
      metadata: { ...nodes[0]!.metadata, name: 'lost' },
      spec: { podCIDR: '10.103.0.0/24', providerID: `vsphere://${uuid(9999)}` },
    };
    await start({ ...seeded, vms }, [...nodes, lost]);
    const result = await live(govcEnv(), '--vsphere-server', vcenter!.url, '--cluster-cidr', '10.100.0.0/14');
    expect(result.stderr).not.toContain('internal error');
    const report = JSON.parse(result.stdout) as { summary: { nodes: number; byRule: Record<string, number> } };
    expect(report.summary.nodes).toBe(251);
    // The node with neither its VM's name nor a listable inventory to search by UUID is reported, not guessed.
    expect(report.summary.byRule).toEqual({ 'check-incomplete': 1 });
    expect(result.stdout).toContain(
      'node lost: vCenter has no VM of that name, and too many VMs to search them by BIOS UUID',
    );
    const lists = vcenter!.requests.filter((line) => line.startsWith('GET /api/vcenter/vm?'));
    expect(lists.map((line) => line.split('names=').length - 1)).toEqual([100, 100, 51]);
    expect(vcenter!.callCount(/^GET \/api\/vcenter\/vm\/vm-(5[3-9]|6)\d\d\d/)).toBe(0);
  });

  it('ends in one line when vCenter keeps failing or cannot be reached, deleting the session it opened', async () => {
    vcenter!.failNext({ path: /^\/api\/vcenter\/network/, status: 500, times: 99 });
    const failing = await live(govcEnv(), '--vsphere-server', vcenter!.url, '--timeout', '2');
    expect(failing.code).toBe(2);
    expect(failing.stderr).toMatch(
      /vCenter answered 500 while listing networks|--timeout reached while listing networks/,
    );
    expect(failing.stderr).not.toContain('    at ');
    expect(vcenter!.deleted).toEqual(vcenter!.created);
    const url = vcenter!.url;
    await vcenter!.close();
    const unreachable = await live(govcEnv(), '--vsphere-server', url, '--timeout', '1');
    expect(unreachable.code).toBe(2);
    expect(unreachable.stderr).toMatch(/could not be reached \(ECONNREFUSED\)|--timeout reached while signing in/);
  });

  it('finds the VM of a node named by its FQDN by the host part, and of a renamed node by its BIOS UUID', async () => {
    const renamed = (await seedKube(DIR)).nodes.map((node: any) => {
      const name = { 'k8s-cp-1': 'cp-renamed', 'k8s-w-1': 'k8s-w-1.lab.example' }[node.metadata.name as string];
      return name ? { ...node, metadata: { ...node.metadata, name } } : node;
    });
    await start(undefined, renamed);
    const result = await live(govcEnv(), '--vsphere-server', vcenter!.url);
    expect(findingKeys(result.stdout)).toEqual(['subnet-mismatch k8s-w-2']);
    // k8s-w-1 (providerID in the other byte order) was found by name, so only cp-renamed needed the full list.
    expect(vcenter!.callCount(/^GET \/api\/vcenter\/vm$/)).toBe(1);
  });

  it('reads vCenter for nodes without providerIDs when --vsphere-server names it, matching them by name', async () => {
    const bare = (await seedKube(DIR)).nodes.map((node: any) => ({ ...node, spec: { podCIDR: node.spec.podCIDR } }));
    await start(undefined, bare);
    const result = await live(govcEnv(), '--vsphere-server', vcenter!.url);
    expect(findingKeys(result.stdout)).toEqual(['subnet-mismatch k8s-w-2']);
  });
});
