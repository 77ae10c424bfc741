import type { Remediation } from './remediation.js';
import type { Os } from './snapshot.js';

/**
 * What a pod packet meets between two nodes, in the order it meets it. Cloud-routed providers (GCE, Azure) look the
 * pod CIDR up in the cloud's routes and check the next hop; layer-2 providers (AWS, vSphere, bare metal) look it up
 * in the node's kernel table and check the next hop is on-link.
 */
export type PathStep =
  | 'source-forwarding'
  | 'route-lookup'
  | 'next-hop'
  | 'on-link'
  | 'firewall-egress'
  | 'firewall-ingress'
  | 'destination-forwarding';

export const PATH_STEPS: readonly PathStep[] = [
  'source-forwarding',
  'route-lookup',
  'next-hop',
  'on-link',
  'firewall-egress',
  'firewall-ingress',
  'destination-forwarding',
];

/** true: passes; false: drops the traffic; null: the inputs cannot decide (the hop's detail names what to add). */
export type HopState = boolean | null;

export interface Hop {
  readonly step: PathStep;
  readonly ok: HopState;
  /** One sentence: what was looked at and what it decided ("route pods-b 10.244.1.0/24 via gke-b wins over …"). */
  readonly detail: string;
  /** The cloud or host object that decided (interface, route, firewall rule), when one did. */
  readonly resource?: string;
  /** A failing or undecided hop: the rule whose finding explains it (check-incomplete for missing data). */
  readonly ruleId?: string;
  readonly remediation?: Remediation;
}

/** delivered: every hop both ways passes; dropped: some hop drops either way; unknown: none drops, some cannot say. */
export type PathVerdict = 'delivered' | 'dropped' | 'unknown';

/** Pod traffic between two nodes followed hop by hop, there and back (TCP needs the return path). */
export interface Trace {
  readonly from: string;
  /** The destination as asked: a node name (its whole pod CIDR) or a pod IP. */
  readonly to: string;
  /** The node that owns the destination. */
  readonly toNode: string;
  /** The destination ranges traced, one per address family both nodes have (a pod IP: its own /32 or /128). */
  readonly ranges: readonly string[];
  readonly verdict: PathVerdict;
  readonly forward: readonly Hop[];
  readonly return: readonly Hop[];
}

/**
 * One-way pod flows that one step drops (ok false) or cannot decide (ok null), as a rectangle: every flow from a
 * node of `from` to the pod CIDRs of a node of `to` ('all': every node). Steps report their verdicts in these, a few
 * per cause, so the connectivity of a whole cluster is computed without looking at pairs one by one.
 */
export interface PathBlock {
  readonly step: PathStep;
  readonly ok: false | null;
  /** The rule whose finding explains the block (check-incomplete for data the inputs lack). */
  readonly ruleId: string;
  readonly from: readonly string[] | 'all';
  readonly to: readonly string[] | 'all';
  /** A short phrase for reports and diagrams ("forwarding off on node-3", "no route to 10.244.3.0/24"). */
  readonly reason: string;
}

/** Nodes that share a network segment (subnet, port group, GCE network) and an OS: one row of the matrix. */
export interface NodeGroup {
  /** Generated (g1, g2 …): safe as an id in any output, never derived from input names. */
  readonly id: string;
  /** The segment's name and range with the OS ("subnet-a 10.0.1.0/24, windows"): input text, escape it to render. */
  readonly label: string;
  readonly segment?: string;
  readonly os: Os;
  readonly nodes: readonly string[];
  /** Route tables that apply to the group (Azure tables of its subnet, the GCE network's routes). */
  readonly routeTables: readonly string[];
}

export interface PairCounts {
  /** Ordered node pairs (a, b), a ≠ b; the verdict of a pair covers both directions, so (a, b) and (b, a) agree. */
  readonly pairs: number;
  readonly delivered: number;
  readonly dropped: number;
  readonly unknown: number;
}

export interface ConnectivityCell extends PairCounts {
  readonly from: string;
  readonly to: string;
  /** The rules of the blocks that drop or leave undecided pairs of the cell, most pairs first. */
  readonly rules: readonly string[];
}

/** Which node groups deliver pod traffic to which: the explain verdict of every pair, counted per pair of groups. */
export interface Connectivity {
  readonly groups: readonly NodeGroup[];
  readonly cells: readonly ConnectivityCell[];
  readonly totals: PairCounts;
  /** The blocks the verdicts come from, for diagrams; reports write the groups and counts only. */
  readonly blocks: readonly PathBlock[];
  /** Nodes in no group, and why: planned machines and nodes without a pod CIDR carry no pod traffic yet. */
  readonly outside?: readonly OutsideNode[];
}

export interface OutsideNode {
  readonly node: string;
  readonly reason: 'planned' | 'no-pod-cidr';
}
