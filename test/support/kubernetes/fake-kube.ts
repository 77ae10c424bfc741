/**
 * A local, in-memory fake of the small part of the Kubernetes API server that live mode reads, speaking the
 * real wire protocol (JSON bodies, `Status` errors, `limit`/`continue` chunking) closely enough for the real
 * `@kubernetes/client-node` to talk to it over HTTP on 127.0.0.1. Start it, load `fake.kubeconfigPath` (or
 * `fake.kubeconfigYaml`) into a `KubeConfig`, run the code under test, then inspect `fake.requests`.
 *
 * Supported (GET only; any other method answers 405 MethodNotAllowed):
 *   /version                                        version.Info
 *   /api, /apis, /api/v1                            minimal discovery (APIVersions, APIGroupList, APIResourceList)
 *   /api/v1/nodes                                   NodeList: limit, continue, labelSelector, fieldSelector
 *   /api/v1/nodes/{name}                            Node or 404
 *   /api/v1/configmaps                              ConfigMapList over all namespaces (same query parameters)
 *   /api/v1/namespaces/{ns}/configmaps              ConfigMapList of one namespace (same query parameters)
 *   /api/v1/namespaces/{ns}/configmaps/{name}       ConfigMap or 404
 * Anything else answers a 404 `Status`.
 *
 * Lists are sorted by (namespace, name) as the real API server (etcd key order) returns them. `limit` is capped
 * by `maxLimit` (default 500); the cap also applies when no `limit` is sent, so a small `maxLimit` forces a
 * client that asks for everything to still see chunks. The continue token is opaque (base64url JSON holding
 * the offset); a token this server did not issue answers 410 Gone, reason `Expired`. While more items remain,
 * `metadata.remainingItemCount` is set (unless a selector was used, as in the real server).
 *
 * Authentication: every request must carry `Authorization: Bearer fake-kube-token` (or the `token` option),
 * else 401 `Status` (reason `Unauthorized`). Recorded requests show the header as `<scheme> [REDACTED]`, never
 * the credential.
 *
 * Echoes, as a careless server or proxy would: `echoCredential: 'node-name'` adds to every node list a Node named
 * after the bearer token the request carried, `'annotation'` writes `<scheme> <token>` into an annotation
 * (`fake-kube.test/authorization`) of every listed Node; a fault with `echoCredential: true` answers a `Status`
 * whose message quotes the token (`token <TOKEN> rejected`, or `message` with `{credential}` replaced).
 *
 * Faults (`failNext`), checked after authentication in the order they were added; the first rule whose `path`
 * matches (string: exact path without the query; RegExp: tested against the path; absent: any request) is
 * used and its `times` (default 1) counted down:
 *   - `delayMs`: wait before answering (or before dropping the connection);
 *   - `dropConnection: true`: destroy the socket without any response (the client sees ECONNRESET);
 *   - otherwise a `Status` error with `status` (403 → reason Forbidden with an RBAC message naming
 *     `system:serviceaccount:ci:hostgw`; 429 → TooManyRequests with a `Retry-After` header, default 1 s;
 *     500 → InternalError; 503 → ServiceUnavailable (Retry-After only if `retryAfterSeconds` is given);
 *     410 → Expired; ...). A 2xx `status` serves the request normally (useful with `delayMs` alone).
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseAllDocuments, stringify } from 'yaml';

// ---------------------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------------------

/** The bearer token the fake accepts (and writes into its kubeconfig). */
export const FAKE_KUBE_TOKEN = 'fake-kube-token';
/** The user named in injected 403 messages. */
export const FAKE_KUBE_USER = 'system:serviceaccount:ci:hostgw';
/** The `gitVersion` answered by GET /version. */
export const FAKE_KUBE_VERSION = 'v1.30.4';

export interface FakeKubeRequest {
  method: string;
  /** Path without the query string, as requested. */
  path: string;
  /** Query parameters (last value wins for repeated keys). */
  query: Record<string, string>;
  /** The Authorization header with the credential redacted: `Bearer [REDACTED]`; absent if none was sent. */
  authorization?: string;
}

export interface FailRule {
  /** Exact request path (no query) or a RegExp tested against it; absent → any request. */
  path?: string | RegExp;
  /** HTTP status to answer; a 2xx status serves the request normally (after `delayMs`). */
  status: number;
  /** How many matching requests the rule applies to (default 1). */
  times?: number;
  /** `Retry-After` header and `details.retryAfterSeconds` (429 defaults to 1). */
  retryAfterSeconds?: number;
  /** Destroy the socket without a response (status is then ignored). */
  dropConnection?: boolean;
  /** Answer (or drop) this much later. */
  delayMs?: number;
  /** Override the `Status.message`. */
  message?: string;
  /** Quote the request's bearer token in the message: `{credential}` in `message`, else `token <TOKEN> rejected`. */
  echoCredential?: boolean;
}

export interface FakeKube {
  /** http://127.0.0.1:PORT */
  url: string;
  /** A kubeconfig file (temp dir, removed by close()) pointing at `url`, user token `fake-kube-token`, context `fake`. */
  kubeconfigPath: string;
  /** The same kubeconfig as a string. */
  kubeconfigYaml: string;
  /** Every request received, in arrival order (including rejected and dropped ones). */
  requests: FakeKubeRequest[];
  failNext(rule: FailRule): void;
  close(): Promise<void>;
}

export interface FakeKubeOptions {
  nodes: unknown[];
  configMaps?: unknown[];
  /** Largest page the server returns (default 500). */
  maxLimit?: number;
  /** The bearer token accepted (and written into the kubeconfig); default `fake-kube-token`. */
  token?: string;
  /** Echo the request's bearer token in every node list: as an extra Node's name, or in an annotation. */
  echoCredential?: 'node-name' | 'annotation';
}

/**
 * A kubeconfig (YAML) for `server`: cluster, user and context all named `fake`, `insecure-skip-tls-verify:
 * true` (client-node refuses `http:` servers without it), and the given bearer token (none if `null`).
 */
export function kubeconfigFor(server: string, options: { token?: string | null } = {}): string {
  const token = options.token === undefined ? FAKE_KUBE_TOKEN : options.token;
  return stringify({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name: 'fake', cluster: { server, 'insecure-skip-tls-verify': true } }],
    users: [{ name: 'fake', user: token === null ? {} : { token } }],
    contexts: [{ name: 'fake', context: { cluster: 'fake', user: 'fake', namespace: 'default' } }],
    'current-context': 'fake',
    preferences: {},
  });
}

// ---------------------------------------------------------------------------------------------------------
// Fixture loading
// ---------------------------------------------------------------------------------------------------------

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function metadataOf(o: Obj): Obj {
  return isObj(o.metadata) ? o.metadata : {};
}

function nameOf(o: Obj): string {
  const n = metadataOf(o).name;
  return typeof n === 'string' ? n : '';
}

function namespaceOf(o: Obj): string {
  const n = metadataOf(o).namespace;
  return typeof n === 'string' && n !== '' ? n : 'default';
}

/**
 * Reads every `.json`, `.yaml` and `.yml` file of a fixture folder and returns the Nodes and ConfigMaps found
 * in them: kubectl `List`s (of Nodes and/or ConfigMaps), `NodeList`s, `ConfigMapList`s, single `Node`s and
 * `ConfigMap`s; multi-document YAML is supported. Other files (cloud dumps, inventories) are ignored. A Node
 * or ConfigMap seen in several files (e.g. nodes.json and nodes.yaml) is returned once (first file in name
 * order wins). A file that does not parse throws, naming the file.
 */
export async function seedFromFixture(dir: string): Promise<{ nodes: unknown[]; configMaps: unknown[] }> {
  const files = (await readdir(dir, { withFileTypes: true }))
    .filter((e) => e.isFile() && /\.(json|ya?ml)$/i.test(e.name))
    .map((e) => e.name)
    .sort();
  const nodes = new Map<string, Obj>();
  const configMaps = new Map<string, Obj>();

  const take = (o: unknown, impliedKind?: string): void => {
    if (!isObj(o)) return;
    const kind = typeof o.kind === 'string' ? o.kind : impliedKind;
    if (kind === 'List' || kind === 'NodeList' || kind === 'ConfigMapList') {
      const implied = kind === 'NodeList' ? 'Node' : kind === 'ConfigMapList' ? 'ConfigMap' : undefined;
      if (Array.isArray(o.items)) for (const item of o.items) take(item, implied);
    } else if (kind === 'Node') {
      const key = nameOf(o);
      if (!nodes.has(key)) nodes.set(key, { ...o, kind: 'Node', apiVersion: o.apiVersion ?? 'v1' });
    } else if (kind === 'ConfigMap') {
      const key = `${namespaceOf(o)}/${nameOf(o)}`;
      if (!configMaps.has(key)) configMaps.set(key, { ...o, kind: 'ConfigMap', apiVersion: o.apiVersion ?? 'v1' });
    }
  };

  for (const file of files) {
    const full = path.join(dir, file);
    const text = await readFile(full, 'utf8');
    if (/\.json$/i.test(file)) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (err) {
        throw new Error(`seedFromFixture: ${full} is not valid JSON: ${(err as Error).message}`, { cause: err });
      }
      take(parsed);
    } else {
      for (const doc of parseAllDocuments(text)) {
        if (doc.errors.length > 0) {
          throw new Error(`seedFromFixture: ${full} is not valid YAML: ${doc.errors[0]?.message ?? ''}`);
        }
        take(doc.toJS());
      }
    }
  }
  return { nodes: [...nodes.values()], configMaps: [...configMaps.values()] };
}

// ---------------------------------------------------------------------------------------------------------
// Status objects
// ---------------------------------------------------------------------------------------------------------

const REASONS: Record<number, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  405: 'MethodNotAllowed',
  409: 'Conflict',
  410: 'Expired',
  422: 'Invalid',
  429: 'TooManyRequests',
  500: 'InternalError',
  503: 'ServiceUnavailable',
  504: 'Timeout',
};

interface StatusDetails {
  name?: string;
  kind?: string;
  retryAfterSeconds?: number;
}

function statusBody(code: number, message: string, details?: StatusDetails): Obj {
  const reason = REASONS[code] ?? (code >= 500 ? 'InternalError' : 'BadRequest');
  const body: Obj = { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason };
  if (details && Object.keys(details).length > 0) body.details = details;
  body.code = code;
  return body;
}

/** What a request path addresses, for RBAC-style messages and 404 details. */
interface Target {
  resource?: 'nodes' | 'configmaps';
  namespace?: string;
  name?: string;
}

function targetOf(p: string): Target {
  const parts = p.split('/').filter(Boolean).map(safeDecode);
  if (parts[0] !== 'api' || parts[1] !== 'v1') return {};
  const rest = parts.slice(2);
  if (rest[0] === 'nodes' && rest.length <= 2) return { resource: 'nodes', name: rest[1] };
  if (rest[0] === 'configmaps' && rest.length === 1) return { resource: 'configmaps' };
  if (rest[0] === 'namespaces' && rest[2] === 'configmaps' && rest.length <= 4) {
    return { resource: 'configmaps', namespace: rest[1], name: rest[3] };
  }
  return {};
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function forbiddenMessage(p: string, method: string): { message: string; details: StatusDetails } {
  const t = targetOf(p);
  const verb = method === 'GET' ? (t.resource && !t.name ? 'list' : 'get') : method.toLowerCase();
  if (!t.resource) return { message: `forbidden: User "${FAKE_KUBE_USER}" cannot ${verb} path "${p}"`, details: {} };
  const subject = t.name ? `${t.resource} "${t.name}"` : t.resource;
  const scope = t.namespace ? `in the namespace "${t.namespace}"` : 'at the cluster scope';
  const details: StatusDetails = t.name ? { name: t.name, kind: t.resource } : { kind: t.resource };
  return {
    message: `${subject} is forbidden: User "${FAKE_KUBE_USER}" cannot ${verb} resource "${t.resource}" in API group "" ${scope}`,
    details,
  };
}

const DEFAULT_MESSAGES: Record<number, string> = {
  400: 'the server rejected our request for an unknown reason',
  401: 'Unauthorized',
  409: 'the object has been modified; please apply your changes to the latest version and try again',
  410: 'The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter.',
  429: 'Too many requests, please try again later.',
  500: 'Internal error occurred: fake-kube injected fault',
  502: 'Bad Gateway',
  503: 'The server is currently unable to handle the request',
  504: 'Timeout: request did not complete within requested timeout - context deadline exceeded',
};

// ---------------------------------------------------------------------------------------------------------
// Selectors
// ---------------------------------------------------------------------------------------------------------

type Predicate = (o: Obj) => boolean;

class SelectorError extends Error {}

/** Splits on commas that are not inside parentheses (`a in (x,y),b`). */
function splitTerms(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '(') depth += 1;
    if (ch === ')') depth -= 1;
    if (ch === ',' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.map((t) => t.trim()).filter((t) => t !== '');
}

function parseLabelSelector(sel: string): Predicate {
  const preds: Predicate[] = [];
  for (const term of splitTerms(sel)) {
    const labels = (o: Obj): Record<string, unknown> => {
      const l = metadataOf(o).labels;
      return isObj(l) ? l : {};
    };
    let m: RegExpMatchArray | null;
    if ((m = term.match(/^([\w./-]+)\s+(in|notin)\s+\(([^)]*)\)$/))) {
      const [, key = '', op, list = ''] = m;
      const values = new Set(list.split(',').map((v) => v.trim()));
      preds.push(
        op === 'in'
          ? (o) => key in labels(o) && values.has(String(labels(o)[key]))
          : (o) => !(key in labels(o)) || !values.has(String(labels(o)[key])),
      );
    } else if ((m = term.match(/^([\w./-]+)\s*(==|=|!=)\s*([\w./-]*)$/))) {
      const [, key = '', op, value = ''] = m;
      preds.push(
        op === '!='
          ? (o) => !(key in labels(o)) || String(labels(o)[key]) !== value
          : (o) => key in labels(o) && String(labels(o)[key]) === value,
      );
    } else if ((m = term.match(/^!\s*([\w./-]+)$/))) {
      const key = m[1] ?? '';
      preds.push((o) => !(key in labels(o)));
    } else if ((m = term.match(/^([\w./-]+)$/))) {
      const key = m[1] ?? '';
      preds.push((o) => key in labels(o));
    } else {
      throw new SelectorError(`unable to parse requirement: invalid label selector "${sel}"`);
    }
  }
  return (o) => preds.every((p) => p(o));
}

function parseFieldSelector(sel: string, namespaced: boolean): Predicate {
  const preds: Predicate[] = [];
  for (const term of splitTerms(sel)) {
    const m = term.match(/^([\w.]+)\s*(==|=|!=)\s*(.*)$/);
    if (!m) throw new SelectorError(`invalid selector: '${sel}'; can't understand '${term}'`);
    const [, field = '', op, value = ''] = m;
    let get: (o: Obj) => string;
    if (field === 'metadata.name') get = nameOf;
    else if (field === 'metadata.namespace' && namespaced) get = namespaceOf;
    else if (field === 'spec.unschedulable' && !namespaced) {
      get = (o) => String(isObj(o.spec) && o.spec.unschedulable === true);
    } else throw new SelectorError(`field label not supported: ${field}`);
    preds.push(op === '!=' ? (o) => get(o) !== value : (o) => get(o) === value);
  }
  return (o) => preds.every((p) => p(o));
}

// ---------------------------------------------------------------------------------------------------------
// Server
// ---------------------------------------------------------------------------------------------------------

interface ActiveRule extends FailRule {
  remaining: number;
}

const CONTINUE_VERSION = 'meta.k8s.io/v1';

export async function startFakeKube(options: FakeKubeOptions): Promise<FakeKube> {
  const maxLimit = options.maxLimit ?? 500;
  const acceptedToken = options.token ?? FAKE_KUBE_TOKEN;
  if (!Number.isInteger(maxLimit) || maxLimit < 1) throw new Error(`startFakeKube: bad maxLimit ${maxLimit}`);

  const normalise = (list: unknown[], kind: 'Node' | 'ConfigMap'): Obj[] =>
    list
      .filter(isObj)
      .map((o) => ({ ...structuredClone(o), kind, apiVersion: typeof o.apiVersion === 'string' ? o.apiVersion : 'v1' }))
      .sort((a, b) =>
        `${kind === 'Node' ? '' : namespaceOf(a)}/${nameOf(a)}`.localeCompare(
          `${kind === 'Node' ? '' : namespaceOf(b)}/${nameOf(b)}`,
        ),
      );
  const nodes = normalise(options.nodes, 'Node');
  const configMaps = normalise(options.configMaps ?? [], 'ConfigMap');

  // The list resourceVersion: higher than any object's, as for a real cluster.
  let maxRv = 1000;
  for (const o of [...nodes, ...configMaps]) {
    const rv = Number(metadataOf(o).resourceVersion);
    if (Number.isFinite(rv) && rv > maxRv) maxRv = rv;
  }
  const listRv = String(maxRv + 1);

  const requests: FakeKubeRequest[] = [];
  const rules: ActiveRule[] = [];
  const timers = new Set<NodeJS.Timeout>();

  const send = (res: http.ServerResponse, code: number, body: unknown, headers: Record<string, string> = {}): void => {
    const text = JSON.stringify(body);
    res.writeHead(code, {
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(text)),
      'cache-control': 'no-cache, private',
      ...headers,
    });
    res.end(text);
  };
  const sendStatus = (
    res: http.ServerResponse,
    code: number,
    message: string,
    details?: StatusDetails,
    headers?: Record<string, string>,
  ): void => send(res, code, statusBody(code, message, details), headers);

  const takeRule = (p: string): ActiveRule | undefined => {
    const i = rules.findIndex(
      (r) => r.path === undefined || (typeof r.path === 'string' ? r.path === p : r.path.test(p)),
    );
    if (i < 0) return undefined;
    const rule = rules[i];
    if (!rule) return undefined;
    rule.remaining -= 1;
    if (rule.remaining <= 0) rules.splice(i, 1);
    return rule;
  };

  const echoed = (items: Obj[], authorization: string): Obj[] => {
    const token = authorization.replace(/^\S+\s+/, '');
    if (options.echoCredential === 'node-name') {
      return [
        ...items,
        { apiVersion: 'v1', kind: 'Node', metadata: { name: token }, spec: {}, status: { addresses: [] } },
      ];
    }
    if (options.echoCredential === 'annotation') {
      return items.map((n) => ({
        ...n,
        metadata: {
          ...metadataOf(n),
          annotations: {
            ...(metadataOf(n).annotations as Obj | undefined),
            'fake-kube.test/authorization': authorization,
          },
        },
      }));
    }
    return items;
  };

  const list = (
    res: http.ServerResponse,
    items: Obj[],
    kind: 'NodeList' | 'ConfigMapList',
    query: Record<string, string>,
    namespaced: boolean,
  ): void => {
    if (query.watch === 'true' || query.watch === '1') {
      sendStatus(res, 400, 'watch is not supported by the fake API server');
      return;
    }
    let selected = items;
    const selectors = Boolean(query.labelSelector || query.fieldSelector);
    try {
      if (query.labelSelector) selected = selected.filter(parseLabelSelector(query.labelSelector));
      if (query.fieldSelector) selected = selected.filter(parseFieldSelector(query.fieldSelector, namespaced));
    } catch (err) {
      if (err instanceof SelectorError) {
        sendStatus(res, 400, err.message);
        return;
      }
      throw err;
    }

    let start = 0;
    if (query.continue) {
      const decoded = decodeContinue(query.continue);
      if (decoded === undefined || decoded > selected.length) {
        sendStatus(res, 410, DEFAULT_MESSAGES[410] ?? 'Expired');
        return;
      }
      start = decoded;
    }
    const asked = query.limit === undefined ? 0 : Number.parseInt(query.limit, 10);
    if (query.limit !== undefined && (!Number.isFinite(asked) || asked < 0)) {
      sendStatus(res, 400, `invalid limit: ${query.limit}`);
      return;
    }
    const pageSize = Math.min(asked > 0 ? asked : Number.POSITIVE_INFINITY, maxLimit);
    const page = selected.slice(start, start + pageSize);
    const end = start + page.length;
    const metadata: Obj = { resourceVersion: listRv };
    if (end < selected.length) {
      metadata.continue = encodeContinue(end);
      if (!selectors) metadata.remainingItemCount = selected.length - end;
    }
    send(res, 200, { kind, apiVersion: 'v1', metadata, items: page });
  };

  const route = (
    req: http.IncomingMessage,
    res: http.ServerResponse,
    p: string,
    query: Record<string, string>,
  ): void => {
    const method = req.method ?? 'GET';
    const parts = p.split('/').filter(Boolean).map(safeDecode);
    const known = p === '/version' || p === '/api' || p === '/apis' || targetOf(p).resource !== undefined;
    if (known && method !== 'GET') {
      sendStatus(res, 405, `the server does not allow this method on the requested resource`);
      return;
    }
    if (method === 'GET') {
      if (p === '/version' || p === '/version/') {
        send(res, 200, {
          major: '1',
          minor: '30',
          gitVersion: FAKE_KUBE_VERSION,
          gitCommit: '0000000000000000000000000000000000000000',
          gitTreeState: 'clean',
          buildDate: '2024-08-14T19:00:00Z',
          goVersion: 'go1.22.5',
          compiler: 'gc',
          platform: 'linux/amd64',
        });
        return;
      }
      if (p === '/api' || p === '/api/') {
        const addr = req.socket.localAddress ?? '127.0.0.1';
        send(res, 200, {
          kind: 'APIVersions',
          versions: ['v1'],
          serverAddressByClientCIDRs: [
            { clientCIDR: '0.0.0.0/0', serverAddress: `${addr}:${req.socket.localPort ?? 0}` },
          ],
        });
        return;
      }
      if (p === '/apis' || p === '/apis/') {
        send(res, 200, { kind: 'APIGroupList', apiVersion: 'v1', groups: [] });
        return;
      }
      if (p === '/api/v1' || p === '/api/v1/') {
        send(res, 200, {
          kind: 'APIResourceList',
          groupVersion: 'v1',
          resources: [
            {
              name: 'configmaps',
              singularName: 'configmap',
              namespaced: true,
              kind: 'ConfigMap',
              verbs: ['get', 'list'],
              shortNames: ['cm'],
            },
            {
              name: 'nodes',
              singularName: 'node',
              namespaced: false,
              kind: 'Node',
              verbs: ['get', 'list'],
              shortNames: ['no'],
            },
          ],
        });
        return;
      }
      if (parts[0] === 'api' && parts[1] === 'v1') {
        const rest = parts.slice(2);
        if (rest.length === 1 && rest[0] === 'nodes') {
          list(res, echoed(nodes, req.headers.authorization ?? ''), 'NodeList', query, false);
          return;
        }
        if (rest.length === 2 && rest[0] === 'nodes') {
          const name = rest[1] ?? '';
          const node = nodes.find((n) => nameOf(n) === name);
          if (node) send(res, 200, node);
          else sendStatus(res, 404, `nodes "${name}" not found`, { name, kind: 'nodes' });
          return;
        }
        if (rest.length === 1 && rest[0] === 'configmaps') {
          list(res, configMaps, 'ConfigMapList', query, true);
          return;
        }
        if (rest.length === 3 && rest[0] === 'namespaces' && rest[2] === 'configmaps') {
          const ns = rest[1] ?? '';
          list(
            res,
            configMaps.filter((c) => namespaceOf(c) === ns),
            'ConfigMapList',
            query,
            true,
          );
          return;
        }
        if (rest.length === 4 && rest[0] === 'namespaces' && rest[2] === 'configmaps') {
          const ns = rest[1] ?? '';
          const name = rest[3] ?? '';
          const cm = configMaps.find((c) => namespaceOf(c) === ns && nameOf(c) === name);
          if (cm) send(res, 200, cm);
          else sendStatus(res, 404, `configmaps "${name}" not found`, { name, kind: 'configmaps' });
          return;
        }
      }
    }
    sendStatus(res, 404, 'the server could not find the requested resource');
  };

  const handle = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const p = url.pathname;
    const query: Record<string, string> = {};
    for (const [k, v] of url.searchParams) query[k] = v;
    const method = req.method ?? 'GET';
    const auth = req.headers.authorization;
    const record: FakeKubeRequest = { method, path: p, query };
    if (auth !== undefined) record.authorization = `${auth.trim().split(/\s+/)[0] ?? ''} [REDACTED]`;
    requests.push(record);
    req.resume(); // discard any body

    const m = auth?.match(/^Bearer\s+(\S+)\s*$/i);
    if (!m || m[1] !== acceptedToken) {
      sendStatus(res, 401, 'Unauthorized');
      return;
    }

    const rule = takeRule(p);
    const act = (): void => {
      if (!rule) {
        route(req, res, p, query);
        return;
      }
      if (rule.dropConnection) {
        req.socket.destroy();
        return;
      }
      if (rule.status >= 200 && rule.status < 300) {
        route(req, res, p, query);
        return;
      }
      const headers: Record<string, string> = {};
      const details: StatusDetails = {};
      let message = rule.message ?? DEFAULT_MESSAGES[rule.status] ?? `fake-kube injected HTTP ${rule.status}`;
      if (rule.status === 403) {
        const f = forbiddenMessage(p, method);
        message = rule.message ?? f.message;
        Object.assign(details, f.details);
      }
      if (rule.status === 404) {
        const t = targetOf(p);
        if (t.resource && t.name) {
          message = rule.message ?? `${t.resource} "${t.name}" not found`;
          Object.assign(details, { name: t.name, kind: t.resource });
        }
      }
      if (rule.echoCredential) {
        const token = (auth ?? '').replace(/^\S+\s+/, '');
        message = rule.message?.includes('{credential}')
          ? rule.message.replaceAll('{credential}', token)
          : `token ${token} rejected`;
      }
      const retryAfter = rule.retryAfterSeconds ?? (rule.status === 429 ? 1 : undefined);
      if (retryAfter !== undefined) {
        headers['retry-after'] = String(retryAfter);
        details.retryAfterSeconds = retryAfter;
      }
      sendStatus(res, rule.status, message, details, headers);
    };

    if (rule?.delayMs && rule.delayMs > 0) {
      const t = setTimeout(() => {
        timers.delete(t);
        if (!res.destroyed && !req.socket.destroyed) act();
      }, rule.delayMs);
      timers.add(t);
    } else act();
  };

  const server = http.createServer((req, res) => {
    try {
      handle(req, res);
    } catch (err) {
      if (!res.headersSent) sendStatus(res, 500, `fake-kube internal error: ${(err as Error).message}`);
      else res.destroy();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  let dir: string;
  try {
    dir = await mkdtemp(path.join(os.tmpdir(), 'fake-kube-'));
  } catch (err) {
    server.close();
    throw err;
  }
  const kubeconfigYaml = kubeconfigFor(url, { token: acceptedToken });
  const kubeconfigPath = path.join(dir, 'kubeconfig');
  await writeFile(kubeconfigPath, kubeconfigYaml, { mode: 0o600 });

  let closed: Promise<void> | undefined;
  return {
    url,
    kubeconfigPath,
    kubeconfigYaml,
    requests,
    failNext(rule: FailRule): void {
      const times = rule.times ?? 1;
      if (!Number.isInteger(times) || times < 1) throw new Error(`failNext: bad times ${String(rule.times)}`);
      rules.push({ ...rule, remaining: times });
    },
    close(): Promise<void> {
      closed ??= (async () => {
        for (const t of timers) clearTimeout(t);
        timers.clear();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await rm(dir, { recursive: true, force: true });
      })();
      return closed;
    },
  };
}

function encodeContinue(offset: number): string {
  return Buffer.from(JSON.stringify({ v: CONTINUE_VERSION, start: offset })).toString('base64url');
}

function decodeContinue(token: string): number | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (
      isObj(parsed) &&
      parsed.v === CONTINUE_VERSION &&
      Number.isInteger(parsed.start) &&
      (parsed.start as number) >= 0
    ) {
      return parsed.start as number;
    }
  } catch {
    // fall through
  }
  return undefined;
}
