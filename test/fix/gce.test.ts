import { afterEach, describe, expect, it } from 'vitest';
import {
  seedFromFixture as seedGce,
  startFakeGce,
  vmCanIpForwardViolation,
  type FakeGce,
} from '../support/gce/fake-gce.js';
import { startFakeMetadata, type FakeMetadata } from '../support/gce/metadata-server.js';
import { seedFromFixture as seedKube, startFakeKube, type FakeKube } from '../support/kubernetes/fake-kube.js';
import { findingKeys, runDist, runInProcess } from '../live/run-dist.js';

let kube: FakeKube | undefined;
let gce: FakeGce | undefined;
let metadata: FakeMetadata | undefined;
afterEach(async () => {
  await kube?.close();
  await gce?.close();
  await metadata?.close();
  kube = gce = metadata = undefined;
});

async function start() {
  kube = await startFakeKube(await seedKube('fixtures/gce/broken'));
  gce = await startFakeGce(await seedGce('fixtures/gce/broken'));
  metadata = await startFakeMetadata(gce.scenario.project);
}

const fixArgs = (extra: string[]) => [
  'check',
  '--live',
  '--kubeconfig',
  kube!.kubeconfigPath,
  '--gcp-endpoint',
  gce!.url,
  '--format',
  'json',
  '--fix',
  ...extra,
];
const adc = () => ({ GCE_METADATA_HOST: metadata!.host, METADATA_SERVER_DETECTION: 'assume-present' });

/** The bundled CLI in a clean environment. */
function fixDist(...extra: string[]) {
  return runDist(fixArgs(extra), adc());
}

function fix(...extra: string[]) {
  return runInProcess(fixArgs(extra), adc());
}

function sent(): string[] {
  return gce!.mutations().map((m) => `${m.method} ${m.path.replace(/^\/compute\/v1\/projects\/[^/]+/, '')}`);
}

describe('fixes on GCE', () => {
  it('applies the node-scope steps in order, re-checks, and a second apply sends nothing', async () => {
    await start();
    const first = await fixDist('apply');
    expect(sent()).toEqual([
      'PUT /zones/europe-west4-a/instances/k8s-lin-1',
      'POST /global/routes',
      'POST /global/routes',
      'DELETE /global/routes/stg-pods-k8s-win-1',
    ]);
    const inserted = gce!
      .mutations()
      .filter((m) => m.method === 'POST')
      .map((m) => m.body as { name: string; destRange: string; nextHopInstance: string });
    expect(inserted.map((r) => `${r.name} ${r.destRange} ${r.nextHopInstance.split('/').pop()}`)).toEqual([
      'hostgw-k8s-net-2a1537efd5 10.48.2.0/24 k8s-lin-2',
      'hostgw-k8s-net-33d3d950dc 10.48.4.0/24 k8s-win-1',
    ]);
    const report = JSON.parse(first.stdout);
    expect(report.fixResults.map((r: { status: string }) => r.status)).toEqual(['applied', 'applied', 'applied']);
    // Network-scope and pruning steps stay in the plan, not applied.
    expect(findingKeys(first.stdout)).toEqual([
      'route-not-applied k8s-lin-3',
      'route-shadowed k8s-win-2',
      'route-stale stg-pods-k8s-lin-4',
    ]);

    const count = gce!.mutations().length;
    await fix('apply');
    expect(gce!.mutations()).toHaveLength(count);
  });

  it('leaves stale routes alone without --prune and deletes them with it; network scope adds tags and deletes the diverting route', async () => {
    await start();
    await fix('apply', '--fix-scope', 'network', '--prune');
    const paths = sent();
    expect(paths).toContain('DELETE /global/routes/stg-pods-k8s-lin-4');
    expect(paths).toContain('DELETE /global/routes/nat-egress-10-48-5-64');
    expect(paths.filter((p) => p.endsWith('/setTags'))).toEqual([
      'POST /zones/europe-west4-c/instances/k8s-win-1/setTags',
      'POST /zones/europe-west4-c/instances/k8s-win-2/setTags',
    ]);
  });

  it('reports an organisation policy that forbids canIpForward, and still applies the route fixes', async () => {
    await start();
    const link = 'https://www.googleapis.com/compute/v1/projects/acme-staging/zones/europe-west4-a/instances/k8s-lin-1';
    gce!.failNext({
      path: /instances\/k8s-lin-1$/,
      method: 'PUT',
      status: 412,
      body: vmCanIpForwardViolation(link),
      times: 5,
    });
    const result = await fix('apply');
    expect(result.code).toBe(1);
    const outcomes = JSON.parse(result.stdout).fixResults as { status: string; node: string; detail: string }[];
    const denied = outcomes.find((o) => o.node === 'k8s-lin-1')!;
    expect(denied.status).toBe('failed');
    expect(denied.detail).toContain(
      'compute.instances.update was denied by the organisation policy constraints/compute.vmCanIpForward',
    );
    expect(outcomes.filter((o) => o.status === 'applied')).toHaveLength(2);
    expect((denied as { reason?: string }).reason).toBe('policy');
    // The report after the apply carries the refusal as a finding naming the constraint, with the policy change to ask for.
    const policy = (
      JSON.parse(result.stdout).findings as {
        ruleId: string;
        severity: string;
        node?: string;
        message: string;
        remediation: { command?: string };
      }[]
    ).filter((f) => f.ruleId === 'policy-blocks-fix');
    expect(policy).toHaveLength(1);
    expect(policy[0]).toMatchObject({ severity: 'error', node: 'k8s-lin-1' });
    expect(policy[0]!.message).toContain(
      '--fix apply was refused by the organisation policy constraints/compute.vmCanIpForward of project acme-staging for node k8s-lin-1',
    );
    expect(policy[0]!.remediation.command).toContain('name: projects/acme-staging/policies/compute.vmCanIpForward');
    expect(policy[0]!.remediation.command).toContain(
      '- projects/acme-staging/zones/europe-west4-a/instances/k8s-lin-1',
    );
  });
});
