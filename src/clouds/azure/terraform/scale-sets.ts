import type { ResourceMapper } from '../../../sources/terraform/cloud.js';
import { labelsOf, where, type Mapping } from '../../../sources/terraform/mapping.js';
import type { TfInterface } from '../../../sources/terraform/model.js';
import { knownString, type ResourceInstance } from '../../../sources/terraform/plan.js';
import { records, str, type Json } from '../../../sources/values.js';
import { forwardingKey, forwardingOf, isWindows, referenceOf } from './common.js';

/** One network_interface block of a scale set: what every instance the set creates gets. */
function blockInterface(m: Mapping, set: ResourceInstance, blocks: readonly Json[], i: number): TfInterface {
  const block = blocks[i]!;
  const key = forwardingKey(m, set, ['network_interface', i]);
  const origin = m.origin(set, { attributes: [key], path: ['network_interface', i, key] });
  const configurations = records(block.ip_configuration);
  const primary = Math.max(
    0,
    configurations.findIndex((config) => config.primary === true),
  );
  const subnet =
    configurations.length > 0
      ? referenceOf(m, set, ['network_interface', i, 'ip_configuration', primary, 'subnet_id'], ['azurerm_subnet'])
      : { why: 'no ip_configuration' };
  if (subnet.why && (block.primary === true || blocks.length === 1)) {
    m.gap(`${set.address}: ${subnet.why}: the subnet of its nodes cannot be verified`, {
      machine: set.address,
      resource: set.address,
      origin: m.origin(set, { attributes: ['subnet_id'] }),
    });
  }
  const name = knownString(set, ['name']);
  const group = knownString(set, ['resource_group_name']);
  const label =
    blocks.length === 1 || block.primary === true
      ? set.address
      : `${set.address}.network_interface[${JSON.stringify(str(block.name) ?? i)}]`;
  return {
    id: label,
    name: label,
    ips: [],
    subnetId: subnet.id,
    forwarding: forwardingOf(m, set, ['network_interface', i, key], set.address),
    remediation: {
      text: `Set ${key} = true in the network_interface block of ${set.address}${where(origin)}; with a Manual upgrade policy, also bring the existing instances up to date.`,
      command:
        name && group
          ? `az vmss update-instances --resource-group ${group} --name ${name} --instance-ids '*'`
          : undefined,
    },
    origin,
  };
}

/** A VM scale set: a pool whose nodes do not exist yet; its network_interface blocks hold the forwarding setting. */
export const scaleSetMapper: ResourceMapper = {
  map(set, m) {
    const blocks = records(set.values.network_interface);
    const interfaces = blocks.map((_, i) => blockInterface(m, set, blocks, i));
    // The primary interface carries the node address; list it first.
    interfaces.sort((a, b) => Number(b.id === set.address) - Number(a.id === set.address));
    const machine = {
      address: set.address,
      provider: 'azure' as const,
      pool: true,
      names: [],
      ips: [],
      previous: { ips: [] },
      networkTags: [],
      labels: labelsOf(set, 'tags'),
      os: isWindows(set) ? ('windows' as const) : ('unknown' as const),
      interfaces,
      subnetIds: interfaces[0]?.subnetId ? [interfaces[0].subnetId] : [],
      created: true,
      managedBy: set.address,
      origin: m.origin(set),
    };
    return { machine };
  },
};
