import type { NetworkInterface, NetworkSecurityGroup, RouteTable, VirtualNetwork } from '@azure/arm-network';
import type { Dump } from '../../../sources/live/types.js';

/** What every subscription gave; a flag turns false when that listing was denied or failed in one of them. */
export interface Listings {
  readonly nics: NetworkInterface[];
  readonly vnets: VirtualNetwork[];
  readonly tables: RouteTable[];
  readonly nsgs: NetworkSecurityGroup[];
  readonly assignments: unknown[];
  nicsRead: boolean;
  tablesRead: boolean;
  nsgsRead: boolean;
  assignmentsRead: boolean;
}

/** Nothing read yet; policy assignments count as read only once there is a subscription to read them from. */
export function emptyListings(subscriptions: number): Listings {
  return {
    nics: [],
    vnets: [],
    tables: [],
    nsgs: [],
    assignments: [],
    nicsRead: true,
    tablesRead: true,
    nsgsRead: true,
    assignmentsRead: subscriptions > 0,
  };
}

/** The SDK returns what az prints (both flatten `properties`), minus undefined fields. */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** A listing that failed is left out: absent data is check-incomplete, never "not found". */
export function dumpsOf(listings: Listings): Dump[] {
  const dumps: Dump[] = [];
  if (listings.nicsRead)
    dumps.push({ name: 'az-nics.json', value: plain(listings.nics), kinds: ['instances', 'interfaces'] });
  dumps.push({ name: 'az-vnets.json', value: plain(listings.vnets), kinds: ['networks', 'subnets'] });
  // No route tables at all is the fault to report (every pod CIDR unrouted), not missing data.
  if (listings.tablesRead)
    dumps.push({ name: 'az-route-tables.json', value: plain(listings.tables), kinds: ['routeTables', 'routes'] });
  if (listings.nsgsRead) dumps.push({ name: 'az-nsgs.json', value: plain(listings.nsgs), kinds: ['firewalls'] });
  if (listings.assignmentsRead) dumps.push({ name: 'az-policy-assignments.json', value: listings.assignments });
  return dumps;
}
