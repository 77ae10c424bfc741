import type { Instance, NetworkInterface, Subnet } from './snapshot.js';

/**
 * Joining a node that has no providerID to a cloud machine by its address. An address is unique only within one
 * network: another VPC, GCE network or VNet may reuse it, and a dump may hold machines that are no node at all. The
 * machine joined becomes the target of the node's fixes, so a doubtful join is refused and reported instead.
 */

/** A machine holding one of a node's addresses. */
export interface IpMatch {
  readonly instanceKey: string;
  /** The instance id, for messages. */
  readonly id: string;
  /** Its network (VPC id, GCE network path, VNet id); undefined when the data does not say. */
  readonly network?: string;
}

export type IpJoin =
  | { readonly kind: 'none' }
  | { readonly kind: 'joined'; readonly match: IpMatch }
  /**
   * shared: several machines that could be the node's hold the address. outside: every holder lies outside the
   * networks of the nodes joined by providerID (or its network is unknown while theirs is known).
   */
  | { readonly kind: 'refused'; readonly reason: 'shared' | 'outside'; readonly matches: readonly IpMatch[] };

/** Where an interface sits: what its listing says, else its subnet's network, else its machine's (GCE). */
export function networkOf(
  iface: NetworkInterface,
  subnetById: ReadonlyMap<string, Subnet>,
  instance: Instance | undefined,
): string | undefined {
  return (
    iface.networkId ?? (iface.subnetId ? subnetById.get(iface.subnetId)?.networkId : undefined) ?? instance?.network
  );
}

/**
 * With the cluster's networks known, only machines inside them are eligible; with none known (no node has a
 * providerID, as in Rancher custom clusters), every machine is. Exactly one eligible machine is the node's.
 */
export function decideIpJoin(matches: readonly IpMatch[], clusterNetworks: ReadonlySet<string>): IpJoin {
  if (matches.length === 0) return { kind: 'none' };
  const eligible =
    clusterNetworks.size === 0
      ? matches
      : matches.filter((match) => match.network !== undefined && clusterNetworks.has(match.network));
  if (eligible.length === 1) return { kind: 'joined', match: eligible[0]! };
  if (eligible.length > 1) return { kind: 'refused', reason: 'shared', matches: eligible };
  return { kind: 'refused', reason: 'outside', matches };
}
