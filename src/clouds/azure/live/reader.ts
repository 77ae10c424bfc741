import { parseProviderId } from '../../../model/instance-key.js';
import { UserError } from '../../../errors.js';
import type { Gap } from '../../../model/snapshot.js';
import type { Budget, CloudReader, LiveNode, LiveOptions } from '../../../sources/live/types.js';
import type { NetworkInterface, VirtualNetwork } from '@azure/arm-network';
import { dumpsOf, emptyListings, type Listings } from './listings.js';

type NetworkModule = typeof import('@azure/arm-network');
type NetworkClient = InstanceType<NetworkModule['NetworkManagementClient']>;

/** Resource Manager and sign-in per national cloud; --azure-endpoint and AZURE_AUTHORITY_HOST override them. */
const CLOUDS = {
  AzurePublicCloud: { arm: 'https://management.azure.com', login: 'https://login.microsoftonline.com' },
  AzureChinaCloud: { arm: 'https://management.chinacloudapi.cn', login: 'https://login.chinacloudapi.cn' },
  AzureUSGovernment: { arm: 'https://management.usgovcloudapi.net', login: 'https://login.microsoftonline.us' },
} as const;

const POLICY_API_VERSION = '2022-06-01';

/** Resource Manager's address for this cloud, without a trailing slash. */
function armEndpoint(options: LiveOptions): string {
  return (options.azureEndpoint ?? CLOUDS[options.azureEnvironment ?? 'AzurePublicCloud'].arm).replace(/\/+$/, '');
}

/** ARM nests an assignment's fields under `properties`; az prints them flattened, keys sorted. */
function azPolicyShape(item: unknown): unknown {
  if (typeof item !== 'object' || item === null) return item;
  const { properties, ...rest } = item as Record<string, unknown>;
  const flat: Record<string, unknown> = {
    ...(typeof properties === 'object' && properties !== null ? properties : {}),
    ...rest,
  };
  return Object.fromEntries(
    Object.keys(flat)
      .sort()
      .map((key) => [key, flat[key]]),
  );
}

interface Scope {
  readonly subscription: string;
  readonly resourceGroup: string;
}

function scopeOf(id: string | undefined): Scope | undefined {
  const match = /\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\//i.exec(id ?? '');
  return match ? { subscription: match[1]!.toLowerCase(), resourceGroup: match[2]!.toLowerCase() } : undefined;
}

function statusOf(error: unknown): number | undefined {
  return (error as { statusCode?: number }).statusCode;
}

class SubscriptionReader {
  readonly gaps: Gap[] = [];

  constructor(
    private readonly client: NetworkClient,
    private readonly subscription: string,
    private readonly options: LiveOptions,
    private readonly budget: Budget,
  ) {}

  /** Pages through one listing; denial or exhausted retries leave a gap naming the Resource Manager action. */
  async list<T>(what: string, action: string, pages: AsyncIterable<T[]>): Promise<T[] | undefined> {
    const items: T[] = [];
    let count = 0;
    try {
      for await (const page of pages) {
        this.budget.count('azure');
        items.push(...page);
        if (++count > 1) this.options.log(`${what}… ${items.length} after ${count} page(s)`);
      }
      if (count === 0) this.budget.count('azure');
      return items;
    } catch (error) {
      const status = statusOf(error);
      const code = (error as { code?: string }).code ?? '';
      this.gaps.push({
        message:
          status === 403 || status === 401
            ? `Azure ${this.subscription}: ${what} was denied (${code}): grant ${action} (built-in role "Reader" or "Network Reader")`
            : status === 404
              ? `Azure ${this.subscription}: ${what}: not found (${code})`
              : `Azure ${this.subscription}: ${what} failed after retries (${code || (error as Error).message?.split('\n')[0]})`,
      });
      return undefined;
    }
  }

  nics(group: string) {
    return this.list(
      `reading network interfaces of ${group}`,
      'Microsoft.Network/networkInterfaces/read',
      this.client.networkInterfaces.list(group).byPage(),
    );
  }

  vnets(group: string) {
    return this.list(
      `reading virtual networks of ${group}`,
      'Microsoft.Network/virtualNetworks/read',
      this.client.virtualNetworks.list(group).byPage(),
    );
  }

  /**
   * Azure Policy assignments that apply to the subscription (inherited from management groups, its own, and those of
   * its resource groups), as `az policy assignment list --disable-scope-strict-match` prints them. Permission
   * Microsoft.Authorization/policyAssignments/read (in Reader); a denial is a gap, never a failure.
   */
  async policyAssignments(): Promise<unknown[] | undefined> {
    const { createPipelineRequest } = await import('@azure/core-rest-pipeline');
    const what = 'reading policy assignments';
    const items: unknown[] = [];
    let url: string | undefined =
      `${armEndpoint(this.options)}/subscriptions/${encodeURIComponent(this.subscription)}/providers/Microsoft.Authorization/policyAssignments?api-version=${POLICY_API_VERSION}`;
    let pages = 0;
    try {
      while (url) {
        if (Date.now() > this.budget.deadline) throw new UserError(`--timeout reached while ${what}`);
        this.budget.count('azure');
        // The network client's pipeline: same credential, same retries of 429 and 5xx, same endpoint.
        const response = await this.client.sendRequest(createPipelineRequest({ url, method: 'GET' }));
        const body = JSON.parse(response.bodyAsText || '{}') as {
          value?: unknown[];
          nextLink?: string;
          error?: { code?: string; message?: string };
        };
        if (response.status !== 200) {
          const code = body.error?.code ?? String(response.status);
          this.gaps.push({
            message:
              response.status === 403 || response.status === 401
                ? `Azure ${this.subscription}: ${what} was denied (${code}): grant Microsoft.Authorization/policyAssignments/read (built-in role "Reader") to check for policies that refuse IP forwarding`
                : `Azure ${this.subscription}: ${what} failed (${code}: ${body.error?.message?.split('\n')[0] ?? ''})`,
          });
          return undefined;
        }
        items.push(...(body.value ?? []).map(azPolicyShape));
        url = body.nextLink;
        if (++pages > 1) this.options.log(`${what}… ${items.length} after ${pages} page(s)`);
      }
      return items;
    } catch (error) {
      if (error instanceof UserError) throw error;
      this.gaps.push({
        message: `Azure ${this.subscription}: ${what} failed after retries (${(error as { code?: string }).code ?? (error as Error).message?.split('\n')[0]})`,
      });
      return undefined;
    }
  }

  nsgs(group: string) {
    return this.list(
      `reading network security groups of ${group}`,
      'Microsoft.Network/networkSecurityGroups/read',
      this.client.networkSecurityGroups.list(group).byPage(),
    );
  }

  routeTables(group: string) {
    return this.list(
      `reading route tables of ${group}`,
      'Microsoft.Network/routeTables/read',
      this.client.routeTables.list(group).byPage(),
    );
  }
}

/** One Resource Manager client per subscription, for reading and for fixing alike. */
export async function networkClient(options: LiveOptions, subscription: string): Promise<NetworkClient> {
  const network: NetworkModule = await import('@azure/arm-network');
  const { DefaultAzureCredential } = await import('@azure/identity');
  const cloud = CLOUDS[options.azureEnvironment ?? 'AzurePublicCloud'];
  const authorityHost = process.env.AZURE_AUTHORITY_HOST ?? cloud.login;
  // Instance discovery asks the public cloud about the authority: meaningless (and unreachable) for private ones.
  const credential = new DefaultAzureCredential({
    authorityHost,
    disableInstanceDiscovery: Boolean(process.env.AZURE_AUTHORITY_HOST) || options.azureEnvironment !== undefined,
  });
  return new network.NetworkManagementClient(credential, subscription, {
    endpoint: options.azureEndpoint ?? cloud.arm,
    retryOptions: { maxRetries: 5, maxRetryDelayInMs: 8_000 },
  });
}

function groupsOfNodes(nodes: readonly LiveNode[], options: LiveOptions, gaps: Gap[]): Map<string, Set<string>> {
  const groups = new Map<string, Set<string>>();
  for (const node of nodes) {
    const ref = parseProviderId(node.providerId ?? '').ref;
    const scope = scopeOf(ref?.provider === 'azure' ? ref.vmId : undefined);
    if (!scope) {
      gaps.push({ node: node.name, message: `node ${node.name}: its Azure resource group is unknown (no providerID)` });
      continue;
    }
    const subscription = options.azureSubscription?.toLowerCase() ?? scope.subscription;
    groups.set(subscription, (groups.get(subscription) ?? new Set()).add(scope.resourceGroup));
  }
  return groups;
}

/** One subscription's reader and the resource groups its nodes are in. */
interface Subscription {
  readonly id: string;
  readonly reader: SubscriptionReader;
  readonly nodeGroups: ReadonlySet<string>;
}

/** The resource groups, within this subscription, of the resources these ids name. */
function groupsIn(subscription: Subscription, ids: (string | undefined)[]): string[] {
  return ids
    .map((id) => scopeOf(id))
    .filter((s): s is Scope => s?.subscription === subscription.id)
    .map((s) => s.resourceGroup);
}

async function listNics({ reader, nodeGroups }: Subscription, into: Listings): Promise<NetworkInterface[]> {
  const found = [];
  for (const group of [...nodeGroups].sort()) {
    const items = await reader.nics(group);
    if (items === undefined) into.nicsRead = false;
    found.push(...(items ?? []));
  }
  into.nics.push(...found);
  return found;
}

async function listVnets({ reader }: Subscription, vnetGroups: Set<string>, into: Listings) {
  const found = [];
  for (const group of [...vnetGroups].sort()) found.push(...((await reader.vnets(group)) ?? []));
  into.vnets.push(...found);
  return found;
}

/** The route tables of the node and VNet groups, and of wherever the subnets' own route tables live. */
async function listRouteTables(sub: Subscription, vnetGroups: Set<string>, vnets: VirtualNetwork[], into: Listings) {
  const subnetTables = vnets.flatMap((vnet) => (vnet.subnets ?? []).map((subnet) => subnet.routeTable?.id));
  const groups = new Set([...sub.nodeGroups, ...vnetGroups, ...groupsIn(sub, subnetTables)]);
  for (const group of [...groups].sort()) {
    const items = await sub.reader.routeTables(group);
    if (items === undefined) into.tablesRead = false;
    into.tables.push(...(items ?? []));
  }
}

/** NSGs: the node groups, the VNet groups, and wherever the NICs' and subnets' own NSGs live. */
async function listNsgs(
  sub: Subscription,
  vnetGroups: Set<string>,
  nics: NetworkInterface[],
  vnets: VirtualNetwork[],
  into: Listings,
) {
  const nsgRefs = [
    ...nics.map((nic) => nic.networkSecurityGroup?.id),
    ...vnets.flatMap((vnet) => (vnet.subnets ?? []).map((subnet) => subnet.networkSecurityGroup?.id)),
  ];
  const groups = new Set([...sub.nodeGroups, ...vnetGroups, ...groupsIn(sub, nsgRefs)]);
  for (const group of [...groups].sort()) {
    const items = await sub.reader.nsgs(group);
    if (items === undefined) into.nsgsRead = false;
    into.nsgs.push(...(items ?? []));
  }
}

async function listPolicyAssignments({ reader }: Subscription, into: Listings) {
  const policies = await reader.policyAssignments();
  if (policies === undefined) into.assignmentsRead = false;
  into.assignments.push(...(policies ?? []));
}

async function readSubscription(sub: Subscription, into: Listings): Promise<void> {
  const nics = await listNics(sub, into);
  const subnetIds = nics.flatMap((nic) => (nic.ipConfigurations ?? []).map((config) => config.subnet?.id));
  const vnetGroups = new Set(groupsIn(sub, subnetIds));
  const vnets = await listVnets(sub, vnetGroups, into);
  await listRouteTables(sub, vnetGroups, vnets, into);
  await listNsgs(sub, vnetGroups, nics, vnets, into);
  // Last, so a denial here (Network Reader lacks it) costs nothing else: what can refuse the forwarding fix.
  await listPolicyAssignments(sub, into);
}

/**
 * Reads NICs in the nodes' resource groups, then the virtual networks their subnets belong to (with each subnet's
 * route table), then the route tables and network security groups of every group involved: a few listings per
 * resource group.
 */
export const azureReader: CloudReader = {
  async read(nodes, options, budget) {
    const gaps: Gap[] = [];
    const groups = groupsOfNodes(nodes, options, gaps);
    const listings = emptyListings(groups.size);
    for (const [id, nodeGroups] of groups) {
      const reader = new SubscriptionReader(await networkClient(options, id), id, options, budget);
      await readSubscription({ id, reader, nodeGroups }, listings);
      gaps.push(...reader.gaps);
    }
    return { dumps: dumpsOf(listings), gaps };
  },
};
