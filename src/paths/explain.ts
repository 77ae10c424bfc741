import { canonicalIp, hostCidr, ipFamily, type Cidr } from '../model/cidr.js';
import { PATH_STEPS, type Hop, type PathVerdict, type Trace } from '../model/connectivity.js';
import type { NodeView } from '../model/topology.js';
import { UserError } from '../errors.js';
import { PATH_CHECKS } from './index.js';
import type { PathContext, Target } from './types.js';

function viewNamed(context: PathContext, name: string, option: string): NodeView {
  const view = context.topology.views.find((candidate) => candidate.node.name === name);
  if (!view) throw new UserError(`${option}: no node named ${JSON.stringify(name)} in the inputs`);
  return view;
}

/** The destination as ranges: a node's pod CIDRs of the families the source has too, or the one pod an IP names. */
function targetsOf(context: PathContext, from: NodeView, to: string): { view: NodeView; targets: Target[] } {
  const ip = canonicalIp(to);
  if (ip === undefined) {
    const view = viewNamed(context, to, '--to');
    const families = new Set(from.node.podCidrs.map((cidr) => cidr.family));
    const shared = view.node.podCidrs.filter((cidr) => families.has(cidr.family));
    const podCidrs = shared.length > 0 ? shared : view.node.podCidrs.slice(0, 1);
    if (podCidrs.length === 0) throw new UserError(`--to: node ${JSON.stringify(to)} has no pod CIDR to trace`);
    return { view, targets: podCidrs.map((podCidr) => ({ view, podCidr })) };
  }
  const owner = context.topology.podCidrIndex.covering(hostCidr(ip)!)[0];
  if (!owner) throw new UserError(`--to: ${ip} is in no node's pod CIDR; give a node name or a pod IP`);
  return { view: owner.view, targets: [{ view: owner.view, podCidr: owner.dest, ip }] };
}

/** The range pods of the source answer from: its pod CIDR of the family traced. */
function returnTarget(from: NodeView, family: Cidr['family']): Target | undefined {
  const podCidr = from.node.podCidrs.find((cidr) => cidr.family === family);
  return podCidr ? { view: from, podCidr } : undefined;
}

function hopsBetween(context: PathContext, from: NodeView, to: Target): Hop[] {
  const hops = PATH_CHECKS.flatMap((check) => [...check.hops(context, from, to)]);
  return hops.sort((a, b) => PATH_STEPS.indexOf(a.step) - PATH_STEPS.indexOf(b.step));
}

const NO_RETURN_RANGE: Hop = {
  step: 'route-lookup',
  ok: null,
  detail: 'the source node has no pod CIDR of this address family, so the return path cannot be traced',
  ruleId: 'pod-cidr-missing',
};

/** dropped when any hop drops either way (even with others unknown), unknown when none drops but some cannot say. */
export function verdictOf(hops: readonly Hop[]): PathVerdict {
  if (hops.some((hop) => hop.ok === false)) return 'dropped';
  return hops.some((hop) => hop.ok === null) ? 'unknown' : 'delivered';
}

/** Follows pod traffic from a node to a node (its whole pod CIDR) or a pod IP, hop by hop, and back. */
export function explain(context: PathContext, fromName: string, to: string): Trace {
  const from = viewNamed(context, fromName, '--from');
  const { view, targets } = targetsOf(context, from, to);
  if (view === from)
    throw new UserError(`--to: ${JSON.stringify(to)} is on ${from.node.name} itself; pick another node`);
  const forward: Hop[] = [];
  const back: Hop[] = [];
  for (const target of targets) {
    forward.push(...hopsBetween(context, from, target));
    const family = target.ip ? ipFamily(target.ip) : target.podCidr.family;
    const reply = returnTarget(from, family);
    back.push(...(reply ? hopsBetween(context, view, reply) : [NO_RETURN_RANGE]));
  }
  return {
    from: from.node.name,
    to,
    toNode: view.node.name,
    ranges: targets.map((target) => (target.ip ? hostCidr(target.ip)!.text : target.podCidr.text)),
    verdict: verdictOf([...forward, ...back]),
    forward,
    return: back,
  };
}
