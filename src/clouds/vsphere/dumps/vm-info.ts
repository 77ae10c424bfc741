import type { FormatReader } from '../../../sources/format.js';
import type { Path, ReadContext } from '../../../sources/context.js';
import { isRecord, list, str } from '../../../sources/values.js';
import { collectVm, field, readGuestNics, toolsRunning } from './vm.js';

function readVm(vm: unknown, path: Path, context: ReadContext): void {
  if (!isRecord(vm)) context.fail(path, 'VM is not an object');
  const config = field(vm, 'config');
  const summaryConfig = field(field(vm, 'summary').value, 'config').value;
  const guest = field(vm, 'guest');
  const net = field(guest.value, 'net');
  collectVm(
    {
      moref: str(field(field(vm, 'self').value, 'value').value),
      name: str(field(vm, 'name').value) ?? str(field(config.value, 'name').value),
      uuid: str(field(config.value, 'uuid').value) ?? str(field(summaryConfig, 'uuid').value),
      toolsRunning: toolsRunning(field(guest.value, 'toolsRunningStatus').value),
      nics: Array.isArray(net.value) ? readGuestNics(net.value, [...path, guest.key, net.key]) : undefined,
      origin: context.origin(path),
    },
    path,
    context,
  );
}

function vmList(value: unknown): { items: readonly unknown[]; key: string } | undefined {
  if (!isRecord(value)) return undefined;
  const { value: items, key } = field(value, 'virtualMachines');
  // govc prints null, not [], when no VM matched.
  return Array.isArray(items) || (items === null && key in value) ? { items: list(items), key } : undefined;
}

/** `govc vm.info -json` (with or without `-r`): `{"virtualMachines": [...]}`, PascalCase before govc 0.32. */
export const govcVmInfo: FormatReader = {
  id: 'govc-vm-info',
  producedBy: 'govc vm.info -json',
  matches: (value) => vmList(value) !== undefined,
  read(value, context) {
    const vms = vmList(value)!;
    vms.items.forEach((vm, i) => readVm(vm, [vms.key, i], context));
    context.builder.markPresent('instances');
    return vms.items.length;
  },
};
