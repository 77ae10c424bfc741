import { azureId } from '../../model/instance-key.js';

/** ".../virtualNetworks/vnet/subnets/nodes" -> ".../virtualnetworks/vnet" (lower case, as all model ids). */
export function vnetOfSubnet(subnetId: string): string {
  return azureId(subnetId.replace(/\/subnets\/[^/]+$/i, ''));
}

/** The last segment of a resource id: its name. */
export function nameOf(id: string): string {
  return id.split('/').pop() ?? id;
}
