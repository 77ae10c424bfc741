import { afterEach, describe, expect, it } from 'vitest';
import { seedFromFixture as seedAzure, startFakeAzure, type FakeAzure } from '../support/azure/fake-azure.js';
import { seedFromFixture as seedKube, startFakeKube, type FakeKube } from '../support/kubernetes/fake-kube.js';
import { findingKeys, runDist } from '../live/run-dist.js';

let kube: FakeKube | undefined;
let azure: FakeAzure | undefined;
afterEach(async () => {
  await kube?.close();
  await azure?.close();
  kube = azure = undefined;
});

async function start() {
  kube = await startFakeKube(await seedKube('fixtures/azure/broken'));
  azure = await startFakeAzure(await seedAzure('fixtures/azure/broken'));
}

function fix(...extra: string[]) {
  return runDist(
    [
      'check',
      '--live',
      '--kubeconfig',
      kube!.kubeconfigPath,
      '--azure-endpoint',
      azure!.url,
      '--format',
      'json',
      '--fix',
      ...extra,
    ],
    azure!.env(),
  );
}

function sent(): string[] {
  return azure!
    .mutations()
    .map(
      (m) =>
        `${m.method} ${m.path.replace(/^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.Network/i, '')}`,
    );
}

describe('fixes on Azure', () => {
  it('turns IP forwarding on, creates and repoints routes, re-checks, and a second apply sends nothing', async () => {
    await start();
    const first = await fix('apply');
    expect(sent()).toEqual([
      'PUT /networkInterfaces/k8s-lin-2-nic',
      'PUT /routeTables/k8s-pod-routes/routes/hostgw-k8s-win-2',
      'PUT /routeTables/k8s-pod-routes/routes/pods-k8s-lin-3',
    ]);
    const nic = azure!.mutations()[0]!.body as {
      properties: { enableIPForwarding: boolean; ipConfigurations: unknown[] };
    };
    expect(nic.properties.enableIPForwarding).toBe(true);
    expect(nic.properties.ipConfigurations.length).toBeGreaterThan(0);
    const report = JSON.parse(first.stdout);
    expect(report.fixResults.map((r: { status: string }) => r.status)).toEqual(['applied', 'applied', 'applied']);
    // The association changes routing for the whole subnet and the stale route needs --prune: both stay planned.
    expect(findingKeys(first.stdout)).toEqual([
      'route-not-applied k8s-lin-1',
      'route-not-applied k8s-lin-2',
      'route-not-applied k8s-lin-3',
      'route-not-applied k8s-win-2',
      'route-stale pods-k8s-lin-old',
    ]);

    const count = azure!.mutations().length;
    await fix('apply');
    expect(azure!.mutations()).toHaveLength(count);
  });

  it('associates the route table with the node subnet only with --fix-scope network, and prunes only with --prune', async () => {
    await start();
    const result = await fix('apply', '--fix-scope', 'network', '--prune');
    expect(sent()).toContain('PUT /virtualNetworks/k8s-vnet/subnets/nodes-win');
    expect(sent()).toContain('DELETE /routeTables/k8s-pod-routes/routes/pods-k8s-lin-old');
    expect(findingKeys(result.stdout)).toEqual([]);
    expect(result.code).toBe(0);
  });

  it('names the Azure Policy assignment that denies IP forwarding, and applies the rest', async () => {
    await start();
    azure!.failNext({
      path: /networkInterfaces\/k8s-lin-2-nic$/,
      method: 'PUT',
      status: 403,
      code: 'RequestDisallowedByPolicy',
      times: 5,
    });
    const result = await fix('apply');
    expect(result.code).toBe(1);
    const outcomes = JSON.parse(result.stdout).fixResults as { status: string; node: string; detail: string }[];
    const denied = outcomes.find((o) => o.node === 'k8s-lin-2')!;
    expect(denied.status).toBe('failed');
    expect(denied.detail).toMatch(
      /denied by Azure Policy assignment "Deny IP forwarding on NICs" \(\/subscriptions\/.*\/policyAssignments\/deny-nic-ipfwd\), definition "Network interfaces should disable IP forwarding"/,
    );
    expect(outcomes.filter((o) => o.status === 'applied')).toHaveLength(2);
    expect((denied as { reason?: string }).reason).toBe('policy');
    // The report after the apply carries the refusal as a finding naming the assignment, with the exemption to ask for.
    const policy = (
      JSON.parse(result.stdout).findings as {
        ruleId: string;
        severity: string;
        node?: string;
        resource?: string;
        message: string;
        remediation: { command?: string };
      }[]
    ).filter((f) => f.ruleId === 'policy-blocks-fix');
    expect(policy).toHaveLength(1);
    expect(policy[0]).toMatchObject({ severity: 'error', node: 'k8s-lin-2' });
    expect(policy[0]!.resource).toMatch(/\/networkinterfaces\/k8s-lin-2-nic$/i);
    expect(policy[0]!.message).toMatch(
      /^--fix apply was refused by Azure Policy assignment "Deny IP forwarding on NICs" \(\/subscriptions\/[^/]+\/providers\/Microsoft\.Authorization\/policyAssignments\/deny-nic-ipfwd\) for node k8s-lin-2: /,
    );
    expect(policy[0]!.remediation.command).toMatch(
      /^az policy exemption create --name hostgw-ip-forwarding --policy-assignment \/subscriptions\/[^/]+\/providers\/Microsoft\.Authorization\/policyAssignments\/deny-nic-ipfwd --exemption-category Waiver --scope \/subscriptions\/[^/]+\/resourceGroups\/k8s-prod-rg /,
    );
  });
});
