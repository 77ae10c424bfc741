import { afterEach, describe, expect, it } from 'vitest';
import { gceApplier } from '../../src/clouds/gce/apply.js';
import type { GceRoute } from '../../src/model/fix-spec.js';
import { seedFromFixture as seedGce, startFakeGce, type FakeGce, type GceScenario } from '../support/gce/fake-gce.js';
import { startFakeMetadata, type FakeMetadata } from '../support/gce/metadata-server.js';
import { seedFromFixture as seedKube, startFakeKube, type FakeKube } from '../support/kubernetes/fake-kube.js';
import { runInProcess } from '../live/run-dist.js';

/**
 * GCE fixes on infrastructure the cluster shares: a project with other clusters' (or leftover) routes, and a
 * Shared VPC whose routes live in the host project. Against the local GCE stand-in, with the real client.
 */
const API = 'https://www.googleapis.com/compute/v1/';
const HOST = 'acme-net-host';
const RFC1035 = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;

let kube: FakeKube | undefined;
let gce: FakeGce | undefined;
let metadata: FakeMetadata | undefined;
afterEach(async () => {
  await kube?.close();
  await gce?.close();
  await metadata?.close();
  kube = gce = metadata = undefined;
});

async function start(scenario: GceScenario) {
  kube = await startFakeKube(await seedKube('fixtures/gce/broken'));
  gce = await startFakeGce(scenario);
  metadata = await startFakeMetadata(gce.scenario.project);
}

const adc = () => ({ GCE_METADATA_HOST: metadata!.host, METADATA_SERVER_DETECTION: 'assume-present' });

function fix(...extra: string[]) {
  const args = ['check', '--live', '--kubeconfig', kube!.kubeconfigPath, '--gcp-endpoint', gce!.url];
  return runInProcess([...args, '--format', 'json', '--fix', ...extra], adc());
}

type Inserted = { name: string; destRange: string; network: string; nextHopInstance: string };

function inserted(): (Inserted & { path: string })[] {
  return gce!
    .mutations()
    .filter((m) => m.method === 'POST' && m.path.endsWith('/global/routes'))
    .map((m) => ({ ...(m.body as Inserted), path: m.path }));
}

function outcomes(stdout: string): { status: string; node?: string; detail: string; reason?: string }[] {
  return JSON.parse(stdout).fixResults;
}

/** A route another cluster of the project created with the names the tool used to give: hostgw-<node>. */
function leftover(name: string, destRange: string): unknown {
  return {
    kind: 'compute#route',
    id: '8100000000000000001',
    creationTimestamp: '2026-03-02T08:11:40.512-08:00',
    name,
    description: 'host-gw pod route of cluster eu-batch',
    network: `${API}projects/acme-staging/global/networks/k8s-net`,
    destRange,
    priority: 1000,
    nextHopInstance: `${API}projects/acme-staging/zones/europe-west4-b/instances/k8s-lin-2`,
    selfLink: `${API}projects/acme-staging/global/routes/${name}`,
  };
}

describe('GCE route names on a shared project', () => {
  it("a route of another cluster named hostgw-<node> does not block the node's route", async () => {
    const scenario = await seedGce('fixtures/gce/broken');
    scenario.routes.push(leftover('hostgw-k8s-lin-2', '10.200.2.0/24'), leftover('hostgw-k8s-win-1', '10.200.4.0/24'));
    await start(scenario);
    const result = await fix('apply');
    expect(outcomes(result.stdout).map((o) => o.status)).toEqual(['applied', 'applied', 'applied']);
    const names = inserted().map((route) => `${route.name} ${route.destRange}`);
    expect(names).toEqual(['hostgw-k8s-net-2a1537efd5 10.48.2.0/24', 'hostgw-k8s-net-33d3d950dc 10.48.4.0/24']);
    // The other cluster's routes are left as they were.
    expect(gce!.scenario.routes.filter((r) => (r as { name: string }).name.startsWith('hostgw-k8s-'))).toHaveLength(4);
  });

  it('names routes after --cluster-name, sanitised to what GCE accepts, the same on every run', async () => {
    const hostile = 'Prod_Cluster/EU  west;$(rm -rf)-ÆØÅ-'.repeat(3);
    await start(await seedGce('fixtures/gce/broken'));
    const plan = async () =>
      (JSON.parse((await fix('plan', '--cluster-name', hostile)).stdout).plan as { cli: string }[])
        .map((step) => /routes create (\S+)/.exec(step.cli)?.[1])
        .filter(Boolean);
    const first = await plan();
    expect(first).toHaveLength(2);
    for (const name of first) {
      expect(name).toMatch(RFC1035);
      expect(name!.length).toBeLessThanOrEqual(63);
      expect(name).toMatch(/^hostgw-prod-cluster-eu-west-rm-rf-prod-cluster-eu-we-[0-9a-f]{10}$/);
    }
    expect(new Set(first).size).toBe(2);
    expect(await plan()).toEqual(first);
  });
});

describe('a route name that is taken already', () => {
  const route: GceRoute = {
    project: 'acme-staging',
    name: 'hostgw-k8s-net-2a1537efd5',
    network: 'projects/acme-staging/global/networks/k8s-net',
    destRange: '10.48.2.0/24',
    nextHopInstance: 'projects/acme-staging/zones/europe-west4-b/instances/k8s-lin-2',
    priority: 1000,
  };
  const apply = () =>
    runWithAdc(() =>
      gceApplier.apply(
        { kind: 'gce-route-insert', route },
        { gcpEndpoint: gce!.url, timeoutMs: 30_000, log: () => {} },
      ),
    );

  async function runWithAdc<T>(call: () => Promise<T>): Promise<T> {
    const saved = { ...process.env };
    Object.assign(process.env, adc());
    try {
      return await call();
    } finally {
      for (const key of Object.keys(adc())) if (saved[key] === undefined) delete process.env[key];
      Object.assign(process.env, saved);
    }
  }

  it('by the same route (an earlier apply, a run in parallel) counts as done', async () => {
    await start(await seedGce('fixtures/gce/broken'));
    expect(await apply()).toBe('route hostgw-k8s-net-2a1537efd5 (10.48.2.0/24)');
    expect(await apply()).toBe('route hostgw-k8s-net-2a1537efd5 (10.48.2.0/24) already exists');
    const statuses = gce!.requests
      .filter((r) => r.path.includes('/global/routes'))
      .map((r) => `${r.method} ${r.status}`);
    expect(statuses).toEqual(['POST 200', 'POST 409', 'GET 200']);
  });

  it('by a different route is reported, naming the route and how it differs', async () => {
    const scenario = await seedGce('fixtures/gce/broken');
    const taken = leftover(route.name, '10.200.2.0/24') as Record<string, unknown>;
    taken.nextHopInstance = `${API}projects/acme-staging/zones/europe-west4-c/instances/k8s-win-1`;
    taken.tags = ['batch'];
    scenario.routes.push(taken);
    await start(scenario);
    const failure = await apply().catch((error: unknown) => error as Error & { reason?: string });
    expect(failure).toBeInstanceOf(Error);
    expect((failure as { reason?: string }).reason).toBe('conflict');
    expect((failure as Error).message).toBe(
      'route hostgw-k8s-net-2a1537efd5 already exists in project acme-staging as a different route (' +
        'destRange 10.200.2.0/24, not 10.48.2.0/24; ' +
        'next hop instance projects/acme-staging/zones/europe-west4-c/instances/k8s-win-1, not instance projects/acme-staging/zones/europe-west4-b/instances/k8s-lin-2; ' +
        'tags [batch], not none): delete it if it is a leftover, or give this cluster other route names with --cluster-name',
    );
  });
});

/** The fixture as a Shared VPC: instances in the service project, network, subnets, routes and firewall in HOST. */
async function sharedVpc(): Promise<GceScenario> {
  const scenario = await seedGce('fixtures/gce/broken');
  const toHost = <T>(value: T): T =>
    JSON.parse(
      JSON.stringify(value).replace(/projects\/acme-staging\/(global|regions)\//g, `projects/${HOST}/$1/`),
    ) as T;
  const host: GceScenario = {
    project: HOST,
    instances: [],
    routes: toHost(scenario.routes),
    subnetworks: toHost(scenario.subnetworks),
    firewalls: toHost(scenario.firewalls ?? []),
  };
  return {
    ...scenario,
    instances: toHost(scenario.instances),
    routes: [],
    subnetworks: [],
    firewalls: [],
    projects: [host],
  };
}

describe('Shared VPC', () => {
  it("reads and writes routes in the network's host project, instances in the service project", async () => {
    await start(await sharedVpc());
    const result = await fix('apply');
    expect(outcomes(result.stdout).map((o) => `${o.node} ${o.status}`)).toEqual([
      'k8s-lin-1 applied',
      'k8s-lin-2 applied',
      'k8s-win-1 applied',
    ]);
    expect(gce!.callCount(new RegExp(`^/compute/v1/projects/${HOST}/global/routes$`))).toBeGreaterThan(0);
    expect(gce!.callCount(new RegExp(`^/compute/v1/projects/${HOST}/global/firewalls$`))).toBeGreaterThan(0);
    expect(gce!.callCount(new RegExp(`^/compute/v1/projects/${HOST}/regions/europe-west4/subnetworks$`))).toBe(2);
    expect(gce!.callCount(/^\/compute\/v1\/projects\/acme-staging\/global\//)).toBe(0);
    expect(gce!.mutations().map((m) => `${m.method} ${m.path}`)).toEqual([
      'PUT /compute/v1/projects/acme-staging/zones/europe-west4-a/instances/k8s-lin-1',
      `POST /compute/v1/projects/${HOST}/global/routes`,
      `POST /compute/v1/projects/${HOST}/global/routes`,
      `DELETE /compute/v1/projects/${HOST}/global/routes/stg-pods-k8s-win-1`,
    ]);
    expect(inserted().map((r) => r.network)).toEqual([
      `${API}projects/${HOST}/global/networks/k8s-net`,
      `${API}projects/${HOST}/global/networks/k8s-net`,
    ]);
    // After the apply the check reads the host project again and finds the routes in place.
    expect(JSON.parse(result.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('route-missing');
  });

  it('plans gcloud commands with --project of the host project', async () => {
    await start(await sharedVpc());
    const plan = JSON.parse((await fix('plan')).stdout).plan as { action: string; cli: string }[];
    const routes = plan.filter((step) => step.action.startsWith('gce-route-'));
    expect(routes.length).toBeGreaterThan(0);
    for (const step of routes) expect(step.cli).toContain(`--project ${HOST} `);
  });
});
