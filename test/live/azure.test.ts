import { afterEach, describe, expect, it } from 'vitest';
import { scaleScenario, seedFromFixture as seedAzure, startFakeAzure, type FakeAzure } from '../support/azure/fake-azure.js';
import { seedFromFixture as seedKube, startFakeKube, type FakeKube } from '../support/kubernetes/fake-kube.js';
import { findingKeys, runDist } from './run-dist.js';

let kube: FakeKube | undefined;
let azure: FakeAzure | undefined;
afterEach(async () => {
  await kube?.close();
  await azure?.close();
  kube = azure = undefined;
});

/**
 * What azure/login leaves for DefaultAzureCredential (a service principal in the environment), with sign-in and
 * Resource Manager served over HTTPS by the local fake, trusted through NODE_EXTRA_CA_CERTS: no TLS shortcut.
 */
async function live(...extra: string[]) {
  return runDist(['check', '--live', '--kubeconfig', kube!.kubeconfigPath, '--azure-endpoint', azure!.url, '--format', 'json', ...extra], azure!.env());
}

describe('live mode: Azure', () => {
  it.each(['broken', 'healthy'])('finds what file mode finds on the %s fixture', async (name) => {
    kube = await startFakeKube(await seedKube(`fixtures/azure/${name}`));
    azure = await startFakeAzure(await seedAzure(`fixtures/azure/${name}`), { pageSize: 2 });
    const fileMode = await runDist(['check', `fixtures/azure/${name}`, '--format', 'json'], {});
    const result = await live();
    expect(result.stderr).not.toContain('internal error');
    expect(findingKeys(result.stdout)).toEqual(findingKeys(fileMode.stdout));
    expect(result.code).toBe(fileMode.code);
    expect(result.stdout + result.stderr).not.toContain(azure.clientSecret);
  });

  it('reads 1,000 nodes with a few listings per resource group, following nextLink pages', async () => {
    const scaled = scaleScenario(1000);
    kube = await startFakeKube({ nodes: (scaled.nodes as { items: unknown[] }).items, configMaps: [] });
    azure = await startFakeAzure(scaled.scenario, { pageSize: 500 });
    const result = await live('--cluster-cidr', scaled.podNetwork);
    expect(result.stderr).not.toContain('internal error');
    const report = JSON.parse(result.stdout);
    expect(report.summary.nodes).toBe(1000);
    // 600 nodes beyond the 400-route table limit have no route, and the table is over its hard limit.
    expect(report.summary.byRule['route-missing']).toBe(600);
    expect(report.summary.byRule['route-capacity']).toBe(1);
    expect(azure.callCount(/\/networkInterfaces$/)).toBe(Math.ceil(1000 / 500));
    expect(azure.callCount(/\/routeTables$/)).toBe(1);
    expect(azure.callCount(/\/virtualNetworks$/)).toBe(1);
  });

  it('retries 429 with Retry-After', async () => {
    kube = await startFakeKube(await seedKube('fixtures/azure/healthy'));
    azure = await startFakeAzure(await seedAzure('fixtures/azure/healthy'));
    azure.failNext({ path: /\/routeTables$/, status: 429, retryAfterSeconds: 0, times: 2 });
    const result = await live();
    expect(result.code).toBe(0);
    expect(findingKeys(result.stdout)).toEqual([]);
    expect(azure.callCount(/\/routeTables$/)).toBe(3);
  });

  it('turns a denied NIC listing into check-incomplete naming the role action, never a pass', async () => {
    kube = await startFakeKube(await seedKube('fixtures/azure/healthy'));
    azure = await startFakeAzure(await seedAzure('fixtures/azure/healthy'));
    azure.failNext({ path: /\/networkInterfaces$/, status: 403, code: 'AuthorizationFailed', times: 10 });
    const result = await live('--strict');
    expect(result.code).toBe(1);
    const messages = JSON.parse(result.stdout).findings.map((f: { message: string }) => f.message).join('\n');
    expect(messages).toContain('grant Microsoft.Network/networkInterfaces/read');
    expect(messages).toContain('no Azure instance data');
  });
});
