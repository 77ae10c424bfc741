/**
 * A local fake of Azure Resource Manager (Microsoft.Network: reads, plus the few writes a fix needs) and the Microsoft
 * Entra ID token endpoint, speaking the real wire protocols closely enough for the REAL `@azure/arm-network`
 * (NetworkManagementClient) and `@azure/identity` (ClientSecretCredential, EnvironmentCredential,
 * DefaultAzureCredential). No module mocks: the SDK under test talks HTTPS to this server.
 *
 * TLS. The Azure SDK refuses to send bearer tokens over plain http, so the fake serves HTTPS with a self-signed
 * certificate made by `openssl` at start (EC P-256, SANs: IP 127.0.0.1, IP ::1, DNS localhost,
 * login.microsoftonline.com, management.azure.com). Ways to make the SDK trust it, none of which disables TLS
 * verification:
 *   1. Child process (the end-to-end tests): `NODE_EXTRA_CA_CERTS=<fake.caFile>` in the child's env
 *      (read by node at start-up only, so it cannot be set from inside a running process). `fake.env()` builds
 *      the whole environment.
 *   2. In-process: pass `tlsOptions: { ca: fake.ca }` in BOTH the client options and the credential options
 *      (`fake.clientOptions` / `fake.credentialOptions`). @azure/core-rest-pipeline's tlsPolicy copies it to
 *      `request.tlsSettings` and its node http client builds an `https.Agent({ ...tlsSettings })`. An explicit
 *      `agent: new https.Agent({ ca })` option works as well.
 *
 * Two ways to reach the fake:
 *   a. Direct: ARM `endpoint: fake.url`, credential `authorityHost: fake.url` and `disableInstanceDiscovery: true`.
 *      Without `disableInstanceDiscovery` MSAL first asks the hard-coded
 *      https://login.microsoftonline.com/common/discovery/instance for a non-Microsoft authority host, which fails
 *      offline (untrusted_authority), so EnvironmentCredential / DefaultAzureCredential with only
 *      AZURE_AUTHORITY_HOST set need either `disableInstanceDiscovery: true` in their options or mode b.
 *   b. Proxy ("the real cloud, hijacked"): `HTTPS_PROXY=fake.proxyUrl` makes every Azure SDK request (their
 *      proxyPolicy honours HTTPS_PROXY / NO_PROXY) go through a CONNECT proxy that tunnels any host to this
 *      server, whose certificate also covers login.microsoftonline.com and management.azure.com. The code under
 *      test then needs NO endpoint/authority configuration at all: the default https://management.azure.com and
 *      https://login.microsoftonline.com both land here (URLs in responses follow the request's Host header).
 *      The SDK ignores `tlsOptions` when a proxy is used, so this mode needs NODE_EXTRA_CA_CERTS (child process).
 *
 * Entra ID (paths are relative to the authority host; {tenant} must be `fake.tenantId`, case-insensitive):
 *   GET  /{tenant}/v2.0/.well-known/openid-configuration   (MSAL fetches it first; issuer is on the same origin,
 *                                                          which MSAL 5 validates)
 *   GET  /{tenant}/.well-known/openid-configuration        (v1 flavour, same content)
 *   GET  /{tenant}/discovery/v2.0/keys                     ({keys: []})
 *   GET  /common/discovery/instance                        (instance discovery, for mode b)
 *   POST /{tenant}/oauth2/v2.0/token                       client_credentials with client_secret only;
 *        wrong client_id → 400 unauthorized_client (AADSTS700016), wrong secret → 401 invalid_client
 *        (AADSTS7000215), scope not ending in /.default → 400 invalid_scope. Success:
 *        {token_type:'Bearer', expires_in:3599, ext_expires_in:3599, access_token:<unsigned JWT-looking string>}.
 *
 * ARM reads (`api-version` is required; subscription and resource group names are case-insensitive):
 *   /subscriptions/{sub}/providers/Microsoft.Network/{networkInterfaces|routeTables|virtualNetworks|networkSecurityGroups}
 *   /subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.Network/{networkInterfaces|routeTables|virtualNetworks|networkSecurityGroups}[/{name}]
 *   .../routeTables/{rt}/routes[/{name}]
 *   .../virtualNetworks/{vnet}/subnets[/{name}]
 *   .../networkSecurityGroups/{nsg}/securityRules[/{name}]
 *   /subscriptions/{sub}/providers/Microsoft.Authorization/policyAssignments   (the scenario's `policyAssignments`, all of
 *        them, as the subscription listing returns inherited and child-scope assignments too; paged like the others)
 * Lists answer {value: [...], nextLink?} with at most `pageSize` items (default 100); nextLink is an absolute
 * URL on the same origin carrying api-version and an opaque `$skiptoken`. Bodies are in the ARM REST shape
 * ({id, name, type, location, etag, tags, properties: {...}}), converted from the scenario's az CLI shape (see
 * `toArm`). Every ARM request needs `Authorization: Bearer <a token this fake issued>`: missing header → 401
 * AuthenticationFailed, unknown token → 401 InvalidAuthenticationToken (both with a WWW-Authenticate header).
 * Unknown subscription → 404 SubscriptionNotFound, unknown group → 404 ResourceGroupNotFound, unknown resource →
 * 404 ResourceNotFound / ParentResourceNotFound, unmodelled resource type → 404 InvalidResourceType.
 *
 * ARM writes. Exactly the writes a "fix apply" needs are modelled; every other PUT/PATCH/POST/DELETE (NIC, route
 * table, VNet or subnet DELETE, route table or VNet PUT, NIC or subnet creation, tag PATCH, ...) → 403
 * AuthorizationFailed for the `.../write` or `.../delete` action, as for an identity without that permission:
 *   PUT    .../networkInterfaces/{nic}                       update an existing NIC              → 200
 *   PUT    .../routeTables/{rt}/routes/{route}               create → 201 / update → 200
 *   DELETE .../routeTables/{rt}/routes/{route}               → 202 (absent route → 204, no operation)
 *   PUT    .../virtualNetworks/{vnet}/subnets/{subnet}       update an existing subnet           → 200
 *   PUT    .../networkSecurityGroups/{nsg}/securityRules/{rule}  create → 201 / update → 200 (see putSecurityRule)
 * PUT semantics are ARM's: the body replaces the resource (send what GET returned, changed), except server-owned
 * fields (provisioningState, macAddress, virtualMachine, ipConfigurations of a subnet, ...), which are kept. The
 * change is visible at once (lists, the VNet's embedded subnets, a route table's `subnets` back-references) with
 * provisioningState 'Updating' (a deleted route: 'Deleting', removed when its operation succeeds); etags change.
 * Long-running operations as the Network RP does them, and as @azure/arm-network 36's pollers expect (PUTs use
 * resourceLocationConfig 'azure-async-operation', DELETEs 'location'; core-lro prefers Azure-AsyncOperation):
 *   - PUT answers 201/200 with the resource and `Azure-AsyncOperation: {origin}/subscriptions/{sub}/providers/
 *     Microsoft.Network/locations/{location}/operations/{id}?api-version=...`; DELETE answers 202, empty, with
 *     that header and `Location: .../operationResults/{id}?api-version=...`.
 *   - GET .../operations/{id} → 200 {status:'InProgress'} (`lroInProgressPolls` times, default 1), then
 *     {status:'Succeeded'} (or {status:'Failed'|'Canceled', error}); GET .../operationResults/{id} → 202 while
 *     running, then 204 (DELETE) / 200 + resource (PUT). The poller then GETs the resource for PUTs.
 *   - Completion sets provisioningState 'Succeeded' (or 'Failed'). Operations not polled to the end complete by
 *     themselves after `lroAutoCompleteMs`.
 *   - While an operation runs, another write on the same NIC, the same route table (any of its routes, or a subnet
 *     being linked to / unlinked from it) or the same VNet's subnets → 429 AnotherOperationInProgress naming the
 *     running operation's status URL (no Retry-After, so the SDK does not retry it).
 * Validation (400; codes as ARM's where known): body not a JSON object → InvalidRequestFormat; NIC without
 * location → LocationRequired, other location → InvalidResourceLocation, no IP configuration → InvalidRequestFormat,
 * IP configuration without subnet → SubnetIsRequired; route without addressPrefix / unknown nextHopType / bad IP →
 * InvalidRequestFormat, VirtualAppliance without nextHopIpAddress → MissingNextHopIpAddress; subnet without prefix →
 * NoAddressPrefixOrPoolProvided, removing a prefix of a subnet with IP configurations → InUsePrefixCannotBeDeleted,
 * route table that does not exist or is in another region → InvalidResourceReference. `If-Match` with another
 * etag → 412 PreconditionFailed. Unknown route table / VNet → 404 ParentResourceNotFound. Not modelled: the route
 * count limit per table, duplicate prefixes, NSGs.
 * failNext can target one method and resource (`{ path, method: 'PUT', status: 403, code }`). Codes with a
 * special body: RequestDisallowedByPolicy (ARM's Azure Policy deny payload: `target`, the message with "Policy
 * identifiers", `additionalInfo[0]` of type PolicyViolation with the assignment/definition ids and names;
 * overridable via `policy`), LinkedAuthorizationFailed (names the join action on the route table / subnet / NSG
 * the body links to). A 2xx `status` with `operationStatus: 'Failed'` makes the write's operation fail
 * asynchronously. `fake.mutations()` lists every non-GET ARM request with its parsed body.
 *
 * `fake.requests` records every request (including token and discovery calls, and proxied CONNECT targets are
 * visible as `host`), with `authorization` redacted to "<scheme> [REDACTED]".
 */
import { execFile } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ipaddr from 'ipaddr.js';

const execFileAsync = promisify(execFile);

// ---------------------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------------------

/** az CLI shapes (flattened `properties`, `resourceGroup` fields), as in fixtures/azure/*. ARM-shaped objects
 * (with a `properties` object) are accepted too and served unchanged. */
export interface AzureScenario {
  subscriptionId: string;
  nics: unknown[];
  routeTables: unknown[];
  subnets: unknown[];
  vnets: unknown[];
  /** Network security groups (az `network nsg list` shape, or ARM shape); absent = none. */
  nsgs?: unknown[];
  /** Azure Policy assignments (az `policy assignment list` shape, or ARM shape), listed at the subscription. */
  policyAssignments?: unknown[];
}

export interface RecordedAzureRequest {
  method: string;
  /** Path without query string, as requested (for CONNECT: the `host:port` target). */
  path: string;
  query: Record<string, string>;
  /** `<scheme> [REDACTED]`, or undefined when no Authorization header was sent. */
  authorization?: string;
  /** Host header (e.g. `127.0.0.1:PORT`, or `management.azure.com` when reached through the proxy). */
  host?: string;
  /** ARM requests only: whether the bearer token was one this fake issued. */
  tokenAccepted?: boolean;
  /** Token requests only: the requested scope. */
  scope?: string;
  /** Status sent (undefined if the connection was dropped or is still pending). */
  status?: number;
}

export interface FailRule {
  /** Matched against the request path (no query). Without `path` the rule applies to ARM (/subscriptions/...)
   * requests only; with it, to any request whose path matches, including token/discovery endpoints. */
  path?: RegExp;
  /** Only requests with this HTTP method (case-insensitive, e.g. 'PUT'); default: any method. */
  method?: string;
  /** HTTP status to answer. A 2xx/3xx status does not fail: the request is served normally (after `delayMs`). */
  status: number;
  /** Error code in the body; defaults per status (403 AuthorizationFailed, 429 TooManyRequests, ...). For the
   * token endpoint this is the OAuth `error` (default: invalid_client for 401, temporarily_unavailable else). */
  code?: string;
  /** How many matching requests to affect (default 1; Infinity for a permanent condition). */
  times?: number;
  /** Adds `Retry-After: <seconds>`. */
  retryAfterSeconds?: number;
  /** Destroy the socket instead of answering (the SDK sees ECONNRESET / socket hang up). */
  dropConnection?: boolean;
  /** Wait this long before answering (or dropping). */
  delayMs?: number;
  /** With code 'RequestDisallowedByPolicy': overrides of the policy named in the denial (defaults: the built-in
   * "Network interfaces should disable IP forwarding" assigned as 'deny-nic-ipfwd' at subscription scope). */
  policy?: PolicyDenial;
  /** With a 2xx `status` on a modelled write: the write is accepted (201/200/202 + Azure-AsyncOperation) but the
   * long-running operation ends in this status, with error `code` (default InternalServerError) and `message`
   * (default "An error occurred."); the resource is left with provisioningState 'Failed'. */
  operationStatus?: 'Failed' | 'Canceled';
  /** Message of the asynchronous operation error (see operationStatus). */
  message?: string;
}

/** The Azure Policy assignment a simulated RequestDisallowedByPolicy names (all fields optional). */
export interface PolicyDenial {
  /** Default 'deny-nic-ipfwd'. */
  assignmentName?: string;
  /** Default 'Deny IP forwarding on NICs'. */
  assignmentDisplayName?: string;
  /** Default `/subscriptions/{subscription of the request}`. */
  assignmentScope?: string;
  /** Default '/providers/Microsoft.Authorization/policyDefinitions/88c0b9da-ce96-4b03-9635-f29a937e2900'. */
  definitionId?: string;
  /** Default 'Network interfaces should disable IP forwarding'. */
  definitionDisplayName?: string;
  /** Default 'deny'. */
  effect?: string;
  /** Default: `type Equals Microsoft.Network/networkInterfaces` and `enableIPForwarding Equals true`. */
  evaluatedExpressions?: unknown[];
}

/** A non-GET ARM request, as received (also when refused or failed). */
export interface AzureMutation {
  method: string;
  /** Path without query string. */
  path: string;
  /** Parsed JSON body; the raw text if it is not JSON; undefined when there was no body. */
  body: unknown;
}

export interface FakeAzure {
  /** https://127.0.0.1:PORT: ARM endpoint and authority host. */
  url: string;
  /** PEM file of the self-signed certificate (for NODE_EXTRA_CA_CERTS). */
  caFile: string;
  /** PEM text of the same certificate (for `tlsOptions: { ca }`). */
  ca: string;
  /** http://127.0.0.1:PORT: CONNECT proxy tunnelling any host to this server (for HTTPS_PROXY). */
  proxyUrl: string;
  tenantId: string;
  clientId: string;
  clientSecret: string;
  /** Object id reported in AuthorizationFailed messages. */
  objectId: string;
  requests: RecordedAzureRequest[];
  /** Number of recorded requests whose path matches (regex `lastIndex` is reset, so /g regexes are fine). */
  callCount(pathPattern: RegExp): number;
  failNext(rule: FailRule): void;
  /** Drop all pending failNext rules. */
  clearFailures(): void;
  /** Every non-GET/HEAD ARM request so far (PUT/PATCH/POST/DELETE, including refused and failed ones), in order.
   * Operation polling is GET and therefore not included. */
  mutations(): AzureMutation[];
  /** Replace the served resources (e.g. to simulate drift between two runs). */
  setScenario(scenario: AzureScenario): void;
  /** Options for `new NetworkManagementClient(credential, subscriptionId, fake.clientOptions)` in-process. */
  readonly clientOptions: { endpoint: string; tlsOptions: { ca: string } };
  /** Options for `new ClientSecretCredential(tenantId, clientId, secret, fake.credentialOptions)` in-process. */
  readonly credentialOptions: { authorityHost: string; disableInstanceDiscovery: true; tlsOptions: { ca: string } };
  /**
   * Environment for a child process that uses EnvironmentCredential / DefaultAzureCredential:
   * AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET, NODE_EXTRA_CA_CERTS, and
   *  - direct mode (default): AZURE_AUTHORITY_HOST=fake.url (the code under test must also pass
   *    `disableInstanceDiscovery: true` and use `fake.url` as its ARM endpoint);
   *  - `{ proxy: true }`: HTTPS_PROXY=fake.proxyUrl and NO_PROXY='' (no endpoint/authority settings needed).
   */
  env(options?: { proxy?: boolean }): Record<string, string>;
  close(): Promise<void>;
}

export interface FakeAzureOptions {
  /** Items per list page (default 100). */
  pageSize?: number;
  /** How many operation-status polls answer {status:'InProgress'} before the terminal status (default 1). With 1,
   * the SDK's `begin...AndWait` needs no poll delay (begin polls once, pollUntilDone polls again at once); every
   * further InProgress costs one SDK poll interval (default 2 s, `updateIntervalInMs` option). */
  lroInProgressPolls?: number;
  /** A still-running operation is completed (as if polled to the end) once it is this old, so that writes whose
   * poller was never awaited do not lock the resource for ever (default 10000 ms). */
  lroAutoCompleteMs?: number;
  tenantId?: string;
  clientId?: string;
  clientSecret?: string;
}

// ---------------------------------------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------------------------------------

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function typeOf(value: unknown): string {
  return (isRecord(value) ? (str(value.type) ?? '') : '').toLowerCase();
}

const NIC_TYPE = 'microsoft.network/networkinterfaces';
const ROUTE_TABLE_TYPE = 'microsoft.network/routetables';
const SUBNET_TYPE = 'microsoft.network/virtualnetworks/subnets';
const VNET_TYPE = 'microsoft.network/virtualnetworks';
const NSG_TYPE = 'microsoft.network/networksecuritygroups';
const POLICY_ASSIGNMENT_TYPE = 'microsoft.authorization/policyassignments';

/**
 * Reads every *.json array in `dir` and sorts them by the `type` of their items (az-vms.json and nodes.json are
 * ignored). When no virtual network listing is present, VNets are synthesised from the subnets' ids: address
 * space = the /16 (IPv4) or /48 (IPv6) around each subnet prefix, location from the group's other resources.
 * When no NSG listing is present (fixtures written before the firewall checks), the NSGs the NICs and subnets name
 * are synthesised allowing everything, so the firewall is not at fault and such fixtures keep their findings.
 */
export async function seedFromFixture(dir: string): Promise<AzureScenario> {
  const scenario: AzureScenario = { subscriptionId: '', nics: [], routeTables: [], subnets: [], vnets: [], nsgs: [] };
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  for (const file of files) {
    const value: unknown = JSON.parse(await readFile(path.join(dir, file), 'utf8'));
    if (!Array.isArray(value) || value.length === 0) continue;
    const type = typeOf(value[0]);
    if (!value.every((item) => typeOf(item) === type)) continue;
    if (type === NIC_TYPE) scenario.nics.push(...value);
    else if (type === ROUTE_TABLE_TYPE) scenario.routeTables.push(...value);
    else if (type === SUBNET_TYPE) scenario.subnets.push(...value);
    else if (type === VNET_TYPE) scenario.vnets.push(...value);
    else if (type === NSG_TYPE) scenario.nsgs!.push(...value);
    else if (type === POLICY_ASSIGNMENT_TYPE) (scenario.policyAssignments ??= []).push(...value);
  }
  const all = [...scenario.nics, ...scenario.routeTables, ...scenario.subnets, ...scenario.vnets];
  const firstId = all.map((r) => (isRecord(r) ? str(r.id) : undefined)).find((id) => id !== undefined);
  const sub = firstId ? /^\/subscriptions\/([^/]+)/i.exec(firstId)?.[1] : undefined;
  if (!sub) throw new Error(`seedFromFixture: no Microsoft.Network listing with resource ids found in ${dir}`);
  scenario.subscriptionId = sub;
  if (scenario.vnets.length === 0) scenario.vnets = synthesiseVnets(scenario);
  if (scenario.nsgs!.length === 0) scenario.nsgs = synthesiseNsgs(scenario);
  return scenario;
}

/**
 * The NSGs the scenario's NICs and subnets name, each allowing everything in and out (see seedFromFixture): what
 * Resource Manager would return for those ids, with the firewall not at fault.
 */
export function synthesiseNsgs(scenario: AzureScenario): Json[] {
  const nsgs = new Map<string, { location?: string; nics: string[]; subnets: string[] }>();
  const note = (owner: unknown, kind: 'nics' | 'subnets') => {
    if (!isRecord(owner) || !isRecord(owner.networkSecurityGroup)) return;
    const id = str(owner.networkSecurityGroup.id);
    const ownerId = str(owner.id);
    if (!id || !ownerId) return;
    const entry = nsgs.get(id.toLowerCase()) ?? { location: str(owner.location), nics: [], subnets: [] };
    if (!entry[kind].includes(ownerId)) entry[kind].push(ownerId);
    nsgs.set(id.toLowerCase(), entry);
  };
  for (const nic of scenario.nics) note(nic, 'nics');
  const vnetSubnets = scenario.vnets.flatMap((vnet) =>
    isRecord(vnet) && Array.isArray(vnet.subnets) ? vnet.subnets : [],
  );
  for (const subnet of [...scenario.subnets, ...vnetSubnets]) note(subnet, 'subnets');
  const location =
    scenario.nics.map((nic) => (isRecord(nic) ? str(nic.location) : undefined)).find(Boolean) ?? 'westeurope';
  const ids = new Map<string, string>();
  for (const owner of [...scenario.nics, ...scenario.subnets, ...vnetSubnets]) {
    const id = isRecord(owner) && isRecord(owner.networkSecurityGroup) ? str(owner.networkSecurityGroup.id) : undefined;
    if (id && !ids.has(id.toLowerCase())) ids.set(id.toLowerCase(), id);
  }
  return [...nsgs.entries()].map(([key, entry]) => {
    const id = ids.get(key)!;
    const rule = (direction: 'Inbound' | 'Outbound') => ({
      access: 'Allow',
      destinationAddressPrefix: '*',
      destinationPortRange: '*',
      direction,
      id: `${id}/securityRules/FakeAllowAll${direction}`,
      name: `FakeAllowAll${direction}`,
      priority: 100,
      protocol: '*',
      provisioningState: 'Succeeded',
      sourceAddressPrefix: '*',
      sourcePortRange: '*',
      type: 'Microsoft.Network/networkSecurityGroups/securityRules',
    });
    return {
      defaultSecurityRules: [],
      id,
      location: entry.location ?? location,
      name: id.split('/').pop(),
      networkInterfaces: entry.nics.map((nic) => ({ id: nic })),
      provisioningState: 'Succeeded',
      resourceGroup: resourceGroupOf(id),
      securityRules: [rule('Inbound'), rule('Outbound')],
      subnets: entry.subnets.map((subnet) => ({ id: subnet })),
      type: 'Microsoft.Network/networkSecurityGroups',
    };
  });
}

function parentVnetId(subnetId: string): string | undefined {
  const match = /^(.*\/virtualNetworks\/[^/]+)\/subnets\/[^/]+$/i.exec(subnetId);
  return match?.[1];
}

function resourceGroupOf(id: string): string | undefined {
  return /\/resourceGroups\/([^/]+)/i.exec(id)?.[1];
}

function supernet(cidr: string): string {
  try {
    const [addr, len] = ipaddr.parseCIDR(cidr);
    const target = addr.kind() === 'ipv4' ? 16 : 48;
    if (len <= target) return cidr;
    const network =
      addr.kind() === 'ipv4'
        ? ipaddr.IPv4.networkAddressFromCIDR(`${addr.toString()}/${target}`)
        : ipaddr.IPv6.networkAddressFromCIDR(`${addr.toString()}/${target}`);
    return `${network.toString()}/${target}`;
  } catch {
    return cidr;
  }
}

function subnetPrefixes(subnet: Json): string[] {
  const props = isRecord(subnet.properties) ? subnet.properties : subnet;
  const list = Array.isArray(props.addressPrefixes)
    ? props.addressPrefixes.filter((p): p is string => typeof p === 'string')
    : [];
  const single = str(props.addressPrefix);
  return list.length > 0 ? list : single ? [single] : [];
}

function synthesiseVnets(scenario: AzureScenario): unknown[] {
  const byId = new Map<string, { id: string; subnets: Json[] }>();
  for (const subnet of scenario.subnets) {
    if (!isRecord(subnet)) continue;
    const vnetId = parentVnetId(str(subnet.id) ?? '');
    if (!vnetId) continue;
    const entry = byId.get(vnetId.toLowerCase()) ?? { id: vnetId, subnets: [] };
    entry.subnets.push(subnet);
    byId.set(vnetId.toLowerCase(), entry);
  }
  const locationByGroup = new Map<string, string>();
  for (const r of [...scenario.nics, ...scenario.routeTables]) {
    if (!isRecord(r)) continue;
    const group = resourceGroupOf(str(r.id) ?? '')?.toLowerCase();
    const location = str(r.location);
    if (group && location && !locationByGroup.has(group)) locationByGroup.set(group, location);
  }
  return [...byId.values()].map(({ id, subnets }) => {
    const group = resourceGroupOf(id) ?? '';
    const space: string[] = [];
    for (const subnet of subnets) {
      for (const prefix of subnetPrefixes(subnet)) {
        const wide = supernet(prefix);
        if (!space.includes(wide)) space.push(wide);
      }
    }
    const etag = `W/"${uuidFrom(`etag:${id}`)}"`;
    return {
      addressSpace: { addressPrefixes: space },
      enableDdosProtection: false,
      etag,
      id,
      location: locationByGroup.get(group.toLowerCase()) ?? 'westeurope',
      name: id.split('/').pop(),
      provisioningState: 'Succeeded',
      privateEndpointVNetPolicies: 'Disabled',
      resourceGroup: group,
      resourceGuid: uuidFrom(`guid:${id}`),
      subnets: subnets.map((s) => structuredClone(s)),
      type: 'Microsoft.Network/virtualNetworks',
      virtualNetworkPeerings: [],
    };
  });
}

function uuidFrom(seed: string): string {
  const h = createHash('sha256').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

// ---------------------------------------------------------------------------------------------------------
// az CLI shape → ARM REST shape
// ---------------------------------------------------------------------------------------------------------

type Kind = 'nic' | 'ipConfiguration' | 'routeTable' | 'route' | 'vnet' | 'subnet' | 'nsg' | 'securityRule';

/** Top-level (tracked resource) envelope keys; everything else of an az object goes under `properties`. */
const TRACKED_ENVELOPE = [
  'id',
  'name',
  'type',
  'etag',
  'location',
  'tags',
  'extendedLocation',
  'zones',
  'sku',
  'kind',
  'managedBy',
  'identity',
];
const CHILD_ENVELOPE = ['id', 'name', 'type', 'etag'];

/** Newer az CLI (aaz) spellings → the ARM REST serializedName (from @azure/arm-network's mappers.js). */
const RENAMES: Record<string, string> = {
  enableIpForwarding: 'enableIPForwarding',
  privateIpAddress: 'privateIPAddress',
  privateIpAddressVersion: 'privateIPAddressVersion',
  privateIpAllocationMethod: 'privateIPAllocationMethod',
  privateIpAddressPrefixLength: 'privateIPAddressPrefixLength',
  publicIpAddress: 'publicIPAddress',
};
const RENAMING_KINDS: ReadonlySet<Kind> = new Set(['nic', 'ipConfiguration']);

/** Strip az's `resourceGroup` decorations and nulls from plain nested values (references, settings). */
function clean(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clean);
  if (!isRecord(value)) return value;
  const out: Json = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === null || v === undefined) continue;
    if (key === 'resourceGroup') continue;
    out[key] = clean(v);
  }
  return out;
}

export function toArm(value: unknown, kind: Kind): Json {
  if (!isRecord(value)) throw new Error(`fake-azure: ${kind} is not an object`);
  if (isRecord(value.properties)) return clean(value) as Json; // already ARM-shaped
  const envelopeKeys =
    kind === 'nic' || kind === 'routeTable' || kind === 'vnet' || kind === 'nsg' ? TRACKED_ENVELOPE : CHILD_ENVELOPE;
  const out: Json = {};
  const properties: Json = {};
  for (const [rawKey, v] of Object.entries(value)) {
    if (v === null || v === undefined || rawKey === 'resourceGroup') continue;
    if (envelopeKeys.includes(rawKey)) {
      out[rawKey] = clean(v);
      continue;
    }
    const key = RENAMING_KINDS.has(kind) ? (RENAMES[rawKey] ?? rawKey) : rawKey;
    properties[key] = convertChild(kind, key, v);
  }
  out.properties = properties;
  return out;
}

function convertChild(kind: Kind, key: string, value: unknown): unknown {
  const childKind: Kind | undefined =
    kind === 'nic' && key === 'ipConfigurations'
      ? 'ipConfiguration'
      : kind === 'routeTable' && key === 'routes'
        ? 'route'
        : kind === 'vnet' && key === 'subnets'
          ? 'subnet'
          : kind === 'nsg' && (key === 'securityRules' || key === 'defaultSecurityRules')
            ? 'securityRule'
            : undefined;
  if (childKind && Array.isArray(value)) return value.map((item) => toArm(item, childKind));
  if (kind === 'ipConfiguration' && key === 'subnet' && isRecord(value)) return { id: value.id }; // ARM sends a SubResource
  return clean(value);
}

// ---------------------------------------------------------------------------------------------------------
// Certificate
// ---------------------------------------------------------------------------------------------------------

async function makeCertificate(): Promise<{
  dir: string;
  keyFile: string;
  certFile: string;
  key: string;
  cert: string;
}> {
  const dir = await mkdtemp(path.join(tmpdir(), 'fake-azure-'));
  const keyFile = path.join(dir, 'key.pem');
  const certFile = path.join(dir, 'ca.pem');
  await execFileAsync('openssl', [
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-keyout',
    keyFile,
    '-out',
    certFile,
    '-days',
    '2',
    '-subj',
    '/CN=127.0.0.1',
    '-addext',
    'subjectAltName=IP:127.0.0.1,IP:::1,DNS:localhost,DNS:login.microsoftonline.com,DNS:management.azure.com',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,digitalSignature,keyCertSign',
    '-addext',
    'extendedKeyUsage=serverAuth',
  ]);
  return { dir, keyFile, certFile, key: await readFile(keyFile, 'utf8'), cert: await readFile(certFile, 'utf8') };
}

// ---------------------------------------------------------------------------------------------------------
// Server
// ---------------------------------------------------------------------------------------------------------

type Collection = 'networkInterfaces' | 'routeTables' | 'virtualNetworks' | 'networkSecurityGroups';

/** A policy assignment as ARM lists it: envelope fields on top, the rest under `properties`. */
function toArmAssignment(value: unknown): Json {
  if (!isRecord(value)) throw new Error('fake-azure: policy assignment is not an object');
  if (isRecord(value.properties)) return clean(value) as Json;
  const out: Json = {};
  const properties: Json = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === null || v === undefined || key === 'resourceGroup') continue;
    if (['id', 'name', 'type', 'location', 'identity', 'systemData'].includes(key)) out[key] = clean(v);
    else properties[key] = clean(v);
  }
  out.properties = properties;
  return out;
}

interface Store {
  subscriptionId: string;
  groups: Set<string>; // lower-case
  networkInterfaces: Json[];
  routeTables: Json[];
  virtualNetworks: Json[];
  subnets: Json[];
  networkSecurityGroups: Json[];
  policyAssignments: Json[];
}

function idOf(resource: Json): string {
  return str(resource.id) ?? '';
}

function buildStore(scenario: AzureScenario): Store {
  const nics = scenario.nics.map((n) => toArm(structuredClone(n), 'nic'));
  const routeTables = scenario.routeTables.map((r) => toArm(structuredClone(r), 'routeTable'));
  const subnets = scenario.subnets.map((s) => toArm(structuredClone(s), 'subnet'));
  const nsgs = (scenario.nsgs ?? []).map((n) => toArm(structuredClone(n), 'nsg'));
  const known = new Set(subnets.map((s) => idOf(s).toLowerCase()));
  const vnets = scenario.vnets.map((v) => toArm(structuredClone(v), 'vnet'));
  for (const vnet of vnets) {
    const props = vnet.properties as Json;
    const own = Array.isArray(props.subnets) ? (props.subnets as Json[]) : [];
    for (const s of own) {
      if (!known.has(idOf(s).toLowerCase())) {
        subnets.push(s);
        known.add(idOf(s).toLowerCase());
      }
    }
  }
  // The subnets listing is the source of truth; a VNet embeds all of its subnets.
  for (const vnet of vnets) {
    const prefix = `${idOf(vnet).toLowerCase()}/subnets/`;
    (vnet.properties as Json).subnets = subnets.filter((s) => idOf(s).toLowerCase().startsWith(prefix));
  }
  const groups = new Set<string>();
  for (const r of [...nics, ...routeTables, ...vnets, ...subnets, ...nsgs]) {
    const group = resourceGroupOf(idOf(r));
    if (group) groups.add(group.toLowerCase());
  }
  const policyAssignments = (scenario.policyAssignments ?? []).map((a) => toArmAssignment(structuredClone(a)));
  return {
    subscriptionId: scenario.subscriptionId,
    groups,
    networkInterfaces: nics,
    routeTables,
    virtualNetworks: vnets,
    subnets,
    networkSecurityGroups: nsgs,
    policyAssignments,
  };
}

const COLLECTIONS: Record<string, Collection> = {
  networkinterfaces: 'networkInterfaces',
  routetables: 'routeTables',
  virtualnetworks: 'virtualNetworks',
  networksecuritygroups: 'networkSecurityGroups',
};

const DEFAULT_CODES: Record<number, string> = {
  400: 'BadRequest',
  401: 'InvalidAuthenticationToken',
  403: 'AuthorizationFailed',
  404: 'ResourceNotFound',
  408: 'RequestTimeout',
  409: 'Conflict',
  429: 'TooManyRequests',
  500: 'InternalServerError',
  502: 'BadGateway',
  503: 'ServiceUnavailable',
  504: 'GatewayTimeout',
};

class ArmError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

interface ParsedArm {
  sub: string;
  group?: string;
  collection?: Collection;
  /** Raw resource type segment(s) after Microsoft.Network, e.g. "networkInterfaces" or "routeTables/routes". */
  typePath: string;
  name?: string;
  child?: 'routes' | 'subnets' | 'securityRules';
  childName?: string;
  /** The action an AuthorizationFailed message names, e.g. Microsoft.Network/networkInterfaces/read. */
  action: string;
  /** The scope an AuthorizationFailed message names. */
  scope: string;
}

function parseArmPath(pathname: string, method: string): ParsedArm | undefined {
  const seg = pathname
    .split('/')
    .filter((s) => s.length > 0)
    .map((s) => decodeURIComponent(s));
  if (seg[0]?.toLowerCase() !== 'subscriptions' || seg[1] === undefined) return undefined;
  const sub = seg[1];
  let i = 2;
  let group: string | undefined;
  if (seg[i]?.toLowerCase() === 'resourcegroups' && seg[i + 1] !== undefined) {
    group = seg[i + 1];
    i += 2;
  }
  const scopeBase = group ? `/subscriptions/${sub}/resourceGroups/${group}` : `/subscriptions/${sub}`;
  const verb = method === 'GET' || method === 'HEAD' ? 'read' : method === 'DELETE' ? 'delete' : 'write';
  if (seg[i]?.toLowerCase() !== 'providers' || seg[i + 1] === undefined) {
    return {
      sub,
      group,
      typePath: '',
      action: group
        ? `Microsoft.Resources/subscriptions/resourceGroups/${verb}`
        : `Microsoft.Resources/subscriptions/${verb}`,
      scope: scopeBase,
    };
  }
  const namespace = seg[i + 1]!;
  const rest = seg.slice(i + 2);
  const collection =
    namespace.toLowerCase() === 'microsoft.network' ? COLLECTIONS[rest[0]?.toLowerCase() ?? ''] : undefined;
  const childRaw = rest[2]?.toLowerCase();
  const child =
    childRaw === 'routes' || childRaw === 'subnets'
      ? childRaw
      : childRaw === 'securityrules'
        ? 'securityRules'
        : undefined;
  const typeSegments = rest.filter((_, k) => k % 2 === 0);
  const typePath = typeSegments.join('/');
  const action = `${namespace}/${typePath}/${verb}`;
  const scope = rest.length >= 2 ? `${scopeBase}/providers/${namespace}/${rest.join('/')}` : scopeBase;
  return { sub, group, collection, typePath, name: rest[1], child, childName: rest[3], action, scope };
}

function jwtLike(claims: Json): string {
  const b64 = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url');
  return `${b64({ typ: 'JWT', alg: 'RS256', x5t: 'fake-azure', kid: 'fake-azure' })}.${b64(claims)}.${randomBytes(64).toString('base64url')}`;
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function redact(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const scheme = header.trim().split(/\s+/)[0] ?? '';
  return `${scheme} [REDACTED]`;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A long-running operation started by a modelled write (Azure-AsyncOperation / Location target). */
interface Operation {
  id: string;
  sub: string;
  method: string;
  status: 'InProgress' | 'Succeeded' | 'Failed' | 'Canceled';
  final: 'Succeeded' | 'Failed' | 'Canceled';
  /** InProgress answers still to give before the terminal status. */
  pollsLeft: number;
  startedAt: number;
  endTime?: string;
  statusUrl: string;
  resultUrl: string;
  /** Lower-case ids of the resources this operation keeps busy (AnotherOperationInProgress for others). */
  locks: string[];
  error?: Json;
  onSucceeded(): void;
  onFailed(): void;
  /** The resource as it is now (undefined for deletes). */
  resource(): Json | undefined;
}

/** A validated write, not yet applied. */
interface PendingWrite {
  location: string;
  locks: string[];
  created: boolean;
  apply(): { onSucceeded(): void; onFailed(): void; resource(): Json | undefined };
}

/** Fields a PUT cannot set: taken from the stored resource, whatever the body says (the SDK sends some back). */
const NIC_SERVER_OWNED = [
  'provisioningState',
  'macAddress',
  'primary',
  'vnetEncryptionSupported',
  'defaultOutboundConnectivityEnabled',
  'hostedWorkloads',
  'tapConfigurations',
  'resourceGuid',
  'virtualMachine',
  'privateEndpoint',
];
const IP_CONFIGURATION_SERVER_OWNED = ['provisioningState'];
const ROUTE_SERVER_OWNED = ['provisioningState', 'hasBgpOverride'];
const SUBNET_SERVER_OWNED = [
  'provisioningState',
  'ipConfigurations',
  'privateEndpoints',
  'ipConfigurationProfiles',
  'resourceNavigationLinks',
  'serviceAssociationLinks',
  'purpose',
];
const NEXT_HOP_TYPES = ['VirtualNetworkGateway', 'VnetLocal', 'Internet', 'VirtualAppliance', 'None'];

/**
 * PUT replaces the resource: the new properties are the body's (nulls dropped), except the server-owned keys,
 * which keep their stored values. `refs` are SubResource fields reduced to `{id}` (as ARM stores them).
 */
function replaceProperties(
  existing: Json | undefined,
  incoming: Json,
  serverOwned: readonly string[],
  refs: readonly string[],
): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(incoming)) {
    if (serverOwned.includes(key) || value === null || value === undefined) continue;
    if (refs.includes(key)) {
      const id = isRecord(value) ? str(value.id) : undefined;
      if (id) out[key] = { id };
      continue;
    }
    out[key] = clean(value);
  }
  for (const key of serverOwned) {
    if (existing && existing[key] !== undefined) out[key] = structuredClone(existing[key]);
  }
  return out;
}

function normLocation(location: string): string {
  return location.replace(/\s+/g, '').toLowerCase();
}

function isCidrOrServiceTag(prefix: string): boolean {
  if (/^[A-Za-z][A-Za-z0-9.]*$/.test(prefix)) return true; // service tags (AzureCloud, Storage.WestEurope, ...)
  try {
    ipaddr.parseCIDR(prefix);
    return true;
  } catch {
    return false;
  }
}

export async function startFakeAzure(scenario: AzureScenario, options: FakeAzureOptions = {}): Promise<FakeAzure> {
  const pageSize = options.pageSize ?? 100;
  if (!Number.isInteger(pageSize) || pageSize < 1)
    throw new Error(`fake-azure: pageSize must be a positive integer, got ${pageSize}`);
  const tenantId = options.tenantId ?? randomUUID();
  const clientId = options.clientId ?? randomUUID();
  const clientSecret = options.clientSecret ?? `fake~${randomBytes(24).toString('base64url')}`;
  const objectId = uuidFrom(`oid:${clientId}`);
  const cert = await makeCertificate();

  let store = buildStore(scenario);
  const requests: RecordedAzureRequest[] = [];
  const rules: (FailRule & { remaining: number })[] = [];
  const tokens = new Map<string, { expiresAt: number }>();
  const sockets = new Set<net.Socket>();
  const mutationLog: AzureMutation[] = [];
  const operations = new Map<string, Operation>();
  const lroInProgressPolls = options.lroInProgressPolls ?? 1;
  if (!Number.isInteger(lroInProgressPolls) || lroInProgressPolls < 0)
    throw new Error(`fake-azure: lroInProgressPolls must be a non-negative integer, got ${lroInProgressPolls}`);
  const lroAutoCompleteMs = options.lroAutoCompleteMs ?? 10_000;

  const server = https.createServer({ key: cert.key, cert: cert.cert }, (req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ error: { code: 'InternalServerError', message: `fake-azure: ${String(error)}` } }));
      } else {
        res.destroy();
      }
    });
  });
  server.on('connection', (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  // CONNECT proxy: tunnel every target to the HTTPS server; plain proxied requests (e.g. IMDS probes) get 502.
  const proxy = http.createServer((req, res) => {
    requests.push({ method: req.method ?? 'GET', path: req.url ?? '', query: {}, host: req.headers.host, status: 502 });
    res.writeHead(502, { 'content-type': 'text/plain' });
    res.end('fake-azure proxy only tunnels CONNECT\n');
  });
  proxy.on('connection', (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  proxy.on('connect', (req: http.IncomingMessage, clientSocket: net.Socket, head: Buffer) => {
    requests.push({ method: 'CONNECT', path: req.url ?? '', query: {}, host: req.url, status: 200 });
    const port = (server.address() as AddressInfo).port;
    const upstream = net.connect(port, '127.0.0.1', () => {
      clientSocket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(clientSocket);
      clientSocket.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => clientSocket.destroy());
    clientSocket.on('error', () => upstream.destroy());
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;

  function originOf(req: http.IncomingMessage): string {
    return req.headers.host ? `https://${req.headers.host}` : url;
  }

  function send(
    res: http.ServerResponse,
    record: RecordedAzureRequest,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ): void {
    record.status = status;
    const text = JSON.stringify(body);
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-cache',
      'content-length': String(Buffer.byteLength(text)),
      ...headers,
    });
    res.end(text);
  }

  function armHeaders(req: http.IncomingMessage): Record<string, string> {
    const requestId = randomUUID();
    const clientRequestId = req.headers['x-ms-client-request-id'];
    return {
      'x-ms-request-id': requestId,
      'x-ms-correlation-request-id': typeof clientRequestId === 'string' ? clientRequestId : randomUUID(),
      'x-ms-routing-request-id': `WESTEUROPE:${new Date().toISOString().replace(/[-:.]/g, '')}:${requestId}`,
      'x-ms-ratelimit-remaining-subscription-reads': '249',
      'strict-transport-security': 'max-age=31536000; includeSubDomains',
    };
  }

  function armErrorMessage(status: number, code: string, parsed: ParsedArm | undefined): string {
    if (code === 'AuthorizationFailed') {
      const action = parsed?.action ?? 'Microsoft.Network/read';
      const scope = parsed?.scope ?? '/';
      return `The client '${clientId}' with object id '${objectId}' does not have authorization to perform action '${action}' over scope '${scope}' or the scope is invalid. If access was recently granted, please refresh your credentials.`;
    }
    switch (status) {
      case 429:
        return 'The request is being throttled as the limit has been reached for operation type - Read_ObservationWindow_00:05:00. For more information, see - https://aka.ms/srpthrottlinglimits';
      case 401:
        return 'The access token is invalid.';
      case 404:
        return parsed?.group
          ? `Resource group '${parsed.group}' could not be found.`
          : 'The requested resource was not found.';
      case 500:
        return 'The server encountered an internal error. Please retry the request.';
      case 503:
        return 'The service is temporarily unavailable. Please retry the request.';
      default:
        return `Simulated failure ${status} (${code}).`;
    }
  }

  function takeRule(pathname: string, isArm: boolean, method: string): (FailRule & { remaining: number }) | undefined {
    for (let k = 0; k < rules.length; k++) {
      const rule = rules[k]!;
      if (rule.method !== undefined && rule.method.toUpperCase() !== method) continue;
      let matches: boolean;
      if (rule.path) {
        rule.path.lastIndex = 0;
        matches = rule.path.test(pathname);
      } else {
        matches = isArm;
      }
      if (!matches) continue;
      rule.remaining -= 1;
      if (rule.remaining <= 0) rules.splice(k, 1);
      return rule;
    }
    return undefined;
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const parsedUrl = new URL(req.url ?? '/', 'https://fake.invalid');
    const pathname = parsedUrl.pathname;
    const query: Record<string, string> = {};
    for (const [k, v] of parsedUrl.searchParams) query[k] = v;
    const authHeader = typeof req.headers.authorization === 'string' ? req.headers.authorization : undefined;
    const record: RecordedAzureRequest = { method, path: pathname, query, host: req.headers.host };
    if (authHeader !== undefined) record.authorization = redact(authHeader);
    requests.push(record);
    const body = method === 'POST' || method === 'PUT' || method === 'PATCH' ? await readBody(req) : '';

    const isArm = /^\/subscriptions\//i.test(pathname);
    let payload: unknown;
    if (body !== '') {
      try {
        payload = JSON.parse(body);
      } catch {
        payload = body;
      }
    }
    if (isArm && method !== 'GET' && method !== 'HEAD')
      mutationLog.push({ method, path: pathname, body: structuredClone(payload) });
    const rule = takeRule(pathname, isArm, method);
    if (rule) {
      if (rule.delayMs) await sleep(rule.delayMs);
      if (rule.dropConnection) {
        req.socket.destroy();
        return;
      }
      if (rule.status >= 400) {
        const headers: Record<string, string> = isArm ? armHeaders(req) : {};
        if (rule.retryAfterSeconds !== undefined) headers['retry-after'] = String(rule.retryAfterSeconds);
        if (isArm) {
          const code = rule.code ?? DEFAULT_CODES[rule.status] ?? 'UnknownError';
          const parsed = parseArmPath(pathname, method);
          if (rule.status === 429) headers['x-ms-failure-cause'] = 'gateway';
          if (rule.status === 401)
            headers['www-authenticate'] =
              `Bearer authorization_uri="${url}/${tenantId}", error="invalid_token", error_description="The access token is invalid."`;
          let error: Json;
          if (code === 'RequestDisallowedByPolicy') error = policyDenialError(pathname, parsed, payload, rule.policy);
          else if (code === 'LinkedAuthorizationFailed')
            error = { code, message: linkedAuthorizationMessage(parsed, payload) };
          else error = { code, message: armErrorMessage(rule.status, code, parsed) };
          send(res, record, rule.status, { error }, headers);
        } else {
          const code =
            rule.code ??
            (rule.status === 401
              ? 'invalid_client'
              : rule.status === 400
                ? 'invalid_request'
                : 'temporarily_unavailable');
          send(
            res,
            record,
            rule.status,
            aadError(code, 'AADSTS50001: Simulated failure by fake-azure.', [50001]),
            headers,
          );
        }
        return;
      }
    }

    if (isArm) return handleArm(req, res, record, method, pathname, query, payload, rule);
    return handleEntra(req, res, record, method, pathname, body);
  }

  function policyDenialError(
    pathname: string,
    parsed: ParsedArm | undefined,
    payload: unknown,
    policy: PolicyDenial = {},
  ): Json {
    const segments = pathname.split('/').filter((x) => x.length > 0);
    const target = decodeURIComponent(segments[segments.length - 1] ?? '');
    const sub = parsed?.sub ?? store.subscriptionId;
    const assignmentName = policy.assignmentName ?? 'deny-nic-ipfwd';
    const assignmentDisplayName = policy.assignmentDisplayName ?? 'Deny IP forwarding on NICs';
    const assignmentScope = policy.assignmentScope ?? `/subscriptions/${sub}`;
    const assignmentId = `${assignmentScope}/providers/Microsoft.Authorization/policyAssignments/${assignmentName}`;
    const definitionId =
      policy.definitionId ??
      '/providers/Microsoft.Authorization/policyDefinitions/88c0b9da-ce96-4b03-9635-f29a937e2900';
    const definitionName = definitionId.split('/').pop() ?? definitionId;
    const definitionDisplayName = policy.definitionDisplayName ?? 'Network interfaces should disable IP forwarding';
    const resourceType = parsed?.typePath
      ? `Microsoft.Network/${parsed.typePath}`
      : 'Microsoft.Network/networkInterfaces';
    const props = isRecord(payload) && isRecord(payload.properties) ? payload.properties : {};
    const forwarding = typeof props.enableIPForwarding === 'boolean' ? props.enableIPForwarding : true;
    const evaluatedExpressions = policy.evaluatedExpressions ?? [
      {
        result: resourceType.toLowerCase() === NIC_TYPE ? 'True' : 'False',
        expressionKind: 'Field',
        expression: 'type',
        path: 'type',
        expressionValue: resourceType,
        targetValue: 'Microsoft.Network/networkInterfaces',
        operator: 'Equals',
      },
      {
        result: forwarding ? 'True' : 'False',
        expressionKind: 'Field',
        expression: 'Microsoft.Network/networkInterfaces/enableIPForwarding',
        path: 'properties.enableIPForwarding',
        expressionValue: forwarding,
        targetValue: 'true',
        operator: 'Equals',
      },
    ];
    const identifiers = JSON.stringify([
      {
        policyAssignment: { name: assignmentDisplayName, id: assignmentId },
        policyDefinition: { name: definitionDisplayName, id: definitionId },
      },
    ]);
    return {
      code: 'RequestDisallowedByPolicy',
      target,
      message: `Resource '${target}' was disallowed by policy. Policy identifiers: '${identifiers}'.`,
      additionalInfo: [
        {
          type: 'PolicyViolation',
          info: {
            evaluationDetails: { evaluatedExpressions },
            policyDefinitionId: definitionId,
            policyDefinitionName: definitionName,
            policyDefinitionDisplayName: definitionDisplayName,
            policyDefinitionEffect: policy.effect ?? 'deny',
            policyAssignmentId: assignmentId,
            policyAssignmentName: assignmentName,
            policyAssignmentDisplayName: assignmentDisplayName,
            policyAssignmentScope: assignmentScope,
            policyExemptionIds: [],
          },
        },
      ],
    };
  }

  /** LinkedAuthorizationFailed: write permission on the resource, but no join/action on what the body links to. */
  function linkedAuthorizationMessage(parsed: ParsedArm | undefined, payload: unknown): string {
    const props = isRecord(payload) && isRecord(payload.properties) ? payload.properties : {};
    const refId = (value: unknown): string | undefined => (isRecord(value) ? str(value.id) : undefined);
    const configs = Array.isArray(props.ipConfigurations) ? props.ipConfigurations : [];
    const firstConfig = configs.find(isRecord);
    let linked: [string, string] | undefined;
    const routeTableId = refId(props.routeTable);
    const nsgId = refId(props.networkSecurityGroup);
    const subnetId = firstConfig && isRecord(firstConfig.properties) ? refId(firstConfig.properties.subnet) : undefined;
    if (routeTableId) linked = ['Microsoft.Network/routeTables/join/action', routeTableId];
    else if (subnetId) linked = ['Microsoft.Network/virtualNetworks/subnets/join/action', subnetId];
    else if (nsgId) linked = ['Microsoft.Network/networkSecurityGroups/join/action', nsgId];
    else linked = ['Microsoft.Network/routeTables/join/action', parsed?.scope ?? '/'];
    return `The client '${clientId}' with object id '${objectId}' has permission to perform action '${parsed?.action ?? 'Microsoft.Network/write'}' on scope '${parsed?.scope ?? '/'}'; however, it does not have permission to perform action(s) '${linked[0]}' on the linked scope(s) '${linked[1]}' (respectively) or the linked scope(s) are invalid.`;
  }

  function aadError(error: string, description: string, codes: number[]): Json {
    const traceId = randomUUID();
    const correlationId = randomUUID();
    return {
      error,
      error_description: `${description}\r\nTrace ID: ${traceId}\r\nCorrelation ID: ${correlationId}\r\nTimestamp: ${new Date().toISOString().replace('T', ' ').slice(0, 19)}Z`,
      error_codes: codes,
      timestamp: new Date().toISOString().replace('T', ' ').slice(0, 19) + 'Z',
      trace_id: traceId,
      correlation_id: correlationId,
    };
  }

  function openIdConfiguration(origin: string): Json {
    const base = `${origin}/${tenantId}`;
    return {
      token_endpoint: `${base}/oauth2/v2.0/token`,
      token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
      jwks_uri: `${base}/discovery/v2.0/keys`,
      response_modes_supported: ['query', 'fragment', 'form_post'],
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: ['RS256'],
      response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
      issuer: `${base}/v2.0`,
      request_uri_parameter_supported: false,
      userinfo_endpoint: `${origin}/oidc/userinfo`,
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
      http_logout_supported: true,
      frontchannel_logout_supported: true,
      end_session_endpoint: `${base}/oauth2/v2.0/logout`,
      claims_supported: [
        'sub',
        'iss',
        'cloud_instance_name',
        'cloud_instance_host_name',
        'cloud_graph_host_name',
        'msgraph_host',
        'aud',
        'exp',
        'iat',
        'auth_time',
        'acr',
        'nonce',
        'preferred_username',
        'name',
        'tid',
        'ver',
        'at_hash',
        'c_hash',
        'email',
      ],
      kerberos_endpoint: `${base}/kerberos`,
      tenant_region_scope: 'EU',
      cloud_instance_name: 'microsoftonline.com',
      cloud_graph_host_name: 'graph.windows.net',
      msgraph_host: 'graph.microsoft.com',
      rbac_url: 'https://pas.windows.net',
    };
  }

  function handleEntra(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    record: RecordedAzureRequest,
    method: string,
    pathname: string,
    body: string,
  ): void {
    const origin = originOf(req);
    const seg = pathname.split('/').filter((s) => s.length > 0);
    const tenant = seg[0] ?? '';
    const rest = seg.slice(1).join('/');

    if (method === 'GET' && tenant.toLowerCase() === 'common' && rest === 'discovery/instance') {
      const host = req.headers.host ?? '';
      send(res, record, 200, {
        tenant_discovery_endpoint: `${origin}/${tenantId}/v2.0/.well-known/openid-configuration`,
        'api-version': '1.1',
        metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
      });
      return;
    }
    const tenantKnown = tenant.toLowerCase() === tenantId.toLowerCase();
    if (
      method === 'GET' &&
      (rest === 'v2.0/.well-known/openid-configuration' || rest === '.well-known/openid-configuration')
    ) {
      if (!tenantKnown) {
        send(
          res,
          record,
          400,
          aadError(
            'invalid_tenant',
            `AADSTS90002: Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`,
            [90002],
          ),
        );
        return;
      }
      send(res, record, 200, openIdConfiguration(origin));
      return;
    }
    if (method === 'GET' && rest === 'discovery/v2.0/keys') {
      send(res, record, 200, { keys: [] });
      return;
    }
    if (method === 'POST' && rest === 'oauth2/v2.0/token') {
      const form = new URLSearchParams(body);
      const scope = form.get('scope') ?? '';
      record.scope = scope;
      if (!tenantKnown) {
        send(
          res,
          record,
          400,
          aadError(
            'invalid_request',
            `AADSTS90002: Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`,
            [90002],
          ),
        );
        return;
      }
      if (form.get('grant_type') !== 'client_credentials') {
        send(
          res,
          record,
          400,
          aadError(
            'unsupported_grant_type',
            `AADSTS70003: The app requested an unsupported grant type '${form.get('grant_type') ?? ''}'.`,
            [70003],
          ),
        );
        return;
      }
      const requestClientId = form.get('client_id') ?? '';
      if (requestClientId.toLowerCase() !== clientId.toLowerCase()) {
        send(
          res,
          record,
          400,
          aadError(
            'unauthorized_client',
            `AADSTS700016: Application with identifier '${requestClientId}' was not found in the directory '${tenantId}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
            [700016],
          ),
        );
        return;
      }
      if (form.get('client_secret') !== clientSecret) {
        send(
          res,
          record,
          401,
          aadError(
            'invalid_client',
            `AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${clientId}'.`,
            [7000215],
          ),
        );
        return;
      }
      if (!scope.split(' ').some((s) => s.endsWith('/.default'))) {
        send(
          res,
          record,
          400,
          aadError(
            'invalid_scope',
            `AADSTS1002012: The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`,
            [1002012],
          ),
        );
        return;
      }
      const now = Math.floor(Date.now() / 1000);
      const audience = scope
        .split(' ')
        .find((s) => s.endsWith('/.default'))!
        .replace(/\/\.default$/, '');
      const accessToken = jwtLike({
        aud: audience,
        iss: `https://sts.windows.net/${tenantId}/`,
        iat: now,
        nbf: now,
        exp: now + 3599,
        aio: randomBytes(16).toString('base64url'),
        appid: clientId,
        appidacr: '1',
        idp: `https://sts.windows.net/${tenantId}/`,
        idtyp: 'app',
        oid: objectId,
        rh: randomBytes(12).toString('base64url'),
        sub: objectId,
        tid: tenantId,
        uti: randomBytes(16).toString('base64url'),
        ver: '1.0',
      });
      tokens.set(accessToken, { expiresAt: (now + 3599) * 1000 });
      send(
        res,
        record,
        200,
        { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: accessToken },
        {
          'x-ms-request-id': randomUUID(),
          'x-ms-ests-server': '2.1.fake-azure',
        },
      );
      return;
    }
    send(
      res,
      record,
      404,
      aadError(
        'invalid_request',
        `AADSTS900561: The endpoint ${method} ${pathname} is not served by fake-azure.`,
        [900561],
      ),
    );
  }

  function handleArm(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    record: RecordedAzureRequest,
    method: string,
    pathname: string,
    query: Record<string, string>,
    payload: unknown,
    rule: FailRule | undefined,
  ): void {
    const headers = armHeaders(req);
    const isWrite = method !== 'GET' && method !== 'HEAD';
    if (isWrite) {
      delete headers['x-ms-ratelimit-remaining-subscription-reads'];
      headers['x-ms-ratelimit-remaining-subscription-writes'] = '1199';
    }
    sweepOperations();
    const fail = (error: ArmError): void => {
      send(
        res,
        record,
        error.status,
        { error: { code: error.code, message: error.message } },
        { ...headers, ...error.headers },
      );
    };
    // Authentication comes first, as in ARM.
    const auth = req.headers.authorization;
    const bearer = typeof auth === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(auth)?.[1] : undefined;
    if (typeof auth !== 'string') {
      fail(
        new ArmError(401, 'AuthenticationFailed', "Authentication failed. The 'Authorization' header is missing.", {
          'www-authenticate': `Bearer authorization_uri="${url}/${tenantId}", error="invalid_token", error_description="The authentication failed because of missing 'Authorization' header."`,
        }),
      );
      return;
    }
    const issued = bearer ? tokens.get(bearer) : undefined;
    record.tokenAccepted = issued !== undefined && issued.expiresAt > Date.now();
    if (!record.tokenAccepted) {
      fail(
        new ArmError(
          401,
          'InvalidAuthenticationToken',
          bearer
            ? 'The access token is invalid.'
            : "Authentication failed. The 'Authorization' header is provided in an invalid format.",
          {
            'www-authenticate': `Bearer authorization_uri="${url}/${tenantId}", error="invalid_token", error_description="The access token is invalid."`,
          },
        ),
      );
      return;
    }
    const parsed = parseArmPath(pathname, method);
    if (!parsed) {
      fail(new ArmError(400, 'InvalidRequestUri', `The request URI '${pathname}' is not valid.`));
      return;
    }
    if (!query['api-version']) {
      fail(
        new ArmError(
          400,
          'MissingApiVersionParameter',
          'The api-version query parameter (?api-version=) is required for all requests.',
        ),
      );
      return;
    }
    const operationMatch =
      /^\/subscriptions\/([^/]+)\/providers\/Microsoft\.Network\/locations\/([^/]+)\/(operations|operationResults)\/([^/]+)$/i.exec(
        pathname,
      );
    if (operationMatch && !isWrite) {
      serveOperation(
        res,
        record,
        headers,
        operationMatch[1]!,
        operationMatch[3]!.toLowerCase() === 'operationresults',
        decodeURIComponent(operationMatch[4]!),
      );
      return;
    }
    if (isWrite) {
      try {
        handleWrite(req, res, record, headers, method, parsed, query, payload, rule);
      } catch (error) {
        if (error instanceof ArmError) fail(error);
        else throw error;
      }
      return;
    }
    if (parsed.sub.toLowerCase() !== store.subscriptionId.toLowerCase()) {
      fail(new ArmError(404, 'SubscriptionNotFound', `The subscription '${parsed.sub}' could not be found.`));
      return;
    }
    if (parsed.group !== undefined && !store.groups.has(parsed.group.toLowerCase())) {
      fail(new ArmError(404, 'ResourceGroupNotFound', `Resource group '${parsed.group}' could not be found.`));
      return;
    }
    if (/^\/subscriptions\/[^/]+\/providers\/Microsoft\.Authorization\/policyAssignments$/i.test(pathname)) {
      send(res, record, 200, page(store.policyAssignments, query, originOf(req), pathname), headers);
      return;
    }
    if (!parsed.collection) {
      fail(
        new ArmError(
          404,
          'InvalidResourceType',
          `The resource type '${parsed.typePath || '(none)'}' could not be found in the namespace 'Microsoft.Network' for api version '${query['api-version']}'. (Not modelled by fake-azure.)`,
        ),
      );
      return;
    }
    try {
      const result = serveCollection(parsed, query, originOf(req), pathname);
      send(res, record, 200, result, headers);
    } catch (error) {
      if (error instanceof ArmError) fail(error);
      else throw error;
    }
  }

  // -------------------------------------------------------------------------------------------------------
  // Writes and long-running operations
  // -------------------------------------------------------------------------------------------------------

  function sendEmpty(
    res: http.ServerResponse,
    record: RecordedAzureRequest,
    status: number,
    headers: Record<string, string>,
  ): void {
    record.status = status;
    res.writeHead(status, { 'cache-control': 'no-cache', 'content-length': '0', ...headers });
    res.end();
  }

  function refused(parsed: ParsedArm): ArmError {
    return new ArmError(403, 'AuthorizationFailed', armErrorMessage(403, 'AuthorizationFailed', parsed));
  }

  function sweepOperations(): void {
    const now = Date.now();
    for (const op of operations.values()) {
      if (op.status === 'InProgress' && now - op.startedAt >= lroAutoCompleteMs) finishOperation(op);
    }
  }

  function finishOperation(op: Operation): void {
    if (op.status !== 'InProgress') return;
    op.status = op.final;
    op.endTime = new Date().toISOString();
    if (op.final === 'Succeeded') op.onSucceeded();
    else op.onFailed();
  }

  function serveOperation(
    res: http.ServerResponse,
    record: RecordedAzureRequest,
    headers: Record<string, string>,
    sub: string,
    isResult: boolean,
    id: string,
  ): void {
    const op = operations.get(id.toLowerCase());
    if (!op || op.sub.toLowerCase() !== sub.toLowerCase()) {
      send(
        res,
        record,
        404,
        { error: { code: 'NotFound', message: `The operation '${id}' could not be found.` } },
        headers,
      );
      return;
    }
    if (op.status === 'InProgress') {
      if (op.pollsLeft > 0) op.pollsLeft -= 1;
      else finishOperation(op);
    }
    if (isResult) {
      // The Location (operationResults) flavour: 202 while running, then the outcome.
      if (op.status === 'InProgress') sendEmpty(res, record, 202, { ...headers, location: op.resultUrl });
      else if (op.status === 'Succeeded') {
        const resource = op.resource();
        if (op.method === 'DELETE' || resource === undefined) sendEmpty(res, record, 204, headers);
        else send(res, record, 200, resource, headers);
      } else send(res, record, 400, { error: op.error }, headers);
      return;
    }
    const body: Json = { status: op.status };
    if (op.status === 'Failed' || op.status === 'Canceled') body.error = op.error;
    send(res, record, 200, body, headers);
  }

  function newEtag(): string {
    return `W/"${randomUUID()}"`;
  }

  function findTop(collection: Collection, parsed: ParsedArm): Json | undefined {
    return store[collection].find(
      (r) => inScope(r, parsed.sub, parsed.group) && (str(r.name) ?? '').toLowerCase() === parsed.name!.toLowerCase(),
    );
  }

  function checkIfMatch(req: http.IncomingMessage, resource: Json): void {
    const ifMatch = req.headers['if-match'];
    if (typeof ifMatch === 'string' && ifMatch !== '*' && ifMatch !== str(resource.etag)) {
      throw new ArmError(
        412,
        'PreconditionFailed',
        `Precondition failed. The etag '${ifMatch}' does not match the current etag of the resource.`,
      );
    }
  }

  function conflictWith(locks: string[]): Operation | undefined {
    for (const op of operations.values()) {
      if (op.status === 'InProgress' && op.locks.some((l) => locks.includes(l))) return op;
    }
    return undefined;
  }

  function handleWrite(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    record: RecordedAzureRequest,
    headers: Record<string, string>,
    method: string,
    parsed: ParsedArm,
    query: Record<string, string>,
    payload: unknown,
    rule: FailRule | undefined,
  ): void {
    const typePath = parsed.typePath.toLowerCase();
    let kind: 'nic' | 'route' | 'routeDelete' | 'subnet' | 'nsgRule' | undefined;
    if (parsed.group !== undefined && parsed.name !== undefined) {
      if (method === 'PUT' && typePath === 'networkinterfaces') kind = 'nic';
      else if (typePath === 'routetables/routes' && parsed.childName !== undefined)
        kind = method === 'PUT' ? 'route' : method === 'DELETE' ? 'routeDelete' : undefined;
      else if (method === 'PUT' && typePath === 'virtualnetworks/subnets' && parsed.childName !== undefined)
        kind = 'subnet';
      else if (method === 'PUT' && typePath === 'networksecuritygroups/securityrules' && parsed.childName !== undefined)
        kind = 'nsgRule';
    }
    if (kind === undefined) throw refused(parsed);
    if (parsed.sub.toLowerCase() !== store.subscriptionId.toLowerCase())
      throw new ArmError(404, 'SubscriptionNotFound', `The subscription '${parsed.sub}' could not be found.`);
    if (!store.groups.has(parsed.group!.toLowerCase()))
      throw new ArmError(404, 'ResourceGroupNotFound', `Resource group '${parsed.group}' could not be found.`);
    let body: Json = {};
    if (method === 'PUT') {
      if (!isRecord(payload)) throw new ArmError(400, 'InvalidRequestFormat', 'Cannot parse the request.');
      body = payload;
    }
    const write =
      kind === 'nic'
        ? putNic(req, parsed, body)
        : kind === 'route'
          ? putRoute(req, parsed, body)
          : kind === 'routeDelete'
            ? deleteRoute(req, parsed)
            : kind === 'nsgRule'
              ? putSecurityRule(req, parsed, body)
              : putSubnet(req, parsed, body);
    if (write === undefined) {
      sendEmpty(res, record, 204, headers); // DELETE of something that is not there
      return;
    }
    const busy = conflictWith(write.locks);
    if (busy) {
      throw new ArmError(
        429,
        'AnotherOperationInProgress',
        `Another operation on this or dependent resource is in progress. To retrieve status of the operation use uri: ${busy.statusUrl}.`,
      );
    }
    const opId = randomUUID();
    const base = `${originOf(req)}/subscriptions/${store.subscriptionId}/providers/Microsoft.Network/locations/${normLocation(write.location)}`;
    const apiVersion = encodeURIComponent(query['api-version'] ?? '');
    const final = rule?.operationStatus ?? 'Succeeded';
    const applied = write.apply();
    const op: Operation = {
      id: opId,
      sub: store.subscriptionId,
      method,
      status: 'InProgress',
      final,
      pollsLeft: lroInProgressPolls,
      startedAt: Date.now(),
      statusUrl: `${base}/operations/${opId}?api-version=${apiVersion}`,
      resultUrl: `${base}/operationResults/${opId}?api-version=${apiVersion}`,
      locks: write.locks,
      error:
        final === 'Succeeded'
          ? undefined
          : {
              code: rule?.code ?? (final === 'Canceled' ? 'Canceled' : 'InternalServerError'),
              message: rule?.message ?? (final === 'Canceled' ? 'Operation was canceled.' : 'An error occurred.'),
              details: [],
            },
      onSucceeded: applied.onSucceeded,
      onFailed: applied.onFailed,
      resource: applied.resource,
    };
    operations.set(opId.toLowerCase(), op);
    const lroHeaders = { ...headers, 'azure-asyncoperation': op.statusUrl, 'azure-asyncnotification': 'Enabled' };
    if (method === 'DELETE') {
      sendEmpty(res, record, 202, { ...lroHeaders, location: op.resultUrl });
      return;
    }
    send(res, record, write.created ? 201 : 200, applied.resource(), lroHeaders);
  }

  /** NIC update (creating NICs is not modelled → 403). Full-replacement PUT semantics, server-owned fields kept. */
  function putNic(req: http.IncomingMessage, parsed: ParsedArm, body: Json): PendingWrite {
    const nic = findTop('networkInterfaces', parsed);
    if (!nic) throw refused(parsed);
    checkIfMatch(req, nic);
    const nicId = idOf(nic);
    const name = str(nic.name) ?? parsed.name!;
    const location = str(body.location);
    if (!location)
      throw new ArmError(400, 'LocationRequired', 'The location property is required for this definition.');
    const existingLocation = str(nic.location) ?? location;
    if (normLocation(location) !== normLocation(existingLocation)) {
      throw new ArmError(
        400,
        'InvalidResourceLocation',
        `The resource '${name}' already exists in location '${existingLocation}' in resource group '${parsed.group}'. A resource with the same name cannot be created in location '${location}'. Please select a new resource name.`,
      );
    }
    const props = isRecord(body.properties) ? body.properties : {};
    const configs = Array.isArray(props.ipConfigurations) ? props.ipConfigurations : [];
    if (configs.length === 0)
      throw new ArmError(
        400,
        'InvalidRequestFormat',
        `Cannot parse the request. (fake-azure: network interface '${name}' would have no IP configuration; a PUT replaces the whole resource, so send the NIC as read.)`,
      );
    const oldProps = isRecord(nic.properties) ? nic.properties : {};
    const oldConfigs = (Array.isArray(oldProps.ipConfigurations) ? oldProps.ipConfigurations : []).filter(isRecord);
    const newConfigs: Json[] = configs.map((config) => {
      const configName = isRecord(config) ? str(config.name) : undefined;
      if (!isRecord(config) || !configName)
        throw new ArmError(
          400,
          'InvalidRequestFormat',
          'Cannot parse the request. (fake-azure: every IP configuration needs a name.)',
        );
      const old = oldConfigs.find((c) => (str(c.name) ?? '').toLowerCase() === configName.toLowerCase());
      const configId = old ? idOf(old) : `${nicId}/ipConfigurations/${configName}`;
      const configProps = isRecord(config.properties) ? config.properties : {};
      const oldConfigProps = old && isRecord(old.properties) ? old.properties : undefined;
      const next = replaceProperties(oldConfigProps, configProps, IP_CONFIGURATION_SERVER_OWNED, [
        'subnet',
        'publicIPAddress',
      ]);
      if (!isRecord(next.subnet) || !str(next.subnet.id))
        throw new ArmError(400, 'SubnetIsRequired', `Subnet reference is required for ipconfiguration ${configId}.`);
      if (next.privateIPAddress === undefined && oldConfigProps?.privateIPAddress !== undefined)
        next.privateIPAddress = oldConfigProps.privateIPAddress; // dynamic allocation keeps its address
      return {
        id: configId,
        name: old ? (str(old.name) ?? configName) : configName,
        type: 'Microsoft.Network/networkInterfaces/ipConfigurations',
        properties: next,
      };
    });
    const nextProps = replaceProperties(oldProps, props, NIC_SERVER_OWNED, [
      'networkSecurityGroup',
      'dscpConfiguration',
    ]);
    nextProps.ipConfigurations = newConfigs;
    if (isRecord(nextProps.dnsSettings) && isRecord(oldProps.dnsSettings)) {
      for (const key of ['appliedDnsServers', 'internalFqdn', 'internalDomainNameSuffix']) {
        if (oldProps.dnsSettings[key] !== undefined)
          nextProps.dnsSettings[key] = structuredClone(oldProps.dnsSettings[key]);
      }
    }
    const index = store.networkInterfaces.indexOf(nic);
    return {
      location: existingLocation,
      locks: [nicId.toLowerCase()],
      created: false,
      apply: () => {
        const etag = newEtag();
        for (const c of newConfigs) {
          c.etag = etag;
          (c.properties as Json).provisioningState = 'Updating';
        }
        nextProps.provisioningState = 'Updating';
        const next: Json = {
          id: nicId,
          name,
          type: str(nic.type) ?? 'Microsoft.Network/networkInterfaces',
          etag,
          location: existingLocation,
        };
        if (isRecord(body.tags)) next.tags = clean(body.tags);
        if (nic.extendedLocation !== undefined) next.extendedLocation = nic.extendedLocation;
        next.properties = nextProps;
        store.networkInterfaces[index] = next;
        const setState = (state: string): void => {
          nextProps.provisioningState = state;
          for (const c of newConfigs) (c.properties as Json).provisioningState = state;
        };
        return { onSucceeded: () => setState('Succeeded'), onFailed: () => setState('Failed'), resource: () => next };
      },
    };
  }

  function routeTableFor(parsed: ParsedArm): Json {
    const table = findTop('routeTables', parsed);
    if (!table)
      throw new ArmError(
        404,
        'ParentResourceNotFound',
        `Can not perform requested operation on nested resource. Parent resource '${parsed.name}' not found.`,
      );
    if (!isRecord(table.properties)) table.properties = {};
    const props = table.properties as Json;
    if (!Array.isArray(props.routes)) props.routes = [];
    return table;
  }

  function restampRouteTable(table: Json): void {
    const etag = newEtag();
    table.etag = etag;
    for (const route of (table.properties as Json).routes as Json[]) route.etag = etag;
  }

  /** Route create (201) / update (200). */
  function putRoute(req: http.IncomingMessage, parsed: ParsedArm, body: Json): PendingWrite {
    const table = routeTableFor(parsed);
    const tableId = idOf(table);
    const routes = (table.properties as Json).routes as Json[];
    const routeName = parsed.childName!;
    const old = routes.find((r) => (str(r.name) ?? '').toLowerCase() === routeName.toLowerCase());
    if (old) checkIfMatch(req, old);
    const props = isRecord(body.properties) ? body.properties : {};
    const prefix = str(props.addressPrefix);
    if (!prefix)
      throw new ArmError(
        400,
        'InvalidRequestFormat',
        `Cannot parse the request. (fake-azure: route '${routeName}' has no addressPrefix.)`,
      );
    if (!isCidrOrServiceTag(prefix))
      throw new ArmError(
        400,
        'InvalidRequestFormat',
        `Cannot parse the request. (fake-azure: route '${routeName}' has an invalid addressPrefix '${prefix}'.)`,
      );
    const hopRaw = str(props.nextHopType);
    const hop = NEXT_HOP_TYPES.find((t) => t.toLowerCase() === hopRaw?.toLowerCase());
    if (!hop)
      throw new ArmError(
        400,
        'InvalidRequestFormat',
        `Cannot parse the request. (fake-azure: route '${routeName}' has nextHopType '${hopRaw ?? ''}'; expected one of ${NEXT_HOP_TYPES.join(', ')}.)`,
      );
    const hopIp = str(props.nextHopIpAddress);
    if (hop === 'VirtualAppliance' && !hopIp)
      throw new ArmError(
        400,
        'MissingNextHopIpAddress',
        `NextHopIpAddress cannot be Null or Empty in route ${routeName} when NextHopType is VirtualAppliance.`,
      );
    if (hopIp !== undefined && hopIp !== '' && !ipaddr.isValid(hopIp))
      throw new ArmError(
        400,
        'InvalidRequestFormat',
        `Cannot parse the request. (fake-azure: nextHopIpAddress '${hopIp}' of route '${routeName}' is not an IP address.)`,
      );
    // One route per prefix and table (kubernetes-sigs/cloud-provider-azure#657 shows the error).
    const rival = routes.find((r) => r !== old && isRecord(r.properties) && str(r.properties.addressPrefix) === prefix);
    if (rival)
      throw new ArmError(
        400,
        'RouteConflict',
        `Route: ${routeName} conflicts with Route: ${str(rival.name) ?? ''}. Routes cannot have the same AddressPrefix.`,
      );
    const oldProps = old && isRecord(old.properties) ? old.properties : undefined;
    const nextProps = replaceProperties(oldProps, props, ROUTE_SERVER_OWNED, []);
    nextProps.nextHopType = hop;
    if (nextProps.hasBgpOverride === undefined) nextProps.hasBgpOverride = false;
    const name = old ? (str(old.name) ?? routeName) : routeName;
    return {
      location: str(table.location) ?? 'westeurope',
      locks: [tableId.toLowerCase()],
      created: old === undefined,
      apply: () => {
        nextProps.provisioningState = 'Updating';
        const route: Json = {
          id: old ? idOf(old) : `${tableId}/routes/${name}`,
          name,
          type: 'Microsoft.Network/routeTables/routes',
          properties: nextProps,
        };
        const index = old ? routes.indexOf(old) : -1;
        if (index >= 0) routes[index] = route;
        else routes.push(route);
        restampRouteTable(table);
        return {
          onSucceeded: () => {
            nextProps.provisioningState = 'Succeeded';
          },
          onFailed: () => {
            nextProps.provisioningState = 'Failed';
          },
          resource: () => route,
        };
      },
    };
  }

  /**
   * Security rule create (201) / update (200), validated like the Network RP: priority 100..4096, direction,
   * access, protocol, exactly one of each prefix / port-range pair (single or plural), and no other rule of the
   * NSG with the same priority and direction (400 SecurityRuleConflict).
   */
  function putSecurityRule(req: http.IncomingMessage, parsed: ParsedArm, body: Json): PendingWrite {
    const nsg = findTop('networkSecurityGroups', parsed);
    if (!nsg)
      throw new ArmError(
        404,
        'ParentResourceNotFound',
        `Can not perform requested operation on nested resource. Parent resource '${parsed.name}' not found.`,
      );
    if (!isRecord(nsg.properties)) nsg.properties = {};
    const nsgProps = nsg.properties as Json;
    if (!Array.isArray(nsgProps.securityRules)) nsgProps.securityRules = [];
    const rules = nsgProps.securityRules as Json[];
    const nsgId = idOf(nsg);
    const ruleName = parsed.childName!;
    const old = rules.find((r) => (str(r.name) ?? '').toLowerCase() === ruleName.toLowerCase());
    if (old) checkIfMatch(req, old);
    const props = isRecord(body.properties) ? body.properties : {};
    const bad = (what: string) =>
      new ArmError(
        400,
        'SecurityRuleParameterContainsUnsupportedValue',
        `Security rule parameter ${what} for rule with Id ${nsgId}/securityRules/${ruleName} cannot be specified or contains an unsupported value.`,
      );
    const priority = props.priority;
    if (typeof priority !== 'number' || !Number.isInteger(priority) || priority < 100 || priority > 4096) {
      throw new ArmError(
        400,
        'SecurityRuleInvalidPriority',
        `Security rule has invalid Priority. Value provided: ${String(priority)} Allowed range 100-4096.`,
      );
    }
    const pick = (value: unknown, allowed: string[], what: string): string => {
      const found = allowed.find((a) => a.toLowerCase() === String(value ?? '').toLowerCase());
      if (!found) throw bad(`${what} (${String(value ?? '')})`);
      return found;
    };
    const direction = pick(props.direction, ['Inbound', 'Outbound'], 'Direction');
    const access = pick(props.access, ['Allow', 'Deny'], 'Access');
    const protocol = pick(props.protocol, ['Tcp', 'Udp', 'Icmp', 'Esp', 'Ah', '*'], 'Protocol');
    const one = (single: string, plural: string, check?: (v: string) => boolean): void => {
      const s1 = props[single];
      const many = props[plural];
      const hasSingle = typeof s1 === 'string' && s1 !== '';
      const hasMany = Array.isArray(many) && many.length > 0;
      const asgKey = single.startsWith('source')
        ? 'sourceApplicationSecurityGroups'
        : 'destinationApplicationSecurityGroups';
      const hasAsg =
        single.endsWith('AddressPrefix') && Array.isArray(props[asgKey]) && (props[asgKey] as unknown[]).length > 0;
      if ([hasSingle, hasMany, hasAsg].filter(Boolean).length !== 1) throw bad(`${single}/${plural}`);
      const values = hasSingle ? [s1 as string] : hasMany ? (many as unknown[]) : [];
      if (check && !values.every((v) => typeof v === 'string' && (v === '*' || check(v))))
        throw bad(`${plural} (${JSON.stringify(values)})`);
    };
    one('sourceAddressPrefix', 'sourceAddressPrefixes', isCidrOrServiceTag);
    one('destinationAddressPrefix', 'destinationAddressPrefixes', isCidrOrServiceTag);
    one('sourcePortRange', 'sourcePortRanges');
    one('destinationPortRange', 'destinationPortRanges');
    const clash = rules.find(
      (r) =>
        r !== old &&
        isRecord(r.properties) &&
        r.properties.priority === priority &&
        str(r.properties.direction)?.toLowerCase() === direction.toLowerCase(),
    );
    if (clash) {
      throw new ArmError(
        400,
        'SecurityRuleConflict',
        `Security rule ${str(clash.name)} conflicts with rule ${ruleName}. Rules cannot have the same Priority and Direction. To learn more, see aka.ms/nsgrules.`,
      );
    }
    const oldProps = old && isRecord(old.properties) ? old.properties : undefined;
    const nextProps = replaceProperties(oldProps, props, ['provisioningState'], []);
    Object.assign(nextProps, { direction, access, protocol });
    for (const key of [
      'sourceAddressPrefixes',
      'destinationAddressPrefixes',
      'sourcePortRanges',
      'destinationPortRanges',
    ])
      if (!Array.isArray(nextProps[key])) nextProps[key] = [];
    const name = old ? (str(old.name) ?? ruleName) : ruleName;
    return {
      location: str(nsg.location) ?? 'westeurope',
      locks: [nsgId.toLowerCase()],
      created: old === undefined,
      apply: () => {
        nextProps.provisioningState = 'Updating';
        const rule: Json = {
          id: old ? idOf(old) : `${nsgId}/securityRules/${name}`,
          name,
          type: 'Microsoft.Network/networkSecurityGroups/securityRules',
          properties: nextProps,
        };
        const index = old ? rules.indexOf(old) : -1;
        if (index >= 0) rules[index] = rule;
        else rules.push(rule);
        const etag = newEtag();
        nsg.etag = etag;
        for (const r of rules) r.etag = etag;
        return {
          onSucceeded: () => {
            nextProps.provisioningState = 'Succeeded';
          },
          onFailed: () => {
            nextProps.provisioningState = 'Failed';
          },
          resource: () => rule,
        };
      },
    };
  }

  /** Route delete: 202 + Location/Azure-AsyncOperation, removed when the operation completes; 204 if absent. */
  function deleteRoute(req: http.IncomingMessage, parsed: ParsedArm): PendingWrite | undefined {
    const table = routeTableFor(parsed);
    const routes = (table.properties as Json).routes as Json[];
    const route = routes.find((r) => (str(r.name) ?? '').toLowerCase() === parsed.childName!.toLowerCase());
    if (!route) return undefined;
    checkIfMatch(req, route);
    return {
      location: str(table.location) ?? 'westeurope',
      locks: [idOf(table).toLowerCase()],
      created: false,
      apply: () => {
        if (!isRecord(route.properties)) route.properties = {};
        const props = route.properties as Json;
        props.provisioningState = 'Deleting';
        return {
          onSucceeded: () => {
            const current = (table.properties as Json).routes as Json[];
            const index = current.indexOf(route);
            if (index >= 0) current.splice(index, 1);
            restampRouteTable(table);
          },
          onFailed: () => {
            props.provisioningState = 'Failed';
          },
          resource: () => undefined,
        };
      },
    };
  }

  /** Subnet update (creating subnets is not modelled → 403), keeping route table ↔ subnet links consistent. */
  function putSubnet(req: http.IncomingMessage, parsed: ParsedArm, body: Json): PendingWrite {
    const vnet = findTop('virtualNetworks', parsed);
    if (!vnet)
      throw new ArmError(
        404,
        'ParentResourceNotFound',
        `Can not perform requested operation on nested resource. Parent resource '${parsed.name}' not found.`,
      );
    const vnetId = idOf(vnet);
    const prefix = `${vnetId.toLowerCase()}/subnets/`;
    const subnet = store.subnets.find(
      (s) =>
        idOf(s).toLowerCase().startsWith(prefix) &&
        (str(s.name) ?? '').toLowerCase() === parsed.childName!.toLowerCase(),
    );
    if (!subnet) throw refused(parsed);
    checkIfMatch(req, subnet);
    const subnetId = idOf(subnet);
    const name = str(subnet.name) ?? parsed.childName!;
    const props = isRecord(body.properties) ? body.properties : {};
    const nextPrefixes = subnetPrefixes({ properties: props });
    if (nextPrefixes.length === 0)
      throw new ArmError(
        400,
        'NoAddressPrefixOrPoolProvided',
        `Subnet '${name}' does not have address prefix or pool provided.`,
      );
    const oldProps = isRecord(subnet.properties) ? subnet.properties : {};
    const inUse = Array.isArray(oldProps.ipConfigurations) && oldProps.ipConfigurations.length > 0;
    const removed = subnetPrefixes(subnet).filter(
      (p) => !nextPrefixes.some((q) => q.toLowerCase() === p.toLowerCase()),
    );
    if (inUse && removed.length > 0)
      throw new ArmError(
        400,
        'InUsePrefixCannotBeDeleted',
        `IpPrefix ${removed[0]} on Subnet ${name} has active allocations and cannot be deleted.`,
      );
    const routeTableRef = isRecord(props.routeTable) ? str(props.routeTable.id) : undefined;
    let table: Json | undefined;
    if (routeTableRef !== undefined) {
      table = store.routeTables.find((t) => idOf(t).toLowerCase() === routeTableRef.toLowerCase());
      if (!table || normLocation(str(table.location) ?? '') !== normLocation(str(vnet.location) ?? '')) {
        throw new ArmError(
          400,
          'InvalidResourceReference',
          `Resource ${routeTableRef} referenced by resource ${subnetId} was not found. Please make sure that the referenced resource exists, and that both resources are in the same region.`,
        );
      }
    }
    const nextProps = replaceProperties(oldProps, props, SUBNET_SERVER_OWNED, [
      'networkSecurityGroup',
      'routeTable',
      'natGateway',
    ]);
    if (table) nextProps.routeTable = { id: idOf(table) };
    else delete nextProps.routeTable;
    const oldTableId = isRecord(oldProps.routeTable) ? str(oldProps.routeTable.id) : undefined;
    const locks = [vnetId.toLowerCase()];
    if (oldTableId) locks.push(oldTableId.toLowerCase());
    if (table) locks.push(idOf(table).toLowerCase());
    return {
      location: str(vnet.location) ?? 'westeurope',
      locks,
      created: false,
      apply: () => {
        const etag = newEtag();
        nextProps.provisioningState = 'Updating';
        const next: Json = {
          id: subnetId,
          name,
          type: 'Microsoft.Network/virtualNetworks/subnets',
          etag,
          properties: nextProps,
        };
        store.subnets[store.subnets.indexOf(subnet)] = next;
        for (const t of store.routeTables) {
          const tProps = isRecord(t.properties) ? t.properties : (t.properties = {});
          const linked = Array.isArray(tProps.subnets) ? (tProps.subnets as unknown[]).filter(isRecord) : [];
          const kept = linked.filter((s) => idOf(s).toLowerCase() !== subnetId.toLowerCase());
          if (t === table) kept.push({ id: subnetId });
          if (kept.length !== linked.length || t === table) tProps.subnets = kept;
        }
        vnet.etag = etag;
        (vnet.properties as Json).subnets = store.subnets.filter((s) => idOf(s).toLowerCase().startsWith(prefix));
        return {
          onSucceeded: () => {
            nextProps.provisioningState = 'Succeeded';
          },
          onFailed: () => {
            nextProps.provisioningState = 'Failed';
          },
          resource: () => next,
        };
      },
    };
  }

  function inScope(resource: Json, sub: string, group: string | undefined): boolean {
    const id = idOf(resource).toLowerCase();
    const prefix = group
      ? `/subscriptions/${sub}/resourcegroups/${group}/`.toLowerCase()
      : `/subscriptions/${sub}/`.toLowerCase();
    return id.startsWith(prefix);
  }

  function notFound(parsed: ParsedArm, type: string, name: string): ArmError {
    return new ArmError(
      404,
      'ResourceNotFound',
      `The Resource '${type}/${name}' under resource group '${parsed.group ?? ''}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`,
    );
  }

  function page(items: Json[], query: Record<string, string>, origin: string, pathname: string): Json {
    let offset = 0;
    const token = query.$skiptoken ?? query.$skipToken;
    if (token !== undefined) {
      try {
        const decoded: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
        offset = isRecord(decoded) && typeof decoded.o === 'number' ? decoded.o : NaN;
      } catch {
        offset = NaN;
      }
      if (!Number.isInteger(offset) || offset < 0)
        throw new ArmError(400, 'InvalidSkipToken', `The skip token '${token}' is not valid.`);
    }
    const value = items.slice(offset, offset + pageSize);
    const out: Json = { value };
    if (offset + pageSize < items.length) {
      const next = new URL(pathname, origin);
      next.searchParams.set('api-version', query['api-version'] ?? '');
      next.searchParams.set('$skiptoken', Buffer.from(JSON.stringify({ o: offset + pageSize })).toString('base64url'));
      out.nextLink = next.toString();
    }
    return out;
  }

  function serveCollection(parsed: ParsedArm, query: Record<string, string>, origin: string, pathname: string): Json {
    const { sub, group } = parsed;
    const all = store[parsed.collection!];
    const typeName = `Microsoft.Network/${parsed.collection!}`;
    if (parsed.name === undefined)
      return page(
        all.filter((r) => inScope(r, sub, group)),
        query,
        origin,
        pathname,
      );
    if (group === undefined)
      throw new ArmError(
        400,
        'InvalidRequestUri',
        `A resource group is required to address '${typeName}/${parsed.name}'.`,
      );
    const resource = all.find(
      (r) => inScope(r, sub, group) && (str(r.name) ?? '').toLowerCase() === parsed.name!.toLowerCase(),
    );
    if (!resource) {
      if (parsed.child)
        throw new ArmError(
          404,
          'ParentResourceNotFound',
          `Can not perform requested operation on nested resource. Parent resource '${parsed.name}' not found.`,
        );
      throw notFound(parsed, typeName, parsed.name);
    }
    const rest = parsed.typePath.split('/').length;
    if (parsed.child === undefined) {
      if (rest > 1)
        throw new ArmError(
          404,
          'InvalidResourceType',
          `The resource type '${parsed.typePath}' could not be found in the namespace 'Microsoft.Network'. (Not modelled by fake-azure.)`,
        );
      return resource;
    }
    let children: Json[];
    if (parsed.collection === 'routeTables' && parsed.child === 'routes') {
      const props = resource.properties as Json;
      children = Array.isArray(props.routes) ? (props.routes as Json[]) : [];
    } else if (parsed.collection === 'networkSecurityGroups' && parsed.child === 'securityRules') {
      const props = resource.properties as Json;
      children = Array.isArray(props.securityRules) ? (props.securityRules as Json[]) : [];
    } else if (parsed.collection === 'virtualNetworks' && parsed.child === 'subnets') {
      const prefix = `${idOf(resource).toLowerCase()}/subnets/`;
      children = store.subnets.filter((s) => idOf(s).toLowerCase().startsWith(prefix));
    } else {
      throw new ArmError(
        404,
        'InvalidResourceType',
        `The resource type '${parsed.typePath}' could not be found in the namespace 'Microsoft.Network'. (Not modelled by fake-azure.)`,
      );
    }
    if (parsed.childName === undefined) return page(children, query, origin, pathname);
    const child = children.find((c) => (str(c.name) ?? '').toLowerCase() === parsed.childName!.toLowerCase());
    if (!child) throw notFound(parsed, `${typeName}/${parsed.name}/${parsed.child}`, parsed.childName);
    return child;
  }

  const ca = cert.cert;
  return {
    url,
    caFile: cert.certFile,
    ca,
    proxyUrl,
    tenantId,
    clientId,
    clientSecret,
    objectId,
    requests,
    callCount(pathPattern: RegExp): number {
      return requests.filter((r) => {
        pathPattern.lastIndex = 0;
        return pathPattern.test(r.path);
      }).length;
    },
    failNext(rule: FailRule): void {
      rules.push({ ...rule, remaining: rule.times ?? 1 });
    },
    clearFailures(): void {
      rules.length = 0;
    },
    mutations(): AzureMutation[] {
      return mutationLog.map((m) => ({ method: m.method, path: m.path, body: structuredClone(m.body) }));
    },
    setScenario(next: AzureScenario): void {
      store = buildStore(next);
      operations.clear();
    },
    clientOptions: { endpoint: url, tlsOptions: { ca } },
    credentialOptions: { authorityHost: url, disableInstanceDiscovery: true, tlsOptions: { ca } },
    env(envOptions: { proxy?: boolean } = {}): Record<string, string> {
      const base: Record<string, string> = {
        AZURE_TENANT_ID: tenantId,
        AZURE_CLIENT_ID: clientId,
        AZURE_CLIENT_SECRET: clientSecret,
        NODE_EXTRA_CA_CERTS: cert.certFile,
      };
      if (envOptions.proxy) return { ...base, HTTPS_PROXY: proxyUrl, NO_PROXY: '' };
      return { ...base, AZURE_AUTHORITY_HOST: url };
    },
    async close(): Promise<void> {
      for (const socket of sockets) socket.destroy();
      server.closeAllConnections();
      proxy.closeAllConnections();
      await Promise.all([
        new Promise<void>((resolve) => server.close(() => resolve())),
        new Promise<void>((resolve) => proxy.close(() => resolve())),
      ]);
      await rm(cert.dir, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Scale scenario
// ---------------------------------------------------------------------------------------------------------

const SCALE_SUB = '5e1d7c3a-9b2f-4d6e-8a0c-3f7b1e9d2c64';
const SCALE_RG = 'k8s-scale-rg';
const SCALE_LOCATION = 'westeurope';
/** Node subnet (and VNet) of scaleScenario; ~1M addresses. */
const SCALE_NODE_NET = '10.16.0.0/12';
/** Pod network of scaleScenario: node i gets the i-th /24 (32768 of them). */
export const SCALE_POD_NETWORK = '10.128.0.0/9';
/** Azure's limit on routes per route table. */
export const AZURE_MAX_ROUTES_PER_TABLE = 400;

function ipv4(n: number): string {
  return [24, 16, 8, 0].map((shift) => (n >>> shift) & 255).join('.');
}

/**
 * `n` nodes (linux, names k8s-scale-00001...), each with one NIC in subnet `nodes` (10.16.0.0/12) with IP
 * forwarding on, node i at 10.16.0.(4+i) onwards and pod CIDR 10.128.(i).0/24 onwards (inside SCALE_POD_NETWORK).
 * The route table `k8s-pod-routes` (associated with `nodes`) holds VirtualAppliance routes for the first
 * min(n, 400) nodes, so nodes beyond 400 have no route. `nodes` is a `kubectl get nodes -o json` List whose
 * providerIDs point at the VMs the NICs name.
 */
export function scaleScenario(n: number): {
  scenario: AzureScenario;
  nodes: unknown;
  podNetwork: string;
  resourceGroup: string;
} {
  if (!Number.isInteger(n) || n < 1 || n > 32768)
    throw new Error(`scaleScenario: n must be an integer in 1..32768, got ${n}`);
  const rgPath = `/subscriptions/${SCALE_SUB}/resourceGroups/${SCALE_RG}`;
  const vnetId = `${rgPath}/providers/Microsoft.Network/virtualNetworks/k8s-vnet`;
  const subnetId = `${vnetId}/subnets/nodes`;
  const routeTableId = `${rgPath}/providers/Microsoft.Network/routeTables/k8s-pod-routes`;
  const nsgId = `${rgPath}/providers/Microsoft.Network/networkSecurityGroups/k8s-nodes-nsg`;
  const etag = (seed: string): string => `W/"${uuidFrom(seed)}"`;
  const nodeBase = ipaddr.IPv4.parse('10.16.0.0')
    .toByteArray()
    .reduce((acc, b) => acc * 256 + b, 0);
  const podBase = ipaddr.IPv4.parse('10.128.0.0')
    .toByteArray()
    .reduce((acc, b) => acc * 256 + b, 0);
  const width = Math.max(5, String(n).length);

  const names: string[] = [];
  const nics: unknown[] = [];
  const items: unknown[] = [];
  const routes: unknown[] = [];
  const ipConfigRefs: unknown[] = [];
  for (let i = 0; i < n; i++) {
    const name = `k8s-scale-${String(i + 1).padStart(width, '0')}`;
    names.push(name);
    const ip = ipv4(nodeBase + 4 + i);
    const podCidr = `${ipv4(podBase + i * 256)}/24`;
    const nicId = `${rgPath}/providers/Microsoft.Network/networkInterfaces/${name}-nic`;
    const vmId = `/subscriptions/${SCALE_SUB}/resourceGroups/${SCALE_RG.toUpperCase()}/providers/Microsoft.Compute/virtualMachines/${name}`;
    const nicEtag = etag(`nic:${name}`);
    ipConfigRefs.push({ id: `${nicId}/ipConfigurations/ipconfig1`, resourceGroup: SCALE_RG });
    nics.push({
      auxiliaryMode: 'None',
      auxiliarySku: 'None',
      disableTcpStateTracking: false,
      dnsSettings: { appliedDnsServers: [], dnsServers: [] },
      enableAcceleratedNetworking: true,
      enableIPForwarding: true,
      etag: nicEtag,
      hostedWorkloads: [],
      id: nicId,
      ipConfigurations: [
        {
          etag: nicEtag,
          id: `${nicId}/ipConfigurations/ipconfig1`,
          name: 'ipconfig1',
          primary: true,
          privateIPAddress: ip,
          privateIPAddressVersion: 'IPv4',
          privateIPAllocationMethod: 'Dynamic',
          provisioningState: 'Succeeded',
          resourceGroup: SCALE_RG,
          subnet: { id: subnetId, resourceGroup: SCALE_RG },
          type: 'Microsoft.Network/networkInterfaces/ipConfigurations',
        },
      ],
      location: SCALE_LOCATION,
      macAddress: `00-22-48-${[(i >> 16) & 255, (i >> 8) & 255, i & 255].map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join('-')}`,
      name: `${name}-nic`,
      networkSecurityGroup: { id: nsgId, resourceGroup: SCALE_RG },
      nicType: 'Standard',
      primary: true,
      provisioningState: 'Succeeded',
      resourceGroup: SCALE_RG,
      resourceGuid: uuidFrom(`nicguid:${name}`),
      tags: { cluster: 'scale' },
      tapConfigurations: [],
      type: 'Microsoft.Network/networkInterfaces',
      virtualMachine: { id: vmId, resourceGroup: SCALE_RG.toUpperCase() },
      vnetEncryptionSupported: false,
    });
    if (i < AZURE_MAX_ROUTES_PER_TABLE) {
      routes.push({
        addressPrefix: podCidr,
        etag: etag('rt'),
        hasBgpOverride: false,
        id: `${routeTableId}/routes/pods-${name}`,
        name: `pods-${name}`,
        nextHopIpAddress: ip,
        nextHopType: 'VirtualAppliance',
        provisioningState: 'Succeeded',
        resourceGroup: SCALE_RG,
        type: 'Microsoft.Network/routeTables/routes',
      });
    }
    const created = '2026-07-01T10:00:00Z';
    items.push({
      apiVersion: 'v1',
      kind: 'Node',
      metadata: {
        annotations: {
          'flannel.alpha.coreos.com/backend-data': 'null',
          'flannel.alpha.coreos.com/backend-type': 'host-gw',
          'flannel.alpha.coreos.com/kube-subnet-manager': 'true',
          'flannel.alpha.coreos.com/public-ip': ip,
          'node.alpha.kubernetes.io/ttl': '0',
          'volumes.kubernetes.io/controller-managed-attach-detach': 'true',
        },
        creationTimestamp: created,
        labels: {
          'beta.kubernetes.io/arch': 'amd64',
          'beta.kubernetes.io/instance-type': 'Standard_D4s_v5',
          'beta.kubernetes.io/os': 'linux',
          'kubernetes.io/arch': 'amd64',
          'kubernetes.io/hostname': name,
          'kubernetes.io/os': 'linux',
          'node.kubernetes.io/instance-type': 'Standard_D4s_v5',
          'topology.kubernetes.io/region': SCALE_LOCATION,
          'topology.kubernetes.io/zone': `${SCALE_LOCATION}-${(i % 3) + 1}`,
        },
        name,
        resourceVersion: String(100000 + i),
        uid: uuidFrom(`node:${name}`),
      },
      spec: {
        podCIDR: podCidr,
        podCIDRs: [podCidr],
        providerID: `azure:///subscriptions/${SCALE_SUB}/resourcegroups/${SCALE_RG}/providers/Microsoft.Compute/virtualMachines/${name}`,
      },
      status: {
        addresses: [
          { address: ip, type: 'InternalIP' },
          { address: name, type: 'Hostname' },
        ],
        conditions: [
          {
            lastHeartbeatTime: created,
            lastTransitionTime: created,
            message: 'Flannel is running on this node',
            reason: 'FlannelIsUp',
            status: 'False',
            type: 'NetworkUnavailable',
          },
          {
            lastHeartbeatTime: created,
            lastTransitionTime: created,
            message: 'kubelet is posting ready status',
            reason: 'KubeletReady',
            status: 'True',
            type: 'Ready',
          },
        ],
        nodeInfo: {
          architecture: 'amd64',
          kubeletVersion: 'v1.30.6',
          operatingSystem: 'linux',
          osImage: 'Ubuntu 22.04.5 LTS',
          containerRuntimeVersion: 'containerd://1.7.22',
          kernelVersion: '5.15.0-1074-azure',
        },
      },
    });
  }

  const subnet = {
    addressPrefix: SCALE_NODE_NET,
    defaultOutboundAccess: false,
    delegations: [],
    etag: etag('subnet:nodes'),
    id: subnetId,
    ipConfigurations: ipConfigRefs,
    name: 'nodes',
    networkSecurityGroup: { id: nsgId, resourceGroup: SCALE_RG },
    privateEndpointNetworkPolicies: 'Disabled',
    privateLinkServiceNetworkPolicies: 'Enabled',
    provisioningState: 'Succeeded',
    resourceGroup: SCALE_RG,
    routeTable: { id: routeTableId, resourceGroup: SCALE_RG },
    serviceEndpoints: [],
    type: 'Microsoft.Network/virtualNetworks/subnets',
  };
  const routeTable = {
    disableBgpRoutePropagation: false,
    etag: etag('rt'),
    id: routeTableId,
    location: SCALE_LOCATION,
    name: 'k8s-pod-routes',
    provisioningState: 'Succeeded',
    resourceGroup: SCALE_RG,
    resourceGuid: uuidFrom('rtguid'),
    routes,
    subnets: [{ id: subnetId, resourceGroup: SCALE_RG }],
    tags: {},
    type: 'Microsoft.Network/routeTables',
  };
  const vnet = {
    addressSpace: { addressPrefixes: [SCALE_NODE_NET] },
    enableDdosProtection: false,
    etag: etag('vnet'),
    id: vnetId,
    location: SCALE_LOCATION,
    name: 'k8s-vnet',
    provisioningState: 'Succeeded',
    resourceGroup: SCALE_RG,
    resourceGuid: uuidFrom('vnetguid'),
    subnets: [subnet],
    type: 'Microsoft.Network/virtualNetworks',
    virtualNetworkPeerings: [],
  };
  return {
    scenario: {
      subscriptionId: SCALE_SUB,
      nics,
      routeTables: [routeTable],
      subnets: [subnet],
      vnets: [vnet],
      nsgs: synthesiseNsgs({ subscriptionId: SCALE_SUB, nics, routeTables: [], subnets: [subnet], vnets: [] }),
    },
    nodes: { apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '' } },
    podNetwork: SCALE_POD_NETWORK,
    resourceGroup: SCALE_RG,
  };
}
