import { ipFamily, type Cidr } from '../../model/cidr.js';
import type { NodeView } from '../../model/topology.js';

/** The node address a route for `cidr` should point at: flannel's public IP first, of the CIDR's family. */
export function nextHopIp(view: NodeView, cidr: Cidr): string | undefined {
  const candidates = [view.node.flannelPublicIp, ...view.node.internalIps].filter(
    (ip): ip is string => ip !== undefined,
  );
  return candidates.find((ip) => ipFamily(ip) === cidr.family);
}
