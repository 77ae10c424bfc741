import { placementOf } from '../../clouds/types.js';
import { hostCidr, type Cidr } from '../../model/cidr.js';
import type { Hop, PathBlock, PathStep } from '../../model/connectivity.js';
import type { Remediation } from '../../model/remediation.js';
import type { NodeView } from '../../model/topology.js';
import { protocolList } from '../../clouds/shared/firewall/common.js';
import {
  POD_PROTOCOLS,
  type BlockedTraffic,
  type FirewallScope,
  type FirewallStage,
  type PodProtocol,
} from '../../clouds/shared/firewall/types.js';
import { blockedMessage, dropReason } from '../../rules/pod-traffic-blocked.js';
import { firewallAnalysis, type Decision, type FirewallAnalysis } from '../../rules/shared/firewall.js';
import { addDump } from '../../rules/shared/gaps.js';
import type { PathCheck, PathContext, Target } from '../types.js';

const RULE = 'pod-traffic-blocked';

function stepOf(stage: FirewallStage): PathStep {
  return stage.side === 'source' ? 'firewall-egress' : 'firewall-ingress';
}

const scopeIndex = new WeakMap<FirewallAnalysis, Map<NodeView, FirewallScope>>();

function scopeOf(analysis: FirewallAnalysis, view: NodeView): FirewallScope | undefined {
  let byView = scopeIndex.get(analysis);
  if (!byView) {
    byView = new Map(
      analysis.layout.scopes.flatMap((scope) => scope.members.map((member) => [member, scope] as const)),
    );
    scopeIndex.set(analysis, byView);
  }
  return byView.get(view);
}

/** Why a node's rule sets are not known: what pod-traffic-blocked's gaps name, or the machine the join lacks. */
function unknownHop(context: PathContext, analysis: FirewallAnalysis, view: NodeView, step: PathStep): Hop {
  const entry = analysis.layout.unresolved.find((unresolved) => unresolved.view === view);
  const why =
    entry?.reason ??
    (entry
      ? `the rule sets ${entry.missing.join(', ')} are not in the firewall data`
      : 'its machine is not in the data');
  return {
    step,
    ok: null,
    detail: `the firewall of node ${view.node.name} is unknown (${why}): whether pod traffic passes cannot be decided`,
    resource: entry?.missing[0],
    ruleId: 'check-incomplete',
    remediation: {
      text: entry
        ? `Add ${context.profile.firewall?.dumps ?? 'the firewall data'} covering this node's rule sets.`
        : addDump(context.profile, placementOf(context.profile).dump),
    },
  };
}

/** The finding's remediation for the blocked traffic holding this flow, else what the rule builds for it. */
function remedy(context: PathContext, analysis: FirewallAnalysis, stage: FirewallStage, from: NodeView, to: NodeView) {
  const sets = stage.sets.map((set) => set.id).join('+');
  const block = analysis.blocked.find(
    (candidate) =>
      candidate.stage.direction === stage.direction &&
      candidate.stage.sets.map((set) => set.id).join('+') === sets &&
      candidate.flows.some((flow) => flow.sources.includes(from) && flow.dests.includes(to)),
  );
  if (!block) return undefined;
  const everyone = analysis.layout.scopes.flatMap((scope) => scope.members);
  const message = blockedMessage(block, everyone);
  const found = context.findings?.find((finding) => finding.ruleId === RULE && finding.message === message);
  const remediation: Remediation | undefined =
    found?.remediation ?? context.profile.firewall?.remedy(block, analysis.data);
  return remediation;
}

/** One stage's verdict on every pod protocol of the flow, the deciding rule of each drop named. */
function stageHop(
  context: PathContext,
  analysis: FirewallAnalysis,
  stage: FirewallStage,
  flow: { from: NodeView; to: Target; sources: readonly Cidr[]; dest: Cidr },
): Hop {
  const drops = new Map<string, { protocols: PodProtocol[]; decision: Decision }>();
  for (const protocol of POD_PROTOCOLS) {
    for (const source of flow.sources) {
      const decision = analysis.decide(stage, protocol, flow.dest.family, source, flow.dest);
      if (decision.allowed) continue;
      const key = decision.deniedBy?.id ?? '';
      const entry = drops.get(key);
      if (entry) entry.protocols.push(protocol);
      else drops.set(key, { protocols: [protocol], decision });
      break;
    }
  }
  const towards = `${flow.sources.map((cidr) => cidr.text).join(', ')} → ${flow.dest.text}`;
  if (drops.size === 0)
    return { step: stepOf(stage), ok: true, detail: `${stage.label} admits tcp, udp and icmp ${towards}` };
  const reasons = [...drops.values()].map(
    ({ protocols, decision }) => `${protocolList(protocols)}: ${dropReason({ stage, ...decision })}`,
  );
  const first = [...drops.values()][0]!.decision;
  return {
    step: stepOf(stage),
    ok: false,
    detail: `${stage.label} drops ${towards}, ${reasons.join('; ')}`,
    resource: first.deniedBy?.name ?? stage.sets[0]?.id,
    ruleId: RULE,
    remediation: remedy(context, analysis, stage, flow.from, flow.to.view),
  };
}

function* pairHops(context: PathContext, analysis: FirewallAnalysis, from: NodeView, to: Target): Iterable<Hop> {
  const dest = to.ip ? hostCidr(to.ip)! : to.podCidr;
  const sources = from.node.podCidrs.filter((cidr) => cidr.family === dest.family);
  // Pods with no address of the family send nothing of it; explain reports the missing return range.
  if (sources.length === 0) return;
  const fromScope = scopeOf(analysis, from);
  const toScope = scopeOf(analysis, to.view);
  if (!fromScope) yield unknownHop(context, analysis, from, 'firewall-egress');
  if (!toScope) yield unknownHop(context, analysis, to.view, 'firewall-ingress');
  if (!fromScope || !toScope) return;
  for (const stage of context.profile.firewall!.stages(fromScope, toScope, analysis.data))
    yield stageHop(context, analysis, stage, { from, to, sources, dest });
}

function names(views: readonly NodeView[]): string[] {
  return views.map((view) => view.node.name);
}

/** The drops of one BlockedTraffic as the rectangles the analysis judged them in (each family's once). */
function* droppedBlocks(block: BlockedTraffic): Iterable<PathBlock> {
  const reason = `${block.stage.label} drops ${protocolList(block.protocols)}`;
  const seen = new Set<string>();
  for (const flow of block.flows) {
    if (flow.sources.length === 0 || flow.dests.length === 0) continue;
    const from = names(flow.sources);
    const to = names(flow.dests);
    const key = `${from.join(',')}>${to.join(',')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    yield { step: stepOf(block.stage), ok: false, ruleId: RULE, from, to, reason };
  }
}

/** AWS, GCE and Azure with firewall data: the rule sets the pod traffic passes, egress at the source, ingress at the destination. */
export const firewall: PathCheck = {
  steps: ['firewall-egress', 'firewall-ingress'],
  *blocks(context) {
    const analysis = firewallAnalysis(context.topology, context.profile);
    if (!analysis) return;
    // Nodes without a pod CIDR send and receive no pod traffic: pod-cidr-missing speaks for them.
    const unknown = context.topology.views.filter((view) => view.node.podCidrs.length > 0 && !scopeOf(analysis, view));
    if (unknown.length > 0) {
      const reason = 'firewall unknown';
      yield { step: 'firewall-egress', ok: null, ruleId: 'check-incomplete', from: names(unknown), to: 'all', reason };
      yield { step: 'firewall-ingress', ok: null, ruleId: 'check-incomplete', from: 'all', to: names(unknown), reason };
    }
    for (const block of analysis.blocked) yield* droppedBlocks(block);
  },
  hops(context, from, to) {
    const analysis = firewallAnalysis(context.topology, context.profile);
    return analysis ? pairHops(context, analysis, from, to) : [];
  },
};
