import type { Route } from '../model/snapshot.js';
import type { NodeView, Topology } from '../model/topology.js';
import { lastSegment, routeName, segmentAfter, sh } from './names.js';
import { nextHopIp } from './next-hop.js';
import type { FixAction, GceRoute } from '../fix/types.js';
import type { ProviderProfile, RouteScope } from './types.js';
import { gceFirewall } from './firewall/gce.js';

function project(path: string | undefined): string {
  return (path && segmentAfter(path, 'projects')) ?? '<project>';
}

function instanceRef(view: NodeView): { name: string; zone: string; project: string } | undefined {
  const id = view.instance?.id ?? view.instanceKey?.replace(/^gce:/, '').replace(/^([^/]+)\/([^/]+)\/([^/]+)$/, 'projects/$1/zones/$2/instances/$3');
  if (!id) return undefined;
  const zone = segmentAfter(id, 'zones');
  return zone ? { name: lastSegment(id), zone, project: project(id) } : undefined;
}

function scopes(topology: Topology): RouteScope[] {
  // Only tags that some route is limited to can change what a node sees; other tags would just split groups.
  const routeTags = new Set<string>();
  for (const route of topology.snapshot.routes) if (route.tags.length > 0) for (const tag of route.tags) routeTags.add(tag);
  const groups = new Map<string, { network: string; tags: string[]; members: NodeView[] }>();
  for (const view of topology.views) {
    const network = view.instance?.network;
    if (!network) continue;
    const tags = routeTags.size === 0 ? [] : [...new Set(view.instance!.tags.filter((tag) => routeTags.has(tag)))].sort();
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
      (route) => route.network === group.network && (route.tags.length === 0 || route.tags.some((tag) => group.tags.includes(tag))),
    ),
    network: group.network,
    tags: group.tags,
  }));
}

/** A route to a node: by instance when it is known (survives IP changes), else by the node's address. */
function routeSpec(name: string, view: NodeView, destRange: string, network: string | undefined, ip: string | undefined): GceRoute {
  const ref = instanceRef(view);
  return {
    project: ref?.project ?? project(network),
    name,
    network: network ?? '<network>',
    destRange,
    nextHopInstance: ref ? `projects/${ref.project}/zones/${ref.zone}/instances/${ref.name}` : undefined,
    nextHopIp: ref ? undefined : (ip ?? '<node-ip>'),
    priority: 1000,
  };
}

function createCommand(route: GceRoute): string {
  const hop = route.nextHopInstance
    ? `--next-hop-instance ${sh(lastSegment(route.nextHopInstance))} --next-hop-instance-zone ${sh(segmentAfter(route.nextHopInstance, 'zones') ?? '<zone>')}`
    : `--next-hop-address ${route.nextHopIp}`;
  return `gcloud compute routes create ${sh(route.name)} --project ${sh(route.project)} --network ${sh(lastSegment(route.network))} --destination-range ${route.destRange} ${hop} --priority ${route.priority}`;
}

function addTags(view: NodeView, tag: string): { command: string; action?: FixAction } {
  const ref = instanceRef(view);
  return {
    command: `gcloud compute instances add-tags ${sh(ref?.name ?? view.node.name)} --project ${sh(ref?.project ?? '<project>')} --zone ${sh(ref?.zone ?? '<zone>')} --tags ${sh(tag)}`,
    action: ref ? { kind: 'gce-add-tags', project: ref.project, zone: ref.zone, instance: ref.name, tags: [tag] } : undefined,
  };
}

function deleteCommand(route: Route): string {
  return `gcloud compute routes delete ${sh(route.name)} --project ${sh(project(route.id))} --quiet`;
}

export const gce: ProviderProfile = {
  id: 'gce',
  displayName: 'GCE',
  firewall: gceFirewall,
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
      const flags = `--project ${sh(ref?.project ?? '<project>')} --zone ${sh(ref?.zone ?? '<zone>')}`;
      const group = view.instance?.managedBy;
      const template = group
        ? ` The instance belongs to ${lastSegment(group)}: set canIpForward on its instance template too (create a new template with --can-ip-forward and roll the group), or its next instance comes up broken.`
        : '';
      return {
        text: `Enable IP forwarding (canIpForward) on instance ${name}; the change restarts the VM.${template}`,
        fix: ref ? { actions: [{ kind: 'gce-can-ip-forward', project: ref.project, zone: ref.zone, instance: ref.name, group }], scope: 'node', api: 'compute.instances.get + compute.instances.update' } : undefined,
        command:
          `gcloud compute instances export ${sh(name)} ${flags} --destination=${sh(`${name}.yaml`)}` +
          ` && { grep -q '^canIpForward:' ${sh(`${name}.yaml`)} && sed -i 's/^canIpForward: .*/canIpForward: true/' ${sh(`${name}.yaml`)} || echo 'canIpForward: true' >> ${sh(`${name}.yaml`)}; }` +
          ` && gcloud compute instances update-from-file ${sh(name)} ${flags} --source=${sh(`${name}.yaml`)} --most-disruptive-allowed-action=RESTART`,
      };
    },
  },
  routing: {
    limit: { count: 250, per: 'project', hard: false },
    scopes,
    createRoute(view, cidr, scope) {
      const network = scope?.network ?? view.instance?.network;
      const spec = routeSpec(routeName(view.node.name, cidr), view, cidr.text, network, nextHopIp(view, cidr));
      return {
        text: `Create a route for ${cidr.text} with node ${view.node.name} as next hop on network ${network ? lastSegment(network) : '<network>'}.`,
        command: createCommand(spec),
        fix: network ? { actions: [{ kind: 'gce-route-insert', route: spec }], scope: 'node', api: 'compute.routes.insert' } : undefined,
      };
    },
    repointRoute(route, view, cidr) {
      // GCE routes are immutable: create the right one first so traffic is never without a route, then delete.
      // Names are unique per project, so the new route cannot take the old one's name.
      const name = routeName(view.node.name, cidr);
      const spec = routeSpec(name === route.name ? `${name.slice(0, 59)}-new` : name, view, cidr.text, route.network, nextHopIp(view, cidr));
      return {
        text: `GCE routes cannot be changed: create a route for ${cidr.text} via ${view.node.name}, then delete ${route.name}.`,
        command: `${createCommand(spec)} && ${deleteCommand(route)}`,
        fix: route.network ? { actions: [{ kind: 'gce-route-replace', route: spec, replaces: route.name }], scope: 'node', api: 'compute.routes.insert + compute.routes.delete' } : undefined,
      };
    },
    deleteRoute(route) {
      return {
        text: `Delete route ${route.name}.`,
        command: deleteCommand(route),
        fix: { actions: [{ kind: 'gce-route-delete', project: project(route.id), name: route.name }], scope: 'prune', api: 'compute.routes.delete' },
      };
    },
    explainNotApplied(route, scope, target) {
      if (route.network !== scope.network) {
        const spec = routeSpec(`${route.name}-${lastSegment(scope.network ?? 'net')}`.slice(0, 63), target, route.dest.text, scope.network, nextHopIp(target, route.dest));
        return {
          why: `route ${route.name} is on network ${route.network ? lastSegment(route.network) : '?'}, not on ${lastSegment(scope.network ?? '?')}`,
          text: `Create the route on the nodes' network ${lastSegment(scope.network ?? '?')}.`,
          command: createCommand(spec),
          fix: { actions: [{ kind: 'gce-route-insert', route: spec }], scope: 'network', api: 'compute.routes.insert' },
        };
      }
      // add-tags takes one instance at a time; every node of the scope that needs the route needs the tag.
      const tagging = scope.members.filter((member) => member !== target).map((member) => addTags(member, route.tags[0] ?? '<tag>'));
      const actions = tagging.flatMap((tag) => (tag.action ? [tag.action] : []));
      return {
        why: `route ${route.name} applies only to instances tagged [${route.tags.join(', ')}], and their instances have none of these tags`,
        text: `Add the tag to the nodes' instances (and their instance template), or recreate the route without tags.`,
        command: tagging.map((tag) => tag.command).join(' && '),
        fix: actions.length === tagging.length ? { actions, scope: 'network', api: 'compute.instances.setTags' } : undefined,
      };
    },
  },
};
