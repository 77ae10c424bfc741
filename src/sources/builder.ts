import { compareCidrs, type Cidr } from '../model/cidr.js';
import { compareText } from '../model/order.js';
import { parseProviderId } from '../model/instance-key.js';
import { PROVIDERS, type Provider } from '../model/provider.js';
import type {
  ClusterSnapshot,
  DataKind,
  FirewallRule,
  FirewallSet,
  FlannelConfig,
  Gap,
  HostNetwork,
  Instance,
  Network,
  NetworkInterface,
  Node,
  Route,
  RouteTable,
  SourceFile,
  Subnet,
} from '../model/snapshot.js';
import type { PolicyConstraint } from '../model/policy.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export interface BuildOptions {
  /** --node-selector: which planned machines (Terraform resources) are Kubernetes nodes. */
  readonly nodeSelectors: readonly string[];
}

/**
 * A join over everything one kind of reader collected, run once every input is read: Terraform machines become
 * nodes only if no node of another input is the same machine. `nodes` are the nodes read so far, in name order.
 */
export type Join<T> = (
  collected: readonly T[],
  nodes: readonly Node[],
  options: BuildOptions,
  builder: SnapshotBuilder,
) => void;

/** Keeps the first defined value of each field, so several dumps of the same object complete each other. */
function merge<T extends object>(into: T, from: T): T {
  const result = { ...into } as Mutable<T>;
  for (const [key, value] of Object.entries(from) as [keyof T, T[keyof T]][]) {
    if (result[key] === undefined || (Array.isArray(result[key]) && (result[key] as unknown[]).length === 0))
      result[key] = value;
  }
  return result;
}

function uniqueCidrs(cidrs: readonly Cidr[]): Cidr[] {
  const seen = new Map<string, Cidr>();
  for (const cidr of cidrs) seen.set(cidr.text, cidr);
  return [...seen.values()].sort(compareCidrs);
}

/** Collects what the format readers find, merging objects that several dumps describe. */
export class SnapshotBuilder {
  private readonly nodes = new Map<string, Node>();
  private readonly instances = new Map<string, Instance>();
  private readonly interfaces = new Map<string, { iface: NetworkInterface; authoritative: boolean }>();
  private readonly subnets = new Map<string, Subnet>();
  private readonly networks = new Map<string, Network>();
  private readonly routes = new Map<string, Route>();
  private readonly routeTables = new Map<string, RouteTable>();
  private readonly associations = new Map<string, Set<string>>();
  private readonly firewallSets = new Map<string, FirewallSet>();
  private readonly firewallRules = new Map<string, FirewallRule>();
  private readonly policies = new Map<string, PolicyConstraint>();
  private readonly hosts = new Map<string, HostNetwork>();
  private readonly flannel: FlannelConfig[] = [];
  private readonly clusterCidrs: Cidr[] = [];
  private readonly gaps: Gap[] = [];
  private readonly present = new Set<DataKind>();
  private readonly sources: SourceFile[] = [];
  private declaredProvider: { provider: Provider; reason: string } | undefined;
  /** Per cloud, the formats of its network and firewall data that were read (for inferring the provider). */
  private readonly cloudData = new Map<Provider, Set<string>>();
  private readonly pending = new Map<Join<never>, unknown[]>();
  /** Subnet id -> the id of the layer-2 segment an inventory declares it part of. */
  private readonly segments = new Map<string, string>();

  addNode(node: Node): void {
    const existing = this.nodes.get(node.name);
    this.nodes.set(node.name, existing ? merge(existing, node) : node);
    this.present.add('nodes');
  }

  addInstance(instance: Instance): void {
    const existing = this.instances.get(instance.key);
    this.instances.set(instance.key, existing ? merge(existing, instance) : instance);
    this.present.add('instances');
  }

  /**
   * `authoritative` interfaces come from an interface listing (describe-network-interfaces, az nic list) and win
   * over the copies embedded in instance listings, which can be older or, for instance-level attributes, only
   * mirror the primary interface.
   */
  addInterface(iface: NetworkInterface, authoritative: boolean): void {
    const existing = this.interfaces.get(iface.id);
    if (!existing) this.interfaces.set(iface.id, { iface, authoritative });
    else if (authoritative && !existing.authoritative)
      this.interfaces.set(iface.id, { iface: merge(iface, existing.iface), authoritative });
    else
      this.interfaces.set(iface.id, {
        iface: merge(existing.iface, iface),
        authoritative: existing.authoritative || authoritative,
      });
    this.present.add('interfaces');
  }

  /** Cidrs are deduplicated even within one listing: describe-vpcs repeats CidrBlock in CidrBlockAssociationSet. */
  addSubnet(subnet: Subnet): void {
    const existing = this.subnets.get(subnet.id);
    const merged = {
      ...(existing ? merge(existing, subnet) : subnet),
      cidrs: uniqueCidrs([...(existing?.cidrs ?? []), ...subnet.cidrs]),
    };
    this.subnets.set(subnet.id, merged);
    this.present.add('subnets');
  }

  addNetwork(network: Network): void {
    const existing = this.networks.get(network.id);
    const merged = {
      ...(existing ? merge(existing, network) : network),
      cidrs: uniqueCidrs([...(existing?.cidrs ?? []), ...network.cidrs]),
    };
    this.networks.set(network.id, merged);
    this.present.add('networks');
  }

  addRoute(route: Route): void {
    this.routes.set(route.id, route);
    this.present.add('routes');
  }

  addRouteTable(table: RouteTable): void {
    const existing = this.routeTables.get(table.id);
    this.routeTables.set(table.id, existing ? merge(existing, table) : table);
    for (const subnetId of table.subnetIds) this.associate(table.id, subnetId);
    this.present.add('routeTables');
  }

  /** Subnet listings name their route table too; both directions feed one association set. */
  associate(tableId: string, subnetId: string): void {
    let subnets = this.associations.get(tableId);
    if (!subnets) this.associations.set(tableId, (subnets = new Set()));
    subnets.add(subnetId);
  }

  /** Attachments named by several listings of the same set are united. */
  addFirewallSet(set: FirewallSet): void {
    const existing = this.firewallSets.get(set.id);
    const union = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
      a || b ? [...new Set([...(a ?? []), ...(b ?? [])])].sort() : undefined;
    this.firewallSets.set(
      set.id,
      existing
        ? {
            ...merge(existing, set),
            subnetIds: union(existing.subnetIds, set.subnetIds),
            interfaceIds: union(existing.interfaceIds, set.interfaceIds),
          }
        : set,
    );
    this.present.add('firewalls');
  }

  addFirewallRule(rule: FirewallRule): void {
    this.firewallRules.set(rule.id, rule);
    this.present.add('firewalls');
  }

  /** A policy listed twice (two dumps of the same scope) is kept once. */
  addPolicy(policy: PolicyConstraint): void {
    if (!this.policies.has(policy.id)) this.policies.set(policy.id, policy);
  }

  /** A node's address or route dump; a second dump of the same half replaces nothing already read. */
  addHost(host: HostNetwork): void {
    const existing = this.hosts.get(host.node);
    this.hosts.set(host.node, existing ? merge(existing, host) : host);
    if (host.addresses) this.present.add('host-addresses');
    if (host.routes) this.present.add('host-routes');
  }

  addFlannel(config: FlannelConfig): void {
    this.flannel.push(config);
    for (const cidr of [config.network, config.ipv6Network]) if (cidr) this.clusterCidrs.push(cidr);
    this.present.add('flannel');
  }

  addClusterCidr(cidr: Cidr): void {
    this.clusterCidrs.push(cidr);
  }

  addGap(gap: Gap): void {
    this.gaps.push(gap);
  }

  /**
   * Subnets an inventory declares one layer-2 segment (vSphere port groups on the same VLAN): once every input is
   * read, their interfaces, nodes and address ranges are the segment's, so nodes in any of them share a subnet.
   */
  declareSegment(id: string, subnetIds: readonly string[]): void {
    for (const subnetId of subnetIds) this.segments.set(subnetId, id);
  }

  markPresent(kind: DataKind): void {
    this.present.add(kind);
  }

  addSource(source: SourceFile): void {
    this.sources.push(source);
  }

  /** Data of one cloud was read: it names the provider when neither providerIDs nor instance lists do. */
  addCloudData(provider: Provider, format: string): void {
    let formats = this.cloudData.get(provider);
    if (!formats) this.cloudData.set(provider, (formats = new Set()));
    formats.add(format);
  }

  declareProvider(provider: Provider, reason: string): void {
    this.declaredProvider ??= { provider, reason };
  }

  /** Keeps `item` for `join`, which `build` runs once with all the items collected for it. */
  collect<T>(join: Join<T>, item: T): void {
    const items = this.pending.get(join as Join<never>);
    if (items) items.push(item);
    else this.pending.set(join as Join<never>, [item]);
  }

  build(override?: Provider, options: BuildOptions = { nodeSelectors: [] }): ClusterSnapshot {
    const joins = [...this.pending];
    this.pending.clear();
    for (const [join, items] of joins) (join as Join<unknown>)(items, this.sortedNodes(), options, this);
    this.joinSegments();
    const routeTables = [...this.routeTables.values()].map((table) => ({
      ...table,
      subnetIds: [...(this.associations.get(table.id) ?? [])].sort(),
    }));
    const nodes = this.sortedNodes();
    const instances = [...this.instances.values()];
    const interfaces = [...this.interfaces.values()].map((entry) => entry.iface);
    const routes = [...this.routes.values()];
    const firewallSets = [...this.firewallSets.values()];
    const { provider, reason } = override
      ? { provider: override, reason: 'set with --provider' }
      : (this.declaredProvider ??
        inferProvider(nodes, instances, this.cloudEvidence([...interfaces, ...routes, ...firewallSets])));
    return {
      provider,
      providerReason: reason,
      clusterCidrs: uniqueCidrs(this.clusterCidrs),
      flannel: this.flannel,
      nodes,
      instances,
      interfaces,
      subnets: [...this.subnets.values()],
      networks: [...this.networks.values()],
      routes,
      routeTables,
      firewallSets,
      firewallRules: [...this.firewallRules.values()],
      policies: [...this.policies.values()],
      hosts: this.hosts,
      gaps: this.gaps,
      present: this.present,
      sources: this.sources,
    };
  }

  /**
   * The formats read per cloud, plus the clouds of objects no cloud reader read (Terraform interfaces, routes and
   * firewalls carry their provider).
   */
  private cloudEvidence(objects: readonly { readonly provider: Provider }[]): Map<Provider, string[]> {
    const evidence = new Map<Provider, string[]>();
    for (const [provider, formats] of this.cloudData) evidence.set(provider, [...formats]);
    for (const { provider } of objects) if (!evidence.has(provider)) evidence.set(provider, ['planned resources']);
    return evidence;
  }

  private joinSegments(): void {
    if (this.segments.size === 0) return;
    const segmentOf = (subnetId: string | undefined) => (subnetId ? this.segments.get(subnetId) : undefined);
    for (const [id, entry] of this.interfaces) {
      const segment = segmentOf(entry.iface.subnetId);
      if (segment) this.interfaces.set(id, { ...entry, iface: { ...entry.iface, subnetId: segment } });
    }
    for (const [name, node] of this.nodes) {
      const segment = segmentOf(node.subnetId);
      if (segment) this.nodes.set(name, { ...node, subnetId: segment });
    }
    for (const [subnetId, segment] of this.segments) {
      const subnet = this.subnets.get(subnetId);
      if (!subnet || subnetId === segment) continue;
      this.subnets.delete(subnetId);
      this.addSubnet({ ...subnet, id: segment, name: undefined });
    }
  }

  private sortedNodes(): Node[] {
    return [...this.nodes.values()].sort((a, b) => compareText(a.name, b.name));
  }
}

function inferProvider(
  nodes: readonly Node[],
  instances: readonly Instance[],
  cloudData: ReadonlyMap<Provider, readonly string[]>,
): { provider: Provider; reason: string } {
  const counts = new Map<Provider, number>();
  for (const node of nodes) if (node.provider) counts.set(node.provider, (counts.get(node.provider) ?? 0) + 1);
  const byNodes = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  if (byNodes) return { provider: byNodes[0], reason: `from the providerID of ${byNodes[1]} of ${nodes.length} nodes` };
  const cloud = PROVIDERS.find((p) => instances.some((instance) => instance.provider === p));
  if (cloud) return { provider: cloud, reason: `from the ${cloud} instance data` };
  const other = PROVIDERS.find((p) => cloudData.has(p));
  if (other) return { provider: other, reason: `from the ${other} data (${cloudData.get(other)!.join(', ')})` };
  return { provider: 'baremetal', reason: bareMetalReason(nodes) };
}

/** Why nodes without cloud data are taken as bare metal: their providerIDs name no cloud, or one not checked. */
function bareMetalReason(nodes: readonly Node[]): string {
  const parsed = nodes.flatMap((node) => (node.providerId ? [parseProviderId(node.providerId)] : []));
  const distributions = [...new Set(parsed.flatMap((id) => (id.distribution ? [`${id.distribution}://`] : [])))];
  const clouds = [...new Set(parsed.flatMap((id) => (id.uncheckedCloud ? [id.uncheckedCloud.name] : [])))];
  const what = [
    ...(clouds.length > 0 ? [`providerIDs of clouds this tool does not check (${clouds.sort().join(', ')})`] : []),
    ...(distributions.length > 0 ? [`providerIDs that name no cloud (${distributions.sort().join(', ')})`] : []),
  ];
  return `${what.length > 0 ? what.join(' and ') : 'no providerID'} and no cloud data: assumed bare metal (use --provider to change)`;
}
