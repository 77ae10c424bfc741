import type { ResourceMappers } from '../../../sources/terraform/cloud.js';
import { networkInterfaceMapper } from './network-interfaces.js';
import { subnetMapper, virtualNetworkMapper } from './networks.js';
import { associationMapper, routeMapper, routeTableMapper } from './routes.js';
import { scaleSetMapper } from './scale-sets.js';
import { virtualMachineMapper } from './virtual-machines.js';

/**
 * Azure resources, in mapping order: VMs claim their NICs before the NICs map, and before the routes whose
 * VirtualAppliance next hop is the address of a NIC (the route then goes to the NIC's VM).
 */
export const azureMappers: ResourceMappers = {
  azurerm_virtual_network: virtualNetworkMapper,
  azurerm_subnet: subnetMapper,
  azurerm_linux_virtual_machine: virtualMachineMapper,
  azurerm_windows_virtual_machine: virtualMachineMapper,
  azurerm_virtual_machine: virtualMachineMapper,
  azurerm_network_interface: networkInterfaceMapper,
  azurerm_linux_virtual_machine_scale_set: scaleSetMapper,
  azurerm_windows_virtual_machine_scale_set: scaleSetMapper,
  azurerm_orchestrated_virtual_machine_scale_set: scaleSetMapper,
  azurerm_route_table: routeTableMapper,
  azurerm_route: routeMapper,
  azurerm_subnet_route_table_association: associationMapper,
};
