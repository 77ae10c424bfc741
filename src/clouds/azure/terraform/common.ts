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

/** The subtree at `path` of a plan value, an after_unknown tree or configuration expressions. */
function at(tree: unknown, path: readonly (string | number)[]): unknown {
  let node = tree;
  for (const step of path)
    node = isRecord(node) || Array.isArray(node) ? (node as Record<string | number, unknown>)[step] : undefined;
  return node;
}

/**
 * The configuration block holding the forwarding attribute (the resource, or one of its nested blocks), or undefined
 * when the plan cannot show it: a state, a resource missing from `configuration`, a `dynamic` block.
 */
function configuredBlock(
  m: Mapping,
  instance: ResourceInstance,
  prefix: readonly (string | number)[],
): Json | undefined {
  const block = at(m.resolver.configExpressions(instance), prefix);
  return isRecord(block) ? block : undefined;
}

/**
 * The forwarding attribute of a NIC or scale-set block. azurerm 4.x has only ip_forwarding_enabled; late 3.x releases
 * have both names, computed, so the one the configuration does not set is unknown until apply: the known one wins,
 * then the one the configuration sets, then whichever the block holds.
 */
export function forwardingKey(
  m: Mapping,
  instance: ResourceInstance,
  prefix: readonly (string | number)[] = [],
): string {
  const config = configuredBlock(m, instance, prefix);
  const configured = (key: string) => config !== undefined && key in config;
  const isKnown = (key: string) => valueAt(instance, [...prefix, key]).state === 'known';
  const values = at(instance.values, prefix);
  const unknown = at(instance.unknown, prefix);
  const present = (key: string) => (isRecord(values) && key in values) || (isRecord(unknown) && key in unknown);
  const preferences = [(key: string) => isKnown(key) && configured(key), isKnown, configured, present];
  for (const preferred of preferences) {
    const key = FORWARDING_KEYS.find(preferred);
    if (key) return key;
  }
  return FORWARDING_KEYS[0]!;
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

/**
 * IP forwarding of a NIC or a scale set's network_interface block: off when not set, also when the 3.x provider
 * leaves it unknown until apply although the configuration sets neither name; unknown from an expression is a gap.
 */
export function forwardingOf(
  m: Mapping,
  instance: ResourceInstance,
  path: (string | number)[],
  machine: string,
): boolean | undefined {
  const value = valueAt(instance, path);
  if (value.state === 'absent') return false;
  if (value.state === 'known') return bool(value.value);
  const config = configuredBlock(m, instance, path.slice(0, -1));
  if (config && !FORWARDING_KEYS.some((key) => key in config)) return false;
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
