import { firstOf } from '../model/list-text.js';
import { contains, ipFamily, type Cidr, type Family } from '../model/cidr.js';
import type { FindingDraft } from '../model/finding.js';
import type { Remediation } from '../model/remediation.js';
import { withCommand, type Shell } from '../model/shell.js';
import type { HostNetwork, HostRoute } from '../model/snapshot.js';
import type { NodeView } from '../model/topology.js';
import {
  describeDiversion,
  divertingRoutes,
  podPrefixes,
  routesInside,
  type Diversion,
} from './shared/diverted-ranges.js';
import { addRoute, deleteRoute, inSequence } from './shared/host-route-commands.js';
import { onLinkViews, unreachablePeers } from './shared/on-link.js';
import { nodeList } from './shared/route-coverage.js';
import type { Rule, RuleContext } from './types.js';

/** A peer pod CIDR the node's table does not send to the peer, and what the table does with it instead. */
export interface Lack {
  readonly peer: string;
  readonly cidr: Cidr;
  readonly via: string;
  readonly instead?: HostRoute;
}

export function describeRoute(route: HostRoute | undefined): string {
  if (!route) return 'no route';
  const via = route.gateway ? ` via ${route.gateway}` : '';
  return `${route.dest.prefix === 0 ? 'default' : route.dest.text}${via}${route.interface ? ` dev ${route.interface}` : ''}`;
}

/** The route the kernel would pick for the whole CIDR: the longest prefix holding it. */
export function longestMatch(routes: readonly HostRoute[], cidr: Cidr): HostRoute | undefined {
  let best: HostRoute | undefined;
  for (const route of routes)
    if (contains(route.dest, cidr) && (!best || route.dest.prefix > best.dest.prefix)) best = route;
  return best;
}

/** Where a node must hold its host-gw routes, and the peers not to look at. */
interface Scope {
  readonly skipped: ReadonlySet<string>;
  /** Windows: the adapter carrying the node IP (the L2bridge HNS network's vEthernet), where flannel adds its routes. */
  readonly bridge?: string;
  /** The pod CIDR sizes of the cluster, by family (see routesInside). */
  readonly prefixes: ReadonlyMap<Family, readonly number[]>;
}

/** What a node's table does wrong by its peers: the pod CIDRs it lacks, and the parts of the others it diverts. */
interface Judged {
  readonly missing: Lack[];
  readonly diverted: Diversion[];
}

/** The peers' pod CIDRs that the node's table lacks as `podCIDR via peerIP`, or sends part of elsewhere. */
function judge(host: HostNetwork, self: string, peers: readonly NodeView[], scope: Scope): Judged {
  const { skipped, bridge, prefixes } = scope;
  const routes = host.routes ?? [];
  // flannel adds its routes on the L2bridge adapter on Windows: a route via the peer on another one does not count.
  const counts = (route: HostRoute) =>
    route.gateway !== undefined && !(bridge && route.interface && route.interface !== bridge);
  // Indexed by destination: a table holds a route per peer, and every node's table is checked against every peer.
  const gateways = new Map<string, Set<string>>();
  for (const route of routes) {
    if (!counts(route)) continue;
    const set = gateways.get(route.dest.text) ?? new Set<string>();
    gateways.set(route.dest.text, set.add(route.gateway!));
  }
  const inside = routesInside(routes, prefixes);
  const judged: Judged = { missing: [], diverted: [] };
  for (const peer of peers) {
    if (peer.node.name === self || skipped.has(peer.node.name)) continue;
    for (const cidr of peer.node.podCidrs) {
      const ips = peer.ips.filter((ip) => ipFamily(ip) === cidr.family);
      if (ips.length === 0) continue;
      const via = gateways.get(cidr.text);
      const installed = via === undefined ? undefined : ips.find((ip) => via.has(ip));
      if (installed === undefined) {
        judged.missing.push({ peer: peer.node.name, cidr, via: ips[0]!, instead: longestMatch(routes, cidr) });
        continue;
      }
      const within = inside.get(cidr.text);
      if (!within) continue;
      for (const route of divertingRoutes(within, (route) => counts(route) && ips.includes(route.gateway!)))
        judged.diverted.push({ peer: peer.node.name, cidr, via: installed, route });
    }
  }
  return judged;
}

/** One node's kernel table held against its peers: the host-gw routes it lacks. */
export interface HostRouteCheck {
  readonly view: NodeView;
  readonly host: HostNetwork;
  /** Peers not on-link from the node: flannel adds no route to them, subnet-mismatch reports them. */
  readonly skipped: ReadonlySet<string>;
  /** Windows: the adapter whose routes count. */
  readonly bridge?: string;
  readonly missing: readonly Lack[];
  /** Routes more specific than a peer's pod CIDR, installed as it is, that take part of it elsewhere. */
  readonly diverted: readonly Diversion[];
}

const CHECKED = new WeakMap<object, ReadonlyMap<string, HostRouteCheck>>();

/**
 * Every node with a route dump on a layer-2 provider, by name, with the routes it lacks. Computed once per snapshot
 * (a table against every peer is the costly part): the rule and the path checks (explain, the connectivity matrix)
 * read the same analysis, though each builds its own topology of the snapshot. Only names are read from its views.
 */
export function hostRouteChecks({ topology, snapshot, profile }: RuleContext): ReadonlyMap<string, HostRouteCheck> {
  const hosts = snapshot.hosts;
  if (profile.routing || !hosts) return new Map();
  const cached = CHECKED.get(snapshot);
  if (cached) return cached;
  const checks = new Map<string, HostRouteCheck>();
  const peers = topology.views.filter((view) => !view.node.planned && view.node.podCidrs.length > 0);
  // flannel never installs a route to a peer that is not on-link: subnet-mismatch reports those, once.
  const linked = new Map(onLinkViews(topology.views, snapshot).map((entry) => [entry.view.node.name, entry]));
  const memo = new Map<string, readonly NodeView[]>();
  const prefixes = podPrefixes(peers.flatMap((peer) => peer.node.podCidrs));
  for (const view of topology.views) {
    const host = hosts.get(view.node.name);
    if (!host?.routes) continue;
    const from = linked.get(view.node.name);
    const skipped = new Set(from ? unreachablePeers(from, peers, memo).map((peer) => peer.node.name) : []);
    const bridge = host.os === 'windows' ? from?.address.interface : undefined;
    const { missing, diverted } = judge(host, view.node.name, peers, { skipped, bridge, prefixes });
    checks.set(view.node.name, { view, host, skipped, bridge, missing, diverted });
  }
  CHECKED.set(snapshot, checks);
  return checks;
}

const DIVERTED_TEXT =
  "Delete the routes more specific than a peer's pod CIDR that send part of it elsewhere (or narrow them to leave the pod CIDR out): host-gw's route must carry the whole pod CIDR.";

/** What the rule's finding about the node says to do: add its first missing route, delete the diverting ones. */
export function hostRouteRemediation({ view, host, missing, diverted, bridge }: HostRouteCheck): Remediation {
  const name = view.node.name;
  const texts = [
    missing.length > 0
      ? `flannel adds a peer's route only when the peer's IP is on-link and flanneld runs on ${name}: look for subnet-mismatch findings and at flanneld's log on ${name}. The route can be added by hand until then.`
      : undefined,
    diverted.length > 0 ? DIVERTED_TEXT : undefined,
  ];
  const commands = [
    ...missing.slice(0, 1).map((lack) => addRoute(host, lack.cidr, lack.via, bridge)),
    ...deletions(host, diverted),
  ];
  const text = texts.filter((part) => part !== undefined).join(' ');
  return commands.length > 0 ? withCommand({ text }, inSequence(host, commands)) : { text };
}

/** One deletion per diverting route (a route can divert the pod CIDRs of several peers). */
export function deletions(host: HostNetwork, diverted: readonly Diversion[]): Shell[] {
  return [...new Set(diverted.map((entry) => entry.route))].map((route) => deleteRoute(host, route));
}

/** "b (10.244.1.128/25 of 10.244.1.0/24 goes via 10.0.0.1 dev eth0), c (…)": the first three peers, then a count. */
function divertedText(diverted: readonly Diversion[]): string {
  const byPeer = new Map<string, Diversion[]>();
  for (const entry of diverted) byPeer.set(entry.peer, [...(byPeer.get(entry.peer) ?? []), entry]);
  const peers = [...byPeer];
  return firstOf(peers, 3, ([peer, entries]) => `${peer} (${entries.map(describeDiversion).join('; ')})`);
}

function notInstalledMessage({ view, missing, diverted }: HostRouteCheck): string {
  const name = view.node.name;
  const parts: string[] = [];
  if (missing.length > 0) {
    const shown = firstOf(
      missing,
      3,
      (lack) => `${lack.peer} (${lack.cidr.text} via ${lack.via}; the table has ${describeRoute(lack.instead)})`,
    );
    parts.push(
      `node ${name}'s kernel route table lacks the host-gw routes to the pod CIDRs of ${shown}: pods on ${name} cannot reach those peers' pods directly`,
    );
  }
  if (diverted.length > 0)
    parts.push(
      `${missing.length > 0 ? 'it also' : `node ${name}'s kernel route table`} sends part of the pod CIDRs of ${divertedText(diverted)} elsewhere than the peer: pods on ${name} cannot reach the pods in those ranges directly`,
    );
  return parts.join('; ');
}

function* notInstalled(context: RuleContext): Iterable<FindingDraft> {
  for (const check of hostRouteChecks(context).values()) {
    if (check.missing.length === 0 && check.diverted.length === 0) continue;
    yield {
      node: check.view.node.name,
      message: notInstalledMessage(check),
      remediation: hostRouteRemediation(check),
      origin: check.host.routeOrigin,
    };
  }
}

/** The nodes whose kernel tables the rule cannot verify: route dumps were given, but none for them. */
export function withoutRouteDump({ topology, snapshot, profile }: RuleContext): NodeView[] {
  if (profile.routing || !snapshot.present.has('host-routes')) return [];
  return topology.views.filter((view) => !view.node.planned && !snapshot.hosts?.get(view.node.name)?.routes);
}

export const ROUTE_DUMP_REMEDIATION =
  'Add `ip -json route show` (Windows: `Get-NetRoute | ConvertTo-Json`) of each of these nodes to the inputs.';

export const routeNotInstalled: Rule = {
  meta: {
    id: 'route-not-installed',
    title: "A node's kernel lacks the host-gw route to a peer's pods",
    severity: 'error',
    docsUrl: 'docs/rules.md#route-not-installed',
    fixable: false,
    description:
      "flannel host-gw installs \"peerPodCIDR via peerIP\" in every node's kernel table. A route dump without it, or with it via another gateway, shows where host-gw has failed: pod traffic to that peer follows another route or none. A route more specific than the pod CIDR that goes elsewhere diverts that part of the peer's pods, though the pod CIDR's own route is there.",
    remediation:
      'Fix what kept flannel from adding the route (a peer that is not on-link, flanneld not running), or add the route by hand until then; delete a more specific route that diverts part of the pod CIDR.',
    docs: {
      summary: "L2 providers: a node's route dump lacks `peerPodCIDR via peerIP`, or diverts a sub-range of it",
      providers: ['aws', 'vsphere', 'baremetal'],
      checks: [
        "For each node with a route dump, every peer's pod CIDR must be routed via the peer's IP (Linux `ip route`: `dst` the pod CIDR, `gateway` the peer IP; Windows: `DestinationPrefix` the pod CIDR, `NextHop` the peer IP, and, when the node's address dump is given, `InterfaceAlias` the adapter that carries the node IP: the vEthernet adapter of the L2bridge HNS network, where flannel adds its routes; a route on another adapter does not count). A missing route, or one via another gateway, is reported with what the table would use instead (its longest matching prefix).",
        "A route more specific than a peer's pod CIDR (`10.244.1.128/25` inside `10.244.1.0/24`) that goes elsewhere than via the peer (another gateway, on-link to a device, or, on Windows, another adapter) diverts that sub-range, though the pod CIDR's own route is there: it is reported with the diverted range and what it goes to. Sub-routes via the peer are fine, and so is a diverting route that more specific ones via the peer cover entirely.",
        "Peers that are not on-link from the node (by its address dump, their IP outside its interface's prefix) are left out: flannel never adds routes to them, and `subnet-mismatch` reports them.",
        "One finding per node, naming the first three peers it lacks routes to, the first three whose pod CIDRs it diverts in part, and how many more. On GCE and Azure traffic follows the default route to the cloud's routes, so no host route is expected and the rule does not run.",
      ],
      needs: [
        'The nodes with their pod CIDRs: `kubectl get nodes -o json`.',
        "Each node's route table: `ip -json route show` (Windows: `Get-NetRoute -AddressFamily IPv4 | ConvertTo-Json`), matched to its node by content: the source address of its connected routes, or the /32 host route of the node IP.",
      ],
      remediation: [
        'Look for `subnet-mismatch` findings (flannel skips peers that are not on-link) and at the log of flanneld on the node.',
        'Until then the route can be added by hand: `ip route replace PEER_POD_CIDR via PEER_IP` (Windows: `New-NetRoute -DestinationPrefix PEER_POD_CIDR -NextHop PEER_IP -InterfaceAlias ...`).',
        'A diverting route is deleted: `ip route del SUB_RANGE via GATEWAY dev DEVICE` (Windows: `Remove-NetRoute -DestinationPrefix SUB_RANGE -NextHop GATEWAY -InterfaceAlias ADAPTER -Confirm:$false`), or narrowed to leave the pod CIDR out.',
      ],
      fix: ["None: the route lives in the node's kernel, not in the cloud; the plan leaves it out."],
    },
  },
  check: notInstalled,
  *gaps(context) {
    const without = withoutRouteDump(context);
    if (without.length === 0) return;
    yield {
      message: `no route dump matches ${without.length} node(s) (${nodeList(without)}): whether their kernels hold the host-gw routes cannot be verified`,
      remediation: { text: ROUTE_DUMP_REMEDIATION },
    };
  },
};
