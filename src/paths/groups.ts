import { placementOf } from '../clouds/types.js';
import type { NodeGroup, OutsideNode } from '../model/connectivity.js';
import { compareText } from '../model/order.js';
import type { Os } from '../model/snapshot.js';
import type { NodeView } from '../model/topology.js';
import type { PathContext } from './types.js';

/** A network segment nodes sit in: a subnet (AWS, Azure, declared inventory subnet), a port group, a GCE network. */
interface Segment {
  /** The subnet id, port group or GCE network path. */
  readonly id: string;
  readonly key: string;
  readonly label: string;
  readonly routeTables: readonly string[];
}

const OS_ORDER: readonly Os[] = ['linux', 'windows', 'unknown'];
const UNKNOWN_SEGMENT = 'segment unknown';

/** The last part of a GCE network path (projects/p/global/networks/n gives n). */
function shortName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1) || path;
}

function networkLabel(context: PathContext, networkId: string): string {
  const network = context.snapshot.networks.find((candidate) => candidate.id === networkId);
  const name = network?.name ?? shortName(networkId);
  const ranges = network?.cidrs.map((cidr) => cidr.text) ?? [];
  return [name, ...ranges].join(' ');
}

/**
 * The segment of a node: its subnet (which is the port group on vSphere and the declared subnet of an inventory),
 * or where the network places nodes (GCE) that network when no subnet is known. There routes are network-wide, so the
 * network's routes are the route table of each of its subnets; elsewhere the tables associated with the subnet
 * (Azure user-defined routes).
 */
function segmentOf(context: PathContext, view: NodeView): Segment | undefined {
  const networkWide = placementOf(context.profile).noun === 'network';
  const { subnetId, subnet } = view;
  if (subnetId !== undefined) {
    const label = [subnet?.name ?? subnetId, ...(subnet?.cidrs.map((cidr) => cidr.text) ?? [])].join(' ');
    const network = subnet?.networkId ?? view.instance?.network;
    const routeTables = networkWide
      ? network !== undefined
        ? [shortName(network)]
        : []
      : (context.topology.tablesBySubnet.get(subnetId) ?? []).map((table) => table.name);
    return { id: subnetId, key: `subnet ${subnetId}`, label, routeTables };
  }
  const network = networkWide ? view.instance?.network : undefined;
  if (network === undefined) return undefined;
  return {
    id: network,
    key: `network ${network}`,
    label: networkLabel(context, network),
    routeTables: [shortName(network)],
  };
}

/** Why a node is in no group (it has no pod traffic to follow yet), or undefined when it carries pod traffic. */
export function outsideOf(view: NodeView): OutsideNode['reason'] | undefined {
  if (view.node.planned) return 'planned';
  return view.node.podCidrs.length === 0 ? 'no-pod-cidr' : undefined;
}

interface Draft {
  readonly segment: Segment | undefined;
  readonly os: Os;
  readonly nodes: string[];
}

function compareDrafts(a: Draft, b: Draft): number {
  // Nodes of no known segment come last, each OS in one group.
  if ((a.segment === undefined) !== (b.segment === undefined)) return a.segment === undefined ? 1 : -1;
  return (
    compareText(a.segment?.label ?? '', b.segment?.label ?? '') ||
    compareText(a.segment?.key ?? '', b.segment?.key ?? '') ||
    OS_ORDER.indexOf(a.os) - OS_ORDER.indexOf(b.os)
  );
}

/**
 * The rows of the connectivity matrix: the nodes that carry pod traffic grouped by segment and OS, in the order of
 * their labels, with generated ids. Planned nodes and nodes without a pod CIDR have no pod traffic to follow, so no
 * group holds them (outsideOf says why).
 */
export function nodeGroups(context: PathContext): NodeGroup[] {
  const drafts = new Map<Segment | undefined, Map<Os, Draft>>();
  // Thousands of nodes share a few segments: each is described once.
  const segments = new Map<string | undefined, Segment | undefined>();
  for (const view of context.topology.views) {
    if (outsideOf(view) !== undefined) continue;
    const place = view.subnetId ?? view.instance?.network;
    let segment = segments.get(place);
    if (segment === undefined && !segments.has(place)) segments.set(place, (segment = segmentOf(context, view)));
    const os = view.node.os;
    let byOs = drafts.get(segment);
    if (!byOs) drafts.set(segment, (byOs = new Map()));
    let draft = byOs.get(os);
    if (!draft) byOs.set(os, (draft = { segment, os, nodes: [] }));
    draft.nodes.push(view.node.name);
  }
  return [...drafts.values()]
    .flatMap((byOs) => [...byOs.values()])
    .sort(compareDrafts)
    .map((draft, i) => ({
      id: `g${i + 1}`,
      label: `${draft.segment?.label ?? UNKNOWN_SEGMENT}, ${draft.os}`,
      segment: draft.segment?.id,
      os: draft.os,
      nodes: draft.nodes,
      routeTables: draft.segment?.routeTables ?? [],
    }));
}
