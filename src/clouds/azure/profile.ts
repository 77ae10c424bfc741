import { azurePolicyFindings } from './policy.js';
import type { Route } from '../../model/snapshot.js';
import type { NodeView, Topology } from '../../model/topology.js';
import { named } from '../../model/names/index.js';
import { shell, withCommand, type Shell } from '../../model/shell.js';
import { lastSegment, routeName, segmentAfter } from '../shared/names.js';
import { nextHopIp } from '../shared/next-hop.js';
import type { FixScope, FixSpec } from '../../model/fix-spec.js';
import type { ProviderProfile, RouteScope } from '../types.js';
import { azureFirewall } from './firewall.js';

function scopes(topology: Topology): RouteScope[] {
  const groups = new Map<string, { tableId?: string; subnetIds: Set<string>; members: NodeView[] }>();
  for (const view of topology.views) {
    if (!view.subnetId) continue;
    // A subnet has at most one route table; its routes are all the user-defined routes its VMs see.
    const tableId = topology.tablesBySubnet.get(view.subnetId)?.[0]?.id;
    const key = tableId ?? `no-table:${view.subnetId}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { tableId, subnetIds: new Set(), members: [] }));
    group.subnetIds.add(view.subnetId);
    group.members.push(view);
  }
  return [...groups.entries()].map(([key, group]) => {
    const subnets = [...group.subnetIds].map(lastSegment).join(', ');
    return {
      key,
      label: group.tableId
        ? `subnet ${subnets} (route table ${lastSegment(group.tableId)})`
        : `subnet ${subnets} (no route table)`,
      members: group.members,
      routes: group.tableId ? (topology.routesByTable.get(group.tableId) ?? []) : [],
      subnetIds: [...group.subnetIds],
      tableId: group.tableId,
    };
  });
}

function tableRef(tableId: string | undefined): Shell {
  if (!tableId) return shell`--resource-group <resource-group> --route-table-name <route-table>`;
  const group = segmentAfter(tableId, 'resourcegroups');
  return shell`--resource-group ${group ? named('azure-resource-group', group) : '<resource-group>'} --route-table-name ${named('azure-name', lastSegment(tableId))}`;
}

/** A resource id from the data, validated, or the placeholder a person fills in. */
function resourceId(id: string | undefined, placeholder: string): Shell | string {
  return id ? named('azure-resource-id', id) : placeholder;
}

function upsert(
  tableId: string | undefined,
  name: string,
  addressPrefix: string,
  nextHopIp: string | undefined,
  scope: FixScope,
): FixSpec | undefined {
  if (!tableId || !nextHopIp) return undefined;
  return {
    actions: [{ kind: 'azure-route-upsert', tableId, name, addressPrefix, nextHopIp }],
    scope,
    api: 'Microsoft.Network/routeTables/routes/write',
  };
}

function hop(ip: string | undefined): Shell {
  return shell`--next-hop-type VirtualAppliance --next-hop-ip-address ${ip ? named('ip-address', ip) : shell`<node-ip>`}`;
}

export const azure: ProviderProfile = {
  id: 'azure',
  displayName: 'Azure',
  firewall: azureFirewall,
  policies: azurePolicyFindings,
  dumps: {
    instances: 'the output of `az network nic list -o json`',
    interfaces: 'the output of `az network nic list -o json`',
    routes: 'the output of `az network route-table list -o json`',
    routeTables: 'the output of `az network route-table list -o json`',
    subnets: 'the output of `az network vnet subnet list -o json`',
  },
  forwarding: {
    switchName: 'IP forwarding',
    blockedState: 'IP forwarding is disabled',
    enable(view, iface) {
      const nic = iface?.id;
      return withCommand(
        {
          text: `Enable IP forwarding on network interface ${nic ? lastSegment(nic) : `of ${view.node.name}`}.`,
          fix: nic
            ? {
                actions: [{ kind: 'azure-nic-ip-forwarding', nicId: nic }],
                scope: 'node',
                api: 'Microsoft.Network/networkInterfaces/write',
              }
            : undefined,
        },
        shell`az network nic update --ids ${resourceId(nic, '<nic-id>')} --ip-forwarding true`,
      );
    },
  },
  routing: {
    limit: { count: 400, per: 'route table', hard: true },
    scopes,
    createRoute(view, cidr, scope) {
      const name = routeName(view.node.name, cidr);
      const ip = nextHopIp(view, cidr);
      return withCommand(
        {
          text: `Add a route for ${cidr.text} with next hop ${view.node.name} to ${scope?.tableId ? `route table ${lastSegment(scope.tableId)}` : 'the route table of the node subnets'}.`,
          fix: upsert(scope?.tableId, name, cidr.text, ip, 'node'),
        },
        shell`az network route-table route create ${tableRef(scope?.tableId)} --name ${named('azure-name', name)} --address-prefix ${cidr.text} ${hop(ip)}`,
      );
    },
    repointRoute(route, view, cidr) {
      const ip = nextHopIp(view, cidr);
      return withCommand(
        {
          text: `Point route ${route.name} at ${view.node.name}.`,
          fix: upsert(route.tableId, route.name, route.dest.text, ip, 'node'),
        },
        shell`az network route-table route update --ids ${named('azure-resource-id', route.id)} ${hop(ip)}`,
      );
    },
    deleteRoute(route: Route) {
      return withCommand(
        {
          text: `Delete route ${route.name}.`,
          fix: route.tableId
            ? {
                actions: [{ kind: 'azure-route-delete', tableId: route.tableId, name: route.name }],
                scope: 'prune',
                api: 'Microsoft.Network/routeTables/routes/delete',
              }
            : undefined,
        },
        shell`az network route-table route delete --ids ${named('azure-resource-id', route.id)}`,
      );
    },
    explainNotApplied(route, scope) {
      const subnet = scope.subnetIds?.[0];
      if (scope.tableId) {
        const ip = route.nextHop.kind === 'ip' ? route.nextHop.ip : undefined;
        return withCommand(
          {
            why: `route ${route.name} is in route table ${lastSegment(route.tableId ?? '?')}, but ${scope.label} uses another table`,
            text: `Add the route to route table ${lastSegment(scope.tableId)} too, or associate the subnet with the table that holds it.`,
            fix: upsert(scope.tableId, route.name, route.dest.text, ip, 'network'),
          },
          shell`az network route-table route create ${tableRef(scope.tableId)} --name ${named('azure-name', route.name)} --address-prefix ${route.dest.text} ${hop(ip)}`,
        );
      }
      return withCommand(
        {
          why: `route table ${lastSegment(route.tableId ?? '?')} is not associated with ${scope.label}`,
          text: `Associate the route table with the subnet (this affects every VM in the subnet).`,
          fix:
            subnet && route.tableId
              ? {
                  actions: (scope.subnetIds ?? []).map(
                    (subnetId) => ({ kind: 'azure-subnet-route-table', subnetId, tableId: route.tableId! }) as const,
                  ),
                  scope: 'network',
                  api: 'Microsoft.Network/virtualNetworks/subnets/write',
                }
              : undefined,
        },
        shell`az network vnet subnet update --ids ${resourceId(subnet, '<subnet-id>')} --route-table ${resourceId(route.tableId, '<route-table-id>')}`,
      );
    },
  },
};
