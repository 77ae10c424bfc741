import { bool, str } from '../../../sources/values.js';
import type { Mapping } from '../../../sources/terraform/mapping.js';
import { knownString, valueAt, type ResourceInstance } from '../../../sources/terraform/plan.js';

/** The id other resources use for a subnet, VPC or ENI: the cloud id when the plan knows it, else the address. */
export function idOf(instance: ResourceInstance): string {
  return knownString(instance, ['id']) ?? instance.address;
}

export function addressesOf(m: Mapping, values: unknown[]): string[] {
  return values.map((value) => m.ip(value)).filter((ip): ip is string => ip !== undefined);
}

/** source_dest_check of an instance or ENI: true (check on) when not set; unknown is a gap, never a guess. */
export function forwardingOf(m: Mapping, instance: ResourceInstance, machine: string): boolean | undefined {
  const value = valueAt(instance, ['source_dest_check']);
  if (value.state === 'absent') return false;
  if (value.state === 'known') {
    const check = bool(value.value);
    return check === undefined ? undefined : !check;
  }
  const resolved = m.resolver.resolve(instance, ['source_dest_check']);
  m.gap(
    `${instance.address}: ${resolved.kind === 'unknown' ? resolved.why : 'source_dest_check is known only after apply'}: whether the source/destination check is off cannot be verified`,
    {
      machine,
      resource: instance.address,
      origin: m.origin(instance, { attributes: ['source_dest_check'], path: ['source_dest_check'] }),
    },
  );
  return undefined;
}

export function subnetOf(
  m: Mapping,
  instance: ResourceInstance,
  path: (string | number)[],
): { id?: string; why?: string } {
  const subnet = m.single(instance, path, ['aws_subnet']);
  switch (subnet.kind) {
    case 'known':
      return { id: str(subnet.value) };
    case 'target':
      return { id: idOf(subnet.target) };
    case 'absent':
      return { why: `${path.join('.')} is not set (the default subnet of the availability zone is used)` };
    default:
      return { why: subnet.why };
  }
}
