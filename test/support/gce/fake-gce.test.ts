/**
 * Tests for the fake GCE REST API: one suite checks the wire protocol with plain `fetch`; the other drives the
 * fake with the REAL `@google-cloud/compute` v1 clients in REST (fallback) mode and pins down how the client
 * hands results and errors back (absent fields, ints, error codes, retries) — the things live mode depends on.
 */
import { readFile } from 'node:fs/promises';
import {
  FirewallsClient,
  GlobalOperationsClient,
  InstancesClient,
  RoutesClient,
  SubnetworksClient,
  ZoneOperationsClient,
} from '@google-cloud/compute/build/src/v1/index.js';
import { afterEach, describe, expect, it } from 'vitest';
import {
  bareFetchAuthClient,
  FAKE_GCE_TOKEN,
  fakeGceClientOptions,
  routesQuotaExceeded,
  scaleScenario,
  seedFromFixture,
  startFakeGce,
  vmCanIpForwardViolation,
  zoneResourcePoolExhausted,
  type FakeGce,
  type GceScenario,
} from './fake-gce.js';

const BROKEN = 'fixtures/gce/broken';
const HEALTHY = 'fixtures/gce/healthy';
const API = 'https://www.googleapis.com/compute/v1/';
const K8S_NET = `${API}projects/acme-staging/global/networks/k8s-net`;

// Live-mode code reads loosely typed protobuf objects; `any` keeps these assertions readable.
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

async function get(
  fake: FakeGce,
  path: string,
  query: Record<string, string> = {},
  token: string | null = FAKE_GCE_TOKEN,
) {
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
    const { scenario, nodes } = scaleScenario(1000, {
      project: 'big',
      zones: ['us-east1-b', 'us-east1-c', 'us-west1-a'],
    });
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
      expect(Object.keys(res.body.items).sort()).toEqual([
        'zones/europe-west4-a',
        'zones/europe-west4-b',
        'zones/europe-west4-c',
      ]);
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
    expect(seen.sort()).toEqual([
      'k8s-cp-0',
      'k8s-lin-1',
      'k8s-lin-2',
      'k8s-lin-3',
      'k8s-win-1',
      'k8s-win-2',
      'nat-gw-1',
    ]);
    expect(fake.callCount(/\/aggregated\/instances$/)).toBe(4);
  });

  it('validates maxResults, pageToken and unknown parameters like GCE', async () => {
    const fake = await start(await seedFromFixture(BROKEN));
    const routes = '/compute/v1/projects/acme-staging/global/routes';
    const tooMany = await get(fake, routes, { maxResults: '501' });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.message).toBe(
      "Invalid value for field 'maxResults': '501'. Must be less than or equal to 500",
    );
    expect((await get(fake, routes, { pageToken: 'bogus' })).status).toBe(400);
    const first = await get(fake, routes, { maxResults: '4' });
    expect(first.body.items).toHaveLength(4);
    // A token is only valid for the listing (path + filter) that produced it.
    const other = await get(fake, '/compute/v1/projects/acme-staging/aggregated/instances', {
      pageToken: first.body.nextPageToken,
    });
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
      expect(res.body.error.message).toBe(
        `Invalid value for field 'filter': '${bad}'. Invalid list filter expression.`,
      );
    }
    const instances = await get(fake, '/compute/v1/projects/acme-staging/aggregated/instances', {
      filter: 'status = RUNNING',
    });
    expect(Object.values<Any>(instances.body.items).flatMap((s) => s.instances ?? [])).toHaveLength(7);
    const off = await get(fake, '/compute/v1/projects/acme-staging/zones/europe-west4-a/instances', {
      filter: 'canIpForward = false',
    });
    expect(off.body.items.map((i: Any) => i.name)).toEqual(['k8s-lin-1']);
  });

  it('answers 403 for other projects, 404 for unknown zones and paths', async () => {
    const fake = await start(await seedFromFixture(BROKEN));
    const other = await get(fake, '/compute/v1/projects/someone-else/aggregated/instances');
    expect(other.status).toBe(403);
    expect(other.body.error).toMatchObject({
      status: 'PERMISSION_DENIED',
      message: "Required 'compute.instances.list' permission for 'projects/someone-else'",
    });
    expect((await get(fake, '/compute/v1/projects/acme-staging/zones/mars-1a/instances')).status).toBe(404);
    expect((await get(fake, '/compute/v1/projects/acme-staging/global/forwardingRules')).status).toBe(404);
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
      errors: [
        {
          message: "Required 'compute.routes.list' permission for 'projects/acme-staging'",
          domain: 'global',
          reason: 'forbidden',
        },
      ],
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
    expect(instances.map((i) => i.name).sort()).toEqual([
      'k8s-cp-0',
      'k8s-lin-1',
      'k8s-lin-2',
      'k8s-lin-3',
      'k8s-win-1',
      'k8s-win-2',
      'nat-gw-1',
    ]);

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
    expect(byName(routes, 'default-route-be93e1c541881d2c').nextHopGateway).toBe(
      `${API}projects/acme-staging/global/gateways/default-internet-gateway`,
    );
    const lin3 = byName(routes, 'stg-pods-k8s-lin-3');
    expect(lin3).toMatchObject({
      destRange: '10.48.3.0/24',
      nextHopInstance: `${API}projects/acme-staging/zones/europe-west4-b/instances/k8s-lin-3`,
      priority: 1000,
      tags: ['linux-pool'],
    });
    expect(typeof lin3.id).toBe('string');

    const other = (await collect(
      client.listAsync({
        project: 'acme-staging',
        filter: `network = "${API}projects/acme-staging/global/networks/other-net"`,
      }),
    )) as Any[];
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
    const routes = (await collect(
      client.listAsync({
        project: 'northwind-k8s',
        filter: `network = "${API}projects/northwind-k8s/global/networks/k8s-vpc"`,
      }),
    )) as Any[];
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
    const routes = await collect(
      routesClient.listAsync({
        project: 'acme-scale',
        filter: `network = "${API}projects/acme-scale/global/networks/k8s-net"`,
      }),
    );
    expect(routes).toHaveLength(1002);
    expect(fake.callCount(/\/aggregated\/instances$/)).toBe(2);
    expect(fake.callCount(/\/global\/routes$/)).toBe(3);
    await Promise.all([instancesClient.close(), routesClient.close()]);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Mutations and operations (what `fix apply` calls)
// ---------------------------------------------------------------------------------------------------------

const PROJECT = 'acme-staging';
const LIN1 = `${API}projects/acme-staging/zones/europe-west4-a/instances/k8s-lin-1`;
const LIN1_PATH = '/compute/v1/projects/acme-staging/zones/europe-west4-a/instances/k8s-lin-1';

async function send(fake: FakeGce, method: string, path: string, body?: unknown, query: Record<string, string> = {}) {
  const qs = new URLSearchParams(query).toString();
  const res = await fetch(`${fake.url}${path}${qs ? `?${qs}` : ''}`, {
    method,
    headers: { authorization: `Bearer ${FAKE_GCE_TOKEN}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as Any };
}

/** The parts of a compute Operation the waiting loop reads (structurally compatible with IOperation). */
interface ComputeOperation {
  name?: string | null;
  zone?: string | null;
  operationType?: string | null;
  status?: unknown;
  error?: { errors?: { code?: string | null; message?: string | null }[] | null } | null;
  httpErrorStatusCode?: number | null;
}

/**
 * THE waiting pattern for @google-cloud/compute 6.x. A mutation resolves to `[lro]` where `lro` is
 * `{latestResponse: <compute Operation>, done: false, name: <operation ID>, metadata: null, result: {}}` — typed as a
 * gax LROperation, but WITHOUT `promise()`. Poll `wait` (blocks server-side up to ~2 min per call) until DONE; a DONE
 * operation may still carry `error.errors` and does not reject.
 */
async function untilDone(
  lro: { latestResponse: unknown },
  wait: (operation: string) => Promise<[ComputeOperation, ...unknown[]]>,
): Promise<ComputeOperation> {
  let op = lro.latestResponse as ComputeOperation;
  while (op.status !== 'DONE') [op] = await wait(op.name!);
  return op;
}

describe('mutations: instances.update / setTags, routes.insert / delete, operations (fetch)', () => {
  it('instances.update checks the fingerprint, returns a PENDING zonal operation, then RUNNING, then DONE', async () => {
    const fake = await start(await seedFromFixture(BROKEN));
    const instance = (await get(fake, LIN1_PATH)).body;
    expect(instance.fingerprint).toBe('5RCdX8HNn7U=');

    const missing = await send(fake, 'PUT', LIN1_PATH, { ...instance, fingerprint: undefined, canIpForward: true });
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toBe("Required field 'resource.fingerprint' not specified");
    const stale = await send(fake, 'PUT', LIN1_PATH, { ...instance, fingerprint: 'AAAAAAAAAAA=', canIpForward: true });
    expect(stale.status).toBe(412);
    expect(stale.body.error).toMatchObject({
      code: 412,
      message: 'Supplied fingerprint does not match current metadata fingerprint.',
    });
    expect(stale.body.error.errors[0]).toMatchObject({ domain: 'global', reason: 'conditionNotMet' });
    const refresh = await send(
      fake,
      'PUT',
      LIN1_PATH,
      { ...instance, canIpForward: true },
      { mostDisruptiveAllowedAction: 'REFRESH' },
    );
    expect(refresh.status).toBe(400);
    expect((await get(fake, LIN1_PATH)).body.canIpForward).toBe(false);

    const accepted = await send(
      fake,
      'PUT',
      LIN1_PATH,
      { ...instance, canIpForward: true },
      { mostDisruptiveAllowedAction: 'RESTART' },
    );
    expect(accepted.status).toBe(200);
    const op = accepted.body;
    expect(op).toMatchObject({
      kind: 'compute#operation',
      operationType: 'update',
      status: 'PENDING',
      progress: 0,
      targetLink: LIN1,
      targetId: instance.id,
      zone: `${API}projects/acme-staging/zones/europe-west4-a`,
      selfLink: `${API}projects/acme-staging/zones/europe-west4-a/operations/${op.name}`,
    });
    expect(op.name).toMatch(/^operation-\d{13}-[0-9a-f]{13}-[0-9a-f]{8}-[0-9a-f]{8}$/);
    expect(op.id).toMatch(/^\d{19}$/);
    expect(op.insertTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}-07:00$/);
    // Already applied: lists show it while the operation still runs.
    const after = (await get(fake, LIN1_PATH)).body;
    expect(after.canIpForward).toBe(true);
    expect(after.fingerprint).not.toBe(instance.fingerprint);
    expect(after.id).toBe(instance.id);

    const ops = '/compute/v1/projects/acme-staging/zones/europe-west4-a/operations';
    const first = await send(fake, 'POST', `${ops}/${op.name}/wait`);
    expect(first.body).toMatchObject({ status: 'RUNNING', progress: 0 });
    expect(first.body.startTime).toBeDefined();
    expect(first.body.endTime).toBeUndefined();
    const second = await get(fake, `${ops}/${op.id}`); // the numeric id works as well as the name
    expect(second.body).toMatchObject({ status: 'DONE', progress: 100, name: op.name });
    expect(second.body.endTime).toBeDefined();
    expect(second.body.error).toBeUndefined();
    expect((await get(fake, `${ops}/${op.name}`)).body.status).toBe('DONE'); // stays DONE
    // Wrong scope or unknown operation: 404.
    expect((await get(fake, `/compute/v1/projects/acme-staging/global/operations/${op.name}`)).status).toBe(404);
    expect(
      (await get(fake, '/compute/v1/projects/acme-staging/zones/europe-west4-b/operations/' + op.name)).status,
    ).toBe(404);
    expect((await get(fake, `${ops}/operation-nope`)).body.error.message).toBe(
      "The resource 'projects/acme-staging/zones/europe-west4-a/operations/operation-nope' was not found",
    );
    // Another project: 403, nothing changes.
    expect((await send(fake, 'PUT', LIN1_PATH.replace('acme-staging', 'other'), { ...after })).status).toBe(403);

    // mutations(): every non-GET except the waits, whatever the outcome; requests has query and status.
    expect(fake.mutations().map((m) => [m.method, m.path])).toEqual([
      ['PUT', LIN1_PATH],
      ['PUT', LIN1_PATH],
      ['PUT', LIN1_PATH],
      ['PUT', LIN1_PATH],
      ['PUT', LIN1_PATH.replace('acme-staging', 'other')],
    ]);
    expect((fake.mutations()[3]!.body as Any).canIpForward).toBe(true);
    expect(
      fake.requests.filter((r) => r.method === 'PUT').map((r) => [r.status, r.query.mostDisruptiveAllowedAction]),
    ).toEqual([
      [400, undefined],
      [412, undefined],
      [400, 'REFRESH'],
      [200, 'RESTART'],
      [403, undefined],
    ]);
    expect(fake.operations()).toHaveLength(1);
  });

  it('routes.insert validates and stores the route as GCE shows it; 409 on a taken name; delete and 404', async () => {
    const fake = await start(await seedFromFixture(BROKEN), { operationPolls: 0 });
    const routes = '/compute/v1/projects/acme-staging/global/routes';
    const bad = async (body: Any) => (await send(fake, 'POST', routes, body)).body.error.message as string;
    const base = {
      name: 'stg-pods-k8s-lin-9',
      network: 'global/networks/k8s-net',
      destRange: '10.48.9.0/24',
      nextHopIp: '10.40.0.9',
    };
    expect(await bad({ ...base, name: 'Bad_Name' })).toBe(
      "Invalid value for field 'resource.name': 'Bad_Name'. Must be a match of regex '(?:[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?)'",
    );
    expect(await bad({ ...base, network: undefined })).toBe("Required field 'resource.network' not specified");
    expect(await bad({ ...base, network: 'global/networks/nope' })).toBe(
      "The resource 'projects/acme-staging/global/networks/nope' was not found",
    );
    expect(await bad({ ...base, destRange: '10.48.9.0/33' })).toContain("Invalid value for field 'resource.destRange'");
    expect(await bad({ ...base, nextHopInstance: LIN1 })).toContain('exactly one next hop');
    expect(await bad({ ...base, priority: 70000 })).toContain("Invalid value for field 'resource.priority'");

    const created = await send(fake, 'POST', routes, {
      ...base,
      nextHopIp: undefined,
      nextHopInstance: 'zones/europe-west4-a/instances/k8s-lin-1',
      tags: ['linux-pool'],
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      operationType: 'insert',
      status: 'PENDING',
      targetLink: `${API}projects/acme-staging/global/routes/stg-pods-k8s-lin-9`,
    });
    expect(created.body.zone).toBeUndefined();
    expect(created.body.selfLink).toBe(`${API}projects/acme-staging/global/operations/${created.body.name}`);
    const route = (await get(fake, `${routes}/stg-pods-k8s-lin-9`)).body;
    expect(route).toMatchObject({
      kind: 'compute#route',
      name: 'stg-pods-k8s-lin-9',
      network: K8S_NET,
      destRange: '10.48.9.0/24',
      priority: 1000,
      tags: ['linux-pool'],
      nextHopInstance: LIN1,
      selfLink: `${API}projects/acme-staging/global/routes/stg-pods-k8s-lin-9`,
    });
    expect(route.warnings).toBeUndefined();
    expect(route.id).toBe(created.body.targetId);
    // operationPolls: 0 → the first poll is DONE.
    expect(
      (await send(fake, 'POST', `/compute/v1/projects/acme-staging/global/operations/${created.body.name}/wait`)).body
        .status,
    ).toBe('DONE');

    const again = await send(fake, 'POST', routes, base);
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({
      code: 409,
      message: "The resource 'projects/acme-staging/global/routes/stg-pods-k8s-lin-9' already exists",
      status: 'ALREADY_EXISTS',
    });
    expect(again.body.error.errors[0].reason).toBe('alreadyExists');
    // A next hop instance that does not exist is accepted, with GCE's warning.
    const ghost = await send(fake, 'POST', routes, {
      ...base,
      name: 'ghost',
      nextHopIp: undefined,
      nextHopInstance: `${API}projects/acme-staging/zones/europe-west4-a/instances/gone`,
    });
    expect(ghost.status).toBe(200);
    expect((await get(fake, `${routes}/ghost`)).body.warnings[0].code).toBe('NEXT_HOP_INSTANCE_NOT_FOUND');

    const deleted = await send(fake, 'DELETE', `${routes}/stg-pods-k8s-lin-9`);
    expect(deleted.body).toMatchObject({ operationType: 'delete', targetId: route.id, status: 'PENDING' });
    expect((await get(fake, `${routes}/stg-pods-k8s-lin-9`)).status).toBe(404);
    const gone = await send(fake, 'DELETE', `${routes}/stg-pods-k8s-lin-9`);
    expect(gone.status).toBe(404);
    expect(gone.body.error.message).toBe(
      "The resource 'projects/acme-staging/global/routes/stg-pods-k8s-lin-9' was not found",
    );
    expect(
      fake
        .mutations()
        .filter((m) => m.method === 'DELETE')
        .map((m) => m.body),
    ).toEqual([undefined, undefined]);
  });

  it('failNext filters by method and can answer a body of its own; a repeated requestId is applied once', async () => {
    const fake = await start(await seedFromFixture(BROKEN));
    const violation = vmCanIpForwardViolation(LIN1);
    fake.failNext({ path: /instances\/k8s-lin-1$/, method: 'PUT', status: 412, body: violation });
    expect((await get(fake, LIN1_PATH)).status).toBe(200); // GET does not match the rule
    const instance = (await get(fake, LIN1_PATH)).body;
    const denied = await send(fake, 'PUT', LIN1_PATH, { ...instance, canIpForward: true });
    expect(denied.status).toBe(412);
    expect(denied.body).toEqual(violation);
    expect(violation).toEqual({
      error: {
        code: 412,
        message:
          'Constraint constraints/compute.vmCanIpForward violated for projects/acme-staging. Enabling IP forwarding is not allowed for projects/acme-staging/zones/europe-west4-a/instances/k8s-lin-1.',
        errors: [
          {
            message:
              'Constraint constraints/compute.vmCanIpForward violated for projects/acme-staging. Enabling IP forwarding is not allowed for projects/acme-staging/zones/europe-west4-a/instances/k8s-lin-1.',
            domain: 'global',
            reason: 'conditionNotMet',
          },
        ],
        status: 'FAILED_PRECONDITION',
      },
    });
    expect((await get(fake, LIN1_PATH)).body.canIpForward).toBe(false);

    const routes = '/compute/v1/projects/acme-staging/global/routes';
    const body = { name: 'r1', network: K8S_NET, destRange: '10.99.0.0/24', nextHopIp: '10.40.0.3' };
    const one = await send(fake, 'POST', routes, body, { requestId: '4b9f2c1e-8d3a-4f6b-9c2d-1a2b3c4d5e6f' });
    const two = await send(fake, 'POST', routes, body, { requestId: '4b9f2c1e-8d3a-4f6b-9c2d-1a2b3c4d5e6f' });
    expect(two.status).toBe(200);
    expect(two.body.name).toBe(one.body.name);
    expect(fake.scenario.routes.filter((r: Any) => r.name === 'r1')).toHaveLength(1);
  });
});

describe('mutations with the real @google-cloud/compute client (what fix apply does)', () => {
  it('get + update canIpForward, wait on the zonal operation; lists show it; the old fingerprint then fails 412', async () => {
    const fake = await start(await seedFromFixture(BROKEN));
    const opts = fakeGceClientOptions(fake);
    const instances = new InstancesClient(opts);
    const zoneOperations = new ZoneOperationsClient(opts);
    const request = { project: PROJECT, zone: 'europe-west4-a', instance: 'k8s-lin-1' };

    const [instance] = await instances.get(request);
    expect([instance.canIpForward, instance.fingerprint]).toEqual([false, '5RCdX8HNn7U=']);
    const [lro, second, third] = await instances.update({
      ...request,
      instanceResource: { ...instance, canIpForward: true },
      mostDisruptiveAllowedAction: 'RESTART',
    });
    // The surprise: typed as LROperation, but it is a plain object without promise().
    expect(typeof lro.promise).toBe('undefined');
    expect([lro.done, lro.metadata, lro.result, second, third]).toEqual([false, null, {}, null, null]);
    const started = lro.latestResponse as Any;
    expect(lro.name).toBe(started.id); // NOT the operation name: the numeric id (GCE accepts either)
    expect(started).toMatchObject({
      kind: 'compute#operation',
      operationType: 'update',
      status: 'PENDING',
      targetLink: LIN1,
    });

    const statuses: unknown[] = [];
    const done = await untilDone(lro, async (operation) => {
      const answer = await zoneOperations.wait({ project: PROJECT, zone: 'europe-west4-a', operation });
      statuses.push(answer[0].status);
      return answer;
    });
    expect(statuses).toEqual(['RUNNING', 'DONE']); // the loop really polls
    expect(done.status).toBe('DONE');
    expect(done.error).toBeUndefined(); // absent, not null
    expect(
      fake.requests
        .filter((r) => r.path.includes('/operations/'))
        .map((r) => `${r.method} ${r.path.split('/').slice(-2).join('/')}`),
    ).toEqual([`POST ${started.name}/wait`, `POST ${started.name}/wait`]);

    // The wire request: PUT with the whole instance and ?mostDisruptiveAllowedAction=RESTART.
    const put = fake.requests.find((r) => r.method === 'PUT')!;
    expect(put.path).toBe(LIN1_PATH);
    expect(put.query).toEqual({ mostDisruptiveAllowedAction: 'RESTART' });
    expect(fake.mutations()).toHaveLength(1);
    const sent = fake.mutations()[0]!.body as Any;
    expect(sent).toMatchObject({ name: 'k8s-lin-1', canIpForward: true, fingerprint: '5RCdX8HNn7U=', id: instance.id });
    expect(Object.keys(sent).some((k) => k.startsWith('_'))).toBe(false); // the virtual `_field` keys are not sent
    expect(sent.networkInterfaces[0].networkIP).toBe('10.40.0.3');

    const listed = (await collect(instances.listAsync({ project: PROJECT, zone: 'europe-west4-a' }))) as Any[];
    const lin1 = byName(listed, 'k8s-lin-1');
    expect(lin1.canIpForward).toBe(true);
    expect(lin1.fingerprint).not.toBe('5RCdX8HNn7U=');
    expect(lin1.networkInterfaces[0].networkIP).toBe('10.40.0.3'); // the rest of the instance survives
    expect(lin1.disks[0].diskSizeGb).toBe('50');

    // A second update built from the first get (old fingerprint): 412, nothing changes.
    const err = await rejection(
      instances.update({
        ...request,
        instanceResource: { ...instance, canIpForward: true },
        mostDisruptiveAllowedAction: 'RESTART',
      }),
    );
    expect(err.constructor.name).toBe('GaxiosError');
    expect([err.code, err.status]).toEqual([412, 412]);
    expect(JSON.parse(err.message).error).toMatchObject({
      code: 412,
      message: 'Supplied fingerprint does not match current metadata fingerprint.',
      errors: [expect.objectContaining({ reason: 'conditionNotMet' })],
    });
    expect(fake.operations()).toHaveLength(1);
    await Promise.all([instances.close(), zoneOperations.close()]);
  });

  it('routes.insert and routes.delete, waiting on global operations', async () => {
    const fake = await start(await seedFromFixture(BROKEN));
    const opts = fakeGceClientOptions(fake);
    const routes = new RoutesClient(opts);
    const globalOperations = new GlobalOperationsClient(opts);
    const wait = (operation: string) => globalOperations.wait({ project: PROJECT, operation });

    const [inserted] = await routes.insert({
      project: PROJECT,
      routeResource: {
        name: 'fix-pods-k8s-lin-1',
        network: K8S_NET,
        destRange: '10.48.1.0/24',
        nextHopInstance: LIN1,
        priority: 1000,
        tags: ['linux-pool'],
        description: 'host-gw pod route',
      },
    });
    const insertDone = await untilDone(inserted, wait);
    expect(insertDone).toMatchObject({
      status: 'DONE',
      operationType: 'insert',
      targetLink: `${API}projects/acme-staging/global/routes/fix-pods-k8s-lin-1`,
    });
    expect(fake.mutations()).toEqual([
      {
        method: 'POST',
        path: '/compute/v1/projects/acme-staging/global/routes',
        body: {
          name: 'fix-pods-k8s-lin-1',
          network: K8S_NET,
          destRange: '10.48.1.0/24',
          nextHopInstance: LIN1,
          priority: 1000,
          tags: ['linux-pool'],
          description: 'host-gw pod route',
        },
      },
    ]);
    const listed = (await collect(routes.listAsync({ project: PROJECT, filter: `network = "${K8S_NET}"` }))) as Any[];
    expect(listed).toHaveLength(10);
    expect(byName(listed, 'fix-pods-k8s-lin-1')).toMatchObject({
      destRange: '10.48.1.0/24',
      nextHopInstance: LIN1,
      priority: 1000,
      tags: ['linux-pool'],
    });

    // The same name again: 409 at once (no operation).
    const conflict = await rejection(
      routes.insert({
        project: PROJECT,
        routeResource: {
          name: 'fix-pods-k8s-lin-1',
          network: K8S_NET,
          destRange: '10.48.1.0/24',
          nextHopIp: '10.40.0.3',
        },
      }),
    );
    expect([conflict.code, conflict.status]).toEqual([409, 409]);
    expect(JSON.parse(conflict.message).error.errors[0].reason).toBe('alreadyExists');

    const [deleted] = await routes.delete({ project: PROJECT, route: 'stg-pods-k8s-lin-3' });
    expect((await untilDone(deleted, wait)).operationType).toBe('delete');
    const after = (await collect(routes.listAsync({ project: PROJECT }))) as Any[];
    expect(after.map((r) => r.name)).not.toContain('stg-pods-k8s-lin-3');
    const missing = await rejection(routes.delete({ project: PROJECT, route: 'stg-pods-k8s-lin-3' }));
    expect([missing.code, missing.status]).toEqual([404, 404]);
    expect(fake.mutations().map((m) => `${m.method} ${m.path.split('/').pop()}`)).toEqual([
      'POST routes',
      'POST routes',
      'DELETE stg-pods-k8s-lin-3',
      'DELETE stg-pods-k8s-lin-3',
    ]);
    // Polling with get instead of wait advances the operation the same way.
    const [again] = await routes.insert({
      project: PROJECT,
      routeResource: { name: 'via-get', network: K8S_NET, destRange: '10.48.7.0/24', nextHopIp: '10.40.0.3' },
    });
    const viaGet = await untilDone(again, (operation) => globalOperations.get({ project: PROJECT, operation }));
    expect(viaGet.status).toBe('DONE');
    await Promise.all([routes.close(), globalOperations.close()]);
  });

  it('org-policy denial (412 vmCanIpForward): GaxiosError 412 with the JSON body as message; GoogleError 9 without gaxios', async () => {
    const fake = await start(await seedFromFixture(BROKEN));
    const request = { project: PROJECT, zone: 'europe-west4-a', instance: 'k8s-lin-1' };
    const instances = new InstancesClient(fakeGceClientOptions(fake));
    const [instance] = await instances.get(request);
    const update = (client: InstancesClient) =>
      client.update({
        ...request,
        instanceResource: { ...instance, canIpForward: true },
        mostDisruptiveAllowedAction: 'RESTART',
      });

    fake.failNext({ path: /instances\/k8s-lin-1$/, method: 'PUT', status: 412, body: vmCanIpForwardViolation(LIN1) });
    const err = await rejection(update(instances));
    expect(err.constructor.name).toBe('GaxiosError');
    expect([err.code, err.status, err.response.status]).toEqual([412, 412, 412]);
    expect(err.response.data).toBeUndefined(); // gax streams the body: only err.message has it
    const body = JSON.parse(err.message);
    expect(body.error.message).toMatch(
      /^Constraint constraints\/compute\.vmCanIpForward violated for projects\/acme-staging\. /,
    );
    expect(body.error.errors[0]).toMatchObject({ reason: 'conditionNotMet', domain: 'global' });
    expect(fake.scenario.instances.find((i: Any) => i.name === 'k8s-lin-1')).toMatchObject({
      canIpForward: false,
      fingerprint: '5RCdX8HNn7U=',
    });

    // With a non-gaxios auth client, gax decodes the body: GoogleError, gRPC code 9 (FAILED_PRECONDITION), plain message.
    const bare = new InstancesClient(fakeGceClientOptions(fake, bareFetchAuthClient()));
    fake.failNext({ path: /instances\/k8s-lin-1$/, method: 'PUT', status: 412, body: vmCanIpForwardViolation(LIN1) });
    const decoded = await rejection(update(bare));
    expect(decoded.constructor.name).toBe('GoogleError');
    expect(decoded.code).toBe(9);
    expect(decoded.message).toBe(body.error.message);
    expect(decoded.reason).toBeUndefined(); // only google.rpc.ErrorInfo details fill reason/domain; GCE sends none

    // The rule was used up: the next attempt goes through.
    const [lro] = await update(instances);
    expect((lro.latestResponse as Any).status).toBe('PENDING');
    await Promise.all([instances.close(), bare.close()]);
  });

  it('an operation can finish DONE with an error (ZONE_RESOURCE_POOL_EXHAUSTED, routes quota); nothing is applied', async () => {
    const fake = await start(await seedFromFixture(BROKEN), { operationPolls: 2 });
    const opts = fakeGceClientOptions(fake);
    const instances = new InstancesClient(opts);
    const routes = new RoutesClient(opts);
    const zoneOperations = new ZoneOperationsClient(opts);
    const globalOperations = new GlobalOperationsClient(opts);
    const request = { project: PROJECT, zone: 'europe-west4-a', instance: 'k8s-lin-1' };

    fake.failNextOperation({ method: 'PUT' });
    const [instance] = await instances.get(request);
    const [lro] = await instances.update({
      ...request,
      instanceResource: { ...instance, canIpForward: true },
      mostDisruptiveAllowedAction: 'RESTART',
    });
    const statuses: unknown[] = [];
    const op = await untilDone(lro, async (operation) => {
      const answer = await zoneOperations.wait({ project: PROJECT, zone: 'europe-west4-a', operation });
      statuses.push(answer[0].status);
      return answer;
    });
    expect(statuses).toEqual(['RUNNING', 'RUNNING', 'DONE']);
    expect(op.error?.errors).toEqual([
      expect.objectContaining(zoneResourcePoolExhausted(PROJECT, 'europe-west4-a')[0]),
    ]);
    expect(op.error?.errors?.[0]?.message).toBe(
      "The zone 'projects/acme-staging/zones/europe-west4-a' does not have enough resources available to fulfill the request.  Try a different zone, or try again later.",
    );
    expect(op.httpErrorStatusCode).toBe(503);
    expect((op as Any).httpErrorMessage).toBe('SERVICE UNAVAILABLE');
    const [unchanged] = await instances.get(request);
    expect([unchanged.canIpForward, unchanged.fingerprint]).toEqual([false, '5RCdX8HNn7U=']);

    fake.failNextOperation({ path: /\/global\/routes$/ });
    const [inserted] = await routes.insert({
      project: PROJECT,
      routeResource: { name: 'over-quota', network: K8S_NET, destRange: '10.48.8.0/24', nextHopIp: '10.40.0.3' },
    });
    const failed = await untilDone(inserted, (operation) => globalOperations.wait({ project: PROJECT, operation }));
    expect(failed.error?.errors).toEqual([expect.objectContaining(routesQuotaExceeded()[0])]);
    expect(failed.httpErrorStatusCode).toBe(403);
    expect(fake.scenario.routes.some((r: Any) => r.name === 'over-quota')).toBe(false);
    await Promise.all([instances.close(), routes.close(), zoneOperations.close(), globalOperations.close()]);
  });

  it('setTags with the tags fingerprint', async () => {
    const fake = await start(await seedFromFixture(BROKEN));
    const opts = fakeGceClientOptions(fake);
    const instances = new InstancesClient(opts);
    const zoneOperations = new ZoneOperationsClient(opts);
    const request = { project: PROJECT, zone: 'europe-west4-a', instance: 'k8s-lin-1' };
    const [instance] = await instances.get(request);
    const items = [...new Set([...(instance.tags?.items ?? []), 'k8s-pods'])];
    const [lro] = await instances.setTags({
      ...request,
      tagsResource: { items, fingerprint: instance.tags?.fingerprint },
    });
    const op = await untilDone(lro, (operation) =>
      zoneOperations.wait({ project: PROJECT, zone: 'europe-west4-a', operation }),
    );
    expect(op).toMatchObject({ status: 'DONE', operationType: 'setTags' });
    expect(fake.mutations()).toEqual([
      {
        method: 'POST',
        path: `${LIN1_PATH}/setTags`,
        body: { items: ['k8s-node', 'linux-pool', 'k8s-pods'], fingerprint: 'yjibK1EIqGc=' },
      },
    ]);
    const [after] = await instances.get(request);
    expect(after.tags?.items).toEqual(['k8s-node', 'linux-pool', 'k8s-pods']);
    expect(after.tags?.fingerprint).not.toBe('yjibK1EIqGc=');
    const stale = await rejection(
      instances.setTags({ ...request, tagsResource: { items, fingerprint: instance.tags?.fingerprint } }),
    );
    expect(stale.code).toBe(412);
    await Promise.all([instances.close(), zoneOperations.close()]);
  });
});

describe('firewall rules (fixtures/firewall/gce)', () => {
  it.each(['broken', 'healthy'])(
    'lists the %s rules of a network through the real client, paged, as gcloud prints them',
    async (name) => {
      const dir = `fixtures/firewall/gce/${name}`;
      const cli = JSON.parse(await readFile(`${dir}/gcloud-firewall-rules.json`, 'utf8')) as {
        name: string;
        network: string;
      }[];
      const fake = await start(await seedFromFixture(dir), { maxResultsCap: 2 });
      const client = new FirewallsClient(fakeGceClientOptions(fake));
      const network = cli[0]!.network;
      const rules: Any[] = [];
      let pageToken: string | undefined;
      do {
        const [items, next] = await client.list(
          { project: fake.scenario.project, filter: `network = "${network}"`, maxResults: 500, pageToken },
          { autoPaginate: false },
        );
        rules.push(...items);
        pageToken = next?.pageToken ?? undefined;
      } while (pageToken);
      const expected = cli.filter((rule) => rule.network === network);
      expect(rules.map((rule) => rule.name).sort()).toEqual(expected.map((rule) => rule.name).sort());
      expect(fake.callCount(/\/global\/firewalls$/)).toBe(Math.ceil(expected.length / 2));
      const allowed = rules.flatMap((rule) => rule.allowed ?? []);
      expect(allowed.every((entry: Any) => typeof entry.IPProtocol === 'string')).toBe(true);
      const other = await get(fake, `/compute/v1/projects/${fake.scenario.project}/global/firewalls`, {
        filter: 'network = "projects/x/global/networks/none"',
      });
      expect(other.status).toBe(200);
      expect(other.body.items).toBeUndefined();
    },
  );

  it('synthesises one allow-all rule per network for a fixture without firewall rules', async () => {
    const scenario = await seedFromFixture(HEALTHY);
    const networks = new Set(
      scenario.instances.flatMap((i: Any) => i.networkInterfaces.map((nic: Any) => nic.network)),
    );
    expect(new Set(scenario.firewalls!.map((rule: Any) => rule.network))).toEqual(networks);
    expect(
      scenario.firewalls!.every(
        (rule: Any) => rule.kind === 'compute#firewall' && rule.allowed[0].IPProtocol === 'all',
      ),
    ).toBe(true);
  });
});

describe('firewalls.insert (fixtures/firewall/gce/broken, fetch)', () => {
  it('returns a global operation, lists the rule with GCE defaults, 409 on a taken name, 404 on an unknown network', async () => {
    const fake = await start(await seedFromFixture('fixtures/firewall/gce/broken'));
    const path = '/compute/v1/projects/northwind-k8s/global/firewalls';
    const network = `${API}projects/northwind-k8s/global/networks/k8s-vpc`;
    const body = {
      name: 'hostgw-pods-k8s-vpc-linux-pool',
      network,
      direction: 'INGRESS',
      priority: 1000,
      sourceRanges: ['10.52.0.0/16'],
      targetTags: ['linux-pool'],
      allowed: [{ IPProtocol: 'tcp' }, { IPProtocol: 'icmp' }],
    };
    const accepted = await send(fake, 'POST', path, body);
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({
      kind: 'compute#operation',
      operationType: 'insert',
      status: 'PENDING',
      targetLink: `${API}projects/northwind-k8s/global/firewalls/${body.name}`,
    });
    expect(accepted.body.zone).toBeUndefined();
    const listed = (await get(fake, path)).body.items.find((f: Any) => f.name === body.name);
    expect(listed).toMatchObject({
      kind: 'compute#firewall',
      network,
      direction: 'INGRESS',
      priority: 1000,
      sourceRanges: ['10.52.0.0/16'],
      targetTags: ['linux-pool'],
      disabled: false,
      allowed: body.allowed,
    });
    const done = await send(
      fake,
      'POST',
      `/compute/v1/projects/northwind-k8s/global/operations/${accepted.body.name}/wait`,
    );
    expect(['RUNNING', 'DONE']).toContain(done.body.status);

    const taken = await send(fake, 'POST', path, body);
    expect(taken.status).toBe(409);
    expect(taken.body.error.errors[0].reason).toBe('alreadyExists');
    const unknown = await send(fake, 'POST', path, {
      ...body,
      name: 'x',
      network: `${API}projects/northwind-k8s/global/networks/nope`,
    });
    expect(unknown.status).toBe(404);
    const neither = await send(fake, 'POST', path, { ...body, name: 'y', allowed: undefined });
    expect(neither.status).toBe(400);
    expect(fake.mutations().map((m) => `${m.method} ${m.path}`)).toEqual([
      `POST ${path}`,
      `POST ${path}`,
      `POST ${path}`,
      `POST ${path}`,
    ]);
  });
});
