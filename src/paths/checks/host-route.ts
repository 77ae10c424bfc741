import type { Hop, PathBlock } from '../../model/connectivity.js';
import type { NodeView } from '../../model/topology.js';
import { type Cidr, hostCidr, ipFamily } from '../../model/cidr.js';
import { withCommand, type Shell } from '../../model/shell.js';
import { describeDiversion } from '../../rules/shared/diverted-ranges.js';
import { addRoute, inSequence } from '../../rules/shared/host-route-commands.js';
import {
  deletions,
  describeRoute,
  hostRouteChecks,
  hostRouteRemediation,
  longestMatch,
  ROUTE_DUMP_REMEDIATION,
  withoutRouteDump,
  type HostRouteCheck,
} from '../../rules/route-not-installed.js';
import type { PathCheck, PathContext, Target } from '../types.js';
import { namesText, reportedRemediation } from './from-findings.js';

const STEP = 'route-lookup';

function rangeOf(to: Target): string {
  return to.ip ?? to.podCidr.text;
}

/** What the source's table would do with the traced range: its longest matching route. */
function winnerFor(check: HostRouteCheck, to: Target) {
  return longestMatch(check.host.routes ?? [], to.ip ? hostCidr(to.ip)! : to.podCidr);
}

/** The hop that fails on a route of the source's table: the rule's remediation, with the command for this pair. */
function failed(context: PathContext, check: HostRouteCheck, detail: string, command: Shell): Hop {
  const from = check.view.node.name;
  const ruleId = 'route-not-installed';
  const reported = reportedRemediation(context, { ruleId, node: from }, hostRouteRemediation(check));
  return {
    step: STEP,
    ok: false,
    detail,
    resource: `${from} route table`,
    ruleId,
    remediation: withCommand({ ...reported, command: undefined }, command),
  };
}

function checkedHop(context: PathContext, check: HostRouteCheck, to: Target): Hop {
  const from = check.view.node.name;
  const peer = to.view.node.name;
  const via = to.view.ips.find((ip) => ipFamily(ip) === to.podCidr.family);
  if (via === undefined)
    return { step: STEP, ok: true, detail: `not judged: ${peer} has no address of the family of ${to.podCidr.text}` };
  if (check.skipped.has(peer))
    return {
      step: STEP,
      ok: true,
      detail: `not judged: ${peer} is not on-link from ${from}, so flannel adds no route to it (the on-link step decides)`,
    };
  const ofPair = (entry: { peer: string; cidr: Cidr }) => entry.peer === peer && entry.cidr.text === to.podCidr.text;
  const lack = check.missing.find(ofPair);
  if (lack) {
    const detail = `${from}'s kernel table lacks ${lack.cidr.text} via ${lack.via}: ${rangeOf(to)} goes by ${describeRoute(winnerFor(check, to))}`;
    return failed(context, check, detail, addRoute(check.host, lack.cidr, lack.via, check.bridge));
  }
  const winner = winnerFor(check, to);
  // The pod CIDR's route is there, but more specific ones take part of it elsewhere: all of it when the whole
  // node is traced, only the pod's own route when a pod IP is.
  const diverted = check.diverted.filter((entry) => ofPair(entry) && (!to.ip || entry.route === winner));
  if (diverted.length > 0) {
    const detail = to.ip
      ? `${from}'s kernel sends ${to.ip} by ${describeRoute(winner)}, more specific than ${to.podCidr.text} via ${diverted[0]!.via}`
      : `${from}'s kernel table sends part of ${peer}'s pods elsewhere: ${diverted.map(describeDiversion).join(', ')}, not via ${diverted[0]!.via}`;
    return failed(context, check, detail, inSequence(check.host, deletions(check.host, diverted)));
  }
  return {
    step: STEP,
    ok: true,
    detail: `${from}'s kernel sends ${rangeOf(to)} by ${describeRoute(winner)} (${peer})`,
    resource: `${from} route table`,
  };
}

function routeHop(context: PathContext, from: NodeView, to: Target): Hop {
  const check = hostRouteChecks(context).get(from.node.name);
  if (check) return checkedHop(context, check, to);
  const via = to.view.ips.find((ip) => ipFamily(ip) === to.podCidr.family) ?? to.view.ips[0] ?? '?';
  const name = from.node.name;
  if (withoutRouteDump(context).includes(from))
    return {
      step: STEP,
      ok: null,
      detail: `no route dump matches ${name}: whether its kernel routes ${to.podCidr.text} via ${via} cannot be verified`,
      ruleId: 'check-incomplete',
      remediation: { text: ROUTE_DUMP_REMEDIATION },
    };
  return {
    step: STEP,
    ok: true,
    detail: `flannel host-gw installs ${to.podCidr.text} via ${via} on ${name}; no kernel table of ${name} was given to confirm it`,
  };
}

/** Sources grouped by the peers they fail: nodes with the same faults in their tables share a block. */
function failedBlocks(
  context: PathContext,
  peersOf: (check: HostRouteCheck) => readonly { peer: string }[],
  reason: (from: readonly string[], to: readonly string[]) => string,
): PathBlock[] {
  const bySet = new Map<string, { from: string[]; to: string[] }>();
  for (const check of hostRouteChecks(context).values()) {
    const peers = [...new Set(peersOf(check).map((entry) => entry.peer))].sort();
    if (peers.length === 0) continue;
    const key = peers.join('\u0000');
    const entry = bySet.get(key) ?? { from: [], to: peers };
    entry.from.push(check.view.node.name);
    bySet.set(key, entry);
  }
  return [...bySet.values()].map(({ from, to }) => ({
    step: STEP,
    ok: false,
    ruleId: 'route-not-installed',
    from,
    to,
    reason: reason(from, to),
  }));
}

function routeBlocks(context: PathContext): PathBlock[] {
  if (context.profile.routing) return [];
  const blocks = [
    ...failedBlocks(
      context,
      (check) => check.missing,
      (from, to) => `no kernel route on ${namesText(from)} to the pods of ${namesText(to)}`,
    ),
    ...failedBlocks(
      context,
      (check) => check.diverted,
      (from, to) => `kernel routes on ${namesText(from)} send part of the pods of ${namesText(to)} elsewhere`,
    ),
  ];
  const without = withoutRouteDump(context).map((view) => view.node.name);
  if (without.length > 0)
    blocks.push({
      step: STEP,
      ok: null,
      ruleId: 'check-incomplete',
      from: without,
      to: 'all',
      reason: `no route dump of ${namesText(without)}`,
    });
  return blocks;
}

/**
 * Layer-2 providers (AWS, vSphere, bare metal): the source's kernel table must send the pod CIDR via the
 * destination's node IP, as flannel host-gw installs it (route-not-installed).
 */
export const hostRoute: PathCheck = {
  steps: [STEP],
  blocks: routeBlocks,
  hops: (context, from, to) => (context.profile.routing ? [] : [routeHop(context, from, to)]),
};
