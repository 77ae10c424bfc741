import { nodeList, routeCoverage } from './shared/route-coverage.js';
import type { Rule } from './types.js';

export const routeMissing: Rule = {
  meta: {
    id: 'route-missing',
    title: "No cloud route carries a node's pod CIDR",
    severity: 'error',
    helpAnchor: 'route-missing',
    description:
      'On GCE and Azure the cloud network routes between nodes, so it needs a route for every pod CIDR (each family when dual-stack) with the ' +
      'owning node as next hop: a GCE static route or an Azure user-defined route. Without it, traffic for those pods takes the default route and is lost.',
    remediation:
      'Create the route: gcloud compute routes create --next-hop-instance, or az network route-table route create --next-hop-type VirtualAppliance; ' +
      'or let the cloud route controller do it (--configure-cloud-routes).',
  },
  *check({ topology, profile }) {
    if (!profile.routing || !topology.snapshot.present.has('routes')) return;
    for (const target of routeCoverage(topology, profile.routing).problems) {
      if (!target.scopes.some((entry) => entry.verdict.kind === 'missing')) continue;
      const missing = target.scopes.filter((entry) => entry.verdict.kind === 'missing');
      // A misdirected route is the root cause; once it is fixed, the scopes it does not reach show up as not-applied.
      if (target.scopes.some((entry) => entry.verdict.kind === 'wrong')) continue;
      // Create the route where routes can live: a subnet without a route table has nowhere to hold it.
      const first = missing.find((entry) => entry.scope.tableId ?? entry.scope.network) ?? missing[0]!;
      const verdict = first.verdict;
      const fallback = verdict.kind === 'missing' && verdict.winners[0] ? `; traffic follows ${verdict.winners[0].name} (${verdict.winners[0].nextHop.text}) instead` : '';
      const from = missing.length === target.scopes.length ? 'any node' : nodeList(missing.flatMap((entry) => entry.scope.members));
      yield {
        node: target.view.node.name,
        key: target.cidr.text,
        message: `no route for pod CIDR ${target.cidr.text} of node ${target.view.node.name}: pods on ${from} cannot reach its pods${fallback}`,
        remediation: profile.routing.createRoute(target.view, target.cidr, first.scope),
        origin: target.view.node.origin,
      };
    }
  },
};
