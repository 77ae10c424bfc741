import { clientOptions } from '../../sources/live/gce.js';
import type { FixAction, GceRoute } from '../types.js';
import { FixDenied, type Applier } from './types.js';

type ComputeModule = typeof import('@google-cloud/compute/build/src/v1/index.js');

const API = 'https://www.googleapis.com/compute/v1/';

/** Org-policy constraints answer 412 conditionNotMet and name the constraint in the message. */
function explain(error: unknown, api: string): FixDenied {
  const e = error as { code?: number | string; message?: string };
  let message = e.message ?? String(error);
  try {
    message = (JSON.parse(message) as { error?: { message?: string } }).error?.message ?? message;
  } catch {
    // Not a JSON error body: keep the first line of the message.
  }
  message = message.split('\n')[0]!;
  const constraint = /constraints\/[\w.]+/.exec(message)?.[0];
  if (constraint) return new FixDenied(`${api} was denied by the organisation policy ${constraint}: ${message}`, 'policy');
  if (e.code === 403 || e.code === 7) return new FixDenied(`${api} was denied: grant ${api} (${message})`, 'permission');
  if (e.code === 409 || e.code === 412 || e.code === 6 || e.code === 9) return new FixDenied(`${api} conflicted: ${message}`, 'conflict');
  return new FixDenied(`${api} failed: ${message}`, 'failed');
}

interface Operation {
  promise(): Promise<unknown>;
}

async function done(call: Promise<[Operation, ...unknown[]]>, api: string): Promise<void> {
  try {
    const [operation] = await call;
    await operation.promise();
  } catch (error) {
    throw error instanceof FixDenied ? error : explain(error, api);
  }
}

function routeResource(route: GceRoute) {
  return {
    name: route.name,
    network: `${API}projects/${route.project}/global/networks/${route.network.split('/').pop()}`,
    destRange: route.destRange,
    priority: route.priority,
    ...(route.nextHopInstance ? { nextHopInstance: `${API}${route.nextHopInstance}` } : { nextHopIp: route.nextHopIp }),
    description: 'host-gw pod route, created by hostgw-preflight',
  };
}

export const gceApplier: Applier = {
  async apply(action: FixAction, options) {
    const compute: ComputeModule = await import('@google-cloud/compute/build/src/v1/index.js');
    switch (action.kind) {
      case 'gce-can-ip-forward': {
        const instances = new compute.InstancesClient(clientOptions(options, action.project));
        const request = { project: action.project, zone: action.zone, instance: action.instance };
        const [instance] = await instances.get(request).catch((error) => Promise.reject(explain(error, 'compute.instances.get')));
        if (instance.canIpForward) return `canIpForward already true on ${action.instance}`;
        // instances.update takes the whole instance with its current fingerprint; canIpForward needs a restart.
        await done(instances.update({ ...request, instanceResource: { ...instance, canIpForward: true }, mostDisruptiveAllowedAction: 'RESTART' }), 'compute.instances.update');
        const template = action.group ? `; its group ${action.group.split('/').pop()} still creates instances from a template without it` : '';
        return `canIpForward true on ${action.instance} (restarted)${template}`;
      }
      case 'gce-route-insert': {
        const routes = new compute.RoutesClient(clientOptions(options, action.route.project));
        await done(routes.insert({ project: action.route.project, routeResource: routeResource(action.route) }), 'compute.routes.insert');
        return `route ${action.route.name} (${action.route.destRange})`;
      }
      case 'gce-route-replace': {
        const routes = new compute.RoutesClient(clientOptions(options, action.route.project));
        await done(routes.insert({ project: action.route.project, routeResource: routeResource(action.route) }), 'compute.routes.insert');
        await done(routes.delete({ project: action.route.project, route: action.replaces }), 'compute.routes.delete');
        return `route ${action.route.name} (${action.route.destRange}) replaces ${action.replaces}`;
      }
      case 'gce-route-delete': {
        const routes = new compute.RoutesClient(clientOptions(options, action.project));
        await done(routes.delete({ project: action.project, route: action.name }), 'compute.routes.delete');
        return `deleted route ${action.name}`;
      }
      case 'gce-add-tags': {
        const instances = new compute.InstancesClient(clientOptions(options, action.project));
        const request = { project: action.project, zone: action.zone, instance: action.instance };
        const [instance] = await instances.get(request).catch((error) => Promise.reject(explain(error, 'compute.instances.get')));
        const items = [...new Set([...(instance.tags?.items ?? []), ...action.tags])];
        await done(instances.setTags({ ...request, tagsResource: { items, fingerprint: instance.tags?.fingerprint } }), 'compute.instances.setTags');
        return `tags [${action.tags.join(', ')}] on ${action.instance}`;
      }
      default:
        throw new FixDenied(`${action.kind} is not a GCE action`, 'failed');
    }
  },
};
