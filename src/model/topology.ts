import { CidrIndex } from './cidr-index.js';
import { containsIp, type Cidr } from './cidr.js';
import { groupBy } from './group.js';
import { decideIpJoin, networkOf, type IpJoin, type IpMatch } from './ip-join.js';
import { compareText } from './order.js';
import type { ClusterSnapshot, Instance, NetworkInterface, Node, Route, RouteTable, Subnet } from './snapshot.js';

export type JoinStatus =
  /** Matched to cloud data, by providerID or by IP. */
  | 'joined'
  /** The provider has no cloud objects to join (vSphere, bare metal). */
  | 'not-cloud'
  /** No cloud data of this kind was supplied at all. */
  | 'no-cloud-data'
  /** Cloud data was supplied but holds no machine for this node. */
  | 'not-found'
  /**
   * Machines hold the node's address, but none can be taken for its machine: several share it, or they lie outside
   * the cluster's network (see ip-join.ts). The node stays unjoined, so no fix ever targets them.
   */
  | 'ambiguous';

export type RefusedJoin = Extract<IpJoin, { kind: 'refused' }>;

/** A node with everything the snapshot knows about its machine and network, joined once for all rules. */
export interface NodeView {
  readonly node: Node;
  readonly join: JoinStatus;
  readonly joinedBy?: 'providerID' | 'IP';
  /** Why joining by address was refused (join 'ambiguous'), with the machines that hold the address. */
  readonly refused?: RefusedJoin;
  readonly instanceKey?: string;
  readonly instance?: Instance;
  /** Interfaces that carry one of the node's addresses: the ones host-gw traffic enters and leaves by. */
  readonly interfaces: readonly NetworkInterface[];
  /** Every address other nodes may use as next hop to reach this node's pods (a few, so a list). */
  readonly ips: readonly string[];
  readonly subnetId?: string;
  readonly subnet?: Subnet;
}

/** A node's pod CIDR, as the overlap and stale-route checks index it. */
export interface PodBlock {
  readonly dest: Cidr;
  readonly view: NodeView;
}

/** Items by a key of each; a later item with the same key replaces an earlier one. */
function byKey<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  return new Map(items.map((item) => [key(item), item]));
}

/** Items by each of their keys (addresses), every item holding a key kept, in order. */
function allByEachKey<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keys(item)) {
      const holders = map.get(key);
      if (holders) holders.push(item);
      else map.set(key, [item]);
    }
  }
  return map;
}

/** Every address other nodes may use as next hop to reach the node's pods. */
function addressesOf(node: Node): readonly string[] {
  const { internalIps, flannelPublicIp } = node;
  return flannelPublicIp && !internalIps.includes(flannelPublicIp) ? [...internalIps, flannelPublicIp] : internalIps;
}

/** Items by each of their keys (addresses), the first item holding a key kept. */
function firstByEachKey<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    for (const key of keys(item)) if (!map.has(key)) map.set(key, item);
  }
  return map;
}

/** The interfaces that carry one of the addresses. */
function carrying(
  interfaces: readonly NetworkInterface[] | undefined,
  ips: readonly string[],
): readonly NetworkInterface[] {
  return (interfaces ?? []).filter((iface) => iface.ips.some((ip) => ips.includes(ip)));
}

function firstSubnetId(interfaces: readonly NetworkInterface[]): string | undefined {
  return interfaces.find((iface) => iface.subnetId)?.subnetId;
}

/**
 * Indexes over a snapshot, built once, so rules are map look-ups rather than scans. Those only some providers or
 * findings need (route tables, next hops by address) are built on first use, so a run that never asks builds none.
 */
export class Topology {
  readonly views: readonly NodeView[];
  readonly instanceByKey: ReadonlyMap<string, Instance>;
  readonly subnetById: ReadonlyMap<string, Subnet>;
  readonly tablesBySubnet: ReadonlyMap<string, RouteTable[]>;
  readonly cloudDataPresent: boolean;
  private podIndex: CidrIndex<PodBlock> | undefined;
  private tableRoutes: ReadonlyMap<string, Route[]> | undefined;
  private byIp: ReadonlyMap<string, NodeView> | undefined;
  private byInstanceKey: ReadonlyMap<string, NodeView> | undefined;
  private readonly interfacesByInstance: Map<string, NetworkInterface[]>;
  private networks: ReadonlySet<string> | undefined;

  constructor(readonly snapshot: ClusterSnapshot) {
    this.instanceByKey = byKey(snapshot.instances, (instance) => instance.key);
    this.subnetById = byKey(snapshot.subnets, (subnet) => subnet.id);
    const tablesBySubnet = new Map<string, RouteTable[]>();
    for (const table of snapshot.routeTables) {
      for (const subnetId of table.subnetIds) {
        const tables = tablesBySubnet.get(subnetId);
        if (tables) tables.push(table);
        else tablesBySubnet.set(subnetId, [table]);
      }
    }
    this.tablesBySubnet = tablesBySubnet;
    this.cloudDataPresent = snapshot.present.has('instances') || snapshot.present.has('interfaces');

    this.interfacesByInstance = groupBy(snapshot.interfaces, (iface) => iface.instanceKey);
    // Only nodes without a usable providerID are joined by address.
    let interfacesByIp: Map<string, NetworkInterface[]> | undefined;
    const interfacesHolding = (ip: string) =>
      (interfacesByIp ??= allByEachKey(snapshot.interfaces, (iface) => iface.ips)).get(ip);
    this.views = snapshot.nodes.map((node) => this.join(node, interfacesHolding));
  }

  /**
   * The networks of the machines that nodes joined by providerID run on: the only networks a node joined by address
   * may sit in. Empty when no such node's network is known.
   */
  get clusterNetworks(): ReadonlySet<string> {
    if (!this.networks) {
      const networks = new Set<string>();
      for (const node of this.snapshot.nodes) {
        if (node.planned || !this.known(node.instanceKey)) continue;
        const instance = this.instanceByKey.get(node.instanceKey!);
        const interfaces = carrying(this.interfacesByInstance.get(node.instanceKey!), addressesOf(node));
        for (const iface of interfaces) {
          const network = networkOf(iface, this.subnetById, instance);
          if (network) networks.add(network);
        }
        if (interfaces.length === 0 && instance?.network) networks.add(instance.network);
      }
      this.networks = networks;
    }
    return this.networks;
  }

  get routesByTable(): ReadonlyMap<string, Route[]> {
    return (this.tableRoutes ??= groupBy(this.snapshot.routes, (route) => route.tableId));
  }

  get viewByIp(): ReadonlyMap<string, NodeView> {
    return (this.byIp ??= firstByEachKey(this.views, (view) => view.ips));
  }

  get viewByInstanceKey(): ReadonlyMap<string, NodeView> {
    if (!this.byInstanceKey) {
      const byInstance = new Map<string, NodeView>();
      for (const view of this.views) if (view.instanceKey) byInstance.set(view.instanceKey, view);
      this.byInstanceKey = byInstance;
    }
    return this.byInstanceKey;
  }

  private known(key: string | undefined): boolean {
    return key !== undefined && (this.instanceByKey.has(key) || this.interfacesByInstance.has(key));
  }

  private join(node: Node, interfacesHolding: (ip: string) => NetworkInterface[] | undefined): NodeView {
    const ips = addressesOf(node);
    let instanceKey: string | undefined;
    let joinedBy: NodeView['joinedBy'];
    let refused: RefusedJoin | undefined;
    if (this.known(node.instanceKey)) {
      instanceKey = node.instanceKey;
      joinedBy = 'providerID';
    } else {
      // Rancher custom clusters and kubeadm on plain VMs have no providerID: the address is the only link.
      const byAddress = decideIpJoin(this.machinesHolding(ips, interfacesHolding), this.clusterNetworks);
      if (byAddress.kind === 'joined') {
        instanceKey = byAddress.match.instanceKey;
        joinedBy = 'IP';
      } else if (byAddress.kind === 'refused') refused = byAddress;
    }
    const interfaces = instanceKey ? carrying(this.interfacesByInstance.get(instanceKey), ips) : [];
    // A refused node is placed only in a subnet of the cluster's networks, never in the foreign machine's.
    const subnetId =
      firstSubnetId(interfaces) ?? node.subnetId ?? this.subnetHolding(ips, refused ? this.clusterNetworks : undefined);
    let join: JoinStatus;
    if (instanceKey) join = 'joined';
    else if (refused) join = 'ambiguous';
    else if (this.snapshot.provider === 'vsphere' || this.snapshot.provider === 'baremetal') join = 'not-cloud';
    else join = this.cloudDataPresent ? 'not-found' : 'no-cloud-data';
    return {
      node,
      join,
      joinedBy,
      refused,
      instanceKey: instanceKey ?? node.instanceKey,
      instance: instanceKey ? this.instanceByKey.get(instanceKey) : undefined,
      interfaces,
      ips,
      subnetId,
      subnet: subnetId ? this.subnetById.get(subnetId) : undefined,
    };
  }

  /** The machines whose interfaces hold one of the addresses, once each, by id. */
  private machinesHolding(
    ips: readonly string[],
    interfacesHolding: (ip: string) => NetworkInterface[] | undefined,
  ): IpMatch[] {
    const matches = new Map<string, IpMatch>();
    const inCluster = (network: string | undefined) => network !== undefined && this.clusterNetworks.has(network);
    for (const ip of ips) {
      for (const iface of interfacesHolding(ip) ?? []) {
        const key = iface.instanceKey;
        if (!key) continue;
        const instance = this.instanceByKey.get(key);
        const network = networkOf(iface, this.subnetById, instance);
        const seen = matches.get(key);
        // A machine with interfaces in several networks counts where it meets the cluster.
        if (!seen || (!inCluster(seen.network) && (inCluster(network) || seen.network === undefined))) {
          matches.set(key, { instanceKey: key, id: instance?.id ?? key, network: network ?? seen?.network });
        }
      }
    }
    return [...matches.values()].sort((a, b) => compareText(a.id, b.id));
  }

  /**
   * For nodes described only by their addresses (bare metal, inventories): the most specific subnet holding one.
   * `networks` limits the choice to subnets of those networks.
   */
  private subnetHolding(ips: readonly string[], networks?: ReadonlySet<string>): string | undefined {
    let best: Subnet | undefined;
    let bestPrefix = -1;
    for (const subnet of this.snapshot.subnets) {
      if (networks && !(subnet.networkId !== undefined && networks.has(subnet.networkId))) continue;
      for (const cidr of subnet.cidrs) {
        if (cidr.prefix > bestPrefix && ips.some((ip) => containsIp(cidr, ip))) {
          best = subnet;
          bestPrefix = cidr.prefix;
        }
      }
    }
    return best?.id;
  }

  /** Every node's pod CIDRs in one index, built on first use and shared by the rules that need it. */
  get podCidrIndex(): CidrIndex<PodBlock> {
    return (this.podIndex ??= new CidrIndex(
      this.views.flatMap((view) => view.node.podCidrs.map((dest) => ({ dest, view }))),
    ));
  }

  /** True when a route's next hop is this node (by instance or by one of its addresses). */
  isNextHop(route: Route, view: NodeView): boolean {
    if (route.nextHop.kind === 'instance') return route.nextHop.instanceKey === view.instanceKey;
    if (route.nextHop.kind === 'ip') return view.ips.includes(route.nextHop.ip);
    return false;
  }

  /** The node a route points at, if any. */
  nextHopNode(route: Route): NodeView | undefined {
    if (route.nextHop.kind === 'instance') return this.viewByInstanceKey.get(route.nextHop.instanceKey);
    if (route.nextHop.kind === 'ip') return this.viewByIp.get(route.nextHop.ip);
    return undefined;
  }
}
