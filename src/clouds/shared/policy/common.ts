/** What the policy checks of every cloud share: short node lists, and which nodes need the forwarding fix. */
import { firstOf } from '../../../model/list-text.js';
import type { NodeView } from '../../../model/topology.js';

const SHOWN_NODES = 5;
export const EXEMPTION_NAME = 'hostgw-ip-forwarding';
export const EXEMPTION_REASON = 'flannel host-gw routes pod traffic through the nodes: their NICs need IP forwarding';

/** "a, b, c, d, e and 3 more": messages stay one line on 1,000-node clusters. */
export function listed(names: readonly string[]): string {
  return firstOf(names, SHOWN_NODES, String);
}

export function nodesOf(views: readonly NodeView[]): string {
  return `node${views.length === 1 ? '' : 's'} ${listed(views.map((view) => view.node.name))}`;
}

/** A node whose anti-spoofing check is on now: the forwarding-disabled fix is needed, and would be refused. */
export function needsFix(view: NodeView): boolean {
  return view.interfaces.some((iface) => iface.forwarding === false);
}
