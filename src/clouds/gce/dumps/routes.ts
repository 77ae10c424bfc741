import { canonicalIp, parseCidr } from '../../../model/cidr.js';
import type { NextHop } from '../../../model/snapshot.js';
import type { Path, ReadContext } from '../../../sources/context.js';
import type { FormatReader } from '../../../sources/format.js';
import { gceInstanceKeyFromUrl, gcePath } from '../../../model/instance-key.js';
import { eachOfList, isListOf } from '../../../sources/typed-list.js';
import { num, str, strings, type Json } from '../../../sources/values.js';

const KIND = 'compute#route';
/** Next hops that are never a node, with the words messages use for them. */
const OTHER_NEXT_HOPS: Readonly<Record<string, string>> = {
  nextHopGateway: 'gateway',
  nextHopNetwork: 'network',
  nextHopPeering: 'peering',
  nextHopIlb: 'internal load balancer',
  nextHopVpnTunnel: 'VPN tunnel',
  nextHopHub: 'NCC hub',
  nextHopInterconnectAttachment: 'interconnect attachment',
};

function instanceHop(url: string): NextHop | undefined {
  const key = gceInstanceKeyFromUrl(url);
  return key ? { kind: 'instance', instanceKey: key, text: `instance ${gcePath(url)}` } : undefined;
}

function nextHopOf(route: Json, path: Path, context: ReadContext): NextHop {
  const instance = str(route.nextHopInstance);
  if (instance) {
    return (
      instanceHop(instance) ??
      context.fail([...path, 'nextHopInstance'], `route ${str(route.name)}: nextHopInstance is not an instance URL`)
    );
  }
  if (route.nextHopIp !== undefined) {
    const ip =
      canonicalIp(route.nextHopIp) ??
      context.ip(route.nextHopIp, [...path, 'nextHopIp'], `route ${str(route.name)}: nextHopIp`);
    return { kind: 'ip', ip, text: `IP ${ip}` };
  }
  const other = Object.keys(OTHER_NEXT_HOPS).find((key) => route[key] !== undefined);
  return other
    ? { kind: 'other', text: `${OTHER_NEXT_HOPS[other]} ${gcePath(String(route[other]))}`, type: other }
    : { kind: 'other', text: 'none' };
}

/**
 * Subnet routes of the network and of its peers: `nextHopNetwork`, or `nextHopPeering` unless `routeType` says the
 * peer exported a static or dynamic route (listings without `routeType` are taken as subnet routes, which most
 * peering routes are: private services access, GKE control planes).
 */
function isSubnetRoute(route: Json): boolean {
  if (route.nextHopNetwork !== undefined) return true;
  return route.nextHopPeering !== undefined && route.routeType !== 'STATIC' && route.routeType !== 'BGP';
}

export const gcloudRoutes: FormatReader = {
  id: 'gcloud-routes',
  producedBy: 'gcloud compute routes list --format=json',
  matches: (value) => isListOf(value, 'kind', KIND),
  read(value: unknown, context: ReadContext) {
    const count = eachOfList(value, 'kind', KIND, context, (route, path) => {
      const name = str(route.name);
      if (!name) context.fail(path, 'route without a name');
      const nextHop = nextHopOf(route, path, context);
      context.builder.addRoute({
        id: str(route.selfLink) ? gcePath(str(route.selfLink)!) : name,
        name,
        provider: 'gce',
        dest:
          parseCidr(route.destRange) ??
          context.cidr(route.destRange, [...path, 'destRange'], `route ${name}: destRange`),
        nextHop,
        priority: num(route.priority) ?? 1000,
        network: str(route.network) ? gcePath(str(route.network)!) : undefined,
        tags: strings(route.tags),
        // Subnet routes, peering routes and the default internet route are created by GCE itself. They still carry
        // traffic: route analysis matches them like any other route.
        system:
          route.nextHopNetwork !== undefined ||
          route.nextHopPeering !== undefined ||
          (name.startsWith('default-route-') && nextHop.kind === 'other'),
        exclusive: isSubnetRoute(route),
        origin: context.origin(path),
      });
    });
    context.builder.markPresent('routes');
    return count;
  },
};
