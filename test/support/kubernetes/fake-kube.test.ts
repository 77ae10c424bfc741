/**
 * Tests for the fake Kubernetes API server, driven by the REAL `@kubernetes/client-node` (no module mocks):
 * the client loads the fake's kubeconfig and talks HTTP to it on 127.0.0.1. A few wire-level checks use
 * plain `fetch`.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ApiException,
  ApisApi,
  CoreApi,
  CoreV1Api,
  KubeConfig,
  VersionApi,
  type V1Node,
} from '@kubernetes/client-node';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FAKE_KUBE_TOKEN, kubeconfigFor, seedFromFixture, startFakeKube, type FakeKube } from './fake-kube.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const GCE_BROKEN = path.join(ROOT, 'fixtures/gce/broken');
const GCE_BROKEN_NODES = ['k8s-cp-0', 'k8s-lin-1', 'k8s-lin-2', 'k8s-lin-3', 'k8s-win-1', 'k8s-win-2'];
const FORBIDDEN_NODES =
  'nodes is forbidden: User "system:serviceaccount:ci:hostgw" cannot list resource "nodes" in API group "" at the cluster scope';

function clientFor(fake: FakeKube): CoreV1Api {
  const kc = new KubeConfig();
  kc.loadFromFile(fake.kubeconfigPath);
  return kc.makeApiClient(CoreV1Api);
}

/** Runs `fn`, expects it to reject, and returns the rejection. */
async function rejection(fn: () => Promise<unknown>): Promise<unknown> {
  try {
    await fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected a rejection');
}

async function apiError(fn: () => Promise<unknown>): Promise<ApiException<unknown>> {
  const err = await rejection(fn);
  expect(err).toBeInstanceOf(ApiException);
  return err as ApiException<unknown>;
}

/** client-node 1.4 leaves the response body of an error as the raw JSON text. */
function statusOf(err: ApiException<unknown>): Record<string, unknown> {
  expect(typeof err.body).toBe('string');
  return JSON.parse(err.body as string) as Record<string, unknown>;
}

async function listAllNodes(api: CoreV1Api, limit: number): Promise<{ names: string[]; pages: number }> {
  const names: string[] = [];
  let token: string | undefined;
  let pages = 0;
  do {
    const page = await api.listNode({ limit, _continue: token });
    pages += 1;
    names.push(...page.items.map((n: V1Node) => n.metadata?.name ?? '?'));
    token = page.metadata?._continue;
  } while (token);
  return { names, pages };
}

let seed: { nodes: unknown[]; configMaps: unknown[] };
beforeAll(async () => {
  seed = await seedFromFixture(GCE_BROKEN);
});

describe('seedFromFixture', () => {
  it('reads the kubectl YAML List of Nodes and the flannel ConfigMap of fixtures/gce/broken', () => {
    const names = seed.nodes.map((n) => (n as V1Node).metadata?.name).sort();
    expect(names).toEqual(GCE_BROKEN_NODES);
    expect(seed.nodes.every((n) => (n as V1Node).kind === 'Node')).toBe(true);
    expect(seed.configMaps).toHaveLength(1);
    const cm = seed.configMaps[0] as { kind: string; metadata: { name: string; namespace: string } };
    expect(cm.kind).toBe('ConfigMap');
    expect(cm.metadata).toMatchObject({ name: 'kube-flannel-cfg', namespace: 'kube-flannel' });
  });

  it('reads the kubectl JSON List of fixtures/aws/broken (7 nodes)', async () => {
    const aws = await seedFromFixture(path.join(ROOT, 'fixtures/aws/broken'));
    expect(aws.nodes).toHaveLength(7);
    expect(aws.configMaps).toHaveLength(1);
  });

  it('accepts NodeList, single Node, multi-document YAML and Lists holding ConfigMaps; ignores other files', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'fake-kube-seed-'));
    try {
      await writeFile(
        path.join(dir, 'a-nodelist.json'),
        JSON.stringify({
          kind: 'NodeList',
          apiVersion: 'v1',
          metadata: {},
          items: [{ metadata: { name: 'n1' } }],
        }),
      );
      await writeFile(path.join(dir, 'b-node.yaml'), 'apiVersion: v1\nkind: Node\nmetadata:\n  name: n2\n');
      await writeFile(
        path.join(dir, 'c-multi.yml'),
        'apiVersion: v1\nkind: Node\nmetadata:\n  name: n3\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm1\n  namespace: x\n',
      );
      await writeFile(
        path.join(dir, 'd-list.json'),
        JSON.stringify({
          kind: 'List',
          apiVersion: 'v1',
          items: [
            { kind: 'ConfigMap', apiVersion: 'v1', metadata: { name: 'cm2', namespace: 'y' } },
            { kind: 'Node', apiVersion: 'v1', metadata: { name: 'n1' } }, // duplicate of a-nodelist.json
          ],
        }),
      );
      await writeFile(path.join(dir, 'e-gcloud.json'), JSON.stringify([{ name: 'vm', kind: 'compute#instance' }]));
      await writeFile(path.join(dir, 'f-inventory.yaml'), 'apiVersion: hostgw-preflight/v1\nkind: HostGwInventory\n');
      await writeFile(path.join(dir, 'notes.txt'), 'kind: Node');
      const got = await seedFromFixture(dir);
      expect(got.nodes.map((n) => (n as V1Node).metadata?.name)).toEqual(['n1', 'n2', 'n3']);
      expect((got.nodes[0] as V1Node).kind).toBe('Node');
      expect(got.configMaps.map((c) => (c as V1Node).metadata?.name)).toEqual(['cm1', 'cm2']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('names the file that does not parse', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'fake-kube-seed-'));
    try {
      await writeFile(path.join(dir, 'nodes.json'), '{"kind": "List",');
      await expect(seedFromFixture(dir)).rejects.toThrow(/nodes\.json is not valid JSON/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('fake Kubernetes API server (real @kubernetes/client-node)', () => {
  let fake: FakeKube;
  let api: CoreV1Api;

  beforeEach(async () => {
    fake = await startFakeKube(seed);
    api = clientFor(fake);
  });
  afterEach(async () => {
    await fake.close();
  });

  it('writes a kubeconfig for the fake that binds 127.0.0.1 and uses the context "fake"', () => {
    expect(fake.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const kc = new KubeConfig();
    kc.loadFromFile(fake.kubeconfigPath);
    expect(kc.getCurrentContext()).toBe('fake');
    expect(kc.getCurrentCluster()).toMatchObject({ server: fake.url, skipTLSVerify: true });
    expect(kc.getCurrentUser()?.token).toBe(FAKE_KUBE_TOKEN);
  });

  it('pages through the 6 nodes of fixtures/gce/broken with limit 2 in 3 requests', async () => {
    const { names, pages } = await listAllNodes(api, 2);
    expect(names).toEqual(GCE_BROKEN_NODES);
    expect(pages).toBe(3);
    expect(fake.requests).toHaveLength(3);
    expect(fake.requests.map((r) => r.path)).toEqual(['/api/v1/nodes', '/api/v1/nodes', '/api/v1/nodes']);
    expect(fake.requests.map((r) => r.query.limit)).toEqual(['2', '2', '2']);
    expect(fake.requests[0]?.query.continue).toBeUndefined();
    expect(fake.requests[1]?.query.continue).toEqual(expect.any(String));
    expect(fake.requests[2]?.query.continue).toEqual(expect.any(String));
    expect(fake.requests[2]?.query.continue).not.toBe(fake.requests[1]?.query.continue);
  });

  it('returns every node exactly once, in ceil(6 / limit) pages, for every limit from 1 to 7', async () => {
    for (let limit = 1; limit <= 7; limit += 1) {
      expect(await listAllNodes(api, limit)).toEqual({ names: GCE_BROKEN_NODES, pages: Math.ceil(6 / limit) });
    }
    const five = await api.listNode({ limit: 5 });
    expect(five.metadata?.remainingItemCount).toBe(1);
  });

  it('returns a NodeList with kind/apiVersion on items, continue token and remainingItemCount', async () => {
    const first = await api.listNode({ limit: 4 });
    expect(first.kind).toBe('NodeList');
    expect(first.apiVersion).toBe('v1');
    expect(first.items).toHaveLength(4);
    expect(first.items[0]).toMatchObject({ kind: 'Node', apiVersion: 'v1', metadata: { name: 'k8s-cp-0' } });
    expect(first.items[0]?.spec?.podCIDR).toBe('10.48.0.0/24');
    expect(first.metadata?._continue).toEqual(expect.any(String));
    expect(first.metadata?.remainingItemCount).toBe(2);
    expect(first.metadata?.resourceVersion).toMatch(/^\d+$/);
    const last = await api.listNode({ limit: 4, _continue: first.metadata?._continue });
    expect(last.items.map((n) => n.metadata?.name)).toEqual(['k8s-win-1', 'k8s-win-2']);
    expect(last.metadata?._continue).toBeUndefined();
    expect(last.metadata?.remainingItemCount).toBeUndefined();
  });

  it('returns every node in one page without a limit', async () => {
    const all = await api.listNode();
    expect(all.items).toHaveLength(6);
    expect(all.metadata?._continue).toBeUndefined();
  });

  it('caps the page size at maxLimit, even without a limit', async () => {
    const small = await startFakeKube({ ...seed, maxLimit: 4 });
    try {
      const capped = clientFor(small);
      const page = await capped.listNode({ limit: 100 });
      expect(page.items).toHaveLength(4);
      expect(page.metadata?._continue).toEqual(expect.any(String));
      expect((await capped.listNode()).items).toHaveLength(4);
      expect(await listAllNodes(capped, 500)).toEqual({ names: GCE_BROKEN_NODES, pages: 2 });
    } finally {
      await small.close();
    }
  });

  it('answers 410 Expired to a continue token it did not issue', async () => {
    const err = await apiError(() => api.listNode({ limit: 2, _continue: 'not-a-token' }));
    expect(err.code).toBe(410);
    expect(statusOf(err)).toMatchObject({ kind: 'Status', status: 'Failure', reason: 'Expired', code: 410 });
  });

  it('reads the flannel ConfigMap', async () => {
    const cm = await api.readNamespacedConfigMap({ name: 'kube-flannel-cfg', namespace: 'kube-flannel' });
    expect(cm.kind).toBe('ConfigMap');
    expect(cm.metadata?.name).toBe('kube-flannel-cfg');
    expect(cm.metadata?.namespace).toBe('kube-flannel');
    const netConf = JSON.parse(cm.data?.['net-conf.json'] ?? '{}') as { Network: string; Backend: { Type: string } };
    expect(netConf).toEqual({ Network: '10.48.0.0/16', Backend: { Type: 'host-gw' } });
    expect(fake.requests.at(-1)?.path).toBe('/api/v1/namespaces/kube-flannel/configmaps/kube-flannel-cfg');
  });

  it('surfaces a missing ConfigMap as ApiException code 404 with a NotFound Status body', async () => {
    const err = await apiError(() =>
      api.readNamespacedConfigMap({ name: 'kube-flannel-cfg', namespace: 'kube-system' }),
    );
    expect(err.code).toBe(404);
    expect(statusOf(err)).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'configmaps "kube-flannel-cfg" not found',
      reason: 'NotFound',
      details: { name: 'kube-flannel-cfg', kind: 'configmaps' },
      code: 404,
    });
  });

  it('lists ConfigMaps of a namespace with fieldSelector and labelSelector', async () => {
    const byName = await api.listNamespacedConfigMap({
      namespace: 'kube-flannel',
      fieldSelector: 'metadata.name=kube-flannel-cfg',
    });
    expect(byName.kind).toBe('ConfigMapList');
    expect(byName.items.map((c) => c.metadata?.name)).toEqual(['kube-flannel-cfg']);
    const byLabel = await api.listNamespacedConfigMap({
      namespace: 'kube-flannel',
      labelSelector: 'app=flannel,tier in (node)',
    });
    expect(byLabel.items).toHaveLength(1);
    expect(
      (await api.listNamespacedConfigMap({ namespace: 'kube-flannel', fieldSelector: 'metadata.name=nope' })).items,
    ).toEqual([]);
    expect(
      (await api.listNamespacedConfigMap({ namespace: 'kube-flannel', labelSelector: 'app!=flannel' })).items,
    ).toEqual([]);
    expect((await api.listNamespacedConfigMap({ namespace: 'default' })).items).toEqual([]);
    const bad = await apiError(() =>
      api.listNamespacedConfigMap({ namespace: 'kube-flannel', fieldSelector: 'data.x=1' }),
    );
    expect(bad.code).toBe(400);
  });

  it('injects an RBAC denial (403 Forbidden) once, then serves normally', async () => {
    fake.failNext({ path: '/api/v1/nodes', status: 403 });
    // A rule for another path is not consumed by the node list.
    fake.failNext({ path: /configmaps/, status: 403 });
    const err = await apiError(() => api.listNode({ limit: 2 }));
    expect(err.code).toBe(403);
    expect(statusOf(err)).toMatchObject({
      kind: 'Status',
      status: 'Failure',
      reason: 'Forbidden',
      code: 403,
      message: FORBIDDEN_NODES,
    });
    expect((await api.listNode({ limit: 2 })).items).toHaveLength(2);
    const cmErr = await apiError(() =>
      api.readNamespacedConfigMap({ name: 'kube-flannel-cfg', namespace: 'kube-flannel' }),
    );
    expect(statusOf(cmErr).message).toBe(
      'configmaps "kube-flannel-cfg" is forbidden: User "system:serviceaccount:ci:hostgw" cannot get resource "configmaps" in API group "" in the namespace "kube-flannel"',
    );
  });

  it('answers 401 Unauthorized to a wrong token and to no token, and never records the token', async () => {
    for (const token of ['wrong-token', null]) {
      const kc = new KubeConfig();
      kc.loadFromString(kubeconfigFor(fake.url, { token }));
      const err = await apiError(() => kc.makeApiClient(CoreV1Api).listNode());
      expect(err.code).toBe(401);
      // client-node 1.4 drops the body of a 401 (the OpenAPI spec declares it without a schema).
      expect(err.body).toBeUndefined();
    }
    await api.listNode();
    expect(fake.requests.map((r) => r.authorization)).toEqual(['Bearer [REDACTED]', undefined, 'Bearer [REDACTED]']);
    const recorded = JSON.stringify(fake.requests);
    expect(recorded).not.toContain(FAKE_KUBE_TOKEN);
    expect(recorded).not.toContain('wrong-token');

    const res = await fetch(`${fake.url}/api/v1/nodes`, { headers: { authorization: 'Bearer nope' } });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'Unauthorized',
      reason: 'Unauthorized',
      code: 401,
    });
  });

  it('loads the kubeconfig from its string form as well', async () => {
    const kc = new KubeConfig();
    kc.loadFromString(fake.kubeconfigYaml);
    expect(kc.getCurrentContext()).toBe('fake');
    const nodes = await kc.makeApiClient(CoreV1Api).listNode();
    expect(nodes.items.map((n) => n.metadata?.name)).toEqual(GCE_BROKEN_NODES);
  });

  it('injects 429 with Retry-After, and 500/503 for a number of times', async () => {
    fake.failNext({ path: '/api/v1/nodes', status: 429, retryAfterSeconds: 7 });
    const tooMany = await apiError(() => api.listNode());
    expect(tooMany.code).toBe(429);
    expect(tooMany.headers['retry-after']).toBe('7');
    expect(statusOf(tooMany)).toMatchObject({ reason: 'TooManyRequests', details: { retryAfterSeconds: 7 } });

    fake.failNext({ status: 500, times: 2 });
    expect((await apiError(() => api.listNode())).code).toBe(500);
    const second = await apiError(() =>
      api.readNamespacedConfigMap({ name: 'kube-flannel-cfg', namespace: 'kube-flannel' }),
    );
    expect(second.code).toBe(500);
    expect(statusOf(second).reason).toBe('InternalError');

    fake.failNext({ status: 503 });
    const unavailable = await apiError(() => api.listNode());
    expect(unavailable.code).toBe(503);
    expect(statusOf(unavailable).reason).toBe('ServiceUnavailable');
    expect(unavailable.headers['retry-after']).toBeUndefined();

    expect((await api.listNode()).items).toHaveLength(6);
  });

  it('drops the connection without a response (client sees FetchError ECONNRESET)', async () => {
    fake.failNext({ path: '/api/v1/nodes', status: 500, dropConnection: true });
    const err = await rejection(() => api.listNode());
    expect(err).not.toBeInstanceOf(ApiException);
    expect(err).toMatchObject({ name: 'FetchError', code: 'ECONNRESET', type: 'system' });
    expect((await api.listNode()).items).toHaveLength(6);
    expect(fake.requests).toHaveLength(2);
  });

  it('answers late with delayMs (alone with a 2xx status, or before an error)', async () => {
    fake.failNext({ status: 200, delayMs: 300 });
    let t0 = Date.now();
    expect((await api.listNode()).items).toHaveLength(6);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(280);

    fake.failNext({ status: 503, delayMs: 200 });
    t0 = Date.now();
    expect((await apiError(() => api.listNode())).code).toBe(503);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(180);

    t0 = Date.now();
    await api.listNode();
    expect(Date.now() - t0).toBeLessThan(180);
  });

  it('serves /version and minimal discovery', async () => {
    const kc = new KubeConfig();
    kc.loadFromFile(fake.kubeconfigPath);
    const version = await kc.makeApiClient(VersionApi).getCode();
    expect(version).toMatchObject({ major: '1', minor: '30', gitVersion: 'v1.30.4' });
    const core = await kc.makeApiClient(CoreApi).getAPIVersions();
    expect(core.versions).toEqual(['v1']);
    const groups = await kc.makeApiClient(ApisApi).getAPIVersions();
    expect(groups.kind).toBe('APIGroupList');
    expect(groups.groups).toEqual([]);
  });

  it('answers 404 Status to unknown paths and 405 to writes', async () => {
    const headers = { authorization: `Bearer ${FAKE_KUBE_TOKEN}` };
    const res = await fetch(`${fake.url}/apis/apps/v1/deployments`, { headers });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(await res.json()).toMatchObject({ kind: 'Status', reason: 'NotFound', code: 404 });
    const post = await fetch(`${fake.url}/api/v1/nodes`, { method: 'POST', headers, body: '{}' });
    expect(post.status).toBe(405);
    const node = await api.readNode({ name: 'k8s-lin-3' });
    expect(node.metadata?.name).toBe('k8s-lin-3');
    expect((await apiError(() => api.readNode({ name: 'k8s-lin-9' }))).code).toBe(404);
  });

  it('removes its kubeconfig on close, and close is idempotent', async () => {
    const extra = await startFakeKube({ nodes: [] });
    expect(existsSync(extra.kubeconfigPath)).toBe(true);
    await extra.close();
    await extra.close();
    expect(existsSync(extra.kubeconfigPath)).toBe(false);
    const err = await rejection(() => fetch(`${extra.url}/version`));
    expect(err).toBeInstanceOf(Error);
  });
});
