import type { Remediation } from '../../model/remediation.js';
import type { Route } from '../../model/snapshot.js';

/**
 * What to do about a route GCE makes itself for a subnet or a peering, when it takes a pod CIDR's traffic. No API
 * call deletes or changes such a route, and a static route does not override it (GCE evaluates subnet routes
 * first and refuses static routes inside them), so no route fix exists: the address ranges have to stop
 * overlapping. Undefined for every other route.
 */
export function ownedRouteRemedy(route: Route): Remediation | undefined {
  if (!route.system || route.nextHop.kind !== 'other') return undefined;
  const network = route.network?.split('/').pop() ?? '<network>';
  if (route.nextHop.type === 'nextHopPeering') {
    return {
      text:
        `Route ${route.name} (${route.dest.text}) comes from ${route.nextHop.text}: GCE makes it, it cannot be deleted, and GCE does not let a static route override it. ` +
        `Give the node a pod CIDR outside ${route.dest.text}, or remove that range on the peered side: a subnet range of the peer network, or a custom route it exports ` +
        `(then stop importing custom routes: gcloud compute networks peerings update PEERING --network ${network} --no-import-custom-routes).`,
    };
  }
  if (route.nextHop.type === 'nextHopNetwork') {
    return {
      text:
        `Route ${route.name} is the subnet route of ${route.dest.text} on network ${network}: GCE makes it, it cannot be deleted, and GCE does not let a static route override it. ` +
        `Give the node a pod CIDR outside the network's subnet ranges, or move the subnet range. ` +
        `(A secondary range given to the node as an alias IP range needs no route: GCE delivers it, and this check does not read alias ranges.)`,
    };
  }
  return undefined;
}
