import type { Cidr, Family } from '../../../model/cidr.js';
import type { FirewallRule, FirewallSet } from '../../../model/snapshot.js';
import type { NodeView, Topology } from '../../../model/topology.js';
import type { Remediation } from '../../../model/remediation.js';
import type { FirewallData } from './data.js';

/** What pods send between nodes: every port of these protocols (ICMP is ICMPv6 for IPv6 pod CIDRs). */
export type PodProtocol = 'tcp' | 'udp' | 'icmp';
export const POD_PROTOCOLS: readonly PodProtocol[] = ['tcp', 'udp', 'icmp'];

/**
 * Nodes whose pod traffic passes the same rule sets: the same security groups (and, with network ACLs, subnet),
 * the same GCE network with the same rule-relevant tags and service accounts, the same NIC and subnet NSGs.
 * Firewall analysis runs once per pair of scopes, never per pair of nodes.
 */
export interface FirewallScope {
  readonly key: string;
  /** "security group sg-… (k8s-nodes)", "network k8s-vpc with tags [k8s-node]", "NSG k8s-nodes-nsg (subnet)" */
  readonly label: string;
  readonly members: readonly NodeView[];
  /** AWS: the members' subnet, for network ACLs (set only when ACLs are in the data). */
  readonly subnetId?: string;
  /** GCE: network, and the tags and service accounts some rule targets. */
  readonly network?: string;
  readonly tags?: readonly string[];
  readonly serviceAccounts?: readonly string[];
}

/**
 * One filter on the way from a source node to a destination node: one rule set (AWS: the union of an ENI's
 * security groups), evaluated in `rules` order, first match wins, `fallback` when nothing matches.
 */
export interface FirewallStage {
  /** Identity for grouping findings: the set(s) and the direction. */
  readonly key: string;
  /** The set(s) evaluated; a fix goes into the first unless the profile knows better. */
  readonly sets: readonly FirewallSet[];
  /** Egress filters run on the source node's side, ingress filters on the destination's. */
  readonly side: 'source' | 'destination';
  readonly direction: 'ingress' | 'egress';
  readonly rules: readonly FirewallRule[];
  readonly fallback: { readonly action: 'allow' | 'deny'; readonly label: string };
  /** "security group sg-… (k8s-nodes)", "network ACL acl-… of subnet-…", "NSG k8s-nodes-nsg on the NIC" */
  readonly label: string;
}

/** A node whose rule sets cannot be evaluated, and why: becomes a check-incomplete hint. */
export interface UnresolvedNode {
  readonly view: NodeView;
  /** Sets named by the node's interface or subnet but absent from the firewall dumps. */
  readonly missing: readonly string[];
  /** Set when the data does not even say which sets apply (an ENI listed without `Groups`). */
  readonly reason?: string;
}

export interface FirewallLayout {
  readonly scopes: readonly FirewallScope[];
  readonly unresolved: readonly UnresolvedNode[];
}

/** Pod traffic one stage drops, gathered over every source scope for one local scope (the side the stage guards). */
export interface BlockedTraffic {
  readonly stage: FirewallStage;
  /** The scope on the stage's side: the destination for ingress, the source for egress. */
  readonly local: FirewallScope;
  readonly localNodes: readonly NodeView[];
  readonly remoteNodes: readonly NodeView[];
  readonly protocols: readonly PodProtocol[];
  readonly families: readonly Family[];
  /** Blocked pod CIDRs on each end, for the narrowest fix when the cluster CIDR is unknown. */
  readonly sourceCidrs: readonly Cidr[];
  readonly destCidrs: readonly Cidr[];
  /** The deny rule that drops the traffic; undefined when nothing allows it (the stage's fallback). */
  readonly deniedBy?: FirewallRule;
  /** An allow rule that looks as if it admitted the traffic, and does not (SG source, tags, the node subnet). */
  readonly nearMiss?: FirewallRule;
  /** An allow rule that would admit the traffic, were it not for `deniedBy` before it (AllowVnetInBound). */
  readonly shadowed?: FirewallRule;
  /**
   * The dropped flows exactly: every node of `sources` to the pods of every node of `dests`, per rectangle. The
   * local and remote node lists are their union, which can hold pairs no rectangle does.
   */
  readonly flows: readonly DroppedFlows[];
  /** When several local scopes were dropped alike and merged into this one: all their keys. */
  readonly mergedKeys?: readonly string[];
}

/** Pod traffic from every node of `sources` to the pods of every node of `dests`. */
export interface DroppedFlows {
  readonly sources: readonly NodeView[];
  readonly dests: readonly NodeView[];
}

export interface FirewallProfile {
  /** The dump(s) that hold the firewall data, for hints. */
  readonly dumps: string;
  layout(topology: Topology, data: FirewallData): FirewallLayout;
  /** The stages traffic from `from`'s nodes to `to`'s nodes passes, in path order. */
  stages(from: FirewallScope, to: FirewallScope, data: FirewallData): readonly FirewallStage[];
  /** The ranges a reference stands for when pod traffic can match it (Azure service tags); undefined otherwise. */
  resolve?(ref: string, data: FirewallData): readonly Cidr[] | undefined;
  /** The narrowest allow rule(s) that let the blocked traffic through, as a command and as fix data. */
  remedy(block: BlockedTraffic, data: FirewallData): Remediation;
}
