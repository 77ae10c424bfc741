import type { GceRoute } from '../../model/fix-spec.js';

/** A route as the Compute API returns it: references as full URLs, unset fields null or absent. */
export interface ApiRoute {
  readonly destRange?: string | null;
  readonly network?: string | null;
  readonly priority?: number | null;
  readonly tags?: readonly string[] | null;
  readonly nextHopInstance?: string | null;
  readonly nextHopIp?: string | null;
  readonly nextHopGateway?: string | null;
  readonly nextHopIlb?: string | null;
  readonly nextHopVpnTunnel?: string | null;
  readonly nextHopNetwork?: string | null;
  readonly nextHopPeering?: string | null;
}

/** References compare by their path from `projects/`, however they are spelled (URL, partial URL, path). */
function path(reference: string | null | undefined): string | undefined {
  if (!reference) return undefined;
  const at = reference.indexOf('projects/');
  return at >= 0 ? reference.slice(at) : reference;
}

const OTHER_HOPS = ['nextHopGateway', 'nextHopIlb', 'nextHopVpnTunnel', 'nextHopNetwork', 'nextHopPeering'] as const;

function nextHopOf(route: ApiRoute): string {
  if (route.nextHopInstance) return `instance ${path(route.nextHopInstance)}`;
  if (route.nextHopIp) return `address ${route.nextHopIp}`;
  const other = OTHER_HOPS.find((field) => route[field]);
  return other ? `${other} ${path(route[other])}` : 'none';
}

/**
 * How an existing route differs from the one a fix would insert under the same name, field by field ("destRange
 * 10.1.0.0/24, not 10.48.2.0/24"); empty when it is the same route. GCE fills in priority 1000 when none is given.
 */
export function routeDifferences(existing: ApiRoute, wanted: GceRoute): string[] {
  const differences: string[] = [];
  const compare = (field: string, actual: string, expected: string) => {
    if (actual !== expected) differences.push(`${field} ${actual}, not ${expected}`);
  };
  compare('destRange', existing.destRange ?? 'none', wanted.destRange);
  // The network as the insert sends it: the route's project, the network's name.
  compare(
    'network',
    path(existing.network) ?? 'none',
    `projects/${wanted.project}/global/networks/${wanted.network.split('/').pop()}`,
  );
  compare('next hop', nextHopOf(existing), nextHopOf(wanted));
  compare('priority', String(existing.priority ?? 1000), String(wanted.priority));
  if (existing.tags && existing.tags.length > 0) differences.push(`tags [${existing.tags.join(', ')}], not none`);
  return differences;
}
