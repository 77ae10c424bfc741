import ipaddr from 'ipaddr.js';
import { memoByText } from './memo.js';

export type Family = 4 | 6;

/** A parsed CIDR block, kept as an integer range so that containment and overlap are comparisons. */
export interface Cidr {
  /** Canonical text: network address (host bits cleared) and prefix length. */
  readonly text: string;
  readonly family: Family;
  readonly prefix: number;
  readonly start: bigint;
  readonly end: bigint;
}

/*
 * Parsing has one fast path, kept because the benchmark shows it (docs/performance.md): text already canonical, as
 * Kubernetes and the clouds print it, is read without ipaddr.js (IPv4 by a pattern, IPv6 by the URL parser's
 * verdict), every other spelling goes to ipaddr.js, and what is not canonical IPv4 is remembered per text. The
 * property tests of test/robustness/properties.test.ts hold both paths to one bit-string reference.
 */

/** The value of an address's bytes, read as one hexadecimal number. */
function bytesToBigint(bytes: number[]): bigint {
  let hex = '0x';
  for (const b of bytes) hex += b < 16 ? `0${b.toString(16)}` : b.toString(16);
  return BigInt(hex);
}

function bigintToText(value: bigint, family: Family): string {
  const length = family === 4 ? 4 : 16;
  const hex = value.toString(16).padStart(2 * length, '0');
  const bytes: number[] = new Array(length);
  for (let i = 0; i < length; i++) bytes[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return ipaddr.fromByteArray(bytes).toString();
}

function bits(family: Family): number {
  return family === 4 ? 32 : 128;
}

/** Dotted quads already in canonical form (no leading zeros): nearly every address in a dump. */
const CANONICAL_IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/**
 * IPv6 text already in RFC 5952 form, as Kubernetes and the clouds print it, or undefined. The WHATWG URL parser
 * validates it and prints hosts in the same form; only text it leaves unchanged takes this path, so every other
 * spelling (and anything URL syntax could smuggle in) gets ipaddr.js's verdict.
 */
function canonicalIpv6(text: string): string | undefined {
  let host: string;
  try {
    host = new URL(`http://[${text}]/`).hostname;
  } catch {
    return undefined;
  }
  return host.length === text.length + 2 && host.slice(1, -1) === text ? text : undefined;
}

/** The 128-bit value of canonical IPv6 text (hexadecimal groups, at most one "::", no dotted quad). */
function ipv6Value(canonical: string): bigint {
  const gap = canonical.indexOf('::');
  if (gap < 0) return BigInt(`0x${groupsHex(canonical)}`);
  const left = gap === 0 ? '' : groupsHex(canonical.slice(0, gap));
  const right = gap + 2 === canonical.length ? '' : groupsHex(canonical.slice(gap + 2));
  return BigInt(`0x${left}${'0'.repeat(32 - left.length - right.length)}${right}`);
}

/** "a:bc:0" -> "000a00bc0000": colon-separated groups as four hexadecimal digits each. */
function groupsHex(groups: string): string {
  let hex = '';
  for (let start = 0; ;) {
    const end = groups.indexOf(':', start);
    const group = end < 0 ? groups.slice(start) : groups.slice(start, end);
    hex += '0000'.slice(group.length) + group;
    if (end < 0) return hex;
    start = end + 1;
  }
}

/** Host-part masks by number of host bits. */
const HOST_MASKS = Array.from({ length: 129 }, (_, bits) => (1n << BigInt(bits)) - 1n);

/** First and last address of the block of `prefix` bits (of `width`) that holds `value`. */
function blockRange(value: bigint, width: number, prefix: number): { start: bigint; end: bigint } {
  const mask = HOST_MASKS[width - prefix]!;
  const host = value & mask;
  const start = host === 0n ? value : value - host;
  return { start, end: start + mask };
}

const IPV6_PREFIX = /^(12[0-8]|1[01]\d|[1-9]?\d)$/;

function parseCanonicalIpv6Cidr(text: string): Cidr | undefined {
  const slash = text.indexOf('/');
  if (slash < 0 || !text.includes(':')) return undefined;
  const address = text.slice(0, slash);
  const prefixText = text.slice(slash + 1);
  if (!IPV6_PREFIX.test(prefixText) || canonicalIpv6(address) === undefined) return undefined;
  const prefix = Number(prefixText);
  const value = ipv6Value(address);
  const { start, end } = blockRange(value, 128, prefix);
  return { text: start === value ? text : `${bigintToText(start, 6)}/${prefix}`, family: 6, prefix, start, end };
}

function parseStrictAddress(text: string): ipaddr.IPv4 | ipaddr.IPv6 | undefined {
  // Text with a colon is never IPv4, and ipaddr.js's IPv4 check says no to it only by throwing.
  if (text.includes(':')) {
    let v6: ipaddr.IPv6;
    try {
      v6 = ipaddr.IPv6.parse(text);
    } catch {
      return undefined;
    }
    return v6.zoneId === undefined ? v6 : undefined;
  }
  // ipaddr.js also accepts legacy forms such as "10.1" or "0x0a.0.0.1"; the clouds and Kubernetes do not.
  return ipaddr.IPv4.isValidFourPartDecimal(text) ? ipaddr.IPv4.parse(text) : undefined;
}

/** Parses "a.b.c.d/n" or an IPv6 CIDR; undefined when it is not one. */
export function parseCidr(text: unknown): Cidr | undefined {
  if (typeof text !== 'string') return undefined;
  // Canonical IPv4 blocks are parsed each time, the rest is remembered: see the fast path's note above.
  return parseCanonicalIpv4Cidr(text) ?? parseOtherCidr(text);
}

/** "a.b.c.d/n" with canonical octets and prefix: most blocks in a dump, parsed as 32-bit numbers. */
const DOT = 46;
const SLASH = 47;
const ZERO = 48;
const CANONICAL_IPV4_CIDR =
  /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}\/(?:3[0-2]|[12]?\d)$/;

function parseCanonicalIpv4Cidr(text: string): Cidr | undefined {
  if (!CANONICAL_IPV4_CIDR.test(text)) return undefined;
  // The pattern has vouched for the digits: fold them into the address and the prefix.
  let address = 0;
  let part = 0;
  let i = 0;
  for (; text.charCodeAt(i) !== SLASH; i++) {
    const code = text.charCodeAt(i);
    if (code === DOT) {
      address = address * 256 + part;
      part = 0;
    } else part = part * 10 + (code - ZERO);
  }
  address = address * 256 + part;
  let prefix = 0;
  for (i++; i < text.length; i++) prefix = prefix * 10 + (text.charCodeAt(i) - ZERO);
  const start = ipv4Network(address, prefix);
  return ipv4Block(start, prefix, start === address ? text : undefined);
}

/** The IPv4 block starting at `start` (host bits already clear); `text` when the caller holds it canonical already. */
function ipv4Block(start: number, prefix: number, text = `${ipv4Text(start)}/${prefix}`): Cidr {
  return { text, family: 4, prefix, start: BigInt(start), end: BigInt(start + 2 ** (32 - prefix) - 1) };
}

/** The network address of `address` (an unsigned 32-bit number) for a prefix length: host bits cleared. */
export function ipv4Network(address: number, prefix: number): number {
  return prefix === 0 ? 0 : (address & (-1 << (32 - prefix))) >>> 0;
}

function ipv4Text(value: number): string {
  return `${value >>> 24}.${(value >>> 16) & 0xff}.${(value >>> 8) & 0xff}.${value & 0xff}`;
}

const parseOtherCidr = memoByText((text): Cidr | undefined => parseCanonicalIpv6Cidr(text) ?? parseAnyCidr(text));

function parseAnyCidr(text: string): Cidr | undefined {
  const slash = text.indexOf('/');
  if (slash < 0) return undefined;
  const addr = parseStrictAddress(text.slice(0, slash).trim());
  const prefixText = text.slice(slash + 1).trim();
  if (!addr || !/^\d{1,3}$/.test(prefixText)) return undefined;
  const family: Family = addr.kind() === 'ipv4' ? 4 : 6;
  const prefix = Number(prefixText);
  const width = bits(family);
  if (prefix > width) return undefined;
  const value = bytesToBigint(addr.toByteArray());
  const { start, end } = blockRange(value, width, prefix);
  // Without host bits the parsed address already prints canonically (ipaddr.js prints IPv6 as RFC 5952).
  const address = start === value ? addr.toString() : bigintToText(start, family);
  return { text: `${address}/${prefix}`, family, prefix, start, end };
}

/** A single address as a host-length CIDR (/32 or /128). */
export function hostCidr(ip: string): Cidr | undefined {
  const addr = parseStrictAddress(ip);
  if (!addr) return undefined;
  return parseCidr(`${addr.toString()}/${addr.kind() === 'ipv4' ? 32 : 128}`);
}

const canonicalOtherIp = memoByText((ip) =>
  ip.includes(':') && canonicalIpv6(ip) !== undefined ? ip : parseStrictAddress(ip.trim())?.toString(),
);

/** Canonical text of an IP address (so "fd00::0001" and "fd00::1" compare equal); undefined when invalid. */
export function canonicalIp(ip: unknown): string | undefined {
  if (typeof ip !== 'string') return undefined;
  return CANONICAL_IPV4.test(ip) ? ip : canonicalOtherIp(ip);
}

export function ipFamily(ip: string): Family {
  return ip.includes(':') ? 6 : 4;
}

export function contains(outer: Cidr, inner: Cidr): boolean {
  return outer.family === inner.family && outer.start <= inner.start && inner.end <= outer.end;
}

export function containsIp(outer: Cidr, ip: string): boolean {
  const host = hostCidr(ip);
  return host !== undefined && contains(outer, host);
}

export function overlaps(a: Cidr, b: Cidr): boolean {
  return a.family === b.family && a.start <= b.end && b.start <= a.end;
}

/** The block of the given (shorter) prefix length that contains `cidr`. */
export function supernet(cidr: Cidr, prefix: number): Cidr {
  if (cidr.family === 4) return ipv4Block(ipv4Network(Number(cidr.start), prefix), prefix);
  const { start, end } = blockRange(cidr.start, bits(cidr.family), prefix);
  return { text: `${bigintToText(start, cidr.family)}/${prefix}`, family: cidr.family, prefix, start, end };
}

export function compareCidrs(a: Cidr, b: Cidr): number {
  if (a.family !== b.family) return a.family - b.family;
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  return a.prefix - b.prefix;
}

/** Number of addresses, for messages ("a /26 of 256 addresses"). */
export function size(cidr: Cidr): bigint {
  return cidr.end - cidr.start + 1n;
}
