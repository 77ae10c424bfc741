import pLimit from 'p-limit';
import { UserError } from '../../../errors.js';
import type { Gap } from '../../../model/snapshot.js';
import { parseProviderId } from '../../../model/instance-key.js';
import { regionOfZone } from '../region.js';
import { withRetry } from '../../../sources/live/retry.js';
import type { Budget, CloudReader, LiveNode, LiveOptions } from '../../../sources/live/types.js';
import type { Instance, NetworkInterface } from '@aws-sdk/client-ec2';
import { dumpsOf, emptyListings, type Listings } from './listings.js';

type Ec2Module = typeof import('@aws-sdk/client-ec2');
type Ec2Client = InstanceType<Ec2Module['EC2Client']>;

/** EC2 accepts at most 200 values per filter, and at most 1,000 results per page. */
const FILTER_VALUES = 200;
const PAGE_SIZE = 1000;
const CONCURRENCY = 4;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

function awsTarget(node: LiveNode): { instanceId?: string; region?: string } {
  const parsed = parseProviderId(node.providerId ?? '');
  if (parsed.ref?.provider !== 'aws') return {};
  return { instanceId: parsed.ref.instanceId, region: parsed.zone ? regionOfZone(parsed.zone) : undefined };
}

function isDenied(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e.$metadata?.httpStatusCode === 403 || /UnauthorizedOperation|AccessDenied|AuthFailure/.test(e.name ?? '');
}

interface Pager<T> {
  (token: string | undefined): Promise<{ items: T[]; next?: string }>;
}

async function allPages<T>(what: string, budget: Budget, options: LiveOptions, page: Pager<T>): Promise<T[]> {
  const items: T[] = [];
  let token: string | undefined;
  let pages = 0;
  do {
    const result = await withRetry(what, budget, 'aws', () => page(token));
    items.push(...result.items);
    token = result.next;
    if (++pages > 1 || token) options.log(`${what}… ${items.length} after ${pages} page(s)`);
  } while (token);
  return items;
}

class RegionReader {
  readonly gaps: Gap[] = [];
  private readonly limit = pLimit(CONCURRENCY);

  constructor(
    private readonly ec2: Ec2Module,
    private readonly client: Ec2Client,
    private readonly region: string,
    private readonly options: LiveOptions,
    private readonly budget: Budget,
  ) {}

  /**
   * A denied call, or one still failing after the retries, is not a pass: it becomes a check-incomplete gap
   * naming the call (and the IAM action it needs), and its data is left out.
   */
  private async guarded<T>(action: string, fallback: T, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (error instanceof UserError) throw error;
      const detail = `${(error as Error).name}: ${(error as Error).message?.split('\n')[0]}`;
      this.gaps.push({
        message: isDenied(error)
          ? `AWS ${this.region}: ${action} was denied: grant the IAM action ec2:${action} (${detail})`
          : `AWS ${this.region}: ${action} failed after retries (${detail})`,
      });
      return fallback;
    }
  }

  /** Filter batches run a few at a time: faster than one by one, gentle on the API's rate limits. */
  private async batched<T>(values: readonly string[], read: (batch: string[]) => Promise<T[]>): Promise<T[]> {
    const results = await Promise.all(chunks(values, FILTER_VALUES).map((batch) => this.limit(() => read(batch))));
    return results.flat();
  }

  async instances(filterName: string, values: readonly string[]) {
    const { DescribeInstancesCommand } = this.ec2;
    return this.guarded('DescribeInstances', undefined, async () =>
      this.batched(values, (batch) =>
        allPages(`reading EC2 instances in ${this.region}`, this.budget, this.options, async (token) => {
          const out = await this.client.send(
            new DescribeInstancesCommand({
              Filters: [{ Name: filterName, Values: batch }],
              MaxResults: PAGE_SIZE,
              NextToken: token,
            }),
          );
          return { items: out.Reservations ?? [], next: out.NextToken };
        }),
      ),
    );
  }

  async interfaces(instanceIds: readonly string[]) {
    const { DescribeNetworkInterfacesCommand } = this.ec2;
    return this.guarded('DescribeNetworkInterfaces', undefined, async () =>
      this.batched(instanceIds, (batch) =>
        allPages(`reading ENIs in ${this.region}`, this.budget, this.options, async (token) => {
          const out = await this.client.send(
            new DescribeNetworkInterfacesCommand({
              Filters: [{ Name: 'attachment.instance-id', Values: batch }],
              MaxResults: PAGE_SIZE,
              NextToken: token,
            }),
          );
          return { items: out.NetworkInterfaces ?? [], next: out.NextToken };
        }),
      ),
    );
  }

  async subnets(subnetIds: readonly string[]) {
    const { DescribeSubnetsCommand } = this.ec2;
    return this.guarded('DescribeSubnets', undefined, async () =>
      this.batched(subnetIds, (batch) =>
        withRetry(
          'reading subnets',
          this.budget,
          'aws',
          async () =>
            (await this.client.send(new DescribeSubnetsCommand({ Filters: [{ Name: 'subnet-id', Values: batch }] })))
              .Subnets ?? [],
        ),
      ),
    );
  }

  async vpcs(vpcIds: readonly string[]) {
    const { DescribeVpcsCommand } = this.ec2;
    return this.guarded('DescribeVpcs', undefined, async () =>
      this.batched(vpcIds, (batch) =>
        withRetry(
          'reading VPCs',
          this.budget,
          'aws',
          async () =>
            (await this.client.send(new DescribeVpcsCommand({ Filters: [{ Name: 'vpc-id', Values: batch }] }))).Vpcs ??
            [],
        ),
      ),
    );
  }

  /** The security groups on the nodes' ENIs, by id: not every group of the account. */
  async securityGroups(groupIds: readonly string[]) {
    const { DescribeSecurityGroupsCommand } = this.ec2;
    return this.guarded('DescribeSecurityGroups', undefined, async () =>
      this.batched(groupIds, (batch) =>
        allPages(`reading security groups in ${this.region}`, this.budget, this.options, async (token) => {
          const out = await this.client.send(
            new DescribeSecurityGroupsCommand({
              Filters: [{ Name: 'group-id', Values: batch }],
              MaxResults: PAGE_SIZE,
              NextToken: token,
            }),
          );
          return { items: out.SecurityGroups ?? [], next: out.NextToken };
        }),
      ),
    );
  }

  /** The network ACLs of the nodes' VPCs (a subnet's ACL is found by its association). */
  async networkAcls(vpcIds: readonly string[]) {
    const { DescribeNetworkAclsCommand } = this.ec2;
    return this.guarded('DescribeNetworkAcls', undefined, async () =>
      this.batched(vpcIds, (batch) =>
        allPages(`reading network ACLs in ${this.region}`, this.budget, this.options, async (token) => {
          const out = await this.client.send(
            new DescribeNetworkAclsCommand({
              Filters: [{ Name: 'vpc-id', Values: batch }],
              MaxResults: PAGE_SIZE,
              NextToken: token,
            }),
          );
          return { items: out.NetworkAcls ?? [], next: out.NextToken };
        }),
      ),
    );
  }
}

function unique(values: (string | undefined)[]): string[] {
  return [...new Set(values.filter((value): value is string => Boolean(value)))].sort();
}

interface RegionTargets {
  readonly ids: string[];
  readonly ips: string[];
}

/** The nodes by region: their instance ids where the providerID names one, else their private IPs. */
function regionsOfNodes(nodes: readonly LiveNode[], options: LiveOptions, gaps: Gap[]): Map<string, RegionTargets> {
  const fallbackRegion = options.awsRegion ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION;
  const byRegion = new Map<string, RegionTargets>();
  for (const node of nodes) {
    const target = awsTarget(node);
    const region = options.awsRegion ?? target.region ?? fallbackRegion;
    if (!region) {
      gaps.push({
        node: node.name,
        message: `node ${node.name}: its AWS region is unknown (no providerID zone): pass --aws-region or set AWS_REGION`,
      });
      continue;
    }
    const entry = byRegion.get(region) ?? { ids: [], ips: [] };
    if (target.instanceId) entry.ids.push(target.instanceId);
    else entry.ips.push(...node.internalIps);
    byRegion.set(region, entry);
  }
  return byRegion;
}

async function listInstances(reader: RegionReader, { ids, ips }: RegionTargets, into: Listings): Promise<Instance[]> {
  const byId = ids.length ? await reader.instances('instance-id', ids) : [];
  const byIp = ips.length ? await reader.instances('network-interface.addresses.private-ip-address', ips) : [];
  if (byId === undefined || byIp === undefined) into.instancesRead = false;
  const found = [...(byId ?? []), ...(byIp ?? [])];
  into.reservations.push(...found);
  return found.flatMap((r) => r.Instances ?? []);
}

async function listInterfaces(reader: RegionReader, instances: Instance[], into: Listings) {
  const instanceIds = unique(instances.map((i) => i.InstanceId));
  const enis = instanceIds.length ? await reader.interfaces(instanceIds) : [];
  if (enis === undefined) into.interfacesRead = false;
  into.enis.push(...(enis ?? []));
  return enis ?? [];
}

/** The subnets of the instances and their ENIs, and the instances' VPCs; returns the VPC ids. */
async function listNetworks(reader: RegionReader, instances: Instance[], enis: NetworkInterface[], into: Listings) {
  const subnetIds = unique([...enis.map((eni) => eni.SubnetId), ...instances.map((i) => i.SubnetId)]);
  into.subnets.push(...((subnetIds.length ? await reader.subnets(subnetIds) : []) ?? []));
  const vpcIds = unique(instances.map((i) => i.VpcId));
  into.vpcs.push(...((vpcIds.length ? await reader.vpcs(vpcIds) : []) ?? []));
  return vpcIds;
}

/** The groups on the nodes' ENIs (the instance's own list is its primary ENI's), the ACLs of their VPCs. */
async function listFirewalls(
  reader: RegionReader,
  instances: Instance[],
  enis: NetworkInterface[],
  vpcIds: string[],
  into: Listings,
) {
  const groupIds = unique([
    ...enis.flatMap((eni) => (eni.Groups ?? []).map((g) => g.GroupId)),
    ...instances.flatMap((i) => (i.SecurityGroups ?? []).map((g) => g.GroupId)),
  ]);
  const groups = groupIds.length ? await reader.securityGroups(groupIds) : [];
  if (groups === undefined) into.groupsRead = false;
  into.securityGroups.push(...(groups ?? []));
  const acls = vpcIds.length ? await reader.networkAcls(vpcIds) : [];
  if (acls === undefined) into.aclsRead = false;
  into.networkAcls.push(...(acls ?? []));
}

async function readRegion(reader: RegionReader, targets: RegionTargets, into: Listings): Promise<void> {
  const instances = await listInstances(reader, targets, into);
  const enis = await listInterfaces(reader, instances, into);
  const vpcIds = await listNetworks(reader, instances, enis, into);
  await listFirewalls(reader, instances, enis, vpcIds, into);
}

/**
 * Reads the EC2 instances behind the nodes (by the instance ids of their providerIDs, else by private IP), their
 * ENIs (the source/dest check is per ENI), subnets and VPCs, the security groups on those ENIs and the network ACLs
 * of those VPCs: a few calls per 200 nodes, whatever the account holds.
 */
export const awsReader: CloudReader = {
  async read(nodes, options, budget) {
    const ec2: Ec2Module = await import('@aws-sdk/client-ec2');
    const gaps: Gap[] = [];
    const byRegion = regionsOfNodes(nodes, options, gaps);
    const listings = emptyListings();
    for (const [region, targets] of byRegion) {
      // Retries are ours (withRetry: one policy for every cloud, within --timeout); a hung call must fail, not wait.
      const client = new ec2.EC2Client({
        region,
        endpoint: options.awsEndpoint,
        maxAttempts: 1,
        requestHandler: { requestTimeout: 30_000, throwOnRequestTimeout: true },
      });
      const reader = new RegionReader(ec2, client, region, options, budget);
      await readRegion(reader, targets, listings);
      gaps.push(...reader.gaps);
      client.destroy();
    }
    return { dumps: dumpsOf(listings), gaps };
  },
};
