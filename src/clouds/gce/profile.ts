import { gcpPolicyFindings } from './policy.js';
import { gceInstancePath, parseInstanceKey } from '../../model/instance-key.js';
import type { Route } from '../../model/snapshot.js';
import type { NodeView, Topology } from '../../model/topology.js';
import { named } from '../../model/names/index.js';
import { joinShell, shell, withCommand, type Shell } from '../../model/shell.js';
import { lastSegment, segmentAfter } from '../shared/names.js';
import { nextHopIp } from '../shared/next-hop.js';
import type { FixAction, GceRoute } from '../../model/fix-spec.js';
import type { ProviderProfile, RouteScope } from '../types.js';
import { gceFirewall } from './firewall.js';
import { ownedRouteRemedy } from './owned-routes.js';
import { gceRouteName } from './route-name.js';

function project(path: string | undefined): string {
  return (path && segmentAfter(path, 'projects')) ?? '<project>';
}

function instanceRef(view: NodeView): { name: string; zone: string; project: string } | undefined {
  const key = parseInstanceKey(view.instanceKey);
  const id = view.instance?.id ?? (key?.provider === 'gce' ? gceInstancePath(key) : undefined);
  if (!id) return undefined;
  const zone = segmentAfter(id, 'zones');
  return zone ? { name: lastSegment(id), zone, project: project(id) } : undefined;
}

function scopes(topology: Topology): RouteScope[] {
  // Only tags that some route is limited to can change what a node sees; other tags would just split groups.
  const routeTags = new Set<string>();
  for (const route of topology.snapshot.routes)
    if (route.tags.length > 0) for (const tag of route.tags) routeTags.add(tag);
  const groups = new Map<string, { network: string; tags: string[]; members: NodeView[] }>();
  for (const view of topology.views) {
    const network = view.instance?.network;
    if (!network) continue;
    const tags =
      routeTags.size === 0 ? [] : [...new Set(view.instance!.tags.filter((tag) => routeTags.has(tag)))].sort();
    const key = `${network}|${tags.join(',')}`;
    const group = groups.get(key);
    if (group) group.members.push(view);
    else groups.set(key, { network, tags, members: [view] });
  }
  return [...groups.entries()].map(([key, group]) => ({
    key,
    label: `network ${lastSegment(group.network)}${group.tags.length ? ` with tags [${group.tags.join(', ')}]` : ''}`,
    members: group.members,
    routes: topology.snapshot.routes.filter(
      (route) =>
        route.network === group.network &&
        (route.tags.length === 0 || route.tags.some((tag) => group.tags.includes(tag))),
    ),
    network: group.network,
    tags: group.tags,
  }));
}

/**
 * A route to a node: by instance when it is known (survives IP changes), else by the node's address. Routes live
 * in the project that owns the network (a Shared VPC's host project), not necessarily the instance's.
 */
function routeSpec(
  name: string,
  view: NodeView,
  destRange: string,
  network: string | undefined,
  ip: string | undefined,
): GceRoute {
  const ref = instanceRef(view);
  return {
    project: (network && segmentAfter(network, 'projects')) ?? ref?.project ?? '<project>',
    name,
    network: network ?? '<network>',
    destRange,
    nextHopInstance: ref ? `projects/${ref.project}/zones/${ref.zone}/instances/${ref.name}` : undefined,
    nextHopIp: ref ? undefined : (ip ?? '<node-ip>'),
    priority: 1000,
  };
}

/** What the specs hold where the data did not say: a person fills them in. */
const PLACEHOLDERS = new Set(['<project>', '<zone>', '<network>', '<node-ip>', '<tag>']);

/** A name for a command: validated, or the placeholder itself (quoted like any other string). */
function gceName(
  kind: 'gce-project' | 'gce-zone' | 'gce-network' | 'gce-instance' | 'gce-route' | 'gce-network-tag',
  value: string,
): Shell | string {
  return PLACEHOLDERS.has(value) ? value : named(kind, value);
}

function createCommand(route: GceRoute): Shell {
  const hop = route.nextHopInstance
    ? shell`--next-hop-instance ${gceName('gce-instance', lastSegment(route.nextHopInstance))} --next-hop-instance-zone ${gceName('gce-zone', segmentAfter(route.nextHopInstance, 'zones') ?? '<zone>')}`
    : shell`--next-hop-address ${route.nextHopIp && route.nextHopIp !== '<node-ip>' ? named('ip-address', route.nextHopIp) : shell`<node-ip>`}`;
  return shell`gcloud compute routes create ${gceName('gce-route', route.name)} --project ${gceName('gce-project', route.project)} --network ${gceName('gce-network', lastSegment(route.network))} --destination-range ${route.destRange} ${hop} --priority ${route.priority}`;
}

function addTags(view: NodeView, tag: string): { command: Shell; action?: FixAction } {
  const ref = instanceRef(view);
  return {
    command: shell`gcloud compute instances add-tags ${gceName('gce-instance', ref?.name ?? view.node.name)} --project ${gceName('gce-project', ref?.project ?? '<project>')} --zone ${gceName('gce-zone', ref?.zone ?? '<zone>')} --tags ${gceName('gce-network-tag', tag)}`,
    action: ref
      ? { kind: 'gce-add-tags', project: ref.project, zone: ref.zone, instance: ref.name, tags: [tag] }
      : undefined,
  };
}

/**
 * What GCE asks of a canIpForward change on a running VM: instances.update stops and starts it; a VM with a local
 * SSD refuses to stop unless its SSD data is discarded; and changing a VM that runs as a service account needs
 * iam.serviceAccounts.actAs on that account.
 */
function restartCaveats(view: NodeView): string {
  const accounts = view.instance?.serviceAccounts ?? [];
  const iam =
    accounts.length > 0
      ? ` The VM runs as service account ${accounts.join(', ')}: besides compute.instances.update, the caller needs roles/iam.serviceAccountUser on it.`
      : ' If the VM runs as a service account, the caller needs roles/iam.serviceAccountUser on it besides compute.instances.update.';
  return (
    ' GCE changes it only by stopping and starting the VM (instances.update, most disruptive action RESTART): plan for the restart.' +
    ' A VM with a local SSD refuses the update, since stopping it would discard the SSD data: move the data off and recreate the VM with --can-ip-forward.' +
    iam
  );
}

function deleteCommand(route: Route): Shell {
  return shell`gcloud compute routes delete ${gceName('gce-route', route.name)} --project ${gceName('gce-project', project(route.id))} --quiet`;
}

export const gce: ProviderProfile = {
  id: 'gce',
  displayName: 'GCE',
  placement: { noun: 'network', dump: 'instances' },
  firewall: gceFirewall,
  policies: gcpPolicyFindings,
  dumps: {
    instances: 'the output of `gcloud compute instances list --format=json`',
    routes: 'the output of `gcloud compute routes list --format=json`',
    subnets: 'the output of `gcloud compute networks subnets list --format=json`',
  },
  forwarding: {
    switchName: 'canIpForward',
    blockedState: 'canIpForward is false',
    enable(view) {
      const ref = instanceRef(view);
      const name = ref?.name ?? view.node.name;
      const instance = gceName('gce-instance', name);
      const flags = shell`--project ${gceName('gce-project', ref?.project ?? '<project>')} --zone ${gceName('gce-zone', ref?.zone ?? '<zone>')}`;
      // The instance name is validated (RFC 1035), so the file name built from it is one plain word.
      const file = shell`${instance}.yaml`;
      const group = view.instance?.managedBy;
      const template = group
        ? ` The instance belongs to ${lastSegment(group)}: set canIpForward on its instance template too (create a new template with --can-ip-forward and roll the group), or its next instance comes up broken.`
        : '';
      return withCommand(
        {
          text: `Enable IP forwarding (canIpForward) on instance ${name}.${restartCaveats(view)}${template}`,
          fix: ref
            ? {
                actions: [
                  { kind: 'gce-can-ip-forward', project: ref.project, zone: ref.zone, instance: ref.name, group },
                ],
                scope: 'node',
                api: 'compute.instances.get + compute.instances.update',
              }
            : undefined,
        },
        joinShell(
          [
            shell`gcloud compute instances export ${instance} ${flags} --destination=${file}`,
            shell`{ grep -q '^canIpForward:' ${file} && sed -i 's/^canIpForward: .*/canIpForward: true/' ${file} || echo 'canIpForward: true' >> ${file}; }`,
            shell`gcloud compute instances update-from-file ${instance} ${flags} --source=${file} --most-disruptive-allowed-action=RESTART`,
          ],
          ' && ',
        ),
      );
    },
  },
  routing: {
    limit: { count: 250, per: 'project', hard: false },
    scopes,
    createRoute(view, cidr, scope, cluster) {
      const network = scope?.network ?? view.instance?.network;
      const name = gceRouteName(cluster, network, cidr);
      const spec = routeSpec(name, view, cidr.text, network, nextHopIp(view, cidr));
      return withCommand(
        {
          text: `Create a route for ${cidr.text} with node ${view.node.name} as next hop on network ${network ? lastSegment(network) : '<network>'}.`,
          fix: network
            ? { actions: [{ kind: 'gce-route-insert', route: spec }], scope: 'node', api: 'compute.routes.insert' }
            : undefined,
        },
        createCommand(spec),
      );
    },
    repointRoute(route, view, cidr, cluster) {
      const owned = ownedRouteRemedy(route);
      if (owned) return owned;
      // GCE routes are immutable: create the right one first so traffic is never without a route, then delete.
      // Names are unique per project, so the new route cannot take the old one's name.
      const name = gceRouteName(cluster, route.network, cidr);
      const spec = routeSpec(
        name === route.name ? `${name.slice(0, 59)}-new` : name,
        view,
        cidr.text,
        route.network,
        nextHopIp(view, cidr),
      );
      return withCommand(
        {
          text: `GCE routes cannot be changed: create a route for ${cidr.text} via ${view.node.name}, then delete ${route.name}.`,
          fix: route.network
            ? {
                actions: [{ kind: 'gce-route-replace', route: spec, replaces: route.name }],
                scope: 'node',
                api: 'compute.routes.insert + compute.routes.delete',
              }
            : undefined,
        },
        joinShell([createCommand(spec), deleteCommand(route)], ' && '),
      );
    },
    deleteRoute(route) {
      const owned = ownedRouteRemedy(route);
      if (owned) return owned;
      return withCommand(
        {
          text: `Delete route ${route.name}.`,
          fix: {
            actions: [{ kind: 'gce-route-delete', project: project(route.id), name: route.name }],
            scope: 'prune',
            api: 'compute.routes.delete',
          },
        },
        deleteCommand(route),
      );
    },
    explainNotApplied(route, scope, target, cluster) {
      if (route.network !== scope.network) {
        const spec = routeSpec(
          gceRouteName(cluster, scope.network, route.dest),
          target,
          route.dest.text,
          scope.network,
          nextHopIp(target, route.dest),
        );
        return withCommand(
          {
            why: `route ${route.name} is on network ${route.network ? lastSegment(route.network) : '?'}, not on ${lastSegment(scope.network ?? '?')}`,
            text: `Create the route on the nodes' network ${lastSegment(scope.network ?? '?')}.`,
            fix: {
              actions: [{ kind: 'gce-route-insert', route: spec }],
              scope: 'network',
              api: 'compute.routes.insert',
            },
          },
          createCommand(spec),
        );
      }
      // add-tags takes one instance at a time; every node of the scope that needs the route needs the tag.
      const tagging = scope.members
        .filter((member) => member !== target)
        .map((member) => addTags(member, route.tags[0] ?? '<tag>'));
      const actions = tagging.flatMap((tag) => (tag.action ? [tag.action] : []));
      return withCommand(
        {
          why: `route ${route.name} applies only to instances tagged [${route.tags.join(', ')}], and their instances have none of these tags`,
          text: `Add the tag to the nodes' instances (and their instance template), or recreate the route without tags.`,
          fix:
            actions.length === tagging.length
              ? { actions, scope: 'network', api: 'compute.instances.setTags' }
              : undefined,
        },
        joinShell(
          tagging.map((tag) => tag.command),
          ' && ',
        ),
      );
    },
  },
};
