import { parseCidr, type Cidr } from '../../src/model/cidr.js';
import type { Provider } from '../../src/model/provider.js';
import type { PolicyConstraint } from '../../src/model/policy.js';
import type { ClusterSnapshot, DataKind, FirewallRule, NextHop, Node, Os } from '../../src/model/snapshot.js';
import { SnapshotBuilder } from '../../src/sources/builder.js';
import { parseProviderId } from '../../src/model/instance-key.js';

/**
 * Small in-memory snapshots for rule tests, fed through the real SnapshotBuilder (the one the file readers fill), so
 * a case reads like a sketch of the cluster: `cluster({ provider: 'gce', nodes: [node('a', { ip, podCidr, vm: {} })] })`.
 */

export interface VmSpec {
  /** The interface may forward foreign addresses (canIpForward, SourceDestCheck off, NIC IP forwarding). */
  readonly forwarding?: boolean;
  /** Why `forwarding: false` is only a starting state (an AWS launch template): the finding becomes a warning. */
  readonly forwardingCaveat?: string;
  /** AWS/Azure subnet id of the interface (default subnet-1); null: the listing does not say. */
  readonly subnet?: string | null;
  /** GCE network name (default "default"). */
  readonly network?: string;
  readonly tags?: readonly string[];
}

export interface NodeSpec {
  readonly name: string;
  readonly ip?: string | readonly string[];
  readonly podCidr?: string | readonly string[];
  readonly os?: Os;
  readonly backend?: string;
  readonly publicIp?: string;
  /** Inventory-style facts, for providers without cloud machines. */
  readonly subnet?: string;
  readonly forwarding?: boolean;
  /** Known only from a Terraform plan: no pod CIDR yet. */
  readonly planned?: boolean;
  /** A cloud machine behind the node: its instance and one interface holding the node's addresses. */
  readonly vm?: VmSpec;
  /** The node's spec.providerID instead of its machine's (k3s://…: the machine is then found by address). */
  readonly providerId?: string;
}

export interface RouteSpec {
  readonly dest: string;
  /** A node name (next hop: its machine), an IP address, or "gateway" (never a node). */
  readonly via: string;
  readonly name?: string;
  readonly network?: string;
  readonly tags?: readonly string[];
  readonly priority?: number;
  /** Azure: the name of the route table holding the route. */
  readonly table?: string;
  /** The cloud's own name of a next hop that is never a node (GCE `nextHopPeering`, Azure `VnetLocal`). */
  readonly hopType?: string;
  /** A route the cloud made itself (GCE subnet and peering routes). */
  readonly system?: boolean;
  /** No route may be added inside it (GCE subnet routes). */
  readonly exclusive?: boolean;
}

export interface SubnetSpec {
  readonly id: string;
  readonly cidr: string;
  readonly name?: string;
}

export interface ClusterSpec {
  readonly provider: Provider;
  readonly nodes: readonly NodeSpec[];
  readonly routes?: readonly RouteSpec[];
  readonly subnets?: readonly SubnetSpec[];
  readonly networks?: readonly SubnetSpec[];
  /** Azure route tables by name, with the ids of the subnets they are associated with. */
  readonly routeTables?: Readonly<Record<string, readonly string[]>>;
  readonly clusterCidrs?: readonly string[];
  /** One flannel configuration (described by "kube-flannel-cfg" unless said), or several sources of the backend. */
  readonly flannel?: FlannelSpec | readonly FlannelSpec[];
  /** GCE firewall rules of the network "default" (see gceFirewall); an empty list is a firewall listing with none. */
  readonly firewall?: readonly FirewallRule[];
  readonly policies?: readonly PolicyConstraint[];
  /** Kinds of data given although empty (a route listing with no routes). */
  readonly present?: readonly DataKind[];
}

export interface FlannelSpec {
  readonly backendType?: string;
  readonly network?: string;
  readonly describedBy?: string;
  readonly running?: boolean;
  readonly defaulted?: readonly string[];
}

export function node(name: string, spec: Omit<NodeSpec, 'name'> = {}): NodeSpec {
  return { name, ...spec };
}

export function route(dest: string, via: string, spec: Omit<RouteSpec, 'dest' | 'via'> = {}): RouteSpec {
  return { dest, via, ...spec };
}

export interface GceFirewallSpec {
  readonly sources: readonly string[];
  readonly action?: 'allow' | 'deny';
  readonly priority?: number;
  readonly protocols?: 'all' | readonly string[];
  readonly targets?: readonly string[];
}

/** An ingress rule of the GCE network "default". */
export function gceFirewall(name: string, spec: GceFirewallSpec): FirewallRule {
  return {
    id: `projects/p/global/firewalls/${name}`,
    name,
    provider: 'gce',
    setId: gceNetwork(),
    direction: 'ingress',
    action: spec.action ?? 'allow',
    priority: spec.priority ?? 1000,
    protocols: spec.protocols ?? 'all',
    ports: [],
    sourceRanges: spec.sources.map(cidr),
    sourceRefs: [],
    targets: spec.targets ?? [],
  };
}

function cidr(text: string): Cidr {
  const parsed = parseCidr(text);
  if (!parsed) throw new Error(`snapshot-builder: ${text} is not a CIDR`);
  return parsed;
}

const list = <T>(value: T | readonly T[] | undefined): readonly T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value as T];
const hex = (text: string) =>
  [...text]
    .map((c) => c.charCodeAt(0).toString(16))
    .join('')
    .slice(0, 17);
const gceNetwork = (name = 'default') => `projects/p/global/networks/${name}`;

function providerIdOf(provider: Provider, name: string): string | undefined {
  switch (provider) {
    case 'aws':
      return `aws:///us-east-1a/i-${hex(name)}`;
    case 'gce':
      return `gce://p/us-central1-a/${name}`;
    case 'azure':
      return `azure:///subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/${name}`;
    default:
      return undefined;
  }
}

function toNode(spec: NodeSpec, provider: Provider): Node {
  const providerId = spec.providerId ?? (spec.vm ? providerIdOf(provider, spec.name) : undefined);
  const parsed = providerId ? parseProviderId(providerId) : {};
  return {
    name: spec.name,
    os: spec.os ?? 'linux',
    internalIps: list(spec.ip),
    podCidrs: list(spec.podCidr).map(cidr),
    providerId,
    instanceKey: parsed.instanceKey,
    provider: parsed.provider,
    backendType: spec.backend,
    flannelPublicIp: spec.publicIp,
    subnetId: spec.subnet,
    forwarding: spec.forwarding,
    planned: spec.planned,
  };
}

function addMachine(builder: SnapshotBuilder, provider: Provider, node: Node, vm: VmSpec): void {
  const key = parseProviderId(providerIdOf(provider, node.name)!).instanceKey!;
  const network = provider === 'gce' ? gceNetwork(vm.network) : undefined;
  builder.addInstance({
    key,
    provider,
    id: key.replace(/^[a-z]+:/, ''),
    name: node.name,
    network,
    tags: vm.tags ?? [],
  });
  const id = provider === 'aws' ? `eni-${hex(node.name)}` : `${node.name}/nic0`;
  const subnetId = vm.subnet === null ? undefined : (vm.subnet ?? (provider === 'gce' ? undefined : 'subnet-1'));
  builder.addInterface(
    {
      id,
      name: id,
      provider,
      instanceKey: key,
      ips: node.internalIps,
      subnetId,
      networkId: network,
      forwarding: vm.forwarding ?? true,
      forwardingCaveat: vm.forwardingCaveat,
    },
    true,
  );
}

/** Azure route tables by full resource id, as the listings give them (fixes and commands name them so). */
const azureTable = (name: string) =>
  `/subscriptions/s/resourcegroups/rg/providers/microsoft.network/routetables/${name}`;

/** GCE routes may point at an instance; AWS and Azure node routes point at an address. */
function nextHop(via: string, nodes: ReadonlyMap<string, Node>, provider: Provider, type?: string): NextHop {
  const target = nodes.get(via);
  if (target?.instanceKey && provider === 'gce')
    return { kind: 'instance', instanceKey: target.instanceKey, text: target.providerId ?? via };
  if (target) return { kind: 'ip', ip: target.internalIps[0]!, text: target.internalIps[0]! };
  if (/^[0-9a-f.:]+$/i.test(via)) return { kind: 'ip', ip: via, text: via };
  return type ? { kind: 'other', text: via, type } : { kind: 'other', text: via };
}

export function cluster(spec: ClusterSpec): ClusterSnapshot {
  const builder = new SnapshotBuilder();
  const nodes = new Map(spec.nodes.map((nodeSpec) => [nodeSpec.name, toNode(nodeSpec, spec.provider)]));
  for (const nodeSpec of spec.nodes) {
    const built = nodes.get(nodeSpec.name)!;
    builder.addNode(built);
    if (nodeSpec.vm) addMachine(builder, spec.provider, built, nodeSpec.vm);
  }
  for (const subnet of spec.subnets ?? [])
    builder.addSubnet({ id: subnet.id, name: subnet.name, cidrs: [cidr(subnet.cidr)] });
  for (const network of spec.networks ?? [])
    builder.addNetwork({ id: network.id, name: network.name, cidrs: [cidr(network.cidr)] });
  for (const [id, subnetIds] of Object.entries(spec.routeTables ?? {})) {
    builder.addRouteTable({ id: azureTable(id), name: id, subnetIds });
  }
  (spec.routes ?? []).forEach((routeSpec, i) => {
    const name = routeSpec.name ?? `route-${i + 1}`;
    builder.addRoute({
      id:
        spec.provider === 'gce'
          ? `projects/p/global/routes/${name}`
          : routeSpec.table
            ? `${azureTable(routeSpec.table)}/routes/${name}`
            : name,
      name,
      provider: spec.provider,
      dest: cidr(routeSpec.dest),
      nextHop: nextHop(routeSpec.via, nodes, spec.provider, routeSpec.hopType),
      priority: routeSpec.priority ?? (spec.provider === 'gce' ? 1000 : 0),
      network: spec.provider === 'gce' ? gceNetwork(routeSpec.network) : undefined,
      tags: routeSpec.tags ?? [],
      tableId: routeSpec.table ? azureTable(routeSpec.table) : undefined,
      system: routeSpec.system ?? false,
      exclusive: routeSpec.exclusive,
    });
  });
  for (const text of spec.clusterCidrs ?? []) builder.addClusterCidr(cidr(text));
  for (const flannel of list<FlannelSpec>(spec.flannel)) {
    const { network, describedBy = 'kube-flannel-cfg', ...rest } = flannel;
    builder.addFlannel({ ...rest, network: network ? cidr(network) : undefined, describedBy });
  }
  if (spec.firewall) {
    builder.addFirewallSet({
      id: gceNetwork(),
      name: 'default',
      provider: 'gce',
      kind: 'vpc-firewall',
      networkId: gceNetwork(),
    });
    for (const rule of spec.firewall) builder.addFirewallRule(rule);
  }
  for (const policy of spec.policies ?? []) builder.addPolicy(policy);
  for (const kind of spec.present ?? []) builder.markPresent(kind);
  return builder.build(spec.provider);
}
