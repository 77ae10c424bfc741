/**
 * A local fake of Azure Resource Manager (the read side of Microsoft.Network) plus the Microsoft Entra ID token
 * endpoint, speaking the real wire protocols closely enough for the REAL `@azure/arm-network`
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
 * ARM (GET only; `api-version` is required; subscription and resource group names are case-insensitive):
 *   /subscriptions/{sub}/providers/Microsoft.Network/{networkInterfaces|routeTables|virtualNetworks}
 *   /subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.Network/{networkInterfaces|routeTables|virtualNetworks}[/{name}]
 *   .../routeTables/{rt}/routes[/{name}]
 *   .../virtualNetworks/{vnet}/subnets[/{name}]
 * Lists answer {value: [...], nextLink?} with at most `pageSize` items (default 100); nextLink is an absolute
 * URL on the same origin carrying api-version and an opaque `$skiptoken`. Bodies are in the ARM REST shape
 * ({id, name, type, location, etag, tags, properties: {...}}), converted from the scenario's az CLI shape (see
 * `toArm`). Every ARM request needs `Authorization: Bearer <a token this fake issued>`: missing header → 401
 * AuthenticationFailed, unknown token → 401 InvalidAuthenticationToken (both with a WWW-Authenticate header).
 * Unknown subscription → 404 SubscriptionNotFound, unknown group → 404 ResourceGroupNotFound, unknown resource →
 * 404 ResourceNotFound / ParentResourceNotFound, unmodelled resource type → 404 InvalidResourceType,
 * PUT/PATCH/POST/DELETE → 403 AuthorizationFailed for the `.../write` or `.../delete` action (a Reader).
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
  return (isRecord(value) ? str(value.type) ?? '' : '').toLowerCase();
}

const NIC_TYPE = 'microsoft.network/networkinterfaces';
const ROUTE_TABLE_TYPE = 'microsoft.network/routetables';
const SUBNET_TYPE = 'microsoft.network/virtualnetworks/subnets';
const VNET_TYPE = 'microsoft.network/virtualnetworks';

/**
 * Reads every *.json array in `dir` and sorts them by the `type` of their items (az-vms.json and nodes.json are
 * ignored). When no virtual network listing is present, VNets are synthesised from the subnets' ids: address
 * space = the /16 (IPv4) or /48 (IPv6) around each subnet prefix, location from the group's other resources.
 */
export async function seedFromFixture(dir: string): Promise<AzureScenario> {
  const scenario: AzureScenario = { subscriptionId: '', nics: [], routeTables: [], subnets: [], vnets: [] };
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
  }
  const all = [...scenario.nics, ...scenario.routeTables, ...scenario.subnets, ...scenario.vnets];
  const firstId = all.map((r) => (isRecord(r) ? str(r.id) : undefined)).find((id) => id !== undefined);
  const sub = firstId ? /^\/subscriptions\/([^/]+)/i.exec(firstId)?.[1] : undefined;
  if (!sub) throw new Error(`seedFromFixture: no Microsoft.Network listing with resource ids found in ${dir}`);
  scenario.subscriptionId = sub;
  if (scenario.vnets.length === 0) scenario.vnets = synthesiseVnets(scenario);
  return scenario;
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
    const network = addr.kind() === 'ipv4'
      ? ipaddr.IPv4.networkAddressFromCIDR(`${addr.toString()}/${target}`)
      : ipaddr.IPv6.networkAddressFromCIDR(`${addr.toString()}/${target}`);
    return `${network.toString()}/${target}`;
  } catch {
    return cidr;
  }
}

function subnetPrefixes(subnet: Json): string[] {
  const props = isRecord(subnet.properties) ? subnet.properties : subnet;
  const list = Array.isArray(props.addressPrefixes) ? props.addressPrefixes.filter((p): p is string => typeof p === 'string') : [];
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

type Kind = 'nic' | 'ipConfiguration' | 'routeTable' | 'route' | 'vnet' | 'subnet';

/** Top-level (tracked resource) envelope keys; everything else of an az object goes under `properties`. */
const TRACKED_ENVELOPE = ['id', 'name', 'type', 'etag', 'location', 'tags', 'extendedLocation', 'zones', 'sku', 'kind', 'managedBy', 'identity'];
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
  const envelopeKeys = kind === 'nic' || kind === 'routeTable' || kind === 'vnet' ? TRACKED_ENVELOPE : CHILD_ENVELOPE;
  const out: Json = {};
  const properties: Json = {};
  for (const [rawKey, v] of Object.entries(value)) {
    if (v === null || v === undefined || rawKey === 'resourceGroup') continue;
    if (envelopeKeys.includes(rawKey)) {
      out[rawKey] = clean(v);
      continue;
    }
    const key = RENAMING_KINDS.has(kind) ? RENAMES[rawKey] ?? rawKey : rawKey;
    properties[key] = convertChild(kind, key, v);
  }
  out.properties = properties;
  return out;
}

function convertChild(kind: Kind, key: string, value: unknown): unknown {
  const childKind: Kind | undefined =
    kind === 'nic' && key === 'ipConfigurations' ? 'ipConfiguration'
      : kind === 'routeTable' && key === 'routes' ? 'route'
        : kind === 'vnet' && key === 'subnets' ? 'subnet'
          : undefined;
  if (childKind && Array.isArray(value)) return value.map((item) => toArm(item, childKind));
  if (kind === 'ipConfiguration' && key === 'subnet' && isRecord(value)) return { id: value.id }; // ARM sends a SubResource
  return clean(value);
}

// ---------------------------------------------------------------------------------------------------------
// Certificate
// ---------------------------------------------------------------------------------------------------------

async function makeCertificate(): Promise<{ dir: string; keyFile: string; certFile: string; key: string; cert: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'fake-azure-'));
  const keyFile = path.join(dir, 'key.pem');
  const certFile = path.join(dir, 'ca.pem');
  await execFileAsync('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
    '-keyout', keyFile, '-out', certFile, '-days', '2', '-subj', '/CN=127.0.0.1',
    '-addext', 'subjectAltName=IP:127.0.0.1,IP:::1,DNS:localhost,DNS:login.microsoftonline.com,DNS:management.azure.com',
    '-addext', 'basicConstraints=critical,CA:TRUE',
    '-addext', 'keyUsage=critical,digitalSignature,keyCertSign',
    '-addext', 'extendedKeyUsage=serverAuth',
  ]);
  return { dir, keyFile, certFile, key: await readFile(keyFile, 'utf8'), cert: await readFile(certFile, 'utf8') };
}

// ---------------------------------------------------------------------------------------------------------
// Server
// ---------------------------------------------------------------------------------------------------------

type Collection = 'networkInterfaces' | 'routeTables' | 'virtualNetworks';

interface Store {
  subscriptionId: string;
  groups: Set<string>; // lower-case
  networkInterfaces: Json[];
  routeTables: Json[];
  virtualNetworks: Json[];
  subnets: Json[];
}

function idOf(resource: Json): string {
  return str(resource.id) ?? '';
}

function buildStore(scenario: AzureScenario): Store {
  const nics = scenario.nics.map((n) => toArm(structuredClone(n), 'nic'));
  const routeTables = scenario.routeTables.map((r) => toArm(structuredClone(r), 'routeTable'));
  const subnets = scenario.subnets.map((s) => toArm(structuredClone(s), 'subnet'));
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
  for (const r of [...nics, ...routeTables, ...vnets, ...subnets]) {
    const group = resourceGroupOf(idOf(r));
    if (group) groups.add(group.toLowerCase());
  }
  return { subscriptionId: scenario.subscriptionId, groups, networkInterfaces: nics, routeTables, virtualNetworks: vnets, subnets };
}

const COLLECTIONS: Record<string, Collection> = {
  networkinterfaces: 'networkInterfaces',
  routetables: 'routeTables',
  virtualnetworks: 'virtualNetworks',
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
  constructor(readonly status: number, readonly code: string, message: string, readonly headers: Record<string, string> = {}) {
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
  child?: 'routes' | 'subnets';
  childName?: string;
  /** The action an AuthorizationFailed message names, e.g. Microsoft.Network/networkInterfaces/read. */
  action: string;
  /** The scope an AuthorizationFailed message names. */
  scope: string;
}

function parseArmPath(pathname: string, method: string): ParsedArm | undefined {
  const seg = pathname.split('/').filter((s) => s.length > 0).map((s) => decodeURIComponent(s));
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
    return { sub, group, typePath: '', action: group ? `Microsoft.Resources/subscriptions/resourceGroups/${verb}` : `Microsoft.Resources/subscriptions/${verb}`, scope: scopeBase };
  }
  const namespace = seg[i + 1]!;
  const rest = seg.slice(i + 2);
  const collection = namespace.toLowerCase() === 'microsoft.network' ? COLLECTIONS[rest[0]?.toLowerCase() ?? ''] : undefined;
  const childRaw = rest[2]?.toLowerCase();
  const child = childRaw === 'routes' || childRaw === 'subnets' ? childRaw : undefined;
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

export async function startFakeAzure(scenario: AzureScenario, options: FakeAzureOptions = {}): Promise<FakeAzure> {
  const pageSize = options.pageSize ?? 100;
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new Error(`fake-azure: pageSize must be a positive integer, got ${pageSize}`);
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

  function send(res: http.ServerResponse, record: RecordedAzureRequest, status: number, body: unknown, headers: Record<string, string> = {}): void {
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
        return parsed?.group ? `Resource group '${parsed.group}' could not be found.` : 'The requested resource was not found.';
      case 500:
        return 'The server encountered an internal error. Please retry the request.';
      case 503:
        return 'The service is temporarily unavailable. Please retry the request.';
      default:
        return `Simulated failure ${status} (${code}).`;
    }
  }

  function takeRule(pathname: string, isArm: boolean): (FailRule & { remaining: number }) | undefined {
    for (let k = 0; k < rules.length; k++) {
      const rule = rules[k]!;
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
    const rule = takeRule(pathname, isArm);
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
          if (rule.status === 401) headers['www-authenticate'] = `Bearer authorization_uri="${url}/${tenantId}", error="invalid_token", error_description="The access token is invalid."`;
          send(res, record, rule.status, { error: { code, message: armErrorMessage(rule.status, code, parsed) } }, headers);
        } else {
          const code = rule.code ?? (rule.status === 401 ? 'invalid_client' : rule.status === 400 ? 'invalid_request' : 'temporarily_unavailable');
          send(res, record, rule.status, aadError(code, 'AADSTS50001: Simulated failure by fake-azure.', [50001]), headers);
        }
        return;
      }
    }

    if (isArm) return handleArm(req, res, record, method, pathname, query);
    return handleEntra(req, res, record, method, pathname, body);
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
      claims_supported: ['sub', 'iss', 'cloud_instance_name', 'cloud_instance_host_name', 'cloud_graph_host_name', 'msgraph_host', 'aud', 'exp', 'iat', 'auth_time', 'acr', 'nonce', 'preferred_username', 'name', 'tid', 'ver', 'at_hash', 'c_hash', 'email'],
      kerberos_endpoint: `${base}/kerberos`,
      tenant_region_scope: 'EU',
      cloud_instance_name: 'microsoftonline.com',
      cloud_graph_host_name: 'graph.windows.net',
      msgraph_host: 'graph.microsoft.com',
      rbac_url: 'https://pas.windows.net',
    };
  }

  function handleEntra(req: http.IncomingMessage, res: http.ServerResponse, record: RecordedAzureRequest, method: string, pathname: string, body: string): void {
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
    if (method === 'GET' && (rest === 'v2.0/.well-known/openid-configuration' || rest === '.well-known/openid-configuration')) {
      if (!tenantKnown) {
        send(res, record, 400, aadError('invalid_tenant', `AADSTS90002: Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`, [90002]));
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
        send(res, record, 400, aadError('invalid_request', `AADSTS90002: Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`, [90002]));
        return;
      }
      if (form.get('grant_type') !== 'client_credentials') {
        send(res, record, 400, aadError('unsupported_grant_type', `AADSTS70003: The app requested an unsupported grant type '${form.get('grant_type') ?? ''}'.`, [70003]));
        return;
      }
      const requestClientId = form.get('client_id') ?? '';
      if (requestClientId.toLowerCase() !== clientId.toLowerCase()) {
        send(res, record, 400, aadError('unauthorized_client', `AADSTS700016: Application with identifier '${requestClientId}' was not found in the directory '${tenantId}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`, [700016]));
        return;
      }
      if (form.get('client_secret') !== clientSecret) {
        send(res, record, 401, aadError('invalid_client', `AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${clientId}'.`, [7000215]));
        return;
      }
      if (!scope.split(' ').some((s) => s.endsWith('/.default'))) {
        send(res, record, 400, aadError('invalid_scope', `AADSTS1002012: The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`, [1002012]));
        return;
      }
      const now = Math.floor(Date.now() / 1000);
      const audience = scope.split(' ').find((s) => s.endsWith('/.default'))!.replace(/\/\.default$/, '');
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
      send(res, record, 200, { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: accessToken }, {
        'x-ms-request-id': randomUUID(),
        'x-ms-ests-server': '2.1.fake-azure',
      });
      return;
    }
    send(res, record, 404, aadError('invalid_request', `AADSTS900561: The endpoint ${method} ${pathname} is not served by fake-azure.`, [900561]));
  }

  function handleArm(req: http.IncomingMessage, res: http.ServerResponse, record: RecordedAzureRequest, method: string, pathname: string, query: Record<string, string>): void {
    const headers = armHeaders(req);
    const fail = (error: ArmError): void => {
      send(res, record, error.status, { error: { code: error.code, message: error.message } }, { ...headers, ...error.headers });
    };
    // Authentication comes first, as in ARM.
    const auth = req.headers.authorization;
    const bearer = typeof auth === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(auth)?.[1] : undefined;
    if (typeof auth !== 'string') {
      fail(new ArmError(401, 'AuthenticationFailed', "Authentication failed. The 'Authorization' header is missing.", {
        'www-authenticate': `Bearer authorization_uri="${url}/${tenantId}", error="invalid_token", error_description="The authentication failed because of missing 'Authorization' header."`,
      }));
      return;
    }
    const issued = bearer ? tokens.get(bearer) : undefined;
    record.tokenAccepted = issued !== undefined && issued.expiresAt > Date.now();
    if (!record.tokenAccepted) {
      fail(new ArmError(401, 'InvalidAuthenticationToken', bearer ? 'The access token is invalid.' : "Authentication failed. The 'Authorization' header is provided in an invalid format.", {
        'www-authenticate': `Bearer authorization_uri="${url}/${tenantId}", error="invalid_token", error_description="The access token is invalid."`,
      }));
      return;
    }
    const parsed = parseArmPath(pathname, method);
    if (!parsed) {
      fail(new ArmError(400, 'InvalidRequestUri', `The request URI '${pathname}' is not valid.`));
      return;
    }
    if (!query['api-version']) {
      fail(new ArmError(400, 'MissingApiVersionParameter', "The api-version query parameter (?api-version=) is required for all requests."));
      return;
    }
    if (method !== 'GET' && method !== 'HEAD') {
      fail(new ArmError(403, 'AuthorizationFailed', armErrorMessage(403, 'AuthorizationFailed', parsed)));
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
    if (!parsed.collection) {
      fail(new ArmError(404, 'InvalidResourceType', `The resource type '${parsed.typePath || '(none)'}' could not be found in the namespace 'Microsoft.Network' for api version '${query['api-version']}'. (Not modelled by fake-azure.)`));
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

  function inScope(resource: Json, sub: string, group: string | undefined): boolean {
    const id = idOf(resource).toLowerCase();
    const prefix = group ? `/subscriptions/${sub}/resourcegroups/${group}/`.toLowerCase() : `/subscriptions/${sub}/`.toLowerCase();
    return id.startsWith(prefix);
  }

  function notFound(parsed: ParsedArm, type: string, name: string): ArmError {
    return new ArmError(404, 'ResourceNotFound', `The Resource '${type}/${name}' under resource group '${parsed.group ?? ''}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`);
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
      if (!Number.isInteger(offset) || offset < 0) throw new ArmError(400, 'InvalidSkipToken', `The skip token '${token}' is not valid.`);
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
    if (parsed.name === undefined) return page(all.filter((r) => inScope(r, sub, group)), query, origin, pathname);
    if (group === undefined) throw new ArmError(400, 'InvalidRequestUri', `A resource group is required to address '${typeName}/${parsed.name}'.`);
    const resource = all.find((r) => inScope(r, sub, group) && (str(r.name) ?? '').toLowerCase() === parsed.name!.toLowerCase());
    if (!resource) {
      if (parsed.child) throw new ArmError(404, 'ParentResourceNotFound', `Can not perform requested operation on nested resource. Parent resource '${parsed.name}' not found.`);
      throw notFound(parsed, typeName, parsed.name);
    }
    const rest = parsed.typePath.split('/').length;
    if (parsed.child === undefined) {
      if (rest > 1) throw new ArmError(404, 'InvalidResourceType', `The resource type '${parsed.typePath}' could not be found in the namespace 'Microsoft.Network'. (Not modelled by fake-azure.)`);
      return resource;
    }
    let children: Json[];
    if (parsed.collection === 'routeTables' && parsed.child === 'routes') {
      const props = resource.properties as Json;
      children = Array.isArray(props.routes) ? (props.routes as Json[]) : [];
    } else if (parsed.collection === 'virtualNetworks' && parsed.child === 'subnets') {
      const prefix = `${idOf(resource).toLowerCase()}/subnets/`;
      children = store.subnets.filter((s) => idOf(s).toLowerCase().startsWith(prefix));
    } else {
      throw new ArmError(404, 'InvalidResourceType', `The resource type '${parsed.typePath}' could not be found in the namespace 'Microsoft.Network'. (Not modelled by fake-azure.)`);
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
    setScenario(next: AzureScenario): void {
      store = buildStore(next);
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
export function scaleScenario(n: number): { scenario: AzureScenario; nodes: unknown; podNetwork: string; resourceGroup: string } {
  if (!Number.isInteger(n) || n < 1 || n > 32768) throw new Error(`scaleScenario: n must be an integer in 1..32768, got ${n}`);
  const rgPath = `/subscriptions/${SCALE_SUB}/resourceGroups/${SCALE_RG}`;
  const vnetId = `${rgPath}/providers/Microsoft.Network/virtualNetworks/k8s-vnet`;
  const subnetId = `${vnetId}/subnets/nodes`;
  const routeTableId = `${rgPath}/providers/Microsoft.Network/routeTables/k8s-pod-routes`;
  const nsgId = `${rgPath}/providers/Microsoft.Network/networkSecurityGroups/k8s-nodes-nsg`;
  const etag = (seed: string): string => `W/"${uuidFrom(seed)}"`;
  const nodeBase = ipaddr.IPv4.parse('10.16.0.0').toByteArray().reduce((acc, b) => acc * 256 + b, 0);
  const podBase = ipaddr.IPv4.parse('10.128.0.0').toByteArray().reduce((acc, b) => acc * 256 + b, 0);
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
      ipConfigurations: [{
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
      }],
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
        addresses: [{ address: ip, type: 'InternalIP' }, { address: name, type: 'Hostname' }],
        conditions: [
          { lastHeartbeatTime: created, lastTransitionTime: created, message: 'Flannel is running on this node', reason: 'FlannelIsUp', status: 'False', type: 'NetworkUnavailable' },
          { lastHeartbeatTime: created, lastTransitionTime: created, message: 'kubelet is posting ready status', reason: 'KubeletReady', status: 'True', type: 'Ready' },
        ],
        nodeInfo: { architecture: 'amd64', kubeletVersion: 'v1.30.6', operatingSystem: 'linux', osImage: 'Ubuntu 22.04.5 LTS', containerRuntimeVersion: 'containerd://1.7.22', kernelVersion: '5.15.0-1074-azure' },
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
    scenario: { subscriptionId: SCALE_SUB, nics, routeTables: [routeTable], subnets: [subnet], vnets: [vnet] },
    nodes: { apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '' } },
    podNetwork: SCALE_POD_NETWORK,
    resourceGroup: SCALE_RG,
  };
}
