/**
 * Tests for the fake GCE REST API: one suite checks the wire protocol with plain `fetch`; the other drives the
 * fake with the REAL `@google-cloud/compute` v1 clients in REST (fallback) mode and pins down how the client
 * hands results and errors back (absent fields, ints, error codes, retries) — the things live mode depends on.
 */
import { InstancesClient, RoutesClient, SubnetworksClient } from '@google-cloud/compute/build/src/v1/index.js';
import { afterEach, describe, expect, it } from 'vitest';
import {
  bareFetchAuthClient,
  FAKE_GCE_TOKEN,
  fakeGceClientOptions,
  scaleScenario,
  seedFromFixture,
  startFakeGce,
  type FakeGce,
  type GceScenario,
} from './fake-gce.js';

const BROKEN = 'fixtures/gce/broken';
const HEALTHY = 'fixtures/gce/healthy';
const API = 'https://www.googleapis.com/compute/v1/';
const K8S_NET = `${API}projects/acme-staging/global/networks/k8s-net`;

// Live-mode code reads loosely typed protobuf objects; `any` keeps these assertions readable.
/* eslint-disable @typescript-eslint/no-explicit-any */
type Any = any;

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

/** The error a promise rejects with; fails the test if it resolves. */
async function rejection(promise: Promise<unknown>): Promise<Any> {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  throw new Error('expected the call to fail, but it succeeded');
}

function byName<T extends { name?: string | null }>(items: T[], name: string): T {
  const found = items.find((i) => i.name === name);
  if (!found) throw new Error(`no item named ${name}`);
  return found;
}

const fakes: FakeGce[] = [];
async function start(scenario: GceScenario, options?: Parameters<typeof startFakeGce>[1]): Promise<FakeGce> {
  const fake = await startFakeGce(scenario, options);
  fakes.push(fake);
  return fake;
}
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((f) => f.close()));
});

async function get(fake: FakeGce, path: string, query: Record<string, string> = {}, token: string | null = FAKE_GCE_TOKEN) {
  const qs = new URLSearchParams(query).toString();
  const res = await fetch(`${fake.url}${path}${qs ? `?${qs}` : ''}`, {
    headers: token === null ? {} : { authorization: `Bearer ${token}` },
  });
  const text = await res.text();
  let body: Any = text;
  try {
    body = JSON.parse(text);
  } catch {
    // HTML error page
  }
  return { status: res.status, headers: res.headers, body };
}

describe('seedFromFixture / scaleScenario', () => {
  it('reads gcloud JSON lists by content and takes the project from the selfLinks', async () => {
    const broken = await seedFromFixture(BROKEN);
    expect(broken.project).toBe('acme-staging');
    expect(broken.instances).toHaveLength(7);
    expect(broken.routes).toHaveLength(9);
    expect(broken.subnetworks).toHaveLength(1);
    expect((broken.instances as Any[]).every((i) => i.kind === 'compute#instance')).toBe(true);
    const healthy = await seedFromFixture(HEALTHY);
    expect(healthy.project).toBe('northwind-k8s');
    expect([healthy.instances.length, healthy.routes.length, healthy.subnetworks.length]).toEqual([6, 8, 2]);
  });

  it('builds a consistent n-node scenario and NodeList', () => {
    const { scenario, nodes } = scaleScenario(1000, { project: 'big', zones: ['us-east1-b', 'us-east1-c', 'us-west1-a'] });
    const instances = scenario.instances as Any[];
    const items = (nodes as Any).items as Any[];
    expect(instances).toHaveLength(1000);
    expect(items).toHaveLength(1000);
    expect(scenario.subnetworks).toHaveLength(2); // us-east1, us-west1
    expect(instances.every((i) => i.canIpForward === true)).toBe(true);
    expect(new Set(instances.map((i) => i.networkInterfaces[0].networkIP)).size).toBe(1000);
    const podCidrs = items.map((n) => n.spec.podCIDR);
    expect(new Set(podCidrs).size).toBe(1000);
    const routes = (scenario.routes as Any[]).filter((r) => r.nextHopInstance);
    expect(routes).toHaveLength(1000);
    const selfLinks = new Set(instances.map((i) => i.selfLink));
    for (const [i, node] of items.entries()) {
      const [, project, zone, name] = /^gce:\/\/([^/]+)\/([^/]+)\/([^/]+)$/.exec(node.spec.providerID)!;
      expect(project).toBe('big');
      expect(selfLinks.has(`${API}projects/big/zones/${zone}/instances/${name}`)).toBe(true);
      expect(routes[i].destRange).toBe(node.spec.podCIDR);
      expect(routes[i].nextHopInstance).toBe(`${API}projects/big/zones/${zone}/instances/${name}`);
    }
  });
});

describe('fake GCE REST API (fetch)', () => {
  it('requires a bearer token and redacts it in the recorded requests', async () => {
    const fake = await start(await seedFromFixture(BROKEN));
    const res = await get(fake, '/compute/v1/projects/acme-staging/global/routes', {}, null);
    expect(res.status).toBe(401);
    expect(res.body.error).toMatchObject({ code: 401, status: 'UNAUTHENTICATED' });
    expect(res.body.error.errors[0]).toMatchObject({ domain: 'global', reason: 'required' });
    expect((await get(fake, '/compute/v1/projects/acme-staging/global/routes')).status).toBe(200);
    expect(fake.requests.map((r) => r.authorization)).toEqual([undefined, 'Bearer [REDACTED]']);
    expect(fake.requests[1]!.token).toBe(FAKE_GCE_TOKEN);
    expect(JSON.stringify(fake.requests)).not.toContain(FAKE_GCE_TOKEN);
    expect(fake.requests.map((r) => r.status)).toEqual([401, 200]);
  });

  it('pages aggregated instances across zones, with every zone key on every page', async () => {
    const fake = await start(await seedFromFixture(BROKEN), { maxResultsCap: 2 });
    const seen: string[] = [];
    let pageToken: string | undefined;
    let pages = 0;
    do {
      const res = await get(fake, '/compute/v1/projects/acme-staging/aggregated/instances', {
        returnPartialSuccess: 'true',
        ...(pageToken ? { pageToken } : {}),
      });
      expect(res.status).toBe(200);
      expect(res.body.kind).toBe('compute#instanceAggregatedList');
      expect(Object.keys(res.body.items).sort()).toEqual(['zones/europe-west4-a', 'zones/europe-west4-b', 'zones/europe-west4-c']);
      let onPage = 0;
      for (const [scope, scoped] of Object.entries<Any>(res.body.items)) {
        if (scoped.instances) {
          onPage += scoped.instances.length;
          seen.push(...scoped.instances.map((i: Any) => i.name));
          expect(scoped.warning).toBeUndefined();
        } else {
          expect(scoped.warning).toEqual({
            code: 'NO_RESULTS_ON_PAGE',
            message: `There are no results for scope '${scope}' on this page.`,
            data: [{ key: 'scope', value: scope }],
          });
        }
      }
      expect(onPage).toBeLessThanOrEqual(2);
      pageToken = res.body.nextPageToken;
      pages += 1;
    } while (pageToken);
    expect(pages).toBe(4);
    expect(seen.sort()).toEqual(['k8s-cp-0', 'k8s-lin-1', 'k8s-lin-2', 'k8s-lin-3', 'k8s-win-1', 'k8s-win-2', 'nat-gw-1']);
    expect(fake.callCount(/\/aggregated\/instances$/)).toBe(4);
  });

  it('validates maxResults, pageToken and unknown parameters like GCE', async () => {
    const fake = await start(await seedFromFixture(BROKEN));
    const routes = '/compute/v1/projects/acme-staging/global/routes';
    const tooMany = await get(fake, routes, { maxResults: '501' });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.message).toBe("Invalid value for field 'maxResults': '501'. Must be less than or equal to 500");
    expect((await get(fake, routes, { pageToken: 'bogus' })).status).toBe(400);
    const first = await get(fake, routes, { maxResults: '4' });
    expect(first.body.items).toHaveLength(4);
    // A token is only valid for the listing (path + filter) that produced it.
    const other = await get(fake, '/compute/v1/projects/acme-staging/aggregated/instances', { pageToken: first.body.nextPageToken });
    expect(other.body.error.message).toContain("Invalid value for field 'pageToken'");
    const rest = await get(fake, routes, { maxResults: '500', pageToken: first.body.nextPageToken });
    expect(rest.body.items).toHaveLength(5);
    expect(rest.body.nextPageToken).toBeUndefined();
    expect((await get(fake, routes, { pageSize: '4' })).status).toBe(400);
  });

  it('filters routes by network in the forms the tool sends, and rejects unknown syntax', async () => {
    const scenario = await seedFromFixture(BROKEN);
    scenario.routes.push({
      kind: 'compute#route',
      name: 'other-net-route',
      network: `${API}projects/acme-staging/global/networks/other-net`,
      destRange: '192.168.0.0/24',
      nextHopIp: '192.168.0.10',
      priority: 100,
      selfLink: `${API}projects/acme-staging/global/routes/other-net-route`,
    });
    const fake = await start(scenario);
    const routes = '/compute/v1/projects/acme-staging/global/routes';
    const count = async (filter: string) => {
      const res = await get(fake, routes, { filter });
      expect(res.status, `${filter}: ${JSON.stringify(res.body)}`).toBe(200);
      return (res.body.items ?? []).length as number;
    };
    expect(await count(`network = "${K8S_NET}"`)).toBe(9);
    expect(await count(`network="${K8S_NET}"`)).toBe(9);
    expect(await count('network = "projects/acme-staging/global/networks/k8s-net"')).toBe(9);
    expect(await count(`network = "${API}projects/acme-staging/global/networks/other-net"`)).toBe(1);
    expect(await count(`network != "${K8S_NET}"`)).toBe(1);
    expect(await count(`network = "${API}projects/acme-staging/global/networks/nope"`)).toBe(0);
    expect(await count(`(network = "${K8S_NET}") AND (priority = 0)`)).toBe(1);
    expect(await count(`(network = "${K8S_NET}") (priority < 1000)`)).toBe(1);
    expect(await count('name = "stg-pods-k8s-cp-0" OR name = "other-net-route"')).toBe(2);
    expect(await count('name eq stg-pods-.*')).toBe(6);
    expect(await count('tags = linux-pool')).toBe(1);
    const empty = await get(fake, routes, { filter: `network = "${API}projects/acme-staging/global/networks/nope"` });
    expect(empty.body).not.toHaveProperty('items'); // GCE leaves out empty item lists
    for (const bad of ['network : "x"', 'network =', '(network = "x"', 'network = "x" AND', 'network ~ x']) {
      const res = await get(fake, routes, { filter: bad });
      expect(res.status, bad).toBe(400);
      expect(res.body.error.message).toBe(`Invalid value for field 'filter': '${bad}'. Invalid list filter expression.`);
    }
    const instances = await get(fake, '/compute/v1/projects/acme-staging/aggregated/instances', { filter: 'status = RUNNING' });
    expect(Object.values<Any>(instances.body.items).flatMap((s) => s.instances ?? [])).toHaveLength(7);
    const off = await get(fake, '/compute/v1/projects/acme-staging/zones/europe-west4-a/instances', { filter: 'canIpForward = false' });
    expect(off.body.items.map((i: Any) => i.name)).toEqual(['k8s-lin-1']);
  });

  it('answers 403 for other projects, 404 for unknown zones and paths', async () => {
    const fake = await start(await seedFromFixture(BROKEN));
    const other = await get(fake, '/compute/v1/projects/someone-else/aggregated/instances');
    expect(other.status).toBe(403);
    expect(other.body.error).toMatchObject({ status: 'PERMISSION_DENIED', message: "Required 'compute.instances.list' permission for 'projects/someone-else'" });
    expect((await get(fake, '/compute/v1/projects/acme-staging/zones/mars-1a/instances')).status).toBe(404);
    expect((await get(fake, '/compute/v1/projects/acme-staging/global/firewalls')).status).toBe(404);
    const one = await get(fake, '/compute/v1/projects/acme-staging/zones/europe-west4-c/instances/k8s-win-1');
    expect(one.body.metadata.items[0].key).toBe('windows-startup-script-ps1');
  });

  it('injects failures: status bodies, Retry-After, times, path matching, dropped connections, delays', async () => {
    const fake = await start(await seedFromFixture(BROKEN));
    const routes = '/compute/v1/projects/acme-staging/global/routes';
    fake.failNext({ path: /\/global\/routes$/, status: 429, times: 2, retryAfterSeconds: 7 });
    expect((await get(fake, '/compute/v1/projects/acme-staging/aggregated/subnetworks')).status).toBe(200); // path does not match
    const limited = await get(fake, routes);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect(limited.body.error).toMatchObject({ code: 429, status: 'RESOURCE_EXHAUSTED' });
    expect(limited.body.error.message).toContain("Quota exceeded for quota metric 'Read requests'");
    expect((await get(fake, routes)).status).toBe(429);
    expect((await get(fake, routes)).status).toBe(200);

    fake.failNext({ status: 403 });
    const denied = await get(fake, routes);
    expect(denied.body.error).toEqual({
      code: 403,
      message: "Required 'compute.routes.list' permission for 'projects/acme-staging'",
      errors: [{ message: "Required 'compute.routes.list' permission for 'projects/acme-staging'", domain: 'global', reason: 'forbidden' }],
      status: 'PERMISSION_DENIED',
    });
    fake.failNext({ status: 503 });
    expect((await get(fake, routes)).body.error.status).toBe('UNAVAILABLE');
    fake.failNext({ status: 500 });
    expect((await get(fake, routes)).body.error.status).toBe('INTERNAL');
    fake.failNext({ status: 502 });
    const html = await get(fake, routes);
    expect([html.status, typeof html.body]).toEqual([502, 'string']);

    fake.failNext({ status: 0, dropConnection: true });
    await expect(get(fake, routes)).rejects.toThrow();
    fake.failNext({ status: 200, delayMs: 300 });
    const started = Date.now();
    expect((await get(fake, routes)).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
    expect(fake.callCount(/\/global\/routes$/)).toBe(9); // 429, 429, 200, 403, 503, 500, 502, dropped, delayed
  });
});

describe('real @google-cloud/compute client against the fake (REST fallback)', () => {
  it('aggregatedListAsync pages over all instances; fields come back as live mode reads them', async () => {
    const fake = await start(await seedFromFixture(BROKEN), { maxResultsCap: 2 });
    const client = new InstancesClient(fakeGceClientOptions(fake));
    const tuples = await collect(client.aggregatedListAsync({ project: 'acme-staging', returnPartialSuccess: true }));
    // One [scope, scopedList] tuple per zone per page: 4 pages x 3 zones.
    expect(fake.callCount(/\/aggregated\/instances$/)).toBe(4);
    expect(tuples).toHaveLength(12);
    expect(fake.requests[0]!.query).toEqual({ returnPartialSuccess: 'true' });
    const empty = tuples.filter(([, scoped]) => (scoped.instances ?? []).length === 0);
    // Empty scopes still come back, with instances: [] (not undefined) and the warning.
    for (const [scope, scoped] of empty) {
      expect(scoped.instances).toEqual([]);
      expect(scoped.warning?.code).toBe('NO_RESULTS_ON_PAGE');
      expect(scoped.warning?.data?.[0]).toMatchObject({ key: 'scope', value: scope });
    }
    const instances = tuples.flatMap(([, scoped]) => scoped.instances ?? []) as Any[];
    expect(instances.map((i) => i.name).sort()).toEqual(['k8s-cp-0', 'k8s-lin-1', 'k8s-lin-2', 'k8s-lin-3', 'k8s-win-1', 'k8s-win-2', 'nat-gw-1']);

    const cp = byName(instances, 'k8s-cp-0');
    expect(cp.selfLink).toBe(`${API}projects/acme-staging/zones/europe-west4-a/instances/k8s-cp-0`);
    expect(cp.zone).toBe(`${API}projects/acme-staging/zones/europe-west4-a`);
    expect(cp.canIpForward).toBe(true);
    expect(cp.networkInterfaces).toHaveLength(1);
    expect(cp.networkInterfaces[0]).toMatchObject({
      name: 'nic0',
      networkIP: '10.40.0.2',
      network: K8S_NET,
      subnetwork: `${API}projects/acme-staging/regions/europe-west4/subnetworks/k8s-nodes`,
    });
    expect(cp.tags.items).toEqual(['k8s-node', 'k8s-control-plane', 'linux-pool']);
    // Absent repeated fields come back as [] (metadata.items here), never undefined.
    expect(cp.metadata.items).toEqual([]);
    expect(byName(instances, 'k8s-win-1').metadata.items).toEqual([
      expect.objectContaining({ key: 'windows-startup-script-ps1', value: 'C:\\k\\bootstrap.ps1' }),
    ]);
    expect(byName(instances, 'k8s-lin-1').canIpForward).toBe(false); // present-and-false stays false
    // int64 → string, int32 → number, enum-like fields are plain strings in the compute protos.
    expect(typeof cp.id).toBe('string');
    expect(cp.disks[0].diskSizeGb).toBe('50');
    expect(cp.disks[0].index).toBe(0);
    expect(cp.status).toBe('RUNNING');
    // Surprise: proto3 `optional` fields are synthetic oneofs and toObject({oneofs: true}) adds a virtual
    // `_<field>` property naming the set field to every object.
    expect(cp._canIpForward).toBe('canIpForward');
    expect(Object.keys(cp)).toContain('_selfLink');
    await client.close();
  });

  it('absent optional fields come back undefined (not null, not false/"")', async () => {
    const scenario = await seedFromFixture(BROKEN);
    const lin1 = (scenario.instances as Any[]).find((i) => i.name === 'k8s-lin-1');
    delete lin1.canIpForward; // what the API really does for a false canIpForward
    delete lin1.tags;
    delete lin1.metadata;
    delete lin1.networkInterfaces[0].subnetwork;
    const fake = await start(scenario);
    const client = new InstancesClient(fakeGceClientOptions(fake));
    const instances = (await collect(client.listAsync({ project: 'acme-staging', zone: 'europe-west4-a' }))) as Any[];
    expect(instances.map((i) => i.name)).toEqual(['k8s-cp-0', 'k8s-lin-1', 'nat-gw-1']);
    const lin = byName(instances, 'k8s-lin-1');
    expect('canIpForward' in lin).toBe(false);
    expect(lin.canIpForward).toBeUndefined();
    expect(lin.tags).toBeUndefined();
    expect(lin.metadata).toBeUndefined();
    expect(lin.networkInterfaces[0].subnetwork).toBeUndefined();
    expect(lin.hostname).toBeUndefined();
    expect(lin.labels).toEqual({ cluster: 'stg' });
    expect(lin.guestAccelerators).toEqual([]); // absent repeated field
    await client.close();
  });

  it('routes listAsync with a network filter; absent next hops are undefined, tags [] and priority 0 survive', async () => {
    const scenario = await seedFromFixture(BROKEN);
    scenario.routes.push({
      kind: 'compute#route',
      name: 'other-net-route',
      network: `${API}projects/acme-staging/global/networks/other-net`,
      destRange: '192.168.0.0/24',
      nextHopIp: '192.168.0.10',
      priority: 100,
      selfLink: `${API}projects/acme-staging/global/routes/other-net-route`,
    });
    const fake = await start(scenario, { maxResultsCap: 4 });
    const client = new RoutesClient(fakeGceClientOptions(fake));
    const filter = `network = "${K8S_NET}"`;
    const routes = (await collect(client.listAsync({ project: 'acme-staging', filter }))) as Any[];
    expect(routes).toHaveLength(9);
    expect(fake.callCount(/\/global\/routes$/)).toBe(3);
    expect(fake.requests.every((r) => r.query.filter === filter)).toBe(true);

    const local = byName(routes, 'default-route-b823f0f547354506');
    expect(local).toMatchObject({ destRange: '10.40.0.0/20', nextHopNetwork: K8S_NET, priority: 0 });
    expect(local.nextHopInstance).toBeUndefined();
    expect(local.nextHopIp).toBeUndefined();
    expect(local.nextHopGateway).toBeUndefined();
    expect('nextHopIp' in local).toBe(false);
    expect(local.tags).toEqual([]); // absent tags: [] not undefined
    expect(byName(routes, 'default-route-be93e1c541881d2c').nextHopGateway).toBe(`${API}projects/acme-staging/global/gateways/default-internet-gateway`);
    const lin3 = byName(routes, 'stg-pods-k8s-lin-3');
    expect(lin3).toMatchObject({
      destRange: '10.48.3.0/24',
      nextHopInstance: `${API}projects/acme-staging/zones/europe-west4-b/instances/k8s-lin-3`,
      priority: 1000,
      tags: ['linux-pool'],
    });
    expect(typeof lin3.id).toBe('string');

    const other = (await collect(client.listAsync({ project: 'acme-staging', filter: `network = "${API}projects/acme-staging/global/networks/other-net"` }))) as Any[];
    expect(other.map((r) => [r.name, r.nextHopIp, r.priority])).toEqual([['other-net-route', '192.168.0.10', 100]]);
    await client.close();
  });

  it('subnetworks: aggregatedListAsync and listAsync', async () => {
    const fake = await start(await seedFromFixture(HEALTHY), { maxResultsCap: 1 });
    const client = new SubnetworksClient(fakeGceClientOptions(fake));
    const tuples = await collect(client.aggregatedListAsync({ project: 'northwind-k8s' }));
    expect(fake.callCount(/\/aggregated\/subnetworks$/)).toBe(2);
    expect(tuples.map(([scope]) => scope)).toEqual(['regions/us-central1', 'regions/us-central1']);
    const subnets = tuples.flatMap(([, scoped]) => scoped.subnetworks ?? []) as Any[];
    expect(subnets.map((s) => [s.name, s.ipCidrRange])).toEqual([
      ['k8s-nodes', '10.30.0.0/20'],
      ['mgmt', '10.30.16.0/24'],
    ]);
    expect(subnets[0].network).toBe(`${API}projects/northwind-k8s/global/networks/k8s-vpc`);
    expect(subnets[0].secondaryIpRanges).toEqual([]);
    const listed = (await collect(client.listAsync({ project: 'northwind-k8s', region: 'us-central1' }))) as Any[];
    expect(listed).toHaveLength(2);
    await client.close();
  });

  it('nextHopIp routes (healthy fixture) come back as strings', async () => {
    const fake = await start(await seedFromFixture(HEALTHY));
    const client = new RoutesClient(fakeGceClientOptions(fake));
    const routes = (await collect(client.listAsync({ project: 'northwind-k8s', filter: `network = "${API}projects/northwind-k8s/global/networks/k8s-vpc"` }))) as Any[];
    expect(routes).toHaveLength(8);
    const viaIp = byName(routes, 'nw-prod-pods-k8s-lin-pool-2');
    expect(viaIp.nextHopIp).toBe('10.30.0.4');
    expect(viaIp.nextHopInstance).toBeUndefined();
    await client.close();
  });

  describe('errors with a google-auth-library client (how production ADC behaves)', () => {
    it('403 surfaces as a GaxiosError with the HTTP status in code and status, not retried', async () => {
      const fake = await start(await seedFromFixture(BROKEN));
      const client = new InstancesClient(fakeGceClientOptions(fake));
      fake.failNext({ status: 403 });
      const err = await rejection(collect(client.aggregatedListAsync({ project: 'acme-staging' })));
      expect(err.constructor.name).toBe('GaxiosError');
      expect(err.code).toBe(403);
      expect(err.status).toBe(403);
      // The message is the raw JSON body (gax reads the body as a stream, so gaxios never parses it).
      expect(JSON.parse(err.message).error).toMatchObject({
        status: 'PERMISSION_DENIED',
        message: "Required 'compute.instances.list' permission for 'projects/acme-staging'",
      });
      expect(err.note).toBe('Exception occurred in retry method that was not classified as transient');
      expect(fake.callCount(/aggregated\/instances/)).toBe(1);
      await client.close();
    });

    it('429, 500 and 503 are not retried by default; Retry-After is readable on err.response', async () => {
      const fake = await start(await seedFromFixture(BROKEN));
      const client = new RoutesClient(fakeGceClientOptions(fake));
      for (const status of [429, 500, 503]) {
        fake.failNext({ status, retryAfterSeconds: 3 });
        const before = fake.requests.length;
        const err = await rejection(collect(client.listAsync({ project: 'acme-staging' })));
        expect([err.code, err.status]).toEqual([status, status]);
        expect(err.response.headers.get('retry-after')).toBe('3');
        expect(fake.requests.length - before).toBe(1);
      }
      await client.close();
    });

    it('a dropped connection surfaces as code ECONNRESET without status', async () => {
      const fake = await start(await seedFromFixture(BROKEN));
      const client = new RoutesClient(fakeGceClientOptions(fake));
      fake.failNext({ status: 0, dropConnection: true });
      const err = await rejection(collect(client.listAsync({ project: 'acme-staging' })));
      expect(err.code).toBe('ECONNRESET');
      expect(err.status).toBeUndefined();
      expect(fake.callCount(/routes/)).toBe(1);
      await client.close();
    });

    it('retries happen only if the call passes HTTP statuses as retry codes', async () => {
      const fake = await start(await seedFromFixture(BROKEN));
      const client = new RoutesClient(fakeGceClientOptions(fake));
      fake.failNext({ status: 503, times: 2 });
      const retry = {
        retryCodes: [429, 503],
        backoffSettings: {
          initialRetryDelayMillis: 5,
          retryDelayMultiplier: 1,
          maxRetryDelayMillis: 5,
          initialRpcTimeoutMillis: 5000,
          rpcTimeoutMultiplier: 1,
          maxRpcTimeoutMillis: 5000,
          totalTimeoutMillis: 10000,
        },
      };
      const routes = await collect(client.listAsync({ project: 'acme-staging' }, { retry }));
      expect(routes).toHaveLength(9);
      expect(fake.requests.map((r) => r.status)).toEqual([503, 503, 200]);
      await client.close();
    });

    it('the per-call timeout is NOT enforced by the REST transport', async () => {
      const fake = await start(await seedFromFixture(BROKEN));
      const client = new RoutesClient(fakeGceClientOptions(fake));
      fake.failNext({ status: 200, delayMs: 1000 });
      const started = Date.now();
      const routes = await collect(client.listAsync({ project: 'acme-staging' }, { timeout: 200 }));
      expect(routes).toHaveLength(9);
      expect(Date.now() - started).toBeGreaterThanOrEqual(950);
      await client.close();
    });
  });

  describe('errors with a bare fetch-based auth client (non-gaxios)', () => {
    it('403 surfaces as a GoogleError with gRPC code 7 and the plain message', async () => {
      const fake = await start(await seedFromFixture(BROKEN));
      const client = new InstancesClient(fakeGceClientOptions(fake, bareFetchAuthClient()));
      fake.failNext({ status: 403 });
      const err = await rejection(collect(client.aggregatedListAsync({ project: 'acme-staging' })));
      expect(err.constructor.name).toBe('GoogleError');
      expect(err.code).toBe(7);
      expect(err.message).toBe("Required 'compute.instances.list' permission for 'projects/acme-staging'");
      expect(fake.requests[0]!.authorization).toBe('Bearer [REDACTED]');
      await client.close();
    });

    it('503 (UNAVAILABLE, 14) is retried by default; 429 (RESOURCE_EXHAUSTED, 8) is not', async () => {
      const fake = await start(await seedFromFixture(BROKEN));
      const client = new RoutesClient(fakeGceClientOptions(fake, bareFetchAuthClient()));
      fake.failNext({ status: 503, times: 2 });
      expect(await collect(client.listAsync({ project: 'acme-staging' }))).toHaveLength(9);
      expect(fake.requests.map((r) => r.status)).toEqual([503, 503, 200]);
      fake.failNext({ status: 429 });
      const err = await rejection(collect(client.listAsync({ project: 'acme-staging' })));
      expect(err.code).toBe(8);
      expect(fake.requests.map((r) => r.status)).toEqual([503, 503, 200, 429]);
      await client.close();
    });

    it('no credential: the fake answers 401, surfacing as UNAUTHENTICATED (16)', async () => {
      const fake = await start(await seedFromFixture(BROKEN));
      const client = new RoutesClient(fakeGceClientOptions(fake, bareFetchAuthClient(null)));
      const err = await rejection(collect(client.listAsync({ project: 'acme-staging' })));
      expect(err.code).toBe(16);
      expect(fake.requests[0]!.authorization).toBeUndefined();
      await client.close();
    });
  });

  it('1,000 nodes: default page size 500 keeps the call count at 2 instance pages + 3 route pages', async () => {
    const { scenario } = scaleScenario(1000);
    const fake = await start(scenario);
    const opts = fakeGceClientOptions(fake);
    const instancesClient = new InstancesClient(opts);
    const routesClient = new RoutesClient(opts);
    const tuples = await collect(instancesClient.aggregatedListAsync({ project: 'acme-scale' }));
    const instances = tuples.flatMap(([, scoped]) => scoped.instances ?? []);
    expect(instances).toHaveLength(1000);
    expect(new Set(instances.map((i) => i.name)).size).toBe(1000);
    const routes = await collect(routesClient.listAsync({ project: 'acme-scale', filter: `network = "${API}projects/acme-scale/global/networks/k8s-net"` }));
    expect(routes).toHaveLength(1002);
    expect(fake.callCount(/\/aggregated\/instances$/)).toBe(2);
    expect(fake.callCount(/\/global\/routes$/)).toBe(3);
    await Promise.all([instancesClient.close(), routesClient.close()]);
  });
});
