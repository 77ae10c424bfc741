import type { HostAddress, HostRoute } from '../../model/snapshot.js';
import type { ReadContext } from '../context.js';
import type { FormatReader } from '../format.js';
import { isRecord, num, str, type Json } from '../values.js';
import { hostAddress, routeDest } from './dump.js';
import { hostJoin } from './join.js';

/** ConvertTo-Json writes one result as an object and several as an array. */
function results(value: unknown): readonly Json[] {
  return Array.isArray(value) ? value.filter(isRecord) : isRecord(value) ? [value] : [];
}

function allHave(value: unknown, keys: readonly string[]): boolean {
  const items = Array.isArray(value) ? value : [value];
  return items.length > 0 && items.every((item) => isRecord(item) && keys.every((key) => item[key] !== undefined));
}

/** MSFT_NetRoute `Protocol`, which Windows PowerShell 5.1 writes as its number. */
const ROUTE_PROTOCOLS: Readonly<Record<number, string>> = { 1: 'other', 2: 'local', 3: 'netmgmt', 4: 'icmp' };

/** MSFT_NetIPAddress / MSFT_NetRoute `AddressFamily`: 2 is IPv4, 23 IPv6. */
const IPV6 = 23;

/** `Get-NetIPAddress | ConvertTo-Json` (MSFT_NetIPAddress, with the CIM properties PowerShell adds). */
export const netIpAddress: FormatReader = {
  id: 'get-netipaddress-json',
  producedBy: 'Get-NetIPAddress -AddressFamily IPv4 | ConvertTo-Json (PowerShell, on each Windows node)',
  matches: (value) => allHave(value, ['IPAddress', 'PrefixLength', 'InterfaceAlias']),
  read(value: unknown, context: ReadContext) {
    const single = !Array.isArray(value);
    const addresses: HostAddress[] = [];
    results(value).forEach((item, i) => {
      const path = single ? ['IPAddress'] : [i, 'IPAddress'];
      const ip = str(item['IPAddress']);
      // Loopback carries no node traffic; link-local (APIPA, fe80::) neither.
      if (!ip || ip.startsWith('127.') || ip === '::1' || ip.startsWith('169.254.') || ip.startsWith('fe80:')) return;
      addresses.push(hostAddress(ip, item['PrefixLength'], str(item['InterfaceAlias']) ?? '?', path, context));
    });
    context.builder.collect(hostJoin, { os: 'windows', addresses, origin: context.origin([]) });
    return addresses.length;
  },
};

/** `Get-NetRoute | ConvertTo-Json` (MSFT_NetRoute); NextHop 0.0.0.0 (or ::) means on-link. */
export const netRoute: FormatReader = {
  id: 'get-netroute-json',
  producedBy: 'Get-NetRoute -AddressFamily IPv4 | ConvertTo-Json (PowerShell, on each Windows node)',
  matches: (value) => allHave(value, ['DestinationPrefix', 'NextHop']),
  read(value: unknown, context: ReadContext) {
    const single = !Array.isArray(value);
    const routes: HostRoute[] = results(value).map((item, i) => {
      const at = (key: string) => (single ? [key] : [i, key]);
      const family = num(item['AddressFamily']) === IPV6 ? 6 : 4;
      const nextHop = context.ip(item['NextHop'], at('NextHop'), 'NextHop');
      const protocol = num(item['Protocol']);
      return {
        dest: routeDest(item['DestinationPrefix'], family, at('DestinationPrefix'), context),
        gateway: nextHop === '0.0.0.0' || nextHop === '::' ? undefined : nextHop,
        interface: str(item['InterfaceAlias']),
        protocol: protocol === undefined ? str(item['Protocol']) : (ROUTE_PROTOCOLS[protocol] ?? String(protocol)),
      };
    });
    context.builder.collect(hostJoin, { os: 'windows', routes, origin: context.origin([]) });
    return routes.length;
  },
};
