import { nodeList, routeCoverage } from './shared/route-coverage.js';
import type { Rule } from './types.js';

export const routeNotApplied: Rule = {
  meta: {
    id: 'route-not-applied',
    title: 'A correct route exists but some nodes do not get it',
    severity: 'error',
    helpAnchor: 'route-not-applied',
    description:
      'Routes apply to a subset of machines: on Azure, only subnets associated with the route table; on GCE, only the route\'s network and, ' +
      'when it has tags, only instances with one of them. Nodes outside that subset cannot reach the pod CIDR even though the route exists.',
    remediation:
      'Azure: associate the route table with every node subnet. GCE: create the route on the nodes\' network, and drop its tags or tag every node. ' +
      'Both change routing for every VM in the subnet or network.',
  },
  *check({ topology, profile }) {
    if (!profile.routing) return;
    for (const target of routeCoverage(topology, profile.routing).problems) {
      for (const { verdict, scope } of target.scopes) {
        if (verdict.kind !== 'not-applied') continue;
        const explanation = profile.routing.explainNotApplied(verdict.route, scope, target.view);
        // A node reaches its own pod CIDR locally, whatever routes it sees.
        const from = scope.members.filter((member) => member !== target.view);
        yield {
          node: target.view.node.name,
          key: `${target.cidr.text} ${scope.key}`,
          resource: verdict.route.name,
          message: `pod CIDR ${target.cidr.text} of node ${target.view.node.name} is unreachable from ${nodeList(from)}: ${explanation.why}`,
          remediation: { text: explanation.text, command: explanation.command, fix: explanation.fix },
          origin: verdict.route.origin,
        };
      }
    }
  },
};
