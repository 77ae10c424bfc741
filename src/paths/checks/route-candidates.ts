import { firstOf } from '../../model/list-text.js';
import type { CidrIndex } from '../../model/cidr-index.js';
import { contains, type Cidr } from '../../model/cidr.js';
import type { Route } from '../../model/snapshot.js';
import type { RouteScope } from '../../clouds/types.js';
import { lastSegment } from '../../clouds/shared/names.js';
import type { PathContext } from '../types.js';

/** A route that could carry the range and does not, with why. */
export interface Beaten {
  readonly route: Route;
  readonly why: string;
}

/** The routes a look-up of one range weighs, as the source's scope sees them, for explain to show. */
export interface Candidates {
  /** The route(s) that carry the range as a whole; several when they tie (ECMP). */
  readonly winners: readonly Route[];
  /** Routes of the scope that hold the range and lose. */
  readonly beaten: readonly Beaten[];
  /** More specific routes inside the range: each takes its part. */
  readonly inside: readonly Route[];
  /** Routes that hold the range but are not in the scope's route set (tags, network, route table). */
  readonly unseen: readonly Beaten[];
}

const SHOWN = 3;

function whyBeaten(route: Route, winner: Route): string {
  if (winner.exclusive && !route.exclusive) return `${winner.name} is a subnet route, evaluated before static routes`;
  if (route.dest.prefix < winner.dest.prefix) return `shorter prefix /${route.dest.prefix}`;
  return `priority ${route.priority} loses to ${winner.priority}`;
}

function whyUnseen(route: Route, scope: RouteScope): string {
  if (route.tableId !== undefined)
    return `it is in route table ${lastSegment(route.tableId)}, not the one of ${scope.label}`;
  if (route.network !== undefined && route.network !== scope.network)
    return `it is on network ${lastSegment(route.network)}`;
  if (route.tags.length > 0) return `it applies only to tags [${route.tags.join(', ')}], which the source lacks`;
  return 'the source does not see it';
}

/** The winning route of `range` in the scope and the candidates it beat. */
export function candidates(context: PathContext, scope: RouteScope, index: CidrIndex<Route>, range: Cidr): Candidates {
  const covering = index.covering(range);
  // Subnet routes (local and peering) come before static routes whatever their length: the most specific one wins.
  const exclusive = covering.find((route) => route.exclusive);
  const longest = index.winners(range);
  const winners = exclusive && !longest.includes(exclusive) ? [exclusive] : longest;
  const beaten = covering
    .filter((route) => !winners.includes(route))
    .map((route) => ({ route, why: whyBeaten(route, winners[0]!) }));
  const seen = new Set(scope.routes);
  const unseen = context.snapshot.routes
    .filter((route) => !seen.has(route) && route.dest.family === range.family && contains(route.dest, range))
    .slice(0, SHOWN)
    .map((route) => ({ route, why: whyUnseen(route, scope) }));
  return { winners, beaten, inside: index.inside(range), unseen };
}

function listed(routes: readonly Beaten[]): string {
  return firstOf(routes, SHOWN, ({ route, why }) => `${route.name} ${route.dest.text} (${why})`);
}

/** "network k8s-net: route pods-b 10.48.1.0/24 via k8s-b wins for 10.48.1.0/24 over default 0.0.0.0/0 (…)" */
export function lookupDetail(scope: RouteScope, range: Cidr, found: Candidates): string {
  const parts: string[] = [];
  const winner = found.winners[0];
  parts.push(
    winner
      ? `${scope.label}: route ${winner.name} ${winner.dest.text} via ${winner.nextHop.text} wins for ${range.text}`
      : `${scope.label}: no route holds ${range.text}`,
  );
  if (found.winners.length > 1)
    parts.push(
      `tied with ${found.winners
        .slice(1)
        .map((route) => route.name)
        .join(', ')} (ECMP)`,
    );
  if (found.beaten.length > 0) parts.push(`over ${listed(found.beaten)}`);
  if (found.inside.length > 0)
    parts.push(
      `more specific inside it: ${found.inside
        .slice(0, SHOWN)
        .map((route) => `${route.name} ${route.dest.text} via ${route.nextHop.text}`)
        .join(', ')}`,
    );
  if (found.unseen.length > 0) parts.push(`not seen: ${listed(found.unseen)}`);
  return parts.join('; ');
}
