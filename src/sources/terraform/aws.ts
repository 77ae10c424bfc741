import type { Origin } from '../../model/origin.js';
import { awsInstanceKey } from '../provider-id.js';
import { bool, list, record, records, str } from '../values.js';
import { blockTags, labelsOf, type Mapping } from './mapping.js';
import { localInstanceKey, type TfInterface, type TfMachine } from './model.js';
import { isCreated, known, knownString, valueAt, type ResourceInstance } from './plan.js';

/**
 * AWS: aws_instance and aws_network_interface (the source/destination check is per ENI and DEFAULTS TO ON when
 * source_dest_check is not set), aws_subnet and aws_vpc (one layer-2 subnet), and aws_launch_template /
 * aws_autoscaling_group node pools: a launch template cannot turn the check off.
 */

const LAUNCH_TEMPLATE_CAVEAT =
  'an EC2 launch template cannot turn the source/destination check off, so every instance launched from it comes up with the check on unless something turns it off at boot';

const BOOT_COMMAND =
  "TOKEN=$(curl -sX PUT http://169.254.169.254/latest/api/token -H 'X-aws-ec2-metadata-token-ttl-seconds: 300')" +
  ' && IMDS() { curl -s -H "X-aws-ec2-metadata-token: $TOKEN" "http://169.254.169.254/latest/meta-data/$1"; }' +
  ' && aws ec2 modify-instance-attribute --region "$(IMDS placement/region)" --instance-id "$(IMDS instance-id)" --no-source-dest-check';

function where(origin: Origin): string {
  return origin.line !== undefined ? ` (${origin.file}:${origin.line})` : '';
}

/** The id other resources use for a subnet, VPC or ENI: the cloud id when the plan knows it, else the address. */
function idOf(instance: ResourceInstance): string {
  return knownString(instance, ['id']) ?? instance.address;
}

function addressesOf(m: Mapping, values: unknown[]): string[] {
  return values.map((value) => m.ip(value)).filter((ip): ip is string => ip !== undefined);
}

/** source_dest_check of an instance or ENI: true (check on) when not set; unknown is a gap, never a guess. */
function forwardingOf(m: Mapping, instance: ResourceInstance, machine: string): boolean | undefined {
  const value = valueAt(instance, ['source_dest_check']);
  if (value.state === 'absent') return false;
  if (value.state === 'known') {
    const check = bool(value.value);
    return check === undefined ? undefined : !check;
  }
  const resolved = m.resolver.resolve(instance, ['source_dest_check']);
  m.gap(`${instance.address}: ${resolved.kind === 'unknown' ? resolved.why : 'source_dest_check is known only after apply'}: whether the source/destination check is off cannot be verified`, {
    machine,
    resource: instance.address,
    origin: m.origin(instance, { attributes: ['source_dest_check'], path: ['source_dest_check'] }),
  });
  return undefined;
}

function subnetOf(m: Mapping, instance: ResourceInstance, path: (string | number)[]): { id?: string; why?: string } {
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

function eniInterface(m: Mapping, eni: ResourceInstance, machine: string): TfInterface {
  const origin = m.origin(eni, { attributes: ['source_dest_check'], path: ['source_dest_check'] });
  const subnet = subnetOf(m, eni, ['subnet_id']);
  if (subnet.why) m.gap(`${eni.address}: ${subnet.why}: its subnet cannot be verified`, { machine, resource: eni.address, origin: m.origin(eni, { attributes: ['subnet_id'] }) });
  return {
    id: eni.address,
    name: eni.address,
    ips: [...new Set(addressesOf(m, [known(eni, ['private_ip']), ...list(known(eni, ['private_ips'])), ...list(known(eni, ['ipv6_addresses']))]))],
    subnetId: subnet.id,
    forwarding: forwardingOf(m, eni, machine),
    remediation: { text: `Set source_dest_check = false in ${eni.address}${where(origin)}: the check is on unless it is set.` },
    origin,
  };
}

/** The instance an ENI is attached to: an aws_instance of the plan, or a given instance id. */
function attachmentOf(m: Mapping, eni: ResourceInstance): { target?: ResourceInstance; instanceId?: string } | undefined {
  const blocks = records(eni.values.attachment);
  for (let i = 0; i < blocks.length; i++) {
    const attached = m.single(eni, ['attachment', i, 'instance'], ['aws_instance']);
    if (attached.kind === 'target') return { target: attached.target };
    if (attached.kind === 'known' && str(attached.value)) return { instanceId: str(attached.value) };
  }
  for (const attachment of m.plan.ofType('aws_network_interface_attachment')) {
    const target = m.single(attachment, ['network_interface_id'], ['aws_network_interface']);
    const matches = target.kind === 'target' ? target.target === eni : target.kind === 'known' && target.value === knownString(eni, ['id']);
    if (!matches) continue;
    const attached = m.single(attachment, ['instance_id'], ['aws_instance']);
    if (attached.kind === 'target') return { target: attached.target };
    if (attached.kind === 'known' && str(attached.value)) return { instanceId: str(attached.value) };
  }
  return undefined;
}

/** `enis` collects the aws_network_interface resources the instance's network_interface blocks use. */
function instanceMachine(m: Mapping, instance: ResourceInstance, enis: Set<ResourceInstance>): TfMachine {
  const id = knownString(instance, ['id']);
  const interfaces: TfInterface[] = [];
  // network_interface blocks: the primary ENI is an aws_network_interface resource, and its own check applies.
  const attached = records(instance.values.network_interface).map((block, i) => ({ block, i }));
  for (const { i } of attached.sort((a, b) => Number(a.block.device_index ?? 0) - Number(b.block.device_index ?? 0))) {
    const eni = m.single(instance, ['network_interface', i, 'network_interface_id'], ['aws_network_interface']);
    if (eni.kind === 'target') {
      interfaces.push(eniInterface(m, eni.target, instance.address));
      enis.add(eni.target);
    } else if (eni.kind === 'known') {
      const target = m.plan.ofType('aws_network_interface').find((candidate) => knownString(candidate, ['id']) === eni.value);
      if (target) {
        interfaces.push(eniInterface(m, target, instance.address));
        enis.add(target);
      }
    } else if (eni.kind === 'unknown') {
      m.gap(`${instance.address}: ${eni.why}: its network interface cannot be verified`, { machine: instance.address, resource: instance.address, origin: m.origin(instance, { attributes: ['network_interface_id'] }) });
    }
  }
  if (attached.length === 0) {
    const origin = m.origin(instance, { attributes: ['source_dest_check'], path: ['source_dest_check'] });
    const subnet = subnetOf(m, instance, ['subnet_id']);
    if (subnet.why) m.gap(`${instance.address}: ${subnet.why}: whether it shares one layer-2 subnet with the other nodes cannot be verified`, { machine: instance.address, resource: instance.address, origin: m.origin(instance, { attributes: ['subnet_id'] }) });
    interfaces.push({
      id: instance.address,
      name: instance.address,
      ips: [...new Set(addressesOf(m, [known(instance, ['private_ip']), ...list(known(instance, ['secondary_private_ips'])), ...list(known(instance, ['ipv6_addresses']))]))],
      subnetId: subnet.id,
      forwarding: forwardingOf(m, instance, instance.address),
      remediation: {
        text: `Set source_dest_check = false in ${instance.address}${where(origin)}: the check is on unless it is set (an existing instance is updated in place).`,
      },
      origin,
    });
  }
  const before = instance.before;
  const replaced = isCreated(instance);
  return {
    address: instance.address,
    provider: 'aws',
    pool: false,
    cloudKey: id ? awsInstanceKey(id) : undefined,
    cloudId: id,
    names: [knownString(instance, ['private_dns']), str(record(instance.values.tags).Name)].filter((name): name is string => name !== undefined).map((name) => name.toLowerCase()),
    ips: interfaces.flatMap((iface) => iface.ips),
    previous: {
      cloudKey: replaced && str(before?.id) ? awsInstanceKey(str(before?.id)!) : undefined,
      ips: replaced ? addressesOf(m, [before?.private_ip, ...list(before?.secondary_private_ips)]) : [],
    },
    networkTags: [],
    labels: labelsOf(instance, 'tags_all', 'tags'),
    os: 'unknown',
    interfaces,
    subnetIds: interfaces.flatMap((iface) => (iface.subnetId ? [iface.subnetId] : [])).slice(0, 1),
    created: isCreated(instance),
    managedBy: str(record(instance.values.tags)['aws:autoscaling:groupName']),
    origin: m.origin(instance),
  };
}

/** The launch template (or launch configuration) an auto scaling group launches from. */
function templateOf(m: Mapping, group: ResourceInstance): ResourceInstance | undefined {
  const candidates: (string | number)[][] = [
    ['launch_template', 0, 'id'],
    ['launch_template', 0, 'name'],
    ['mixed_instances_policy', 0, 'launch_template', 0, 'launch_template_specification', 0, 'launch_template_id'],
    ['mixed_instances_policy', 0, 'launch_template', 0, 'launch_template_specification', 0, 'launch_template_name'],
    ['launch_configuration'],
  ];
  for (const path of candidates) {
    const found = m.single(group, path, ['aws_launch_template', 'aws_launch_configuration']);
    if (found.kind === 'target') return found.target;
    if (found.kind === 'known') {
      const match = m.plan.ofType('aws_launch_template', 'aws_launch_configuration').find((template) => knownString(template, ['id']) === found.value || knownString(template, ['name']) === found.value);
      if (match) return match;
    }
  }
  return undefined;
}

function poolMachine(m: Mapping, pool: ResourceInstance, template: ResourceInstance | undefined): TfMachine {
  const subnetIds: string[] = [];
  const zones = m.many(pool, ['vpc_zone_identifier'], ['aws_subnet']);
  subnetIds.push(...zones.values.filter((value): value is string => typeof value === 'string'), ...zones.targets.map(idOf));
  if (subnetIds.length === 0 && template && pool !== template) {
    const fromTemplate = subnetOf(m, template, ['network_interfaces', 0, 'subnet_id']);
    if (fromTemplate.id) subnetIds.push(fromTemplate.id);
  } else if (subnetIds.length === 0 && pool === template) {
    const own = subnetOf(m, pool, ['network_interfaces', 0, 'subnet_id']);
    if (own.id) subnetIds.push(own.id);
  }
  if (subnetIds.length === 0) {
    const why = zones.why ?? 'no subnet is given (vpc_zone_identifier or the launch template\'s network_interfaces)';
    m.gap(`${pool.address}: ${why}: the subnets its nodes land in cannot be verified`, { machine: pool.address, resource: pool.address, origin: m.origin(pool, { attributes: ['vpc_zone_identifier'] }) });
  }
  const source = template ?? pool;
  const origin = m.origin(source, template ? {} : { attributes: ['launch_template', 'mixed_instances_policy'] });
  const instanceTags = Object.assign({}, ...records(template?.values.tag_specifications).filter((spec) => spec.resource_type === 'instance').map((spec) => labelsOfValue(spec.tags))) as Record<string, string>;
  return {
    address: pool.address,
    provider: 'aws',
    pool: true,
    names: [],
    ips: [],
    previous: { ips: [] },
    networkTags: [],
    labels: { ...instanceTags, ...labelsOfValue(pool.values.tags_all), ...blockTags(pool.values.tag) },
    os: 'unknown',
    interfaces: [
      {
        id: source.address,
        name: source.address,
        ips: [],
        subnetId: subnetIds[0],
        forwarding: false,
        caveat: pool === source ? LAUNCH_TEMPLATE_CAVEAT : LAUNCH_TEMPLATE_CAVEAT.replace('launched from it', `${pool.address} launches`),
        remediation: {
          text: `Turn the check off when each instance boots: in the user data of ${source.address}${where(origin)}, call modify-instance-attribute for the instance itself (its instance role needs ec2:ModifyInstanceAttribute), or do it from a lifecycle hook.`,
          command: BOOT_COMMAND,
        },
        origin,
      },
    ],
    subnetIds: [...new Set(subnetIds)],
    created: true,
    managedBy: pool.address,
    origin: m.origin(pool),
  };
}

function labelsOfValue(value: unknown): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const [key, item] of Object.entries(record(value))) if (typeof item === 'string') labels[key] = item;
  return labels;
}

export function mapAws(m: Mapping): number {
  let count = 0;
  for (const vpc of m.plan.ofTypeOrData('aws_vpc')) {
    m.model.networks.push({
      id: idOf(vpc),
      name: str(record(vpc.values.tags).Name) ?? vpc.address,
      cidrs: [...m.optionalCidrs(vpc, ['cidr_block']), ...m.optionalCidrs(vpc, ['ipv6_cidr_block'])],
      origin: m.origin(vpc, { attributes: ['cidr_block'] }),
    });
    m.model.present.add('networks');
    count++;
  }
  for (const subnet of m.plan.ofTypeOrData('aws_subnet')) {
    const vpc = m.single(subnet, ['vpc_id'], ['aws_vpc']);
    m.model.subnets.push({
      id: idOf(subnet),
      name: str(record(subnet.values.tags).Name) ?? subnet.address,
      cidrs: [...m.optionalCidrs(subnet, ['cidr_block']), ...m.optionalCidrs(subnet, ['ipv6_cidr_block'])],
      networkId: vpc.kind === 'target' ? idOf(vpc.target) : vpc.kind === 'known' ? str(vpc.value) : undefined,
      origin: m.origin(subnet, { attributes: ['cidr_block'] }),
    });
    m.model.present.add('subnets');
    count++;
  }

  const enis = new Set<ResourceInstance>();
  for (const instance of m.plan.ofType('aws_instance')) {
    m.model.addMachine(instanceMachine(m, instance, enis));
    count++;
  }
  // ENIs attached through an `attachment` block or an aws_network_interface_attachment, not the instance's own blocks.
  for (const eni of m.plan.ofType('aws_network_interface')) {
    count++;
    if (enis.has(eni)) continue;
    const attachment = attachmentOf(m, eni);
    const machine = attachment?.target ? m.model.machine(attachment.target.address) : undefined;
    const iface = eniInterface(m, eni, machine?.address ?? eni.address);
    if (machine) {
      machine.interfaces.push(iface);
      machine.ips.push(...iface.ips);
    } else {
      m.model.externalInterfaces.push({ provider: 'aws', iface, instanceKey: attachment?.instanceId ? awsInstanceKey(attachment.instanceId) : localInstanceKey(m.model.file, eni.address) });
    }
  }

  const used = new Set<ResourceInstance>();
  for (const group of m.plan.ofType('aws_autoscaling_group')) {
    const template = templateOf(m, group);
    if (template) used.add(template);
    m.model.addMachine(poolMachine(m, group, template));
    count++;
  }
  for (const template of m.plan.ofType('aws_launch_template')) {
    count++;
    if (!used.has(template)) m.model.addMachine(poolMachine(m, template, template));
  }
  if (m.model.machines.some((machine) => machine.provider === 'aws')) {
    m.model.present.add('instances');
    m.model.present.add('interfaces');
  }
  return count;
}
