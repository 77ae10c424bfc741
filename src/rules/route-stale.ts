import { overlaps } from '../model/cidr.js';
import type { Rule } from './types.js';

export const routeStale: Rule = {
  meta: {
    id: 'route-stale',
    title: 'A route inside the cluster CIDR serves no current node',
    severity: 'warning',
    docsUrl: 'docs/rules.md#route-stale',
    description:
      'Routes left behind by deleted nodes or old pod CIDR assignments use up the route quota (Azure: 400 per table) and, once the block is ' +
      "reassigned, send the new node's traffic to a machine that no longer exists.",
    remediation: 'Delete the route after checking nothing else relies on it.',
    docs: {
      summary: 'a route inside the cluster CIDR serves no current node',
      providers: ['gce', 'azure'],
      checks: [
        "A route inside the cluster CIDR that serves no current node's pod CIDR: left behind by a deleted node or an old assignment. It uses quota and, once the block is reassigned, sends traffic to a machine that no longer exists.",
      ],
      needs: [
        'The nodes: `kubectl get nodes -o json` (or `-o yaml`), a native inventory, or live mode.',
        'The routes and what decides which nodes see them: GCE `gcloud compute routes list` and `gcloud compute instances list` (network, tags); Azure `az network route-table list` (routes and subnet associations) and `az network nic list`; or live mode.',
        'The cluster CIDR: flannel ConfigMap, RKE `cluster.yml`, inventory or `--cluster-cidr`.',
      ],
      remediation: ['Delete the route after checking nothing else relies on it.'],
      fix: ['Delete: only with `--prune`.'],
    },
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
  *gaps({ snapshot, profile }) {
    // Without route data, route-missing's gap already says that no route was checked.
    if (!profile.routing || !snapshot.present.has('routes') || snapshot.clusterCidrs.length > 0) return;
    yield {
      message: 'the cluster CIDR is unknown: stale routes and pod CIDRs outside it cannot be detected',
      remediation: {
        text: 'Add the flannel ConfigMap (kubectl -n kube-flannel get cm kube-flannel-cfg -o yaml) or pass --cluster-cidr.',
      },
    };
  },
};
