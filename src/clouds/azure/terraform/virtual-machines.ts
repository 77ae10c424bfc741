import { azureId, azureInstanceKey, parseProviderId } from '../../../model/instance-key.js';
import { segmentAfter } from '../../shared/names.js';
import type { ResourceMapper } from '../../../sources/terraform/cloud.js';
import { labelsOf, type Mapping } from '../../../sources/terraform/mapping.js';
import type { TfMachine } from '../../../sources/terraform/model.js';
import { isCreated, knownString, type ResourceInstance } from '../../../sources/terraform/plan.js';
import { str } from '../../../sources/values.js';
import { isWindows } from './common.js';
import { nicInterface } from './network-interfaces.js';

/** The NICs a VM uses: network_interface_ids, by id or by reference. */
function nicsOf(m: Mapping, vm: ResourceInstance): ResourceInstance[] {
  const nics = m.many(vm, ['network_interface_ids'], ['azurerm_network_interface']);
  const byId = nics.values
    .filter((value): value is string => typeof value === 'string')
    .map((id) =>
      m.plan
        .ofType('azurerm_network_interface')
        .find((nic) => knownString(nic, ['id'])?.toLowerCase() === id.toLowerCase()),
    )
    .filter((nic): nic is ResourceInstance => nic !== undefined);
  if (nics.why)
    m.gap(`${vm.address}: ${nics.why}: its network interfaces cannot be verified`, {
      machine: vm.address,
      resource: vm.address,
      origin: m.origin(vm, { attributes: ['network_interface_ids'] }),
    });
  return [...byId, ...nics.targets];
}

/** A node whose subscription is unknown is matched by the resource group and name its providerID ends with. */
function groupAndName(resourceGroup: string, name: string): (providerId: string) => boolean {
  return (providerId) => {
    const ref = parseProviderId(providerId).ref;
    // A scale set's instances are .../virtualMachineScaleSets/S/virtualMachines/N: not this standalone VM.
    if (ref?.provider !== 'azure' || ref.vmId.includes('/virtualmachinescalesets/')) return false;
    return (
      segmentAfter(ref.vmId, 'resourcegroups') === resourceGroup.toLowerCase() &&
      segmentAfter(ref.vmId, 'virtualmachines') === name.toLowerCase()
    );
  };
}

function vmMachine(m: Mapping, vm: ResourceInstance, nics: readonly ResourceInstance[]): TfMachine {
  const interfaces = nics.map((nic) => nicInterface(m, nic, vm.address));
  const id = knownString(vm, ['id']);
  const name = knownString(vm, ['name']);
  const resourceGroup = knownString(vm, ['resource_group_name']);
  const beforeId = str(vm.before?.id);
  const created = isCreated(vm);
  return {
    address: vm.address,
    provider: 'azure',
    pool: false,
    cloudKey: id ? azureInstanceKey(id) : undefined,
    cloudId: id ? azureId(id) : undefined,
    names: [name, knownString(vm, ['computer_name'])]
      .filter((item): item is string => item !== undefined)
      .map((item) => item.toLowerCase()),
    ips: interfaces.flatMap((iface) => iface.ips),
    previous: {
      cloudKey: created && beforeId ? azureInstanceKey(beforeId) : undefined,
      ips: created ? [m.ip(vm.before?.private_ip_address)].filter((ip): ip is string => ip !== undefined) : [],
    },
    providerIdMatches: !id && name && resourceGroup ? groupAndName(resourceGroup, name) : undefined,
    networkTags: [],
    labels: labelsOf(vm, 'tags'),
    os: isWindows(vm) ? 'windows' : 'unknown',
    interfaces,
    subnetIds: interfaces[0]?.subnetId ? [interfaces[0].subnetId] : [],
    created,
    origin: m.origin(vm),
  };
}

/** A VM (Linux, Windows, or the older azurerm_virtual_machine): a machine that claims its NICs. */
export const virtualMachineMapper: ResourceMapper = {
  map(vm, m) {
    const nics = nicsOf(m, vm);
    return { machine: vmMachine(m, vm, nics), claims: nics };
  },
};
