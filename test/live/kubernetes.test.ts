import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { seedFromFixture, startFakeKube, type FakeKube } from '../support/kubernetes/fake-kube.js';
import { type CliRun, runCliCaptured as cli } from '../support/cli.js';
import { runInProcess } from './run-dist.js';

function findings(result: CliRun): string[] {
  return (JSON.parse(result.stdout) as { findings: { ruleId: string; node?: string }[] }).findings
    .map((f) => `${f.ruleId} ${f.node ?? ''}`)
    .sort();
}

let kube: FakeKube | undefined;
afterEach(async () => {
  await kube?.close();
  kube = undefined;
});

// Bare-metal nodes have no providerID, so no cloud is read: these tests are about the Kubernetes side alone.
describe('live mode: Kubernetes', () => {
  it('finds the same faults as file mode, reading nodes page by page', async () => {
    kube = await startFakeKube({ ...(await seedFromFixture('fixtures/baremetal/broken')), maxLimit: 500 });
    const fileMode = await cli('check', 'fixtures/baremetal/broken', '--format', 'json');
    const live = await cli(
      'check',
      '--live',
      '--kubeconfig',
      kube.kubeconfigPath,
      'fixtures/baremetal/broken/inventory.yaml',
      '--format',
      'json',
    );
    expect(live.code).toBe(1);
    expect(findings(live)).toEqual(findings(fileMode));
    expect(findings(live)).toEqual(['subnet-mismatch bm-wrk-02']);
    expect(kube.requests.filter((r) => r.path === '/api/v1/nodes')).toHaveLength(1);
  });

  it('follows continue tokens: one request per page', async () => {
    kube = await startFakeKube({ ...(await seedFromFixture('fixtures/baremetal/healthy')), maxLimit: 1 });
    const live = await cli(
      'check',
      '--live',
      '--kubeconfig',
      kube.kubeconfigPath,
      'fixtures/baremetal/healthy/inventory.yaml',
      '--format',
      'json',
    );
    expect(live.code).toBe(0);
    expect(JSON.parse(live.stdout).summary.nodes).toBe(4);
    expect(kube.requests.filter((r) => r.path === '/api/v1/nodes')).toHaveLength(4);
    expect(live.stderr).toContain('reading nodes… 4 after 4 page(s)');
  });

  it('accepts the kubeconfig content itself (as from a secret) and never prints the token', async () => {
    kube = await startFakeKube(await seedFromFixture('fixtures/baremetal/healthy'));
    const live = await cli(
      'check',
      '--live',
      '--kubeconfig',
      kube.kubeconfigYaml,
      'fixtures/baremetal/healthy/inventory.yaml',
      '--format',
      'json',
    );
    expect(live.code).toBe(0);
    expect(live.stdout + live.stderr).not.toContain('fake-kube-token');
  });

  it('retries a throttled list and honours Retry-After', async () => {
    kube = await startFakeKube(await seedFromFixture('fixtures/baremetal/healthy'));
    kube.failNext({ path: '/api/v1/nodes', status: 429, retryAfterSeconds: 0, times: 2 });
    const live = await cli(
      'check',
      '--live',
      '--kubeconfig',
      kube.kubeconfigPath,
      'fixtures/baremetal/healthy/inventory.yaml',
      '--format',
      'json',
    );
    expect(live.code).toBe(0);
    expect(kube.requests.filter((r) => r.path === '/api/v1/nodes')).toHaveLength(3);
  });

  it('says a kubeconfig is missing when there is none to find, exit 2', async () => {
    const home = await mkdtemp(join(tmpdir(), 'hostgw-nohome-'));
    const live = await runInProcess(['check', '--live'], { HOME: home, KUBECONFIG: '', KUBERNETES_SERVICE_HOST: '' });
    expect(live.code).toBe(2);
    expect(live.stderr.trim()).toBe(
      "hostgw-preflight: no kubeconfig: none given (--kubeconfig, the Action's kubeconfig input), KUBECONFIG is not set, there is no ~/.kube/config, and this is not a pod (no in-cluster service account)",
    );
  });

  it('reports a forbidden node list as one line naming the permission, exit 2', async () => {
    kube = await startFakeKube(await seedFromFixture('fixtures/baremetal/healthy'));
    kube.failNext({ path: '/api/v1/nodes', status: 403 });
    const live = await cli('check', '--live', '--kubeconfig', kube.kubeconfigPath);
    expect(live.code).toBe(2);
    expect(
      live.stderr
        .trim()
        .split('\n')
        .filter((line) => !line.includes('reading')),
    ).toEqual([
      'hostgw-preflight: Kubernetes API: list nodes: forbidden (403): the identity needs "list nodes" (ClusterRole rule: apiGroups [""], resources ["nodes"], verbs ["list"])',
    ]);
  });

  it('saves what it read as files that file mode reads to the same result', async () => {
    kube = await startFakeKube(await seedFromFixture('fixtures/baremetal/broken'));
    const dir = join(await mkdtemp(join(tmpdir(), 'hostgw-snap-')), 'snapshot');
    const live = await cli(
      'check',
      '--live',
      '--kubeconfig',
      kube.kubeconfigPath,
      '--save-snapshot',
      dir,
      'fixtures/baremetal/broken/inventory.yaml',
      '--format',
      'json',
    );
    expect((await readdir(dir)).sort()).toEqual(['kube-flannel-cfg.json', 'nodes.json']);
    const offline = await cli('check', dir, 'fixtures/baremetal/broken/inventory.yaml', '--format', 'json');
    expect(findings(offline)).toEqual(findings(live));
    const report = JSON.parse(live.stdout);
    expect(report.findings[0].location.file).toBe(join(dir, 'nodes.json'));
    expect(JSON.parse(await readFile(join(dir, 'nodes.json'), 'utf8')).kind).toBe('List');
  });
});
