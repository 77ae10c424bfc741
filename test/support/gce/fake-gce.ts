/**
 * A local, in-memory fake of the parts of the Google Compute Engine REST API (v1) that live mode reads, speaking
 * the real JSON wire protocol closely enough for the REAL `@google-cloud/compute` client in REST ("fallback")
 * mode. Start it with a scenario, construct the clients with `gceClientOptions(fake)` (or the equivalent
 * options by hand), run the tool, then inspect `fake.requests`.
 *
 * Supported, for `scenario.project` and the projects of `scenario.projects` (another project answers 403 like GCE does
 * for a project you cannot see):
 *   GET    /compute/v1/projects/{p}/aggregated/instances         filter, maxResults, pageToken, orderBy, returnPartialSuccess
 *   GET    /compute/v1/projects/{p}/zones/{z}/instances          filter, maxResults, pageToken, orderBy
 *   GET    /compute/v1/projects/{p}/zones/{z}/instances/{name}
 *   PUT    /compute/v1/projects/{p}/zones/{z}/instances/{name}   mostDisruptiveAllowedAction, minimalAction, requestId
 *   POST   /compute/v1/projects/{p}/zones/{z}/instances/{name}/setTags   requestId
 *   GET    /compute/v1/projects/{p}/global/routes                filter, maxResults, pageToken, orderBy
 *   POST   /compute/v1/projects/{p}/global/routes                requestId
 *   GET    /compute/v1/projects/{p}/global/routes/{name}
 *   DELETE /compute/v1/projects/{p}/global/routes/{name}         requestId
 *   GET    /compute/v1/projects/{p}/global/firewalls             filter, maxResults, pageToken, orderBy
 *   GET    /compute/v1/projects/{p}/global/firewalls/{name}
 *   POST   /compute/v1/projects/{p}/global/firewalls             requestId
 *   GET    /compute/v1/projects/{p}/aggregated/subnetworks       filter, maxResults, pageToken, orderBy, returnPartialSuccess
 *   GET    /compute/v1/projects/{p}/regions/{r}/subnetworks      filter, maxResults, pageToken, orderBy
 *   GET    /compute/v1/projects/{p}/regions/{r}/subnetworks/{name}
 *   GET    /compute/v1/projects/{p}/zones/{z}/operations/{op}    (op = operation name or numeric id, as GCE accepts)
 *   POST   /compute/v1/projects/{p}/zones/{z}/operations/{op}/wait
 *   GET    /compute/v1/projects/{p}/global/operations/{op}
 *   POST   /compute/v1/projects/{p}/global/operations/{op}/wait
 *   GET    /v2/projects/{p}/policies/{constraint}:getEffectivePolicy   (Organization Policy API v2, on the same origin:
 *          `scenario.orgPolicies[constraint]`, else `{name, spec: {rules: [{allowAll: true}]}}`, what an unset list
 *          constraint computes to)
 *
 * Mutations (instances.update, instances.setTags, routes.insert, routes.delete, firewalls.insert) answer 200 with a
 * compute#operation in status PENDING and change `scenario` at once (the element is REPLACED in its array, so
 * references taken before keep the old state); later lists and gets show the change. Each poll of the operation
 * (get or wait, zonal or global) moves it on: `options.operationPolls` polls (default 1) answer RUNNING, the next
 * one DONE. Unlike the real `wait` (which blocks up to about 2 minutes), the fake never blocks. `failNextOperation`
 * makes the next matching mutation be accepted but its operation end DONE with `error.errors[]` (e.g.
 * ZONE_RESOURCE_POOL_EXHAUSTED) and `httpErrorStatusCode`; the scenario is then left as it was. A repeated
 * `requestId` returns the original operation without applying the change twice.
 *
 * Client side (see the tests): @google-cloud/compute 6.x mutations resolve to `[{latestResponse: Operation, done:
 * false, name: <operation id>, metadata: null, result: {}}, null, null]`. The typings call it an LROperation, but it
 * has NO `promise()`; wait with ZoneOperationsClient / GlobalOperationsClient `wait` until `status === 'DONE'`, then
 * check `error.errors` (a failed operation does not reject).
 *
 * instances.update is optimistic-locked like GCE: the body's `fingerprint` must equal the stored one (stale: 412
 * conditionNotMet "Supplied fingerprint does not match current metadata fingerprint."; none: 400 required);
 * success merges the body's fields into the stored instance (output-only ones like id, selfLink, status,
 * creationTimestamp are kept; a body without canIpForward means false) and sets a new fingerprint if anything
 * changed. Changing canIpForward with `mostDisruptiveAllowedAction` NO_EFFECT or REFRESH answers 400 (the message is
 * the fake's own wording). instances.setTags checks `tags.fingerprint` the same way (an instance without tags has
 * the empty-list fingerprint 42WmSpB8rSM=, and no fingerprint is accepted for it) and stores the de-duplicated
 * items with new tags and instance fingerprints. routes.insert validates name/network/destRange/priority/next hop
 * (400 with GCE-style messages; the network must be one the scenario uses, else 404), answers 409 alreadyExists for
 * a taken name and stores the route as GCE shows it (full URLs, priority 1000 by default, a
 * NEXT_HOP_INSTANCE_NOT_FOUND warning if the next-hop instance does not exist); routes.delete answers 404 for a
 * missing route. `mutations()` lists every non-GET request except operation waits, in order, whatever its outcome
 * (`requests` has their query and status).
 *
 * Lists: `maxResults` (0..500; 0 or absent = 500) further capped by `options.maxResultsCap`; the opaque
 * `pageToken` is only valid for the listing (path + filter + orderBy) that produced it. Aggregated lists page
 * over all resources across scopes and, like GCE, every page carries a key for EVERY zone (instances) or region
 * (subnetworks) of the project; scopes without results on that page get
 * `{warning: {code: 'NO_RESULTS_ON_PAGE', message, data: [{key: 'scope', value}]}}`. Empty `items` arrays are
 * left out, as GCE does. The zones of a project are the zones of its instances plus `<region>-a/b/c` for every
 * region seen (override with `scenario.zones` / `scenario.regions`).
 *
 * Filters (the GCE list-filter language, subset): comparisons `field OP value` with OP one of
 * `= != < > <= >=` (value bare or double-quoted) or the legacy regex form `field eq|ne regex` (RE2-style full
 * match), combined with `AND`, `OR` (AND binds tighter), parentheses, and implicit AND between adjacent
 * parenthesised terms. Fields are dot paths (`tags.items`, `scheduling.preemptible`); arrays match if any element
 * does. Resource URLs compare by their path from `projects/`, so `network = "https://www.googleapis.com/compute/v1/
 * projects/P/global/networks/N"`, `network="…"` and `network = "projects/P/global/networks/N"` all match.
 * Anything else answers 400 "Invalid value for field 'filter'".
 *
 * Every request needs `Authorization: Bearer <token>` (any token, or exactly `options.accessToken` if given);
 * otherwise 401 UNAUTHENTICATED. Errors use the Google JSON error shape `{error: {code, message, errors: [{message,
 * domain, reason}], status}}`. `failNext` injects failures (403 / 429 / 500 / 503 … with realistic bodies,
 * `Retry-After`, delays, dropped connections, or a body of your own such as `vmCanIpForwardViolation(…)`), optionally
 * only for one HTTP method. Recorded requests redact the credential.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { InstancesClient } from '@google-cloud/compute/build/src/v1/index.js';
import { OAuth2Client } from 'google-auth-library';

// ---------------------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------------------

/** Resources in `gcloud … list --format=json` shape (compute#instance / compute#route / compute#subnetwork). */
export interface GceScenario {
  project: string;
  instances: unknown[];
  routes: unknown[];
  subnetworks: unknown[];
  /** compute#firewall resources (`gcloud compute firewall-rules list --format=json`); absent = none. */
  firewalls?: unknown[];
  /** Zone names of the project (keys of aggregated instance lists). Default: derived, see the file comment. */
  zones?: string[];
  /** Region names of the project (keys of aggregated subnetwork lists). Default: derived. */
  regions?: string[];
  /** Effective organisation policies (v2 Policy shape) by constraint name ("compute.vmCanIpForward"). */
  orgPolicies?: Record<string, unknown>;
  /**
   * Other projects the same credentials can see (a Shared VPC host project): requests naming one are answered
   * from its scenario, reads and mutations alike, with its own operations. Unset: every other project is 403.
   */
  projects?: GceScenario[];
}

export interface GceRecordedRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  /** Decoded query parameters (last value wins). */
  query: Record<string, string>;
  /** `Bearer [REDACTED]`, or the header as sent if it is not a bearer credential; absent if not sent. */
  authorization?: string;
  /** The bearer token itself (non-enumerable, so test diffs and logs do not show it). */
  readonly token?: string;
  /** Request headers, with `authorization` redacted. */
  headers: Record<string, string | string[] | undefined>;
  /** HTTP status answered; 0 while pending or when the connection was dropped. */
  status: number;
  /** Non-GET requests only: the JSON body (parsed; the raw text if it is not JSON; absent if empty). */
  body?: unknown;
}

/** A non-GET request other than an operation wait, as `mutations()` lists it. */
export interface GceMutation {
  method: string;
  /** Path without the query string. */
  path: string;
  /** Parsed JSON body; undefined for DELETE (no body). */
  body: unknown;
}

export interface FailRule {
  /** Matched against the request path (no query string). Absent: any request. */
  path?: RegExp;
  /** Only requests with this HTTP method (case-insensitive). Absent: any method. */
  method?: string;
  /** HTTP status to answer (400, 401, 403, 404, 429, 500, 502, 503, 504 get realistic bodies). 200: answer normally
   *  (useful with `delayMs`). */
  status: number;
  /** How many matching requests fail (default 1). */
  times?: number;
  /** Adds `Retry-After: <n>`. */
  retryAfterSeconds?: number;
  /** Destroy the connection without answering (after `delayMs`). */
  dropConnection?: boolean;
  /** Wait this long before answering / dropping. */
  delayMs?: number;
  /** Answer this JSON body instead of the built-in one for `status` (e.g. `vmCanIpForwardViolation(…)`). */
  body?: unknown;
}

/** Makes a mutation be accepted (200 + Operation) but its operation finish DONE with an error. */
export interface OperationFailRule {
  /** Matched against the mutation's path. Absent: any mutation. */
  path?: RegExp;
  /** Only this HTTP method (PUT / POST / DELETE). Absent: any. */
  method?: string;
  /** `error.errors` of the finished operation. Default: zonal operations ZONE_RESOURCE_POOL_EXHAUSTED (the VM
   *  could not be restarted), global ones QUOTA_EXCEEDED for the ROUTES quota (`zoneResourcePoolExhausted`,
   *  `routesQuotaExceeded`). */
  errors?: { code: string; message: string; location?: string }[];
  /** Default 503 for ZONE_RESOURCE_POOL_EXHAUSTED, 403 for QUOTA_EXCEEDED, else 400. */
  httpErrorStatusCode?: number;
  /** Default the upper-case reason phrase of httpErrorStatusCode, as GCE sends it ("SERVICE UNAVAILABLE"). */
  httpErrorMessage?: string;
  /** How many matching mutations get a failing operation (default 1). */
  times?: number;
}

export interface FakeGce {
  /** `http://127.0.0.1:<port>` */
  url: string;
  port: number;
  /** The live state; tests may mutate its arrays between calls. */
  scenario: GceScenario;
  requests: GceRecordedRequest[];
  /** Number of requests whose path matches. */
  callCount(pathPattern: RegExp): number;
  failNext(rule: FailRule): void;
  /** The next matching mutation is accepted, but its operation ends DONE with an error; the scenario is unchanged. */
  failNextOperation(rule?: OperationFailRule): void;
  /** Non-GET requests except operation waits, in arrival order, whatever their outcome. */
  mutations(): GceMutation[];
  /** The operations created so far, as a poll would show them now (without advancing them). */
  operations(): unknown[];
  close(): Promise<void>;
}

export interface FakeGceOptions {
  /** Upper bound on the page size, whatever `maxResults` asks for (default 500, the GCE maximum). */
  maxResultsCap?: number;
  /** If set, only this bearer token is accepted; others get 401. */
  accessToken?: string;
  /** How many polls (get or wait) of an operation answer RUNNING before one answers DONE (default 1). */
  operationPolls?: number;
  /** `user` of the operations (default `fix-apply@<project>.iam.gserviceaccount.com`). */
  operationUser?: string;
}

export const FAKE_GCE_TOKEN = 'fake-gce-token';
const API = 'https://www.googleapis.com/compute/v1/';

// ---------------------------------------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------------------------------------

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function kindOf(value: unknown): string | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const kinds = new Set(value.map((item) => (isRecord(item) ? item.kind : undefined)));
  if (kinds.size !== 1) return undefined;
  const kind = [...kinds][0];
  return typeof kind === 'string' ? kind : undefined;
}

function projectOf(selfLink: unknown): string | undefined {
  return typeof selfLink === 'string' ? /\/projects\/([^/]+)\//.exec(selfLink)?.[1] : undefined;
}

/**
 * Reads every `*.json` file of a fixture directory and sorts JSON arrays of compute#instance / compute#route /
 * compute#subnetwork / compute#firewall by content (file names do not matter). The project is taken from the resources' selfLinks.
 * A folder without firewall rules (fixtures written before the firewall checks) gets one synthesised rule per
 * network of its instances that allows everything in, so the firewall is not at fault and such fixtures keep their
 * findings (a real VPC always has the rules that let its cluster work, or the fixture would say otherwise).
 */
export async function seedFromFixture(dir: string): Promise<GceScenario> {
  const scenario: GceScenario = { project: '', instances: [], routes: [], subnetworks: [], firewalls: [] };
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  for (const file of files) {
    let value: unknown;
    try {
      value = JSON.parse(await readFile(join(dir, file), 'utf8'));
    } catch {
      continue;
    }
    const kind = kindOf(value);
    // `gcloud org-policies describe CONSTRAINT --effective --format=json`: served by getEffectivePolicy.
    if (isRecord(value) && typeof value.name === 'string' && /^projects\/[^/]+\/policies\/[^/]+$/.test(value.name)) {
      (scenario.orgPolicies ??= {})[value.name.split('/').pop()!] = value;
      continue;
    }
    if (!Array.isArray(value)) continue;
    if (kind === 'compute#instance') scenario.instances.push(...value);
    else if (kind === 'compute#route') scenario.routes.push(...value);
    else if (kind === 'compute#subnetwork') scenario.subnetworks.push(...value);
    else if (kind === 'compute#firewall') scenario.firewalls!.push(...value);
  }
  const projects = new Set(
    [...scenario.instances, ...scenario.routes, ...scenario.subnetworks]
      .map((r) => projectOf(isRecord(r) ? r.selfLink : undefined))
      .filter((p): p is string => p !== undefined),
  );
  if (projects.size === 0) throw new Error(`seedFromFixture(${dir}): no compute resources with a selfLink found`);
  if (projects.size > 1)
    throw new Error(`seedFromFixture(${dir}): resources of several projects: ${[...projects].join(', ')}`);
  scenario.project = [...projects][0]!;
  if (scenario.firewalls!.length === 0) scenario.firewalls = synthesiseFirewalls(scenario);
  return scenario;
}

/** One allow-everything ingress rule per network of the scenario's instances (see seedFromFixture). */
export function synthesiseFirewalls(scenario: GceScenario): Json[] {
  const networks = new Set<string>();
  for (const instance of scenario.instances) {
    const nics = isRecord(instance) && Array.isArray(instance.networkInterfaces) ? instance.networkInterfaces : [];
    for (const nic of nics) if (isRecord(nic) && typeof nic.network === 'string') networks.add(nic.network);
  }
  return [...networks].sort().map((network, i) => {
    const name = `fake-allow-all-${network.split('/').pop()}`;
    return {
      allowed: [{ IPProtocol: 'all' }],
      creationTimestamp: '2026-01-01T00:00:00.000-08:00',
      direction: 'INGRESS',
      disabled: false,
      id: `70000000000000000${i}`,
      kind: 'compute#firewall',
      name,
      network,
      priority: 1000,
      selfLink: `${API}projects/${scenario.project}/global/firewalls/${name}`,
      sourceRanges: ['0.0.0.0/0'],
    };
  });
}

// ---------------------------------------------------------------------------------------------------------
// Scale scenario
// ---------------------------------------------------------------------------------------------------------

function ipv4(n: number): string {
  return [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

const regionOfZone = (zone: string): string => zone.replace(/-[a-z]$/, '');

/**
 * `n` instances (`node-0000` …) spread round-robin over `zones` (default europe-west4-a/b/c), all with
 * canIpForward true, one NIC in a per-region subnetwork `nodes` of network `k8s-net` (10.<r>.0.0/16); one route
 * per node (`pods-<node>`, destRange = the node's pod CIDR from 10.64.0.0/10, nextHopInstance = the instance),
 * plus the usual subnet and default-internet routes; and the matching `kubectl get nodes -o json` NodeList
 * (providerID gce://project/zone/name, spec.podCIDR, InternalIP).
 */
export function scaleScenario(
  n: number,
  options: { project?: string; zones?: string[] } = {},
): { scenario: GceScenario; nodes: unknown; podNetwork: string } {
  const project = options.project ?? 'acme-scale';
  const zones = options.zones ?? ['europe-west4-a', 'europe-west4-b', 'europe-west4-c'];
  if (zones.length === 0) throw new Error('scaleScenario: no zones');
  if (n > 16_384) throw new Error('scaleScenario: at most 16384 nodes (pod CIDRs are /24s of 10.64.0.0/10)');
  const regions = [...new Set(zones.map(regionOfZone))];
  if (regions.length > 60) throw new Error('scaleScenario: too many regions');
  const network = `${API}projects/${project}/global/networks/k8s-net`;
  const subnetworks = regions.map((region, r) => ({
    kind: 'compute#subnetwork',
    id: String(5_000_000_000_000_000_000n + BigInt(r)),
    creationTimestamp: '2026-09-21T05:40:18.027-07:00',
    name: 'nodes',
    network,
    ipCidrRange: `10.${r}.0.0/16`,
    gatewayAddress: `10.${r}.0.1`,
    region: `${API}projects/${project}/regions/${region}`,
    selfLink: `${API}projects/${project}/regions/${region}/subnetworks/nodes`,
    privateIpGoogleAccess: true,
    purpose: 'PRIVATE',
    stackType: 'IPV4_ONLY',
    fingerprint: 'SYCuAVvM4io=',
  }));
  const routes: Json[] = [
    ...regions.map((_, r) => ({
      kind: 'compute#route',
      id: String(3_000_000_000_000_000_000n + BigInt(r)),
      creationTimestamp: '2026-09-21T05:40:18.027-07:00',
      name: `default-route-subnet-${r}`,
      description: `Default local route to the subnetwork 10.${r}.0.0/16.`,
      network,
      destRange: `10.${r}.0.0/16`,
      nextHopNetwork: network,
      priority: 0,
      selfLink: `${API}projects/${project}/global/routes/default-route-subnet-${r}`,
    })),
    {
      kind: 'compute#route',
      id: '1757569498169095813',
      creationTimestamp: '2026-09-21T05:40:18.027-07:00',
      name: 'default-route-internet',
      description: 'Default route to the Internet.',
      network,
      destRange: '0.0.0.0/0',
      nextHopGateway: `${API}projects/${project}/global/gateways/default-internet-gateway`,
      priority: 1000,
      selfLink: `${API}projects/${project}/global/routes/default-route-internet`,
    },
  ];
  const instances: Json[] = [];
  const nodes: Json[] = [];
  const perRegion = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const name = `node-${String(i).padStart(4, '0')}`;
    const zone = zones[i % zones.length]!;
    const region = regionOfZone(zone);
    const r = regions.indexOf(region);
    const hostIndex = (perRegion.get(region) ?? 0) + 2;
    perRegion.set(region, hostIndex - 1);
    const ip = ipv4(((10 << 24) >>> 0) + (r << 16) + hostIndex);
    const podCidr = `${ipv4(((10 << 24) >>> 0) + (64 << 16) + (i << 8))}/24`;
    const selfLink = `${API}projects/${project}/zones/${zone}/instances/${name}`;
    instances.push({
      kind: 'compute#instance',
      id: String(1_000_000_000_000_000_000n + BigInt(i)),
      creationTimestamp: '2026-09-21T06:10:44.318-07:00',
      name,
      zone: `${API}projects/${project}/zones/${zone}`,
      machineType: `${API}projects/${project}/zones/${zone}/machineTypes/e2-standard-4`,
      status: 'RUNNING',
      canIpForward: true,
      networkInterfaces: [
        {
          kind: 'compute#networkInterface',
          name: 'nic0',
          network,
          subnetwork: `${API}projects/${project}/regions/${region}/subnetworks/nodes`,
          networkIP: ip,
          stackType: 'IPV4_ONLY',
          fingerprint: '5KvlU7j/e4A=',
        },
      ],
      tags: { items: ['k8s-node'], fingerprint: 'yjibK1EIqGc=' },
      metadata: { kind: 'compute#metadata', fingerprint: 'H6GGtPsRYaA=' },
      labels: { cluster: 'scale' },
      selfLink,
    });
    routes.push({
      kind: 'compute#route',
      id: String(6_000_000_000_000_000_000n + BigInt(i)),
      creationTimestamp: '2026-09-21T06:40:12.093-07:00',
      name: `pods-${name}`,
      description: 'flannel host-gw pod route',
      network,
      destRange: podCidr,
      nextHopInstance: selfLink,
      priority: 1000,
      selfLink: `${API}projects/${project}/global/routes/pods-${name}`,
    });
    nodes.push({
      apiVersion: 'v1',
      kind: 'Node',
      metadata: {
        name,
        annotations: {
          'flannel.alpha.coreos.com/backend-data': 'null',
          'flannel.alpha.coreos.com/backend-type': 'host-gw',
          'flannel.alpha.coreos.com/kube-subnet-manager': 'true',
          'flannel.alpha.coreos.com/public-ip': ip,
        },
        labels: {
          'kubernetes.io/hostname': name,
          'kubernetes.io/os': 'linux',
          'kubernetes.io/arch': 'amd64',
          'topology.kubernetes.io/region': region,
          'topology.kubernetes.io/zone': zone,
          'node.kubernetes.io/instance-type': 'e2-standard-4',
        },
      },
      spec: { podCIDR: podCidr, podCIDRs: [podCidr], providerID: `gce://${project}/${zone}/${name}` },
      status: {
        addresses: [
          { type: 'InternalIP', address: ip },
          { type: 'Hostname', address: name },
        ],
        conditions: [
          {
            type: 'NetworkUnavailable',
            status: 'False',
            reason: 'FlannelIsUp',
            message: 'Flannel is running on this node',
          },
          { type: 'Ready', status: 'True', reason: 'KubeletReady', message: 'kubelet is posting ready status' },
        ],
        nodeInfo: { operatingSystem: 'linux', architecture: 'amd64', kubeletVersion: 'v1.30.6' },
      },
    });
  }
  return {
    scenario: {
      project,
      instances,
      routes,
      subnetworks,
      firewalls: synthesiseFirewalls({ project, instances, routes, subnetworks }),
    },
    nodes: { apiVersion: 'v1', kind: 'List', items: nodes, metadata: { resourceVersion: '' } },
    podNetwork: '10.64.0.0/10',
  };
}

// ---------------------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------------------

class ApiError extends Error {
  constructor(
    readonly httpStatus: number,
    message: string,
    readonly reason: string,
    readonly status: string,
    readonly extra: Json = {},
  ) {
    super(message);
  }
  body(): Json {
    return {
      error: {
        code: this.httpStatus,
        message: this.message,
        errors: [{ message: this.message, domain: 'global', reason: this.reason, ...this.extra }],
        status: this.status,
      },
    };
  }
}

const invalid = (field: string, value: string, why: string) =>
  new ApiError(400, `Invalid value for field '${field}': '${value}'. ${why}`, 'invalid', 'INVALID_ARGUMENT');

function permissionFor(path: string): string {
  if (/\/instances(\/|$)/.test(path))
    return /\/instances\/[^/]+$/.test(path) ? 'compute.instances.get' : 'compute.instances.list';
  if (/\/routes(\/|$)/.test(path)) return /\/routes\/[^/]+$/.test(path) ? 'compute.routes.get' : 'compute.routes.list';
  if (/\/firewalls(\/|$)/.test(path))
    return /\/firewalls\/[^/]+$/.test(path) ? 'compute.firewalls.get' : 'compute.firewalls.list';
  if (/\/subnetworks(\/|$)/.test(path))
    return /\/subnetworks\/[^/]+$/.test(path) ? 'compute.subnetworks.get' : 'compute.subnetworks.list';
  if (/:getEffectivePolicy$/.test(path)) return 'orgpolicy.policies.get';
  return 'compute.projects.get';
}

function injectedError(status: number, path: string, project: string): ApiError | string {
  const p = /^\/compute\/v1\/projects\/([^/]+)/.exec(path)?.[1] ?? project;
  switch (status) {
    case 400:
      return new ApiError(400, 'Bad Request', 'badRequest', 'INVALID_ARGUMENT');
    case 401:
      return new ApiError(
        401,
        'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.',
        'authError',
        'UNAUTHENTICATED',
        { location: 'Authorization', locationType: 'header' },
      );
    case 403:
      return new ApiError(
        403,
        `Required '${permissionFor(path)}' permission for 'projects/${p}'`,
        'forbidden',
        'PERMISSION_DENIED',
      );
    case 404:
      return new ApiError(404, `The resource 'projects/${p}' was not found`, 'notFound', 'NOT_FOUND');
    case 429:
      return new ApiError(
        429,
        `Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute' of service 'compute.googleapis.com' for consumer 'project_number:123456789012'.`,
        'rateLimitExceeded',
        'RESOURCE_EXHAUSTED',
      );
    case 500:
      return new ApiError(
        500,
        "Internal error. Please try again or contact Google Support. (Code: '-1234567890123456789')",
        'backendError',
        'INTERNAL',
      );
    case 502:
    case 504:
      // The Google front end answers these with HTML, not a JSON error.
      return `<!DOCTYPE html>\n<html lang=en>\n  <meta charset=utf-8>\n  <title>Error ${status} (Server Error)!!1</title>\n  <p><b>${status}.</b> <ins>That’s an error.</ins>\n  <p>The server encountered a temporary error and could not complete your request.<p>Please try again in 30 seconds.  <ins>That’s all we know.</ins>\n`;
    case 503:
      return new ApiError(503, 'The service is currently unavailable.', 'backendError', 'UNAVAILABLE');
    default:
      return new ApiError(status, http.STATUS_CODES[status] ?? 'Error', 'unknown', 'UNKNOWN');
  }
}

/** Upper-case reason phrase, the way operations carry it in `httpErrorMessage` ("SERVICE UNAVAILABLE"). */
const reasonPhrase = (status: number): string => (http.STATUS_CODES[status] ?? 'ERROR').toUpperCase();

/** `projects/{p}/zones/{z}/instances/{n}` from a selfLink, a partial URL or that path itself. */
function instancePath(instance: string): { project: string; zone: string; name: string } {
  const m = /(?:^|\/)projects\/([^/]+)\/zones\/([^/]+)\/instances\/([^/]+)$/.exec(instance);
  if (!m) throw new Error(`not an instance reference: ${instance}`);
  return { project: m[1]!, zone: m[2]!, name: m[3]! };
}

/**
 * The 412 body GCE answers (to instances.insert / instances.update) when the organisation policy
 * `constraints/compute.vmCanIpForward` does not allow IP forwarding for the instance. The wording follows the
 * message GCE reports for this constraint ("Constraint constraints/compute.vmCanIpForward violated for projects/….
 * Enabling IP forwarding is not allowed for projects/…/zones/…/instances/…."), in the usual 412 conditionNotMet
 * envelope of other `constraints/compute.*` violations. Use with `failNext({ path, method: 'PUT', status: 412, body })`.
 */
export function vmCanIpForwardViolation(instanceSelfLink: string): Json {
  const { project, zone, name } = instancePath(instanceSelfLink);
  const message = `Constraint constraints/compute.vmCanIpForward violated for projects/${project}. Enabling IP forwarding is not allowed for projects/${project}/zones/${zone}/instances/${name}.`;
  return new ApiError(412, message, 'conditionNotMet', 'FAILED_PRECONDITION').body();
}

/** `error.errors` of an operation that could not (re)start a VM for lack of capacity in the zone. */
export function zoneResourcePoolExhausted(project: string, zone: string): { code: string; message: string }[] {
  return [
    {
      code: 'ZONE_RESOURCE_POOL_EXHAUSTED',
      message: `The zone 'projects/${project}/zones/${zone}' does not have enough resources available to fulfill the request.  Try a different zone, or try again later.`,
    },
  ];
}

/** `error.errors` of an operation that hit the project's ROUTES quota. */
export function routesQuotaExceeded(limit = 250): { code: string; message: string }[] {
  return [{ code: 'QUOTA_EXCEEDED', message: `Quota 'ROUTES' exceeded.  Limit: ${limit.toFixed(1)} globally.` }];
}

// ---------------------------------------------------------------------------------------------------------
// Filters
// ---------------------------------------------------------------------------------------------------------

type Op = '=' | '!=' | '<' | '>' | '<=' | '>=' | 'eq' | 'ne';
type Comparison = { kind: 'cmp'; field: string; op: Op; value: string };
type Filter = Comparison | { kind: 'and'; terms: Filter[] } | { kind: 'or'; terms: Filter[] };
type Token = { t: 'lp' | 'rp' | 'and' | 'or' | 'op' | 'word' | 'str'; v: string };

function tokenize(text: string): Token[] | undefined {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '(' || c === ')') {
      tokens.push({ t: c === '(' ? 'lp' : 'rp', v: c });
      i++;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      let v = '';
      while (j < text.length && text[j] !== c) {
        if (text[j] === '\\' && j + 1 < text.length) j++;
        v += text[j];
        j++;
      }
      if (j >= text.length) return undefined;
      tokens.push({ t: 'str', v });
      i = j + 1;
    } else if (/[=!<>]/.test(c)) {
      const two = text.slice(i, i + 2);
      const op = ['!=', '<=', '>='].includes(two) ? two : c;
      if (op === '!') return undefined;
      tokens.push({ t: 'op', v: op });
      i += op.length;
    } else {
      const m = /^[^\s()"'=!<>]+/.exec(text.slice(i))!;
      const v = m[0];
      if (v === 'AND') tokens.push({ t: 'and', v });
      else if (v === 'OR') tokens.push({ t: 'or', v });
      else tokens.push({ t: 'word', v });
      i += v.length;
    }
  }
  return tokens;
}

function parseFilter(text: string): Filter | undefined {
  const tokens = tokenize(text);
  if (!tokens || tokens.length === 0) return undefined;
  let pos = 0;
  const peek = () => tokens[pos];
  function orExpr(): Filter | undefined {
    const terms: (Filter | undefined)[] = [andExpr()];
    while (!terms.includes(undefined) && peek()?.t === 'or') {
      pos++;
      terms.push(andExpr());
    }
    if (terms.some((t) => !t)) return undefined;
    return terms.length === 1 ? terms[0] : { kind: 'or', terms: terms as Filter[] };
  }
  function andExpr(): Filter | undefined {
    const terms: (Filter | undefined)[] = [term()];
    while (!terms.includes(undefined)) {
      const next = peek();
      if (next?.t === 'and') {
        pos++;
        terms.push(term());
      } else if (next?.t === 'lp' || next?.t === 'word') {
        terms.push(term()); // implicit AND
      } else break;
    }
    if (terms.some((t) => !t)) return undefined;
    return terms.length === 1 ? terms[0] : { kind: 'and', terms: terms as Filter[] };
  }
  function term(): Filter | undefined {
    const tok = peek();
    if (!tok) return undefined;
    if (tok.t === 'lp') {
      pos++;
      const inner = orExpr();
      if (!inner || peek()?.t !== 'rp') return undefined;
      pos++;
      return inner;
    }
    if (tok.t !== 'word' || !/^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)*$/.test(tok.v)) return undefined;
    pos++;
    const opTok = peek();
    let op: Op;
    if (opTok?.t === 'op') op = opTok.v as Op;
    else if (opTok?.t === 'word' && (opTok.v === 'eq' || opTok.v === 'ne')) op = opTok.v;
    else return undefined;
    pos++;
    const valueTok = peek();
    if (!valueTok || (valueTok.t !== 'word' && valueTok.t !== 'str')) return undefined;
    pos++;
    if (op === 'eq' || op === 'ne') {
      try {
        new RegExp(`^(?:${valueTok.v})$`);
      } catch {
        return undefined;
      }
    }
    return { kind: 'cmp', field: tok.v, op, value: valueTok.v };
  }
  const result = orExpr();
  return result && pos === tokens.length ? result : undefined;
}

function fieldValues(resource: unknown, path: string[]): unknown[] {
  if (path.length === 0) return Array.isArray(resource) ? resource.flatMap((r) => fieldValues(r, [])) : [resource];
  if (Array.isArray(resource)) return resource.flatMap((r) => fieldValues(r, path));
  if (!isRecord(resource)) return [];
  const [head, ...rest] = path as [string, ...string[]];
  return head in resource ? fieldValues(resource[head], rest) : [];
}

/** Resource URLs compare by the part from `projects/`; bare `global/…`, `regions/…`, `zones/…` get the project. */
function normalizeRef(value: string, project: string): string {
  const m = /^https?:\/\/[^/]+\/compute\/(?:v1|beta|alpha)\/(projects\/.*)$/.exec(value);
  if (m) return m[1]!;
  if (/^(global|regions|zones)\//.test(value)) return `projects/${project}/${value}`;
  return value;
}

function matches(filter: Filter, resource: unknown, project: string): boolean {
  if (filter.kind === 'and') return filter.terms.every((t) => matches(t, resource, project));
  if (filter.kind === 'or') return filter.terms.some((t) => matches(t, resource, project));
  return compare(filter, resource, project);
}

function compare(filter: Comparison, resource: unknown, project: string): boolean {
  const values = fieldValues(resource, filter.field.split('.')).filter((v) => v !== null && !isRecord(v));
  const negated = filter.op === '!=' || filter.op === 'ne';
  if (values.length === 0) {
    // Absent booleans read as false, absent fields otherwise as empty.
    values.push(filter.value === 'false' || filter.value === 'true' ? false : '');
  }
  const one = (v: unknown): boolean => {
    const actual = typeof v === 'string' ? normalizeRef(v, project) : String(v);
    const wanted = typeof v === 'string' ? normalizeRef(filter.value, project) : filter.value;
    switch (filter.op) {
      case '=':
      case '!=':
        return actual === wanted;
      case 'eq':
      case 'ne':
        return new RegExp(`^(?:${filter.value})$`).test(String(v));
      default: {
        const a = Number(v);
        const b = Number(filter.value);
        const [x, y] = Number.isNaN(a) || Number.isNaN(b) ? [String(v), filter.value] : [a, b];
        return filter.op === '<' ? x < y : filter.op === '>' ? x > y : filter.op === '<=' ? x <= y : x >= y;
      }
    }
  };
  const any = values.some(one);
  return negated ? !any : any;
}

// ---------------------------------------------------------------------------------------------------------
// Listing
// ---------------------------------------------------------------------------------------------------------

const BASE_PARAMS = new Set([
  '$alt',
  'alt',
  '$prettyPrint',
  'prettyPrint',
  'fields',
  'quotaUser',
  'userIp',
  'key',
  '$fields',
]);
const LIST_PARAMS = new Set([...BASE_PARAMS, 'filter', 'maxResults', 'orderBy', 'pageToken', 'returnPartialSuccess']);
const AGGREGATED_PARAMS = new Set([...LIST_PARAMS, 'includeAllScopes', 'serviceProjectNumber']);

function checkParams(query: Record<string, string>, allowed: Set<string>): void {
  for (const key of Object.keys(query)) {
    if (!allowed.has(key)) {
      throw new ApiError(
        400,
        `Invalid JSON payload received. Unknown name "${key}": Cannot bind query parameter. Field '${key}' could not be found in request message.`,
        'invalid',
        'INVALID_ARGUMENT',
      );
    }
  }
}

interface Page<T> {
  items: T[];
  nextPageToken?: string;
}

function pageOf<T>(all: T[], query: Record<string, string>, listingKey: string, cap: number): Page<T> {
  let size = 500;
  if (query.maxResults !== undefined) {
    const n = Number(query.maxResults);
    if (!/^\d+$/.test(query.maxResults) || n > 500) {
      throw invalid(
        'maxResults',
        query.maxResults,
        n > 500 ? 'Must be less than or equal to 500' : 'Must be a non-negative integer.',
      );
    }
    if (n > 0) size = n;
  }
  size = Math.max(1, Math.min(size, cap));
  let offset = 0;
  if (query.pageToken) {
    let decoded: unknown;
    try {
      decoded = JSON.parse(Buffer.from(query.pageToken, 'base64url').toString('utf8'));
    } catch {
      decoded = undefined;
    }
    if (!isRecord(decoded) || decoded.k !== listingKey || typeof decoded.o !== 'number' || decoded.o < 0) {
      throw invalid('pageToken', query.pageToken, 'Invalid page token.');
    }
    offset = decoded.o;
  }
  const items = all.slice(offset, offset + size);
  const next = offset + size;
  return next < all.length
    ? { items, nextPageToken: Buffer.from(JSON.stringify({ k: listingKey, o: next })).toString('base64url') }
    : { items };
}

function filtered<T>(items: T[], query: Record<string, string>, project: string): T[] {
  let result = items;
  if (query.filter !== undefined && query.filter.trim() !== '') {
    const filter = parseFilter(query.filter);
    if (!filter) throw invalid('filter', query.filter, 'Invalid list filter expression.');
    result = result.filter((r) => matches(filter, r, project));
  }
  if (query.orderBy !== undefined && query.orderBy !== '') {
    const field =
      query.orderBy === 'name' ? 'name' : query.orderBy === 'creationTimestamp desc' ? 'creationTimestamp' : undefined;
    if (!field)
      throw invalid('orderBy', query.orderBy, 'Only ordering by name or creationTimestamp desc is supported.');
    const key = (r: T) => String(isRecord(r) ? (r[field] ?? '') : '');
    result = [...result].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    if (field === 'creationTimestamp') result.reverse();
  }
  return result;
}

const lastSegment = (url: unknown): string => (typeof url === 'string' ? (url.split('/').pop() ?? '') : '');

function scopesOf(scenario: GceScenario): { zones: string[]; regions: string[] } {
  const zoneSet = new Set<string>(scenario.zones ?? []);
  const regionSet = new Set<string>(scenario.regions ?? []);
  if (!scenario.zones) {
    for (const i of scenario.instances) if (isRecord(i)) zoneSet.add(lastSegment(i.zone));
  }
  if (!scenario.regions) {
    for (const s of scenario.subnetworks) if (isRecord(s)) regionSet.add(lastSegment(s.region));
    for (const z of zoneSet) regionSet.add(regionOfZone(z));
  }
  if (!scenario.zones) {
    for (const r of regionSet) for (const s of ['a', 'b', 'c']) zoneSet.add(`${r}-${s}`);
  }
  zoneSet.delete('');
  regionSet.delete('');
  return { zones: [...zoneSet].sort(), regions: [...regionSet].sort() };
}

function noResults(scope: string): Json {
  return {
    warning: {
      code: 'NO_RESULTS_ON_PAGE',
      message: `There are no results for scope '${scope}' on this page.`,
      data: [{ key: 'scope', value: scope }],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Mutations and operations
// ---------------------------------------------------------------------------------------------------------

interface OperationFailure {
  errors: { code: string; message: string; location?: string }[];
  httpErrorStatusCode: number;
  httpErrorMessage: string;
}

interface OperationState {
  resource: Json;
  /** Zone name for zonal operations; undefined for global ones. */
  zone?: string;
  polls: number;
  failure?: OperationFailure;
}

const MUTATION_PARAMS = new Set([...BASE_PARAMS, 'requestId']);
const UPDATE_PARAMS = new Set([...MUTATION_PARAMS, 'mostDisruptiveAllowedAction', 'minimalAction', 'discardLocalSsd']);
const UPDATE_ACTIONS = ['NO_EFFECT', 'REFRESH', 'RESTART'];
/** Fields of an instance that instances.update does not take from the body. */
const INSTANCE_OUTPUT_ONLY = new Set([
  'kind',
  'id',
  'creationTimestamp',
  'name',
  'zone',
  'selfLink',
  'status',
  'statusMessage',
  'cpuPlatform',
  'fingerprint',
  'labelFingerprint',
  'lastStartTimestamp',
  'lastStopTimestamp',
  'lastSuspendedTimestamp',
  'satisfiesPzi',
  'satisfiesPzs',
  'startRestricted',
]);
const ROUTE_NEXT_HOPS = ['nextHopInstance', 'nextHopIp', 'nextHopGateway', 'nextHopIlb', 'nextHopVpnTunnel'] as const;
/** What GCE reports as `tags.fingerprint` for an instance without network tags. */
const EMPTY_TAGS_FINGERPRINT = '42WmSpB8rSM=';
const NAME_RE = /^[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?$/;

/** GCE timestamps: RFC 3339 with milliseconds, in Pacific time (`2026-09-21T06:40:12.093-07:00`). */
function gceTime(ms: number = Date.now()): string {
  return new Date(ms - 7 * 3600_000).toISOString().replace('Z', '-07:00');
}

const randomDigits = (n: number): string => {
  let out = String(1 + (randomBytes(1)[0]! % 9));
  for (const b of randomBytes(n - 1)) out += String(b % 10);
  return out;
};
const hex = (n: number): string =>
  randomBytes(Math.ceil(n / 2))
    .toString('hex')
    .slice(0, n);

function isIpv4(text: string): boolean {
  const parts = text.split('.');
  return parts.length === 4 && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255);
}

function isCidr(text: string): boolean {
  const [ip, bits, ...rest] = text.split('/');
  return (
    rest.length === 0 &&
    ip !== undefined &&
    isIpv4(ip) &&
    bits !== undefined &&
    /^\d{1,2}$/.test(bits) &&
    Number(bits) <= 32
  );
}

const required = (field: string) =>
  new ApiError(400, `Required field '${field}' not specified`, 'required', 'INVALID_ARGUMENT');
const notFound = (resource: string) =>
  new ApiError(404, `The resource '${resource}' was not found`, 'notFound', 'NOT_FOUND');

class GceMutator {
  private readonly operationsByName = new Map<string, OperationState>();
  private readonly operationsById = new Map<string, OperationState>();
  private readonly byRequestId = new Map<string, OperationState>();
  readonly failRules: (OperationFailRule & { remaining: number })[] = [];
  private fingerprints = 0;

  constructor(
    private readonly scenario: GceScenario,
    private readonly options: FakeGceOptions,
  ) {}

  operations(): Json[] {
    return [...this.operationsByName.values()].map((s) => structuredClone(s.resource));
  }

  /** Answers operation polls and mutations; undefined for anything else (the GET router's business). */
  handle(method: string, path: string, query: Record<string, string>, body: unknown): FakeResponse | undefined {
    const m = /^\/compute\/v1\/projects\/([^/]+)\/(.*)$/.exec(path);
    if (!m) return undefined;
    const project = decodeURIComponent(m[1]!);
    const rest = m[2]!;
    const seg = rest.split('/').map(decodeURIComponent);
    const forbidden = (permission: string) =>
      new ApiError(
        403,
        `Required '${permission}' permission for 'projects/${project}'`,
        'forbidden',
        'PERMISSION_DENIED',
      );
    const mine = () => project === this.scenario.project;

    // Operations: GET …/operations/{op}, POST …/operations/{op}/wait
    const zonalOp = /^zones\/[^/]+\/operations\/[^/]+(\/wait)?$/.test(rest);
    const globalOp = /^global\/operations\/[^/]+(\/wait)?$/.test(rest);
    if (zonalOp || globalOp) {
      const isWait = rest.endsWith('/wait');
      if (method !== (isWait ? 'POST' : 'GET')) return undefined;
      if (!mine()) throw forbidden(zonalOp ? 'compute.zoneOperations.get' : 'compute.globalOperations.get');
      checkParams(query, BASE_PARAMS);
      const zone = zonalOp ? seg[1]! : undefined;
      const ref = zonalOp ? seg[3]! : seg[2]!;
      const state = this.operationsByName.get(ref) ?? this.operationsById.get(ref);
      if (!state || state.zone !== zone) {
        throw notFound(`projects/${project}/${zone ? `zones/${zone}` : 'global'}/operations/${ref}`);
      }
      return { status: 200, body: this.poll(state) };
    }

    if (method === 'PUT' && /^zones\/[^/]+\/instances\/[^/]+$/.test(rest)) {
      if (!mine()) throw forbidden('compute.instances.update');
      return this.updateInstance(project, seg[1]!, seg[3]!, path, query, body);
    }
    if (method === 'POST' && /^zones\/[^/]+\/instances\/[^/]+\/setTags$/.test(rest)) {
      if (!mine()) throw forbidden('compute.instances.setTags');
      return this.setTags(project, seg[1]!, seg[3]!, path, query, body);
    }
    if (method === 'POST' && rest === 'global/routes') {
      if (!mine()) throw forbidden('compute.routes.create');
      return this.insertRoute(project, path, query, body);
    }
    if (method === 'POST' && rest === 'global/firewalls') {
      if (!mine()) throw forbidden('compute.firewalls.create');
      return this.insertFirewall(project, path, query, body);
    }
    if (method === 'DELETE' && /^global\/routes\/[^/]+$/.test(rest)) {
      if (!mine()) throw forbidden('compute.routes.delete');
      return this.deleteRoute(project, seg[2]!, path, query);
    }
    return undefined;
  }

  private poll(state: OperationState): Json {
    const op = state.resource;
    if (op.status !== 'DONE') {
      state.polls += 1;
      if (state.polls <= (this.options.operationPolls ?? 1)) {
        op.status = 'RUNNING';
        op.startTime ??= gceTime();
      } else {
        op.status = 'DONE';
        op.progress = 100;
        op.startTime ??= gceTime();
        op.endTime = gceTime();
        if (state.failure) {
          op.error = { errors: state.failure.errors };
          op.httpErrorStatusCode = state.failure.httpErrorStatusCode;
          op.httpErrorMessage = state.failure.httpErrorMessage;
        }
      }
      // GCE keeps selfLink last.
      const { selfLink, ...others } = op;
      state.resource = { ...others, selfLink };
    }
    return structuredClone(state.resource);
  }

  private takeFailure(method: string, path: string, zone: string | undefined): OperationFailure | undefined {
    const index = this.failRules.findIndex(
      (r) => (!r.path || r.path.test(path)) && (!r.method || r.method.toUpperCase() === method),
    );
    if (index < 0) return undefined;
    const rule = this.failRules[index]!;
    rule.remaining -= 1;
    if (rule.remaining <= 0) this.failRules.splice(index, 1);
    const errors =
      rule.errors ?? (zone ? zoneResourcePoolExhausted(this.scenario.project, zone) : routesQuotaExceeded());
    const code = errors[0]?.code;
    const status =
      rule.httpErrorStatusCode ??
      (code === 'ZONE_RESOURCE_POOL_EXHAUSTED' ? 503 : code === 'QUOTA_EXCEEDED' ? 403 : 400);
    return { errors, httpErrorStatusCode: status, httpErrorMessage: rule.httpErrorMessage ?? reasonPhrase(status) };
  }

  private replay(method: string, path: string, query: Record<string, string>): FakeResponse | undefined {
    const state = query.requestId ? this.byRequestId.get(`${method} ${path} ${query.requestId}`) : undefined;
    return state ? { status: 200, body: structuredClone(state.resource) } : undefined;
  }

  private startOperation(
    method: string,
    path: string,
    query: Record<string, string>,
    fields: { zone?: string; operationType: string; targetLink: string; targetId: unknown },
    failure: OperationFailure | undefined,
  ): FakeResponse {
    const project = this.scenario.project;
    const name = `operation-${Date.now()}-${hex(13)}-${hex(8)}-${hex(8)}`;
    const scope = fields.zone ? `${API}projects/${project}/zones/${fields.zone}` : `${API}projects/${project}/global`;
    const resource: Json = {
      kind: 'compute#operation',
      id: randomDigits(19),
      name,
      ...(fields.zone ? { zone: scope } : {}),
      operationType: fields.operationType,
      targetLink: fields.targetLink,
      ...(fields.targetId !== undefined ? { targetId: String(fields.targetId) } : {}),
      status: 'PENDING',
      user: this.options.operationUser ?? `fix-apply@${project}.iam.gserviceaccount.com`,
      progress: 0,
      insertTime: gceTime(),
      selfLink: `${scope}/operations/${name}`,
    };
    const state: OperationState = {
      resource,
      polls: 0,
      ...(fields.zone ? { zone: fields.zone } : {}),
      ...(failure ? { failure } : {}),
    };
    this.operationsByName.set(name, state);
    this.operationsById.set(resource.id as string, state);
    if (query.requestId) this.byRequestId.set(`${method} ${path} ${query.requestId}`, state);
    return { status: 200, body: structuredClone(resource) };
  }

  private newFingerprint(): string {
    this.fingerprints += 1;
    return createHash('sha256')
      .update(`fake-gce-fingerprint-${this.fingerprints}-${hex(8)}`)
      .digest()
      .subarray(0, 8)
      .toString('base64');
  }

  private updateInstance(
    project: string,
    zone: string,
    name: string,
    path: string,
    query: Record<string, string>,
    body: unknown,
  ): FakeResponse {
    checkParams(query, UPDATE_PARAMS);
    for (const param of ['mostDisruptiveAllowedAction', 'minimalAction']) {
      const value = query[param];
      if (value !== undefined && !UPDATE_ACTIONS.includes(value))
        throw invalid(param, value, `Must be one of ${UPDATE_ACTIONS.join(', ')}.`);
    }
    const { zones } = scopesOf(this.scenario);
    if (!zones.includes(zone)) throw notFound(`projects/${project}/zones/${zone}`);
    const index = this.scenario.instances.findIndex(
      (i) => isRecord(i) && i.name === name && lastSegment(i.zone) === zone,
    );
    if (index < 0) throw notFound(`projects/${project}/zones/${zone}/instances/${name}`);
    const replayed = this.replay('PUT', path, query);
    if (replayed) return replayed;
    if (!isRecord(body)) throw required('resource');
    if (body.name !== undefined && body.name !== name) {
      throw invalid(
        'resource.name',
        String(body.name),
        'The name in the request body does not match the instance in the URL.',
      );
    }
    const current = this.scenario.instances[index] as Json;
    if (body.fingerprint === undefined || body.fingerprint === '') throw required('resource.fingerprint');
    if (body.fingerprint !== current.fingerprint) {
      const message = 'Supplied fingerprint does not match current metadata fingerprint.';
      throw new ApiError(412, message, 'conditionNotMet', 'FAILED_PRECONDITION', {
        location: 'If-Match',
        locationType: 'header',
      });
    }
    const forwardingChanges = Boolean(body.canIpForward) !== Boolean(current.canIpForward);
    const action = query.mostDisruptiveAllowedAction;
    if (forwardingChanges && (action === 'NO_EFFECT' || action === 'REFRESH')) {
      throw invalid(
        'mostDisruptiveAllowedAction',
        action,
        "Changing 'canIpForward' requires the instance to be restarted; allow RESTART to apply it.",
      );
    }
    const next: Json = { ...current };
    for (const [key, value] of Object.entries(body)) {
      if (!INSTANCE_OUTPUT_ONLY.has(key) && !key.startsWith('_')) next[key] = value;
    }
    if (!('canIpForward' in body)) next.canIpForward = false; // proto3 JSON leaves a false boolean out
    const changed = JSON.stringify(next) !== JSON.stringify(current);
    if (changed) next.fingerprint = this.newFingerprint();
    if (forwardingChanges && current.status === 'RUNNING') next.lastStartTimestamp = gceTime(); // it was restarted
    const failure = this.takeFailure('PUT', path, zone);
    if (!failure) this.scenario.instances[index] = next;
    return this.startOperation(
      'PUT',
      path,
      query,
      { zone, operationType: 'update', targetLink: String(current.selfLink), targetId: current.id },
      failure,
    );
  }

  private setTags(
    project: string,
    zone: string,
    name: string,
    path: string,
    query: Record<string, string>,
    body: unknown,
  ): FakeResponse {
    checkParams(query, MUTATION_PARAMS);
    const { zones } = scopesOf(this.scenario);
    if (!zones.includes(zone)) throw notFound(`projects/${project}/zones/${zone}`);
    const index = this.scenario.instances.findIndex(
      (i) => isRecord(i) && i.name === name && lastSegment(i.zone) === zone,
    );
    if (index < 0) throw notFound(`projects/${project}/zones/${zone}/instances/${name}`);
    const replayed = this.replay('POST', path, query);
    if (replayed) return replayed;
    if (!isRecord(body)) throw required('resource');
    const current = this.scenario.instances[index] as Json;
    const currentTags = isRecord(current.tags) ? current.tags : {};
    const expected = typeof currentTags.fingerprint === 'string' ? currentTags.fingerprint : EMPTY_TAGS_FINGERPRINT;
    const supplied = body.fingerprint ?? '';
    // An instance without tags reports the fingerprint of the empty tag list; sending none is accepted then.
    if (supplied !== expected && !(supplied === '' && expected === EMPTY_TAGS_FINGERPRINT)) {
      const message = 'Supplied fingerprint does not match current metadata fingerprint.';
      throw new ApiError(412, message, 'conditionNotMet', 'FAILED_PRECONDITION', {
        location: 'If-Match',
        locationType: 'header',
      });
    }
    const items = body.items ?? [];
    if (!Array.isArray(items)) throw invalid('resource.items', JSON.stringify(items), 'Must be a list of strings.');
    for (const [i, item] of items.entries()) {
      if (typeof item !== 'string' || !NAME_RE.test(item)) {
        throw invalid(
          `resource.items[${i}]`,
          String(item),
          "Must be a match of regex '(?:[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?)'",
        );
      }
    }
    const unique = [...new Set(items as string[])];
    const next: Json = {
      ...current,
      tags: { ...(unique.length ? { items: unique } : {}), fingerprint: this.newFingerprint() },
      fingerprint: this.newFingerprint(),
    };
    const failure = this.takeFailure('POST', path, zone);
    if (!failure) this.scenario.instances[index] = next;
    return this.startOperation(
      'POST',
      path,
      query,
      { zone, operationType: 'setTags', targetLink: String(current.selfLink), targetId: current.id },
      failure,
    );
  }

  /** A reference in any of GCE's accepted forms → full URL, if it is a `kind` of this project. */
  private fullRef(field: string, value: unknown, kind: RegExp): string {
    if (typeof value !== 'string' || value === '') throw required(field);
    const path = normalizeRef(value, this.scenario.project);
    if (!kind.test(path)) throw invalid(field, value, 'The URL is malformed.');
    return `${API}${path}`;
  }

  private knownNetworks(): Set<string> {
    const out = new Set<string>();
    const add = (v: unknown) => {
      if (typeof v === 'string') out.add(normalizeRef(v, this.scenario.project));
    };
    for (const r of this.scenario.routes) if (isRecord(r)) add(r.network);
    for (const f of this.scenario.firewalls ?? []) if (isRecord(f)) add(f.network);
    for (const s of this.scenario.subnetworks) if (isRecord(s)) add(s.network);
    for (const i of this.scenario.instances) {
      if (isRecord(i) && Array.isArray(i.networkInterfaces))
        for (const n of i.networkInterfaces) if (isRecord(n)) add(n.network);
    }
    return out;
  }

  private insertRoute(project: string, path: string, query: Record<string, string>, body: unknown): FakeResponse {
    checkParams(query, MUTATION_PARAMS);
    const replayed = this.replay('POST', path, query);
    if (replayed) return replayed;
    if (!isRecord(body)) throw required('resource');
    if (typeof body.name !== 'string' || body.name === '') throw required('resource.name');
    if (!NAME_RE.test(body.name)) {
      throw invalid('resource.name', body.name, "Must be a match of regex '(?:[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?)'");
    }
    const network = this.fullRef('resource.network', body.network, /^projects\/[^/]+\/global\/networks\/[^/]+$/);
    if (
      !network.startsWith(`${API}projects/${project}/`) ||
      !this.knownNetworks().has(normalizeRef(network, project))
    ) {
      throw notFound(normalizeRef(network, project));
    }
    if (typeof body.destRange !== 'string' || body.destRange === '') throw required('resource.destRange');
    if (!isCidr(body.destRange))
      throw invalid('resource.destRange', body.destRange, 'Must be a valid IPv4 CIDR range.');
    const priority = body.priority ?? 1000;
    if (typeof priority !== 'number' || !Number.isInteger(priority) || priority < 0 || priority > 65535) {
      throw invalid('resource.priority', String(priority), 'Must be between 0 and 65535.');
    }
    const hops = ROUTE_NEXT_HOPS.filter((h) => body[h] !== undefined && body[h] !== '');
    if (hops.length !== 1) {
      throw invalid(
        'resource',
        String(body.name),
        `A route must have exactly one next hop; found ${hops.length === 0 ? 'none' : hops.join(', ')}.`,
      );
    }
    const hop = hops[0]!;
    let hopValue: string;
    const warnings: Json[] = [];
    if (hop === 'nextHopInstance') {
      hopValue = this.fullRef(
        'resource.nextHopInstance',
        body.nextHopInstance,
        /^projects\/[^/]+\/zones\/[^/]+\/instances\/[^/]+$/,
      );
      if (!this.scenario.instances.some((i) => isRecord(i) && i.selfLink === hopValue)) {
        warnings.push({
          code: 'NEXT_HOP_INSTANCE_NOT_FOUND',
          message: `Next hop instance '${hopValue}' does not exist.`,
          data: [{ key: 'instance', value: hopValue }],
        });
      }
    } else if (hop === 'nextHopIp') {
      hopValue = String(body.nextHopIp);
      if (!isIpv4(hopValue)) throw invalid('resource.nextHopIp', hopValue, 'Must be a valid IPv4 address.');
    } else {
      hopValue = String(body[hop]);
    }
    const tags = body.tags ?? [];
    if (!Array.isArray(tags) || !tags.every((t) => typeof t === 'string'))
      throw invalid('resource.tags', JSON.stringify(tags), 'Must be a list of strings.');
    const selfLink = `${API}projects/${project}/global/routes/${body.name}`;
    if (this.scenario.routes.some((r) => isRecord(r) && r.name === body.name)) {
      throw new ApiError(
        409,
        `The resource 'projects/${project}/global/routes/${body.name}' already exists`,
        'alreadyExists',
        'ALREADY_EXISTS',
      );
    }
    const route: Json = {
      kind: 'compute#route',
      id: randomDigits(19),
      creationTimestamp: gceTime(),
      name: body.name,
      ...(typeof body.description === 'string' && body.description !== '' ? { description: body.description } : {}),
      network,
      destRange: body.destRange,
      priority,
      ...(tags.length ? { tags } : {}),
      [hop]: hopValue,
      selfLink,
      ...(warnings.length ? { warnings } : {}),
    };
    const failure = this.takeFailure('POST', path, undefined);
    if (!failure) this.scenario.routes.push(route);
    return this.startOperation(
      'POST',
      path,
      query,
      { operationType: 'insert', targetLink: selfLink, targetId: route.id },
      failure,
    );
  }

  /**
   * firewalls.insert: validates name, network (one the scenario uses, else 404), direction, priority, ranges,
   * targets and allowed/denied like GCE (400 with GCE-style messages), answers 409 alreadyExists for a taken name,
   * and stores the rule as GCE shows it (full network URL, INGRESS / priority 1000 / 0.0.0.0/0 by default).
   */
  private insertFirewall(project: string, path: string, query: Record<string, string>, body: unknown): FakeResponse {
    checkParams(query, MUTATION_PARAMS);
    const replayed = this.replay('POST', path, query);
    if (replayed) return replayed;
    if (!isRecord(body)) throw required('resource');
    if (typeof body.name !== 'string' || body.name === '') throw required('resource.name');
    if (!NAME_RE.test(body.name)) {
      throw invalid('resource.name', body.name, "Must be a match of regex '(?:[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?)'");
    }
    const network = this.fullRef(
      'resource.network',
      body.network ?? `projects/${project}/global/networks/default`,
      /^projects\/[^/]+\/global\/networks\/[^/]+$/,
    );
    if (
      !network.startsWith(`${API}projects/${project}/`) ||
      !this.knownNetworks().has(normalizeRef(network, project))
    ) {
      throw notFound(normalizeRef(network, project));
    }
    const direction = body.direction ?? 'INGRESS';
    if (direction !== 'INGRESS' && direction !== 'EGRESS')
      throw invalid('resource.direction', String(direction), 'Must be INGRESS or EGRESS.');
    const priority = body.priority ?? 1000;
    if (typeof priority !== 'number' || !Number.isInteger(priority) || priority < 0 || priority > 65535) {
      throw invalid('resource.priority', String(priority), 'Must be between 0 and 65535.');
    }
    const strings = (field: string): string[] | undefined => {
      const value = body[field];
      if (value === undefined) return undefined;
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
        throw invalid(`resource.${field}`, JSON.stringify(value), 'Must be a list of strings.');
      return value as string[];
    };
    const cidrs = (field: string): string[] | undefined => {
      const list = strings(field);
      const bad = list?.find((cidr) => !isCidr(cidr) && !/^[0-9a-f:]+(\/\d{1,3})?$/i.test(cidr));
      if (bad !== undefined) throw invalid(`resource.${field}[]`, bad, 'Must be a valid IPv4 or IPv6 CIDR range.');
      return list;
    };
    const sourceRanges = cidrs('sourceRanges');
    const destinationRanges = cidrs('destinationRanges');
    const sourceTags = strings('sourceTags');
    const targetTags = strings('targetTags');
    const targetServiceAccounts = strings('targetServiceAccounts');
    if (direction === 'EGRESS' && (sourceTags?.length ?? 0) > 0)
      throw invalid('resource.sourceTags', JSON.stringify(sourceTags), 'Source tags cannot be set for EGRESS rules.');
    if ((targetTags?.length ?? 0) > 0 && (targetServiceAccounts?.length ?? 0) > 0) {
      throw invalid('resource', String(body.name), 'Target tags and target service accounts cannot both be set.');
    }
    const protocols = (field: 'allowed' | 'denied'): Json[] | undefined => {
      const value = body[field];
      if (value === undefined) return undefined;
      if (
        !Array.isArray(value) ||
        !value.every((v) => isRecord(v) && typeof v.IPProtocol === 'string' && v.IPProtocol !== '')
      ) {
        throw invalid(`resource.${field}`, JSON.stringify(value), 'Each entry needs an IPProtocol.');
      }
      return (value as Json[]).map((v) => ({
        IPProtocol: v.IPProtocol,
        ...(Array.isArray(v.ports) && v.ports.length ? { ports: v.ports } : {}),
      }));
    };
    const allowed = protocols('allowed');
    const denied = protocols('denied');
    if ((allowed?.length ?? 0) > 0 === (denied?.length ?? 0) > 0)
      throw invalid('resource', String(body.name), 'Exactly one of allowed or denied must be set.');
    const selfLink = `${API}projects/${project}/global/firewalls/${body.name}`;
    if ((this.scenario.firewalls ?? []).some((f) => isRecord(f) && f.name === body.name)) {
      throw new ApiError(
        409,
        `The resource 'projects/${project}/global/firewalls/${body.name}' already exists`,
        'alreadyExists',
        'ALREADY_EXISTS',
      );
    }
    const firewall: Json = {
      kind: 'compute#firewall',
      id: randomDigits(19),
      creationTimestamp: gceTime(),
      name: body.name,
      ...(typeof body.description === 'string' && body.description !== '' ? { description: body.description } : {}),
      network,
      priority,
      direction,
      ...(allowed?.length ? { allowed } : {}),
      ...(denied?.length ? { denied } : {}),
      ...(direction === 'INGRESS'
        ? { sourceRanges: sourceRanges ?? (sourceTags?.length ? undefined : ['0.0.0.0/0']) }
        : {}),
      ...(sourceTags?.length ? { sourceTags } : {}),
      ...(direction === 'EGRESS'
        ? { destinationRanges: destinationRanges ?? ['0.0.0.0/0'] }
        : destinationRanges?.length
          ? { destinationRanges }
          : {}),
      ...(targetTags?.length ? { targetTags } : {}),
      ...(targetServiceAccounts?.length ? { targetServiceAccounts } : {}),
      disabled: body.disabled === true,
      logConfig: { enable: false },
      selfLink,
    };
    if (firewall.sourceRanges === undefined) delete firewall.sourceRanges;
    const failure = this.takeFailure('POST', path, undefined);
    if (!failure) (this.scenario.firewalls ??= []).push(firewall);
    return this.startOperation(
      'POST',
      path,
      query,
      { operationType: 'insert', targetLink: selfLink, targetId: firewall.id },
      failure,
    );
  }

  private deleteRoute(project: string, name: string, path: string, query: Record<string, string>): FakeResponse {
    checkParams(query, MUTATION_PARAMS);
    const replayed = this.replay('DELETE', path, query);
    if (replayed) return replayed;
    const index = this.scenario.routes.findIndex((r) => isRecord(r) && r.name === name);
    if (index < 0) throw notFound(`projects/${project}/global/routes/${name}`);
    const route = this.scenario.routes[index] as Json;
    const failure = this.takeFailure('DELETE', path, undefined);
    if (!failure) this.scenario.routes.splice(index, 1);
    return this.startOperation(
      'DELETE',
      path,
      query,
      { operationType: 'delete', targetLink: `${API}projects/${project}/global/routes/${name}`, targetId: route.id },
      failure,
    );
  }
}

// ---------------------------------------------------------------------------------------------------------
// Server
// ---------------------------------------------------------------------------------------------------------

interface FakeResponse {
  status: number;
  body: Json | string;
  headers?: Record<string, string>;
}

function route(path: string, query: Record<string, string>, scenario: GceScenario, cap: number): FakeResponse {
  const m = /^\/compute\/v1\/projects\/([^/]+)\/(.*)$/.exec(path);
  if (!m) throw new ApiError(404, `The requested URL ${path} was not found on this server.`, 'notFound', 'NOT_FOUND');
  const project = decodeURIComponent(m[1]!);
  const rest = m[2]!.split('/').map(decodeURIComponent);
  const self = `${API}projects/${project}/${m[2]!}`;
  const known =
    /^(aggregated\/(instances|subnetworks)|zones\/[^/]+\/instances(\/[^/]+)?|global\/(routes|firewalls)(\/[^/]+)?|regions\/[^/]+\/subnetworks(\/[^/]+)?)$/.test(
      m[2]!,
    );
  if (!known)
    throw new ApiError(404, `The requested URL ${path} was not found on this server.`, 'notFound', 'NOT_FOUND');
  if (project !== scenario.project) {
    // GCE does not tell "missing" from "forbidden" for other people's projects.
    throw new ApiError(
      403,
      `Required '${permissionFor(path)}' permission for 'projects/${project}'`,
      'forbidden',
      'PERMISSION_DENIED',
    );
  }
  const { zones, regions } = scopesOf(scenario);
  const key = (extra: string) => `${path}|${query.filter ?? ''}|${query.orderBy ?? ''}|${extra}`;
  const inZone = (zone: string) => (i: unknown) => isRecord(i) && lastSegment(i.zone) === zone;
  const inRegion = (region: string) => (s: unknown) => isRecord(s) && lastSegment(s.region) === region;
  const named = (name: string) => (r: unknown) => isRecord(r) && r.name === name;
  const list = (kind: string, items: unknown[]): FakeResponse => {
    checkParams(query, LIST_PARAMS);
    const page = pageOf(filtered(items, query, project), query, key(''), cap);
    return {
      status: 200,
      body: {
        kind,
        id: `projects/${project}/${m[2]!}`,
        ...(page.items.length ? { items: page.items } : {}),
        ...(page.nextPageToken ? { nextPageToken: page.nextPageToken } : {}),
        selfLink: self,
      },
    };
  };
  const get = (items: unknown[], name: string): FakeResponse => {
    checkParams(query, BASE_PARAMS);
    const found = items.find(named(name));
    if (!found)
      throw new ApiError(
        404,
        `The resource 'projects/${project}/${rest.join('/')}' was not found`,
        'notFound',
        'NOT_FOUND',
      );
    return { status: 200, body: found as Json };
  };
  const aggregated = (
    kind: string,
    field: string,
    scopes: string[],
    items: unknown[],
    scopeOf: (r: unknown) => string,
  ): FakeResponse => {
    checkParams(query, AGGREGATED_PARAMS);
    const matching = filtered(items, query, project);
    const ordered = scopes.flatMap((scope) => matching.filter((r) => scopeOf(r) === scope));
    const page = pageOf(ordered, query, key(''), cap);
    const byScope: Json = {};
    for (const scope of scopes) {
      const onPage = page.items.filter((r) => scopeOf(r) === scope);
      byScope[scope] = onPage.length ? { [field]: onPage } : noResults(scope);
    }
    return {
      status: 200,
      body: {
        kind,
        id: `projects/${project}/${m[2]!}`,
        items: byScope,
        ...(page.nextPageToken ? { nextPageToken: page.nextPageToken } : {}),
        selfLink: self,
      },
    };
  };

  const zoneOrFail = (zone: string) => {
    if (!zones.includes(zone))
      throw new ApiError(
        404,
        `The resource 'projects/${project}/zones/${zone}' was not found`,
        'notFound',
        'NOT_FOUND',
      );
  };
  const regionOrFail = (region: string) => {
    if (!regions.includes(region))
      throw new ApiError(
        404,
        `The resource 'projects/${project}/regions/${region}' was not found`,
        'notFound',
        'NOT_FOUND',
      );
  };

  if (rest[0] === 'aggregated' && rest[1] === 'instances') {
    const zoneScopes = zones.map((z) => `zones/${z}`);
    return aggregated(
      'compute#instanceAggregatedList',
      'instances',
      zoneScopes,
      scenario.instances,
      (i) => `zones/${lastSegment(isRecord(i) ? i.zone : undefined)}`,
    );
  }
  if (rest[0] === 'aggregated' && rest[1] === 'subnetworks') {
    const regionScopes = regions.map((r) => `regions/${r}`);
    return aggregated(
      'compute#subnetworkAggregatedList',
      'subnetworks',
      regionScopes,
      scenario.subnetworks,
      (s) => `regions/${lastSegment(isRecord(s) ? s.region : undefined)}`,
    );
  }
  if (rest[0] === 'zones') {
    zoneOrFail(rest[1]!);
    const items = scenario.instances.filter(inZone(rest[1]!));
    return rest[3] === undefined ? list('compute#instanceList', items) : get(items, rest[3]);
  }
  if (rest[0] === 'regions') {
    regionOrFail(rest[1]!);
    const items = scenario.subnetworks.filter(inRegion(rest[1]!));
    return rest[3] === undefined ? list('compute#subnetworkList', items) : get(items, rest[3]);
  }
  if (rest[1] === 'firewalls') {
    const firewalls = scenario.firewalls ?? [];
    return rest[2] === undefined ? list('compute#firewallList', firewalls) : get(firewalls, rest[2]);
  }
  // global/routes
  return rest[2] === undefined ? list('compute#routeList', scenario.routes) : get(scenario.routes, rest[2]);
}

export async function startFakeGce(scenario: GceScenario, options: FakeGceOptions = {}): Promise<FakeGce> {
  const cap = options.maxResultsCap ?? 500;
  const requests: GceRecordedRequest[] = [];
  const rules: (FailRule & { remaining: number })[] = [];
  const mutator = new GceMutator(scenario, options);
  const others = new Map((scenario.projects ?? []).map((other) => [other.project, other]));
  const otherMutators = new Map([...others].map(([project, other]) => [project, new GceMutator(other, options)]));
  const mutations: GceMutation[] = [];
  const pendingTimers = new Set<NodeJS.Timeout>();

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        pendingTimers.delete(timer);
        resolve();
      }, ms);
      pendingTimers.add(timer);
    });

  function send(res: http.ServerResponse, record: GceRecordedRequest, response: FakeResponse): void {
    record.status = response.status;
    const text = typeof response.body === 'string' ? response.body : JSON.stringify(response.body, null, 2);
    const contentType =
      typeof response.body === 'string' ? 'text/html; charset=UTF-8' : 'application/json; charset=UTF-8';
    res.writeHead(response.status, {
      'content-type': contentType,
      vary: 'Origin, X-Origin, Referer',
      ...response.headers,
    });
    res.end(text);
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const query: Record<string, string> = {};
    for (const [k, v] of url.searchParams) query[k] = v;
    const headers: Record<string, string | string[] | undefined> = { ...req.headers };
    const auth = req.headers.authorization;
    const bearer = auth ? /^Bearer\s+(\S+)$/i.exec(auth) : null;
    if (auth !== undefined) headers.authorization = bearer ? 'Bearer [REDACTED]' : '[REDACTED]';
    const record: GceRecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query,
      ...(auth !== undefined ? { authorization: headers.authorization as string } : {}),
      headers,
      status: 0,
    };
    if (bearer) Object.defineProperty(record, 'token', { value: bearer[1], enumerable: false });
    requests.push(record);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let body: unknown;
    let badJson = false;
    if (text !== '') {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
        badJson = true;
      }
    }
    if (record.method !== 'GET') {
      if (text !== '') record.body = body;
      if (!/\/operations\/[^/]+\/wait$/.test(url.pathname))
        mutations.push({ method: record.method, path: url.pathname, body });
    }

    if (!bearer) {
      const message =
        'Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.';
      send(res, record, {
        status: 401,
        body: new ApiError(401, message, 'required', 'UNAUTHENTICATED', {
          location: 'Authorization',
          locationType: 'header',
        }).body(),
        headers: { 'www-authenticate': 'Bearer realm="https://accounts.google.com/"' },
      });
      return;
    }
    if (options.accessToken !== undefined && bearer[1] !== options.accessToken) {
      send(res, record, {
        status: 401,
        body: (injectedError(401, url.pathname, scenario.project) as ApiError).body(),
        headers: { 'www-authenticate': 'Bearer realm="https://accounts.google.com/", error="invalid_token"' },
      });
      return;
    }

    const ruleIndex = rules.findIndex(
      (r) => (!r.path || r.path.test(url.pathname)) && (!r.method || r.method.toUpperCase() === record.method),
    );
    const rule = ruleIndex >= 0 ? rules[ruleIndex] : undefined;
    if (rule) {
      rule.remaining -= 1;
      if (rule.remaining <= 0) rules.splice(ruleIndex, 1);
      if (rule.delayMs) await sleep(rule.delayMs);
      if (rule.dropConnection) {
        req.socket.destroy();
        return;
      }
      if (rule.status !== 200 || rule.body !== undefined) {
        const err = rule.body !== undefined ? undefined : injectedError(rule.status, url.pathname, scenario.project);
        send(res, record, {
          status: rule.status,
          body: err === undefined ? (rule.body as Json) : typeof err === 'string' ? err : err.body(),
          ...(rule.retryAfterSeconds !== undefined
            ? { headers: { 'retry-after': String(rule.retryAfterSeconds) } }
            : {}),
        });
        return;
      }
    }

    try {
      if (badJson) {
        throw new ApiError(
          400,
          `Invalid JSON payload received. Unexpected token.\n${text.slice(0, 40)}\n^`,
          'parseError',
          'INVALID_ARGUMENT',
        );
      }
      const orgPolicy = /^\/v2\/projects\/([^/]+)\/policies\/([^/:]+):getEffectivePolicy$/.exec(url.pathname);
      if (orgPolicy && record.method === 'GET') {
        const [, project, constraint] = orgPolicy as unknown as [string, string, string];
        if (decodeURIComponent(project) !== scenario.project) {
          throw new ApiError(
            403,
            `Permission 'orgpolicy.policies.get' denied on resource 'projects/${project}/policies/${constraint}' (or it may not exist).`,
            'forbidden',
            'PERMISSION_DENIED',
          );
        }
        const policy = scenario.orgPolicies?.[constraint] ?? {
          name: `projects/${project}/policies/${constraint}`,
          spec: { rules: [{ allowAll: true }] },
        };
        send(res, record, { status: 200, body: policy as Json });
        return;
      }
      const named = decodeURIComponent(/^\/compute\/v1\/projects\/([^/]+)/.exec(url.pathname)?.[1] ?? '');
      const answer = (otherMutators.get(named) ?? mutator).handle(record.method, url.pathname, query, body);
      if (answer) {
        send(res, record, answer);
        return;
      }
      if (record.method !== 'GET') {
        send(res, record, {
          status: 405,
          body: new ApiError(
            405,
            `Method ${record.method} not supported by the fake`,
            'httpMethodNotAllowed',
            'UNIMPLEMENTED',
          ).body(),
        });
        return;
      }
      send(res, record, route(url.pathname, query, others.get(named) ?? scenario, cap));
    } catch (err) {
      if (err instanceof ApiError) send(res, record, { status: err.httpStatus, body: err.body() });
      else
        send(res, record, {
          status: 500,
          body: new ApiError(500, `fake-gce bug: ${String(err)}`, 'backendError', 'INTERNAL').body(),
        });
    }
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json; charset=UTF-8' });
        res.end(JSON.stringify(new ApiError(500, `fake-gce bug: ${String(err)}`, 'backendError', 'INTERNAL').body()));
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    scenario,
    requests,
    callCount: (pathPattern: RegExp) => requests.filter((r) => pathPattern.test(r.path)).length,
    failNext(rule: FailRule) {
      rules.push({ ...rule, remaining: rule.times ?? 1 });
    },
    failNextOperation(rule: OperationFailRule = {}) {
      mutator.failRules.push({ ...rule, remaining: rule.times ?? 1 });
    },
    mutations: () => mutations.map((m) => ({ ...m })),
    operations: () => mutator.operations(),
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const timer of pendingTimers) clearTimeout(timer);
        pendingTimers.clear();
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Client helpers
// ---------------------------------------------------------------------------------------------------------

/** Options accepted by every `@google-cloud/compute` v1 client constructor. */
export type GceClientOptions = NonNullable<ConstructorParameters<typeof InstancesClient>[0]>;
type AuthClientOption = NonNullable<GceClientOptions['authClient']>;

/**
 * A real google-auth-library OAuth2Client holding a static, far-future access token: no metadata-server probe,
 * no refresh. Requests go through gaxios exactly as with Application Default Credentials in production, so API
 * errors surface the production way (a GaxiosError with the HTTP status in `code` and `status`).
 */
export function fakeGceAuthClient(token: string = FAKE_GCE_TOKEN): OAuth2Client {
  const client = new OAuth2Client();
  client.setCredentials({
    access_token: token,
    expiry_date: Date.now() + 365 * 24 * 3600 * 1000,
    token_type: 'Bearer',
  });
  return client;
}

/**
 * A minimal non-gaxios auth client (what google-gax's REST transport needs: `getRequestHeaders` and `fetch`),
 * backed by the global `fetch`. Non-2xx answers then reach google-gax's own decoder, so errors surface as
 * GoogleError with the gRPC code (403 -> 7) and gax's default retry policy applies (UNAVAILABLE is retried).
 * `token: null` sends no Authorization header at all.
 */
export function bareFetchAuthClient(token: string | null = FAKE_GCE_TOKEN): AuthClientOption {
  const authHeaders = (): Headers => new Headers(token === null ? {} : { authorization: `Bearer ${token}` });
  const client = {
    universeDomain: 'googleapis.com',
    async getRequestHeaders(): Promise<Headers> {
      return authHeaders();
    },
    fetch(
      input: string | URL,
      init: RequestInit & { agent?: unknown; responseType?: unknown } = {},
    ): Promise<globalThis.Response> {
      const { agent: _agent, responseType: _responseType, ...rest } = init;
      const headers = new Headers(rest.headers);
      for (const [k, v] of authHeaders()) headers.set(k, v);
      return fetch(input, { ...rest, headers });
    },
  };
  return client as unknown as AuthClientOption;
}

/** Constructor options that point a real `@google-cloud/compute` v1 client at the fake (REST over plain HTTP). */
export function fakeGceClientOptions(
  fake: Pick<FakeGce, 'port'>,
  authClient: AuthClientOption = fakeGceAuthClient(),
): GceClientOptions {
  return { fallback: true, protocol: 'http', apiEndpoint: '127.0.0.1', port: fake.port, authClient };
}
