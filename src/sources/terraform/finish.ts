import { UserError } from '../../errors.js';
import type { NetworkInterface, Node, NextHop } from '../../model/snapshot.js';
import type { BuildOptions, SnapshotBuilder } from '../builder.js';
import type { TfInterface, TfMachine, TfModel } from './model.js';
import { parseNodeSelector, selectNodes } from './select.js';

interface Entry {
  readonly model: TfModel;
  readonly machine: TfMachine;
}

function toInterface(iface: TfInterface, provider: NetworkInterface['provider'], instanceKey: string): NetworkInterface {
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
    (machine) => (machine.providerIdMatches ? nodes.filter((node) => node.providerId !== undefined && machine.providerIdMatches!(node.providerId)) : []),
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

/**
 * Turns what the Terraform readers collected into snapshot objects, once every input is read: machines that are
 * Kubernetes nodes from other inputs enrich those nodes; the selected others become planned nodes (no pod CIDR).
 */
export function finishTerraform(builder: SnapshotBuilder, models: readonly TfModel[], options: BuildOptions): void {
  if (models.length === 0) return;
  const selectors = options.nodeSelectors.map((text) => {
    try {
      return parseNodeSelector(text);
    } catch (error) {
      throw new UserError(`--node-selector: ${(error as Error).message}`);
    }
  });
  const nodes = builder.build().nodes.filter((node) => !node.planned);
  const entries: Entry[] = models.flatMap((model) => model.machines.map((machine) => ({ model, machine })));
  const { nodes: matches, byAddress } = matchNodes(entries, nodes);
  const selected = selectNodes(entries.map((entry) => entry.machine), selectors);

  const keys = new Map<TfMachine, string>();
  const nodeNames = new Map<TfMachine, string>();
  for (const { model, machine } of entries) {
    const node = matches.get(machine);
    const key = node?.instanceKey ?? machine.cloudKey ?? `terraform:${model.file}:${machine.address}`;
    keys.set(machine, key);
    builder.addInstance({
      key,
      provider: machine.provider,
      id: machine.cloudId ?? machine.address,
      name: machine.names[0] ?? machine.address,
      network: machine.network,
      tags: machine.networkTags,
      managedBy: machine.managedBy,
      origin: machine.origin,
    });
    const interfaces = machine.pool && machine.subnetIds.length > 1 ? machine.interfaces.slice(0, 1) : machine.interfaces;
    for (const iface of interfaces) builder.addInterface(toInterface(iface, machine.provider, key), true);

    if (node) {
      nodeNames.set(machine, node.name);
      // A replaced machine comes back with an address known only after apply: like a new one, all its interfaces count.
      const holdsNodeIp = machine.ips.some((ip) => node.internalIps.includes(ip));
      const planned = machine.created && !holdsNodeIp;
      // A node without providerID that only shares an address with the machine keeps none: the snapshot joins it by
      // address, and only to a machine of the cluster's network that no other machine shares the address with.
      const byAddressOnly = byAddress.has(machine) && !node.instanceKey && holdsNodeIp;
      if ((!node.instanceKey || planned) && !byAddressOnly) {
        builder.addNode({ name: node.name, os: node.os, internalIps: [], podCidrs: [], instanceKey: key, planned: planned || undefined, subnetId: planned ? machine.subnetIds[0] : undefined });
      }
    } else if (selected.has(machine)) {
      // No `provider`: that field says what a providerID declares, and a planned node has none yet.
      const base = { os: machine.os, internalIps: machine.ips, podCidrs: [], planned: true, origin: machine.origin };
      if (machine.pool && machine.subnetIds.length > 1) {
        // A pool spread over several subnets: one planned node per subnet, so that the layer-2 check sees the split.
        machine.subnetIds.forEach((subnetId, i) => {
          const name = `${machine.address} in ${subnetId}`;
          const splitKey = i === 0 ? key : `${key}#${subnetId}`;
          if (i > 0) builder.addInstance({ key: splitKey, provider: machine.provider, id: machine.address, name: machine.address, network: machine.network, tags: machine.networkTags, managedBy: machine.managedBy, origin: machine.origin });
          if (i === 0) nodeNames.set(machine, name);
          builder.addNode({ ...base, name, instanceKey: splitKey, subnetId, forwarding: i === 0 ? forwardingOf(machine.interfaces) : undefined });
        });
      } else {
        nodeNames.set(machine, machine.address);
        builder.addNode({ ...base, name: machine.address, instanceKey: key, subnetId: machine.subnetIds[0], forwarding: forwardingOf(machine.interfaces) });
      }
    }
  }

  const machineKey = new Map<string, string>();
  for (const { model, machine } of entries) machineKey.set(`${model.file}\u0000${machine.address}`, keys.get(machine)!);
  for (const model of models) {
    for (const { provider, iface, instanceKey } of model.externalInterfaces) builder.addInterface(toInterface(iface, provider, instanceKey), true);
    for (const subnet of model.subnets) builder.addSubnet(subnet);
    for (const network of model.networks) builder.addNetwork(network);
    for (const table of model.tables) builder.addRouteTable(table);
    for (const { tableId, subnetId } of model.associations) builder.associate(tableId, subnetId);
    for (const route of model.routes) {
      let nextHop: NextHop;
      if (route.nextHop.kind === 'machine') {
        const key = machineKey.get(`${model.file}\u0000${route.nextHop.address}`);
        nextHop = key ? { kind: 'instance', instanceKey: key, text: route.nextHop.text } : { kind: 'other', text: route.nextHop.text };
      } else nextHop = route.nextHop;
      builder.addRoute({ ...route, nextHop });
    }
    for (const gap of model.gaps) {
      const machine = gap.machine ? model.machine(gap.machine) : undefined;
      // What cannot be known about a machine that is no node does not matter.
      if (machine && !nodeNames.has(machine)) continue;
      builder.addGap({ message: gap.message, node: machine ? nodeNames.get(machine) : undefined, resource: gap.resource, origin: gap.origin });
    }
    for (const kind of model.present) builder.markPresent(kind);
  }
}
