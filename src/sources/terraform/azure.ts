import type { Origin } from '../../model/origin.js';
import { azureId, azureInstanceKey } from '../provider-id.js';
import { bool, isRecord, list, record, records, str, type Json } from '../values.js';
import { labelsOf, type Mapping } from './mapping.js';
import { localInstanceKey, type TfInterface, type TfMachine, type TfNextHop } from './model.js';
import { isCreated, known, knownString, valueAt, type ResourceInstance } from './plan.js';

/**
 * Azure: azurerm_network_interface IP forwarding (ip_forwarding_enabled in azurerm 4.x, enable_ip_forwarding in
 * 3.x; off when not set) and the VMs using the NICs, scale sets' network_interface blocks, azurerm_route_table
 * (inline routes) and azurerm_route, azurerm_subnet_route_table_association, azurerm_subnet, azurerm_virtual_network.
 */

const VM_TYPES = ['azurerm_linux_virtual_machine', 'azurerm_windows_virtual_machine', 'azurerm_virtual_machine'];
const VMSS_TYPES = ['azurerm_linux_virtual_machine_scale_set', 'azurerm_windows_virtual_machine_scale_set', 'azurerm_orchestrated_virtual_machine_scale_set'];
const FORWARDING_KEYS = ['ip_forwarding_enabled', 'enable_ip_forwarding'];

function where(origin: Origin): string {
  return origin.line !== undefined ? ` (${origin.file}:${origin.line})` : '';
}

/** Resource ids compare in lower case, as everywhere else in the model; the address stands in while the id is unknown. */
function idOf(instance: ResourceInstance): string {
  const id = knownString(instance, ['id']);
  return id ? azureId(id) : instance.address;
}

/** The forwarding attribute the provider version uses: whichever the block holds (4.x renamed it). */
function forwardingKey(block: Json, unknown: unknown): string {
  return FORWARDING_KEYS.find((key) => key in block || (isRecord(unknown) && key in unknown)) ?? FORWARDING_KEYS[0]!;
}

function isWindows(instance: ResourceInstance): boolean {
  return instance.type.includes('windows') || records(instance.values.os_profile_windows_config).length > 0;
}

class Azure {
  /** NIC resources to the VM that uses them. */
  private readonly vmOfNic = new Map<ResourceInstance, ResourceInstance>();

  constructor(private readonly m: Mapping) {}

  tableIdFromName(name: string, resourceGroup: string | undefined): string | undefined {
    const table = this.m.plan.ofTypeOrData('azurerm_route_table').find((candidate) => knownString(candidate, ['name']) === name && (!resourceGroup || knownString(candidate, ['resource_group_name'])?.toLowerCase() === resourceGroup.toLowerCase()));
    return table ? idOf(table) : undefined;
  }

  /** A subnet or route table id attribute: the resource it refers to, or the id it names. */
  reference(instance: ResourceInstance, path: (string | number)[], types: string[]): { id?: string; why?: string } {
    const found = this.m.single(instance, path, types);
    if (found.kind === 'target') return { id: idOf(found.target) };
    if (found.kind === 'known' && str(found.value)) return { id: azureId(str(found.value)!) };
    return { why: found.kind === 'unknown' ? found.why : `${path.join('.')} is not set` };
  }

  forwarding(instance: ResourceInstance, path: (string | number)[], machine: string): boolean | undefined {
    const value = valueAt(instance, path);
    if (value.state === 'absent') return false;
    if (value.state === 'known') return bool(value.value);
    const resolved = this.m.resolver.resolve(instance, path);
    this.m.gap(`${instance.address}: ${resolved.kind === 'unknown' ? resolved.why : `${path.join('.')} is known only after apply`}: whether IP forwarding is enabled cannot be verified`, {
      machine,
      resource: instance.address,
      origin: this.m.origin(instance, { attributes: [String(path[path.length - 1])], path }),
    });
    return undefined;
  }

  nic(nic: ResourceInstance, machine: string): TfInterface {
    const key = forwardingKey(nic.values, nic.unknown);
    const origin = this.m.origin(nic, { attributes: [key], path: [key] });
    const configurations = records(nic.values.ip_configuration);
    const primary = Math.max(0, configurations.findIndex((config) => config.primary === true));
    const subnet = configurations.length > 0 ? this.reference(nic, ['ip_configuration', primary, 'subnet_id'], ['azurerm_subnet']) : { why: 'no ip_configuration' };
    if (subnet.why) this.m.gap(`${nic.address}: ${subnet.why}: which route table applies to it cannot be verified`, { machine, resource: nic.address, origin: this.m.origin(nic, { attributes: ['subnet_id'] }) });
    const ips = [
      ...configurations.map((_, i) => known(nic, ['ip_configuration', i, 'private_ip_address'])),
      ...list(known(nic, ['private_ip_addresses'])),
    ].map((value) => this.m.ip(value)).filter((ip): ip is string => ip !== undefined);
    return {
      id: nic.address,
      name: nic.address,
      ips: [...new Set(ips)],
      subnetId: subnet.id,
      forwarding: this.forwarding(nic, [key], machine),
      remediation: { text: `Set ${key} = true in ${nic.address}${where(origin)}${key === 'enable_ip_forwarding' ? ' (ip_forwarding_enabled from azurerm 4.0 on)' : ''}; Azure changes it in place.` },
      origin,
    };
  }

  nicsOf(vm: ResourceInstance): ResourceInstance[] {
    const nics = this.m.many(vm, ['network_interface_ids'], ['azurerm_network_interface']);
    const byId = nics.values
      .filter((value): value is string => typeof value === 'string')
      .map((id) => this.m.plan.ofType('azurerm_network_interface').find((nic) => knownString(nic, ['id'])?.toLowerCase() === id.toLowerCase()))
      .filter((nic): nic is ResourceInstance => nic !== undefined);
    if (nics.why) this.m.gap(`${vm.address}: ${nics.why}: its network interfaces cannot be verified`, { machine: vm.address, resource: vm.address, origin: this.m.origin(vm, { attributes: ['network_interface_ids'] }) });
    const result = [...byId, ...nics.targets];
    for (const nic of result) if (!this.vmOfNic.has(nic)) this.vmOfNic.set(nic, vm);
    return result;
  }

  vm(vm: ResourceInstance, nics: ResourceInstance[]): TfMachine {
    const interfaces = nics.map((nic) => this.nic(nic, vm.address));
    const id = knownString(vm, ['id']);
    const name = knownString(vm, ['name']);
    const resourceGroup = knownString(vm, ['resource_group_name']);
    const beforeId = str(vm.before?.id);
    const created = isCreated(vm);
    return {
      address: vm.address,
      provider: 'azure',
      pool: false,
      cloudKey: id ? azureInstanceKey(id) : undefined,
      cloudId: id ? azureId(id) : undefined,
      names: [name, knownString(vm, ['computer_name'])].filter((item): item is string => item !== undefined).map((item) => item.toLowerCase()),
      ips: interfaces.flatMap((iface) => iface.ips),
      previous: {
        cloudKey: created && beforeId ? azureInstanceKey(beforeId) : undefined,
        ips: created ? [this.m.ip(vm.before?.private_ip_address)].filter((ip): ip is string => ip !== undefined) : [],
      },
      providerIdMatches: !id && name && resourceGroup
        ? (providerId) => {
          const match = /\/resourcegroups\/([^/]+)\/providers\/microsoft\.compute\/virtualmachines\/([^/]+)$/i.exec(providerId);
          return match?.[1]?.toLowerCase() === resourceGroup.toLowerCase() && match[2]?.toLowerCase() === name.toLowerCase();
        }
        : undefined,
      networkTags: [],
      labels: labelsOf(vm, 'tags'),
      os: isWindows(vm) ? 'windows' : 'unknown',
      interfaces,
      subnetIds: interfaces[0]?.subnetId ? [interfaces[0].subnetId] : [],
      created,
      origin: this.m.origin(vm),
    };
  }

  scaleSet(set: ResourceInstance): TfMachine {
    const blocks = records(set.values.network_interface);
    const unknownBlocks = record(set.unknown).network_interface;
    const interfaces = blocks.map((block, i): TfInterface => {
      const key = forwardingKey(block, list(unknownBlocks)[i]);
      const origin = this.m.origin(set, { attributes: [key], path: ['network_interface', i, key] });
      const configurations = records(block.ip_configuration);
      const primary = Math.max(0, configurations.findIndex((config) => config.primary === true));
      const subnet = configurations.length > 0 ? this.reference(set, ['network_interface', i, 'ip_configuration', primary, 'subnet_id'], ['azurerm_subnet']) : { why: 'no ip_configuration' };
      if (subnet.why && (block.primary === true || blocks.length === 1)) {
        this.m.gap(`${set.address}: ${subnet.why}: the subnet of its nodes cannot be verified`, { machine: set.address, resource: set.address, origin: this.m.origin(set, { attributes: ['subnet_id'] }) });
      }
      const name = knownString(set, ['name']);
      const group = knownString(set, ['resource_group_name']);
      const label = blocks.length === 1 || block.primary === true ? set.address : `${set.address}.network_interface[${JSON.stringify(str(block.name) ?? i)}]`;
      return {
        id: label,
        name: label,
        ips: [],
        subnetId: subnet.id,
        forwarding: this.forwarding(set, ['network_interface', i, key], set.address),
        remediation: {
          text: `Set ${key} = true in the network_interface block of ${set.address}${where(origin)}; with a Manual upgrade policy, also bring the existing instances up to date.`,
          command: name && group ? `az vmss update-instances --resource-group ${group} --name ${name} --instance-ids '*'` : undefined,
        },
        origin,
      };
    });
    // The primary interface carries the node address; list it first.
    interfaces.sort((a, b) => Number(b.id === set.address) - Number(a.id === set.address));
    return {
      address: set.address,
      provider: 'azure',
      pool: true,
      names: [],
      ips: [],
      previous: { ips: [] },
      networkTags: [],
      labels: labelsOf(set, 'tags'),
      os: isWindows(set) ? 'windows' : 'unknown',
      interfaces,
      subnetIds: interfaces[0]?.subnetId ? [interfaces[0].subnetId] : [],
      created: true,
      managedBy: set.address,
      origin: this.m.origin(set),
    };
  }

  /** VirtualAppliance routes point at an IP; one known only after apply is followed to the NIC or VM it is the address of. */
  nextHop(route: ResourceInstance, hopType: string, ipPath: (string | number)[], resolve: () => ReturnType<Mapping['single']>): { hop?: TfNextHop; why?: string } {
    if (hopType !== 'VirtualAppliance') return { hop: { kind: 'other', text: hopType } };
    const found = resolve();
    if (found.kind === 'known') {
      const ip = this.m.ip(found.value);
      return ip ? { hop: { kind: 'ip', ip, text: `VirtualAppliance ${ip}` } } : { why: `${ipPath.join('.')} ${JSON.stringify(found.value)} is not an IP address` };
    }
    if (found.kind === 'target') {
      const vm = VM_TYPES.includes(found.target.type) ? found.target : this.vmOfNic.get(found.target);
      if (vm) return { hop: { kind: 'machine', address: vm.address, text: `VirtualAppliance ${vm.address}` } };
      if (found.target.type === 'azurerm_network_interface') {
        return { hop: { kind: 'instance', instanceKey: nicKey(this.m, found.target), text: `VirtualAppliance ${found.target.address}` } };
      }
      return { why: `${ipPath.join('.')} is known only after apply and is the address of ${found.target.address}, not of a VM` };
    }
    return { why: found.kind === 'unknown' ? found.why : `${ipPath.join('.')} is not set` };
  }

  addRoute(route: ResourceInstance, body: { name: string; prefix: unknown; prefixPath: (string | number)[]; hopType: unknown; ipPath: (string | number)[]; tableId: string; id: string; origin: Origin; resolve: () => ReturnType<Mapping['single']> }): void {
    const hopType = str(body.hopType);
    const { hop, why } = hopType ? this.nextHop(route, hopType, body.ipPath, body.resolve) : { hop: undefined, why: 'next_hop_type is known only after apply' };
    if (typeof body.prefix !== 'string' || !hop) {
      this.m.gap(`${route.address}: route ${body.name}: ${typeof body.prefix !== 'string' ? 'address_prefix is known only after apply' : why}: the route cannot be checked`, { resource: body.name, origin: body.origin });
      return;
    }
    this.m.model.routes.push({
      id: body.id,
      name: body.name,
      provider: 'azure',
      dest: this.m.cidr(route, body.prefixPath, body.prefix),
      nextHop: hop,
      priority: 0,
      tags: [],
      tableId: body.tableId,
      system: false,
      origin: body.origin,
    });
  }
}

/** The instance key of a NIC no VM of the plan uses: its VM when Azure knows it, else the NIC itself (joined by address). */
function nicKey(m: Mapping, nic: ResourceInstance): string {
  const vm = knownString(nic, ['virtual_machine_id']);
  return vm ? azureInstanceKey(vm) : localInstanceKey(m.model.file, nic.address);
}

export function mapAzure(m: Mapping): number {
  const azure = new Azure(m);
  let count = 0;
  for (const vnet of m.plan.ofTypeOrData('azurerm_virtual_network')) {
    m.model.networks.push({ id: idOf(vnet), name: knownString(vnet, ['name']) ?? vnet.address, cidrs: m.optionalCidrs(vnet, ['address_space']), origin: m.origin(vnet, { attributes: ['address_space'] }) });
    m.model.present.add('networks');
    count++;
  }
  for (const subnet of m.plan.ofTypeOrData('azurerm_subnet')) {
    const vnetName = knownString(subnet, ['virtual_network_name']);
    const vnet = vnetName ? m.plan.ofTypeOrData('azurerm_virtual_network').find((candidate) => knownString(candidate, ['name']) === vnetName) : undefined;
    m.model.subnets.push({
      id: idOf(subnet),
      name: knownString(subnet, ['name']) ?? subnet.address,
      cidrs: [...m.optionalCidrs(subnet, ['address_prefixes']), ...m.optionalCidrs(subnet, ['address_prefix'])],
      networkId: vnet ? idOf(vnet) : undefined,
      origin: m.origin(subnet, { attributes: ['address_prefixes', 'address_prefix'] }),
    });
    m.model.present.add('subnets');
    count++;
  }

  const used = new Set<ResourceInstance>();
  for (const vm of m.plan.ofType(...VM_TYPES)) {
    const nics = azure.nicsOf(vm);
    nics.forEach((nic) => used.add(nic));
    m.model.addMachine(azure.vm(vm, nics));
    count++;
  }
  for (const nic of m.plan.ofType('azurerm_network_interface')) {
    count++;
    if (used.has(nic)) continue;
    m.model.externalInterfaces.push({ provider: 'azure', iface: azure.nic(nic, nic.address), instanceKey: nicKey(m, nic) });
  }
  for (const set of m.plan.ofType(...VMSS_TYPES)) {
    m.model.addMachine(azure.scaleSet(set));
    count++;
  }
  if (m.model.machines.some((machine) => machine.provider === 'azure') || m.model.externalInterfaces.length > 0) {
    m.model.present.add('instances');
    m.model.present.add('interfaces');
  }

  for (const table of m.plan.ofTypeOrData('azurerm_route_table')) {
    count++;
    const tableId = idOf(table);
    const name = knownString(table, ['name']) ?? table.address;
    const associated = list(known(table, ['subnets'])).filter((id): id is string => typeof id === 'string').map(azureId);
    m.model.tables.push({ id: tableId, name, subnetIds: associated, origin: m.origin(table) });
    const config = m.resolver.configExpressions(table);
    // The table's `route` attribute also lists routes of separate azurerm_route resources: not those the plan destroys.
    const destroyed = new Set(m.plan.deleted.filter((route) => route.type === 'azurerm_route' && str(route.values.route_table_name) === name).map((route) => str(route.values.name)));
    records(table.values.route).forEach((route, i) => {
      const routeName = str(route.name) ?? `${name}/route[${i}]`;
      if (destroyed.has(routeName)) return;
      // Inline routes are a set: match the configuration block by name, not by position.
      const block = records(config?.route).find((candidate) => record(candidate.name).constant_value === routeName);
      azure.addRoute(table, {
        name: routeName,
        prefix: route.address_prefix,
        prefixPath: ['route', i, 'address_prefix'],
        hopType: route.next_hop_type,
        ipPath: ['route', i, 'next_hop_in_ip_address'],
        tableId,
        id: `${tableId}/routes/${routeName}`.toLowerCase(),
        origin: m.origin(table, { literal: routeName }),
        resolve: () => {
          const value = valueAt(table, ['route', i, 'next_hop_in_ip_address']);
          if (value.state === 'known') return { kind: 'known', value: value.value };
          if (value.state === 'absent') return { kind: 'absent' };
          return m.followSingle(table, block ? record(block.next_hop_in_ip_address) : undefined, `route ${routeName}: next_hop_in_ip_address`, ['azurerm_network_interface', ...VM_TYPES]);
        },
      });
    });
  }
  for (const route of m.plan.ofType('azurerm_route')) {
    count++;
    const name = knownString(route, ['name']) ?? route.address;
    const origin = m.origin(route);
    const table = m.single(route, ['route_table_name'], ['azurerm_route_table']);
    const tableId = table.kind === 'target' ? idOf(table.target) : table.kind === 'known' && str(table.value) ? azure.tableIdFromName(str(table.value)!, knownString(route, ['resource_group_name'])) : undefined;
    if (!tableId) {
      const why = table.kind === 'unknown' ? table.why : `route table ${JSON.stringify(table.kind === 'known' ? table.value : null)} is not in the plan`;
      m.gap(`${route.address}: ${why}: the subnets the route applies to cannot be verified`, { resource: name, origin });
      continue;
    }
    const id = knownString(route, ['id']);
    azure.addRoute(route, {
      name,
      prefix: known(route, ['address_prefix']),
      prefixPath: ['address_prefix'],
      hopType: known(route, ['next_hop_type']),
      ipPath: ['next_hop_in_ip_address'],
      tableId,
      id: id ? azureId(id) : `${tableId}/routes/${name}`.toLowerCase(),
      origin,
      resolve: () => m.single(route, ['next_hop_in_ip_address'], ['azurerm_network_interface', ...VM_TYPES]),
    });
  }
  for (const association of m.plan.ofType('azurerm_subnet_route_table_association')) {
    count++;
    const subnet = azure.reference(association, ['subnet_id'], ['azurerm_subnet']);
    const table = azure.reference(association, ['route_table_id'], ['azurerm_route_table']);
    if (subnet.id && table.id) m.model.associations.push({ tableId: table.id, subnetId: subnet.id });
    else {
      m.gap(`${association.address}: ${subnet.why ?? table.why}: which subnet uses which route table cannot be verified`, {
        resource: association.address,
        origin: m.origin(association, { attributes: [subnet.why ? 'subnet_id' : 'route_table_id'] }),
      });
    }
  }
  if (m.plan.ofTypeOrData('azurerm_route_table', 'azurerm_route').length > 0) {
    m.model.present.add('routes');
    m.model.present.add('routeTables');
  }
  return count;
}
