/**
 * Tests for the fake EC2 Query API, driven by the REAL `@aws-sdk/client-ec2` client over HTTP (no module mocks):
 * what the SDK deserialises must equal what the fixture JSON (the AWS CLI's output) says.
 */
import { readFile } from 'node:fs/promises';
import {
  AuthorizeSecurityGroupEgressCommand,
  AuthorizeSecurityGroupIngressCommand,
  CreateNetworkAclEntryCommand,
  DescribeInstancesCommand,
  DescribeNetworkInterfacesCommand,
  DescribeNetworkAclsCommand,
  DescribeSecurityGroupsCommand,
  DescribeSubnetsCommand,
  DescribeVpcsCommand,
  EC2Client,
  ModifyInstanceAttributeCommand,
  ModifyNetworkInterfaceAttributeCommand,
  paginateDescribeInstances,
  paginateDescribeNetworkInterfaces,
  type DescribeInstancesCommandInput,
  type DescribeSubnetsCommandInput,
  type DescribeVpcsCommandInput,
  type EC2ClientConfig,
  type Instance,
} from '@aws-sdk/client-ec2';
import { afterEach, describe, expect, it } from 'vitest';
import { scaleScenario, seedFromFixture, startFakeEc2, toCliJson, type Ec2Scenario, type FakeEc2 } from './fake-ec2.js';

const CREDENTIALS = { accessKeyId: 'AKIDFAKE', secretAccessKey: 'fake' };
const FIXTURES = new URL('../../../fixtures/aws/', import.meta.url);
const dirOf = (name: 'healthy' | 'broken') => new URL(`${name}/`, FIXTURES).pathname;

let fake: FakeEc2 | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function start(scenario: Ec2Scenario, options?: { maxResultsCap?: number }): Promise<FakeEc2> {
  fake = await startFakeEc2(scenario, options);
  return fake;
}

function client(f: FakeEc2, extra: Partial<EC2ClientConfig> = {}): EC2Client {
  return new EC2Client({ region: 'us-east-1', endpoint: f.url, credentials: CREDENTIALS, maxAttempts: 1, ...extra });
}

async function fixtureJson(name: 'healthy' | 'broken', file: string): Promise<any> {
  return JSON.parse(await readFile(new URL(`${name}/${file}`, FIXTURES), 'utf8'));
}

/** SDK output → CLI-comparable JSON: Dates become ISO strings, undefined members disappear. */
function fromSdk(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return v.map(fromSdk);
  if (v && typeof v === 'object') {
    return Object.fromEntries(
      Object.entries(v)
        .filter(([k, x]) => x !== undefined && k !== '$metadata')
        .map(([k, x]) => [k, fromSdk(x)]),
    );
  }
  return v;
}

/** CLI JSON → same normal form: the CLI prints timestamps as `…+00:00`. */
function fromCli(v: unknown, key = ''): unknown {
  if (typeof v === 'string' && key.endsWith('Time')) return new Date(v).toISOString();
  if (Array.isArray(v)) return v.map((x) => fromCli(x, key));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fromCli(x, k)]));
  return v;
}

async function allInstances(ec2: EC2Client, pageSize?: number): Promise<{ instances: Instance[]; pages: number }> {
  const instances: Instance[] = [];
  let pages = 0;
  const config = pageSize === undefined ? { client: ec2 } : { client: ec2, pageSize };
  for await (const page of paginateDescribeInstances(config, {})) {
    pages += 1;
    for (const r of page.Reservations ?? []) instances.push(...(r.Instances ?? []));
  }
  return { instances, pages };
}

async function caught(p: Promise<unknown>): Promise<any> {
  try {
    await p;
  } catch (err) {
    return err;
  }
  throw new Error('expected the call to fail');
}

describe.each(['healthy', 'broken'] as const)('fixtures/aws/%s through the real SDK', (name) => {
  it('DescribeInstances (paginated by 5) deserialises to exactly the CLI JSON, reservations included', async () => {
    const f = await start(await seedFromFixture(dirOf(name)));
    const ec2 = client(f);
    const pages: any[] = [];
    for await (const page of paginateDescribeInstances({ client: ec2, pageSize: 5 }, {})) pages.push(page);

    const cli = await fixtureJson(name, 'instances.json');
    const cliInstances = cli.Reservations.flatMap((r: any) => r.Instances);
    expect(cliInstances.length).toBeGreaterThan(5);
    expect(pages).toHaveLength(2); // 6 or 7 instances, 5 per page
    expect(f.callCount('DescribeInstances')).toBe(2);
    expect(f.calls[0]!.params).toEqual({ Action: 'DescribeInstances', Version: '2016-11-15', MaxResults: '5' });
    expect(f.calls[1]!.params.NextToken).toBe(pages[0].NextToken);
    expect(pages[1].NextToken).toBeUndefined();

    const reservations = pages.flatMap((p) => p.Reservations);
    expect(fromSdk(reservations)).toEqual(fromCli(cli.Reservations));
  });

  it('DescribeNetworkInterfaces, DescribeSubnets and DescribeVpcs deserialise to exactly the CLI JSON', async () => {
    const f = await start(await seedFromFixture(dirOf(name)));
    const ec2 = client(f);
    const enis = await ec2.send(new DescribeNetworkInterfacesCommand({}));
    const subnets = await ec2.send(new DescribeSubnetsCommand({}));
    const vpcs = await ec2.send(new DescribeVpcsCommand({}));
    expect(fromSdk(enis.NetworkInterfaces)).toEqual(
      fromCli((await fixtureJson(name, 'network-interfaces.json')).NetworkInterfaces),
    );
    expect(fromSdk(subnets.Subnets)).toEqual(fromCli((await fixtureJson(name, 'subnets.json')).Subnets));
    expect(fromSdk(vpcs.Vpcs)).toEqual(fromCli((await fixtureJson(name, 'vpcs.json')).Vpcs));
    expect(enis.$metadata.httpStatusCode).toBe(200);
    expect(enis.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('fields the tool reads (fixtures/aws/broken)', () => {
  it('instances: ids, IPs, SourceDestCheck per instance and per ENI, platform, tags, placement, state', async () => {
    const f = await start(await seedFromFixture(dirOf('broken')));
    const { instances, pages } = await allInstances(client(f), 5);
    expect(pages).toBe(2);
    const byId = new Map(instances.map((i) => [i.InstanceId, i]));
    expect([...byId.keys()]).toEqual([
      'i-0b1c2d3e4f5a69780',
      'i-0d3e5f7a9b1c24680',
      'i-0f6a8b0c2d4e57913',
      'i-0a8b0c2d4e6f79135',
      'i-01a3c5e7f9b2d4681',
      'i-04c6e8a0b2d5f7913',
      'i-07e9a1b3c5d6f8024',
    ]);

    // (a) Windows node: instance attribute and its ENI both true.
    const win = byId.get('i-0f6a8b0c2d4e57913')!;
    expect(win.Platform).toBe('windows');
    expect(win.PrivateIpAddress).toBe('10.0.1.88');
    expect(win.SourceDestCheck).toBe(true);
    expect(win.NetworkInterfaces?.map((n) => [n.NetworkInterfaceId, n.SourceDestCheck])).toEqual([
      ['eni-0b7c9d1e3f5a68024', true],
    ]);
    expect(win.Placement?.AvailabilityZone).toBe('us-east-1a');
    expect(win.State?.Name).toBe('running');
    expect(win.State?.Code).toBe(16);
    expect(win.Tags).toContainEqual({ Key: 'Name', Value: 'k8s-stage-win-workers' });

    // (b) instance attribute false, device-0 ENI false, device-1 ENI (10.0.1.140) true.
    const lin = byId.get('i-0d3e5f7a9b1c24680')!;
    expect(lin.Platform).toBeUndefined();
    expect(lin.SourceDestCheck).toBe(false);
    expect(
      lin.NetworkInterfaces?.map((n) => ({
        id: n.NetworkInterfaceId,
        device: n.Attachment?.DeviceIndex,
        sdc: n.SourceDestCheck,
        ips: n.PrivateIpAddresses?.map((p) => [p.PrivateIpAddress, p.Primary]),
        subnet: n.SubnetId,
      })),
    ).toEqual([
      {
        id: 'eni-0e4f6a8b0c2d35791',
        device: 0,
        sdc: false,
        ips: [['10.0.1.57', true]],
        subnet: 'subnet-0a3c5e7f9b1d24680',
      },
      {
        id: 'eni-0a5b7c9d1e3f46802',
        device: 1,
        sdc: true,
        ips: [['10.0.1.140', true]],
        subnet: 'subnet-0a3c5e7f9b1d24680',
      },
    ]);
    expect(lin.NetworkInterfaces?.[0]?.Ipv6Addresses).toEqual([]);
    // (c) minority subnet.
    expect(byId.get('i-0a8b0c2d4e6f79135')!.SubnetId).toBe('subnet-0f2e4d6c8b0a13579');
    // (f) the terminated instance is simply absent.
    expect(byId.has('i-0e1f3a5b7c9d02468')).toBe(false);
    expect(byId.get('i-04c6e8a0b2d5f7913')!.Platform).toBe('windows');
  });

  it('network interfaces: Attachment.InstanceId, SourceDestCheck, PrivateIpAddresses, SubnetId', async () => {
    const f = await start(await seedFromFixture(dirOf('broken')));
    const { NetworkInterfaces = [] } = await client(f).send(new DescribeNetworkInterfacesCommand({}));
    const view = NetworkInterfaces.map((n) => [
      n.NetworkInterfaceId,
      n.Attachment?.InstanceId,
      n.Attachment?.DeviceIndex,
      n.SourceDestCheck,
      n.SubnetId,
      n.PrivateIpAddresses?.map((p) => p.PrivateIpAddress),
    ]);
    expect(view).toEqual([
      ['eni-0c2d3e4f5a6b78901', 'i-0b1c2d3e4f5a69780', 0, false, 'subnet-0a3c5e7f9b1d24680', ['10.0.1.23']],
      ['eni-0e4f6a8b0c2d35791', 'i-0d3e5f7a9b1c24680', 0, false, 'subnet-0a3c5e7f9b1d24680', ['10.0.1.57']],
      ['eni-0a5b7c9d1e3f46802', 'i-0d3e5f7a9b1c24680', 1, true, 'subnet-0a3c5e7f9b1d24680', ['10.0.1.140']],
      ['eni-0b7c9d1e3f5a68024', 'i-0f6a8b0c2d4e57913', 0, true, 'subnet-0a3c5e7f9b1d24680', ['10.0.1.88']],
      ['eni-0c9d1e3f5a7b80246', 'i-0a8b0c2d4e6f79135', 0, false, 'subnet-0f2e4d6c8b0a13579', ['10.0.2.14']],
      ['eni-02b4d6f8a0c3e5792', 'i-01a3c5e7f9b2d4681', 0, false, 'subnet-0a3c5e7f9b1d24680', ['10.0.1.166']],
      ['eni-05d7f9b1c3e6a8024', 'i-04c6e8a0b2d5f7913', 0, false, 'subnet-0a3c5e7f9b1d24680', ['10.0.1.201']],
      ['eni-08f0b2c4d6e7a9135', 'i-07e9a1b3c5d6f8024', 0, false, 'subnet-0a3c5e7f9b1d24680', ['10.0.1.77']],
    ]);
  });

  it('subnets and VPCs: CidrBlock, VpcId, Ipv6CidrBlockAssociationSet, CidrBlockAssociationSet with state', async () => {
    const f = await start(await seedFromFixture(dirOf('broken')));
    const ec2 = client(f);
    const { Subnets = [] } = await ec2.send(new DescribeSubnetsCommand({}));
    expect(
      Subnets.map((s) => [s.SubnetId, s.CidrBlock, s.VpcId, s.AvailabilityZone, s.Ipv6CidrBlockAssociationSet]),
    ).toEqual([
      ['subnet-0a3c5e7f9b1d24680', '10.0.1.0/24', 'vpc-0b9e2d4f6a8c13570', 'us-east-1a', []],
      ['subnet-0f2e4d6c8b0a13579', '10.0.2.0/24', 'vpc-0b9e2d4f6a8c13570', 'us-east-1b', []],
      ['subnet-07b9d1f3a5c2e4680', '10.0.101.0/24', 'vpc-0b9e2d4f6a8c13570', 'us-east-1a', []],
    ]);
    const { Vpcs = [] } = await ec2.send(new DescribeVpcsCommand({ VpcIds: ['vpc-0b9e2d4f6a8c13570'] }));
    expect(Vpcs).toHaveLength(1);
    expect(Vpcs[0]!.CidrBlock).toBe('10.0.0.0/16');
    expect(Vpcs[0]!.CidrBlockAssociationSet?.map((a) => [a.CidrBlock, a.CidrBlockState?.State])).toEqual([
      ['10.0.0.0/16', 'associated'],
    ]);
    expect(f.calls.at(-1)!.params).toEqual({
      Action: 'DescribeVpcs',
      Version: '2016-11-15',
      'VpcId.1': 'vpc-0b9e2d4f6a8c13570',
    });
  });

  it('healthy: the second VPC CIDR and a secondary private IP come through', async () => {
    const f = await start(await seedFromFixture(dirOf('healthy')));
    const ec2 = client(f);
    const { Vpcs = [] } = await ec2.send(new DescribeVpcsCommand({}));
    expect(Vpcs[0]!.CidrBlockAssociationSet?.map((a) => a.CidrBlock)).toEqual(['10.0.0.0/16', '10.1.0.0/16']);
    const { NetworkInterfaces = [] } = await ec2.send(
      new DescribeNetworkInterfacesCommand({
        Filters: [{ Name: 'addresses.private-ip-address', Values: ['10.0.1.141'] }],
      }),
    );
    expect(NetworkInterfaces.map((n) => n.NetworkInterfaceId)).toEqual(['eni-0d8f1a3c5e7b9d246']);
    expect(NetworkInterfaces[0]!.PrivateIpAddresses).toEqual([
      { Primary: true, PrivateDnsName: 'ip-10-0-1-140.ec2.internal', PrivateIpAddress: '10.0.1.140' },
      { Primary: false, PrivateDnsName: 'ip-10-0-1-141.ec2.internal', PrivateIpAddress: '10.0.1.141' },
    ]);
  });
});

describe('IPv6 and fields the fixtures leave empty', () => {
  it('round-trips Ipv6Addresses, subnet and VPC Ipv6CidrBlockAssociationSet, public IPs, XML-special tag values', async () => {
    const base = await seedFromFixture(dirOf('healthy'));
    const inst = structuredClone(base.instances[0]) as any;
    inst.Ipv6Address = '2600:1f18:1234:5601::17';
    inst.PublicIpAddress = '3.91.47.118';
    inst.PublicDnsName = 'ec2-3-91-47-118.compute-1.amazonaws.com';
    inst.StateTransitionReason = 'User initiated (2026-10-20 09:00:00 GMT)';
    inst.Tags.push({ Key: 'note', Value: 'a < b & "c" > \'d\'' });
    inst.NetworkInterfaces[0].Ipv6Addresses = [{ Ipv6Address: '2600:1f18:1234:5601::17', IsPrimaryIpv6: true }];
    inst.NetworkInterfaces[0].Association = {
      IpOwnerId: 'amazon',
      PublicDnsName: 'ec2-3-91-47-118.compute-1.amazonaws.com',
      PublicIp: '3.91.47.118',
    };
    const eni = structuredClone(base.networkInterfaces[0]) as any;
    eni.Ipv6Addresses = [{ Ipv6Address: '2600:1f18:1234:5601::17' }];
    eni.TagSet = [{ Key: 'cluster', Value: 'k8s-prod' }];
    const subnet = structuredClone(base.subnets[0]) as any;
    subnet.Ipv6CidrBlockAssociationSet = [
      {
        AssociationId: 'subnet-cidr-assoc-0aa1',
        Ipv6CidrBlock: '2600:1f18:1234:5601::/64',
        Ipv6CidrBlockState: { State: 'associated' },
      },
    ];
    const vpc = structuredClone(base.vpcs[0]) as any;
    vpc.Ipv6CidrBlockAssociationSet = [
      {
        AssociationId: 'vpc-cidr-assoc-0bb2',
        Ipv6CidrBlock: '2600:1f18:1234:5600::/56',
        Ipv6CidrBlockState: { State: 'associated' },
        NetworkBorderGroup: 'us-east-1',
        Ipv6Pool: 'Amazon',
      },
    ];
    const f = await start({ instances: [inst], networkInterfaces: [eni], subnets: [subnet], vpcs: [vpc] });
    const ec2 = client(f);
    const di = await ec2.send(new DescribeInstancesCommand({ InstanceIds: [inst.InstanceId] }));
    expect(fromSdk(di.Reservations?.[0]?.Instances?.[0])).toEqual(fromCli(inst));
    // Reservation synthesised when the scenario has no reservation info.
    expect(di.Reservations?.[0]?.ReservationId).toMatch(/^r-0[0-9a-f]{16}$/);
    expect(di.Reservations?.[0]?.OwnerId).toBe('123456789012');
    expect(fromSdk((await ec2.send(new DescribeNetworkInterfacesCommand({}))).NetworkInterfaces)).toEqual(
      fromCli([eni]),
    );
    expect(fromSdk((await ec2.send(new DescribeSubnetsCommand({}))).Subnets)).toEqual(fromCli([subnet]));
    expect(fromSdk((await ec2.send(new DescribeVpcsCommand({}))).Vpcs)).toEqual(fromCli([vpc]));
  });
});

describe('filters and ids', () => {
  const ids = async (ec2: EC2Client, input: DescribeInstancesCommandInput) =>
    ((await ec2.send(new DescribeInstancesCommand(input))).Reservations ?? []).flatMap((r) =>
      (r.Instances ?? []).map((i) => i.InstanceId),
    );

  it('DescribeInstances: InstanceId.N, instance-id, private-ip-address, addresses, vpc-id, tags, state, AND/OR', async () => {
    const f = await start(await seedFromFixture(dirOf('healthy')));
    const ec2 = client(f);
    expect(await ids(ec2, { InstanceIds: ['i-0c47e1a9b3d6f2058', 'i-0f3a9c1e7b2d45810'] })).toEqual([
      'i-0f3a9c1e7b2d45810', // scenario order, not request order
      'i-0c47e1a9b3d6f2058',
    ]);
    expect(f.calls.at(-1)!.params).toMatchObject({
      'InstanceId.1': 'i-0c47e1a9b3d6f2058',
      'InstanceId.2': 'i-0f3a9c1e7b2d45810',
    });
    expect(
      await ids(ec2, { Filters: [{ Name: 'instance-id', Values: ['i-0e5d7b9a1c3f60842', 'i-00000000'] }] }),
    ).toEqual(['i-0e5d7b9a1c3f60842']);
    // private-ip-address is the instance's primary IP only; the ENI-address filter also sees secondary IPs.
    expect(await ids(ec2, { Filters: [{ Name: 'private-ip-address', Values: ['10.0.1.57', '10.0.1.141'] }] })).toEqual([
      'i-06b8d2e4f1a3c5079',
    ]);
    expect(await ids(ec2, { Filters: [{ Name: 'private-ip-address', Values: ['10.0.1.141'] }] })).toEqual([]);
    expect(
      await ids(ec2, {
        Filters: [{ Name: 'network-interface.addresses.private-ip-address', Values: ['10.0.1.141', '10.0.1.88'] }],
      }),
    ).toEqual(['i-06b8d2e4f1a3c5079', 'i-0c47e1a9b3d6f2058']);
    expect(f.calls.at(-1)!.params).toMatchObject({
      'Filter.1.Name': 'network-interface.addresses.private-ip-address',
      'Filter.1.Value.1': '10.0.1.141',
      'Filter.1.Value.2': '10.0.1.88',
    });
    expect(await ids(ec2, { Filters: [{ Name: 'vpc-id', Values: ['vpc-07c4e9a2b5d8f1036'] }] })).toHaveLength(6);
    expect(await ids(ec2, { Filters: [{ Name: 'vpc-id', Values: ['vpc-0b9e2d4f6a8c13570'] }] })).toEqual([]);
    expect(await ids(ec2, { Filters: [{ Name: 'tag:Name', Values: ['k8s-prod-win-*'] }] })).toEqual([
      'i-0c47e1a9b3d6f2058',
      'i-0a29c6e8f4b1d7035',
    ]);
    expect(await ids(ec2, { Filters: [{ Name: 'tag-key', Values: ['kubernetes.io/cluster/k8s-prod'] }] })).toHaveLength(
      6,
    );
    expect(
      await ids(ec2, {
        Filters: [
          { Name: 'instance-state-name', Values: ['running'] },
          { Name: 'tag:Name', Values: ['k8s-prod-bastion', 'k8s-prod-cp-1'] },
        ],
      }),
    ).toEqual(['i-0f3a9c1e7b2d45810', 'i-0d4f6b8a2c1e35790']);
    expect(await ids(ec2, { Filters: [{ Name: 'instance-state-name', Values: ['stopped', 'terminated'] }] })).toEqual(
      [],
    );
    expect(await ids(ec2, { Filters: [{ Name: 'platform', Values: ['windows'] }] })).toHaveLength(2);
    // A test can change the live scenario between calls.
    (f.scenario.instances[0] as any).State = { Code: 80, Name: 'stopped' };
    expect(await ids(ec2, { Filters: [{ Name: 'instance-state-name', Values: ['stopped'] }] })).toEqual([
      'i-0f3a9c1e7b2d45810',
    ]);
  });

  it('DescribeNetworkInterfaces / DescribeSubnets / DescribeVpcs filters', async () => {
    const f = await start(await seedFromFixture(dirOf('broken')));
    const ec2 = client(f);
    const eniIds = async (Filters: { Name: string; Values: string[] }[], NetworkInterfaceIds?: string[]) =>
      (
        (await ec2.send(new DescribeNetworkInterfacesCommand({ Filters, NetworkInterfaceIds }))).NetworkInterfaces ?? []
      ).map((n) => n.NetworkInterfaceId);
    expect(await eniIds([{ Name: 'attachment.instance-id', Values: ['i-0d3e5f7a9b1c24680'] }])).toEqual([
      'eni-0e4f6a8b0c2d35791',
      'eni-0a5b7c9d1e3f46802',
    ]);
    expect(await eniIds([{ Name: 'addresses.private-ip-address', Values: ['10.0.1.140'] }])).toEqual([
      'eni-0a5b7c9d1e3f46802',
    ]);
    expect(await eniIds([{ Name: 'private-ip-address', Values: ['10.0.2.14'] }])).toEqual(['eni-0c9d1e3f5a7b80246']);
    expect(await eniIds([{ Name: 'subnet-id', Values: ['subnet-0f2e4d6c8b0a13579'] }])).toEqual([
      'eni-0c9d1e3f5a7b80246',
    ]);
    expect(await eniIds([{ Name: 'vpc-id', Values: ['vpc-0b9e2d4f6a8c13570'] }])).toHaveLength(8);
    expect(await eniIds([{ Name: 'source-dest-check', Values: ['true'] }])).toEqual([
      'eni-0a5b7c9d1e3f46802',
      'eni-0b7c9d1e3f5a68024',
    ]);
    expect(await eniIds([], ['eni-08f0b2c4d6e7a9135'])).toEqual(['eni-08f0b2c4d6e7a9135']);
    expect(f.calls.at(-1)!.params).toEqual({
      Action: 'DescribeNetworkInterfaces',
      Version: '2016-11-15',
      'NetworkInterfaceId.1': 'eni-08f0b2c4d6e7a9135',
    });

    const subnetIds = async (input: DescribeSubnetsCommandInput) =>
      ((await ec2.send(new DescribeSubnetsCommand(input))).Subnets ?? []).map((s) => s.SubnetId);
    expect(await subnetIds({ Filters: [{ Name: 'vpc-id', Values: ['vpc-0b9e2d4f6a8c13570'] }] })).toHaveLength(3);
    expect(await subnetIds({ Filters: [{ Name: 'vpc-id', Values: ['vpc-07c4e9a2b5d8f1036'] }] })).toEqual([]);
    expect(await subnetIds({ Filters: [{ Name: 'subnet-id', Values: ['subnet-0f2e4d6c8b0a13579'] }] })).toEqual([
      'subnet-0f2e4d6c8b0a13579',
    ]);
    expect(await subnetIds({ SubnetIds: ['subnet-07b9d1f3a5c2e4680'] })).toEqual(['subnet-07b9d1f3a5c2e4680']);
    expect(f.calls.at(-1)!.params['SubnetId.1']).toBe('subnet-07b9d1f3a5c2e4680');

    const vpcIds = async (input: DescribeVpcsCommandInput) =>
      ((await ec2.send(new DescribeVpcsCommand(input))).Vpcs ?? []).map((v) => v.VpcId);
    expect(await vpcIds({ Filters: [{ Name: 'cidr-block-association.cidr-block', Values: ['10.0.0.0/16'] }] })).toEqual(
      ['vpc-0b9e2d4f6a8c13570'],
    );
  });

  it('real EC2 errors: NotFound for unknown explicit ids, Malformed ids, MaxResults with ids, unknown filters', async () => {
    const f = await start(await seedFromFixture(dirOf('broken')));
    const ec2 = client(f);

    const notFound = await caught(ec2.send(new DescribeInstancesCommand({ InstanceIds: ['i-0e1f3a5b7c9d02468'] })));
    expect(notFound.name).toBe('InvalidInstanceID.NotFound');
    expect(notFound.message).toBe("The instance ID 'i-0e1f3a5b7c9d02468' does not exist");
    expect(notFound.$metadata.httpStatusCode).toBe(400);
    const two = await caught(
      ec2.send(
        new DescribeInstancesCommand({
          InstanceIds: ['i-0b1c2d3e4f5a69780', 'i-0e1f3a5b7c9d02468', 'i-0123456789abcdef0'],
        }),
      ),
    );
    expect(two.message).toBe("The instance IDs 'i-0e1f3a5b7c9d02468, i-0123456789abcdef0' do not exist");
    // ... while the same unknown id as a *filter* value just matches nothing.
    const viaFilter = await ec2.send(
      new DescribeInstancesCommand({ Filters: [{ Name: 'instance-id', Values: ['i-0e1f3a5b7c9d02468'] }] }),
    );
    expect(viaFilter.Reservations).toEqual([]);

    expect((await caught(ec2.send(new DescribeInstancesCommand({ InstanceIds: ['ip-10-0-1-23'] })))).name).toBe(
      'InvalidInstanceID.Malformed',
    );
    const combo = await caught(
      ec2.send(new DescribeInstancesCommand({ InstanceIds: ['i-0b1c2d3e4f5a69780'], MaxResults: 5 })),
    );
    expect(combo.name).toBe('InvalidParameterCombination');
    expect(combo.$metadata.httpStatusCode).toBe(400);
    const small = await caught(ec2.send(new DescribeInstancesCommand({ MaxResults: 4 })));
    expect(small.name).toBe('InvalidParameterValue');
    const badFilter = await caught(
      ec2.send(new DescribeInstancesCommand({ Filters: [{ Name: 'private-ip', Values: ['x'] }] })),
    );
    expect(badFilter.name).toBe('InvalidParameterValue');
    expect(badFilter.message).toBe("The filter 'private-ip' is invalid");

    expect(
      (await caught(ec2.send(new DescribeNetworkInterfacesCommand({ NetworkInterfaceIds: ['eni-0123456789abcdef0'] }))))
        .name,
    ).toBe('InvalidNetworkInterfaceID.NotFound');
    expect((await caught(ec2.send(new DescribeSubnetsCommand({ SubnetIds: ['subnet-0123456789abcdef0'] })))).name).toBe(
      'InvalidSubnetID.NotFound',
    );
    expect((await caught(ec2.send(new DescribeVpcsCommand({ VpcIds: ['vpc-07c4e9a2b5d8f1036'] })))).message).toBe(
      "The vpc ID 'vpc-07c4e9a2b5d8f1036' does not exist",
    );
  });
});

describe('pagination', () => {
  it('maxResultsCap forces pages for every action, also without MaxResults, and the SDK paginators follow them', async () => {
    const f = await start(await seedFromFixture(dirOf('broken')), { maxResultsCap: 2 });
    const ec2 = client(f);
    const { instances, pages } = await allInstances(ec2);
    expect(pages).toBe(4); // 7 instances, 2 per page
    expect(instances.map((i) => i.InstanceId)).toHaveLength(7);
    expect(new Set(instances.map((i) => i.InstanceId)).size).toBe(7);
    expect(f.calls.filter((c) => c.action === 'DescribeInstances').map((c) => c.params.MaxResults)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);

    const enis: string[] = [];
    for await (const page of paginateDescribeNetworkInterfaces({ client: ec2, pageSize: 5 }, {})) {
      expect(page.NetworkInterfaces!.length).toBeLessThanOrEqual(2);
      enis.push(...page.NetworkInterfaces!.map((n) => n.NetworkInterfaceId!));
    }
    expect(enis).toHaveLength(8);
    expect(f.callCount('DescribeNetworkInterfaces')).toBe(4);

    const first = await ec2.send(new DescribeSubnetsCommand({}));
    expect(first.Subnets).toHaveLength(2);
    const second = await ec2.send(new DescribeSubnetsCommand({ NextToken: first.NextToken }));
    expect(second.Subnets?.map((s) => s.SubnetId)).toEqual(['subnet-07b9d1f3a5c2e4680']);
    expect(second.NextToken).toBeUndefined();

    // A token belongs to its action and query.
    const stolen = await caught(ec2.send(new DescribeVpcsCommand({ NextToken: first.NextToken })));
    expect(stolen.name).toBe('InvalidPaginationToken');
    const changed = await caught(
      ec2.send(
        new DescribeSubnetsCommand({ NextToken: first.NextToken, Filters: [{ Name: 'vpc-id', Values: ['vpc-x'] }] }),
      ),
    );
    expect(changed.name).toBe('InvalidPaginationToken');
  });

  it('a filtered DescribeInstances pages over the matching instances only', async () => {
    const f = await start(await seedFromFixture(dirOf('broken')), { maxResultsCap: 2 });
    const ec2 = client(f);
    const got: string[] = [];
    for await (const page of paginateDescribeInstances(
      { client: ec2, pageSize: 5 },
      { Filters: [{ Name: 'subnet-id', Values: ['subnet-0a3c5e7f9b1d24680'] }] },
    )) {
      got.push(...(page.Reservations ?? []).flatMap((r) => (r.Instances ?? []).map((i) => i.InstanceId!)));
    }
    expect(got).toHaveLength(6);
    expect(got).not.toContain('i-0a8b0c2d4e6f79135');
    expect(f.callCount('DescribeInstances')).toBe(3);
    expect(f.calls.every((c) => c.params['Filter.1.Name'] === 'subnet-id')).toBe(true);
  });
});

describe('faults', () => {
  it('RequestLimitExceeded surfaces with name RequestLimitExceeded and status 503 when maxAttempts is 1', async () => {
    const f = await start(await seedFromFixture(dirOf('healthy')));
    f.failNext({ action: 'DescribeInstances', status: 503, code: 'RequestLimitExceeded' });
    const err = await caught(client(f).send(new DescribeInstancesCommand({})));
    expect(err.name).toBe('RequestLimitExceeded');
    expect(err.message).toBe('Request limit exceeded.');
    expect(err.$metadata.httpStatusCode).toBe(503);
    expect(err.$metadata.attempts).toBe(1);
    expect(err.$fault).toBe('server'); // the SDK derives $fault from the status (>= 500), not from the code
    expect(f.callCount('DescribeInstances')).toBe(1);
    // The fault was used up: the next call succeeds.
    const ok = await client(f).send(new DescribeInstancesCommand({}));
    expect(ok.Reservations).toHaveLength(6);
  });

  it('RequestLimitExceeded is retried by the SDK when maxAttempts > 1', async () => {
    const f = await start(await seedFromFixture(dirOf('healthy')));
    f.failNext({ action: 'DescribeNetworkInterfaces', status: 503, code: 'RequestLimitExceeded', times: 2 });
    const ec2 = client(f, { maxAttempts: 3 });
    // Rules are per action: DescribeSubnets is not affected.
    expect((await ec2.send(new DescribeSubnetsCommand({}))).Subnets).toHaveLength(3);
    const res = await ec2.send(new DescribeNetworkInterfacesCommand({}));
    expect(res.NetworkInterfaces).toHaveLength(7);
    expect(res.$metadata.attempts).toBe(3);
    expect(f.callCount('DescribeNetworkInterfaces')).toBe(3);
    expect(f.callCount('DescribeSubnets')).toBe(1);
  });

  it('retries run out: the last RequestLimitExceeded surfaces after maxAttempts calls', async () => {
    const f = await start(await seedFromFixture(dirOf('healthy')));
    f.failNext({ status: 503, code: 'RequestLimitExceeded', times: 5 });
    const err = await caught(client(f, { maxAttempts: 2 }).send(new DescribeVpcsCommand({})));
    expect(err.name).toBe('RequestLimitExceeded');
    expect(err.$metadata.attempts).toBe(2);
    expect(f.callCount('DescribeVpcs')).toBe(2);
  });

  it('403 UnauthorizedOperation surfaces with its name and is not retried', async () => {
    const f = await start(await seedFromFixture(dirOf('healthy')));
    const message =
      'You are not authorized to perform this operation. User: arn:aws:sts::123456789012:assumed-role/ci/hostgw ' +
      'is not authorized to perform: ec2:DescribeNetworkInterfaces';
    f.failNext({ action: 'DescribeNetworkInterfaces', status: 403, code: 'UnauthorizedOperation', message });
    const err = await caught(client(f, { maxAttempts: 3 }).send(new DescribeNetworkInterfacesCommand({})));
    expect(err.name).toBe('UnauthorizedOperation');
    expect(err.message).toBe(message);
    expect(err.$metadata.httpStatusCode).toBe(403);
    expect(f.callCount('DescribeNetworkInterfaces')).toBe(1);
  });

  it('500 InternalError and a dropped connection are retried; with maxAttempts 1 they surface', async () => {
    const f = await start(await seedFromFixture(dirOf('healthy')));
    f.failNext({ status: 500, code: 'InternalError' });
    f.failNext({ status: 0, code: 'ignored', dropConnection: true });
    const res = await client(f, { maxAttempts: 3 }).send(new DescribeSubnetsCommand({}));
    expect(res.Subnets).toHaveLength(3);
    expect(f.callCount('DescribeSubnets')).toBe(3);

    f.failNext({ status: 500, code: 'InternalError' });
    const internal = await caught(client(f).send(new DescribeSubnetsCommand({})));
    expect(internal.name).toBe('InternalError');
    expect(internal.$metadata.httpStatusCode).toBe(500);
    expect(internal.$fault).toBe('server');

    f.failNext({ status: 0, code: 'ignored', dropConnection: true });
    const dropped = await caught(client(f).send(new DescribeSubnetsCommand({})));
    expect(dropped.code ?? dropped.name).toMatch(/ECONNRESET|socket hang up/i);
    expect(dropped.$metadata?.httpStatusCode).toBeUndefined();
  });

  it('delayMs: status 200 rules only delay; a delay longer than the SDK requestTimeout surfaces as TimeoutError', async () => {
    const f = await start(await seedFromFixture(dirOf('healthy')));
    f.failNext({ status: 200, code: 'none', delayMs: 150 });
    const t0 = Date.now();
    expect((await client(f).send(new DescribeVpcsCommand({}))).Vpcs).toHaveLength(1);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(140);

    // Surprise: in this SDK a requestTimeout only logs a warning unless throwOnRequestTimeout is set.
    f.failNext({ status: 200, code: 'none', delayMs: 1000 });
    const ec2 = client(f, { requestHandler: { requestTimeout: 100, throwOnRequestTimeout: true } });
    const err = await caught(ec2.send(new DescribeVpcsCommand({})));
    expect(err.name).toBe('TimeoutError');
  });

  it('unsigned requests are refused like EC2 does (401 AuthFailure)', async () => {
    const f = await start(await seedFromFixture(dirOf('healthy')));
    const res = await fetch(f.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'Action=DescribeVpcs&Version=2016-11-15',
    });
    expect(res.status).toBe(401);
    expect(await res.text()).toContain('<Code>AuthFailure</Code>');
    expect(f.calls[0]!.action).toBe('DescribeVpcs');
    expect(f.calls[0]!.accessKeyId).toBeUndefined();
    await client(f).send(new DescribeVpcsCommand({}));
    expect(f.calls[1]).toMatchObject({
      action: 'DescribeVpcs',
      accessKeyId: 'AKIDFAKE',
      region: 'us-east-1',
      service: 'ec2',
    });
  });
});

describe('wiring', () => {
  it('AWS_ENDPOINT_URL_EC2 points a client without `endpoint` at the fake', async () => {
    const f = await start(await seedFromFixture(dirOf('healthy')));
    const saved = process.env.AWS_ENDPOINT_URL_EC2;
    process.env.AWS_ENDPOINT_URL_EC2 = f.url;
    try {
      const ec2 = new EC2Client({ region: 'us-east-1', credentials: CREDENTIALS, maxAttempts: 1 });
      expect((await ec2.send(new DescribeVpcsCommand({}))).Vpcs?.[0]?.VpcId).toBe('vpc-07c4e9a2b5d8f1036');
      expect(f.callCount('DescribeVpcs')).toBe(1);
    } finally {
      if (saved === undefined) delete process.env.AWS_ENDPOINT_URL_EC2;
      else process.env.AWS_ENDPOINT_URL_EC2 = saved;
    }
  });

  it('seedFromFixture sorts files by content and toCliJson gives the CLI files back', async () => {
    const s = await seedFromFixture(dirOf('broken'));
    expect([s.instances.length, s.networkInterfaces.length, s.subnets.length, s.vpcs.length]).toEqual([7, 8, 3, 1]);
    const files = toCliJson(s);
    expect(files['instances.json']).toEqual(await fixtureJson('broken', 'instances.json'));
    expect(files['network-interfaces.json']).toEqual(await fixtureJson('broken', 'network-interfaces.json'));
  });
});

describe('scaleScenario', () => {
  it('1,000 nodes: one DescribeInstances call with MaxResults 1000, consistent ENIs, nodes and pod CIDRs', async () => {
    const cluster = scaleScenario(1000);
    expect(cluster.nodes.items).toHaveLength(1000);
    const f = await start(cluster.scenario);
    const ec2 = client(f);

    const { instances, pages } = await allInstances(ec2, 1000);
    expect(pages).toBe(1);
    expect(f.callCount('DescribeInstances')).toBe(1);
    expect(instances).toHaveLength(1000);
    expect(new Set(instances.map((i) => i.InstanceId)).size).toBe(1000);
    expect(
      instances.every((i) => i.SourceDestCheck === false && i.NetworkInterfaces?.[0]?.SourceDestCheck === false),
    ).toBe(true);
    expect(instances.every((i) => i.SubnetId === cluster.subnetId && i.VpcId === cluster.vpcId)).toBe(true);

    const enis: string[] = [];
    for await (const page of paginateDescribeNetworkInterfaces(
      { client: ec2, pageSize: 1000 },
      { Filters: [{ Name: 'vpc-id', Values: [cluster.vpcId] }] },
    )) {
      for (const n of page.NetworkInterfaces ?? []) {
        expect(n.SourceDestCheck).toBe(false);
        enis.push(n.Attachment!.InstanceId!);
      }
    }
    expect(enis).toEqual(instances.map((i) => i.InstanceId));
    expect(f.callCount('DescribeNetworkInterfaces')).toBe(1);

    const byId = new Map(instances.map((i) => [i.InstanceId!, i]));
    const podCidrs = new Set<string>();
    for (const node of cluster.nodes.items as any[]) {
      const m = /^aws:\/\/\/us-east-1a\/(i-[0-9a-f]{17})$/.exec(node.spec.providerID);
      expect(m).not.toBeNull();
      const inst = byId.get(m![1]!)!;
      const internal = node.status.addresses.find((a: any) => a.type === 'InternalIP').address;
      expect(internal).toBe(inst.PrivateIpAddress);
      expect(node.metadata.annotations['flannel.alpha.coreos.com/public-ip']).toBe(internal);
      podCidrs.add(node.spec.podCIDR);
    }
    expect(podCidrs.size).toBe(1000);
    expect(cluster.nodes.items.at(-1)).toMatchObject({ spec: { podCIDR: '10.67.231.0/24' } }); // 10.64.0.0 + 999*256
    expect(cluster.subnetCidr).toBe('10.0.0.0/22');
    const { Subnets = [] } = await ec2.send(new DescribeSubnetsCommand({ SubnetIds: [cluster.subnetId] }));
    expect(Subnets[0]?.CidrBlock).toBe('10.0.0.0/22');
    expect(cluster.flannelConfigMapYaml).toContain('"Network": "10.64.0.0/10"');
  });

  it('without MaxResults all 1,000 come in one page; maxResultsCap 100 makes ten', async () => {
    const cluster = scaleScenario(1000, { windowsEvery: 10 });
    const f = await start(cluster.scenario, { maxResultsCap: 100 });
    const { instances, pages } = await allInstances(client(f), 1000);
    expect(pages).toBe(10);
    // The SDK types Platform as 'Windows', but EC2 (and so the fake) sends 'windows'.
    expect(instances.filter((i) => (i.Platform as string | undefined) === 'windows')).toHaveLength(100);
    const g = await startFakeEc2(cluster.scenario);
    try {
      const one = await allInstances(client(g));
      expect([one.pages, one.instances.length, g.callCount('DescribeInstances')]).toEqual([1, 1000, 1]);
    } finally {
      await g.close();
    }
  });
});

describe('ModifyNetworkInterfaceAttribute / ModifyInstanceAttribute (SourceDestCheck)', () => {
  // fixtures/aws/broken: i-0d3e5f7a9b1c24680 has device-0 eni-0e4f6a8b0c2d35791 (false) and device-1
  // eni-0a5b7c9d1e3f46802 (true); the Windows node i-0f6a8b0c2d4e57913 has device-0 eni-0b7c9d1e3f5a68024 (true).
  const LINUX = 'i-0d3e5f7a9b1c24680';
  const SECONDARY_ENI = 'eni-0a5b7c9d1e3f46802';
  const WINDOWS = 'i-0f6a8b0c2d4e57913';
  const WINDOWS_ENI = 'eni-0b7c9d1e3f5a68024';

  /** SourceDestCheck as both Describe calls report it: per ENI, per embedded ENI, per instance. */
  async function sdc(ec2: EC2Client) {
    const { NetworkInterfaces = [] } = await ec2.send(new DescribeNetworkInterfacesCommand({}));
    const { instances } = await allInstances(ec2);
    return {
      eni: Object.fromEntries(NetworkInterfaces.map((n) => [n.NetworkInterfaceId!, n.SourceDestCheck])),
      embedded: Object.fromEntries(
        instances.flatMap((i) => (i.NetworkInterfaces ?? []).map((n) => [n.NetworkInterfaceId!, n.SourceDestCheck])),
      ),
      instance: Object.fromEntries(instances.map((i) => [i.InstanceId!, i.SourceDestCheck])),
    };
  }

  it('the SDK sends NetworkInterfaceId + SourceDestCheck.Value and gets <return>true</return>; both Describe calls see the change', async () => {
    const f = await start(await seedFromFixture(dirOf('broken')));
    const ec2 = client(f);
    const before = await sdc(ec2);
    expect([before.eni[SECONDARY_ENI], before.embedded[SECONDARY_ENI], before.instance[LINUX]]).toEqual([
      true,
      true,
      false,
    ]);

    const res = await ec2.send(
      new ModifyNetworkInterfaceAttributeCommand({
        NetworkInterfaceId: SECONDARY_ENI,
        SourceDestCheck: { Value: false },
      }),
    );
    expect(res.$metadata.httpStatusCode).toBe(200);
    expect(res.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(f.calls.at(-1)).toMatchObject({
      action: 'ModifyNetworkInterfaceAttribute',
      params: {
        Action: 'ModifyNetworkInterfaceAttribute',
        Version: '2016-11-15',
        NetworkInterfaceId: SECONDARY_ENI,
        'SourceDestCheck.Value': 'false',
      },
      accessKeyId: 'AKIDFAKE',
      service: 'ec2',
    });
    expect(Object.keys(f.calls.at(-1)!.params)).toHaveLength(4);

    const after = await sdc(ec2);
    expect(after.eni[SECONDARY_ENI]).toBe(false);
    expect(after.embedded[SECONDARY_ENI]).toBe(false);
    // Everything else is as it was (a device-1 ENI does not touch the instance attribute).
    expect({ ...after.eni, [SECONDARY_ENI]: true }).toEqual(before.eni);
    expect(after.instance).toEqual(before.instance);
    // Filters see the new value too.
    const { NetworkInterfaces = [] } = await ec2.send(
      new DescribeNetworkInterfacesCommand({ Filters: [{ Name: 'source-dest-check', Values: ['true'] }] }),
    );
    expect(NetworkInterfaces.map((n) => n.NetworkInterfaceId)).toEqual([WINDOWS_ENI]);
    // And so does the scenario the test holds.
    expect(
      (f.scenario.networkInterfaces as any[]).find((n) => n.NetworkInterfaceId === SECONDARY_ENI).SourceDestCheck,
    ).toBe(false);

    expect(f.mutations()).toEqual([
      {
        action: 'ModifyNetworkInterfaceAttribute',
        params: { NetworkInterfaceId: SECONDARY_ENI, 'SourceDestCheck.Value': 'false' },
      },
    ]);
  });

  it("the raw response is EC2's XML", async () => {
    const f = await startFakeEc2(await seedFromFixture(dirOf('broken')), { requireSignature: false });
    try {
      for (const [action, idParam, id] of [
        ['ModifyNetworkInterfaceAttribute', 'NetworkInterfaceId', SECONDARY_ENI],
        ['ModifyInstanceAttribute', 'InstanceId', WINDOWS],
      ] as const) {
        const res = await fetch(f.url, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
          body: `Action=${action}&Version=2016-11-15&${idParam}=${id}&SourceDestCheck.Value=false`,
        });
        expect(res.status).toBe(200);
        const requestId = res.headers.get('x-amzn-requestid');
        expect(await res.text()).toBe(
          '<?xml version="1.0" encoding="UTF-8"?>\n' +
            `<${action}Response xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">\n` +
            `    <requestId>${requestId}</requestId>\n` +
            '    <return>true</return>\n' +
            `</${action}Response>\n`,
        );
      }
    } finally {
      await f.close();
    }
  });

  it("modifying a device-0 ENI also changes its instance's attribute (they are one setting in EC2)", async () => {
    const f = await start(await seedFromFixture(dirOf('broken')));
    const ec2 = client(f);
    await ec2.send(
      new ModifyNetworkInterfaceAttributeCommand({
        NetworkInterfaceId: WINDOWS_ENI,
        SourceDestCheck: { Value: false },
      }),
    );
    const after = await sdc(ec2);
    expect([after.eni[WINDOWS_ENI], after.embedded[WINDOWS_ENI], after.instance[WINDOWS]]).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('ModifyInstanceAttribute flips the instance and its primary ENI only (device 0), in both Describe calls', async () => {
    const f = await start(await seedFromFixture(dirOf('broken')));
    const ec2 = client(f);
    await ec2.send(new ModifyInstanceAttributeCommand({ InstanceId: WINDOWS, SourceDestCheck: { Value: false } }));
    expect(f.calls.at(-1)!.params).toEqual({
      Action: 'ModifyInstanceAttribute',
      Version: '2016-11-15',
      InstanceId: WINDOWS,
      'SourceDestCheck.Value': 'false',
    });
    let now = await sdc(ec2);
    expect([now.instance[WINDOWS], now.eni[WINDOWS_ENI], now.embedded[WINDOWS_ENI]]).toEqual([false, false, false]);
    expect(Object.values(now.instance).every((v) => v === false)).toBe(true);

    // Two ENIs: only device 0 follows the instance; device 1 keeps its own value.
    await ec2.send(new ModifyInstanceAttributeCommand({ InstanceId: LINUX, SourceDestCheck: { Value: true } }));
    await ec2.send(
      new ModifyNetworkInterfaceAttributeCommand({
        NetworkInterfaceId: SECONDARY_ENI,
        SourceDestCheck: { Value: false },
      }),
    );
    now = await sdc(ec2);
    expect(now.instance[LINUX]).toBe(true);
    expect([now.eni['eni-0e4f6a8b0c2d35791'], now.embedded['eni-0e4f6a8b0c2d35791']]).toEqual([true, true]);
    expect([now.eni[SECONDARY_ENI], now.embedded[SECONDARY_ENI]]).toEqual([false, false]);
    // The device-1 change did not touch the instance attribute.
    expect(now.instance[LINUX]).toBe(true);

    // The older Attribute/Value form works as well.
    await ec2.send(
      new ModifyInstanceAttributeCommand({ InstanceId: LINUX, Attribute: 'sourceDestCheck', Value: 'false' }),
    );
    now = await sdc(ec2);
    expect([now.instance[LINUX], now.eni['eni-0e4f6a8b0c2d35791']]).toEqual([false, false]);

    expect(f.mutations().map((m) => [m.action, m.params.InstanceId ?? m.params.NetworkInterfaceId])).toEqual([
      ['ModifyInstanceAttribute', WINDOWS],
      ['ModifyInstanceAttribute', LINUX],
      ['ModifyNetworkInterfaceAttribute', SECONDARY_ENI],
      ['ModifyInstanceAttribute', LINUX],
    ]);
    expect(f.mutations().every((m) => !('Action' in m.params) && !('Version' in m.params))).toBe(true);
  });

  it('403 UnauthorizedOperation on one ENI only (failNext match): the others succeed, the denied one is unchanged', async () => {
    const f = await start(await seedFromFixture(dirOf('broken')));
    const ec2 = client(f, { maxAttempts: 3 });
    const message =
      'You are not authorized to perform this operation. User: arn:aws:sts::123456789012:assumed-role/ci/hostgw is not ' +
      'authorized to perform: ec2:ModifyNetworkInterfaceAttribute on resource: ' +
      `arn:aws:ec2:us-east-1:123456789012:network-interface/${WINDOWS_ENI} with an explicit deny in a service control policy`;
    f.failNext({
      action: 'ModifyNetworkInterfaceAttribute',
      status: 403,
      code: 'UnauthorizedOperation',
      message,
      match: { NetworkInterfaceId: WINDOWS_ENI },
    });
    // Calls for other resources neither trigger nor use up the rule.
    await ec2.send(
      new ModifyNetworkInterfaceAttributeCommand({
        NetworkInterfaceId: SECONDARY_ENI,
        SourceDestCheck: { Value: false },
      }),
    );
    await ec2.send(new ModifyInstanceAttributeCommand({ InstanceId: LINUX, SourceDestCheck: { Value: false } }));
    const err = await caught(
      ec2.send(
        new ModifyNetworkInterfaceAttributeCommand({
          NetworkInterfaceId: WINDOWS_ENI,
          SourceDestCheck: { Value: false },
        }),
      ),
    );
    expect(err.name).toBe('UnauthorizedOperation');
    expect(err.message).toBe(message);
    expect(err.$metadata.httpStatusCode).toBe(403);
    expect(err.$metadata.attempts).toBe(1); // not retried
    expect(f.callCount('ModifyNetworkInterfaceAttribute')).toBe(2);

    const now = await sdc(ec2);
    expect([now.eni[SECONDARY_ENI], now.embedded[SECONDARY_ENI]]).toEqual([false, false]);
    expect([now.eni[WINDOWS_ENI], now.embedded[WINDOWS_ENI], now.instance[WINDOWS]]).toEqual([true, true, true]);

    // mutations() records what was attempted, the denied call included; { applied: true } what took effect.
    const attempted = [
      {
        action: 'ModifyNetworkInterfaceAttribute',
        params: { NetworkInterfaceId: SECONDARY_ENI, 'SourceDestCheck.Value': 'false' },
      },
      { action: 'ModifyInstanceAttribute', params: { InstanceId: LINUX, 'SourceDestCheck.Value': 'false' } },
      {
        action: 'ModifyNetworkInterfaceAttribute',
        params: { NetworkInterfaceId: WINDOWS_ENI, 'SourceDestCheck.Value': 'false' },
      },
    ];
    expect(f.mutations()).toEqual(attempted);
    expect(f.mutations({ applied: true })).toEqual(attempted.slice(0, 2));

    // The rule was used up: a retry by the caller now succeeds.
    await ec2.send(
      new ModifyNetworkInterfaceAttributeCommand({
        NetworkInterfaceId: WINDOWS_ENI,
        SourceDestCheck: { Value: false },
      }),
    );
    expect((await sdc(ec2)).eni[WINDOWS_ENI]).toBe(false);

    // times: Infinity denies that one resource for good; ModifyInstanceAttribute can be targeted by InstanceId.
    f.failNext({
      action: 'ModifyInstanceAttribute',
      status: 403,
      code: 'UnauthorizedOperation',
      match: { InstanceId: WINDOWS },
      times: Infinity,
    });
    for (let i = 0; i < 3; i++) {
      const denied = await caught(
        ec2.send(new ModifyInstanceAttributeCommand({ InstanceId: WINDOWS, SourceDestCheck: { Value: true } })),
      );
      expect(denied.name).toBe('UnauthorizedOperation');
      expect(denied.message).toBe('You are not authorized to perform this operation.');
    }
    await ec2.send(new ModifyInstanceAttributeCommand({ InstanceId: LINUX, SourceDestCheck: { Value: true } }));
    expect((await sdc(ec2)).instance).toMatchObject({ [WINDOWS]: false, [LINUX]: true });

    f.clearCalls();
    expect(f.mutations()).toEqual([]);
  });

  it('unknown or malformed ids → 400 NotFound / Malformed, and nothing changes', async () => {
    const f = await start(await seedFromFixture(dirOf('broken')));
    const ec2 = client(f);
    const before = await sdc(ec2);

    const eni = await caught(
      ec2.send(
        new ModifyNetworkInterfaceAttributeCommand({
          NetworkInterfaceId: 'eni-0123456789abcdef0',
          SourceDestCheck: { Value: false },
        }),
      ),
    );
    expect(eni.name).toBe('InvalidNetworkInterfaceID.NotFound');
    expect(eni.message).toBe("The networkInterface ID 'eni-0123456789abcdef0' does not exist");
    expect(eni.$metadata.httpStatusCode).toBe(400);

    // The terminated instance of the fixture is not there at all.
    const inst = await caught(
      ec2.send(
        new ModifyInstanceAttributeCommand({ InstanceId: 'i-0e1f3a5b7c9d02468', SourceDestCheck: { Value: false } }),
      ),
    );
    expect(inst.name).toBe('InvalidInstanceID.NotFound');
    expect(inst.message).toBe("The instance ID 'i-0e1f3a5b7c9d02468' does not exist");
    expect(inst.$metadata.httpStatusCode).toBe(400);

    const malformed = await caught(
      ec2.send(
        new ModifyNetworkInterfaceAttributeCommand({
          NetworkInterfaceId: 'ip-10-0-1-88',
          SourceDestCheck: { Value: false },
        }),
      ),
    );
    expect(malformed.name).toBe('InvalidNetworkInterfaceID.Malformed');

    expect(await sdc(ec2)).toEqual(before);
    expect(f.mutations()).toHaveLength(3);
    expect(f.mutations({ applied: true })).toEqual([]);
  });

  it('DryRun → 412 DryRunOperation; attributes the fake does not model are refused, not silently accepted', async () => {
    const f = await start(await seedFromFixture(dirOf('broken')));
    const ec2 = client(f);
    const before = await sdc(ec2);

    const dry = await caught(
      ec2.send(
        new ModifyNetworkInterfaceAttributeCommand({
          NetworkInterfaceId: WINDOWS_ENI,
          SourceDestCheck: { Value: false },
          DryRun: true,
        }),
      ),
    );
    expect(dry.name).toBe('DryRunOperation');
    expect(dry.$metadata.httpStatusCode).toBe(412);
    expect(f.calls.at(-1)!.params.DryRun).toBe('true');
    // A 403 rule applies to dry runs too (that is what a dry run is for).
    f.failNext({
      action: 'ModifyInstanceAttribute',
      status: 403,
      code: 'UnauthorizedOperation',
      match: { InstanceId: WINDOWS },
    });
    const dryDenied = await caught(
      ec2.send(
        new ModifyInstanceAttributeCommand({ InstanceId: WINDOWS, SourceDestCheck: { Value: false }, DryRun: true }),
      ),
    );
    expect(dryDenied.name).toBe('UnauthorizedOperation');

    const description = await caught(
      ec2.send(
        new ModifyNetworkInterfaceAttributeCommand({ NetworkInterfaceId: WINDOWS_ENI, Description: { Value: 'x' } }),
      ),
    );
    expect(description.name).toBe('UnsupportedOperation');
    expect(description.$metadata.httpStatusCode).toBe(400);
    const type = await caught(
      ec2.send(new ModifyInstanceAttributeCommand({ InstanceId: WINDOWS, InstanceType: { Value: 'm5.xlarge' } })),
    );
    expect(type.name).toBe('UnsupportedOperation');
    const none = await caught(ec2.send(new ModifyInstanceAttributeCommand({ InstanceId: WINDOWS })));
    expect(none.name).toBe('MissingParameter');

    expect(await sdc(ec2)).toEqual(before);
    expect(f.mutations({ applied: true })).toEqual([]);
    expect(f.mutations().map((m) => m.action)).toEqual([
      'ModifyNetworkInterfaceAttribute',
      'ModifyInstanceAttribute',
      'ModifyNetworkInterfaceAttribute',
      'ModifyInstanceAttribute',
      'ModifyInstanceAttribute',
    ]);
  });
});

describe('firewalls (fixtures/firewall/aws)', () => {
  const dir = (name: string) => new URL(`../../../fixtures/firewall/aws/${name}/`, import.meta.url).pathname;
  const cliOf = async (name: string, file: string): Promise<any> =>
    JSON.parse(await readFile(new URL(file, `file://${dir(name)}`), 'utf8'));

  it.each(['broken', 'healthy'])(
    'DescribeSecurityGroups and DescribeNetworkAcls deserialise to exactly the CLI JSON (%s), paged and filtered',
    async (name) => {
      const f = await start(await seedFromFixture(dir(name)), { maxResultsCap: 2 });
      const ec2 = client(f);
      const groups: unknown[] = [];
      let token: string | undefined;
      do {
        const out = await ec2.send(new DescribeSecurityGroupsCommand({ MaxResults: 5, NextToken: token }));
        groups.push(...(out.SecurityGroups ?? []));
        token = out.NextToken;
      } while (token);
      const cliGroups = (await cliOf(name, 'security-groups.json')).SecurityGroups;
      expect(fromSdk(groups)).toEqual(fromCli(cliGroups));
      expect(f.callCount('DescribeSecurityGroups')).toBe(Math.ceil(cliGroups.length / 2));
      const acls = await ec2.send(
        new DescribeNetworkAclsCommand({ Filters: [{ Name: 'vpc-id', Values: [cliGroups[0].VpcId] }] }),
      );
      expect(fromSdk(acls.NetworkAcls)).toEqual(fromCli((await cliOf(name, 'network-acls.json')).NetworkAcls));
      const one = await ec2.send(
        new DescribeSecurityGroupsCommand({ Filters: [{ Name: 'group-id', Values: [cliGroups[1].GroupId] }] }),
      );
      expect(one.SecurityGroups?.map((g) => g.GroupId)).toEqual([cliGroups[1].GroupId]);
      expect(
        (
          await ec2.send(
            new DescribeNetworkAclsCommand({ Filters: [{ Name: 'vpc-id', Values: ['vpc-0000000000000000f'] }] }),
          )
        ).NetworkAcls,
      ).toEqual([]);
    },
  );

  it('synthesises allow-all groups for the ENIs of a fixture without firewall dumps', async () => {
    const scenario = await seedFromFixture(dirOf('healthy'));
    const named = new Set(
      scenario.networkInterfaces.flatMap((eni: any) => (eni.Groups ?? []).map((g: any) => g.GroupId)),
    );
    expect(new Set(scenario.securityGroups!.map((g: any) => g.GroupId))).toEqual(named);
    expect(scenario.networkAcls).toEqual([]);
  });
});

describe('firewall writes (fixtures/firewall/aws/broken)', () => {
  it('AuthorizeSecurityGroupIngress/Egress add CIDR rules that DescribeSecurityGroups shows; a repeat is InvalidPermission.Duplicate', async () => {
    const f = await start(await seedFromFixture('fixtures/firewall/aws/broken'));
    const ec2 = client(f);
    const GroupId = 'sg-0a1b2c3d4e5f67890';
    await ec2.send(
      new AuthorizeSecurityGroupIngressCommand({
        GroupId,
        IpPermissions: [
          {
            IpProtocol: 'tcp',
            FromPort: 0,
            ToPort: 65535,
            IpRanges: [{ CidrIp: '10.42.0.0/16', Description: 'pods' }],
          },
        ],
      }),
    );
    await ec2.send(
      new AuthorizeSecurityGroupEgressCommand({
        GroupId,
        IpPermissions: [{ IpProtocol: 'icmpv6', FromPort: -1, ToPort: -1, Ipv6Ranges: [{ CidrIpv6: 'fd00:42::/56' }] }],
      }),
    );
    const [group] = (await ec2.send(new DescribeSecurityGroupsCommand({ GroupIds: [GroupId] }))).SecurityGroups!;
    expect(group!.IpPermissions!.find((p) => p.IpProtocol === 'tcp' && p.FromPort === 0)).toMatchObject({
      ToPort: 65535,
      IpRanges: [{ CidrIp: '10.42.0.0/16', Description: 'pods' }],
    });
    expect(group!.IpPermissionsEgress!.find((p) => p.IpProtocol === 'icmpv6')).toMatchObject({
      FromPort: -1,
      ToPort: -1,
      Ipv6Ranges: [{ CidrIpv6: 'fd00:42::/56' }],
    });

    // One duplicate fails the whole call, and nothing of it is added.
    const error = await ec2
      .send(
        new AuthorizeSecurityGroupIngressCommand({
          GroupId,
          IpPermissions: [
            { IpProtocol: 'udp', FromPort: 0, ToPort: 65535, IpRanges: [{ CidrIp: '10.42.0.0/16' }] },
            { IpProtocol: 'tcp', FromPort: 0, ToPort: 65535, IpRanges: [{ CidrIp: '10.42.0.0/16' }] },
          ],
        }),
      )
      .catch((e: unknown) => e as { name: string; message: string });
    expect(error).toMatchObject({ name: 'InvalidPermission.Duplicate' });
    const [after] = (await ec2.send(new DescribeSecurityGroupsCommand({ GroupIds: [GroupId] }))).SecurityGroups!;
    expect(
      after!.IpPermissions!.some((p) => p.IpProtocol === 'udp' && p.IpRanges!.some((r) => r.CidrIp === '10.42.0.0/16')),
    ).toBe(false);
    expect(f.mutations().map((m) => m.action)).toEqual([
      'AuthorizeSecurityGroupIngress',
      'AuthorizeSecurityGroupEgress',
      'AuthorizeSecurityGroupIngress',
    ]);
    expect(f.mutations({ applied: true })).toHaveLength(2);
  });

  it('CreateNetworkAclEntry adds an entry DescribeNetworkAcls shows; a taken rule number is NetworkAclEntryAlreadyExists', async () => {
    const f = await start(await seedFromFixture('fixtures/firewall/aws/broken'));
    const ec2 = client(f);
    const NetworkAclId = 'acl-0b2d4f6a8c0e13579';
    await ec2.send(
      new CreateNetworkAclEntryCommand({
        NetworkAclId,
        RuleNumber: 90,
        Protocol: '6',
        RuleAction: 'allow',
        Egress: false,
        CidrBlock: '10.42.0.0/16',
        PortRange: { From: 0, To: 65535 },
      }),
    );
    await ec2.send(
      new CreateNetworkAclEntryCommand({
        NetworkAclId,
        RuleNumber: 91,
        Protocol: '58',
        RuleAction: 'allow',
        Egress: true,
        Ipv6CidrBlock: 'fd00:42::/56',
        IcmpTypeCode: { Type: -1, Code: -1 },
      }),
    );
    const [acl] = (await ec2.send(new DescribeNetworkAclsCommand({ NetworkAclIds: [NetworkAclId] }))).NetworkAcls!;
    expect(acl!.Entries!.find((e) => e.RuleNumber === 90)).toMatchObject({
      Egress: false,
      Protocol: '6',
      RuleAction: 'allow',
      CidrBlock: '10.42.0.0/16',
      PortRange: { From: 0, To: 65535 },
    });
    expect(acl!.Entries!.find((e) => e.RuleNumber === 91)).toMatchObject({
      Egress: true,
      Protocol: '58',
      Ipv6CidrBlock: 'fd00:42::/56',
      IcmpTypeCode: { Type: -1, Code: -1 },
    });
    const taken = await ec2
      .send(
        new CreateNetworkAclEntryCommand({
          NetworkAclId,
          RuleNumber: 100,
          Protocol: '17',
          RuleAction: 'allow',
          Egress: false,
          CidrBlock: '10.42.0.0/16',
          PortRange: { From: 0, To: 65535 },
        }),
      )
      .catch((e: unknown) => e);
    expect(taken).toMatchObject({ name: 'NetworkAclEntryAlreadyExists' });
    expect(f.mutations()[0]).toEqual({
      action: 'CreateNetworkAclEntry',
      params: {
        NetworkAclId,
        RuleNumber: '90',
        Protocol: '6',
        RuleAction: 'allow',
        Egress: 'false',
        CidrBlock: '10.42.0.0/16',
        'PortRange.From': '0',
        'PortRange.To': '65535',
      },
    });
  });
});
