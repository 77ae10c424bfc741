import { firstOf } from '../model/list-text.js';
import { containsIp } from '../model/cidr.js';
import { groupBy } from '../model/group.js';
import { compareText } from '../model/order.js';
import type { NodeView, Topology } from '../model/topology.js';
import type { FindingDraft } from '../model/finding.js';
import type { ProviderProfile, SegmentWording } from '../clouds/types.js';
import type { Remediation } from '../model/remediation.js';
import { declaredSubnetNotes } from './shared/declared-subnet.js';
import { addDump } from './shared/gaps.js';
import { onLinkViews, peerIp, unreachablePeers, type OnLinkView } from './shared/on-link.js';
import { nodeList } from './shared/route-coverage.js';
import type { Rule, RuleContext } from './types.js';

const SUBNET: SegmentWording = {
  noun: 'subnet',
  move: (node, id) => `Move ${node} into subnet ${id} (replace the instance or its network interface)`,
};

/** What the provider calls a node's layer-2 segment (subnet, port group) and how to move a node into one. */
export function segmentWording(profile: ProviderProfile): SegmentWording {
  return profile.segment ?? SUBNET;
}

/** The rule's advice to a node whose interface prefix leaves peers out. */
export function prefixRemediation(name: string, iface: string): Remediation {
  return {
    text: `Give every node one prefix that holds all node IPs (the same prefix length on ${iface} of ${name} and on its peers), or use a routed backend such as vxlan.`,
  };
}

/**
 * Whether the rule compares the nodes' subnets: the nodes' own addresses are what the kernel uses, so subnets from
 * inventories or cloud listings are consulted only when some node has no address dump.
 */
export function subnetsConsulted(topology: Topology, linked: readonly OnLinkView[]): boolean {
  return !(linked.length > 0 && linked.length === topology.views.filter((view) => !view.node.planned).length);
}

/** The subnet most nodes are in, the one the others should join; ties fall to the lowest id, for stable output. */
export function majoritySubnet(bySubnet: ReadonlyMap<string, readonly NodeView[]>): [string, readonly NodeView[]] {
  return [...bySubnet.entries()].sort((a, b) => b[1].length - a[1].length || compareText(a[0], b[0]))[0]!;
}

/** The nodes whose subnet the rule cannot tell (its gap), and what to add for them. */
export function unknownSubnets({ topology, profile, snapshot }: RuleContext): {
  nodes: NodeView[];
  remediation: Remediation;
} {
  const linked = new Set(onLinkViews(topology.views, snapshot).map((entry) => entry.view));
  const nodes = profile.routing
    ? []
    : topology.views.filter(
        (view) =>
          !view.node.planned &&
          !linked.has(view) &&
          !view.subnetId &&
          view.join !== 'not-found' &&
          view.join !== 'ambiguous' &&
          view.join !== 'no-cloud-data',
      );
  const text = snapshot.present.has('subnets')
    ? "No subnet in the inputs holds these nodes' IPs; add it."
    : addDump(profile, 'subnets');
  return { nodes, remediation: { text } };
}

function describeSubnet(views: readonly NodeView[], id: string): string {
  const subnet = views[0]?.subnet;
  const cidrs = subnet?.cidrs.map((cidr) => cidr.text).join(', ');
  return `${subnet?.name ? `${subnet.name} (${id})` : id}${cidrs ? ` ${cidrs}` : ''}`;
}

/** Peers named in a finding: the first few with their addresses, then a count (findings grow with nodes, never with pairs). */
function peersText(peers: readonly NodeView[], from: OnLinkView, max = 3): string {
  return firstOf(peers, max, (peer) => `${peer.node.name} (${peerIp(peer, from.address)})`);
}

/**
 * The kernel's rule, from the nodes' own address dumps: a node reaches a peer on-link only when the prefix of its
 * interface holds the peer's IP. Checked from every node with a dump, so both directions of each pair are seen:
 * a node whose prefix is wider than its peers' reaches them, but they do not reach it.
 */
function* onLink({ topology, snapshot }: RuleContext, linked: readonly OnLinkView[]): Iterable<FindingDraft> {
  const peers = topology.views.filter((view) => !view.node.planned && view.node.internalIps.length > 0);
  const byName = new Map(linked.map((entry) => [entry.view.node.name, entry]));
  const memo = new Map<string, readonly NodeView[]>();
  for (const from of linked) {
    const outside = unreachablePeers(from, peers, memo);
    if (outside.length === 0) continue;
    const { name } = from.view.node;
    const { ip, prefix, interface: iface } = from.address;
    const oneWay = outside.filter((peer) => {
      const theirs = byName.get(peer.node.name);
      return theirs !== undefined && containsIp(theirs.address.prefix, ip);
    });
    const note =
      oneWay.length > 0
        ? `; ${nodeList(oneWay)} ${oneWay.length === 1 ? 'reaches' : 'reach'} ${name} on-link through a wider prefix, so the link works one way only`
        : '';
    yield {
      node: name,
      resource: `${iface} ${prefix.text}`,
      message: `node ${name} has ${ip}/${prefix.prefix} on ${iface}, whose prefix ${prefix.text} does not hold ${outside.length} peer node IP(s): ${peersText(outside, from)}. Its host-gw routes to them are not on-link and the kernel refuses them${note}`,
      remediation: prefixRemediation(name, iface),
      origin: from.host.addressOrigin,
    };
  }
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
        "With the nodes' own address dumps (`ip -json addr show`, `Get-NetIPAddress | ConvertTo-Json`) the kernel's rule is checked instead, in both directions: the prefix of the interface holding each node's IP must hold every peer's IP. A node whose prefix is wider than its peers' reaches them while they cannot reach it; the nodes whose prefix leaves peers out are reported, one finding per node naming the first few peers.",
      ],
      needs: [
        'The nodes: `kubectl get nodes -o json` (or `-o yaml`), a native inventory, or live mode.',
        'The subnets: AWS `aws ec2 describe-subnets` with the instances or interfaces; vSphere `govc vm.info -json` of the node VMs (the port group and guest prefix of the NIC holding the node IP; an inventory `spec.segments` declares port groups one segment); bare metal an inventory with `spec.subnets`.',
        "Or, better, each node's `ip -json addr show` (Windows: `Get-NetIPAddress -AddressFamily IPv4 | ConvertTo-Json`), matched to its node by the node IP; when every node has one, subnets are not needed.",
        "An inventory's `subnet:` of a node is the fallback: where the node's address dump or its interface in a govc or cloud dump says otherwise, the dump is used and a note says where they disagree.",
      ],
      remediation: [
        'Run all nodes in one subnet (launch templates, node pools, static IPs), or use a routed backend (vxlan).',
      ],
      fix: ['Manual: the plan says what a person must do; apply leaves it alone.'],
    },
  },
  *check(context) {
    const { topology, profile, snapshot } = context;
    if (profile.routing) return;
    const linked = onLinkViews(topology.views, snapshot);
    const wording = segmentWording(profile);
    yield* declaredSubnetNotes(topology, linked, wording.noun);
    yield* onLink(context, linked);
    if (!subnetsConsulted(topology, linked)) return;
    const bySubnet = groupBy(topology.views, (view) => view.subnetId || undefined);
    if (bySubnet.size < 2) return;
    const [majorityId, majority] = majoritySubnet(bySubnet);
    const split = [...bySubnet.entries()].map(([id, views]) => `${id} (${views.length})`).join(', ');
    for (const [id, views] of bySubnet) {
      if (id === majorityId) continue;
      for (const view of views) {
        yield {
          node: view.node.name,
          resource: id,
          message: `node ${view.node.name} is in ${wording.noun} ${describeSubnet(views, id)}, but ${majority.length} of ${topology.views.length} nodes are in ${describeSubnet(majority, majorityId)}: host-gw routes between them are not on-link (nodes per ${wording.noun}: ${split})`,
          remediation: {
            text: `${wording.move(view.node.name, majorityId)}; host-gw cannot span ${wording.noun}s.`,
          },
          origin: view.interfaces[0]?.origin ?? view.node.origin,
        };
      }
    }
  },
  *gaps(context) {
    const { nodes: unknown, remediation } = unknownSubnets(context);
    if (unknown.length === 0) return;
    yield {
      message: `the subnet of ${unknown.length} node(s) (${nodeList(unknown)}) is unknown: whether all nodes share one layer-2 subnet cannot be verified`,
      remediation,
    };
  },
};
