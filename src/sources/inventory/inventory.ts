import type { Cidr } from '../../model/cidr.js';
import type { Provider } from '../../model/provider.js';
import type { NextHop } from '../../model/snapshot.js';
import { shown, type Path, type ReadContext } from '../context.js';
import type { FormatReader } from '../format.js';
import { parseProviderId } from '../../model/instance-key.js';
import { isRecord, list, record, records, str, strings, type Json } from '../values.js';
import { validateInventory } from './validate.js';

export const INVENTORY_KIND = 'HostGwInventory';
/** Where the schema is in the repository, and so in the Action's checkout: messages and docs name this path. */
export const INVENTORY_SCHEMA_PATH = 'src/sources/inventory/inventory.schema.json';

function cidrs(value: unknown, path: Path, context: ReadContext, what: string): Cidr[] {
  return list(value).map((item, i) => context.cidr(item, [...path, i], what));
}

function readRoute(
  route: Json,
  path: Path,
  context: ReadContext,
  nodeIps: Map<string, string>,
  scope: { tableId?: string; provider: Provider },
): void {
  const name = str(route.name)!;
  let nextHop: NextHop;
  if (route.nextHopIp !== undefined) {
    const ip = context.ip(route.nextHopIp, [...path, 'nextHopIp'], `route ${name}: nextHopIp`);
    nextHop = { kind: 'ip', ip, text: `IP ${ip}` };
  } else if (route.nextHopNode !== undefined) {
    const ip = nodeIps.get(String(route.nextHopNode));
    if (!ip)
      context.fail(
        [...path, 'nextHopNode'],
        `route ${name}: nextHopNode ${shown(route.nextHopNode)} is not a node of spec.nodes with an IP`,
      );
    nextHop = { kind: 'ip', ip, text: `node ${String(route.nextHopNode)} (${ip})` };
  } else {
    nextHop = { kind: 'other', text: String(route.nextHopOther) };
  }
  context.builder.addRoute({
    id: scope.tableId ? `${scope.tableId}/${name}` : name,
    name,
    provider: scope.provider,
    dest: context.cidr(route.destination, [...path, 'destination'], `route ${name}: destination`),
    nextHop,
    priority: typeof route.priority === 'number' ? route.priority : scope.tableId ? 0 : 1000,
    network: str(route.network),
    tags: strings(route.tags),
    tableId: scope.tableId,
    system: false,
    origin: context.origin(path),
  });
}

function readSubnets(spec: Json, context: ReadContext): void {
  records(spec.subnets).forEach((subnet, i) => {
    const path = ['spec', 'subnets', i];
    context.builder.addSubnet({
      id: str(subnet.id)!,
      cidrs: cidrs(subnet.cidrs, [...path, 'cidrs'], context, `subnet ${str(subnet.id)}`),
      networkId: str(subnet.network),
      origin: context.origin(path),
    });
  });
}

/** Port groups (or other subnets) that are one layer-2 segment, such as two port groups on the same VLAN. */
function readSegments(spec: Json, context: ReadContext): void {
  for (const segment of records(spec.segments))
    context.builder.declareSegment(str(segment.id)!, strings(segment.portGroups));
}

/** Adds the nodes; returns each node's first IP by name, for routes that name their next hop by node. */
function readNodes(spec: Json, context: ReadContext): Map<string, string> {
  const nodeIps = new Map<string, string>();
  records(spec.nodes).forEach((node, i) => {
    const path = ['spec', 'nodes', i];
    const name = str(node.name)!;
    const ips = list(node.ips).map((ip, j) => context.ip(ip, [...path, 'ips', j], `node ${name}: ip`));
    if (ips[0]) nodeIps.set(name, ips[0]);
    const parsed = str(node.providerID) ? parseProviderId(str(node.providerID)!) : {};
    context.builder.addNode({
      name,
      os: node.os === 'linux' || node.os === 'windows' ? node.os : 'unknown',
      internalIps: ips,
      podCidrs: cidrs(node.podCIDRs, [...path, 'podCIDRs'], context, `node ${name}: podCIDRs`),
      providerId: str(node.providerID),
      instanceKey: parsed.instanceKey,
      provider: parsed.provider,
      subnetId: str(node.subnet),
      forwarding: typeof node.forwarding === 'boolean' ? node.forwarding : undefined,
      origin: context.origin(path),
    });
  });
  return nodeIps;
}

/** The route tables with their routes, then the routes outside any table. */
function readRoutes(spec: Json, context: ReadContext, nodeIps: Map<string, string>, provider: Provider): void {
  const { builder } = context;
  records(spec.routeTables).forEach((table, i) => {
    const path = ['spec', 'routeTables', i];
    const tableId = str(table.id)!;
    records(table.routes).forEach((route, j) =>
      readRoute(route, [...path, 'routes', j], context, nodeIps, { tableId, provider }),
    );
    builder.addRouteTable({
      id: tableId,
      name: tableId,
      subnetIds: list(table.subnets).map(String),
      origin: context.origin(path),
    });
    builder.markPresent('routes');
  });
  records(spec.routes).forEach((route, i) => readRoute(route, ['spec', 'routes', i], context, nodeIps, { provider }));
  if (spec.routes !== undefined) builder.markPresent('routes');
}

export const inventory: FormatReader = {
  id: 'hostgw-inventory',
  producedBy: `a HostGwInventory file (JSON Schema: ${INVENTORY_SCHEMA_PATH})`,
  matches: (value) => isRecord(value) && value.kind === INVENTORY_KIND,
  async read(value: unknown, context: ReadContext) {
    await validateInventory(value, context);
    const spec = record(record(value).spec);
    const { builder } = context;
    const provider = str(spec.provider) as Provider | undefined;
    if (provider) builder.declareProvider(provider, `declared by the inventory ${context.source.file}`);
    cidrs(spec.clusterCIDRs, ['spec', 'clusterCIDRs'], context, 'clusterCIDRs').forEach((cidr) =>
      builder.addClusterCidr(cidr),
    );
    if (spec.backend !== undefined)
      builder.addFlannel({
        backendType: str(spec.backend),
        describedBy: `inventory ${context.source.file}`,
        origin: context.origin(['spec', 'backend']),
      });
    readSubnets(spec, context);
    readSegments(spec, context);
    const nodeIps = readNodes(spec, context);
    readRoutes(spec, context, nodeIps, provider ?? 'baremetal');
    if (spec.subnets !== undefined) builder.markPresent('subnets');
    return (
      list(spec.nodes).length +
      list(spec.subnets).length +
      list(spec.segments).length +
      list(spec.routeTables).length +
      list(spec.routes).length
    );
  },
};
