import { hostCidr, parseCidr, type Cidr } from '../../model/cidr.js';
import type { Origin } from '../../model/origin.js';
import type { HostAddress, HostRoute, Os } from '../../model/snapshot.js';
import type { Path, ReadContext } from '../context.js';

/** One node's address or route dump, kept until every input is read: matching it needs the nodes. */
export interface HostDump {
  readonly os: Os;
  readonly addresses?: readonly HostAddress[];
  readonly routes?: readonly HostRoute[];
  readonly origin: Origin;
}

/** An interface address and its prefix length, as the prefix the kernel takes as on-link. */
export function hostAddress(
  ip: unknown,
  prefixLength: unknown,
  iface: string,
  path: Path,
  context: ReadContext,
): HostAddress {
  const address = context.ip(ip, path, `${iface}: address`);
  const prefix = parseCidr(`${address}/${String(prefixLength)}`);
  if (!prefix || typeof prefixLength !== 'number')
    context.fail(path, `${iface}: prefix length ${JSON.stringify(prefixLength)} is not valid for ${address}`);
  return { ip: address, prefix, interface: iface };
}

/** A route destination: a CIDR, a bare address (a host route) or `default`. */
export function routeDest(value: unknown, family: 4 | 6, path: Path, context: ReadContext): Cidr {
  if (value === 'default') return parseCidr(family === 6 ? '::/0' : '0.0.0.0/0')!;
  if (typeof value === 'string' && !value.includes('/')) {
    const host = hostCidr(value);
    if (host) return host;
  }
  return context.cidr(value, path, 'route destination');
}
