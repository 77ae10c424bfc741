import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scaleScenario, seedFromFixture as seedGce, startFakeGce, type FakeGce } from '../support/gce/fake-gce.js';
import { startFakeMetadata, type FakeMetadata } from '../support/gce/metadata-server.js';
import { seedFromFixture as seedKube, startFakeKube, type FakeKube } from '../support/kubernetes/fake-kube.js';
import { runCliCaptured } from '../support/cli.js';
import { findingKeys, runDist, runInProcess } from './run-dist.js';

let kube: FakeKube | undefined;
let gce: FakeGce | undefined;
let metadata: FakeMetadata | undefined;
afterEach(async () => {
  await kube?.close();
  await gce?.close();
  await metadata?.close();
  kube = gce = metadata = undefined;
});

async function start(fixture: string | ReturnType<typeof scaleScenario>, options: { maxResultsCap?: number } = {}) {
  if (typeof fixture === 'string') {
    kube = await startFakeKube(await seedKube(fixture));
    gce = await startFakeGce(await seedGce(fixture), options);
  } else {
    kube = await startFakeKube({ nodes: (fixture.nodes as { items: unknown[] }).items, configMaps: [] });
    gce = await startFakeGce(fixture.scenario, options);
  }
  metadata = await startFakeMetadata(gce.scenario.project);
}

const liveArgs = (extra: string[]) => [
  'check',
  '--live',
  '--kubeconfig',
  kube!.kubeconfigPath,
  '--gcp-endpoint',
  gce!.url,
  '--format',
  'json',
  ...extra,
];
/** Application Default Credentials as on a GCE-hosted runner: the metadata server hands out the token. */
const adc = () => ({ GCE_METADATA_HOST: metadata!.host, METADATA_SERVER_DETECTION: 'assume-present' });

/** The bundled CLI in a clean environment. */
async function liveDist(...extra: string[]) {
  return runDist(liveArgs(extra), adc());
}

async function live(...extra: string[]) {
  return runInProcess(liveArgs(extra), adc());
}

describe('live mode: GCE', () => {
  it.each(['broken', 'healthy'])('finds what file mode finds on the %s fixture', async (name) => {
    await start(`fixtures/gce/${name}`);
    const fileMode = await runCliCaptured('check', `fixtures/gce/${name}`, '--format', 'json');
    const result = await liveDist();
    expect(result.stderr).not.toContain('internal error');
    expect(findingKeys(result.stdout)).toEqual(findingKeys(fileMode.stdout));
    expect(result.code).toBe(fileMode.code);
    expect(metadata!.tokenRequests()).toBeGreaterThan(0);
  });

  it('reads 1,000 nodes zone by zone in pages: calls follow pages, not nodes', async () => {
    const scaled = scaleScenario(1000);
    await start(scaled);
    const result = await live('--cluster-cidr', '10.64.0.0/10');
    expect(result.stderr).not.toContain('internal error');
    expect(JSON.parse(result.stdout).summary.nodes).toBe(1000);
    // 1,000 node routes are over GCE's default project quota of 250: worth a warning before scaling further.
    expect(findingKeys(result.stdout)).toEqual(['route-capacity acme-scale']);
    const zones = new Set((scaled.scenario.instances as { zone: string }[]).map((i) => i.zone)).size;
    const instanceCalls = gce!.callCount(/\/zones\/[^/]+\/instances$/);
    expect(instanceCalls).toBeLessThanOrEqual(zones * 2);
    expect(gce!.callCount(/\/global\/routes$/)).toBe(Math.ceil(1000 / 500) + 1);
    // One firewall listing per network of the nodes.
    expect(gce!.callCount(/\/global\/firewalls$/)).toBe(1);
  });

  it('retries 503 and 429 and finds the same result', async () => {
    await start('fixtures/gce/broken');
    gce!.failNext({ path: /\/global\/routes$/, status: 503, times: 1 });
    gce!.failNext({ path: /\/instances$/, status: 429, retryAfterSeconds: 0, times: 1 });
    const fileMode = await runCliCaptured('check', 'fixtures/gce/broken', '--format', 'json');
    const result = await live();
    expect(findingKeys(result.stdout)).toEqual(findingKeys(fileMode.stdout));
  });

  it('turns a denied route listing into check-incomplete naming the permission, never a pass', async () => {
    await start('fixtures/gce/healthy');
    gce!.failNext({ path: /\/global\/routes$/, status: 403, times: 10 });
    const result = await live();
    const report = JSON.parse(result.stdout);
    const messages = report.findings
      .map((f: { ruleId: string; message: string }) => `${f.ruleId}: ${f.message}`)
      .join('\n');
    expect(messages).toContain('was denied: grant compute.routes.list');
    expect(messages).toContain('no GCE route data');
    expect(report.findings.some((f: { ruleId: string }) => f.ruleId === 'route-missing')).toBe(false);
  });

  it('finds what file mode finds on fixtures/firewall/gce/broken: firewall rules per network, in pages', async () => {
    await start('fixtures/firewall/gce/broken', { maxResultsCap: 2 });
    const fileMode = await runCliCaptured('check', 'fixtures/firewall/gce/broken', '--format', 'json');
    const dir = await mkdtemp(join(tmpdir(), 'hostgw-live-fw-'));
    const result = await live('--save-snapshot', dir);
    expect(result.stderr).not.toContain('internal error');
    expect(findingKeys(result.stdout)).toEqual(findingKeys(fileMode.stdout));
    expect(findingKeys(result.stdout).some((key) => key.startsWith('pod-traffic-blocked'))).toBe(true);
    expect(result.code).toBe(fileMode.code);
    const listings = gce!.requests.filter((r) => /\/global\/firewalls$/.test(r.path));
    const rules = gce!.scenario.firewalls!.length;
    expect(listings).toHaveLength(Math.ceil(rules / 2));
    expect(
      listings.every((r) =>
        /^network = "https:\/\/www\.googleapis\.com\/compute\/v1\/projects\/[^"]+\/global\/networks\/[^"]+"$/.test(
          r.query.filter ?? '',
        ),
      ),
    ).toBe(true);
    const saved = JSON.parse(await readFile(join(dir, 'gcloud-firewall-rules.json'), 'utf8')) as { kind: string }[];
    expect(saved).toHaveLength(rules);
    expect(saved.every((rule) => rule.kind === 'compute#firewall')).toBe(true);
    const offline = await runCliCaptured('check', dir, '--format', 'json');
    expect(findingKeys(offline.stdout)).toEqual(findingKeys(result.stdout));
  });

  it('turns a denied firewall listing into check-incomplete naming compute.firewalls.list, never a pass', async () => {
    await start('fixtures/firewall/gce/broken');
    gce!.failNext({ path: /\/global\/firewalls$/, status: 403, times: 10 });
    const result = await live('--strict');
    expect(result.code).toBe(1);
    const findings = JSON.parse(result.stdout).findings as { ruleId: string; message: string }[];
    expect(
      findings
        .filter((f) => f.ruleId === 'check-incomplete')
        .map((f) => f.message)
        .join('\n'),
    ).toContain('was denied: grant compute.firewalls.list');
    expect(findings.some((f) => f.ruleId === 'pod-traffic-blocked')).toBe(false);
  });

  it('reads the effective vmCanIpForward policy of the project and finds what file mode finds; the snapshot re-checks the same', async () => {
    await start('fixtures/policy/gce');
    const fileMode = await runCliCaptured('check', 'fixtures/policy/gce', '--format', 'json');
    const dir = await mkdtemp(join(tmpdir(), 'hostgw-live-policy-'));
    const result = await live('--save-snapshot', dir);
    expect(result.stderr).not.toContain('internal error');
    expect(findingKeys(result.stdout)).toEqual(findingKeys(fileMode.stdout));
    expect(findingKeys(result.stdout)).toContain(
      'policy-blocks-fix projects/482913570164/policies/compute.vmCanIpForward',
    );
    expect(
      gce!.callCount(/^\/v2\/projects\/northwind-k8s\/policies\/compute\.vmCanIpForward:getEffectivePolicy$/),
    ).toBe(1);
    const saved = JSON.parse(await readFile(join(dir, 'gcloud-org-policy-northwind-k8s.json'), 'utf8'));
    expect(saved.name).toBe('projects/482913570164/policies/compute.vmCanIpForward');
    const offline = await runCliCaptured('check', dir, '--format', 'json');
    expect(findingKeys(offline.stdout)).toEqual(findingKeys(result.stdout));
  });

  it('turns a denied organisation policy read into check-incomplete naming orgpolicy.policies.get, never a failure', async () => {
    await start('fixtures/gce/healthy');
    gce!.failNext({ path: /:getEffectivePolicy$/, status: 403, times: 10 });
    const result = await live();
    expect(result.code).toBe(0);
    const findings = JSON.parse(result.stdout).findings as { ruleId: string; message: string }[];
    expect(findings.map((f) => f.ruleId)).toEqual(['check-incomplete']);
    expect(findings[0]!.message).toContain(
      'reading the effective organisation policy compute.vmCanIpForward was denied: grant orgpolicy.policies.get',
    );
  });
});
