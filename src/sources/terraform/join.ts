import { UserError } from '../../errors.js';
import type {
  DataKind,
  Gap,
  Instance,
  Network,
  NetworkInterface,
  NextHop,
  Node,
  Route,
  RouteTable,
  Subnet,
} from '../../model/snapshot.js';
import type { BuildOptions, Join, SnapshotBuilder } from '../builder.js';
import { localInstanceKey, type TfInterface, type TfMachine, type TfModel } from './model.js';
import { parseNodeSelector, selectNodes, type NodeSelector } from './select.js';

/** What the Terraform documents add to the snapshot once joined with the nodes of the other inputs. */
export interface TerraformJoined {
  readonly instances: Instance[];
  readonly interfaces: NetworkInterface[];
  readonly nodes: Node[];
  readonly subnets: Subnet[];
  readonly networks: Network[];
  readonly tables: RouteTable[];
  readonly associations: { readonly tableId: string; readonly subnetId: string }[];
  readonly routes: Route[];
  readonly gaps: Gap[];
  readonly present: Set<DataKind>;
}

interface Entry {
  readonly model: TfModel;
  readonly machine: TfMachine;
}

/** How the machines were joined: instance keys by plan file and address, node names of those that are nodes. */
interface Joined {
  readonly keys: Map<string, string>;
  readonly nodeNames: Map<TfMachine, string>;
}

const fileAddress = (file: string, address: string) => `${file}\u0000${address}`;

function toInterface(
  iface: TfInterface,
  provider: NetworkInterface['provider'],
  instanceKey: string,
): NetworkInterface {
  return {
    id: iface.id,
    name: iface.name,
    provider,
    instanceKey,
    ips: iface.ips,
    subnetId: iface.subnetId,
    forwarding: iface.forwarding,
    forwardingCaveat: iface.caveat,
    remediation: iface.remediation,
    origin: iface.origin,
  };
}

/** false when one interface blocks forwarding, true when all allow it, undefined otherwise. */
function forwardingOf(interfaces: readonly TfInterface[]): boolean | undefined {
  if (interfaces.some((iface) => iface.forwarding === false)) return false;
  return interfaces.length > 0 && interfaces.every((iface) => iface.forwarding === true) ? true : undefined;
}

interface Matches {
  readonly nodes: Map<TfMachine, Node>;
  /** Machines matched by an address: whether one is the node's machine is the snapshot's join to decide. */
  readonly byAddress: Set<TfMachine>;
}

/**
 * Matches Terraform machines to the Kubernetes nodes read from the other inputs, most certain link first: the
 * instance key (providerID), an address, a providerID the machine's partial identity fits, a name. Pools never match.
 */
function matchNodes(entries: readonly Entry[], nodes: readonly Node[]): Matches {
  const matches = new Map<TfMachine, Node>();
  const byAddress = new Set<TfMachine>();
  const taken = new Set<Node>();
  const byKey = new Map<string, Node>();
  const byIp = new Map<string, Node>();
  const byName = new Map<string, Node>();
  for (const node of nodes) {
    if (node.instanceKey && !byKey.has(node.instanceKey)) byKey.set(node.instanceKey, node);
    for (const ip of node.internalIps) if (!byIp.has(ip)) byIp.set(ip, node);
    if (!byName.has(node.name.toLowerCase())) byName.set(node.name.toLowerCase(), node);
  }
  const passes: ((machine: TfMachine) => (Node | undefined)[])[] = [
    (machine) => [machine.cloudKey, machine.previous.cloudKey].map((key) => (key ? byKey.get(key) : undefined)),
    (machine) => [...machine.ips, ...machine.previous.ips].map((ip) => byIp.get(ip)),
    (machine) =>
      machine.providerIdMatches
        ? nodes.filter((node) => node.providerId !== undefined && machine.providerIdMatches!(node.providerId))
        : [],
    (machine) => machine.names.map((name) => byName.get(name)),
  ];
  for (const pass of passes) {
    for (const { machine } of entries) {
      if (machine.pool || matches.has(machine)) continue;
      const node = pass(machine).find((candidate) => candidate !== undefined && !taken.has(candidate));
      if (!node) continue;
      matches.set(machine, node);
      if (pass === passes[1]) byAddress.add(machine);
      taken.add(node);
    }
  }
  return { nodes: matches, byAddress };
}

function instanceOf(machine: TfMachine, key: string, id: string, name: string): Instance {
  return {
    key,
    provider: machine.provider,
    id,
    name,
    network: machine.network,
    tags: machine.networkTags,
    managedBy: machine.managedBy,
    origin: machine.origin,
  };
}

/** A machine that is the node of another input: the node keeps its name and gains the machine's instance key. */
function enrichNode(machine: TfMachine, node: Node, key: string, byAddress: boolean, out: TerraformJoined): void {
  // A replaced machine comes back with an address known only after apply: like a new one, all its interfaces count.
  const holdsNodeIp = machine.ips.some((ip) => node.internalIps.includes(ip));
  const planned = machine.created && !holdsNodeIp;
  // A node without providerID that only shares an address with the machine keeps none: the snapshot joins it by
  // address, and only to a machine of the cluster's network that no other machine shares the address with.
  const byAddressOnly = byAddress && !node.instanceKey && holdsNodeIp;
  if ((!node.instanceKey || planned) && !byAddressOnly) {
    out.nodes.push({
      name: node.name,
      os: node.os,
      internalIps: [],
      podCidrs: [],
      instanceKey: key,
      planned: planned || undefined,
      subnetId: planned ? machine.subnetIds[0] : undefined,
    });
  }
}

/** A selected machine no other input knows: a planned node (no pod CIDR yet); returns the node's name. */
function plannedNode(machine: TfMachine, key: string, out: TerraformJoined): string {
  // No `provider`: that field says what a providerID declares, and a planned node has none yet.
  const base = { os: machine.os, internalIps: machine.ips, podCidrs: [], planned: true, origin: machine.origin };
  if (!(machine.pool && machine.subnetIds.length > 1)) {
    out.nodes.push({
      ...base,
      name: machine.address,
      instanceKey: key,
      subnetId: machine.subnetIds[0],
      forwarding: forwardingOf(machine.interfaces),
    });
    return machine.address;
  }
  // A pool spread over several subnets: one planned node per subnet, so that the layer-2 check sees the split.
  machine.subnetIds.forEach((subnetId, i) => {
    const splitKey = i === 0 ? key : `${key}#${subnetId}`;
    if (i > 0) out.instances.push(instanceOf(machine, splitKey, machine.address, machine.address));
    out.nodes.push({
      ...base,
      name: `${machine.address} in ${subnetId}`,
      instanceKey: splitKey,
      subnetId,
      forwarding: i === 0 ? forwardingOf(machine.interfaces) : undefined,
    });
  });
  return `${machine.address} in ${machine.subnetIds[0]}`;
}

/** Machines that are nodes of other inputs enrich them; the selected others become planned nodes. */
function joinMachines(
  entries: readonly Entry[],
  nodes: readonly Node[],
  selectors: readonly NodeSelector[],
  out: TerraformJoined,
): Joined {
  const { nodes: matches, byAddress } = matchNodes(entries, nodes);
  const selected = selectNodes(
    entries.map((entry) => entry.machine),
    selectors,
  );
  const keys = new Map<string, string>();
  const nodeNames = new Map<TfMachine, string>();
  for (const { model, machine } of entries) {
    const node = matches.get(machine);
    const key = node?.instanceKey ?? machine.cloudKey ?? localInstanceKey(model.file, machine.address);
    keys.set(fileAddress(model.file, machine.address), key);
    out.instances.push(
      instanceOf(machine, key, machine.cloudId ?? machine.address, machine.names[0] ?? machine.address),
    );
    const interfaces =
      machine.pool && machine.subnetIds.length > 1 ? machine.interfaces.slice(0, 1) : machine.interfaces;
    for (const iface of interfaces) out.interfaces.push(toInterface(iface, machine.provider, key));
    if (node) {
      nodeNames.set(machine, node.name);
      enrichNode(machine, node, key, byAddress.has(machine), out);
    } else if (selected.has(machine)) {
      nodeNames.set(machine, plannedNode(machine, key, out));
    }
  }
  return { keys, nodeNames };
}

/** A route to a machine of the same document goes to the instance key the machine was joined to. */
function joinRoutes(model: TfModel, joined: Joined, out: TerraformJoined): void {
  for (const route of model.routes) {
    let nextHop: NextHop;
    if (route.nextHop.kind === 'machine') {
      const key = joined.keys.get(fileAddress(model.file, route.nextHop.address));
      nextHop = key
        ? { kind: 'instance', instanceKey: key, text: route.nextHop.text }
        : { kind: 'other', text: route.nextHop.text };
    } else nextHop = route.nextHop;
    out.routes.push({ ...route, nextHop });
  }
}

/** The rest of one document: networks, routes, and gaps, which name the node of their machine. */
function joinModel(model: TfModel, joined: Joined, out: TerraformJoined): void {
  for (const { provider, iface, instanceKey } of model.externalInterfaces)
    out.interfaces.push(toInterface(iface, provider, instanceKey));
  out.subnets.push(...model.subnets);
  out.networks.push(...model.networks);
  out.tables.push(...model.tables);
  out.associations.push(...model.associations);
  joinRoutes(model, joined, out);
  for (const gap of model.gaps) {
    const machine = gap.machine ? model.machine(gap.machine) : undefined;
    // What cannot be known about a machine that is no node does not matter.
    if (machine && !joined.nodeNames.has(machine)) continue;
    out.gaps.push({
      message: gap.message,
      node: machine ? joined.nodeNames.get(machine) : undefined,
      resource: gap.resource,
      origin: gap.origin,
    });
  }
  for (const kind of model.present) out.present.add(kind);
}

/**
 * Joins what the Terraform documents describe with the nodes the other inputs read: machines that are Kubernetes
 * nodes enrich those nodes; the others that `selectors` select (or follow a tagging convention) become planned nodes.
 */
export function joinTerraform(
  models: readonly TfModel[],
  nodes: readonly Node[],
  selectors: readonly NodeSelector[],
): TerraformJoined {
  const out: TerraformJoined = {
    instances: [],
    interfaces: [],
    nodes: [],
    subnets: [],
    networks: [],
    tables: [],
    associations: [],
    routes: [],
    gaps: [],
    present: new Set(),
  };
  const entries: Entry[] = models.flatMap((model) => model.machines.map((machine) => ({ model, machine })));
  const joined = joinMachines(entries, nodes, selectors, out);
  for (const model of models) joinModel(model, joined, out);
  return out;
}

function addJoined(builder: SnapshotBuilder, joined: TerraformJoined): void {
  for (const instance of joined.instances) builder.addInstance(instance);
  for (const iface of joined.interfaces) builder.addInterface(iface, true);
  for (const node of joined.nodes) builder.addNode(node);
  for (const subnet of joined.subnets) builder.addSubnet(subnet);
  for (const network of joined.networks) builder.addNetwork(network);
  for (const table of joined.tables) builder.addRouteTable(table);
  for (const { tableId, subnetId } of joined.associations) builder.associate(tableId, subnetId);
  for (const route of joined.routes) builder.addRoute(route);
  for (const gap of joined.gaps) builder.addGap(gap);
  for (const kind of joined.present) builder.markPresent(kind);
}

function parseSelectors(options: BuildOptions): NodeSelector[] {
  return options.nodeSelectors.map((text) => {
    try {
      return parseNodeSelector(text);
    } catch (error) {
      throw new UserError(`--node-selector: ${(error as Error).message}`);
    }
  });
}

/** The build step of the Terraform documents: the builder runs it once, with every document's model. */
export const terraformJoin: Join<TfModel> = (models, nodes, options, builder) => {
  if (models.length === 0) return;
  const selectors = parseSelectors(options);
  addJoined(
    builder,
    joinTerraform(
      models,
      nodes.filter((node) => !node.planned),
      selectors,
    ),
  );
};
