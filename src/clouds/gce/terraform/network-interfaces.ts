import type { Mapping } from '../../../sources/terraform/mapping.js';
import type { TfInterface } from '../../../sources/terraform/model.js';
import { known, valueAt, type ResourceInstance } from '../../../sources/terraform/plan.js';
import { bool, records } from '../../../sources/values.js';
import { networkOf, subnetworkOf } from './common.js';

/** can_ip_forward of an instance or template: false when not set; unknown is a gap. */
export function forwardingOf(m: Mapping, instance: ResourceInstance, machine: string): boolean | undefined {
  const value = valueAt(instance, ['can_ip_forward']);
  if (value.state === 'absent') return false;
  if (value.state === 'known') return bool(value.value);
  const resolved = m.resolver.resolve(instance, ['can_ip_forward']);
  m.gap(
    `${instance.address}: ${resolved.kind === 'unknown' ? resolved.why : 'can_ip_forward is known only after apply'}: whether IP forwarding is allowed cannot be verified`,
    {
      machine,
      resource: instance.address,
      origin: m.origin(instance, { attributes: ['can_ip_forward'], path: ['can_ip_forward'] }),
    },
  );
  return undefined;
}

/** The network_interface blocks of an instance or template, and the network of the first (which routes apply to). */
export function interfacesOf(
  m: Mapping,
  instance: ResourceInstance,
  machine: string,
  forwarding: boolean | undefined,
  extra: Pick<TfInterface, 'caveat' | 'remediation'>,
): { interfaces: TfInterface[]; network?: string } {
  const origin = m.origin(instance, { attributes: ['can_ip_forward'], path: ['can_ip_forward'] });
  let network: string | undefined;
  const interfaces = records(instance.values.network_interface).map((_, i): TfInterface => {
    const found = networkOf(m, instance, ['network_interface', i, 'network'], ['network_interface', i, 'subnetwork']);
    if (i === 0) network = found.id;
    if (i === 0 && found.why) {
      m.gap(`${instance.address}: ${found.why}: which routes apply to it cannot be verified`, {
        machine,
        resource: instance.address,
        origin: m.origin(instance, { attributes: ['network', 'subnetwork'] }),
      });
    }
    const ips = [
      m.ip(known(instance, ['network_interface', i, 'network_ip'])),
      m.ip(known(instance, ['network_interface', i, 'ipv6_address'])),
    ];
    const label = i === 0 ? instance.address : `${instance.address}.network_interface[${i}]`;
    return {
      id: label,
      name: label,
      ips: ips.filter((ip): ip is string => ip !== undefined),
      subnetId: subnetworkOf(m, instance, ['network_interface', i, 'subnetwork']),
      forwarding,
      ...extra,
      origin,
    };
  });
  if (interfaces.length === 0) {
    m.gap(`${instance.address}: no network_interface: its network cannot be verified`, {
      machine,
      resource: instance.address,
      origin: m.origin(instance),
    });
  }
  return { interfaces, network };
}
