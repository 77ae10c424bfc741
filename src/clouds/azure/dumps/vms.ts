import type { ReadContext } from '../../../sources/context.js';
import type { FormatReader } from '../../../sources/format.js';
import { azureId, azureInstanceKey } from '../../../model/instance-key.js';
import { eachOfList, isListOf } from '../../../sources/typed-list.js';
import { record, str } from '../../../sources/values.js';

const VM_TYPE = 'Microsoft.Compute/virtualMachines';
const VMSS_VM_TYPE = 'Microsoft.Compute/virtualMachineScaleSets/virtualMachines';

function reader(type: string, producedBy: string, id: string): FormatReader {
  return {
    id,
    producedBy,
    matches: (value) => isListOf(value, 'type', type),
    read(value: unknown, context: ReadContext) {
      const count = eachOfList(value, 'type', type, context, (vm, path) => {
        const vmId = str(vm.id);
        if (!vmId) context.fail(path, 'virtual machine without id');
        context.builder.addInstance({
          key: azureInstanceKey(vmId),
          provider: 'azure',
          id: azureId(vmId),
          name: str(vm.name),
          tags: Object.keys(record(vm.tags)),
          managedBy: type === VMSS_VM_TYPE ? azureId(vmId.replace(/\/virtualMachines\/[^/]+$/i, '')) : undefined,
          origin: context.origin(path),
        });
      });
      context.builder.markPresent('instances');
      return count;
    },
  };
}

export const azVms = reader(VM_TYPE, 'az vm list -o json', 'az-vm-list');
export const azVmssVms = reader(
  VMSS_VM_TYPE,
  'az vmss list-instances -g RG -n SCALESET -o json',
  'az-vmss-list-instances',
);
