import { awsInstanceKey } from '../../../model/instance-key.js';
import type { ResourceMapper } from '../../../sources/terraform/cloud.js';
import { where, type Mapping } from '../../../sources/terraform/mapping.js';
import type { TfInterface } from '../../../sources/terraform/model.js';
import { known, knownString, type ResourceInstance } from '../../../sources/terraform/plan.js';
import { list, records, str } from '../../../sources/values.js';
import { addressesOf, forwardingOf, subnetOf } from './common.js';

/** An aws_network_interface: the source/destination check is per ENI, and on when source_dest_check is not set. */
export function eniInterface(m: Mapping, eni: ResourceInstance, machine: string): TfInterface {
  const origin = m.origin(eni, { attributes: ['source_dest_check'], path: ['source_dest_check'] });
  const subnet = subnetOf(m, eni, ['subnet_id']);
  if (subnet.why)
    m.gap(`${eni.address}: ${subnet.why}: its subnet cannot be verified`, {
      machine,
      resource: eni.address,
      origin: m.origin(eni, { attributes: ['subnet_id'] }),
    });
  return {
    id: eni.address,
    name: eni.address,
    ips: [
      ...new Set(
        addressesOf(m, [
          known(eni, ['private_ip']),
          ...list(known(eni, ['private_ips'])),
          ...list(known(eni, ['ipv6_addresses'])),
        ]),
      ),
    ],
    subnetId: subnet.id,
    forwarding: forwardingOf(m, eni, machine),
    remediation: {
      text: `Set source_dest_check = false in ${eni.address}${where(origin)}: the check is on unless it is set.`,
    },
    origin,
  };
}

/** The instance an ENI is attached to: an aws_instance of the plan, or a given instance id. */
function attachmentOf(
  m: Mapping,
  eni: ResourceInstance,
): { target?: ResourceInstance; instanceId?: string } | undefined {
  const blocks = records(eni.values.attachment);
  for (let i = 0; i < blocks.length; i++) {
    const attached = m.single(eni, ['attachment', i, 'instance'], ['aws_instance']);
    if (attached.kind === 'target') return { target: attached.target };
    if (attached.kind === 'known' && str(attached.value)) return { instanceId: str(attached.value) };
  }
  for (const attachment of m.plan.ofType('aws_network_interface_attachment')) {
    const target = m.single(attachment, ['network_interface_id'], ['aws_network_interface']);
    const matches =
      target.kind === 'target'
        ? target.target === eni
        : target.kind === 'known' && target.value === knownString(eni, ['id']);
    if (!matches) continue;
    const attached = m.single(attachment, ['instance_id'], ['aws_instance']);
    if (attached.kind === 'target') return { target: attached.target };
    if (attached.kind === 'known' && str(attached.value)) return { instanceId: str(attached.value) };
  }
  return undefined;
}

/**
 * ENIs attached through an `attachment` block or an aws_network_interface_attachment; those an instance's own
 * network_interface blocks use are mapped with the instance.
 */
export const networkInterfaceMapper: ResourceMapper = {
  map(eni, m) {
    if (m.claimant(eni)) return {};
    const attachment = attachmentOf(m, eni);
    const machine = attachment?.target?.address;
    const iface = eniInterface(m, eni, machine ?? eni.address);
    return {
      attached: {
        iface,
        machine,
        instanceKey: attachment?.instanceId ? awsInstanceKey(attachment.instanceId) : m.localKey(eni.address),
      },
    };
  },
};
