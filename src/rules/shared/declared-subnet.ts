import type { FindingDraft } from '../../model/finding.js';
import type { NodeView, Topology } from '../../model/topology.js';
import type { OnLinkView } from './on-link.js';

/**
 * Where a node's declared subnet (an inventory's `subnet:`) and the real sources disagree. The real sources win
 * (the topology already places the node by its interface, the on-link check uses the address dump); these notes
 * say so, so a stale inventory is seen rather than silently ignored.
 */
export function* declaredSubnetNotes(
  topology: Topology,
  linked: readonly OnLinkView[],
  noun: string,
): Iterable<FindingDraft> {
  const byName = new Map(linked.map((entry) => [entry.view.node.name, entry]));
  for (const view of topology.views) {
    const declared = view.node.subnetId;
    if (!declared || view.node.planned) continue;
    const dumped = byName.get(view.node.name);
    if (dumped) {
      const note = addressNote(view, declared, dumped, topology);
      if (note) yield note;
    } else if (view.subnetId && view.subnetId !== declared && view.interfaces.some((iface) => iface.subnetId)) {
      yield {
        node: view.node.name,
        resource: declared,
        key: 'declared',
        severity: 'note',
        message: `the inventory says node ${view.node.name} is in ${noun} ${declared}; the dump of its network interface says ${noun} ${view.subnetId}: the dump is used`,
        remediation: { text: `Correct the node's subnet in the inventory (${view.subnetId}), or remove it.` },
        origin: view.node.origin,
      };
    }
  }
}

/** The declared subnet's prefix of the address family differs from the prefix the node's own OS has. */
function addressNote(
  view: NodeView,
  declared: string,
  { address, host }: OnLinkView,
  topology: Topology,
): FindingDraft | undefined {
  const subnet = topology.subnetById.get(declared);
  const prefixes = (subnet?.cidrs ?? []).filter((cidr) => cidr.family === address.prefix.family);
  if (prefixes.length === 0 || prefixes.some((cidr) => cidr.text === address.prefix.text)) return undefined;
  const name = view.node.name;
  return {
    node: name,
    resource: declared,
    key: 'declared',
    severity: 'note',
    message: `the inventory says node ${name} is in subnet ${declared} ${prefixes.map((cidr) => cidr.text).join(', ')}; the address dump of ${name} says ${address.ip}/${address.prefix.prefix} on ${address.interface}: the dump is used`,
    remediation: {
      text: `Correct subnet ${declared} or the node's subnet in the inventory, or the prefix on ${address.interface} of ${name}, so that intent and the host agree.`,
    },
    origin: host.addressOrigin ?? view.node.origin,
  };
}
