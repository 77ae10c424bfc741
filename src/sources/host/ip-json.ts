import type { HostAddress, HostRoute } from '../../model/snapshot.js';
import type { ReadContext } from '../context.js';
import type { FormatReader } from '../format.js';
import { isRecord, list, num, records, str } from '../values.js';
import { hostAddress, routeDest } from './dump.js';
import { hostJoin } from './join.js';

/** Every item of a non-empty list is an object with these keys (ip -json prints an array of objects). */
function everyItemHas(value: unknown, test: (item: Record<string, unknown>) => boolean): boolean {
  return Array.isArray(value) && value.length > 0 && value.every((item) => isRecord(item) && test(item));
}

/** `ip -json addr show`: one object per link, its addresses in `addr_info` (iproute2 ip/ipaddress.c). */
export const ipJsonAddr: FormatReader = {
  id: 'ip-json-addr',
  producedBy: 'ip -json addr show (iproute2, on each node)',
  matches: (value) =>
    everyItemHas(value, (item) => typeof item['ifname'] === 'string' && Array.isArray(item['addr_info'])),
  read(value: unknown, context: ReadContext) {
    const addresses: HostAddress[] = [];
    records(value).forEach((link, i) => {
      const ifname = str(link['ifname'])!;
      records(link['addr_info']).forEach((info, j) => {
        // Loopback and link-local addresses carry no node traffic.
        if ((info['family'] !== 'inet' && info['family'] !== 'inet6') || info['scope'] === 'host') return;
        if (info['scope'] === 'link') return;
        const path = [i, 'addr_info', j, 'local'];
        addresses.push(hostAddress(info['local'], info['prefixlen'], str(info['label']) ?? ifname, path, context));
      });
    });
    context.builder.collect(hostJoin, { os: 'linux', addresses, origin: context.origin([]) });
    return list(value).length;
  },
};

/** `ip -json route show`: one object per route; `dst` is "default", a CIDR or a bare host address. */
export const ipJsonRoute: FormatReader = {
  id: 'ip-json-route',
  producedBy: 'ip -json route show (iproute2, on each node; add -6 for IPv6 routes)',
  matches: (value) =>
    everyItemHas(
      value,
      (item) => typeof item['dst'] === 'string' && (item['dev'] !== undefined || item['gateway'] !== undefined),
    ),
  read(value: unknown, context: ReadContext) {
    const routes: HostRoute[] = [];
    records(value).forEach((route, i) => {
      // Local, broadcast and unreachable routes (`ip route show table all`) are never a path to a peer.
      if (route['type'] !== undefined && route['type'] !== 'unicast') return;
      const gateway = context.optionalIp(route['gateway'], [i, 'gateway'], 'route gateway');
      const family = gateway?.includes(':') || str(route['dst'])?.includes(':') ? 6 : 4;
      routes.push({
        dest: routeDest(route['dst'], family, [i, 'dst'], context),
        gateway,
        interface: str(route['dev']),
        prefsrc: context.optionalIp(route['prefsrc'], [i, 'prefsrc'], 'route prefsrc'),
        protocol:
          str(route['protocol']) ?? (num(route['protocol']) === undefined ? undefined : String(route['protocol'])),
      });
    });
    context.builder.collect(hostJoin, { os: 'linux', routes, origin: context.origin([]) });
    return routes.length;
  },
};
