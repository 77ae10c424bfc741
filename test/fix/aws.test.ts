import { afterEach, describe, expect, it } from 'vitest';
import { seedFromFixture as seedEc2, startFakeEc2, type FakeEc2 } from '../support/ec2/fake-ec2.js';
import { seedFromFixture as seedKube, startFakeKube, type FakeKube } from '../support/kubernetes/fake-kube.js';
import { findingKeys, runDist, runInProcess } from '../live/run-dist.js';

let kube: FakeKube | undefined;
let ec2: FakeEc2 | undefined;
afterEach(async () => {
  await kube?.close();
  await ec2?.close();
  kube = ec2 = undefined;
});

async function start() {
  kube = await startFakeKube(await seedKube('fixtures/aws/broken'));
  ec2 = await startFakeEc2(await seedEc2('fixtures/aws/broken'));
}

const fixArgs = (extra: string[]) => [
  'check',
  '--live',
  '--kubeconfig',
  kube!.kubeconfigPath,
  '--format',
  'json',
  '--fix',
  ...extra,
];
const awsEnv = () => ({
  AWS_ACCESS_KEY_ID: 'AKIDFAKE',
  AWS_SECRET_ACCESS_KEY: 'fake-secret',
  AWS_REGION: 'us-east-1',
  AWS_ENDPOINT_URL_EC2: ec2!.url,
});

/** The bundled CLI in a clean environment. */
function fixDist(...extra: string[]) {
  return runDist(fixArgs(extra), awsEnv());
}

function fix(...extra: string[]) {
  return runInProcess(fixArgs(extra), awsEnv());
}

describe('fixes on AWS', () => {
  it('plans without changing anything', async () => {
    await start();
    const result = await fix('plan');
    const report = JSON.parse(result.stdout);
    expect(ec2!.mutations()).toEqual([]);
    const automatic = report.plan.filter((step: { scope: string }) => step.scope !== 'manual');
    expect(
      automatic.map((step: { action: string; resource: string }) => `${step.action} ${step.resource}`).sort(),
    ).toEqual(['aws-eni-source-dest-check eni-0a5b7c9d1e3f46802', 'aws-eni-source-dest-check eni-0b7c9d1e3f5a68024']);
    // The subnet move, the missing pod CIDR, the overlap and the backend are for a person to do.
    expect(
      report.plan
        .filter((step: { scope: string }) => step.scope === 'manual')
        .map((step: { ruleId: string }) => step.ruleId)
        .sort(),
    ).toEqual(['backend-mismatch', 'pod-cidr-missing', 'pod-cidr-overlap', 'subnet-mismatch']);
  });

  it('applies exactly the ENI calls, re-checks clean for them, and a second apply sends nothing', async () => {
    await start();
    const first = await fixDist('apply');
    const sent = ec2!
      .mutations()
      .map((m) => `${m.action} ${m.params.NetworkInterfaceId} ${m.params['SourceDestCheck.Value']}`);
    expect(sent.sort()).toEqual([
      'ModifyNetworkInterfaceAttribute eni-0a5b7c9d1e3f46802 false',
      'ModifyNetworkInterfaceAttribute eni-0b7c9d1e3f5a68024 false',
    ]);
    const report = JSON.parse(first.stdout);
    expect(report.fixResults.map((r: { status: string }) => r.status)).toEqual(['applied', 'applied']);
    expect(findingKeys(first.stdout).filter((key) => key.startsWith('forwarding-disabled'))).toEqual([]);
    expect(report.before.errors).toBeGreaterThan(report.summary.errors);
    expect(first.stderr).toMatch(
      /applying aws-eni-source-dest-check for .* \(ec2:ModifyNetworkInterfaceAttribute\)\n.*done: source\/destination check off on eni-/,
    );

    const mutationsBefore = ec2!.mutations().length;
    const second = await fix('apply');
    expect(ec2!.mutations()).toHaveLength(mutationsBefore);
    expect(JSON.parse(second.stdout).fixResults).toEqual([]);
  });

  it('keeps going when one ENI is denied by a service control policy, and names it', async () => {
    await start();
    ec2!.failNext({
      action: 'ModifyNetworkInterfaceAttribute',
      match: { NetworkInterfaceId: 'eni-0b7c9d1e3f5a68024' },
      status: 403,
      code: 'UnauthorizedOperation',
      message:
        'You are not authorized to perform this operation. User: arn:aws:sts::123456789012:assumed-role/ci/hostgw is not authorized to perform: ec2:ModifyNetworkInterfaceAttribute with an explicit deny in a service control policy',
    });
    const result = await fix('apply');
    expect(result.code).toBe(1);
    const outcomes = JSON.parse(result.stdout).fixResults as { status: string; resource: string; detail: string }[];
    expect(outcomes.find((o) => o.resource === 'eni-0a5b7c9d1e3f46802')!.status).toBe('applied');
    const denied = outcomes.find((o) => o.resource === 'eni-0b7c9d1e3f5a68024')!;
    expect(denied.status).toBe('failed');
    expect(denied.detail).toContain(
      'ec2:ModifyNetworkInterfaceAttribute was denied (an explicit deny, e.g. a service control policy)',
    );
  });

  it('refuses a plan larger than --max-changes without --force', async () => {
    await start();
    const refused = await fix('apply', '--max-changes', '1');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('the plan has 2 changes, more than --max-changes 1');
    expect(ec2!.mutations()).toEqual([]);
    const forced = await fix('apply', '--max-changes', '1', '--force');
    expect(JSON.parse(forced.stdout).fixResults).toHaveLength(2);
  });
});
