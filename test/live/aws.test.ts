import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scaleScenario, seedFromFixture as seedEc2, startFakeEc2, type FakeEc2 } from '../support/ec2/fake-ec2.js';
import { seedFromFixture as seedKube, startFakeKube, type FakeKube } from '../support/kubernetes/fake-kube.js';
import { runCliCaptured } from '../support/cli.js';
import { findingKeys, runDist, runInProcess } from './run-dist.js';

let kube: FakeKube | undefined;
let ec2: FakeEc2 | undefined;
afterEach(async () => {
  await kube?.close();
  await ec2?.close();
  kube = ec2 = undefined;
});

/** What aws-actions/configure-aws-credentials leaves in a job's environment, pointed at the local EC2. */
function awsEnv(): Record<string, string> {
  return {
    AWS_ACCESS_KEY_ID: 'AKIDFAKE',
    AWS_SECRET_ACCESS_KEY: 'fake-secret-key',
    AWS_REGION: 'us-east-1',
    AWS_ENDPOINT_URL_EC2: ec2!.url,
  };
}

const liveArgs = (extra: string[]) => [
  'check',
  '--live',
  '--kubeconfig',
  kube!.kubeconfigPath,
  '--format',
  'json',
  ...extra,
];

/** The bundled CLI in a clean environment. */
async function liveDist(...extra: string[]) {
  return runDist(liveArgs(extra), awsEnv());
}

async function live(...extra: string[]) {
  return runInProcess(liveArgs(extra), awsEnv());
}

describe('live mode: AWS', () => {
  it.each(['broken', 'healthy'])('finds what file mode finds on the %s fixture', async (name) => {
    kube = await startFakeKube(await seedKube(`fixtures/aws/${name}`));
    ec2 = await startFakeEc2(await seedEc2(`fixtures/aws/${name}`));
    const fileMode = await runCliCaptured('check', `fixtures/aws/${name}`, '--format', 'json');
    const result = await liveDist();
    expect(result.stderr).not.toContain('internal error');
    expect(findingKeys(result.stdout)).toEqual(findingKeys(fileMode.stdout));
    expect(result.code).toBe(fileMode.code);
    // The per-ENI check comes from DescribeNetworkInterfaces, not the instance attribute.
    expect(ec2.callCount('DescribeNetworkInterfaces')).toBeGreaterThan(0);
  });

  it('reads 1,000 nodes in a handful of calls: pages and 200-value filter batches, not one call per node', async () => {
    const scaled = scaleScenario(1000);
    kube = await startFakeKube({ nodes: (scaled.nodes as { items: unknown[] }).items, configMaps: [] });
    ec2 = await startFakeEc2(scaled.scenario);
    const result = await live('--cluster-cidr', scaled.clusterCidr);
    expect(result.stderr).not.toContain('internal error');
    expect(JSON.parse(result.stdout).summary.nodes).toBe(1000);
    expect(findingKeys(result.stdout).filter((key) => !key.startsWith('check-incomplete'))).toEqual([]);
    // ceil(1000 / 200) filter batches for instances and ENIs; subnets and VPCs once.
    expect(ec2.callCount('DescribeInstances')).toBe(5);
    expect(ec2.callCount('DescribeNetworkInterfaces')).toBe(5);
    expect(ec2.callCount('DescribeSubnets')).toBe(1);
    expect(ec2.callCount('DescribeVpcs')).toBe(1);
    // Firewalls: the nodes' security groups (one 200-id batch) and their VPC's network ACLs.
    expect(ec2.callCount('DescribeSecurityGroups')).toBe(1);
    expect(ec2.callCount('DescribeNetworkAcls')).toBe(1);
    expect(kube.requests.filter((r) => r.path === '/api/v1/nodes')).toHaveLength(2);
  });

  it('retries throttling (RequestLimitExceeded) and answers as if nothing happened', async () => {
    kube = await startFakeKube(await seedKube('fixtures/aws/healthy'));
    ec2 = await startFakeEc2(await seedEc2('fixtures/aws/healthy'));
    ec2.failNext({ action: 'DescribeInstances', status: 503, code: 'RequestLimitExceeded', times: 2 });
    ec2.failNext({ action: 'DescribeNetworkInterfaces', status: 500, code: 'InternalError' });
    const result = await live();
    expect(result.code).toBe(0);
    expect(findingKeys(result.stdout)).toEqual([]);
    // Two throttled attempts, the retry that succeeds, and the private-IP lookup for the node without a providerID.
    expect(ec2.callCount('DescribeInstances')).toBe(4);
  });

  it('turns a denied DescribeNetworkInterfaces into check-incomplete naming the IAM action, never a pass', async () => {
    kube = await startFakeKube(await seedKube('fixtures/aws/healthy'));
    ec2 = await startFakeEc2(await seedEc2('fixtures/aws/healthy'));
    ec2.failNext({
      action: 'DescribeNetworkInterfaces',
      status: 403,
      code: 'UnauthorizedOperation',
      message:
        'You are not authorized to perform this operation. User: arn:aws:sts::123456789012:assumed-role/ci/hostgw is not authorized to perform: ec2:DescribeNetworkInterfaces',
    });
    const result = await live('--strict');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    const incomplete = report.findings
      .filter((f: { ruleId: string }) => f.ruleId === 'check-incomplete')
      .map((f: { message: string }) => f.message);
    expect(incomplete.join('\n')).toContain(
      'DescribeNetworkInterfaces was denied: grant the IAM action ec2:DescribeNetworkInterfaces',
    );
    expect(result.stdout + result.stderr).not.toContain('fake-secret-key');
  });

  it('finds what file mode finds on fixtures/firewall/aws/broken: security groups and network ACLs, one filtered call each', async () => {
    kube = await startFakeKube(await seedKube('fixtures/firewall/aws/broken'));
    ec2 = await startFakeEc2(await seedEc2('fixtures/firewall/aws/broken'), { maxResultsCap: 5 });
    const fileMode = await runCliCaptured('check', 'fixtures/firewall/aws/broken', '--format', 'json');
    const dir = join(await mkdtemp(join(tmpdir(), 'hostgw-aws-fw-')), 'snapshot');
    const result = await live('--save-snapshot', dir);
    expect(result.stderr).not.toContain('internal error');
    expect(findingKeys(result.stdout)).toEqual(findingKeys(fileMode.stdout));
    expect(findingKeys(result.stdout).some((key) => key.startsWith('pod-traffic-blocked'))).toBe(true);
    expect(result.code).toBe(fileMode.code);
    // Least privilege: only the groups on the nodes' ENIs, only the ACLs of their VPCs.
    const groupCalls = ec2.calls.filter((c) => c.action === 'DescribeSecurityGroups');
    expect(groupCalls.length).toBeGreaterThan(0);
    expect(groupCalls.every((c) => c.params['Filter.1.Name'] === 'group-id')).toBe(true);
    const aclCalls = ec2.calls.filter((c) => c.action === 'DescribeNetworkAcls');
    expect(aclCalls.length).toBeGreaterThan(0);
    expect(aclCalls.every((c) => c.params['Filter.1.Name'] === 'vpc-id')).toBe(true);
    const offline = await runCliCaptured('check', dir, '--format', 'json');
    expect(findingKeys(offline.stdout)).toEqual(findingKeys(result.stdout));
  });

  it.each(['DescribeSecurityGroups', 'DescribeNetworkAcls'])(
    'turns a denied %s into check-incomplete naming the IAM action, never a pass',
    async (action) => {
      kube = await startFakeKube(await seedKube('fixtures/firewall/aws/broken'));
      ec2 = await startFakeEc2(await seedEc2('fixtures/firewall/aws/broken'));
      ec2.failNext({
        action,
        status: 403,
        code: 'UnauthorizedOperation',
        message: `You are not authorized to perform this operation. User: arn:aws:sts::123456789012:assumed-role/ci/hostgw is not authorized to perform: ec2:${action}`,
        times: Infinity,
      });
      const result = await live('--strict');
      expect(result.code).toBe(1);
      const findings = JSON.parse(result.stdout).findings as { ruleId: string; message: string }[];
      const incomplete = findings.filter((f) => f.ruleId === 'check-incomplete').map((f) => f.message);
      expect(incomplete.join('\n')).toContain(`${action} was denied: grant the IAM action ec2:${action}`);
      if (action === 'DescribeSecurityGroups')
        expect(findings.some((f) => f.ruleId === 'pod-traffic-blocked')).toBe(false);
    },
  );

  it('saves a snapshot that file mode reads to the same findings', async () => {
    kube = await startFakeKube(await seedKube('fixtures/aws/broken'));
    ec2 = await startFakeEc2(await seedEc2('fixtures/aws/broken'));
    const dir = join(await mkdtemp(join(tmpdir(), 'hostgw-aws-')), 'snapshot');
    const result = await live('--save-snapshot', dir);
    const offline = await runCliCaptured('check', dir, '--format', 'json');
    expect(findingKeys(offline.stdout)).toEqual(findingKeys(result.stdout));
  });
});
