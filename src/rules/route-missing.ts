import { nodeList, routeCoverage } from './shared/route-coverage.js';
import { addDump } from './shared/gaps.js';
import type { Rule } from './types.js';

export const routeMissing: Rule = {
  meta: {
    id: 'route-missing',
    title: "No cloud route carries a node's pod CIDR",
    severity: 'error',
    docsUrl: 'docs/rules.md#route-missing',
    routeState: 'missing',
    description:
      'On GCE and Azure the cloud network routes between nodes, so it needs a route for every pod CIDR (each family when dual-stack) with the ' +
      'owning node as next hop: a GCE static route or an Azure user-defined route. Without it, traffic for those pods takes the default route and is lost.',
    remediation:
      'Create the route: gcloud compute routes create --next-hop-instance, or az network route-table route create --next-hop-type VirtualAppliance; ' +
      'or let the cloud route controller do it (--configure-cloud-routes).',
    docs: {
      summary: "GCE/Azure: no route carries a node's pod CIDR",
      providers: ['gce', 'azure'],
      checks: [
        'GCE and Azure route between nodes themselves, so every pod CIDR (each family when dual-stack) needs a route with the owning node as next hop. Without one, the traffic follows the default route and is lost.',
        "Route analysis is real routing: longest-prefix match over each node's effective route set (GCE: network, tags and priority; Azure: the route table associated with the node's subnet), IPv4 and IPv6.",
        "Only a wider route (the default route, a firewall appliance, the VNet) or nothing carries the pod CIDR. A route of the pod CIDR's own prefix with another next hop (Azure `VnetLocal` or `None`, for example) is route-wrong-next-hop and is updated in place: Azure refuses a second route of the same prefix.",
      ],
      needs: [
        'The nodes: `kubectl get nodes -o json` (or `-o yaml`), a native inventory, or live mode.',
        'The routes and what decides which nodes see them: GCE `gcloud compute routes list` and `gcloud compute instances list` (network, tags); Azure `az network route-table list` (routes and subnet associations) and `az network nic list`; or live mode.',
      ],
      remediation: [
        '`gcloud compute routes create NAME --network NET --destination-range CIDR --next-hop-instance NODE --next-hop-instance-zone ZONE`, or `az network route-table route create … --next-hop-type VirtualAppliance --next-hop-ip-address NODE_IP`; or let the cloud route controller manage them (`--configure-cloud-routes`).',
      ],
      fix: [
        "GCE `routes.insert` in the project that owns the nodes' network (a Shared VPC's host project): next hop instance, no tags, name `hostgw-<cluster>-<hash>` (the `--cluster-name`, else the network's name, and a hash of cluster, network and range); a route of that name that is the same route counts as done, a different one is reported. Azure route create in the table associated with the node subnets (`VirtualAppliance`, next hop = node IP).",
      ],
    },
  },
  *check({ topology, profile, options }) {
    if (!profile.routing || !topology.snapshot.present.has('routes')) return;
    for (const target of routeCoverage(topology, profile.routing).problems) {
      if (!target.scopes.some((entry) => entry.verdict.kind === 'missing')) continue;
      const missing = target.scopes.filter((entry) => entry.verdict.kind === 'missing');
      // A misdirected route is the root cause; once it is fixed, the scopes it does not reach show up as not-applied.
      if (target.scopes.some((entry) => entry.verdict.kind === 'wrong')) continue;
      // Create the route where routes can live: a subnet without a route table has nowhere to hold it.
      const first = missing.find((entry) => entry.scope.tableId ?? entry.scope.network) ?? missing[0]!;
      const verdict = first.verdict;
      const fallback =
        verdict.kind === 'missing' && verdict.winners[0]
          ? `; traffic follows ${verdict.winners[0].name} (${verdict.winners[0].nextHop.text}) instead`
          : '';
      const from =
        missing.length === target.scopes.length
          ? 'any node'
          : nodeList(missing.flatMap((entry) => entry.scope.members));
      yield {
        node: target.view.node.name,
        key: target.cidr.text,
        message: `no route for pod CIDR ${target.cidr.text} of node ${target.view.node.name}: pods on ${from} cannot reach its pods${fallback}`,
        remediation: profile.routing.createRoute(target.view, target.cidr, first.scope, options.cluster),
        origin: target.view.node.origin,
      };
    }
  },
  *gaps({ topology, profile }) {
    if (!profile.routing || topology.snapshot.present.has('routes')) return;
    yield {
      message: `no ${profile.displayName} route data: whether every pod CIDR has a route cannot be verified`,
      remediation: { text: addDump(profile, 'routes') },
    };
  },
};
