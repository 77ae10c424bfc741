import type { Route } from '../model/snapshot.js';
import type { NodeView, Topology } from '../model/topology.js';
import { lastSegment, routeName, segmentAfter, sh } from './names.js';
import { nextHopIp } from './next-hop.js';
import type { FixScope, FixSpec } from '../fix/types.js';
import type { ProviderProfile, RouteScope } from './types.js';
import { azureFirewall } from './firewall/azure.js';

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
      label: group.tableId ? `subnet ${subnets} (route table ${lastSegment(group.tableId)})` : `subnet ${subnets} (no route table)`,
      members: group.members,
      routes: group.tableId ? (topology.routesByTable.get(group.tableId) ?? []) : [],
      subnetIds: [...group.subnetIds],
      tableId: group.tableId,
    };
  });
}

function tableRef(tableId: string | undefined): string {
  if (!tableId) return '--resource-group <resource-group> --route-table-name <route-table>';
  return `--resource-group ${sh(segmentAfter(tableId, 'resourcegroups') ?? '<resource-group>')} --route-table-name ${sh(lastSegment(tableId))}`;
}

function upsert(tableId: string | undefined, name: string, addressPrefix: string, nextHopIp: string | undefined, scope: FixScope): FixSpec | undefined {
  if (!tableId || !nextHopIp) return undefined;
  return { actions: [{ kind: 'azure-route-upsert', tableId, name, addressPrefix, nextHopIp }], scope, api: 'Microsoft.Network/routeTables/routes/write' };
}

function hop(ip: string | undefined): string {
  return `--next-hop-type VirtualAppliance --next-hop-ip-address ${ip ?? '<node-ip>'}`;
}

export const azure: ProviderProfile = {
  id: 'azure',
  displayName: 'Azure',
  firewall: azureFirewall,
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
      return {
        text: `Enable IP forwarding on network interface ${nic ? lastSegment(nic) : `of ${view.node.name}`}.`,
        command: `az network nic update --ids ${sh(nic ?? '<nic-id>')} --ip-forwarding true`,
        fix: nic ? { actions: [{ kind: 'azure-nic-ip-forwarding', nicId: nic }], scope: 'node', api: 'Microsoft.Network/networkInterfaces/write' } : undefined,
      };
    },
  },
  routing: {
    limit: { count: 400, per: 'route table', hard: true },
    scopes,
    createRoute(view, cidr, scope) {
      const name = routeName(view.node.name, cidr);
      const ip = nextHopIp(view, cidr);
      return {
        text: `Add a route for ${cidr.text} with next hop ${view.node.name} to ${scope?.tableId ? `route table ${lastSegment(scope.tableId)}` : 'the route table of the node subnets'}.`,
        command: `az network route-table route create ${tableRef(scope?.tableId)} --name ${sh(name)} --address-prefix ${cidr.text} ${hop(ip)}`,
        fix: upsert(scope?.tableId, name, cidr.text, ip, 'node'),
      };
    },
    repointRoute(route, view, cidr) {
      const ip = nextHopIp(view, cidr);
      return {
        text: `Point route ${route.name} at ${view.node.name}.`,
        command: `az network route-table route update --ids ${sh(route.id)} ${hop(ip)}`,
        fix: upsert(route.tableId, route.name, route.dest.text, ip, 'node'),
      };
    },
    deleteRoute(route: Route) {
      return {
        text: `Delete route ${route.name}.`,
        command: `az network route-table route delete --ids ${sh(route.id)}`,
        fix: route.tableId ? { actions: [{ kind: 'azure-route-delete', tableId: route.tableId, name: route.name }], scope: 'prune', api: 'Microsoft.Network/routeTables/routes/delete' } : undefined,
      };
    },
    explainNotApplied(route, scope) {
      const subnet = scope.subnetIds?.[0];
      if (scope.tableId) {
        return {
          why: `route ${route.name} is in route table ${lastSegment(route.tableId ?? '?')}, but ${scope.label} uses another table`,
          text: `Add the route to route table ${lastSegment(scope.tableId)} too, or associate the subnet with the table that holds it.`,
          command: `az network route-table route create ${tableRef(scope.tableId)} --name ${sh(route.name)} --address-prefix ${route.dest.text} ${hop(route.nextHop.kind === 'ip' ? route.nextHop.ip : undefined)}`,
          fix: upsert(scope.tableId, route.name, route.dest.text, route.nextHop.kind === 'ip' ? route.nextHop.ip : undefined, 'network'),
        };
      }
      return {
        why: `route table ${lastSegment(route.tableId ?? '?')} is not associated with ${scope.label}`,
        text: `Associate the route table with the subnet (this affects every VM in the subnet).`,
        command: `az network vnet subnet update --ids ${sh(subnet ?? '<subnet-id>')} --route-table ${sh(route.tableId ?? '<route-table-id>')}`,
        fix:
          subnet && route.tableId
            ? { actions: (scope.subnetIds ?? []).map((subnetId) => ({ kind: 'azure-subnet-route-table', subnetId, tableId: route.tableId! }) as const), scope: 'network', api: 'Microsoft.Network/virtualNetworks/subnets/write' }
            : undefined,
      };
    },
  },
};
