import { containsIp, ipFamily } from '../../model/cidr.js';
import type { ClusterSnapshot, HostAddress, HostNetwork } from '../../model/snapshot.js';
import type { NodeView } from '../../model/topology.js';

/** A node as its own OS sees its link: the interface address that holds its node IP, and the prefix of it. */
export interface OnLinkView {
  readonly view: NodeView;
  readonly host: HostNetwork;
  readonly address: HostAddress;
}

/** The nodes with an address dump holding one of their InternalIPs (the first family the node lists). */
export function onLinkViews(views: readonly NodeView[], snapshot: ClusterSnapshot): OnLinkView[] {
  const found: OnLinkView[] = [];
  for (const view of views) {
    const host = snapshot.hosts?.get(view.node.name);
    const address = host?.addresses?.find((candidate) => view.node.internalIps.includes(candidate.ip));
    if (host && address) found.push({ view, host, address });
  }
  return found;
}

/** The peer's node IP of the address family of `address`, the one a host-gw route to it would use as gateway. */
export function peerIp(peer: NodeView, address: HostAddress): string | undefined {
  return peer.node.internalIps.find((ip) => ipFamily(ip) === address.prefix.family);
}

/**
 * The peers a node cannot reach on-link: their node IP lies outside the prefix of its own interface. The kernel
 * refuses `podCIDR via IP` for them. Peers sharing a prefix are looked up once per distinct prefix.
 */
export function unreachablePeers(
  from: OnLinkView,
  peers: readonly NodeView[],
  memo: Map<string, readonly NodeView[]>,
): readonly NodeView[] {
  const key = from.address.prefix.text;
  let outside = memo.get(key);
  if (!outside) {
    outside = peers.filter((peer) => {
      const ip = peerIp(peer, from.address);
      return ip !== undefined && !containsIp(from.address.prefix, ip);
    });
    memo.set(key, outside);
  }
  return outside.filter((peer) => peer.node.name !== from.view.node.name);
}
