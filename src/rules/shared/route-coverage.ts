import { firstOf } from '../../model/list-text.js';
import { CidrIndex } from '../../model/cidr-index.js';
import type { Cidr } from '../../model/cidr.js';
import type { Route } from '../../model/snapshot.js';
import type { NodeView, Topology } from '../../model/topology.js';
import type { RouteScope, RoutingProfile } from '../../clouds/types.js';

export type Verdict =
  | { readonly kind: 'ok' }
  /** No route to the node anywhere; `winners` is what the traffic follows instead (default route, nothing). */
  | { readonly kind: 'missing'; readonly winners: readonly Route[] }
  /**
   * The route that carries the pod CIDR points at something other than the node: a route of exactly that prefix
   * (whatever its next hop: the cloud holds one route per prefix and table, so it is fixed in place), or a wider
   * one that points at another node.
   */
  | { readonly kind: 'wrong'; readonly routes: readonly Route[] }
  /**
   * A correct route exists here, but more specific or higher-priority routes take (part of) the traffic. `tied`
   * is set when the correct route ties with `routes` on prefix and priority: the cloud spreads flows across all of
   * `tied` (ECMP), so each of `routes` takes its share, not all of it.
   */
  | { readonly kind: 'shadowed'; readonly routes: readonly Route[]; readonly tied?: readonly Route[] }
  /** A correct route exists, but not in the route set these nodes see. */
  | { readonly kind: 'not-applied'; readonly route: Route };

export interface ScopeVerdict {
  readonly scope: RouteScope;
  readonly verdict: Verdict;
}

export interface TargetCoverage {
  readonly view: NodeView;
  readonly cidr: Cidr;
  /** One entry per scope whose nodes need the route; scopes holding only the node itself are left out. */
  readonly scopes: readonly ScopeVerdict[];
}

export interface Coverage {
  readonly scopes: readonly RouteScope[];
  /** Pod CIDRs that some scope does not route to their node; those routed right from everywhere are left out. */
  readonly problems: readonly TargetCoverage[];
  /** Nodes that belong to no scope (network or subnet unknown): what they see cannot be checked. */
  readonly unscoped: readonly NodeView[];
  /** A scope's routes, indexed for matching as the analysis matched them. */
  routesOf(scope: RouteScope): CidrIndex<Route>;
  /**
   * The verdict the analysis gives `cidr` of `view` seen from `scope`, for any range: a pod IP's own /32 or /128
   * (explain --to IP) is judged like a pod CIDR.
   */
  verdictOf(scope: RouteScope, view: NodeView, cidr: Cidr): Verdict;
}

const OK: Verdict = { kind: 'ok' };

function judge(
  index: CidrIndex<Route>,
  everywhere: () => CidrIndex<Route>,
  topology: Topology,
  view: NodeView,
  cidr: Cidr,
  exclusive: CidrIndex<Route> | undefined,
): Verdict {
  const winners = index.winners(cidr);
  // Routes no other route may override (GCE subnet routes, evaluated before static ones) win whatever their length.
  const first = exclusive?.winners(cidr)[0];
  if (first && !winners.includes(first))
    return { kind: winners.some((route) => topology.isNextHop(route, view)) ? 'shadowed' : 'wrong', routes: [first] };
  const inside = index.inside(cidr);
  // The usual answer, decided without the closures and lists below: one route, to the node, nothing inside.
  if (winners.length === 1 && inside.length === 0 && topology.isNextHop(winners[0]!, view)) return OK;
  const toNode = (route: Route) => topology.isNextHop(route, view);
  // Every route inside the pod CIDR takes its part of the traffic, whoever made it: GCE subnet and peering routes
  // win by longest prefix like any static route.
  const diverted = inside.length === 0 ? inside : inside.filter((route) => !toNode(route));
  const astray = winners.filter((route) => !toNode(route));
  if (winners.length > 0 && astray.length === 0)
    return diverted.length > 0 ? { kind: 'shadowed', routes: diverted } : OK;
  // Routes tied on prefix and priority share the flows (GCE ECMP; an Azure table holds one route per prefix).
  if (astray.length < winners.length) return { kind: 'shadowed', routes: [...astray, ...diverted], tied: winners };
  if (index.covering(cidr).some(toNode)) return { kind: 'shadowed', routes: [...astray, ...diverted] };
  // A route of the pod CIDR's own prefix is the one to repoint: the cloud refuses (Azure) or keeps losing to (GCE
  // priority) a second one. A wider route is only the fallback the traffic takes (default route, firewall, VNet),
  // unless it points at another node, as a cluster-wide pod route does, or no route may be added inside it.
  const misdirected = astray.filter(
    (route) =>
      route.dest.prefix === cidr.prefix || route.exclusive === true || topology.nextHopNode(route) !== undefined,
  );
  if (misdirected.length > 0) return { kind: 'wrong', routes: misdirected };
  const elsewhere = everywhere().covering(cidr).find(toNode);
  return elsewhere ? { kind: 'not-applied', route: elsewhere } : { kind: 'missing', winners };
}

function analyse(topology: Topology, routing: RoutingProfile): Coverage {
  const scopes = routing.scopes(topology);
  const indexes = scopes.map((scope) => new CidrIndex(scope.routes));
  const exclusives = scopes.map((scope) =>
    scope.routes.some((route) => route.exclusive) ? new CidrIndex(scope.routes.filter((r) => r.exclusive)) : undefined,
  );
  // Only pod CIDRs without a working route look beyond their scope's routes: most clusters never need this index,
  // and where one scope sees every route (one network, no tagged routes) its index already is it.
  const { routes } = topology.snapshot;
  let allRoutes = indexes.find((index) => index.entries.length === routes.length);
  const everywhere = () => (allRoutes ??= new CidrIndex(routes));
  const scoped = new Set(scopes.flatMap((scope) => scope.members));
  const problems: TargetCoverage[] = [];
  // Verdicts of the pod CIDR at hand, by scope: entries are made only for a pod CIDR that some scope gets wrong,
  // since nearly every one is fine and the rules only report the others.
  const verdicts: (Verdict | undefined)[] = new Array(scopes.length);
  for (const view of topology.views) {
    for (const cidr of view.node.podCidrs) {
      let troubled = false;
      for (let i = 0; i < scopes.length; i++) {
        const scope = scopes[i]!;
        const verdict =
          scope.members.length === 1 && scope.members[0] === view
            ? undefined
            : judge(indexes[i]!, everywhere, topology, view, cidr, exclusives[i]);
        verdicts[i] = verdict;
        if (verdict && verdict.kind !== 'ok') troubled = true;
      }
      if (troubled)
        problems.push({
          view,
          cidr,
          scopes: scopes.flatMap((scope, i) => (verdicts[i] ? [{ scope, verdict: verdicts[i]! }] : [])),
        });
    }
  }
  const position = new Map(scopes.map((scope, i) => [scope, i]));
  const at = (scope: RouteScope) => {
    const i = position.get(scope);
    if (i === undefined) throw new Error(`route scope ${scope.key} is not one of this topology's`);
    return i;
  };
  return {
    scopes,
    problems,
    unscoped: topology.views.filter((view) => !scoped.has(view)),
    routesOf: (scope) => indexes[at(scope)]!,
    verdictOf: (scope, view, cidr) => {
      const i = at(scope);
      return judge(indexes[i]!, everywhere, topology, view, cidr, exclusives[i]);
    },
  };
}

const cache = new WeakMap<Topology, Coverage>();

/** Route coverage of every pod CIDR from every scope, computed once per topology and shared by the route rules. */
export function routeCoverage(topology: Topology, routing: RoutingProfile): Coverage {
  let coverage = cache.get(topology);
  if (!coverage) cache.set(topology, (coverage = analyse(topology, routing)));
  return coverage;
}

/** "pool-a-1, pool-a-2 and 3 more" */
export function nodeList(views: readonly NodeView[], max = 3): string {
  return firstOf(views, max, (view) => view.node.name);
}
