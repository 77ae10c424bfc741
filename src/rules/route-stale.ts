import { overlaps } from '../model/cidr.js';
import type { Rule } from './types.js';

export const routeStale: Rule = {
  meta: {
    id: 'route-stale',
    title: 'A route inside the cluster CIDR serves no current node',
    severity: 'warning',
    helpAnchor: 'route-stale',
    description:
      'Routes left behind by deleted nodes or old pod CIDR assignments use up the route quota (Azure: 400 per table) and, once the block is ' +
      'reassigned, send the new node\'s traffic to a machine that no longer exists.',
    remediation: 'Delete the route after checking nothing else relies on it.',
  },
  *check({ snapshot, topology, profile }) {
    if (!profile.routing || snapshot.clusterCidrs.length === 0) return;
    const podCidrs = topology.podCidrIndex;
    for (const route of snapshot.routes) {
      // A route over a current pod CIDR is judged by the coverage rules (wrong next hop, shadowed), not here.
      if (route.system || podCidrs.intersects(route.dest)) continue;
      if (!snapshot.clusterCidrs.some((cidr) => overlaps(cidr, route.dest))) continue;
      const target = topology.nextHopNode(route);
      // A route to a planned node serves the pod CIDR it gets when it registers: not stale.
      if (target?.node.planned) continue;
      yield {
        resource: route.name,
        message: `route ${route.name} (${route.dest.text} via ${target ? `node ${target.node.name}` : route.nextHop.text}) is inside the cluster CIDR but no node has that pod CIDR${target ? '' : ', and its next hop is not a current node'}`,
        remediation: profile.routing.deleteRoute(route),
        origin: route.origin,
      };
    }
  },
};
