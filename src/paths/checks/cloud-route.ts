import { hostCidr, type Cidr } from '../../model/cidr.js';
import type { Hop, PathBlock, PathStep } from '../../model/connectivity.js';
import { rescope, type Remediation } from '../../model/remediation.js';
import type { Route } from '../../model/snapshot.js';
import type { NodeView } from '../../model/topology.js';
import { placementOf, type RouteScope, type RoutingProfile } from '../../clouds/types.js';
import { addDump } from '../../rules/shared/gaps.js';
import { routeCoverage, type Coverage, type Verdict } from '../../rules/shared/route-coverage.js';
import type { PathCheck, PathContext, Target } from '../types.js';
import { candidates, lookupDetail } from './route-candidates.js';

type Problem = Exclude<Verdict['kind'], 'ok'>;

const RULE_OF: Record<Problem, string> = {
  missing: 'route-missing',
  'not-applied': 'route-not-applied',
  shadowed: 'route-shadowed',
  wrong: 'route-wrong-next-hop',
};

const STEP_OF: Record<Problem, PathStep> = {
  missing: 'route-lookup',
  'not-applied': 'route-lookup',
  shadowed: 'route-lookup',
  wrong: 'next-hop',
};

const scopeIndex = new WeakMap<Coverage, Map<NodeView, RouteScope>>();

function scopeOf(coverage: Coverage, view: NodeView): RouteScope | undefined {
  let byView = scopeIndex.get(coverage);
  if (!byView) {
    byView = new Map(coverage.scopes.flatMap((scope) => scope.members.map((member) => [member, scope] as const)));
    scopeIndex.set(coverage, byView);
  }
  return byView.get(view);
}

/** What the route rules ask for when the source's routes cannot be known: the same data their gaps name. */
function unknownHop(context: PathContext, from: NodeView): Hop {
  const { profile } = context;
  if (!context.snapshot.present.has('routes'))
    return {
      step: 'route-lookup',
      ok: null,
      detail: `no ${profile.displayName} route data: which route carries the pod traffic cannot be decided`,
      ruleId: 'check-incomplete',
      remediation: { text: addDump(profile, 'routes') },
    };
  const placement = placementOf(profile);
  return {
    step: 'route-lookup',
    ok: null,
    detail: `the ${placement.noun} of node ${from.node.name} is unknown: which routes it sees cannot be decided`,
    ruleId: 'check-incomplete',
    remediation: { text: addDump(profile, placement.dump) },
  };
}

/** The remediation of the rule's finding about this node (and route) when the rules ran, else what the rule builds. */
function remedy(
  context: PathContext,
  ruleId: string,
  to: Target,
  route: Route | undefined,
  build: () => Remediation,
): Remediation {
  const found = context.findings?.find(
    (finding) =>
      finding.ruleId === ruleId &&
      finding.node === to.view.node.name &&
      finding.resource === route?.name &&
      finding.message.includes(to.podCidr.text),
  );
  return found?.remediation ?? build();
}

/** The range each diverting route takes, and how much of the traffic that is. */
function diverted(routes: readonly Route[], tied: readonly Route[] | undefined, range: Cidr): string {
  return routes
    .map((route) => {
      if (tied?.includes(route))
        return `route ${route.name} ties with the node's route (same prefix and priority ${route.priority}): about 1/${tied.length} of the flows to ${range.text} go to ${route.nextHop.text} (ECMP)`;
      if (route.dest.prefix > range.prefix)
        return `route ${route.name} diverts ${route.dest.text}, part of ${range.text}, to ${route.nextHop.text}: pods in ${route.dest.text} are unreachable`;
      return `route ${route.name} (${route.dest.text}) takes all of ${range.text} to ${route.nextHop.text}`;
    })
    .join('; ');
}

interface Judged {
  readonly context: PathContext;
  readonly routing: RoutingProfile;
  readonly scope: RouteScope;
  readonly to: Target;
  readonly range: Cidr;
  readonly lookup: string;
}

function* problemHops(judged: Judged, verdict: Exclude<Verdict, { kind: 'ok' }>): Iterable<Hop> {
  const { context, routing, scope, to, range, lookup } = judged;
  const node = to.view.node.name;
  const cluster = context.options.cluster;
  const hop = (route: Route | undefined, detail: string, build: () => Remediation): Hop => ({
    step: STEP_OF[verdict.kind],
    ok: false,
    detail,
    resource: route?.name,
    ruleId: RULE_OF[verdict.kind],
    remediation: remedy(context, RULE_OF[verdict.kind], to, route, build),
  });
  switch (verdict.kind) {
    case 'missing': {
      const fallback = verdict.winners[0];
      const instead = fallback ? `; the traffic follows ${fallback.name} (${fallback.nextHop.text}) instead` : '';
      yield hop(
        undefined,
        `no route in ${scope.label} carries ${range.text} to node ${node}${instead}; ${lookup}`,
        () => routing.createRoute(to.view, to.podCidr, scope, cluster),
      );
      return;
    }
    case 'not-applied': {
      const explanation = routing.explainNotApplied(verdict.route, scope, to.view, cluster);
      yield hop(
        verdict.route,
        `route ${verdict.route.name} (${verdict.route.dest.text}) leads to node ${node}, but ${scope.label} does not see it: ${explanation.why}; ${lookup}`,
        () => ({ text: explanation.text, command: explanation.command, fix: explanation.fix }),
      );
      return;
    }
    case 'shadowed':
      yield hop(verdict.routes[0], `${diverted(verdict.routes, verdict.tied, range)}; ${lookup}`, () =>
        rescope(routing.deleteRoute(verdict.routes[0]!), 'network'),
      );
      return;
    case 'wrong': {
      const route = verdict.routes[0]!;
      const actual = context.topology.nextHopNode(route);
      yield { step: 'route-lookup', ok: true, detail: lookup, resource: route.name };
      yield hop(
        route,
        `route ${route.name} (${route.dest.text}) carries ${range.text} but points at ${actual ? `node ${actual.node.name}` : route.nextHop.text}, not at node ${node}`,
        () => routing.repointRoute(route, to.view, to.podCidr, cluster),
      );
    }
  }
}

function* pairHops(context: PathContext, routing: RoutingProfile, from: NodeView, to: Target): Iterable<Hop> {
  const range = to.ip ? hostCidr(to.ip)! : to.podCidr;
  // Pods with no address of the family send nothing of it; explain reports the missing return range.
  if (!from.node.podCidrs.some((cidr) => cidr.family === range.family)) return;
  const coverage = context.snapshot.present.has('routes') ? routeCoverage(context.topology, routing) : undefined;
  const scope = coverage && scopeOf(coverage, from);
  if (!coverage || !scope) {
    yield unknownHop(context, from);
    return;
  }
  const found = candidates(context, scope, coverage.routesOf(scope), range);
  const lookup = lookupDetail(scope, range, found);
  const verdict = coverage.verdictOf(scope, to.view, range);
  if (verdict.kind !== 'ok') {
    yield* problemHops({ context, routing, scope, to, range, lookup }, verdict);
    return;
  }
  const winner = found.winners[0]!;
  yield { step: 'route-lookup', ok: true, detail: lookup, resource: winner.name };
  yield {
    step: 'next-hop',
    ok: true,
    detail: `route ${winner.name} points at node ${to.view.node.name} (${winner.nextHop.text})`,
    resource: winner.name,
  };
}

/**
 * The failing flows of the route analysis, one block per scope and rule (and family): every member of the scope to
 * every node whose pod CIDR that scope gets wrong in the same way.
 */
function* coverageBlocks(coverage: Coverage): Iterable<PathBlock> {
  const merged = new Map<string, { scope: RouteScope; kind: Problem; family: Cidr['family']; to: Set<string> }>();
  for (const target of coverage.problems) {
    for (const { scope, verdict } of target.scopes) {
      if (verdict.kind === 'ok') continue;
      const key = `${scope.key}|${verdict.kind}|${target.cidr.family}`;
      let entry = merged.get(key);
      if (!entry) merged.set(key, (entry = { scope, kind: verdict.kind, family: target.cidr.family, to: new Set() }));
      entry.to.add(target.view.node.name);
    }
  }
  for (const { scope, kind, family, to } of merged.values()) {
    const from = scope.members.filter((view) => view.node.podCidrs.some((cidr) => cidr.family === family));
    if (from.length === 0) continue;
    yield {
      step: STEP_OF[kind],
      ok: false,
      ruleId: RULE_OF[kind],
      from: from.map((view) => view.node.name),
      to: [...to],
      reason: `${RULE_OF[kind]} from ${scope.label}`,
    };
  }
}

/** GCE and Azure: the route the source's scope picks for the destination, and where it leads. */
export const cloudRoute: PathCheck = {
  steps: ['route-lookup', 'next-hop'],
  *blocks(context) {
    const routing = context.profile.routing;
    if (!routing) return;
    if (!context.snapshot.present.has('routes')) {
      yield {
        step: 'route-lookup',
        ok: null,
        ruleId: 'check-incomplete',
        from: 'all',
        to: 'all',
        reason: 'no route data',
      };
      return;
    }
    const coverage = routeCoverage(context.topology, routing);
    // Nodes without a pod CIDR send no pod traffic: pod-cidr-missing speaks for them.
    const unscoped = coverage.unscoped.filter((view) => view.node.podCidrs.length > 0);
    if (unscoped.length > 0)
      yield {
        step: 'route-lookup',
        ok: null,
        ruleId: 'check-incomplete',
        from: unscoped.map((view) => view.node.name),
        to: 'all',
        reason: `${placementOf(context.profile).noun} unknown`,
      };
    yield* coverageBlocks(coverage);
  },
  hops(context, from, to) {
    const routing = context.profile.routing;
    return routing ? pairHops(context, routing, from, to) : [];
  },
};
