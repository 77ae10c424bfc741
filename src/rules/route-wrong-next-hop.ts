import type { Route } from '../model/snapshot.js';
import { routeCoverage } from './shared/route-coverage.js';
import type { Rule } from './types.js';

export const routeWrongNextHop: Rule = {
  meta: {
    id: 'route-wrong-next-hop',
    title: "The route for a node's pod CIDR points somewhere else",
    severity: 'error',
    docsUrl: 'docs/rules.md#route-wrong-next-hop',
    routeState: 'wrong next hop',
    description:
      'A route exists for the pod CIDR but its next hop is another node, a deleted instance, an unrelated appliance or no machine at all ' +
      '(Azure VnetLocal, None, Internet, VirtualNetworkGateway; a GCE gateway, tunnel, load balancer or peering): traffic for the pods ' +
      'goes there and is dropped (or, worse, answered by the wrong pods after an address reuse).',
    remediation:
      'Point the route at the node that owns the pod CIDR (Azure: update in place; GCE: routes are immutable, create the right one, then delete the wrong one).',
    docs: {
      summary: 'the route for a pod CIDR points somewhere else',
      providers: ['gce', 'azure'],
      checks: [
        'A route carries the pod CIDR but points at another node, a deleted instance or an unrelated appliance.',
        'Every next hop counts. A route of exactly the pod CIDR\'s prefix whose next hop is no node (Azure `VnetLocal`, `None`, `Internet`, `VirtualNetworkGateway`, or `VirtualAppliance` at another address; GCE `nextHopGateway`, `nextHopIlb`, `nextHopVpnTunnel`, `nextHopIp` or `nextHopInstance` elsewhere, `nextHopNetwork`, `nextHopPeering`) is this finding, not route-missing: Azure refuses a second route of the same prefix in a table ("Routes cannot have the same AddressPrefix"), so the route is updated in place.',
        'A wider route (the default route, a firewall appliance, the VNet) is only what the traffic falls back to: that is route-missing, fixed by adding the more specific route. A wider route counts here only when it points at another node, as a cluster-wide pod route does.',
      ],
      needs: [
        'The nodes: `kubectl get nodes -o json` (or `-o yaml`), a native inventory, or live mode.',
        'The routes and what decides which nodes see them: GCE `gcloud compute routes list` and `gcloud compute instances list` (network, tags); Azure `az network route-table list` (routes and subnet associations) and `az network nic list`; or live mode.',
      ],
      remediation: [
        'Azure: update the route in place (`az network route-table route update --next-hop-type VirtualAppliance --next-hop-ip-address NODE_IP`). GCE routes are immutable: create the right route, then delete the wrong one (the command in the finding does both, in that order).',
        "GCE subnet and peering routes cannot be changed or deleted, and GCE does not let a static route override them: the finding says which ranges overlap and what to change (the node's pod CIDR, the subnet, or the peering's custom route import).",
      ],
      fix: [
        'Azure: route updated in place; GCE (routes are immutable): the right route inserted first, then the wrong one deleted.',
      ],
    },
  },
  *check({ topology, profile, options }) {
    if (!profile.routing) return;
    for (const target of routeCoverage(topology, profile.routing).problems) {
      let seen: Set<Route> | undefined;
      for (const { verdict } of target.scopes) {
        if (verdict.kind !== 'wrong') continue;
        for (const route of verdict.routes) {
          if (seen?.has(route)) continue;
          (seen ??= new Set()).add(route);
          const actual = topology.nextHopNode(route);
          yield {
            node: target.view.node.name,
            key: target.cidr.text,
            resource: route.name,
            message: `route ${route.name} (${route.dest.text}) carries pod CIDR ${target.cidr.text} of node ${target.view.node.name} but points at ${actual ? `node ${actual.node.name}` : route.nextHop.text}`,
            remediation: profile.routing.repointRoute(route, target.view, target.cidr, options.cluster),
            origin: route.origin,
          };
        }
      }
    }
  },
};
