import { containsIp } from '../../model/cidr.js';
import type { Hop, PathBlock } from '../../model/connectivity.js';
import { groupBy } from '../../model/group.js';
import type { Remediation } from '../../model/remediation.js';
import type { NodeView } from '../../model/topology.js';
import type { SegmentWording } from '../../clouds/types.js';
import { addDump } from '../../rules/shared/gaps.js';
import { onLinkViews, peerIp, unreachablePeers, type OnLinkView } from '../../rules/shared/on-link.js';
import {
  majoritySubnet,
  prefixRemediation,
  segmentWording,
  subnetsConsulted,
  unknownSubnets,
} from '../../rules/subnet-mismatch.js';
import type { PathCheck, PathContext, Target } from '../types.js';
import { namesText, reportedRemediation } from './from-findings.js';

const STEP = 'on-link';
const RULE = 'subnet-mismatch';

/** What subnet-mismatch reads, once per topology. */
interface Analysis {
  /** Nodes with an address dump: their own prefix decides what is on-link from them. */
  readonly linked: ReadonlyMap<string, OnLinkView>;
  /** Some node has no address dump, so the rule compares subnets (port groups) for the pairs it cannot see. */
  readonly consulted: boolean;
  readonly majorityId?: string;
  readonly wording: SegmentWording;
  readonly unknown: ReadonlySet<string>;
  readonly unknownRemediation: Remediation;
}

const ANALYSES = new WeakMap<object, Analysis>();

function analysis(context: PathContext): Analysis {
  const cached = ANALYSES.get(context.topology);
  if (cached) return cached;
  const { topology, snapshot, profile } = context;
  const linked = onLinkViews(topology.views, snapshot);
  const bySubnet = groupBy(topology.views, (view) => view.subnetId || undefined);
  const { nodes, remediation } = unknownSubnets(context);
  const built: Analysis = {
    linked: new Map(linked.map((entry) => [entry.view.node.name, entry])),
    consulted: subnetsConsulted(topology, linked),
    majorityId: bySubnet.size > 0 ? majoritySubnet(bySubnet)[0] : undefined,
    wording: segmentWording(profile),
    unknown: new Set(nodes.map((view) => view.node.name)),
    unknownRemediation: remediation,
  };
  ANALYSES.set(topology, built);
  return built;
}

/** The kernel's rule, from the source's own address dump: the destination's IP must lie in its interface's prefix. */
function prefixHop(context: PathContext, source: OnLinkView, to: Target): Hop {
  const name = source.view.node.name;
  const peer = to.view.node.name;
  const { ip, prefix, interface: iface } = source.address;
  const resource = `${iface} ${prefix.text}`;
  const target = peerIp(to.view, source.address);
  if (target === undefined)
    return { step: STEP, ok: true, detail: `not judged: ${peer} has no IP of the family of ${prefix.text}`, resource };
  if (containsIp(prefix, target))
    return {
      step: STEP,
      ok: true,
      detail: `${peer}'s IP ${target} is on-link from ${name}: inside ${prefix.text} on ${iface}`,
      resource,
    };
  return {
    step: STEP,
    ok: false,
    detail: `${name} has ${ip}/${prefix.prefix} on ${iface}, whose prefix ${prefix.text} does not hold ${peer}'s IP ${target}: the kernel refuses a route via it`,
    resource,
    ruleId: RULE,
    remediation: reportedRemediation(context, { ruleId: RULE, node: name, resource }, prefixRemediation(name, iface)),
  };
}

function unknownHop(context: PathContext, views: readonly NodeView[]): Hop {
  const { wording, unknown, unknownRemediation } = analysis(context);
  const names = views.map((view) => view.node.name).join(' and ');
  const gapped = views.some((view) => unknown.has(view.node.name));
  const remediation = gapped
    ? unknownRemediation
    : { text: `${addDump(context.profile, 'instances')} Or add each node's \`ip -json addr show\`.` };
  return {
    step: STEP,
    ok: null,
    detail: `the ${wording.noun} of ${names} is unknown: whether they share one layer-2 segment cannot be verified`,
    ruleId: 'check-incomplete',
    remediation,
  };
}

/** Without the source's address dump: the rule's comparison of the nodes' subnets (port groups). */
function segmentHop(context: PathContext, from: NodeView, to: Target): Hop {
  const { wording, majorityId } = analysis(context);
  const unknownEnds = [from, to.view].filter((view) => !view.subnetId);
  if (unknownEnds.length > 0) return unknownHop(context, unknownEnds);
  const [a, b] = [from.subnetId!, to.view.subnetId!];
  const [name, peer] = [from.node.name, to.view.node.name];
  if (a === b)
    return { step: STEP, ok: true, detail: `${name} and ${peer} are both in ${wording.noun} ${a}`, resource: a };
  // The rule reports the node outside the majority segment; when neither is in it, the source.
  const moved = b !== majorityId && a === majorityId ? to.view : from;
  const remediation = reportedRemediation(
    context,
    { ruleId: RULE, node: moved.node.name, resource: moved.subnetId },
    { text: `${wording.move(moved.node.name, majorityId ?? a)}; host-gw cannot span ${wording.noun}s.` },
  );
  return {
    step: STEP,
    ok: false,
    detail: `${name} is in ${wording.noun} ${a}, ${peer} in ${wording.noun} ${b}: host-gw routes between them are not on-link`,
    resource: moved.subnetId,
    ruleId: RULE,
    remediation,
  };
}

function onLinkHop(context: PathContext, from: NodeView, to: Target): Hop {
  const { linked, consulted } = analysis(context);
  const source = linked.get(from.node.name);
  if (source) return prefixHop(context, source, to);
  if (consulted) return segmentHop(context, from, to);
  return { step: STEP, ok: true, detail: `not judged: ${from.node.name} is a planned node` };
}

/** Nodes sharing a prefix reach the same peers: one block per distinct prefix of the address dumps. */
function prefixBlocks(context: PathContext, { linked }: Analysis): PathBlock[] {
  const peers = context.topology.views.filter((view) => !view.node.planned && view.node.internalIps.length > 0);
  const memo = new Map<string, readonly NodeView[]>();
  const blocks: PathBlock[] = [];
  for (const [prefix, members] of groupBy(linked.values(), (entry) => entry.address.prefix.text)) {
    const outside = unreachablePeers(members[0]!, peers, memo).map((peer) => peer.node.name);
    if (outside.length === 0) continue;
    const from = members.map((entry) => entry.view.node.name);
    const reason = `${namesText(outside)} not on-link from ${prefix}`;
    blocks.push({ step: STEP, ok: false, ruleId: RULE, from, to: outside, reason });
  }
  return blocks;
}

/** Nodes without an address dump, one block per segment: unreachable are the nodes of every other segment. */
function segmentBlocks(context: PathContext, { linked, wording }: Analysis): PathBlock[] {
  const unlinked = context.topology.views.filter((view) => !linked.has(view.node.name));
  const placed = context.topology.views.filter((view) => view.subnetId);
  const unplaced = context.topology.views.filter((view) => !view.subnetId).map((view) => view.node.name);
  const blocks: PathBlock[] = [];
  for (const [segment, members] of groupBy(unlinked, (view) => view.subnetId || undefined)) {
    const from = members.map((view) => view.node.name);
    const others = placed.filter((view) => view.subnetId !== segment).map((view) => view.node.name);
    if (others.length > 0)
      blocks.push({
        step: STEP,
        ok: false,
        ruleId: RULE,
        from,
        to: others,
        reason: `${wording.noun} ${segment} is not on-link with the others`,
      });
    if (unplaced.length > 0)
      blocks.push({
        step: STEP,
        ok: null,
        ruleId: 'check-incomplete',
        from,
        to: unplaced,
        reason: `${wording.noun} of ${namesText(unplaced)} unknown`,
      });
  }
  const lost = unlinked.filter((view) => !view.subnetId).map((view) => view.node.name);
  if (lost.length > 0)
    blocks.push({
      step: STEP,
      ok: null,
      ruleId: 'check-incomplete',
      from: lost,
      to: 'all',
      reason: `${wording.noun} of ${namesText(lost)} unknown`,
    });
  return blocks;
}

/**
 * Layer-2 providers: the destination's node IP must be on-link from the source, or the kernel refuses the host-gw
 * route (subnet-mismatch): by the source's own interface prefix when its address dump is given, else by segment.
 */
export const onLink: PathCheck = {
  steps: [STEP],
  blocks(context) {
    if (context.profile.routing) return [];
    const found = analysis(context);
    return [...prefixBlocks(context, found), ...(found.consulted ? segmentBlocks(context, found) : [])];
  },
  hops: (context, from, to) => (context.profile.routing ? [] : [onLinkHop(context, from, to)]),
};
