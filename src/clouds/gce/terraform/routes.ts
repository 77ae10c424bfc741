import { gceInstanceKey, gceInstanceKeyFromUrl, gcePath } from '../../../model/instance-key.js';
import type { ResourceMapper } from '../../../sources/terraform/cloud.js';
import type { Mapping } from '../../../sources/terraform/mapping.js';
import type { TfNextHop } from '../../../sources/terraform/model.js';
import { known, knownString, valueAt, type ResourceInstance } from '../../../sources/terraform/plan.js';
import { num, str, strings } from '../../../sources/values.js';
import { instanceKeyOf, networkOf, projectOf } from './common.js';

/** google_compute_route: dest_range, next hop, tags, priority and network. */

const OTHER_NEXT_HOPS = ['next_hop_gateway', 'next_hop_ilb', 'next_hop_vpn_tunnel', 'next_hop_network'];

type Hop = { hop?: TfNextHop; why?: string };

/** next_hop_instance as a name (with next_hop_instance_zone) or a URL: an instance of the plan, or another one. */
function instanceHop(m: Mapping, route: ResourceInstance, value: string): Hop {
  const key = value.includes('/')
    ? gceInstanceKeyFromUrl(value)
    : (() => {
        const zone = knownString(route, ['next_hop_instance_zone']) ?? m.plan.providerArgument('google', 'zone');
        const project = projectOf(m, route);
        return zone && project ? gceInstanceKey(project, zone, value) : undefined;
      })();
  if (!key) return { why: `next_hop_instance ${JSON.stringify(value)} names no zone (next_hop_instance_zone)` };
  const machine = m.plan.ofType('google_compute_instance').find((candidate) => instanceKeyOf(m, candidate) === key);
  if (machine) return { hop: { kind: 'machine', address: machine.address, text: `instance ${machine.address}` } };
  return {
    hop: { kind: 'instance', instanceKey: key, text: `instance ${value.includes('/') ? gcePath(value) : value}` },
  };
}

function nextHopOf(m: Mapping, route: ResourceInstance): Hop {
  const instance = m.single(route, ['next_hop_instance'], ['google_compute_instance']);
  if (instance.kind === 'target')
    return { hop: { kind: 'machine', address: instance.target.address, text: `instance ${instance.target.address}` } };
  if (instance.kind === 'known' && str(instance.value)) return instanceHop(m, route, str(instance.value)!);
  if (instance.kind === 'unknown') return { why: instance.why };
  const ip = m.single(route, ['next_hop_ip'], ['google_compute_instance']);
  if (ip.kind === 'known') {
    const address = m.ip(ip.value);
    return address
      ? { hop: { kind: 'ip', ip: address, text: `IP ${address}` } }
      : { why: `next_hop_ip ${JSON.stringify(ip.value)} is not an IP address` };
  }
  if (ip.kind === 'target')
    return { hop: { kind: 'machine', address: ip.target.address, text: `instance ${ip.target.address}` } };
  if (ip.kind === 'unknown') return { why: ip.why };
  for (const attribute of OTHER_NEXT_HOPS) {
    const value = valueAt(route, [attribute]);
    if (value.state === 'known')
      return {
        hop: {
          kind: 'other',
          text: `${attribute.replace(/^next_hop_/, '')} ${String(value.value).split('/').pop()}`,
          // The API's field name, as the routes listing gives it.
          type: attribute.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase()),
        },
      };
    if (value.state === 'unknown')
      return { hop: { kind: 'other', text: `${attribute.replace(/^next_hop_/, '')} (known after apply)` } };
  }
  return { why: 'the route has no next hop' };
}

export const routeMapper: ResourceMapper = {
  map(route, m) {
    const name = knownString(route, ['name']) ?? route.address;
    const origin = m.origin(route);
    const destination = valueAt(route, ['dest_range']);
    const { hop, why } = nextHopOf(m, route);
    if (destination.state !== 'known' || !hop) {
      const resolved = destination.state === 'known' ? undefined : m.resolver.resolve(route, ['dest_range']);
      const reason = resolved ? (resolved.kind === 'unknown' ? resolved.why : 'dest_range is not set') : why;
      m.gap(`${route.address}: ${reason}: the route cannot be checked`, { resource: route.address, origin });
      return { present: ['routes'] };
    }
    const network = networkOf(m, route, ['network']);
    if (!network.id)
      m.gap(`${route.address}: ${network.why}: which instances the route applies to cannot be verified`, {
        resource: route.address,
        origin,
      });
    const project = projectOf(m, route);
    const selfLink = knownString(route, ['self_link']);
    const tfRoute = {
      id: selfLink
        ? gcePath(selfLink)
        : project && knownString(route, ['name'])
          ? `projects/${project}/global/routes/${name}`
          : route.address,
      name,
      provider: 'gce' as const,
      dest: m.cidr(route, ['dest_range'], destination.value),
      nextHop: hop,
      priority: num(known(route, ['priority'])) ?? 1000,
      network: network.id,
      tags: strings(known(route, ['tags'])),
      system: false,
      origin,
    };
    return { routes: [tfRoute], present: ['routes'] };
  },
};
