import { containsIp } from '../../model/cidr.js';
import type { Node } from '../../model/snapshot.js';
import type { Join } from '../builder.js';
import type { HostDump } from './dump.js';

/**
 * The addresses in a dump that name its node: an interface address (address dumps); the preferred source of the
 * connected routes (Linux route dumps, whose cni0 route's source is the node's pod CIDR gateway); the /32 host
 * route of the node IP (Windows route dumps).
 */
function evidence(dump: HostDump): readonly string[] {
  if (dump.addresses) return dump.addresses.map((address) => address.ip);
  const routes = dump.routes ?? [];
  if (dump.os === 'windows')
    return routes
      .filter((route) => route.gateway === undefined && route.dest.prefix === (route.dest.family === 4 ? 32 : 128))
      .map((route) => route.dest.text.slice(0, route.dest.text.indexOf('/')));
  return routes.flatMap((route) => (route.gateway === undefined && route.prefsrc ? [route.prefsrc] : []));
}

function holds(node: Node, ips: readonly string[], byPodCidr: boolean): boolean {
  if (node.internalIps.some((ip) => ips.includes(ip))) return true;
  return byPodCidr && node.podCidrs.some((cidr) => ips.some((ip) => containsIp(cidr, ip)));
}

/** The nodes a dump can belong to: by node IP first, then (Linux routes) by pod CIDR gateway. */
function candidates(dump: HostDump, nodes: readonly Node[]): readonly Node[] {
  const ips = evidence(dump);
  const byIp = nodes.filter((node) => !node.planned && holds(node, ips, false));
  if (byIp.length > 0 || dump.addresses || dump.os === 'windows') return byIp;
  return nodes.filter((node) => !node.planned && holds(node, ips, true));
}

/** Matches each node's address and route dumps to it by content once every input is read; file names mean nothing. */
export const hostJoin: Join<HostDump> = (dumps, nodes, _options, builder) => {
  for (const dump of dumps) {
    const what = dump.addresses ? 'address dump' : 'route dump';
    const found = candidates(dump, nodes);
    if (found.length !== 1) {
      const why =
        found.length === 0
          ? dump.addresses
            ? 'holds no node InternalIP'
            : 'has no connected route whose source is a node IP or pod CIDR gateway, nor a host route of a node IP'
          : `matches several nodes (${found.map((node) => node.name).join(', ')})`;
      builder.addGap({
        message: `${dump.origin.file}: this ${what} matches no single node: it ${why}, so it is not checked`,
        resource: dump.origin.file,
        origin: dump.origin,
      });
      continue;
    }
    const node = found[0]!.name;
    builder.addHost(
      dump.addresses
        ? { node, os: dump.os, addresses: dump.addresses, addressOrigin: dump.origin }
        : { node, os: dump.os, routes: dump.routes, routeOrigin: dump.origin },
    );
  }
};
