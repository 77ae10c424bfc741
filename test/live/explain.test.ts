import { afterEach, describe, expect, it } from 'vitest';
import { seedFromFixture as seedEc2, startFakeEc2, type FakeEc2 } from '../support/ec2/fake-ec2.js';
import { seedFromFixture as seedKube, startFakeKube, type FakeKube } from '../support/kubernetes/fake-kube.js';
import { runCliCaptured } from '../support/cli.js';
import { runInProcess } from './run-dist.js';

let kube: FakeKube | undefined;
let ec2: FakeEc2 | undefined;
afterEach(async () => {
  await kube?.close();
  await ec2?.close();
  kube = ec2 = undefined;
});

const CP = 'ip-10-0-1-23.ec2.internal';

describe('explain --live: AWS', () => {
  it.each([
    ['broken', 'ip-10-0-1-88.ec2.internal', 1],
    ['healthy', 'rancher-wrk-04', 0],
  ] as const)('traces what file mode traces on the %s fixture', async (name, to, code) => {
    kube = await startFakeKube(await seedKube(`fixtures/aws/${name}`));
    ec2 = await startFakeEc2(await seedEc2(`fixtures/aws/${name}`));
    const args = ['--from', CP, '--to', to, '--format', 'json'];
    const fileMode = await runCliCaptured('explain', `fixtures/aws/${name}`, ...args);
    const live = await runInProcess(['explain', '--live', '--kubeconfig', kube.kubeconfigPath, ...args], {
      AWS_ACCESS_KEY_ID: 'AKIDFAKE',
      AWS_SECRET_ACCESS_KEY: 'fake-secret-key',
      AWS_REGION: 'us-east-1',
      AWS_ENDPOINT_URL_EC2: ec2.url,
    });
    expect(live.stderr).not.toContain('internal error');
    expect([live.code, fileMode.code]).toEqual([code, code]);
    // Live mode reads the security groups too (the fixture has no dump of them): their hops come on top, and pass.
    const firewall = (hop: { step: string }) => hop.step.startsWith('firewall-');
    const verdicts = (stdout: string, keep: (hop: { step: string }) => boolean) => {
      const trace = JSON.parse(stdout);
      const hops = [...trace.forward, ...trace.return].filter(keep);
      return [trace.verdict, hops.map((hop: { step: string; ok: boolean | null }) => `${hop.step} ${hop.ok}`)];
    };
    expect(verdicts(live.stdout, (hop) => !firewall(hop))).toEqual(verdicts(fileMode.stdout, () => true));
    const passes = ['firewall-egress true', 'firewall-ingress true'];
    expect(verdicts(live.stdout, firewall)[1]).toEqual([...passes, ...passes]);
    expect(ec2.callCount('DescribeNetworkInterfaces')).toBeGreaterThan(0);
  });
});
