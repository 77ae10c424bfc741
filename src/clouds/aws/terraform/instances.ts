import { awsInstanceKey } from '../../../model/instance-key.js';
import type { ResourceMapper } from '../../../sources/terraform/cloud.js';
import { labelsOf, where, type Mapping } from '../../../sources/terraform/mapping.js';
import type { TfInterface } from '../../../sources/terraform/model.js';
import { isCreated, known, knownString, type ResourceInstance } from '../../../sources/terraform/plan.js';
import { list, record, records, str } from '../../../sources/values.js';
import { addressesOf, forwardingOf, subnetOf } from './common.js';
import { eniInterface } from './network-interfaces.js';

/** network_interface blocks: the primary ENI is an aws_network_interface resource, and its own check applies. */
function blockInterfaces(
  m: Mapping,
  instance: ResourceInstance,
): { interfaces: TfInterface[]; enis: ResourceInstance[] } {
  const interfaces: TfInterface[] = [];
  const enis: ResourceInstance[] = [];
  const attached = records(instance.values.network_interface).map((block, i) => ({ block, i }));
  for (const { i } of attached.sort((a, b) => Number(a.block.device_index ?? 0) - Number(b.block.device_index ?? 0))) {
    const eni = m.single(instance, ['network_interface', i, 'network_interface_id'], ['aws_network_interface']);
    const target =
      eni.kind === 'target'
        ? eni.target
        : eni.kind === 'known'
          ? m.plan.ofType('aws_network_interface').find((candidate) => knownString(candidate, ['id']) === eni.value)
          : undefined;
    if (target) {
      interfaces.push(eniInterface(m, target, instance.address));
      enis.push(target);
    } else if (eni.kind === 'unknown') {
      m.gap(`${instance.address}: ${eni.why}: its network interface cannot be verified`, {
        machine: instance.address,
        resource: instance.address,
        origin: m.origin(instance, { attributes: ['network_interface_id'] }),
      });
    }
  }
  return { interfaces, enis };
}

/** The instance's own interface, when it has no network_interface blocks. */
function ownInterface(m: Mapping, instance: ResourceInstance): TfInterface {
  const origin = m.origin(instance, { attributes: ['source_dest_check'], path: ['source_dest_check'] });
  const subnet = subnetOf(m, instance, ['subnet_id']);
  if (subnet.why)
    m.gap(
      `${instance.address}: ${subnet.why}: whether it shares one layer-2 subnet with the other nodes cannot be verified`,
      {
        machine: instance.address,
        resource: instance.address,
        origin: m.origin(instance, { attributes: ['subnet_id'] }),
      },
    );
  return {
    id: instance.address,
    name: instance.address,
    ips: [
      ...new Set(
        addressesOf(m, [
          known(instance, ['private_ip']),
          ...list(known(instance, ['secondary_private_ips'])),
          ...list(known(instance, ['ipv6_addresses'])),
        ]),
      ),
    ],
    subnetId: subnet.id,
    forwarding: forwardingOf(m, instance, instance.address),
    remediation: {
      text: `Set source_dest_check = false in ${instance.address}${where(origin)}: the check is on unless it is set (an existing instance is updated in place).`,
    },
    origin,
  };
}

/** aws_instance: a machine; it claims the aws_network_interface resources its network_interface blocks use. */
export const instanceMapper: ResourceMapper = {
  map(instance, m) {
    const id = knownString(instance, ['id']);
    const { interfaces, enis } = blockInterfaces(m, instance);
    if (records(instance.values.network_interface).length === 0) interfaces.push(ownInterface(m, instance));
    const before = instance.before;
    const replaced = isCreated(instance);
    const machine = {
      address: instance.address,
      provider: 'aws' as const,
      pool: false,
      cloudKey: id ? awsInstanceKey(id) : undefined,
      cloudId: id,
      names: [knownString(instance, ['private_dns']), str(record(instance.values.tags).Name)]
        .filter((name): name is string => name !== undefined)
        .map((name) => name.toLowerCase()),
      ips: interfaces.flatMap((iface) => iface.ips),
      previous: {
        cloudKey: replaced && str(before?.id) ? awsInstanceKey(str(before?.id)!) : undefined,
        ips: replaced ? addressesOf(m, [before?.private_ip, ...list(before?.secondary_private_ips)]) : [],
      },
      networkTags: [],
      labels: labelsOf(instance, 'tags_all', 'tags'),
      os: 'unknown' as const,
      interfaces,
      subnetIds: interfaces.flatMap((iface) => (iface.subnetId ? [iface.subnetId] : [])).slice(0, 1),
      created: isCreated(instance),
      managedBy: str(record(instance.values.tags)['aws:autoscaling:groupName']),
      origin: m.origin(instance),
    };
    return { machine, claims: enis };
  },
};
