import type { Cidr } from '../../../model/cidr.js';
import type { Path, ReadContext } from '../../../sources/context.js';
import type { FormatReader } from '../../../sources/format.js';
import { azureId } from '../../../model/instance-key.js';
import { eachOfList, isListOf } from '../../../sources/typed-list.js';
import { list, str, type Json } from '../../../sources/values.js';
import { vnetOfSubnet } from '../ids.js';
import { armObject, type ArmObject } from './arm.js';
import { nsgOf } from './nsgs.js';
import { routeTableOf } from './route-tables.js';

const TYPE = 'Microsoft.Network/virtualNetworks/subnets';

function prefixes({ fields: object, at }: ArmObject, context: ReadContext, what: string): Cidr[] {
  // Older az versions print `addressPrefix: null` next to the addressPrefixes of dual-stack subnets.
  const single =
    object.addressPrefix !== undefined && object.addressPrefix !== null
      ? [{ value: object.addressPrefix, path: at('addressPrefix') }]
      : [];
  const many = list(object.addressPrefixes).map((value, i) => ({ value, path: [...at('addressPrefixes'), i] }));
  return [...single, ...many].map((entry) => context.cidr(entry.value, entry.path, `${what}: address prefix`));
}

/** Also used for the subnets embedded in `az network vnet list`. */
export function readSubnet(item: Json, path: Path, context: ReadContext): void {
  const arm = armObject(item, path);
  const subnet = arm.fields;
  const rawId = str(subnet.id);
  if (!rawId) context.fail(path, 'subnet without id');
  const id = azureId(rawId);
  context.builder.addSubnet({
    id,
    name: str(subnet.name),
    cidrs: prefixes(arm, context, str(subnet.name) ?? id),
    networkId: vnetOfSubnet(id),
    securityGroupIds: nsgOf(subnet),
    origin: context.origin(path),
  });
  const table = routeTableOf(subnet);
  if (table) context.builder.associate(table, id);
}

export const azSubnets: FormatReader = {
  id: 'az-network-vnet-subnet-list',
  producedBy: 'az network vnet subnet list -g RG --vnet-name VNET -o json',
  matches: (value) => isListOf(value, 'type', TYPE),
  read(value: unknown, context: ReadContext) {
    const count = eachOfList(value, 'type', TYPE, context, (subnet, path) => readSubnet(subnet, path, context));
    context.builder.markPresent('subnets');
    return count;
  },
};
