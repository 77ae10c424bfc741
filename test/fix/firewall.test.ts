import { afterEach, describe, expect, it } from 'vitest';
import { seedFromFixture as seedAzure, startFakeAzure, type FakeAzure } from '../support/azure/fake-azure.js';
import { seedFromFixture as seedEc2, startFakeEc2, type FakeEc2 } from '../support/ec2/fake-ec2.js';
import { seedFromFixture as seedGce, startFakeGce, type FakeGce } from '../support/gce/fake-gce.js';
import { startFakeMetadata, type FakeMetadata } from '../support/gce/metadata-server.js';
import { seedFromFixture as seedKube, startFakeKube, type FakeKube } from '../support/kubernetes/fake-kube.js';
import { findingKeys, runDist, runInProcess } from '../live/run-dist.js';
import type { FixAction } from '../../src/model/fix-spec.js';
import type { LiveOptions } from '../../src/sources/live/types.js';

/** `--fix apply` of the pod-traffic-blocked firewall openings (scope network) on each cloud's fake. */

let kube: FakeKube | undefined;
let ec2: FakeEc2 | undefined;
let gce: FakeGce | undefined;
let metadata: FakeMetadata | undefined;
let azure: FakeAzure | undefined;
afterEach(async () => {
  await kube?.close();
  await ec2?.close();
  await gce?.close();
  await metadata?.close();
  await azure?.close();
  kube = ec2 = gce = metadata = azure = undefined;
});

const blocked = (stdout: string) => findingKeys(stdout).filter((key) => key.startsWith('pod-traffic-blocked'));
const statuses = (stdout: string) => (JSON.parse(stdout).fixResults as { status: string }[]).map((r) => r.status);

describe('firewall fixes on AWS', () => {
  async function start() {
    kube = await startFakeKube(await seedKube('fixtures/firewall/aws/broken'));
    ec2 = await startFakeEc2(await seedEc2('fixtures/firewall/aws/broken'));
  }
  // In process: test/fix/aws.test.ts runs the bundled CLI's fixes on AWS end to end.
  function fix(...extra: string[]) {
    return runInProcess(
      ['check', '--live', '--kubeconfig', kube!.kubeconfigPath, '--format', 'json', '--fix', ...extra],
      {
        AWS_ACCESS_KEY_ID: 'AKIDFAKE',
        AWS_SECRET_ACCESS_KEY: 'fake-secret',
        AWS_REGION: 'us-east-1',
        AWS_ENDPOINT_URL_EC2: ec2!.url,
      },
    );
  }
  /** "Action GroupId proto from-to cidr; …" per request. */
  function sent(): string[] {
    return ec2!.mutations().map((m) => {
      const perms: string[] = [];
      for (let n = 1; m.params[`IpPermissions.${n}.IpProtocol`] !== undefined; n++) {
        const p = (k: string) => m.params[`IpPermissions.${n}.${k}`];
        perms.push(
          `${p('IpProtocol')} ${p('FromPort')}..${p('ToPort')} ${p('IpRanges.1.CidrIp') ?? p('Ipv6Ranges.1.CidrIpv6')} "${p('IpRanges.1.Description') ?? p('Ipv6Ranges.1.Description')}"`,
        );
      }
      return `${m.action} ${m.params.GroupId} ${perms.join('; ')}`;
    });
  }

  it('is not applied without --fix-scope network', async () => {
    await start();
    const result = await fix('apply');
    expect(ec2!.mutations()).toEqual([]);
    expect(blocked(result.stdout)).toHaveLength(2);
  });

  it('authorizes the pod CIDR in the security group, re-checks clean, and a second apply sends nothing', async () => {
    await start();
    const first = await fix('apply', '--fix-scope', 'network');
    const group = 'sg-0a1b2c3d4e5f67890';
    expect(sent()).toEqual([
      // The Windows nodes' step: ICMP only.
      `AuthorizeSecurityGroupIngress ${group} icmp -1..-1 10.42.0.0/16 "pod traffic (host-gw)"`,
      // The Linux nodes' step, as one call like the printed command; its ICMP rule is in already, so EC2 refuses the
      // call as a whole (InvalidPermission.Duplicate) and the applier goes on rule by rule, skipping the duplicate.
      `AuthorizeSecurityGroupIngress ${group} tcp 0..65535 10.42.0.0/16 "pod traffic (host-gw)"; udp 0..65535 10.42.0.0/16 "pod traffic (host-gw)"; icmp -1..-1 10.42.0.0/16 "pod traffic (host-gw)"`,
      `AuthorizeSecurityGroupIngress ${group} tcp 0..65535 10.42.0.0/16 "pod traffic (host-gw)"`,
      `AuthorizeSecurityGroupIngress ${group} udp 0..65535 10.42.0.0/16 "pod traffic (host-gw)"`,
      `AuthorizeSecurityGroupIngress ${group} icmp -1..-1 10.42.0.0/16 "pod traffic (host-gw)"`,
    ]);
    expect(ec2!.mutations({ applied: true })).toHaveLength(3);
    expect(statuses(first.stdout)).toEqual(['applied', 'applied']);
    expect((JSON.parse(first.stdout).fixResults as { detail: string }[])[1]!.detail).toBe(
      `allowed tcp from 10.42.0.0/16; udp from 10.42.0.0/16; icmp from 10.42.0.0/16 in ${group} (already there: icmp from 10.42.0.0/16)`,
    );
    expect(blocked(first.stdout)).toEqual([]);
    expect(first.stderr).toMatch(
      /applying aws-sg-authorize-ingress for sg-0a1b2c3d4e5f67890 \(ec2:AuthorizeSecurityGroupIngress\)\n.*done: allowed icmp from 10\.42\.0\.0\/16 in sg-0a1b2c3d4e5f67890/,
    );
    // The group as EC2 lists it now: the CIDR rules next to the group reference.
    const sg = (
      ec2!.scenario.securityGroups as {
        GroupId: string;
        IpPermissions: { IpProtocol: string; IpRanges: { CidrIp: string }[] }[];
      }[]
    ).find((g) => g.GroupId === group)!;
    expect(
      sg.IpPermissions.filter((p) => p.IpRanges.some((r) => r.CidrIp === '10.42.0.0/16'))
        .map((p) => p.IpProtocol)
        .sort(),
    ).toEqual(['icmp', 'tcp', 'udp']);

    const count = ec2!.mutations().length;
    const second = await fix('apply', '--fix-scope', 'network');
    expect(ec2!.mutations()).toHaveLength(count);
    expect(JSON.parse(second.stdout).fixResults).toEqual([]);
  });

  it('adds a network ACL entry with the SDK, and takes the same entry already in place as done', async () => {
    await start();
    const env = {
      AWS_ACCESS_KEY_ID: process.env.AWS_ACCESS_KEY_ID,
      AWS_SECRET_ACCESS_KEY: process.env.AWS_SECRET_ACCESS_KEY,
    };
    process.env.AWS_ACCESS_KEY_ID = 'AKIDFAKE';
    process.env.AWS_SECRET_ACCESS_KEY = 'fake-secret';
    try {
      // The fixture's nodes share one subnet, so its ACL never filters them: drive the applier directly.
      const { awsApplier } = await import('../../src/clouds/aws/apply.js');
      const options: LiveOptions = { awsRegion: 'us-east-1', awsEndpoint: ec2!.url, timeoutMs: 30_000, log: () => {} };
      const aclId = 'acl-0b2d4f6a8c0e13579';
      const tcp: FixAction = {
        kind: 'aws-nacl-entry',
        aclId,
        egress: false,
        entry: { ruleNumber: 99, protocol: '6', cidr: '10.42.0.0/16', family: 4 },
      };
      const icmp6: FixAction = {
        kind: 'aws-nacl-entry',
        aclId,
        egress: true,
        entry: { ruleNumber: 98, protocol: '58', cidr: 'fd00:42::/56', family: 6 },
      };
      expect(await awsApplier.apply(tcp, options)).toBe(
        'inbound rule 99 allowing tcp from 10.42.0.0/16 in acl-0b2d4f6a8c0e13579',
      );
      expect(await awsApplier.apply(icmp6, options)).toBe(
        'outbound rule 98 allowing icmpv6 to fd00:42::/56 in acl-0b2d4f6a8c0e13579',
      );
      expect(ec2!.mutations()).toEqual([
        {
          action: 'CreateNetworkAclEntry',
          params: {
            NetworkAclId: aclId,
            RuleNumber: '99',
            Protocol: '6',
            RuleAction: 'allow',
            Egress: 'false',
            CidrBlock: '10.42.0.0/16',
            'PortRange.From': '0',
            'PortRange.To': '65535',
          },
        },
        {
          action: 'CreateNetworkAclEntry',
          params: {
            NetworkAclId: aclId,
            RuleNumber: '98',
            Protocol: '58',
            RuleAction: 'allow',
            Egress: 'true',
            Ipv6CidrBlock: 'fd00:42::/56',
            'Icmp.Type': '-1',
            'Icmp.Code': '-1',
          },
        },
      ]);
      // Again: EC2 answers NetworkAclEntryAlreadyExists, the applier reads the ACL and finds its own entry.
      expect(await awsApplier.apply(tcp, options)).toBe(
        'inbound rule 99 allowing tcp from 10.42.0.0/16 in acl-0b2d4f6a8c0e13579 already in place',
      );
      expect(ec2!.mutations({ applied: true })).toHaveLength(2);
      // The number taken by another entry is a conflict, not success.
      const other: FixAction = {
        kind: 'aws-nacl-entry',
        aclId,
        egress: false,
        entry: { ruleNumber: 100, protocol: '17', cidr: '10.42.0.0/16', family: 4 },
      };
      await expect(awsApplier.apply(other, options)).rejects.toMatchObject({
        reason: 'conflict',
        message: expect.stringContaining('rule 100 of acl-0b2d4f6a8c0e13579 already exists with other settings'),
      });
      // And the live check sees the new entries.
      const acl = (ec2!.scenario.networkAcls as { Entries: { RuleNumber: number; Egress: boolean }[] }[])[0]!;
      expect(
        acl.Entries.filter((e) => e.RuleNumber < 100)
          .map((e) => `${e.RuleNumber} ${e.Egress}`)
          .sort(),
      ).toEqual(['98 true', '99 false']);
    } finally {
      for (const [key, value] of Object.entries(env)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  });

  it('reports a denied authorization as a permission failure', async () => {
    await start();
    ec2!.failNext({
      action: 'AuthorizeSecurityGroupIngress',
      status: 403,
      code: 'UnauthorizedOperation',
      message: 'You are not authorized to perform this operation.',
      times: 10,
    });
    const result = await fix('apply', '--fix-scope', 'network');
    expect(result.code).toBe(1);
    const outcomes = JSON.parse(result.stdout).fixResults as { status: string; reason?: string; detail: string }[];
    expect(outcomes.map((o) => `${o.status} ${o.reason}`)).toEqual(['failed permission', 'failed permission']);
    expect(outcomes[0]!.detail).toContain('ec2:AuthorizeSecurityGroupIngress was denied');
  });
});

describe('firewall fixes on GCE', () => {
  async function start() {
    kube = await startFakeKube(await seedKube('fixtures/firewall/gce/broken'));
    gce = await startFakeGce(await seedGce('fixtures/firewall/gce/broken'));
    metadata = await startFakeMetadata(gce.scenario.project);
  }
  // In process: test/fix/gce.test.ts runs the bundled CLI's fixes on GCE end to end.
  function fix(...extra: string[]) {
    return runInProcess(
      [
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
      ],
      {
        GCE_METADATA_HOST: metadata!.host,
        METADATA_SERVER_DETECTION: 'assume-present',
      },
    );
  }

  it('inserts the firewall rules, waits on their operations, re-checks clean, and a second apply sends nothing', async () => {
    await start();
    const first = await fix('apply', '--fix-scope', 'network');
    expect(gce!.mutations().map((m) => `${m.method} ${m.path}`)).toEqual([
      'POST /compute/v1/projects/northwind-k8s/global/firewalls',
      'POST /compute/v1/projects/northwind-k8s/global/firewalls',
    ]);
    const network = 'https://www.googleapis.com/compute/v1/projects/northwind-k8s/global/networks/k8s-vpc';
    const allowed = [{ IPProtocol: 'tcp' }, { IPProtocol: 'udp' }, { IPProtocol: 'icmp' }];
    expect(gce!.mutations().map((m) => m.body)).toEqual([
      expect.objectContaining({
        name: 'hostgw-pods-k8s-vpc-linux-pool',
        network,
        direction: 'INGRESS',
        priority: 1000,
        sourceRanges: ['10.52.0.0/16'],
        targetTags: ['linux-pool'],
        allowed,
      }),
      // Before the deny rule at 900 that blocks the control plane: at equal priority a deny wins.
      expect.objectContaining({
        name: 'hostgw-pods-k8s-vpc-k8s-control-plane',
        network,
        direction: 'INGRESS',
        priority: 899,
        sourceRanges: ['10.52.0.0/16'],
        targetTags: ['k8s-control-plane'],
        allowed,
      }),
    ]);
    // Each insert's global operation was waited on until DONE.
    expect(
      (gce!.operations() as { operationType: string; status: string }[]).map(
        (op) => `${op.operationType} ${op.status}`,
      ),
    ).toEqual(['insert DONE', 'insert DONE']);
    expect(statuses(first.stdout)).toEqual(['applied', 'applied']);
    expect(blocked(first.stdout)).toEqual([]);

    const count = gce!.mutations().length;
    const second = await fix('apply', '--fix-scope', 'network');
    expect(gce!.mutations()).toHaveLength(count);
    expect(JSON.parse(second.stdout).fixResults).toEqual([]);
  });

  it('treats a rule of the same name that exists already (409 alreadyExists) as done', async () => {
    await start();
    gce!.failNext({
      path: /\/global\/firewalls$/,
      method: 'POST',
      status: 409,
      body: {
        error: {
          code: 409,
          message:
            "The resource 'projects/northwind-k8s/global/firewalls/hostgw-pods-k8s-vpc-linux-pool' already exists",
          errors: [{ message: 'already exists', domain: 'global', reason: 'alreadyExists' }],
        },
      },
    });
    const result = await fix('apply', '--fix-scope', 'network');
    const outcomes = JSON.parse(result.stdout).fixResults as { status: string; detail: string }[];
    expect(outcomes[0]!.detail).toContain('already exists');
    // The fake refused it, so the re-check still sees that group blocked: did-not-take, not a failure of the call.
    expect(outcomes.map((o) => o.status)).toEqual(['did-not-take', 'applied']);
  });
});

describe('firewall fixes on Azure', () => {
  async function start() {
    kube = await startFakeKube(await seedKube('fixtures/firewall/azure/broken'));
    azure = await startFakeAzure(await seedAzure('fixtures/firewall/azure/broken'));
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
    return azure!.mutations().map((m) => {
      const p = (
        m.body as {
          properties: {
            priority: number;
            direction: string;
            access: string;
            protocol: string;
            sourceAddressPrefixes: string[];
            destinationAddressPrefixes: string[];
            sourcePortRange: string;
            destinationPortRange: string;
          };
        }
      ).properties;
      const path = m.path.replace(/^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.Network/i, '');
      return `${m.method} ${path} ${p.direction} ${p.access} ${p.protocol} ${p.priority} ${p.sourceAddressPrefixes.join(',')}:${p.sourcePortRange} -> ${p.destinationAddressPrefixes.join(',')}:${p.destinationPortRange}`;
    });
  }

  it('creates the NSG rules (long-running PUTs), re-checks clean, and a second apply sends nothing', async () => {
    await start();
    const first = await fix('apply', '--fix-scope', 'network');
    const a = '/networkSecurityGroups/k8s-subnet-a-nsg/securityRules';
    expect(sent()).toEqual([
      `PUT ${a}/hostgw-pods-tcp-in Inbound Allow Tcp 3999 10.244.0.0/16:* -> 10.244.0.0/16:*`,
      `PUT ${a}/hostgw-pods-udp-in Inbound Allow Udp 3998 10.244.0.0/16:* -> 10.244.0.0/16:*`,
      `PUT ${a}/hostgw-pods-icmp-in Inbound Allow Icmp 3997 10.244.0.0/16:* -> 10.244.0.0/16:*`,
      `PUT ${a}/hostgw-pods-tcp-in-v6 Inbound Allow Tcp 3996 fd00:10:244::/56:* -> fd00:10:244::/56:*`,
      `PUT ${a}/hostgw-pods-udp-in-v6 Inbound Allow Udp 3995 fd00:10:244::/56:* -> fd00:10:244::/56:*`,
      `PUT ${a}/hostgw-pods-icmp-in-v6 Inbound Allow Icmp 3994 fd00:10:244::/56:* -> fd00:10:244::/56:*`,
      // Before DenyPodRangeUdp (300) of the other subnet's NSG.
      'PUT /networkSecurityGroups/k8s-subnet-b-nsg/securityRules/hostgw-pods-udp-in Inbound Allow Udp 299 10.244.0.0/16:* -> 10.244.0.0/16:*',
    ]);
    expect(statuses(first.stdout)).toEqual(['applied', 'applied']);
    expect(blocked(first.stdout)).toEqual([]);
    expect(first.code).toBe(0);

    const count = azure!.mutations().length;
    const second = await fix('apply', '--fix-scope', 'network');
    expect(azure!.mutations()).toHaveLength(count);
    expect(JSON.parse(second.stdout).fixResults).toEqual([]);
  });

  it('reports a missing securityRules/write permission', async () => {
    await start();
    azure!.failNext({ path: /securityRules\//, method: 'PUT', status: 403, code: 'AuthorizationFailed', times: 20 });
    const result = await fix('apply', '--fix-scope', 'network');
    expect(result.code).toBe(1);
    const outcomes = JSON.parse(result.stdout).fixResults as { status: string; reason?: string; detail: string }[];
    expect(outcomes.map((o) => `${o.status} ${o.reason}`)).toEqual(['failed permission', 'failed permission']);
    expect(outcomes[0]!.detail).toContain('Microsoft.Network/networkSecurityGroups/securityRules/write was denied');
  });
});
