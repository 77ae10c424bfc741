import type { ResourceMapper } from '../../../sources/terraform/cloud.js';
import { knownString } from '../../../sources/terraform/plan.js';
import { idOf } from './common.js';

/** azurerm_virtual_network and azurerm_subnet (resources or data sources). */

export const virtualNetworkMapper: ResourceMapper = {
  data: true,
  map(vnet, m) {
    return {
      network: {
        id: idOf(vnet),
        name: knownString(vnet, ['name']) ?? vnet.address,
        cidrs: m.optionalCidrs(vnet, ['address_space']),
        origin: m.origin(vnet, { attributes: ['address_space'] }),
      },
    };
  },
};

export const subnetMapper: ResourceMapper = {
  data: true,
  map(subnet, m) {
    const vnetName = knownString(subnet, ['virtual_network_name']);
    const vnet = vnetName
      ? m.plan
          .ofTypeOrData('azurerm_virtual_network')
          .find((candidate) => knownString(candidate, ['name']) === vnetName)
      : undefined;
    return {
      subnet: {
        id: idOf(subnet),
        name: knownString(subnet, ['name']) ?? subnet.address,
        cidrs: [...m.optionalCidrs(subnet, ['address_prefixes']), ...m.optionalCidrs(subnet, ['address_prefix'])],
        networkId: vnet ? idOf(vnet) : undefined,
        origin: m.origin(subnet, { attributes: ['address_prefixes', 'address_prefix'] }),
      },
    };
  },
};
