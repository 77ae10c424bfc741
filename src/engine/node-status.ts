import { groupBy } from '../model/group.js';
import type { Topology, NodeView } from '../model/topology.js';
import type { ProviderProfile } from '../clouds/types.js';
import type { NodeStatus } from '../report/types.js';
import { rulesWhere } from '../rules/index.js';
import type { Finding } from '../model/finding.js';

function forwardingOf(view: NodeView, profile: ProviderProfile): string {
  const { interfaces } = view;
  if (interfaces.length === 0 && view.node.forwarding !== undefined)
    return view.node.forwarding ? 'enabled' : 'disabled';
  if (!profile.forwarding) return 'n/a';
  let unknown = interfaces.length === 0;
  for (const iface of interfaces) {
    if (iface.forwarding === false) return 'disabled';
    if (iface.forwarding === undefined) unknown = true;
  }
  return unknown ? 'unknown' : 'enabled';
}

/** The route rules' states, in catalogue order: a node with findings of several shows the first. */
const ROUTE_STATES: [string, string][] = rulesWhere((meta) => meta.routeState !== undefined).map(({ meta }) => [
  meta.id,
  meta.routeState!,
]);

function routesOf(view: NodeView, profile: ProviderProfile, own: readonly Finding[], routesKnown: boolean): string {
  if (!profile.routing) return 'n/a';
  const state =
    own.length === 0 ? undefined : ROUTE_STATES.find(([rule]) => own.some((finding) => finding.ruleId === rule));
  if (state) return state[1];
  if (!routesKnown || view.node.podCidrs.length === 0) return 'unknown';
  return 'ok';
}

/** The per-node table of the summaries: a digest of the topology and of the findings about each node. */
export function nodeStatuses(topology: Topology, profile: ProviderProfile, findings: readonly Finding[]): NodeStatus[] {
  const byNode = groupBy(findings, (finding) => finding.node || undefined);
  const routesKnown = topology.snapshot.present.has('routes');
  const none: readonly Finding[] = [];
  return topology.views.map((view) => {
    const own = byNode.get(view.node.name) ?? none;
    return {
      name: view.node.name,
      os: view.node.os,
      internalIps: view.node.internalIps,
      podCidrs: view.node.podCidrs.map((cidr) => cidr.text),
      forwarding: forwardingOf(view, profile),
      subnet: view.subnet?.name ?? view.subnetId?.slice(view.subnetId.lastIndexOf('/') + 1),
      routes: routesOf(view, profile, own, routesKnown),
      findings: own.length,
    };
  });
}
