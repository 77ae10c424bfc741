import { parseProviderId } from '../../../model/instance-key.js';
import type { Gap } from '../../../model/snapshot.js';
import { UserError } from '../../../errors.js';
import { withRetry } from '../../../sources/live/retry.js';
import type { Budget, CloudReader, LiveNode, LiveOptions } from '../../../sources/live/types.js';
import { dumpsOf, emptyListings, plain, type Listings } from './listings.js';

// The v1 entry alone: the package root also loads every beta client (~1 s and ~35 MB more).
type ComputeModule = typeof import('./compute-sdk.js');

const PAGE_SIZE = 500;
const API = 'https://www.googleapis.com/compute/v1/';
const ORG_POLICY_API = 'https://orgpolicy.googleapis.com';

interface Page<T> {
  items: T[];
  next?: string;
}

type ClientOptions = NonNullable<ConstructorParameters<ComputeModule['InstancesClient']>[0]>;

/**
 * REST transport always; a custom endpoint (Private Service Connect, tests) as host, port and protocol. The
 * project is known from the providerIDs: naming it spares the auth library its own search (gcloud, metadata).
 */
export function clientOptions(options: LiveOptions, projectId: string): ClientOptions {
  if (!options.gcpEndpoint) return { fallback: true, projectId };
  const url = new URL(options.gcpEndpoint);
  return {
    fallback: true,
    projectId,
    apiEndpoint: url.hostname,
    port: url.port ? Number(url.port) : undefined,
    protocol: url.protocol.replace(':', ''),
  } as ClientOptions;
}

function isDenied(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 403 || code === 7 || code === 401 || code === 16;
}

function describe(error: unknown): string {
  const message = (error as Error).message ?? String(error);
  try {
    return (JSON.parse(message) as { error?: { message?: string } }).error?.message ?? message;
  } catch {
    return message.split('\n')[0]!;
  }
}

interface Target {
  project: string;
  zone?: string;
}

function target(node: LiveNode, fallbackProject: string | undefined): Target | undefined {
  const ref = parseProviderId(node.providerId ?? '').ref;
  if (ref?.provider === 'gce') return { project: ref.project, zone: ref.zone };
  return fallbackProject ? { project: fallbackProject } : undefined;
}

class ProjectReader {
  readonly gaps: Gap[] = [];

  constructor(
    private readonly compute: ComputeModule,
    private readonly project: string,
    private readonly options: LiveOptions,
    private readonly budget: Budget,
  ) {}

  private async pages<T>(
    what: string,
    permission: string,
    fetch: (token: string | undefined) => Promise<Page<T>>,
  ): Promise<T[] | undefined> {
    const items: T[] = [];
    let token: string | undefined;
    let count = 0;
    try {
      do {
        const page = await withRetry(what, this.budget, 'gce', () => fetch(token));
        items.push(...page.items);
        token = page.next;
        if (++count > 1 || token) this.options.log(`${what}… ${items.length} after ${count} page(s)`);
      } while (token);
      return items;
    } catch (error) {
      this.gaps.push({
        message: isDenied(error)
          ? `GCE ${this.project}: ${what} was denied: grant ${permission} (e.g. roles/compute.viewer) (${describe(error)})`
          : `GCE ${this.project}: ${what} failed after retries (${describe(error)})`,
      });
      return undefined;
    }
  }

  /** Per zone, so the calls follow the nodes' zones rather than everything the project runs. */
  async instancesInZone(zone: string) {
    const client = new this.compute.InstancesClient(clientOptions(this.options, this.project));
    return this.pages(`reading instances in ${this.project}/${zone}`, 'compute.instances.list', async (pageToken) => {
      const [items, next] = await client.list(
        { project: this.project, zone, maxResults: PAGE_SIZE, pageToken },
        { autoPaginate: false },
      );
      return { items, next: next?.pageToken ?? undefined };
    });
  }

  /** Nodes without a providerID could be anywhere in the project: one aggregated listing finds them. */
  async allInstances() {
    const client = new this.compute.InstancesClient(clientOptions(this.options, this.project));
    return this.pages(`reading all instances of ${this.project}`, 'compute.instances.list', async () => {
      const items = [];
      for await (const [, scoped] of client.aggregatedListAsync(
        { project: this.project, maxResults: PAGE_SIZE, returnPartialSuccess: true },
        { autoPaginate: false },
      )) {
        items.push(...(scoped.instances ?? []));
      }
      return { items };
    });
  }

  async routes(network: string) {
    const client = new this.compute.RoutesClient(clientOptions(this.options, this.project));
    return this.pages(`reading routes of ${network.split('/').pop()}`, 'compute.routes.list', async (pageToken) => {
      const [items, next] = await client.list(
        { project: this.project, filter: `network = "${API}${network}"`, maxResults: PAGE_SIZE, pageToken },
        { autoPaginate: false },
      );
      return { items, next: next?.pageToken ?? undefined };
    });
  }

  /** The firewall rules of one network (not every network of the project). */
  async firewalls(network: string) {
    const client = new this.compute.FirewallsClient(clientOptions(this.options, this.project));
    return this.pages(
      `reading firewall rules of ${network.split('/').pop()}`,
      'compute.firewalls.list',
      async (pageToken) => {
        const [items, next] = await client.list(
          { project: this.project, filter: `network = "${API}${network}"`, maxResults: PAGE_SIZE, pageToken },
          { autoPaginate: false },
        );
        return { items, next: next?.pageToken ?? undefined };
      },
    );
  }

  /**
   * The effective organisation policy of the project for one constraint (Organization Policy API v2, permission
   * orgpolicy.policies.get), with the credentials of the compute clients. --gcp-endpoint serves it too.
   */
  async effectivePolicy(constraint: string): Promise<unknown> {
    const client = new this.compute.InstancesClient(clientOptions(this.options, this.project));
    const endpoint = this.options.gcpEndpoint ? new URL(this.options.gcpEndpoint).origin : ORG_POLICY_API;
    const url = `${endpoint}/v2/projects/${encodeURIComponent(this.project)}/policies/${constraint}:getEffectivePolicy`;
    const what = `reading the effective organisation policy ${constraint}`;
    try {
      const response = await withRetry(what, this.budget, 'gce', () =>
        client.auth.request<unknown>({ url, method: 'GET', retry: false }),
      );
      return response.data;
    } catch (error) {
      if (error instanceof UserError) throw error;
      const status =
        (error as { status?: number; response?: { status?: number } }).status ??
        (error as { response?: { status?: number } }).response?.status;
      const data = (error as { response?: { data?: { error?: { message?: string } } } }).response?.data;
      const message = data?.error?.message ?? describe(error);
      this.gaps.push({
        message:
          status === 403 || status === 401
            ? `GCE ${this.project}: ${what} was denied: grant orgpolicy.policies.get (e.g. roles/orgpolicy.policyViewer) to check whether the policy refuses IP forwarding (${message})`
            : `GCE ${this.project}: ${what} failed after retries (${message})`,
      });
      return undefined;
    }
  }

  async subnetworks(region: string) {
    const client = new this.compute.SubnetworksClient(clientOptions(this.options, this.project));
    return this.pages(`reading subnetworks in ${region}`, 'compute.subnetworks.list', async (pageToken) => {
      const [items, next] = await client.list(
        { project: this.project, region, maxResults: PAGE_SIZE, pageToken },
        { autoPaginate: false },
      );
      return { items, next: next?.pageToken ?? undefined };
    });
  }
}

function path(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  const at = url.indexOf('projects/');
  return at >= 0 ? url.slice(at) : undefined;
}

interface ProjectTargets {
  readonly zones: Set<string>;
  /** Some node of the project has no zone (no providerID): only a listing of the whole project finds it. */
  unplaced: boolean;
}

function projectsOfNodes(nodes: readonly LiveNode[], options: LiveOptions, gaps: Gap[]): Map<string, ProjectTargets> {
  const projects = new Map<string, ProjectTargets>();
  for (const node of nodes) {
    const where = target(node, options.gcpProject);
    if (!where) {
      gaps.push({
        node: node.name,
        message: `node ${node.name}: its GCP project is unknown (no providerID): pass --gcp-project`,
      });
      continue;
    }
    const entry = projects.get(where.project) ?? { zones: new Set<string>(), unplaced: false };
    if (where.zone) entry.zones.add(where.zone);
    else entry.unplaced = true;
    projects.set(where.project, entry);
  }
  return projects;
}

type Nic = { network?: string | null; subnetwork?: string | null };

/** Lists the instances; returns their network interfaces. */
async function listInstances(reader: ProjectReader, { zones, unplaced }: ProjectTargets, into: Listings) {
  const found: { networkInterfaces?: Nic[] | null }[] = [];
  const listings = unplaced ? [reader.allInstances()] : [...zones].sort().map((zone) => reader.instancesInZone(zone));
  for (const listing of listings) {
    const items = await listing;
    if (items === undefined) into.instancesRead = false;
    found.push(...(items ?? []));
  }
  into.instances.push(...found);
  return found.flatMap((instance) => instance.networkInterfaces ?? []);
}

type ReaderOf = (project: string) => ProjectReader;

/**
 * The routes and firewall rules of each network the nodes are on, read in the project that owns the network: on a
 * Shared VPC that is the host project named in the network's URL, not the instances' service project.
 */
async function listNetworkRules(readerOf: ReaderOf, nics: Nic[], into: Listings) {
  for (const network of new Set(nics.map((nic) => path(nic.network)).filter((n): n is string => Boolean(n)))) {
    const reader = readerOf(network.split('/')[1]!);
    const items = await reader.routes(network);
    if (items === undefined) into.routesRead = false;
    into.routes.push(...(items ?? []));
    const rules = await reader.firewalls(network);
    if (rules === undefined) into.firewallsRead = false;
    into.firewalls.push(...(rules ?? []));
  }
}

/** The subnetworks of the nodes' regions, in the project each subnetwork URL names (a Shared VPC's host project). */
async function listSubnetworks(readerOf: ReaderOf, nics: Nic[], into: Listings) {
  const scopes = new Set(
    nics
      .map((nic) => /projects\/([^/]+)\/regions\/([^/]+)\//.exec(nic.subnetwork ?? ''))
      .filter((m): m is RegExpExecArray => Boolean(m))
      .map((m) => `${m[1]}/${m[2]}`),
  );
  for (const scope of [...scopes].sort()) {
    const [project, region] = scope.split('/') as [string, string];
    into.subnetworks.push(...((await readerOf(project).subnetworks(region)) ?? []));
  }
}

/** The project's instances and its IP forwarding policy; returns the instances' network interfaces. */
async function readProject(reader: ProjectReader, project: string, targets: ProjectTargets, into: Listings) {
  const nics = await listInstances(reader, targets, into);
  // Whether the project may enable IP forwarding at all: an organisation policy can refuse the forwarding fix.
  const policy = await reader.effectivePolicy('compute.vmCanIpForward');
  if (policy !== undefined) into.policies.push({ name: `gcloud-org-policy-${project}.json`, value: plain(policy) });
  return nics;
}

/**
 * Reads the nodes' instances zone by zone (an aggregated listing only for nodes without a providerID), the
 * routes and firewall rules of their networks and the subnetworks of their regions, each in the project that owns
 * it: calls grow with pages, not nodes.
 */
export const gceReader: CloudReader = {
  async read(nodes, options, budget) {
    const compute: ComputeModule = await import('./compute-sdk.js');
    const gaps: Gap[] = [];
    const projects = projectsOfNodes(nodes, options, gaps);
    const listings = emptyListings();
    const readers = new Map<string, ProjectReader>();
    const readerOf: ReaderOf = (project) => {
      let reader = readers.get(project);
      if (!reader) readers.set(project, (reader = new ProjectReader(compute, project, options, budget)));
      return reader;
    };
    const nics: Nic[] = [];
    for (const [project, targets] of projects)
      nics.push(...(await readProject(readerOf(project), project, targets, listings)));
    await listNetworkRules(readerOf, nics, listings);
    await listSubnetworks(readerOf, nics, listings);
    for (const reader of readers.values()) gaps.push(...reader.gaps);
    return { dumps: dumpsOf(listings), gaps };
  },
};
