import { contains, supernet, type Cidr, type Family } from '../../model/cidr.js';
import type { HostRoute } from '../../model/snapshot.js';

/** A route more specific than a peer's pod CIDR that takes part of it elsewhere than the peer. */
export interface Diversion {
  readonly peer: string;
  readonly cidr: Cidr;
  /** The peer IP that the pod CIDR's own route goes via. */
  readonly via: string;
  readonly route: HostRoute;
}

/** The prefix lengths of the pod CIDRs of a cluster, by family: the only sizes a route can sit inside. */
export function podPrefixes(cidrs: Iterable<Cidr>): ReadonlyMap<Family, readonly number[]> {
  const found = new Map<Family, Set<number>>();
  for (const cidr of cidrs) found.set(cidr.family, (found.get(cidr.family) ?? new Set<number>()).add(cidr.prefix));
  return new Map([...found].map(([family, set]) => [family, [...set].sort((a, b) => a - b)]));
}

/**
 * A table's routes strictly inside a block of some pod CIDR size, by that block's text. Most routes of a table are
 * the pod CIDRs themselves, the default and the node subnet, none longer than a pod CIDR: only longer ones are looked at.
 */
export function routesInside(
  routes: readonly HostRoute[],
  prefixes: ReadonlyMap<Family, readonly number[]>,
): ReadonlyMap<string, readonly HostRoute[]> {
  const inside = new Map<string, HostRoute[]>();
  const v4 = prefixes.get(4)?.[0] ?? 32;
  const v6 = prefixes.get(6)?.[0] ?? 128;
  for (const route of routes) {
    if (route.dest.prefix <= (route.dest.family === 4 ? v4 : v6)) continue;
    for (const prefix of prefixes.get(route.dest.family)!) {
      if (prefix >= route.dest.prefix) break;
      const block = supernet(route.dest, prefix).text;
      inside.set(block, [...(inside.get(block) ?? []), route]);
    }
  }
  return inside;
}

/** Whether the more specific routes inside `route` cover all of it, so that it wins for no address. */
function shadowed(route: HostRoute, inside: readonly HostRoute[]): boolean {
  const within = inside
    .filter((other) => other.dest.prefix > route.dest.prefix && contains(route.dest, other.dest))
    .sort((a, b) => (a.dest.start < b.dest.start ? -1 : a.dest.start > b.dest.start ? 1 : 0));
  let next = route.dest.start;
  for (const other of within) {
    if (other.dest.start > next) return false;
    if (other.dest.end >= next) next = other.dest.end + 1n;
  }
  return next > route.dest.end;
}

/** The routes inside a pod CIDR that send some of its addresses elsewhere than `goesToPeer` allows. */
export function divertingRoutes(inside: readonly HostRoute[], goesToPeer: (route: HostRoute) => boolean): HostRoute[] {
  return inside.filter((route) => !goesToPeer(route) && !shadowed(route, inside));
}

/** "10.244.1.128/25 of 10.244.1.0/24 goes via 192.168.10.1 dev ens192" */
export function describeDiversion({ cidr, route }: Diversion): string {
  const how = route.gateway ? `via ${route.gateway}` : 'on-link';
  return `${route.dest.text} of ${cidr.text} goes ${how}${route.interface ? ` dev ${route.interface}` : ''}`;
}
