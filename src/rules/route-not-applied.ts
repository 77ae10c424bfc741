import type { NodeView } from '../model/topology.js';
import { addDump } from './shared/gaps.js';
import { nodeList, routeCoverage } from './shared/route-coverage.js';
import type { Rule } from './types.js';

/**
 * Planned nodes come from a Terraform plan, which names what it cannot know as gaps of its own; the hints
 * written for dumps ("add describe-subnets") do not apply to them.
 */
function current(views: readonly NodeView[]): NodeView[] {
  return views.filter((view) => !view.node.planned);
}

export const routeNotApplied: Rule = {
  meta: {
    id: 'route-not-applied',
    title: 'A correct route exists but some nodes do not get it',
    severity: 'error',
    docsUrl: 'docs/rules.md#route-not-applied',
    routeState: 'not applied',
    description:
      "Routes apply to a subset of machines: on Azure, only subnets associated with the route table; on GCE, only the route's network and, " +
      'when it has tags, only instances with one of them. Nodes outside that subset cannot reach the pod CIDR even though the route exists.',
    remediation:
      "Azure: associate the route table with every node subnet. GCE: create the route on the nodes' network, and drop its tags or tag every node. " +
      'Both change routing for every VM in the subnet or network.',
    docs: {
      summary: 'a correct route exists but some nodes do not get it',
      providers: ['gce', 'azure'],
      checks: [
        'A correct route exists, but not in the route set some nodes see: on Azure, the route table is not associated with their subnet (or their subnet uses another table); on GCE, the route is on another network or limited by `tags` the nodes lack. The finding names the nodes that cannot reach the pod CIDR.',
      ],
      needs: [
        'The nodes: `kubectl get nodes -o json` (or `-o yaml`), a native inventory, or live mode.',
        'The routes and what decides which nodes see them: GCE `gcloud compute routes list` and `gcloud compute instances list` (network, tags); Azure `az network route-table list` (routes and subnet associations) and `az network nic list`; or live mode.',
        'A node whose subnet (Azure) or network (GCE) is unknown is a `check-incomplete` finding.',
      ],
      remediation: [
        'Associate the table with every node subnet (`az network vnet subnet update --route-table`), or create the route on the right network / tag the instances. These change routing for every VM in the subnet or network.',
      ],
      fix: [
        "Azure subnet ↔ route table association, GCE tags or a route on the nodes' network: **scope network** (applied only with `--fix-scope network`).",
      ],
    },
  },
  *check({ topology, profile, options }) {
    if (!profile.routing) return;
    for (const target of routeCoverage(topology, profile.routing).problems) {
      for (const { verdict, scope } of target.scopes) {
        if (verdict.kind !== 'not-applied') continue;
        const explanation = profile.routing.explainNotApplied(verdict.route, scope, target.view, options.cluster);
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
  *gaps({ topology, profile }) {
    if (!profile.routing || !topology.snapshot.present.has('routes')) return;
    const { unscoped } = routeCoverage(topology, profile.routing);
    // Without instance data GCE nodes have no network, so no route was checked for them: say so, not just forwarding.
    const reachable = current(unscoped).filter((view) => view.join !== 'not-found' && view.join !== 'ambiguous');
    if (reachable.length === 0) return;
    yield {
      message: `the ${profile.id === 'gce' ? 'network' : 'subnet'} of ${reachable.length} node(s) (${nodeList(reachable)}) is unknown: which routes they see cannot be verified`,
      remediation: { text: addDump(profile, profile.id === 'gce' ? 'instances' : 'interfaces') },
    };
  },
};
