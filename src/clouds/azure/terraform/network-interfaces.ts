import { azureInstanceKey } from '../../../model/instance-key.js';
import type { ResourceMapper } from '../../../sources/terraform/cloud.js';
import { where, type Mapping } from '../../../sources/terraform/mapping.js';
import type { TfInterface } from '../../../sources/terraform/model.js';
import { known, knownString, type ResourceInstance } from '../../../sources/terraform/plan.js';
import { list, records } from '../../../sources/values.js';
import { forwardingKey, forwardingOf, referenceOf } from './common.js';

/** azurerm_network_interface: IP forwarding (ip_forwarding_enabled in azurerm 4.x, enable_ip_forwarding in 3.x). */
export function nicInterface(m: Mapping, nic: ResourceInstance, machine: string): TfInterface {
  const key = forwardingKey(m, nic);
  const origin = m.origin(nic, { attributes: [key], path: [key] });
  const configurations = records(nic.values.ip_configuration);
  const primary = Math.max(
    0,
    configurations.findIndex((config) => config.primary === true),
  );
  const subnet =
    configurations.length > 0
      ? referenceOf(m, nic, ['ip_configuration', primary, 'subnet_id'], ['azurerm_subnet'])
      : { why: 'no ip_configuration' };
  if (subnet.why)
    m.gap(`${nic.address}: ${subnet.why}: which route table applies to it cannot be verified`, {
      machine,
      resource: nic.address,
      origin: m.origin(nic, { attributes: ['subnet_id'] }),
    });
  const ips = [
    ...configurations.map((_, i) => known(nic, ['ip_configuration', i, 'private_ip_address'])),
    ...list(known(nic, ['private_ip_addresses'])),
  ]
    .map((value) => m.ip(value))
    .filter((ip): ip is string => ip !== undefined);
  return {
    id: nic.address,
    name: nic.address,
    ips: [...new Set(ips)],
    subnetId: subnet.id,
    forwarding: forwardingOf(m, nic, [key], machine),
    remediation: {
      text: `Set ${key} = true in ${nic.address}${where(origin)}${key === 'enable_ip_forwarding' ? ' (ip_forwarding_enabled from azurerm 4.0 on)' : ''}; Azure changes it in place.`,
    },
    origin,
  };
}

/** The instance key of a NIC no VM of the plan uses: its VM when Azure knows it, else the NIC itself (joined by address). */
export function nicKey(m: Mapping, nic: ResourceInstance): string {
  const vm = knownString(nic, ['virtual_machine_id']);
  return vm ? azureInstanceKey(vm) : m.localKey(nic.address);
}

/** A NIC no VM of the plan uses (VMs claim theirs): an interface of a machine the plan does not declare. */
export const networkInterfaceMapper: ResourceMapper = {
  map(nic, m) {
    return m.claimant(nic)
      ? {}
      : { attached: { iface: nicInterface(m, nic, nic.address), instanceKey: nicKey(m, nic) } };
  },
};
