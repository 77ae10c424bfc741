import { azureId } from '../../../model/instance-key.js';
import type { Mapping } from '../../../sources/terraform/mapping.js';
import { knownString, valueAt, type ResourceInstance } from '../../../sources/terraform/plan.js';
import { bool, isRecord, records, str, type Json } from '../../../sources/values.js';

export const VM_TYPES = ['azurerm_linux_virtual_machine', 'azurerm_windows_virtual_machine', 'azurerm_virtual_machine'];
const FORWARDING_KEYS = ['ip_forwarding_enabled', 'enable_ip_forwarding'];

/** Resource ids compare in lower case, as everywhere else in the model; the address stands in while the id is unknown. */
export function idOf(instance: ResourceInstance): string {
  const id = knownString(instance, ['id']);
  return id ? azureId(id) : instance.address;
}

/** The forwarding attribute the provider version uses: whichever the block holds (4.x renamed it). */
export function forwardingKey(block: Json, unknown: unknown): string {
  return FORWARDING_KEYS.find((key) => key in block || (isRecord(unknown) && key in unknown)) ?? FORWARDING_KEYS[0]!;
}

export function isWindows(instance: ResourceInstance): boolean {
  return instance.type.includes('windows') || records(instance.values.os_profile_windows_config).length > 0;
}

/** A subnet or route table id attribute: the resource it refers to, or the id it names. */
export function referenceOf(
  m: Mapping,
  instance: ResourceInstance,
  path: (string | number)[],
  types: string[],
): { id?: string; why?: string } {
  const found = m.single(instance, path, types);
  if (found.kind === 'target') return { id: idOf(found.target) };
  if (found.kind === 'known' && str(found.value)) return { id: azureId(str(found.value)!) };
  return { why: found.kind === 'unknown' ? found.why : `${path.join('.')} is not set` };
}

/** IP forwarding of a NIC or a scale set's network_interface block: off when not set; unknown is a gap. */
export function forwardingOf(
  m: Mapping,
  instance: ResourceInstance,
  path: (string | number)[],
  machine: string,
): boolean | undefined {
  const value = valueAt(instance, path);
  if (value.state === 'absent') return false;
  if (value.state === 'known') return bool(value.value);
  const resolved = m.resolver.resolve(instance, path);
  m.gap(
    `${instance.address}: ${resolved.kind === 'unknown' ? resolved.why : `${path.join('.')} is known only after apply`}: whether IP forwarding is enabled cannot be verified`,
    {
      machine,
      resource: instance.address,
      origin: m.origin(instance, { attributes: [String(path[path.length - 1])], path }),
    },
  );
  return undefined;
}
