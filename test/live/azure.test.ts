import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  scaleScenario,
  seedFromFixture as seedAzure,
  startFakeAzure,
  type FakeAzure,
} from '../support/azure/fake-azure.js';
import { seedFromFixture as seedKube, startFakeKube, type FakeKube } from '../support/kubernetes/fake-kube.js';
import { runCliCaptured } from '../support/cli.js';
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
      ...extra,
    ],
    azure!.env(),
  );
}

describe('live mode: Azure', () => {
  it.each(['broken', 'healthy'])('finds what file mode finds on the %s fixture', async (name) => {
    kube = await startFakeKube(await seedKube(`fixtures/azure/${name}`));
    azure = await startFakeAzure(await seedAzure(`fixtures/azure/${name}`), { pageSize: 2 });
    const fileMode = await runCliCaptured('check', `fixtures/azure/${name}`, '--format', 'json');
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
    expect(azure.callCount(/\/networkSecurityGroups$/)).toBe(1);
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
    const messages = JSON.parse(result.stdout)
      .findings.map((f: { message: string }) => f.message)
      .join('\n');
    expect(messages).toContain('grant Microsoft.Network/networkInterfaces/read');
    expect(messages).toContain('no Azure instance data');
  });

  it('finds what file mode finds on fixtures/firewall/azure/broken: network security groups, in pages', async () => {
    kube = await startFakeKube(await seedKube('fixtures/firewall/azure/broken'));
    const scenario = await seedAzure('fixtures/firewall/azure/broken');
    azure = await startFakeAzure(scenario, { pageSize: 2 });
    const fileMode = await runCliCaptured('check', 'fixtures/firewall/azure/broken', '--format', 'json');
    const dir = await mkdtemp(join(tmpdir(), 'hostgw-live-fw-'));
    const result = await live('--save-snapshot', dir);
    expect(result.stderr).not.toContain('internal error');
    expect(findingKeys(result.stdout)).toEqual(findingKeys(fileMode.stdout));
    expect(findingKeys(result.stdout).some((key) => key.startsWith('pod-traffic-blocked'))).toBe(true);
    expect(result.code).toBe(fileMode.code);
    expect(
      azure.callCount(/\/resourceGroups\/[^/]+\/providers\/Microsoft\.Network\/networkSecurityGroups$/),
    ).toBeGreaterThan(0);
    const saved = JSON.parse(await readFile(join(dir, 'az-nsgs.json'), 'utf8')) as { type: string }[];
    expect(saved.length).toBe(scenario.nsgs!.length);
    expect(saved.every((nsg) => nsg.type === 'Microsoft.Network/networkSecurityGroups')).toBe(true);
    const offline = await runCliCaptured('check', dir, '--format', 'json');
    expect(findingKeys(offline.stdout)).toEqual(findingKeys(result.stdout));
  });

  it('turns a denied NSG listing into check-incomplete naming the role action, never a pass', async () => {
    kube = await startFakeKube(await seedKube('fixtures/firewall/azure/broken'));
    azure = await startFakeAzure(await seedAzure('fixtures/firewall/azure/broken'));
    azure.failNext({ path: /\/networkSecurityGroups$/, status: 403, code: 'AuthorizationFailed', times: 10 });
    const result = await live('--strict');
    expect(result.code).toBe(1);
    const findings = JSON.parse(result.stdout).findings as { ruleId: string; message: string }[];
    expect(
      findings
        .filter((f) => f.ruleId === 'check-incomplete')
        .map((f) => f.message)
        .join('\n'),
    ).toContain('grant Microsoft.Network/networkSecurityGroups/read');
    expect(findings.some((f) => f.ruleId === 'pod-traffic-blocked')).toBe(false);
  });

  it('reads the policy assignments of the subscription and finds what file mode finds; the snapshot re-checks the same', async () => {
    kube = await startFakeKube(await seedKube('fixtures/policy/azure'));
    azure = await startFakeAzure(await seedAzure('fixtures/policy/azure'), { pageSize: 2 });
    const fileMode = await runCliCaptured('check', 'fixtures/policy/azure', '--format', 'json');
    const dir = await mkdtemp(join(tmpdir(), 'hostgw-live-policy-'));
    const result = await live('--save-snapshot', dir);
    expect(result.stderr).not.toContain('internal error');
    expect(findingKeys(result.stdout)).toEqual(findingKeys(fileMode.stdout));
    expect(findingKeys(result.stdout)).toContain(
      'policy-blocks-fix /subscriptions/3b9f6c1e-2d4a-4e8b-9f0c-7a1d5e2b8c46/providers/Microsoft.Authorization/policyAssignments/deny-nic-ipfwd',
    );
    expect(result.code).toBe(1);
    // Four assignments in pages of two, with the api-version the README names.
    const listings = azure.requests.filter((r) =>
      /\/providers\/Microsoft\.Authorization\/policyAssignments$/.test(r.path),
    );
    expect(listings).toHaveLength(2);
    expect(listings[0]!.query['api-version']).toBe('2022-06-01');
    const saved = JSON.parse(await readFile(join(dir, 'az-policy-assignments.json'), 'utf8')) as {
      id: string;
      policyDefinitionId: string;
      type: string;
    }[];
    expect(saved).toHaveLength(4);
    expect(saved.every((a) => a.type === 'Microsoft.Authorization/policyAssignments' && a.policyDefinitionId)).toBe(
      true,
    );
    const offline = await runCliCaptured('check', dir, '--format', 'json');
    expect(findingKeys(offline.stdout)).toEqual(findingKeys(result.stdout));
  });

  it('turns a denied policy assignment listing into check-incomplete naming the action, never a failure', async () => {
    kube = await startFakeKube(await seedKube('fixtures/azure/healthy'));
    azure = await startFakeAzure(await seedAzure('fixtures/azure/healthy'));
    azure.failNext({ path: /\/policyAssignments$/, status: 403, code: 'AuthorizationFailed', times: 10 });
    const result = await live();
    expect(result.code).toBe(0);
    const findings = JSON.parse(result.stdout).findings as { ruleId: string; severity: string; message: string }[];
    expect(findings.map((f) => `${f.ruleId} ${f.severity}`)).toEqual(['check-incomplete warning']);
    expect(findings[0]!.message).toContain(
      'reading policy assignments was denied (AuthorizationFailed): grant Microsoft.Authorization/policyAssignments/read',
    );
  });
});
