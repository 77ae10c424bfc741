import { parseCidr } from '../../../model/cidr.js';
import type { NextHop } from '../../../model/snapshot.js';
import type { ReadContext } from '../../../sources/context.js';
import type { FormatReader } from '../../../sources/format.js';
import { azureId } from '../../../model/instance-key.js';
import { eachOfList, isListOf } from '../../../sources/typed-list.js';
import { record, records, str } from '../../../sources/values.js';
import { armObject } from './arm.js';

const TYPE = 'Microsoft.Network/routeTables';

/**
 * A user-defined route whose next hop is never a node: VnetLocal, Internet, VirtualNetworkGateway, None (Azure
 * drops the traffic), or a VirtualAppliance without an address. It still carries its prefix: Azure holds one route
 * per prefix in a table, so a pod CIDR's route with such a next hop is the one to repoint, not to add.
 */
export function otherHop(hopType: string): NextHop {
  return { kind: 'other', text: hopType === 'None' ? 'None (Azure drops the traffic)' : hopType, type: hopType };
}

export const azRouteTables: FormatReader = {
  id: 'az-network-route-table-list',
  producedBy: 'az network route-table list -o json',
  matches: (value) => isListOf(value, 'type', TYPE),
  read(value: unknown, context: ReadContext) {
    const count = eachOfList(value, 'type', TYPE, context, (item, path) => {
      const { fields: table, at } = armObject(item, path);
      const id = str(table.id);
      const name = str(table.name);
      if (!id || !name) context.fail(path, 'route table without id or name');
      const tableId = azureId(id);
      records(table.routes).forEach((raw, i) => {
        const routePath = [...at('routes'), i];
        const { fields: route, at: routeAt } = armObject(raw, routePath);
        const routeName = str(route.name) ?? `route-${i}`;
        const hopType = str(route.nextHopType) ?? 'None';
        const ip =
          hopType === 'VirtualAppliance'
            ? context.optionalIp(
                route.nextHopIpAddress,
                routeAt('nextHopIpAddress'),
                `route ${routeName}: nextHopIpAddress`,
              )
            : undefined;
        const nextHop: NextHop = ip ? { kind: 'ip', ip, text: `VirtualAppliance ${ip}` } : otherHop(hopType);
        context.builder.addRoute({
          id: str(route.id) ? azureId(str(route.id)!) : `${tableId}/routes/${routeName}`,
          name: routeName,
          provider: 'azure',
          dest:
            parseCidr(route.addressPrefix) ??
            context.cidr(route.addressPrefix, routeAt('addressPrefix'), `route ${routeName}: addressPrefix`),
          nextHop,
          priority: 0,
          tags: [],
          tableId,
          system: false,
          origin: context.origin(routePath),
        });
      });
      context.builder.addRouteTable({
        id: tableId,
        name,
        subnetIds: records(table.subnets).flatMap((subnet) => (str(subnet.id) ? [azureId(str(subnet.id)!)] : [])),
        origin: context.origin(path),
      });
      if (records(table.routes).length === 0) context.builder.markPresent('routes');
    });
    context.builder.markPresent('routeTables');
    context.builder.markPresent('routes');
    return count;
  },
};

/** Subnet listings carry the association from the other side: `routeTable.id`. */
export function routeTableOf(subnet: Record<string, unknown>): string | undefined {
  const id = str(record(subnet.routeTable).id);
  return id ? azureId(id) : undefined;
}
