import { canonicalIp, parseCidr, type Cidr } from '../model/cidr.js';
import type { Path, ReadContext } from './context.js';

/** "Any address" in the model: both families' default blocks. */
export const ANY: readonly Cidr[] = [parseCidr('0.0.0.0/0')!, parseCidr('::/0')!];

const NUMBERED: Record<string, string> = {
  '1': 'icmp',
  '6': 'tcp',
  '17': 'udp',
  '50': 'esp',
  '51': 'ah',
  '58': 'icmpv6',
  '132': 'sctp',
};

/**
 * One protocol as the clouds spell it ("-1", "all", "*", "tcp", "Tcp", "6", "58", "ipv6-icmp") in the model's
 * spelling: 'all', a lower-case name, or the number when it has no common name.
 */
export function protocolName(value: unknown): 'all' | string | undefined {
  if (typeof value === 'number') value = String(value);
  if (typeof value !== 'string' || value === '') return undefined;
  const lower = value.toLowerCase();
  if (lower === '-1' || lower === 'all' || lower === '*' || lower === 'any') return 'all';
  if (lower === 'ipv6-icmp' || lower === 'icmp6') return 'icmpv6';
  return NUMBERED[lower] ?? lower;
}

/** A port range as text, or undefined when it spans every port. */
export function portRange(from: number | undefined, to: number | undefined): string | undefined {
  if (from === undefined && to === undefined) return undefined;
  const low = from ?? 0;
  const high = to ?? 65535;
  if (low <= 1 && high >= 65535) return undefined;
  return low === high ? String(low) : `${low}-${high}`;
}

/** "22", "8000-9000", "0-65535", "*": undefined when the text means every port. */
export function portText(value: unknown): string | undefined {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (text === '' || text === '*') return undefined;
  const match = /^(\d+)(?:-(\d+))?$/.exec(text);
  if (!match) return text;
  return portRange(Number(match[1]), Number(match[2] ?? match[1]));
}

/** An address or block in a firewall rule: a CIDR, or a single address taken as a host block. */
export function ruleCidr(value: unknown, path: Path, context: ReadContext, what: string): Cidr {
  if (typeof value === 'string' && !value.includes('/')) {
    const ip = canonicalIp(value);
    if (ip) return parseCidr(`${ip}/${ip.includes(':') ? 128 : 32}`)!;
  }
  return context.cidr(value, path, what);
}
