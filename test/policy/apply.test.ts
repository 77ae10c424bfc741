import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCheck, type CheckOptions } from '../../src/engine/check.js';
import { runWithFixes } from '../../src/engine/fix.js';
import { deniedAtApply, unnamedDenial } from '../../src/clouds/index.js';
import {
  seedFromFixture as seedGce,
  startFakeGce,
  vmCanIpForwardViolation,
  type FakeGce,
} from '../support/gce/fake-gce.js';
import { startFakeMetadata, type FakeMetadata } from '../support/gce/metadata-server.js';
import { seedFromFixture as seedKube, startFakeKube, type FakeKube } from '../support/kubernetes/fake-kube.js';

const RULE = 'policy-blocks-fix';
const SUB = 'c2a7e5f1-8b3d-4a6c-9e0f-1d4b7a2c5e83';
const NIC = `/subscriptions/${SUB}/resourcegroups/k8s-prod-rg/providers/microsoft.network/networkinterfaces/k8s-lin-2-nic`;
const ASSIGNMENT = `/subscriptions/${SUB}/providers/Microsoft.Authorization/policyAssignments/deny-nic-ipfwd`;

function options(extra: Partial<CheckOptions> = {}): CheckOptions {
  return { paths: [], clusterCidrs: [], strict: false, failOn: 'error', suppressions: [], severities: {}, ...extra };
}

describe('an apply the cloud refuses by policy becomes a finding', () => {
  it("Azure: names the assignment, and the exemption is scoped to the NIC's resource group", () => {
    const draft = deniedAtApply(
      {
        provider: 'azure',
        kind: 'azure-policy-assignment',
        name: 'Deny IP forwarding on NICs',
        id: ASSIGNMENT,
        definition: 'Network interfaces should disable IP forwarding',
      },
      {
        node: 'k8s-lin-2',
        resource: NIC,
        api: 'Microsoft.Network/networkInterfaces/write',
        detail:
          'Microsoft.Network/networkInterfaces/write was denied by Azure Policy assignment "Deny IP forwarding on NICs"',
      },
    );
    expect(draft).toMatchObject({ node: 'k8s-lin-2', resource: NIC, key: `apply:${ASSIGNMENT}` });
    expect(draft.message).toBe(
      `--fix apply was refused by Azure Policy assignment "Deny IP forwarding on NICs" (${ASSIGNMENT}) for node k8s-lin-2: ` +
        'Microsoft.Network/networkInterfaces/write was denied by Azure Policy assignment "Deny IP forwarding on NICs"',
    );
    expect(draft.remediation.command).toBe(
      `az policy exemption create --name hostgw-ip-forwarding --policy-assignment ${ASSIGNMENT} --exemption-category Waiver ` +
        `--scope /subscriptions/${SUB}/resourceGroups/k8s-prod-rg --description 'flannel host-gw routes pod traffic through the nodes: their NICs need IP forwarding'`,
    );
  });

  it('GCE: names the constraint and proposes allowing the instance in the project policy', () => {
    const draft = deniedAtApply(
      { provider: 'gce', kind: 'gcp-org-policy', name: 'constraints/compute.vmCanIpForward', project: 'acme-staging' },
      {
        node: 'k8s-lin-1',
        resource: 'projects/acme-staging/zones/europe-west4-a/instances/k8s-lin-1/nic0',
        detail: 'compute.instances.update was denied by the organisation policy constraints/compute.vmCanIpForward: …',
      },
    );
    expect(draft.message).toContain(
      'refused by the organisation policy constraints/compute.vmCanIpForward of project acme-staging for node k8s-lin-1',
    );
    expect(draft.remediation.command).toContain('name: projects/acme-staging/policies/compute.vmCanIpForward');
    expect(draft.remediation.command).toContain(
      '      - projects/acme-staging/zones/europe-west4-a/instances/k8s-lin-1\nEOF',
    );
    expect(draft.remediation.text).toContain(
      'gcloud org-policies describe compute.vmCanIpForward --effective --project acme-staging',
    );
  });

  it('AWS: an SCP cannot be read, so the finding says how to find it', () => {
    const draft = deniedAtApply(unnamedDenial('aws'), {
      node: 'ip-10-0-1-88.ec2.internal',
      resource: 'eni-0b7c9d1e3f5a68024',
      api: 'ec2:ModifyNetworkInterfaceAttribute',
      detail: 'ec2:ModifyNetworkInterfaceAttribute was denied (an explicit deny…)',
    });
    expect(draft.message).toContain('refused by a service control policy for node ip-10-0-1-88.ec2.internal');
    expect(draft.remediation.text).toContain('refused ec2:ModifyNetworkInterfaceAttribute');
    expect(draft.remediation.command).toBe(
      'aws organizations list-policies-for-target --target-id <account-id> --filter SERVICE_CONTROL_POLICY',
    );
    expect(unnamedDenial('azure').kind).toBe('azure-policy-assignment');
    expect(unnamedDenial('gce').kind).toBe('gcp-org-policy');
  });

  it("goes through the engine like a rule's finding: severity, fingerprint, overrides and suppression", async () => {
    const draft = deniedAtApply(unnamedDenial('azure'), { node: 'k8s-lin-2', resource: NIC, detail: 'denied' });
    const extra = [{ ruleId: RULE, draft }];
    const { report } = await runCheck(options({ paths: ['fixtures/azure/healthy'] }), extra);
    const finding = report.findings.find((f) => f.ruleId === RULE);
    expect(finding).toMatchObject({
      severity: 'error',
      node: 'k8s-lin-2',
      resource: NIC,
      provider: 'azure',
      baselined: false,
    });
    expect(finding!.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(report.summary).toMatchObject({ errors: 1, passed: false, byRule: { [RULE]: 1 } });
    expect(report.nodes.find((node) => node.name === 'k8s-lin-a1')?.findings).toBe(0);

    const again = await runCheck(options({ paths: ['fixtures/azure/healthy'] }), extra);
    expect(again.report.findings[0]!.fingerprint).toBe(finding!.fingerprint);
    const noted = await runCheck(options({ paths: ['fixtures/azure/healthy'], severities: { [RULE]: 'note' } }), extra);
    expect(noted.report.findings[0]!.severity).toBe('note');
    const ignored = await runCheck(
      options({ paths: ['fixtures/azure/healthy'], suppressions: [{ rule: RULE, from: '--ignore' }] }),
      extra,
    );
    expect(ignored.report.findings).toEqual([]);
    expect(ignored.report.summary.suppressed).toBe(1);
  });
});

/**
 * In-process, against the local GCE fake (plain HTTP, so no CA to trust): the applier meets the real 412 body of a
 * vmCanIpForward violation, and the report after the apply carries the finding. The bundled CLI is tested the same
 * way in test/fix/gce.test.ts.
 */
describe('--fix apply on GCE, in process', () => {
  let kube: FakeKube | undefined;
  let gce: FakeGce | undefined;
  let metadata: FakeMetadata | undefined;
  const saved = {
    METADATA_SERVER_DETECTION: process.env.METADATA_SERVER_DETECTION,
    GCE_METADATA_HOST: process.env.GCE_METADATA_HOST,
  };
  beforeAll(() => {
    process.env.METADATA_SERVER_DETECTION = 'assume-present';
  });
  // Files share a worker process (isolate: false): the next file must not inherit this one's metadata server.
  afterAll(() => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });
  afterEach(async () => {
    await kube?.close();
    await gce?.close();
    await metadata?.close();
    kube = gce = metadata = undefined;
  });

  async function start(fixture: string) {
    kube = await startFakeKube(await seedKube(fixture));
    gce = await startFakeGce(await seedGce(fixture));
    metadata = await startFakeMetadata(gce.scenario.project);
    process.env.GCE_METADATA_HOST = metadata.host;
  }

  function live(): CheckOptions {
    return options({
      live: { kubeconfig: kube!.kubeconfigPath, gcpEndpoint: gce!.url, timeoutMs: 60_000, log: () => {} },
    });
  }

  it('reports the constraint that refused canIpForward as policy-blocks-fix, with the node, and applies the rest', async () => {
    await start('fixtures/gce/broken');
    const link = 'https://www.googleapis.com/compute/v1/projects/acme-staging/zones/europe-west4-a/instances/k8s-lin-1';
    gce!.failNext({
      path: /instances\/k8s-lin-1$/,
      method: 'PUT',
      status: 412,
      body: vmCanIpForwardViolation(link),
      times: 5,
    });
    const { report } = await runWithFixes(
      live(),
      { mode: 'apply', fixScope: 'node', prune: false, maxChanges: 50, force: false },
      () => {},
    );
    const denied = report.fixResults!.find((outcome) => outcome.node === 'k8s-lin-1')!;
    expect(denied).toMatchObject({ status: 'failed', reason: 'policy' });
    expect(report.fixResults!.filter((outcome) => outcome.status === 'applied')).toHaveLength(2);
    const findings = report.findings.filter((f) => f.ruleId === RULE);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      node: 'k8s-lin-1',
      resource: 'projects/acme-staging/zones/europe-west4-a/instances/k8s-lin-1/nic0',
    });
    expect(findings[0]!.message).toContain(
      'refused by the organisation policy constraints/compute.vmCanIpForward of project acme-staging for node k8s-lin-1',
    );
    expect(findings[0]!.remediation.command).toContain(
      'projects/acme-staging/zones/europe-west4-a/instances/k8s-lin-1',
    );
    expect(report.summary.passed).toBe(false);
  });

  it('reads the effective organisation policy live and finds what file mode finds', async () => {
    await start('fixtures/policy/gce');
    const fileMode = await runCheck(options({ paths: ['fixtures/policy/gce'] }));
    const liveMode = await runCheck(live());
    const keys = (findings: readonly { ruleId: string; node?: string; resource?: string }[]) =>
      findings.map((f) => `${f.ruleId} ${f.node ?? f.resource}`).sort();
    expect(keys(liveMode.report.findings)).toEqual(keys(fileMode.report.findings));
    expect(keys(liveMode.report.findings)).toContain(`${RULE} projects/482913570164/policies/compute.vmCanIpForward`);
    expect(
      gce!.callCount(/^\/v2\/projects\/northwind-k8s\/policies\/compute\.vmCanIpForward:getEffectivePolicy$/),
    ).toBe(1);
  });

  it('turns a denied organisation policy read into check-incomplete naming orgpolicy.policies.get, never a failure', async () => {
    await start('fixtures/gce/healthy');
    gce!.failNext({ path: /:getEffectivePolicy$/, status: 403, times: 10 });
    const { report } = await runCheck(live());
    const messages = report.findings.map((f) => `${f.ruleId}: ${f.message}`);
    expect(messages).toEqual([
      expect.stringMatching(
        /^check-incomplete: .*reading the effective organisation policy compute\.vmCanIpForward was denied: grant orgpolicy\.policies\.get/,
      ),
    ]);
    expect(report.findings[0]!.severity).toBe('warning');
  });
});
