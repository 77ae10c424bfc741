import type { ReadContext } from '../../../sources/context.js';
import type { FormatReader } from '../../../sources/format.js';
import { azureId } from '../../../model/instance-key.js';
import { eachOfList, isListOf } from '../../../sources/typed-list.js';
import { list, record, records, str } from '../../../sources/values.js';
import { armObject } from './arm.js';
import { readSubnet } from './subnets.js';

const TYPE = 'Microsoft.Network/virtualNetworks';

export const azVnets: FormatReader = {
  id: 'az-network-vnet-list',
  producedBy: 'az network vnet list -o json',
  matches: (value) => isListOf(value, 'type', TYPE),
  read(value: unknown, context: ReadContext) {
    const count = eachOfList(value, 'type', TYPE, context, (item, path) => {
      const { fields: vnet, at } = armObject(item, path);
      const id = str(vnet.id);
      if (!id) context.fail(path, 'virtual network without id');
      const space = record(vnet.addressSpace);
      const cidrs = list(space.addressPrefixes).map((prefix, i) =>
        context.cidr(prefix, [...at('addressSpace'), 'addressPrefixes', i], `${str(vnet.name) ?? id}: address space`),
      );
      context.builder.addNetwork({ id: azureId(id), name: str(vnet.name), cidrs, origin: context.origin(path) });
      records(vnet.subnets).forEach((subnet, i) => readSubnet(subnet, [...at('subnets'), i], context));
    });
    context.builder.markPresent('networks');
    return count;
  },
};
