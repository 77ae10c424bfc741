import { describe, expect, it } from 'vitest';
import {
  canonicalIp,
  compareCidrs,
  contains,
  containsIp,
  hostCidr,
  overlaps,
  parseCidr,
  size,
  supernet,
} from '../../src/model/cidr.js';

describe('parseCidr', () => {
  it.each([
    ['10.1/8', 'shortened IPv4'],
    ['0x0a.0.0.0/8', 'hexadecimal octet'],
    ['010.0.0.0/8', 'octal-looking octet'],
    ['10.0.0.256/24', 'octet out of range'],
    ['1.2.3.4/33', 'prefix longer than 32'],
    ['fd00::/129', 'prefix longer than 128'],
    ['fe80::1%eth0/64', 'zone-scoped IPv6'],
    ['10.0.0.0', 'no prefix'],
    ['10.0.0.0/', 'empty prefix'],
    ['10.0.0.0/-1', 'negative prefix'],
    ['10.0.0.0/2a', 'non-numeric prefix'],
    ['/24', 'no address'],
    ['', 'empty'],
    ['fd00:::1/64', 'malformed IPv6'],
  ])('rejects %j (%s)', (text) => {
    expect(parseCidr(text)).toBeUndefined();
  });

  it('rejects values that are not strings', () => {
    expect(parseCidr(42 as unknown as string)).toBeUndefined();
    expect(parseCidr(undefined as unknown as string)).toBeUndefined();
  });

  it('normalises host bits away', () => {
    expect(parseCidr('10.0.0.5/24')?.text).toBe('10.0.0.0/24');
    expect(parseCidr('10.48.5.77/26')?.text).toBe('10.48.5.64/26');
    expect(parseCidr('255.255.255.255/0')?.text).toBe('0.0.0.0/0');
    expect(parseCidr('fd00:10:244:3::1/64')?.text).toBe('fd00:10:244:3::/64');
    expect(parseCidr('FD00:0010:0244:0000::/56')?.text).toBe('fd00:10:244::/56');
  });

  it('keeps the family, prefix and integer range', () => {
    const v4 = parseCidr('10.42.0.0/16')!;
    expect(v4).toMatchObject({ family: 4, prefix: 16, start: 0x0a2a0000n, end: 0x0a2affffn });
    expect(size(v4)).toBe(65536n);
    const host = parseCidr('10.0.1.23/32')!;
    expect(host.start).toBe(host.end);
    const v6 = parseCidr('fd00:10:244::/56')!;
    expect(v6.family).toBe(6);
    expect(size(v6)).toBe(1n << 72n);
    expect(parseCidr('::/0')).toMatchObject({ text: '::/0', start: 0n, end: (1n << 128n) - 1n });
  });

  it('accepts IPv4-mapped IPv6 as IPv6', () => {
    expect(parseCidr('::ffff:10.0.0.1/128')?.family).toBe(6);
  });
});

describe('addresses', () => {
  it('canonicalIp compares equal spellings equal and rejects legacy forms', () => {
    expect(canonicalIp('fd00::0001')).toBe('fd00::1');
    expect(canonicalIp(' 10.0.1.23 ')).toBe('10.0.1.23');
    expect(canonicalIp('10.1')).toBeUndefined();
    expect(canonicalIp('fe80::1%eth0')).toBeUndefined();
  });

  it('hostCidr and containsIp', () => {
    expect(hostCidr('10.0.1.23')?.text).toBe('10.0.1.23/32');
    expect(hostCidr('fd00:20:0:1::4')?.text).toBe('fd00:20:0:1::4/128');
    expect(hostCidr('0x0a.0.0.1')).toBeUndefined();
    expect(containsIp(parseCidr('10.0.1.0/24')!, '10.0.1.255')).toBe(true);
    expect(containsIp(parseCidr('10.0.1.0/24')!, '10.0.2.0')).toBe(false);
    expect(containsIp(parseCidr('10.0.1.0/24')!, 'not-an-ip')).toBe(false);
  });
});

describe('relations', () => {
  const c = (text: string) => parseCidr(text)!;

  it('contains and overlaps, never across families', () => {
    expect(contains(c('10.42.0.0/23'), c('10.42.1.0/24'))).toBe(true);
    expect(contains(c('10.42.1.0/24'), c('10.42.0.0/23'))).toBe(false);
    expect(contains(c('10.42.0.0/24'), c('10.42.0.0/24'))).toBe(true);
    expect(overlaps(c('10.42.1.0/24'), c('10.42.0.0/23'))).toBe(true);
    expect(overlaps(c('10.42.0.0/24'), c('10.42.1.0/24'))).toBe(false);
    // ::a00:0/104 spans the same integers as 10.0.0.0/8.
    expect(contains(c('::a00:0/104'), c('10.0.0.0/8'))).toBe(false);
    expect(overlaps(c('::a00:0/104'), c('10.0.0.0/8'))).toBe(false);
  });

  it('supernet', () => {
    expect(supernet(c('10.48.5.64/26'), 24).text).toBe('10.48.5.0/24');
    expect(supernet(c('10.48.5.64/26'), 0).text).toBe('0.0.0.0/0');
    expect(supernet(c('fd00:10:244:3::/64'), 56).text).toBe('fd00:10:244::/56');
  });

  it('compareCidrs sorts IPv4 before IPv6, then by address, then by prefix', () => {
    const sorted = ['fd00::/8', '10.42.1.0/24', '10.42.0.0/24', '10.42.0.0/16']
      .map(c)
      .sort(compareCidrs)
      .map((x) => x.text);
    expect(sorted).toEqual(['10.42.0.0/16', '10.42.0.0/24', '10.42.1.0/24', 'fd00::/8']);
  });
});
