import type { Hop, PathBlock, PathStep } from '../../model/connectivity.js';
import type { NodeView } from '../../model/topology.js';
import { forwardingVerdicts, type ForwardingVerdicts } from '../../rules/forwarding-disabled.js';
import type { PathCheck, PathContext, Target } from '../types.js';
import { namesText, reportedRemediation } from './from-findings.js';

const VERDICTS = new WeakMap<object, ForwardingVerdicts>();

/** The rule's verdicts, once per topology: every hop and block of both steps reads them. */
function verdicts(context: PathContext): ForwardingVerdicts {
  let found = VERDICTS.get(context.topology);
  if (!found) VERDICTS.set(context.topology, (found = forwardingVerdicts(context)));
  return found;
}

function passDetail({ profile }: PathContext, view: NodeView): string {
  const name = view.node.name;
  const switchName = profile.forwarding?.switchName;
  if (switchName && view.interfaces.length > 0) {
    const names = view.interfaces.map((iface) => iface.name).join(', ');
    return `the ${switchName} of ${names} (carrying ${name}'s IP) lets ${name} forward pod traffic`;
  }
  const declared = view.node.forwarding === true ? 'the inventory says it allows forwarding' : 'nothing says it is off';
  return switchName
    ? `${name} forwards pod traffic (${declared})`
    : `${profile.displayName} has no anti-spoofing switch on ${name}'s interface; ${declared}`;
}

/** The hop of one node's forwarding: dropped exactly where forwarding-disabled reports it, undecided where it has a gap. */
function forwardingHop(context: PathContext, view: NodeView, step: PathStep): Hop {
  const name = view.node.name;
  const { blocked, unverified } = verdicts(context);
  const finding = blocked.get(name)?.[0];
  if (finding) {
    const ruleId = 'forwarding-disabled';
    const remediation = reportedRemediation(
      context,
      { ruleId, node: name, resource: finding.resource },
      finding.remediation,
    );
    return { step, ok: false, detail: finding.message, resource: finding.resource ?? name, ruleId, remediation };
  }
  const gap = unverified.get(name)?.[0];
  if (gap) {
    return {
      step,
      ok: null,
      detail: gap.message,
      resource: gap.resource,
      ruleId: 'check-incomplete',
      remediation: gap.remediation,
    };
  }
  const resource = view.interfaces.map((iface) => iface.id).join(', ');
  return { step, ok: true, detail: passDetail(context, view), ...(resource ? { resource } : {}) };
}

/** One block per verdict: a node whose forwarding is off drops every flow it sends (or receives), from any peer. */
function forwardingBlocks(context: PathContext, step: PathStep): PathBlock[] {
  const { blocked, unverified } = verdicts(context);
  const side = (names: string[]) =>
    step === 'source-forwarding' ? { from: names, to: 'all' as const } : { from: 'all' as const, to: names };
  const blocks: PathBlock[] = [];
  const off = [...blocked.keys()];
  if (off.length > 0)
    blocks.push({
      step,
      ok: false,
      ruleId: 'forwarding-disabled',
      reason: `forwarding off on ${namesText(off)}`,
      ...side(off),
    });
  const unknown = [...unverified.keys()];
  if (unknown.length > 0)
    blocks.push({
      step,
      ok: null,
      ruleId: 'check-incomplete',
      reason: `forwarding of ${namesText(unknown)} unverified`,
      ...side(unknown),
    });
  return blocks;
}

/** The source node's anti-spoofing switch: host-gw packets leave it with pod addresses that are not its own. */
export const sourceForwarding: PathCheck = {
  steps: ['source-forwarding'],
  blocks: (context) => forwardingBlocks(context, 'source-forwarding'),
  hops: (context: PathContext, from: NodeView) => [forwardingHop(context, from, 'source-forwarding')],
};

/** The destination node's switch: it must accept packets for pod addresses that are not its own. */
export const destinationForwarding: PathCheck = {
  steps: ['destination-forwarding'],
  blocks: (context) => forwardingBlocks(context, 'destination-forwarding'),
  hops: (context: PathContext, _from: NodeView, to: Target) => [
    forwardingHop(context, to.view, 'destination-forwarding'),
  ],
};
