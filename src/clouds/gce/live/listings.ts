import type { Dump } from '../../../sources/live/types.js';

/** What every project gave; a flag turns false when that listing was denied or failed in one of them. */
export interface Listings {
  readonly instances: unknown[];
  readonly routes: unknown[];
  readonly firewalls: unknown[];
  readonly subnetworks: unknown[];
  /** The effective organisation policies, one dump per project, as gcloud prints them. */
  readonly policies: Dump[];
  instancesRead: boolean;
  routesRead: boolean;
  firewallsRead: boolean;
}

/** Nothing read yet, and nothing failed. */
export function emptyListings(): Listings {
  return {
    instances: [],
    routes: [],
    firewalls: [],
    subnetworks: [],
    policies: [],
    instancesRead: true,
    routesRead: true,
    firewallsRead: true,
  };
}

/** gcloud prints what the API returns, minus protobuf's bookkeeping (`_field` twins) and unset fields. */
export function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (key.startsWith('_') || field === undefined || field === null) continue;
    out[key] = plain(field);
  }
  return out;
}

/** A listing that failed is left out: absent data is check-incomplete, never "no route" or "not found". */
export function dumpsOf(listings: Listings): Dump[] {
  const kinds = (items: unknown[], kind: string) => items.map((item) => ({ kind, ...(plain(item) as object) }));
  const dumps: Dump[] = [];
  if (listings.instancesRead)
    dumps.push({
      name: 'gcloud-instances.json',
      value: kinds(listings.instances, 'compute#instance'),
      kinds: ['instances', 'interfaces'],
    });
  if (listings.routesRead)
    dumps.push({ name: 'gcloud-routes.json', value: kinds(listings.routes, 'compute#route'), kinds: ['routes'] });
  if (listings.firewallsRead)
    dumps.push({
      name: 'gcloud-firewall-rules.json',
      value: kinds(listings.firewalls, 'compute#firewall'),
      kinds: ['firewalls'],
    });
  dumps.push({
    name: 'gcloud-subnets.json',
    value: kinds(listings.subnetworks, 'compute#subnetwork'),
    kinds: ['subnets'],
  });
  dumps.push(...listings.policies);
  return dumps;
}
