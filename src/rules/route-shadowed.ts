import { rescope } from '../model/remediation.js';
import type { Route } from '../model/snapshot.js';
import { routeCoverage } from './shared/route-coverage.js';
import type { Rule } from './types.js';

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
      const scopesOf = new Map<Route, string[]>();
      for (const { verdict, scope } of target.scopes) {
        if (verdict.kind !== 'shadowed') continue;
        for (const route of verdict.routes) scopesOf.set(route, [...(scopesOf.get(route) ?? []), scope.label]);
      }
      for (const [route, labels] of scopesOf) {
        const part = route.dest.prefix > target.cidr.prefix ? `part (${route.dest.text}) of` : 'all of';
        yield {
          node: target.view.node.name,
          key: target.cidr.text,
          resource: route.name,
          message: `route ${route.name} diverts ${part} pod CIDR ${target.cidr.text} of node ${target.view.node.name} to ${route.nextHop.text} for ${labels.join(' and ')}`,
          remediation: rescope(profile.routing.deleteRoute(route), 'network'),
          origin: route.origin,
        };
      }
    }
  },
};
