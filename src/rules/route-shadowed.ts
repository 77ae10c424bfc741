import { rescope } from '../model/remediation.js';
import type { Cidr } from '../model/cidr.js';
import type { Route } from '../model/snapshot.js';
import { routeCoverage } from './shared/route-coverage.js';
import type { Rule } from './types.js';

/**
 * What the route takes: part of the pod CIDR (more specific), all of it (better priority), or a share of the flows
 * when it ties with the node's route and the cloud hashes flows across the tied routes (ECMP).
 */
function diversion(
  route: Route,
  tied: readonly Route[] | undefined,
  cidr: Cidr,
  node: string,
  cloud: string,
  labels: readonly string[],
): string {
  const scopes = labels.join(' and ');
  if (tied) {
    return `route ${route.name} ties with the route to node ${node} for pod CIDR ${cidr.text} (same prefix, priority ${route.priority}): ${cloud} spreads flows across ${tied.length} routes of equal priority (ECMP), so about 1/${tied.length} of the flows to node ${node}'s pods go to ${route.nextHop.text} instead, for ${scopes}`;
  }
  const part = route.dest.prefix > cidr.prefix ? `part (${route.dest.text}) of` : 'all of';
  return `route ${route.name} diverts ${part} pod CIDR ${cidr.text} of node ${node} to ${route.nextHop.text} for ${scopes}`;
}

export const routeShadowed: Rule = {
  meta: {
    id: 'route-shadowed',
    title: "A more specific or higher-priority route diverts part of a node's pod CIDR",
    severity: 'error',
    docsUrl: 'docs/rules.md#route-shadowed',
    routeState: 'shadowed',
    description:
      'Clouds pick the longest matching prefix first (and on GCE the lowest priority value among equal prefixes). A correct route for the ' +
      'pod CIDR does not help when a narrower route inside it, or an equal one with a better priority, sends those addresses elsewhere.',
    remediation: 'Delete or narrow the diverting route, or give the node route the better priority (GCE).',
    docs: {
      summary: 'a more specific or higher-priority route diverts a pod CIDR',
      providers: ['gce', 'azure'],
      checks: [
        'Clouds pick the longest matching prefix (and, on GCE, the lowest priority value among equal prefixes). A correct route does not help when a narrower route inside the pod CIDR, or an equal one with a better priority, sends (part of) the traffic elsewhere.',
        "Every route that carries traffic competes, including the ones the cloud makes itself: a GCE subnet route (`nextHopNetwork`) or peering route (`nextHopPeering`, priority 0) inside a pod CIDR wins by longest prefix. GCE also evaluates subnet routes (local and peering) before static routes, so one covering a pod CIDR takes all of it even where the node's own route is more specific. Such routes cannot be deleted; the finding says what to change instead.",
        "GCE routes of the same prefix and priority share the traffic: GCE hashes flows across them (ECMP). A route that ties with the node's route takes about 1/N of the flows (N tied routes), and the finding says so. It is still an error: the flows it takes, whole connections, fail.",
      ],
      needs: [
        'The nodes: `kubectl get nodes -o json` (or `-o yaml`), a native inventory, or live mode.',
        'The routes and what decides which nodes see them: GCE `gcloud compute routes list` and `gcloud compute instances list` (network, tags); Azure `az network route-table list` (routes and subnet associations) and `az network nic list`; or live mode.',
      ],
      remediation: ['Delete or narrow the diverting route, or give the node route the better priority.'],
      fix: ['Delete the diverting route: **scope network** (applied only with `--fix-scope network`).'],
    },
  },
  *check({ topology, profile }) {
    if (!profile.routing) return;
    for (const target of routeCoverage(topology, profile.routing).problems) {
      // One finding per diverting route, naming every scope it diverts for (an untagged route reaches them all).
      if (!target.scopes.some(({ verdict }) => verdict.kind === 'shadowed')) continue;
      const scopesOf = new Map<Route, { labels: string[]; tied?: readonly Route[] }>();
      for (const { verdict, scope } of target.scopes) {
        if (verdict.kind !== 'shadowed') continue;
        for (const route of verdict.routes) {
          const entry = scopesOf.get(route) ?? { labels: [] };
          entry.labels.push(scope.label);
          if (verdict.tied?.includes(route)) entry.tied = verdict.tied;
          scopesOf.set(route, entry);
        }
      }
      for (const [route, { labels, tied }] of scopesOf) {
        yield {
          node: target.view.node.name,
          key: target.cidr.text,
          resource: route.name,
          message: diversion(route, tied, target.cidr, target.view.node.name, profile.displayName, labels),
          remediation: rescope(profile.routing.deleteRoute(route), 'network'),
          origin: route.origin,
        };
      }
    }
  },
};
