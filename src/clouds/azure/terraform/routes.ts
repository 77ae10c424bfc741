import type { Origin } from '../../../model/origin.js';
import { azureId } from '../../../model/instance-key.js';
import type { MappedResource, ResourceMapper } from '../../../sources/terraform/cloud.js';
import type { Mapping, Single } from '../../../sources/terraform/mapping.js';
import type { TfNextHop, TfRoute } from '../../../sources/terraform/model.js';
import { known, knownString, valueAt, type ResourceInstance } from '../../../sources/terraform/plan.js';
import { list, record, records, str } from '../../../sources/values.js';
import { idOf, referenceOf, VM_TYPES } from './common.js';
import { nicKey } from './network-interfaces.js';
import { otherHop } from '../dumps/route-tables.js';

/** azurerm_route_table (with inline routes), azurerm_route and azurerm_subnet_route_table_association. */

const ROUTE_KINDS = ['routes', 'routeTables'] as const;
const HOP_TARGETS = ['azurerm_network_interface', ...VM_TYPES];

interface RouteBody {
  readonly name: string;
  readonly prefix: unknown;
  readonly prefixPath: (string | number)[];
  readonly hopType: unknown;
  readonly ipPath: (string | number)[];
  readonly tableId: string;
  readonly id: string;
  readonly origin: Origin;
  /** The next hop address: known, or the NIC or VM it is the address of. */
  readonly resolve: () => Single;
}

/** VirtualAppliance routes point at an IP; one known only after apply is followed to the NIC or VM it is the address of. */
function nextHopOf(
  m: Mapping,
  hopType: string,
  ipPath: (string | number)[],
  resolve: () => Single,
): { hop?: TfNextHop; why?: string } {
  if (hopType !== 'VirtualAppliance') return { hop: otherHop(hopType) };
  const found = resolve();
  if (found.kind === 'known') {
    const ip = m.ip(found.value);
    return ip
      ? { hop: { kind: 'ip', ip, text: `VirtualAppliance ${ip}` } }
      : { why: `${ipPath.join('.')} ${JSON.stringify(found.value)} is not an IP address` };
  }
  if (found.kind === 'target') {
    // A NIC's VM is the one that claimed it.
    const vm = VM_TYPES.includes(found.target.type) ? found.target : m.claimant(found.target);
    if (vm) return { hop: { kind: 'machine', address: vm.address, text: `VirtualAppliance ${vm.address}` } };
    if (found.target.type === 'azurerm_network_interface') {
      return {
        hop: {
          kind: 'instance',
          instanceKey: nicKey(m, found.target),
          text: `VirtualAppliance ${found.target.address}`,
        },
      };
    }
    return {
      why: `${ipPath.join('.')} is known only after apply and is the address of ${found.target.address}, not of a VM`,
    };
  }
  return { why: found.kind === 'unknown' ? found.why : `${ipPath.join('.')} is not set` };
}

/** A route of a table, or a gap when its prefix or next hop cannot be known. */
function routeOf(m: Mapping, route: ResourceInstance, body: RouteBody): TfRoute | undefined {
  const hopType = str(body.hopType);
  const { hop, why } = hopType
    ? nextHopOf(m, hopType, body.ipPath, body.resolve)
    : { hop: undefined, why: 'next_hop_type is known only after apply' };
  if (typeof body.prefix !== 'string' || !hop) {
    m.gap(
      `${route.address}: route ${body.name}: ${typeof body.prefix !== 'string' ? 'address_prefix is known only after apply' : why}: the route cannot be checked`,
      { resource: body.name, origin: body.origin },
    );
    return undefined;
  }
  return {
    id: body.id,
    name: body.name,
    provider: 'azure',
    dest: m.cidr(route, body.prefixPath, body.prefix),
    nextHop: hop,
    priority: 0,
    tags: [],
    tableId: body.tableId,
    system: false,
    origin: body.origin,
  };
}

/** The table's inline routes; its `route` attribute also lists routes of separate azurerm_route resources, not those the plan destroys. */
function inlineRoutes(m: Mapping, table: ResourceInstance, tableId: string, name: string): TfRoute[] {
  const config = m.resolver.configExpressions(table);
  const destroyed = new Set(
    m.plan.deleted
      .filter((route) => route.type === 'azurerm_route' && str(route.values.route_table_name) === name)
      .map((route) => str(route.values.name)),
  );
  const routes: TfRoute[] = [];
  records(table.values.route).forEach((route, i) => {
    const routeName = str(route.name) ?? `${name}/route[${i}]`;
    if (destroyed.has(routeName)) return;
    // Inline routes are a set: match the configuration block by name, not by position.
    const block = records(config?.route).find((candidate) => record(candidate.name).constant_value === routeName);
    const resolve = (): Single => {
      const value = valueAt(table, ['route', i, 'next_hop_in_ip_address']);
      if (value.state === 'known') return { kind: 'known', value: value.value };
      if (value.state === 'absent') return { kind: 'absent' };
      return m.followSingle(
        table,
        block ? record(block.next_hop_in_ip_address) : undefined,
        'next_hop_in_ip_address',
        HOP_TARGETS,
      );
    };
    const ipPath = ['route', i, 'next_hop_in_ip_address'];
    const body = {
      name: routeName,
      prefix: route.address_prefix,
      prefixPath: ['route', i, 'address_prefix'],
      hopType: route.next_hop_type,
      ipPath,
      tableId,
      id: `${tableId}/routes/${routeName}`.toLowerCase(),
      origin: m.origin(table, { literal: routeName }),
      resolve,
    };
    const mapped = routeOf(m, table, body);
    if (mapped) routes.push(mapped);
  });
  return routes;
}

export const routeTableMapper: ResourceMapper = {
  data: true,
  map(table, m) {
    const tableId = idOf(table);
    const name = knownString(table, ['name']) ?? table.address;
    const associated = list(known(table, ['subnets']))
      .filter((id): id is string => typeof id === 'string')
      .map(azureId);
    return {
      table: { id: tableId, name, subnetIds: associated, origin: m.origin(table) },
      routes: inlineRoutes(m, table, tableId, name),
      present: ROUTE_KINDS,
    };
  },
};

function tableIdFromName(m: Mapping, name: string, resourceGroup: string | undefined): string | undefined {
  const table = m.plan
    .ofTypeOrData('azurerm_route_table')
    .find(
      (candidate) =>
        knownString(candidate, ['name']) === name &&
        (!resourceGroup ||
          knownString(candidate, ['resource_group_name'])?.toLowerCase() === resourceGroup.toLowerCase()),
    );
  return table ? idOf(table) : undefined;
}

export const routeMapper: ResourceMapper = {
  map(route, m): MappedResource {
    const name = knownString(route, ['name']) ?? route.address;
    const origin = m.origin(route);
    const table = m.single(route, ['route_table_name'], ['azurerm_route_table']);
    const tableId =
      table.kind === 'target'
        ? idOf(table.target)
        : table.kind === 'known' && str(table.value)
          ? tableIdFromName(m, str(table.value)!, knownString(route, ['resource_group_name']))
          : undefined;
    if (!tableId) {
      const why =
        table.kind === 'unknown'
          ? table.why
          : `route table ${JSON.stringify(table.kind === 'known' ? table.value : null)} is not in the plan`;
      m.gap(`${route.address}: ${why}: the subnets the route applies to cannot be verified`, {
        resource: name,
        origin,
      });
      return { present: ROUTE_KINDS };
    }
    const id = knownString(route, ['id']);
    const mapped = routeOf(m, route, {
      name,
      prefix: known(route, ['address_prefix']),
      prefixPath: ['address_prefix'],
      hopType: known(route, ['next_hop_type']),
      ipPath: ['next_hop_in_ip_address'],
      tableId,
      id: id ? azureId(id) : `${tableId}/routes/${name}`.toLowerCase(),
      origin,
      resolve: () => m.single(route, ['next_hop_in_ip_address'], HOP_TARGETS),
    });
    return { routes: mapped ? [mapped] : [], present: ROUTE_KINDS };
  },
};

export const associationMapper: ResourceMapper = {
  map(association, m) {
    const subnet = referenceOf(m, association, ['subnet_id'], ['azurerm_subnet']);
    const table = referenceOf(m, association, ['route_table_id'], ['azurerm_route_table']);
    if (subnet.id && table.id) return { association: { tableId: table.id, subnetId: subnet.id } };
    m.gap(
      `${association.address}: ${subnet.why ?? table.why}: which subnet uses which route table cannot be verified`,
      {
        resource: association.address,
        origin: m.origin(association, { attributes: [subnet.why ? 'subnet_id' : 'route_table_id'] }),
      },
    );
    return {};
  },
};
