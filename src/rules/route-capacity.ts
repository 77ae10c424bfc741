import { named } from '../model/names/index.js';
import { shell, withCommand } from '../model/shell.js';
import { segmentAfter } from '../clouds/shared/names.js';
import type { RouteScope } from '../clouds/types.js';
import { routeCoverage } from './shared/route-coverage.js';
import type { Rule } from './types.js';
import type { Severity } from '../model/finding.js';

/** Warn from this share of the limit on, so growth is planned before node registration fails. */
const NEAR = 0.9;

export const routeCapacity: Rule = {
  meta: {
    id: 'route-capacity',
    title: 'A route table or project is near or over its route limit',
    severity: 'warning',
    docsUrl: 'docs/rules.md#route-capacity',
    description:
      'host-gw on a routed cloud needs one route per node (two when dual-stack). Azure allows 400 routes per route table, a hard limit; ' +
      'GCE counts routes against a project quota (250 by default, adjustable). Past it, new nodes get no route and cannot be reached.',
    remediation:
      'Azure: split nodes over several clusters or use a routed overlay (vxlan) beyond ~400 pod CIDRs. GCE: request a higher routes quota before scaling.',
    docs: {
      summary: 'a route table or project near or over its route limit',
      providers: ['gce', 'azure'],
      severityNote: "error past Azure's hard limit, note near GCE's quota",
      checks: [
        'One route per node (two when dual-stack). Azure route tables hold at most 400 routes (a hard limit: error beyond it, warning from 90 %); GCE counts routes against a project quota (250 by default, adjustable: warning beyond it, note from 90 %). Routes still to be created for current nodes are counted.',
      ],
      needs: [
        'The nodes: `kubectl get nodes -o json` (or `-o yaml`), a native inventory, or live mode.',
        'The routes and what decides which nodes see them: GCE `gcloud compute routes list` and `gcloud compute instances list` (network, tags); Azure `az network route-table list` (routes and subnet associations) and `az network nic list`; or live mode.',
      ],
      remediation: [
        'Azure: stay under 400 pod CIDRs per route table or use a routed overlay; GCE: raise the routes quota.',
      ],
      fix: ['Manual: the plan says what a person must do; apply leaves it alone.'],
    },
  },
  *check({ topology, profile }) {
    const routing = profile.routing;
    if (!routing || !topology.snapshot.present.has('routes')) return;
    const coverage = routeCoverage(topology, routing);
    const { count: limit, per, hard } = routing.limit;
    const groups = new Map<string, { existing: number; needed: number }>();
    const keyOf =
      per === 'route table'
        ? (tableId: string | undefined) => tableId
        : (id: string | undefined) => (id ? segmentAfter(id, 'projects') : undefined);
    for (const route of topology.snapshot.routes) {
      if (route.system) continue;
      const key = keyOf(per === 'route table' ? route.tableId : route.id);
      if (!key) continue;
      const group = groups.get(key) ?? { existing: 0, needed: 0 };
      group.existing++;
      groups.set(key, group);
    }
    // Routes still to be created count too: the limit bites when the fix is applied.
    const pending = new Map<string, Set<string>>();
    for (const target of coverage.problems) {
      for (const { verdict, scope } of target.scopes) {
        if (verdict.kind !== 'missing' && verdict.kind !== 'not-applied') continue;
        const key = per === 'route table' ? scope.tableId : scopeProject(scope);
        if (!key) continue;
        const set = pending.get(key) ?? new Set();
        set.add(`${target.view.node.name}|${target.cidr.text}`);
        pending.set(key, set);
      }
    }
    for (const [key, set] of pending) {
      const group = groups.get(key) ?? { existing: 0, needed: 0 };
      group.needed = set.size;
      groups.set(key, group);
    }
    for (const [key, { existing, needed }] of groups) {
      const total = existing + needed;
      if (total < limit * NEAR) continue;
      const over = total > limit;
      const severity: Severity = over ? (hard ? 'error' : 'warning') : hard ? 'warning' : 'note';
      const name = key.split('/').pop() ?? key;
      yield {
        severity,
        resource: name,
        message: `${per} ${name} holds ${existing} routes${needed ? ` and needs ${needed} more for current nodes` : ''}: ${total} of the ${hard ? 'limit' : 'default quota'} of ${limit}${over ? ' — over it' : ''}`,
        remediation:
          per === 'route table'
            ? {
                text: 'Azure route tables cannot hold more than 400 routes: keep the cluster under that many pod CIDRs per table, or use a routed overlay.',
                command: undefined,
              }
            : withCommand(
                { text: 'Request a higher "Routes" quota for the project before adding nodes.' },
                shell`gcloud compute project-info describe --project ${named('gce-project', name)} --format="value(quotas)"`,
              ),
      };
    }
  },
};

function scopeProject(scope: RouteScope): string | undefined {
  return scope.network ? segmentAfter(scope.network, 'projects') : undefined;
}
