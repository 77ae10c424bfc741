import { clientOptions } from './live/reader.js';
import type { LiveOptions } from '../../sources/live/types.js';
import type { FixAction, GceFirewall, GceRoute } from '../../model/fix-spec.js';
import { dispatch, FixDenied, type ActionOf, type Applier, type Handlers } from '../shared/applier.js';
import { routeDifferences } from './route-compare.js';

type ComputeModule = typeof import('./live/compute-sdk.js');

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
  if (constraint) {
    const project = /violated for projects\/([^/.\s]+)/.exec(message)?.[1];
    return new FixDenied(`${api} was denied by the organisation policy ${constraint}: ${message}`, 'policy', {
      provider: 'gce',
      kind: 'gcp-org-policy',
      name: constraint,
      project,
    });
  }
  if (e.code === 403 || e.code === 7)
    return new FixDenied(`${api} was denied: grant ${api} (${message})`, 'permission');
  if (e.code === 409 || e.code === 412 || e.code === 6 || e.code === 9)
    return new FixDenied(`${api} conflicted: ${message}`, 'conflict');
  return new FixDenied(`${api} failed: ${message}`, 'failed');
}

type Operation = {
  name?: string | null;
  status?: unknown;
  error?: { errors?: { code?: string | null; message?: string | null }[] | null } | null;
};
type Waiter = (name: string) => Promise<Operation>;

/**
 * Compute's mutations return an operation to wait on (the client's LRO wrapper has no promise() in this
 * version): poll zoneOperations/globalOperations.wait until DONE, and read the operation's own error.
 */
async function done(call: Promise<[unknown, ...unknown[]]>, wait: Waiter, api: string): Promise<void> {
  try {
    const [lro] = await call;
    let operation = (lro as { latestResponse?: Operation }).latestResponse ?? (lro as Operation);
    while (operation.status !== 'DONE') operation = await wait(operation.name!);
    const failure = operation.error?.errors?.[0];
    if (failure)
      throw explain(
        {
          message: `${failure.code ?? ''}: ${failure.message ?? ''}`,
          code: failure.code === 'QUOTA_EXCEEDED' ? 403 : undefined,
        },
        api,
      );
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

function firewallResource(rule: GceFirewall) {
  return {
    name: rule.name,
    network: `${API}projects/${rule.project}/global/networks/${rule.network.split('/').pop()}`,
    direction: rule.direction,
    priority: rule.priority,
    ...(rule.sourceRanges ? { sourceRanges: [...rule.sourceRanges] } : {}),
    ...(rule.destinationRanges ? { destinationRanges: [...rule.destinationRanges] } : {}),
    ...(rule.targetTags ? { targetTags: [...rule.targetTags] } : {}),
    ...(rule.targetServiceAccounts ? { targetServiceAccounts: [...rule.targetServiceAccounts] } : {}),
    allowed: rule.allowed.map((protocol) => ({ IPProtocol: protocol })),
    description: 'host-gw pod traffic, created by hostgw-preflight',
  };
}

/** 409 alreadyExists (gRPC 6 ALREADY_EXISTS): a rule of that name is in place already. */
function alreadyExists(error: unknown): boolean {
  const e = error as { code?: number | string; message?: string };
  return e.code === 409 || e.code === 6 || /alreadyExists|already exists/.test(e.message ?? '');
}

function zonal(compute: ComputeModule, options: LiveOptions, project: string, zone: string): Waiter {
  const client = new compute.ZoneOperationsClient(clientOptions(options, project));
  return async (operation) => (await client.wait({ project, zone, operation }))[0] as Operation;
}

function global(compute: ComputeModule, options: LiveOptions, project: string): Waiter {
  const client = new compute.GlobalOperationsClient(clientOptions(options, project));
  return async (operation) => (await client.wait({ project, operation }))[0] as Operation;
}

/** The SDK module and the live options its clients are made from. */
interface Compute {
  readonly sdk: ComputeModule;
  readonly options: LiveOptions;
}

async function canIpForward(action: ActionOf<'gce-can-ip-forward'>, { sdk, options }: Compute) {
  const instances = new sdk.InstancesClient(clientOptions(options, action.project));
  const zoneWait = zonal(sdk, options, action.project, action.zone);
  const request = { project: action.project, zone: action.zone, instance: action.instance };
  const [instance] = await instances
    .get(request)
    .catch((error) => Promise.reject(explain(error, 'compute.instances.get')));
  if (instance.canIpForward) return `canIpForward already true on ${action.instance}`;
  // instances.update takes the whole instance with its current fingerprint; canIpForward needs a restart.
  await done(
    instances.update({
      ...request,
      instanceResource: { ...instance, canIpForward: true },
      mostDisruptiveAllowedAction: 'RESTART',
    }),
    zoneWait,
    'compute.instances.update',
  );
  const template = action.group
    ? `; its group ${action.group.split('/').pop()} still creates instances from a template without it`
    : '';
  return `canIpForward true on ${action.instance} (restarted)${template}`;
}

type RoutesClient = InstanceType<ComputeModule['RoutesClient']>;

/**
 * Inserts the route; returns whether it was there already. Names are unique per project: a route of that name that
 * is the same route (an earlier apply, another run) counts as done; a different one is a conflict naming how it
 * differs, since inserting under that name would fail on every run.
 */
async function insertRoute(routes: RoutesClient, wait: Waiter, route: GceRoute): Promise<boolean> {
  let existed = false;
  const call = routes
    .insert({ project: route.project, routeResource: routeResource(route) })
    .catch((error: unknown) => {
      if (!alreadyExists(error)) throw error;
      existed = true;
      return [{ status: 'DONE' }] as [Operation];
    });
  await done(call, wait, 'compute.routes.insert');
  if (!existed) return false;
  const [current] = await routes
    .get({ project: route.project, route: route.name })
    .catch((error) => Promise.reject(explain(error, 'compute.routes.get')));
  const differences = routeDifferences(current, route);
  if (differences.length > 0)
    throw new FixDenied(
      `route ${route.name} already exists in project ${route.project} as a different route (${differences.join('; ')}): ` +
        'delete it if it is a leftover, or give this cluster other route names with --cluster-name',
      'conflict',
    );
  return true;
}

async function routeInsert(action: ActionOf<'gce-route-insert'>, { sdk, options }: Compute) {
  const routes = new sdk.RoutesClient(clientOptions(options, action.route.project));
  const existed = await insertRoute(routes, global(sdk, options, action.route.project), action.route);
  return `route ${action.route.name} (${action.route.destRange})${existed ? ' already exists' : ''}`;
}

async function routeReplace(action: ActionOf<'gce-route-replace'>, { sdk, options }: Compute) {
  const routes = new sdk.RoutesClient(clientOptions(options, action.route.project));
  const wait = global(sdk, options, action.route.project);
  await insertRoute(routes, wait, action.route);
  await done(routes.delete({ project: action.route.project, route: action.replaces }), wait, 'compute.routes.delete');
  return `route ${action.route.name} (${action.route.destRange}) replaces ${action.replaces}`;
}

async function routeDelete(action: ActionOf<'gce-route-delete'>, { sdk, options }: Compute) {
  const routes = new sdk.RoutesClient(clientOptions(options, action.project));
  await done(
    routes.delete({ project: action.project, route: action.name }),
    global(sdk, options, action.project),
    'compute.routes.delete',
  );
  return `deleted route ${action.name}`;
}

async function firewallInsert(action: ActionOf<'gce-firewall-insert'>, { sdk, options }: Compute) {
  const { rule } = action;
  const firewalls = new sdk.FirewallsClient(clientOptions(options, rule.project));
  let existed = false;
  // Idempotent: a rule of this name from an earlier apply is what this step would create.
  const call = firewalls
    .insert({ project: rule.project, firewallResource: firewallResource(rule) })
    .catch((error: unknown) => {
      if (!alreadyExists(error)) throw error;
      existed = true;
      return [{ status: 'DONE' }] as [Operation];
    });
  await done(call, global(sdk, options, rule.project), 'compute.firewalls.create');
  const ranges =
    rule.direction === 'INGRESS' ? `from ${rule.sourceRanges?.join(', ')}` : `to ${rule.destinationRanges?.join(', ')}`;
  return `firewall rule ${rule.name} (${rule.direction.toLowerCase()} ${rule.allowed.join(', ')} ${ranges}, priority ${rule.priority})${existed ? ' already exists' : ''}`;
}

async function addTags(action: ActionOf<'gce-add-tags'>, { sdk, options }: Compute) {
  const instances = new sdk.InstancesClient(clientOptions(options, action.project));
  const request = { project: action.project, zone: action.zone, instance: action.instance };
  const [instance] = await instances
    .get(request)
    .catch((error) => Promise.reject(explain(error, 'compute.instances.get')));
  const items = [...new Set([...(instance.tags?.items ?? []), ...action.tags])];
  await done(
    instances.setTags({ ...request, tagsResource: { items, fingerprint: instance.tags?.fingerprint } }),
    zonal(sdk, options, action.project, action.zone),
    'compute.instances.setTags',
  );
  return `tags [${action.tags.join(', ')}] on ${action.instance}`;
}

type GceKind = Extract<FixAction['kind'], `gce-${string}`>;

const HANDLERS: Handlers<GceKind, Compute> = {
  'gce-can-ip-forward': canIpForward,
  'gce-route-insert': routeInsert,
  'gce-route-replace': routeReplace,
  'gce-route-delete': routeDelete,
  'gce-firewall-insert': firewallInsert,
  'gce-add-tags': addTags,
};

export const gceApplier: Applier = {
  async apply(action: FixAction, options) {
    const sdk: ComputeModule = await import('./live/compute-sdk.js');
    return dispatch(HANDLERS, action, { sdk, options }, 'a GCE');
  },
};
