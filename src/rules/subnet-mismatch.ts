import { groupBy } from '../model/group.js';
import { compareText } from '../model/order.js';
import type { NodeView } from '../model/topology.js';
import { addDump } from './shared/gaps.js';
import { nodeList } from './shared/route-coverage.js';
import type { Rule } from './types.js';

function describeSubnet(views: readonly NodeView[], id: string): string {
  const subnet = views[0]?.subnet;
  const cidrs = subnet?.cidrs.map((cidr) => cidr.text).join(', ');
  return `${subnet?.name ? `${subnet.name} (${id})` : id}${cidrs ? ` ${cidrs}` : ''}`;
}

export const subnetMismatch: Rule = {
  meta: {
    id: 'subnet-mismatch',
    title: 'Nodes are not all in one layer-2 subnet',
    severity: 'error',
    docsUrl: 'docs/rules.md#subnet-mismatch',
    description:
      'On AWS, vSphere and bare metal, flannel host-gw adds "podCIDR via nodeIP" routes on every node. The kernel only accepts ' +
      'a gateway that is on-link, so every node must share one layer-2 subnet; a node elsewhere can neither reach nor be reached by pods on the others.',
    remediation:
      'Run all nodes of the cluster in one subnet (launch templates, node pools and static IPs), or use a routed backend such as vxlan.',
    docs: {
      summary: 'L2 providers: a node outside the subnet holding the others',
      providers: ['aws', 'vsphere', 'baremetal'],
      checks: [
        "On AWS, vSphere and bare metal every node must sit in one layer-2 subnet: flannel's `podCIDR via nodeIP` routes need an on-link gateway. The subnet most nodes are in is taken as the right one; the others are reported.",
      ],
      needs: [
        'The nodes: `kubectl get nodes -o json` (or `-o yaml`), a native inventory, or live mode.',
        'The subnets: AWS `aws ec2 describe-subnets` with the instances or interfaces; bare metal and vSphere need an inventory with `spec.subnets` so the tool knows the segments.',
      ],
      remediation: [
        'Run all nodes in one subnet (launch templates, node pools, static IPs), or use a routed backend (vxlan).',
      ],
      fix: ['Manual: the plan says what a person must do; apply leaves it alone.'],
    },
  },
  *check({ topology, profile }) {
    if (profile.routing) return;
    const bySubnet = groupBy(topology.views, (view) => view.subnetId || undefined);
    if (bySubnet.size < 2) return;
    // The subnet most nodes are in is the one the others should join; ties fall to the lowest id, for stable output.
    const [majorityId, majority] = [...bySubnet.entries()].sort(
      (a, b) => b[1].length - a[1].length || compareText(a[0], b[0]),
    )[0]!;
    const split = [...bySubnet.entries()].map(([id, views]) => `${id} (${views.length})`).join(', ');
    for (const [id, views] of bySubnet) {
      if (id === majorityId) continue;
      for (const view of views) {
        yield {
          node: view.node.name,
          resource: id,
          message: `node ${view.node.name} is in subnet ${describeSubnet(views, id)}, but ${majority.length} of ${topology.views.length} nodes are in ${describeSubnet(majority, majorityId)}: host-gw routes between them are not on-link (nodes per subnet: ${split})`,
          remediation: {
            text: `Move ${view.node.name} into subnet ${majorityId} (replace the instance or its network interface); host-gw cannot span subnets.`,
          },
          origin: view.interfaces[0]?.origin ?? view.node.origin,
        };
      }
    }
  },
  *gaps({ topology, profile, snapshot }) {
    if (profile.routing) return;
    const unknown = topology.views.filter(
      (view) =>
        !view.node.planned &&
        !view.subnetId &&
        view.join !== 'not-found' &&
        view.join !== 'ambiguous' &&
        view.join !== 'no-cloud-data',
    );
    if (unknown.length === 0) return;
    yield {
      message: `the subnet of ${unknown.length} node(s) (${nodeList(unknown)}) is unknown: whether all nodes share one layer-2 subnet cannot be verified`,
      remediation: {
        text: snapshot.present.has('subnets')
          ? "No subnet in the inputs holds these nodes' IPs; add it."
          : addDump(profile, 'subnets'),
      },
    };
  },
};
