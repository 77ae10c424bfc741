import type { Origin } from '../../model/origin.js';
import { gceInstanceKey, gceInstanceKeyFromUrl, gcePath } from '../provider-id.js';
import { bool, num, records, str, strings } from '../values.js';
import { labelsOf, type Mapping } from './mapping.js';
import type { TfInterface, TfMachine, TfNextHop } from './model.js';
import { isCreated, known, knownString, valueAt, type ResourceInstance } from './plan.js';

/**
 * GCE: google_compute_instance (can_ip_forward, false when not set; network, subnetwork, network_ip, tags),
 * google_compute_instance_template with the managed instance groups that use it (their future nodes),
 * google_compute_route (dest_range, next hop, tags, priority, network) and google_compute_subnetwork.
 */

const TEMPLATE_CAVEAT = 'the instance template sets canIpForward false for every instance the managed instance group creates from it (a template cannot be changed, only replaced)';

const OTHER_NEXT_HOPS = ['next_hop_gateway', 'next_hop_ilb', 'next_hop_vpn_tunnel', 'next_hop_network'];

function where(origin: Origin): string {
  return origin.line !== undefined ? ` (${origin.file}:${origin.line})` : '';
}

class Gce {
  private readonly defaultProject: string | undefined;
  private readonly defaultZone: string | undefined;

  constructor(private readonly m: Mapping) {
    this.defaultProject = m.plan.providerArgument('google', 'project');
    this.defaultZone = m.plan.providerArgument('google', 'zone');
  }

  project(instance: ResourceInstance): string | undefined {
    return knownString(instance, ['project']) ?? this.defaultProject;
  }

  /** Networks compare as "projects/P/global/networks/N", however the plan spells them (URL, path, bare name). */
  networkFromValue(value: string, project: string | undefined): string {
    if (value.includes('projects/')) return gcePath(value);
    const name = value.split('/').pop() ?? value;
    return project ? `projects/${project}/global/networks/${name}` : name;
  }

  networkIdOf(network: ResourceInstance): string {
    const selfLink = knownString(network, ['self_link']);
    if (selfLink) return gcePath(selfLink);
    const name = knownString(network, ['name']);
    return name ? this.networkFromValue(name, this.project(network)) : network.address;
  }

  subnetworkIdOf(subnetwork: ResourceInstance): string {
    const selfLink = knownString(subnetwork, ['self_link']);
    if (selfLink) return gcePath(selfLink);
    const name = knownString(subnetwork, ['name']);
    const region = knownString(subnetwork, ['region']);
    const project = this.project(subnetwork);
    return name && region && project ? `projects/${project}/regions/${region}/subnetworks/${name}` : subnetwork.address;
  }

  /** The network an attribute names or refers to; a subnetwork's network when only that is given. */
  network(instance: ResourceInstance, path: (string | number)[], subnetworkPath?: (string | number)[]): { id?: string; why?: string } {
    const project = this.project(instance);
    const network = this.m.single(instance, path, ['google_compute_network']);
    if (network.kind === 'known' && str(network.value)) return { id: this.networkFromValue(str(network.value)!, project) };
    if (network.kind === 'target') return { id: this.networkIdOf(network.target) };
    if (subnetworkPath) {
      const subnetwork = this.m.single(instance, subnetworkPath, ['google_compute_subnetwork']);
      if (subnetwork.kind === 'target') {
        const viaSubnet = this.network(subnetwork.target, ['network']);
        if (viaSubnet.id) return viaSubnet;
      }
      if (subnetwork.kind === 'known') {
        const target = this.m.plan.ofTypeOrData('google_compute_subnetwork').find((candidate) => {
          const link = knownString(candidate, ['self_link']);
          return link !== undefined && gcePath(link) === gcePath(String(subnetwork.value));
        });
        if (target) return this.network(target, ['network']);
      }
    }
    return { why: network.kind === 'unknown' ? network.why : `${path.join('.')} is not set` };
  }

  subnetwork(instance: ResourceInstance, path: (string | number)[]): string | undefined {
    const subnetwork = this.m.single(instance, path, ['google_compute_subnetwork']);
    if (subnetwork.kind === 'target') return this.subnetworkIdOf(subnetwork.target);
    if (subnetwork.kind !== 'known' || !str(subnetwork.value)) return undefined;
    const value = str(subnetwork.value)!;
    if (value.includes('projects/')) return gcePath(value);
    const zone = knownString(instance, ['zone']);
    const region = knownString(instance, ['region']) ?? zone?.replace(/-[a-z]$/, '');
    const project = this.project(instance);
    return region && project ? `projects/${project}/regions/${region}/subnetworks/${value}` : value;
  }

  /** can_ip_forward: false when not set; unknown is a gap. */
  forwarding(instance: ResourceInstance, machine: string): boolean | undefined {
    const value = valueAt(instance, ['can_ip_forward']);
    if (value.state === 'absent') return false;
    if (value.state === 'known') return bool(value.value);
    const resolved = this.m.resolver.resolve(instance, ['can_ip_forward']);
    this.m.gap(`${instance.address}: ${resolved.kind === 'unknown' ? resolved.why : 'can_ip_forward is known only after apply'}: whether IP forwarding is allowed cannot be verified`, {
      machine,
      resource: instance.address,
      origin: this.m.origin(instance, { attributes: ['can_ip_forward'], path: ['can_ip_forward'] }),
    });
    return undefined;
  }

  interfaces(instance: ResourceInstance, machine: string, forwarding: boolean | undefined, extra: Pick<TfInterface, 'caveat' | 'remediation'>): { interfaces: TfInterface[]; network?: string } {
    const origin = this.m.origin(instance, { attributes: ['can_ip_forward'], path: ['can_ip_forward'] });
    let network: string | undefined;
    const interfaces = records(instance.values.network_interface).map((_, i): TfInterface => {
      const found = this.network(instance, ['network_interface', i, 'network'], ['network_interface', i, 'subnetwork']);
      if (i === 0) network = found.id;
      if (i === 0 && found.why) {
        this.m.gap(`${instance.address}: ${found.why}: which routes apply to it cannot be verified`, { machine, resource: instance.address, origin: this.m.origin(instance, { attributes: ['network', 'subnetwork'] }) });
      }
      const ips = [this.m.ip(known(instance, ['network_interface', i, 'network_ip'])), this.m.ip(known(instance, ['network_interface', i, 'ipv6_address']))];
      return {
        id: i === 0 ? instance.address : `${instance.address}.network_interface[${i}]`,
        name: i === 0 ? instance.address : `${instance.address}.network_interface[${i}]`,
        ips: ips.filter((ip): ip is string => ip !== undefined),
        subnetId: this.subnetwork(instance, ['network_interface', i, 'subnetwork']),
        forwarding,
        ...extra,
        origin,
      };
    });
    if (interfaces.length === 0) {
      this.m.gap(`${instance.address}: no network_interface: its network cannot be verified`, { machine, resource: instance.address, origin: this.m.origin(instance) });
    }
    return { interfaces, network };
  }

  instance(instance: ResourceInstance): TfMachine {
    const name = knownString(instance, ['name']);
    const zone = knownString(instance, ['zone']) ?? this.defaultZone;
    const project = this.project(instance);
    const cloudKey = name && zone && project ? gceInstanceKey(project, zone, name) : undefined;
    const origin = this.m.origin(instance, { attributes: ['can_ip_forward'], path: ['can_ip_forward'] });
    const forwarding = this.forwarding(instance, instance.address);
    const { interfaces, network } = this.interfaces(instance, instance.address, forwarding, {
      remediation: { text: `Set can_ip_forward = true in ${instance.address}${where(origin)} (Terraform stops or recreates the instance to change it).` },
    });
    const selfLink = knownString(instance, ['self_link']);
    const beforeIp = this.m.ip(records(instance.before?.network_interface)[0]?.network_ip);
    return {
      address: instance.address,
      provider: 'gce',
      pool: false,
      cloudKey,
      cloudId: selfLink ? gcePath(selfLink) : cloudKey ? `projects/${project}/zones/${zone}/instances/${name}` : undefined,
      names: name ? [name.toLowerCase()] : [],
      ips: interfaces.flatMap((iface) => iface.ips),
      previous: { ips: isCreated(instance) && beforeIp ? [beforeIp] : [] },
      providerIdMatches: name && zone && !project
        ? (providerId) => {
          const match = /^gce:\/\/[^/]+\/([^/]+)\/([^/]+)$/.exec(providerId);
          return match?.[1] === zone && match[2] === name;
        }
        : undefined,
      network,
      networkTags: strings(known(instance, ['tags'])),
      labels: labelsOf(instance, 'effective_labels', 'labels'),
      os: 'unknown',
      interfaces,
      subnetIds: interfaces[0]?.subnetId ? [interfaces[0].subnetId] : [],
      created: isCreated(instance),
      origin: this.m.origin(instance),
    };
  }

  /** A managed instance group (or an instance template no group in the plan uses): nodes still to be created. */
  pool(group: ResourceInstance | undefined, template: ResourceInstance): TfMachine {
    const pool = group ?? template;
    const origin = this.m.origin(template, { attributes: ['can_ip_forward'], path: ['can_ip_forward'] });
    const forwarding = this.forwarding(template, pool.address);
    const { interfaces, network } = this.interfaces(template, pool.address, forwarding, {
      caveat: TEMPLATE_CAVEAT,
      remediation: {
        text: `Set can_ip_forward = true in ${template.address}${where(origin)}; Terraform creates a new template (use name_prefix with create_before_destroy), then roll the group so its instances are recreated from it.`,
      },
    });
    return {
      address: pool.address,
      provider: 'gce',
      pool: true,
      names: [],
      ips: [],
      previous: { ips: [] },
      network,
      networkTags: strings(known(template, ['tags'])),
      labels: labelsOf(template, 'effective_labels', 'labels'),
      os: 'unknown',
      interfaces: interfaces.slice(0, 1),
      subnetIds: interfaces[0]?.subnetId ? [interfaces[0].subnetId] : [],
      created: true,
      managedBy: pool.address,
      origin: this.m.origin(pool),
    };
  }

  templateOf(group: ResourceInstance): ResourceInstance | undefined {
    const paths = [...records(group.values.version).map((_, i) => ['version', i, 'instance_template']), ['instance_template']];
    for (const path of paths) {
      const found = this.m.single(group, path, ['google_compute_instance_template', 'google_compute_region_instance_template']);
      if (found.kind === 'target') return found.target;
      if (found.kind === 'known' && str(found.value)) {
        const value = gcePath(str(found.value)!);
        const match = this.m.plan.ofType('google_compute_instance_template', 'google_compute_region_instance_template').find((template) => {
          const link = knownString(template, ['self_link']);
          return (link !== undefined && gcePath(link) === value) || knownString(template, ['id']) === value || knownString(template, ['name']) === value.split('/').pop();
        });
        if (match) return match;
      }
    }
    return undefined;
  }

  nextHop(route: ResourceInstance): { hop?: TfNextHop; why?: string } {
    const instance = this.m.single(route, ['next_hop_instance'], ['google_compute_instance']);
    if (instance.kind === 'target') return { hop: { kind: 'machine', address: instance.target.address, text: `instance ${instance.target.address}` } };
    if (instance.kind === 'known' && str(instance.value)) {
      const value = str(instance.value)!;
      const key = value.includes('/')
        ? gceInstanceKeyFromUrl(value)
        : (() => {
          const zone = knownString(route, ['next_hop_instance_zone']) ?? this.defaultZone;
          const project = this.project(route);
          return zone && project ? gceInstanceKey(project, zone, value) : undefined;
        })();
      if (!key) return { why: `next_hop_instance ${JSON.stringify(value)} names no zone (next_hop_instance_zone)` };
      const machine = this.m.plan.ofType('google_compute_instance').find((candidate) => this.keyOf(candidate) === key);
      if (machine) return { hop: { kind: 'machine', address: machine.address, text: `instance ${machine.address}` } };
      return { hop: { kind: 'instance', instanceKey: key, text: `instance ${value.includes('/') ? gcePath(value) : value}` } };
    }
    if (instance.kind === 'unknown') return { why: instance.why };
    const ip = this.m.single(route, ['next_hop_ip'], ['google_compute_instance']);
    if (ip.kind === 'known') {
      const address = this.m.ip(ip.value);
      return address ? { hop: { kind: 'ip', ip: address, text: `IP ${address}` } } : { why: `next_hop_ip ${JSON.stringify(ip.value)} is not an IP address` };
    }
    if (ip.kind === 'target') return { hop: { kind: 'machine', address: ip.target.address, text: `instance ${ip.target.address}` } };
    if (ip.kind === 'unknown') return { why: ip.why };
    for (const attribute of OTHER_NEXT_HOPS) {
      const value = valueAt(route, [attribute]);
      if (value.state === 'known') return { hop: { kind: 'other', text: `${attribute.replace(/^next_hop_/, '')} ${String(value.value).split('/').pop()}` } };
      if (value.state === 'unknown') return { hop: { kind: 'other', text: `${attribute.replace(/^next_hop_/, '')} (known after apply)` } };
    }
    return { why: 'the route has no next hop' };
  }

  keyOf(instance: ResourceInstance): string | undefined {
    const name = knownString(instance, ['name']);
    const zone = knownString(instance, ['zone']) ?? this.defaultZone;
    const project = this.project(instance);
    return name && zone && project ? gceInstanceKey(project, zone, name) : undefined;
  }

  route(route: ResourceInstance): void {
    const m = this.m;
    const name = knownString(route, ['name']) ?? route.address;
    const origin = m.origin(route);
    const destination = valueAt(route, ['dest_range']);
    const { hop, why } = this.nextHop(route);
    if (destination.state !== 'known' || !hop) {
      const resolved = destination.state === 'known' ? undefined : m.resolver.resolve(route, ['dest_range']);
      const reason = resolved ? (resolved.kind === 'unknown' ? resolved.why : 'dest_range is not set') : why;
      m.gap(`${route.address}: ${reason}: the route cannot be checked`, { resource: route.address, origin });
      return;
    }
    const network = this.network(route, ['network']);
    if (!network.id) m.gap(`${route.address}: ${network.why}: which instances the route applies to cannot be verified`, { resource: route.address, origin });
    const project = this.project(route);
    const selfLink = knownString(route, ['self_link']);
    m.model.routes.push({
      id: selfLink ? gcePath(selfLink) : project && knownString(route, ['name']) ? `projects/${project}/global/routes/${name}` : route.address,
      name,
      provider: 'gce',
      dest: m.cidr(route, ['dest_range'], destination.value),
      nextHop: hop,
      priority: num(known(route, ['priority'])) ?? 1000,
      network: network.id,
      tags: strings(known(route, ['tags'])),
      system: false,
      origin,
    });
  }
}

export function mapGce(m: Mapping): number {
  const gce = new Gce(m);
  let count = 0;
  for (const subnetwork of m.plan.ofTypeOrData('google_compute_subnetwork')) {
    const range = m.optionalCidrs(subnetwork, ['ip_cidr_range']);
    const network = gce.network(subnetwork, ['network']);
    m.model.subnets.push({
      id: gce.subnetworkIdOf(subnetwork),
      name: knownString(subnetwork, ['name']) ?? subnetwork.address,
      cidrs: [...range, ...m.optionalCidrs(subnetwork, ['ipv6_cidr_range'])],
      networkId: network.id,
      origin: m.origin(subnetwork, { attributes: ['ip_cidr_range'] }),
    });
    m.model.present.add('subnets');
    count++;
  }
  for (const instance of m.plan.ofType('google_compute_instance')) {
    m.model.addMachine(gce.instance(instance));
    count++;
  }
  const used = new Set<ResourceInstance>();
  for (const group of m.plan.ofType('google_compute_instance_group_manager', 'google_compute_region_instance_group_manager')) {
    count++;
    const template = gce.templateOf(group);
    if (!template) continue;
    used.add(template);
    m.model.addMachine(gce.pool(group, template));
  }
  for (const template of m.plan.ofType('google_compute_instance_template', 'google_compute_region_instance_template')) {
    count++;
    if (!used.has(template)) m.model.addMachine(gce.pool(undefined, template));
  }
  if (m.model.machines.some((machine) => machine.provider === 'gce')) {
    m.model.present.add('instances');
    m.model.present.add('interfaces');
  }
  const routes = m.plan.ofType('google_compute_route');
  for (const route of routes) gce.route(route);
  if (routes.length > 0) m.model.present.add('routes');
  return count + routes.length;
}
