import { CidrIndex } from './cidr-index.js';
import { containsIp, type Cidr } from './cidr.js';
import { groupBy } from './group.js';
import type { ClusterSnapshot, Instance, NetworkInterface, Node, Route, RouteTable, Subnet } from './snapshot.js';

export type JoinStatus =
  /** Matched to cloud data, by providerID or by IP. */
  | 'joined'
  /** The provider has no cloud objects to join (vSphere, bare metal). */
  | 'not-cloud'
  /** No cloud data of this kind was supplied at all. */
  | 'no-cloud-data'
  /** Cloud data was supplied but holds no machine for this node. */
  | 'not-found';

/** A node with everything the snapshot knows about its machine and network, joined once for all rules. */
export interface NodeView {
  readonly node: Node;
  readonly join: JoinStatus;
  readonly joinedBy?: 'providerID' | 'IP';
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

/** Items by a key of each; a later item with the same key replaces an earlier one, as in new Map(entries). */
function byKey<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (let i = 0; i < items.length; i++) map.set(key(items[i]!), items[i]!);
  return map;
}

/** Items by each of their keys (addresses), the first item holding a key kept: walked backwards, one set() per key. */
function firstByEachKey<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T> {
  const map = new Map<string, T>();
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i]!;
    const own = keys(item);
    for (let k = own.length - 1; k >= 0; k--) map.set(own[k]!, item);
  }
  return map;
}

// Plain loops below: they run once per node, mostly before the JIT has warmed up, and callbacks cost allocations.

/** The interfaces that carry one of the addresses. */
function carrying(interfaces: readonly NetworkInterface[] | undefined, ips: readonly string[]): readonly NetworkInterface[] {
  const result: NetworkInterface[] = [];
  for (const iface of interfaces ?? []) {
    for (const ip of iface.ips) {
      if (ips.includes(ip)) {
        result.push(iface);
        break;
      }
    }
  }
  // Usually all of them: then the list at hand, since a pushed-to one keeps 16 spare slots for every node.
  return interfaces && result.length === interfaces.length ? interfaces : result;
}

function firstSubnetId(interfaces: readonly NetworkInterface[]): string | undefined {
  for (const iface of interfaces) if (iface.subnetId) return iface.subnetId;
  return undefined;
}

/**
 * Indexes over a snapshot, built once, so rules are map look-ups rather than scans. Those only some providers or
 * findings need (route tables, next hops by address) are built on first use: at 5,000 nodes each is thousands of
 * map insertions.
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

    const interfacesByInstance = groupBy(snapshot.interfaces, (iface) => iface.instanceKey);
    // Only nodes without a usable providerID are joined by address.
    let interfacesByIp: Map<string, NetworkInterface> | undefined;
    const interfaceByIp = (ip: string) => (interfacesByIp ??= firstByEachKey(snapshot.interfaces, (iface) => iface.ips)).get(ip);
    this.views = snapshot.nodes.map((node) => this.join(node, interfacesByInstance, interfaceByIp));
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

  private join(node: Node, byInstance: Map<string, NetworkInterface[]>, interfaceByIp: (ip: string) => NetworkInterface | undefined): NodeView {
    const { internalIps, flannelPublicIp } = node;
    const ips = flannelPublicIp && !internalIps.includes(flannelPublicIp) ? [...internalIps, flannelPublicIp] : internalIps;
    const known = (key: string | undefined) => key !== undefined && (this.instanceByKey.has(key) || byInstance.has(key));
    let instanceKey: string | undefined;
    let joinedBy: NodeView['joinedBy'];
    if (known(node.instanceKey)) {
      instanceKey = node.instanceKey;
      joinedBy = 'providerID';
    } else {
      // Rancher custom clusters and kubeadm on plain VMs have no providerID: the address is the only link.
      const byAddress = ips.map(interfaceByIp).find((iface) => iface?.instanceKey);
      if (byAddress && known(byAddress.instanceKey)) {
        instanceKey = byAddress.instanceKey;
        joinedBy = 'IP';
      }
    }
    const interfaces = instanceKey ? carrying(byInstance.get(instanceKey), ips) : [];
    const subnetId = firstSubnetId(interfaces) ?? node.subnetId ?? this.subnetHolding(ips);
    let join: JoinStatus;
    if (instanceKey) join = 'joined';
    else if (this.snapshot.provider === 'vsphere' || this.snapshot.provider === 'baremetal') join = 'not-cloud';
    else join = this.cloudDataPresent ? 'not-found' : 'no-cloud-data';
    return {
      node,
      join,
      joinedBy,
      instanceKey: instanceKey ?? node.instanceKey,
      instance: instanceKey ? this.instanceByKey.get(instanceKey) : undefined,
      interfaces,
      ips,
      subnetId,
      subnet: subnetId ? this.subnetById.get(subnetId) : undefined,
    };
  }

  /** For nodes described only by their addresses (bare metal, inventories): the most specific subnet holding one. */
  private subnetHolding(ips: readonly string[]): string | undefined {
    let best: Subnet | undefined;
    let bestPrefix = -1;
    for (const subnet of this.snapshot.subnets) {
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
    return (this.podIndex ??= new CidrIndex(this.views.flatMap((view) => view.node.podCidrs.map((dest) => ({ dest, view })))));
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
