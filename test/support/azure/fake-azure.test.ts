import { execFile } from 'node:child_process';
import https from 'node:https';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { NetworkManagementClient } from '@azure/arm-network';
import type { NetworkInterface, RouteTable, Subnet, VirtualNetwork } from '@azure/arm-network';
import { ClientSecretCredential, EnvironmentCredential } from '@azure/identity';
import { RestError } from '@azure/core-rest-pipeline';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { scaleScenario, seedFromFixture, startFakeAzure, toArm } from './fake-azure.js';
import type { AzureScenario, FakeAzure } from './fake-azure.js';

const execFileAsync = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const fixture = (name: string): string => path.join(root, 'fixtures/azure', name);

async function collect<T>(iter: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iter) out.push(item);
  return out;
}

function clientFor(
  fake: FakeAzure,
  subscriptionId: string,
  extra: { maxRetries?: number } = {},
): NetworkManagementClient {
  const credential = new ClientSecretCredential(
    fake.tenantId,
    fake.clientId,
    fake.clientSecret,
    fake.credentialOptions,
  );
  return new NetworkManagementClient(credential, subscriptionId, {
    ...fake.clientOptions,
    retryOptions: { maxRetries: extra.maxRetries ?? 3, retryDelayInMs: 20, maxRetryDelayInMs: 100 },
  });
}

/** Raw HTTPS GET that trusts the fake's certificate. */
function rawGet(
  fake: FakeAzure,
  urlPath: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, unknown>; body: any }> {
  return new Promise((resolve, reject) => {
    const req = https.request(new URL(urlPath, fake.url), { method: 'GET', ca: fake.ca, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text ? JSON.parse(text) : undefined }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('seedFromFixture / toArm', () => {
  it('sorts the healthy fixture by type and synthesises the VNet', async () => {
    const s = await seedFromFixture(fixture('healthy'));
    expect(s.subscriptionId).toBe('3b9f6c1e-2d4a-4e8b-9f0c-7a1d5e2b8c46');
    expect([s.nics.length, s.routeTables.length, s.subnets.length, s.vnets.length]).toEqual([5, 1, 3, 1]);
    const vnet = s.vnets[0] as { name: string; addressSpace: { addressPrefixes: string[] }; subnets: unknown[] };
    expect(vnet.name).toBe('k8s-vnet');
    expect(vnet.addressSpace.addressPrefixes).toEqual(['10.20.0.0/16', 'fd00:20::/48']);
    expect(vnet.subnets).toHaveLength(3);
  });

  it('converts az CLI (newer casing) to the ARM REST shape', async () => {
    const s = await seedFromFixture(fixture('broken'));
    const nic = toArm(
      s.nics.find((n) => (n as { name: string }).name === 'k8s-lin-2-nic'),
      'nic',
    ) as any;
    expect(Object.keys(nic).sort()).toEqual(['etag', 'id', 'location', 'name', 'properties', 'tags', 'type']);
    expect(nic.properties.enableIPForwarding).toBe(false);
    expect(nic.properties).not.toHaveProperty('enableIpForwarding');
    const config = nic.properties.ipConfigurations[0];
    expect(Object.keys(config).sort()).toEqual(['etag', 'id', 'name', 'properties', 'type']);
    expect(config.properties.privateIPAddress).toBe('10.30.1.5');
    expect(config.properties.privateIPAddressVersion).toBe('IPv4');
    expect(config.properties.subnet).toEqual({ id: expect.stringMatching(/\/subnets\/nodes$/) });
    expect(JSON.stringify(nic)).not.toContain('"resourceGroup"');
  });
});

describe('fake Azure with the real SDK (healthy fixture, pageSize 2)', () => {
  let fake: FakeAzure;
  let scenario: AzureScenario;
  let client: NetworkManagementClient;
  const rg = 'k8s-dual-rg';

  beforeAll(async () => {
    scenario = await seedFromFixture(fixture('healthy'));
    fake = await startFakeAzure(scenario, { pageSize: 2 });
    client = clientFor(fake, scenario.subscriptionId);
  });
  afterAll(async () => fake?.close());
  afterEach(() => fake.clearFailures());

  it('lists NICs across pages with the fields the tool reads', async () => {
    const before = fake.callCount(/\/resourceGroups\/k8s-dual-rg\/providers\/Microsoft.Network\/networkInterfaces$/);
    const nics: NetworkInterface[] = await collect(client.networkInterfaces.list(rg));
    expect(
      fake.callCount(/\/resourceGroups\/k8s-dual-rg\/providers\/Microsoft.Network\/networkInterfaces$/) - before,
    ).toBe(3);
    expect(nics.map((n) => n.name)).toEqual([
      'k8s-lin-a1-nic',
      'k8s-lin-a2-nic',
      'k8s-win-a1-nic',
      'k8s-lin-b1-nic',
      'k8s-win-b1-nic',
    ]);
    const first = nics[0]!;
    expect(first.id).toBe(
      '/subscriptions/3b9f6c1e-2d4a-4e8b-9f0c-7a1d5e2b8c46/resourceGroups/k8s-dual-rg/providers/Microsoft.Network/networkInterfaces/k8s-lin-a1-nic',
    );
    expect(first.enableIPForwarding).toBe(true);
    expect(first.virtualMachine?.id).toBe(
      '/subscriptions/3b9f6c1e-2d4a-4e8b-9f0c-7a1d5e2b8c46/resourceGroups/K8S-DUAL-RG/providers/Microsoft.Compute/virtualMachines/k8s-lin-a1',
    );
    expect(
      first.ipConfigurations?.map((c) => [
        c.name,
        c.privateIPAddress,
        c.privateIPAddressVersion,
        c.primary,
        c.subnet?.id?.split('/').pop(),
      ]),
    ).toEqual([
      ['ipconfig1', '10.20.1.4', 'IPv4', true, 'nodes-a'],
      ['ipconfig-v6', 'fd00:20:0:1::4', 'IPv6', false, 'nodes-a'],
    ]);
    // Every ARM call carried the issued token; the recorded header is redacted.
    const armCalls = fake.requests.filter((r) => r.path.startsWith('/subscriptions/'));
    expect(armCalls.every((r) => r.tokenAccepted === true && r.authorization === 'Bearer [REDACTED]')).toBe(true);
    expect(armCalls.every((r) => r.query['api-version'] !== undefined)).toBe(true);
    // MSAL fetched the OpenID document and then the token endpoint (once; the token is cached).
    expect(fake.callCount(/\/v2\.0\/\.well-known\/openid-configuration$/)).toBeGreaterThanOrEqual(1);
    expect(fake.callCount(/\/oauth2\/v2\.0\/token$/)).toBe(1);
    expect(fake.requests.find((r) => r.path.endsWith('/token'))?.scope).toBe(`${fake.url}/.default`);
  });

  it('treats resource group names case-insensitively and lists subscription-wide', async () => {
    const upper = await collect(client.networkInterfaces.list('K8S-DUAL-RG'));
    expect(upper).toHaveLength(5);
    const all = await collect(client.networkInterfaces.listAll());
    expect(all.map((n) => n.name)).toHaveLength(5);
  });

  it('lists route tables with routes and associated subnets', async () => {
    const tables: RouteTable[] = await collect(client.routeTables.list(rg));
    expect(tables).toHaveLength(1);
    const table = tables[0]!;
    expect(table.name).toBe('k8s-pod-routes');
    expect(table.routes).toHaveLength(10);
    expect(table.routes?.[0]).toMatchObject({
      name: 'pods-k8s-lin-a1-v4',
      addressPrefix: '10.244.0.0/24',
      nextHopType: 'VirtualAppliance',
      nextHopIpAddress: '10.20.1.4',
    });
    expect(table.routes?.[1]).toMatchObject({ addressPrefix: 'fd00:10:244::/64', nextHopIpAddress: 'fd00:20:0:1::4' });
    expect(table.subnets?.map((s) => s.id?.split('/').pop())).toEqual(['nodes-a', 'nodes-b']);
    const routes = await collect(client.routes.list(rg, 'k8s-pod-routes'));
    expect(routes).toHaveLength(10);
  });

  it('lists virtual networks and subnets across pages', async () => {
    const vnets: VirtualNetwork[] = await collect(client.virtualNetworks.list(rg));
    expect(vnets).toHaveLength(1);
    const vnet = vnets[0]!;
    expect(vnet.addressSpace?.addressPrefixes).toEqual(['10.20.0.0/16', 'fd00:20::/48']);
    expect(
      vnet.subnets?.map((s) => [s.name, s.addressPrefix, s.addressPrefixes, s.routeTable?.id?.split('/').pop()]),
    ).toEqual([
      ['nodes-a', undefined, ['10.20.1.0/24', 'fd00:20:0:1::/64'], 'k8s-pod-routes'],
      ['nodes-b', undefined, ['10.20.2.0/24', 'fd00:20:0:2::/64'], 'k8s-pod-routes'],
      ['mgmt', '10.20.250.0/24', undefined, undefined],
    ]);
    const before = fake.callCount(/\/virtualNetworks\/k8s-vnet\/subnets$/);
    const subnets: Subnet[] = await collect(client.subnets.list(rg, 'k8s-vnet'));
    expect(fake.callCount(/\/virtualNetworks\/k8s-vnet\/subnets$/) - before).toBe(2);
    expect(subnets.map((s) => s.name)).toEqual(['nodes-a', 'nodes-b', 'mgmt']);
    const one = await client.subnets.get(rg, 'k8s-vnet', 'MGMT');
    expect(one.addressPrefix).toBe('10.20.250.0/24');
  });

  it('surfaces 403 AuthorizationFailed as a RestError', async () => {
    fake.failNext({ path: /networkInterfaces$/, status: 403 });
    const error = await collect(client.networkInterfaces.list(rg)).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RestError);
    const rest = error as RestError;
    expect(rest.statusCode).toBe(403);
    expect(rest.code).toBe('AuthorizationFailed');
    expect(rest.message).toContain(`The client '${fake.clientId}' with object id '${fake.objectId}'`);
    expect(rest.message).toContain(
      "'Microsoft.Network/networkInterfaces/read' over scope '/subscriptions/3b9f6c1e-2d4a-4e8b-9f0c-7a1d5e2b8c46/resourceGroups/k8s-dual-rg'",
    );
  });

  it('retries 429 after Retry-After (default retry policy)', async () => {
    const pathRe = /\/routeTables$/;
    fake.failNext({ path: pathRe, status: 429, retryAfterSeconds: 1 });
    const before = fake.callCount(pathRe);
    const started = Date.now();
    const tables = await collect(client.routeTables.list(rg));
    expect(tables).toHaveLength(1);
    expect(fake.callCount(pathRe) - before).toBe(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    const throttled = fake.requests
      .filter((r) => pathRe.test(r.path))
      .slice(-2)
      .map((r) => r.status);
    expect(throttled).toEqual([429, 200]);
  });

  it('gives up on persistent 429 with TooManyRequests after maxRetries', async () => {
    const limited = clientFor(fake, scenario.subscriptionId, { maxRetries: 1 });
    fake.failNext({ path: /\/virtualNetworks$/, status: 429, retryAfterSeconds: 0, times: Infinity });
    const before = fake.callCount(/\/virtualNetworks$/);
    const error = (await collect(limited.virtualNetworks.list(rg)).catch((e: unknown) => e)) as RestError;
    expect(error.statusCode).toBe(429);
    expect(error.code).toBe('TooManyRequests');
    expect(fake.callCount(/\/virtualNetworks$/) - before).toBe(2);
  });

  it('retries a dropped connection', async () => {
    fake.failNext({ path: /\/networkInterfaces\/k8s-win-b1-nic$/, status: 200, dropConnection: true });
    const nic = await client.networkInterfaces.get(rg, 'k8s-win-b1-nic');
    expect(nic.name).toBe('k8s-win-b1-nic');
    expect(fake.callCount(/\/networkInterfaces\/k8s-win-b1-nic$/)).toBe(2);
  });

  it('answers 404 ResourceGroupNotFound / ResourceNotFound', async () => {
    const groupError = (await collect(client.networkInterfaces.list('no-such-rg')).catch(
      (e: unknown) => e,
    )) as RestError;
    expect([groupError.statusCode, groupError.code]).toEqual([404, 'ResourceGroupNotFound']);
    const nicError = (await client.networkInterfaces.get(rg, 'nope').catch((e: unknown) => e)) as RestError;
    expect([nicError.statusCode, nicError.code]).toEqual([404, 'ResourceNotFound']);
  });

  it('rejects requests without an issued bearer token', async () => {
    const path = `/subscriptions/${scenario.subscriptionId}/resourceGroups/${rg}/providers/Microsoft.Network/networkInterfaces?api-version=2024-05-01`;
    const missing = await rawGet(fake, path);
    expect(missing.status).toBe(401);
    expect(missing.body.error.code).toBe('AuthenticationFailed');
    const forged = await rawGet(fake, path, { authorization: 'Bearer eyJhbGciOiJub25lIn0.e30.' });
    expect(forged.status).toBe(401);
    expect(forged.body.error.code).toBe('InvalidAuthenticationToken');
    expect(String(forged.headers['www-authenticate'])).toContain('invalid_token');
  });

  it('does not weaken TLS: clients without the CA are refused', async () => {
    const before = fake.requests.length;
    const credential = new ClientSecretCredential(fake.tenantId, fake.clientId, fake.clientSecret, {
      authorityHost: fake.url,
      disableInstanceDiscovery: true,
    });
    const tokenError = await credential.getToken(`${fake.url}/.default`).then(
      () => undefined,
      (e: unknown) => e,
    );
    // MSAL swallows the TLS error of the OpenID discovery fetch and reports that it could not resolve endpoints.
    expect(String(tokenError)).toContain('endpoints_resolution_error');
    const trusting = new ClientSecretCredential(
      fake.tenantId,
      fake.clientId,
      fake.clientSecret,
      fake.credentialOptions,
    );
    const sdk = new NetworkManagementClient(trusting, scenario.subscriptionId, {
      endpoint: fake.url,
      retryOptions: { maxRetries: 0 },
    });
    const armError = (await sdk.networkInterfaces.get(rg, 'k8s-lin-a1-nic').catch((e: unknown) => e)) as RestError;
    expect(armError).toBeInstanceOf(RestError);
    expect(armError.code).toMatch(/SELF_SIGNED|CERT/);
    // The ARM handshake never got as far as an HTTP request (only the trusting credential's token calls did).
    expect(fake.requests.slice(before).filter((r) => r.path.startsWith('/subscriptions/'))).toHaveLength(0);
    expect(fake.requests.slice(before).filter((r) => r.path.endsWith('/token'))).toHaveLength(1);
  });

  it('rejects a wrong client secret like Entra ID (AADSTS7000215)', async () => {
    const credential = new ClientSecretCredential(fake.tenantId, fake.clientId, 'wrong', fake.credentialOptions);
    const error = await credential.getToken(`${fake.url}/.default`).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(String(error)).toContain('AADSTS7000215');
  });

  it('serves EnvironmentCredential from process.env (restored afterwards)', async () => {
    const keys = ['AZURE_TENANT_ID', 'AZURE_CLIENT_ID', 'AZURE_CLIENT_SECRET', 'AZURE_AUTHORITY_HOST'] as const;
    const saved = keys.map((k) => process.env[k]);
    try {
      const env = fake.env();
      for (const k of keys) process.env[k] = env[k];
      const credential = new EnvironmentCredential({ disableInstanceDiscovery: true, tlsOptions: { ca: fake.ca } });
      const sdk = new NetworkManagementClient(credential, scenario.subscriptionId, fake.clientOptions);
      const nics = await collect(sdk.networkInterfaces.list(rg));
      expect(nics).toHaveLength(5);
    } finally {
      keys.forEach((k, i) => {
        if (saved[i] === undefined) delete process.env[k];
        else process.env[k] = saved[i];
      });
    }
  });
});

describe('fake Azure with the real SDK in a child process (environment variables only)', () => {
  let fake: FakeAzure;
  let scenario: AzureScenario;

  beforeAll(async () => {
    scenario = await seedFromFixture(fixture('broken'));
    fake = await startFakeAzure(scenario, { pageSize: 2 });
  });
  afterAll(async () => fake?.close());

  async function runChild(script: string, env: Record<string, string>): Promise<unknown> {
    const clean = Object.fromEntries(
      Object.entries(process.env).filter(
        ([k]) => !/^(AZURE_|HTTPS?_PROXY|ALL_PROXY|NO_PROXY|NODE_EXTRA_CA_CERTS)/i.test(k),
      ),
    );
    const { stdout } = await execFileAsync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: root,
      env: { ...clean, ...env, SUB: scenario.subscriptionId },
      timeout: 25_000,
    });
    return JSON.parse(stdout);
  }

  it('DefaultAzureCredential + AZURE_AUTHORITY_HOST + NODE_EXTRA_CA_CERTS, endpoint passed explicitly', async () => {
    const script = `
      import { DefaultAzureCredential } from '@azure/identity';
      import { NetworkManagementClient } from '@azure/arm-network';
      const credential = new DefaultAzureCredential({ disableInstanceDiscovery: true });
      const client = new NetworkManagementClient(credential, process.env.SUB, { endpoint: process.env.ARM_ENDPOINT });
      const nics = [];
      for await (const nic of client.networkInterfaces.list('K8S-PROD-RG')) nics.push([nic.name, nic.enableIPForwarding, nic.ipConfigurations?.[0]?.privateIPAddress]);
      console.log(JSON.stringify(nics));
    `;
    const nics = await runChild(script, { ...fake.env(), ARM_ENDPOINT: fake.url });
    expect(nics).toEqual([
      ['k8s-lin-1-nic', true, '10.30.1.4'],
      ['k8s-lin-2-nic', false, '10.30.1.5'],
      ['k8s-lin-3-nic', true, '10.30.1.6'],
      ['k8s-win-1-nic', true, '10.30.2.4'],
      ['k8s-win-2-nic', true, '10.30.1.7'],
    ]);
  });

  it('HTTPS_PROXY mode: default endpoints (management.azure.com, login.microsoftonline.com) land on the fake', async () => {
    const script = `
      import { DefaultAzureCredential } from '@azure/identity';
      import { NetworkManagementClient } from '@azure/arm-network';
      const client = new NetworkManagementClient(new DefaultAzureCredential(), process.env.SUB);
      const tables = [];
      for await (const t of client.routeTables.list('k8s-prod-rg')) tables.push({ name: t.name, routes: t.routes?.map((r) => [r.name, r.nextHopIpAddress]), subnets: t.subnets?.length });
      console.log(JSON.stringify(tables));
    `;
    const before = fake.requests.length;
    const tables = await runChild(script, fake.env({ proxy: true }));
    expect(tables).toEqual([
      {
        name: 'k8s-pod-routes',
        routes: [
          ['pods-k8s-lin-1', '10.30.1.4'],
          ['pods-k8s-lin-2', '10.30.1.5'],
          ['pods-k8s-lin-3', '10.30.1.4'],
          ['pods-k8s-win-1', '10.30.2.4'],
          ['pods-k8s-lin-old', '10.30.1.99'],
        ],
        subnets: 1,
      },
    ]);
    const seen = fake.requests.slice(before);
    expect(seen.filter((r) => r.method === 'CONNECT').map((r) => r.path)).toEqual(
      expect.arrayContaining(['login.microsoftonline.com:443', 'management.azure.com:443']),
    );
    const token = seen.find((r) => r.path.endsWith('/oauth2/v2.0/token'));
    expect(token?.host).toBe('login.microsoftonline.com');
    expect(token?.scope).toBe('https://management.azure.com/.default');
    expect(
      seen.some((r) => r.host === 'management.azure.com' && r.path.endsWith('/routeTables') && r.status === 200),
    ).toBe(true);
  });
});

describe('fake Azure writes with the real SDK (broken fixture): LROs, mutations, policy denial', () => {
  let fake: FakeAzure;
  let scenario: AzureScenario;
  let client: NetworkManagementClient;
  const rg = 'k8s-prod-rg';
  const table = 'k8s-pod-routes';

  /** Status, method, path and LRO headers of every response the SDK saw for one call. */
  type Seen = {
    status: number;
    method: string;
    path: string;
    asyncOperation?: string;
    location?: string;
    state?: unknown;
  };
  function watch(): { seen: Seen[]; onResponse: (raw: any) => void } {
    const seen: Seen[] = [];
    return {
      seen,
      onResponse: (raw: any) => {
        const body = raw.parsedBody as any;
        seen.push({
          status: raw.status,
          method: raw.request.method,
          path: new URL(raw.request.url).pathname,
          asyncOperation: raw.headers.get('azure-asyncoperation') ?? undefined,
          location: raw.headers.get('location') ?? undefined,
          state: body?.status ?? body?.provisioningState ?? body?.properties?.provisioningState,
        });
      },
    };
  }

  beforeAll(async () => {
    scenario = await seedFromFixture(fixture('broken'));
    fake = await startFakeAzure(scenario);
    client = clientFor(fake, scenario.subscriptionId, { maxRetries: 0 });
  });
  afterAll(async () => fake?.close());
  beforeEach(() => fake.setScenario(scenario));
  afterEach(() => fake.clearFailures());

  it('NIC get + beginCreateOrUpdateAndWait enables IP forwarding (200 + Azure-AsyncOperation → InProgress → Succeeded)', async () => {
    const nic = await client.networkInterfaces.get(rg, 'k8s-lin-2-nic');
    expect(nic.enableIPForwarding).toBe(false);
    const mutationsBefore = fake.mutations().length;
    const { seen, onResponse } = watch();
    const updated = await client.networkInterfaces.beginCreateOrUpdateAndWait(
      rg,
      'k8s-lin-2-nic',
      { ...nic, enableIPForwarding: true },
      { onResponse },
    );
    expect(updated.enableIPForwarding).toBe(true);
    expect(updated.provisioningState).toBe('Succeeded');
    const nicPath = `/subscriptions/${scenario.subscriptionId}/resourceGroups/${rg}/providers/Microsoft.Network/networkInterfaces/k8s-lin-2-nic`;
    const opPath = expect.stringMatching(
      new RegExp(
        `^/subscriptions/${scenario.subscriptionId}/providers/Microsoft\\.Network/locations/northeurope/operations/[0-9a-f-]{36}$`,
      ),
    );
    expect(seen).toEqual([
      {
        status: 200,
        method: 'PUT',
        path: nicPath,
        asyncOperation: expect.stringMatching(
          /^https:\/\/127\.0\.0\.1:\d+\/subscriptions\/.*\/operations\/.*\?api-version=/,
        ),
        location: undefined,
        state: 'Updating',
      },
      { status: 200, method: 'GET', path: opPath, asyncOperation: undefined, location: undefined, state: 'InProgress' },
      { status: 200, method: 'GET', path: opPath, asyncOperation: undefined, location: undefined, state: 'Succeeded' },
      { status: 200, method: 'GET', path: nicPath, asyncOperation: undefined, location: undefined, state: 'Succeeded' },
    ]);
    // The recorded mutation is the ARM-shaped PUT body the SDK serialised.
    const mutations = fake.mutations().slice(mutationsBefore);
    expect(mutations).toHaveLength(1);
    expect(mutations[0]).toMatchObject({
      method: 'PUT',
      path: nicPath,
      body: {
        location: 'northeurope',
        properties: { enableIPForwarding: true, ipConfigurations: [{ name: 'ipconfig1' }] },
      },
    });
    // A later list reflects it, and the fields the PUT cannot set survive.
    const listed = (await collect(client.networkInterfaces.list(rg))).find((n) => n.name === 'k8s-lin-2-nic')!;
    expect(listed.enableIPForwarding).toBe(true);
    expect(listed.macAddress).toBe(nic.macAddress);
    expect(listed.virtualMachine?.id).toBe(nic.virtualMachine?.id);
    expect(listed.ipConfigurations?.[0]?.privateIPAddress).toBe('10.30.1.5');
    expect(listed.dnsSettings?.internalDomainNameSuffix).toBe(nic.dnsSettings?.internalDomainNameSuffix);
    expect(listed.tags).toEqual({ cluster: 'prod-ne' });
    expect(listed.etag).not.toBe(nic.etag);
  });

  it('routes: create (201), update (200), delete (202 + Location/Azure-AsyncOperation, then gone; absent → 204)', async () => {
    const created = watch();
    const route = await client.routes.beginCreateOrUpdateAndWait(
      rg,
      table,
      'pods-k8s-win-2',
      { addressPrefix: '10.244.4.0/24', nextHopType: 'VirtualAppliance', nextHopIpAddress: '10.30.1.7' },
      { onResponse: created.onResponse },
    );
    expect(route).toMatchObject({
      name: 'pods-k8s-win-2',
      addressPrefix: '10.244.4.0/24',
      nextHopType: 'VirtualAppliance',
      nextHopIpAddress: '10.30.1.7',
      provisioningState: 'Succeeded',
    });
    expect(route.id).toBe(
      `/subscriptions/${scenario.subscriptionId}/resourceGroups/${rg}/providers/Microsoft.Network/routeTables/${table}/routes/pods-k8s-win-2`,
    );
    expect(created.seen.map((r) => [r.status, r.method, r.state])).toEqual([
      [201, 'PUT', 'Updating'],
      [200, 'GET', 'InProgress'],
      [200, 'GET', 'Succeeded'],
      [200, 'GET', 'Succeeded'],
    ]);

    const updated = watch();
    await client.routes.beginCreateOrUpdateAndWait(
      rg,
      table,
      'pods-k8s-lin-3',
      { addressPrefix: '10.244.2.0/24', nextHopType: 'VirtualAppliance', nextHopIpAddress: '10.30.1.6' },
      { onResponse: updated.onResponse },
    );
    expect(updated.seen[0]).toMatchObject({ status: 200, method: 'PUT', state: 'Updating' });

    const deleted = watch();
    await client.routes.beginDeleteAndWait(rg, table, 'pods-k8s-lin-old', { onResponse: deleted.onResponse });
    expect(deleted.seen.map((r) => [r.status, r.method, r.state])).toEqual([
      [202, 'DELETE', undefined],
      [200, 'GET', 'InProgress'],
      [200, 'GET', 'Succeeded'],
    ]);
    expect(deleted.seen[0]!.asyncOperation).toMatch(/\/operations\/[0-9a-f-]{36}\?api-version=/);
    expect(deleted.seen[0]!.location).toMatch(/\/operationResults\/[0-9a-f-]{36}\?api-version=/);
    // The Location flavour answers 204 once done.
    const token = await new ClientSecretCredential(
      fake.tenantId,
      fake.clientId,
      fake.clientSecret,
      fake.credentialOptions,
    ).getToken(`${fake.url}/.default`);
    const result = await rawGet(
      fake,
      new URL(deleted.seen[0]!.location!).pathname + new URL(deleted.seen[0]!.location!).search,
      { authorization: `Bearer ${token!.token}` },
    );
    expect(result.status).toBe(204);

    const [tableNow] = await collect(client.routeTables.list(rg));
    expect(tableNow!.routes?.map((r) => [r.name, r.addressPrefix, r.nextHopIpAddress, r.provisioningState])).toEqual([
      ['pods-k8s-lin-1', '10.244.0.0/24', '10.30.1.4', 'Succeeded'],
      ['pods-k8s-lin-2', '10.244.1.0/24', '10.30.1.5', 'Succeeded'],
      ['pods-k8s-lin-3', '10.244.2.0/24', '10.30.1.6', 'Succeeded'],
      ['pods-k8s-win-1', '10.244.3.0/24', '10.30.2.4', 'Succeeded'],
      ['pods-k8s-win-2', '10.244.4.0/24', '10.30.1.7', 'Succeeded'],
    ]);
    expect((await collect(client.routes.list(rg, table))).map((r) => r.name)).not.toContain('pods-k8s-lin-old');
    const gone = (await client.routes.get(rg, table, 'pods-k8s-lin-old').catch((e: unknown) => e)) as RestError;
    expect([gone.statusCode, gone.code]).toEqual([404, 'ResourceNotFound']);

    const absent = watch();
    await client.routes.beginDeleteAndWait(rg, table, 'pods-k8s-lin-old', { onResponse: absent.onResponse });
    expect(absent.seen.map((r) => r.status)).toEqual([204]);
    expect(
      fake
        .mutations()
        .slice(-4)
        .map((m) => [m.method, m.path.split('/').pop(), (m.body as any)?.properties?.nextHopIpAddress]),
    ).toEqual([
      ['PUT', 'pods-k8s-win-2', '10.30.1.7'],
      ['PUT', 'pods-k8s-lin-3', '10.30.1.6'],
      ['DELETE', 'pods-k8s-lin-old', undefined],
      ['DELETE', 'pods-k8s-lin-old', undefined],
    ]);
  });

  it('subnet ↔ route table association (and dissociation) shows in the subnet, the VNet and the route table', async () => {
    const routeTable = await client.routeTables.get(rg, table);
    expect(routeTable.subnets?.map((s) => s.id?.split('/').pop())).toEqual(['nodes']);
    const subnet = await client.subnets.get(rg, 'k8s-vnet', 'nodes-win');
    expect(subnet.routeTable).toBeUndefined();
    const { seen, onResponse } = watch();
    const associated = await client.subnets.beginCreateOrUpdateAndWait(
      rg,
      'k8s-vnet',
      'nodes-win',
      { ...subnet, routeTable: { id: routeTable.id } },
      { onResponse },
    );
    expect(seen.map((r) => [r.status, r.method, r.state])).toEqual([
      [200, 'PUT', 'Updating'],
      [200, 'GET', 'InProgress'],
      [200, 'GET', 'Succeeded'],
      [200, 'GET', 'Succeeded'],
    ]);
    expect(associated.routeTable?.id).toBe(routeTable.id);
    // Server-owned fields and the rest of the subnet survive the PUT.
    expect(associated.ipConfigurations?.map((c) => c.id?.split('/')[8])).toEqual(['k8s-win-1-nic']);
    expect(associated.networkSecurityGroup?.id).toBe(subnet.networkSecurityGroup?.id);
    expect(associated.addressPrefix).toBe('10.30.2.0/24');

    expect((await client.routeTables.get(rg, table)).subnets?.map((s) => s.id?.split('/').pop())).toEqual([
      'nodes',
      'nodes-win',
    ]);
    const [vnet] = await collect(client.virtualNetworks.list(rg));
    expect(vnet!.subnets?.map((s) => [s.name, s.routeTable?.id?.split('/').pop()])).toEqual([
      ['nodes', table],
      ['nodes-win', table],
    ]);
    expect(
      (await collect(client.subnets.list(rg, 'k8s-vnet'))).find((s) => s.name === 'nodes-win')?.routeTable?.id,
    ).toBe(routeTable.id);

    const { routeTable: _dropped, ...withoutTable } = associated;
    await client.subnets.beginCreateOrUpdateAndWait(rg, 'k8s-vnet', 'nodes-win', withoutTable);
    expect((await client.routeTables.get(rg, table)).subnets?.map((s) => s.id?.split('/').pop())).toEqual(['nodes']);
    expect((await client.subnets.get(rg, 'k8s-vnet', 'nodes-win')).routeTable).toBeUndefined();
  });

  it('Azure Policy denial: RestError 403 RequestDisallowedByPolicy, assignment details in err.details and err.response', async () => {
    fake.failNext({
      path: /networkInterfaces\/k8s-lin-2-nic$/,
      method: 'PUT',
      status: 403,
      code: 'RequestDisallowedByPolicy',
    });
    const nic = await client.networkInterfaces.get(rg, 'k8s-lin-2-nic'); // a GET does not consume the PUT rule
    const error = await client.networkInterfaces
      .beginCreateOrUpdateAndWait(rg, 'k8s-lin-2-nic', { ...nic, enableIPForwarding: true })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(RestError);
    const rest = error as RestError;
    expect(rest.statusCode).toBe(403);
    expect(rest.code).toBe('RequestDisallowedByPolicy');
    const assignmentId = `/subscriptions/${scenario.subscriptionId}/providers/Microsoft.Authorization/policyAssignments/deny-nic-ipfwd`;
    const definitionId = '/providers/Microsoft.Authorization/policyDefinitions/88c0b9da-ce96-4b03-9635-f29a937e2900';
    // err.message is ARM's message: display names + ids, as a JSON string inside quotes.
    expect(rest.message).toBe(
      `Resource 'k8s-lin-2-nic' was disallowed by policy. Policy identifiers: '[{"policyAssignment":{"name":"Deny IP forwarding on NICs","id":"${assignmentId}"},"policyDefinition":{"name":"Network interfaces should disable IP forwarding","id":"${definitionId}"}}]'.`,
    );
    // err.details (enumerable, set by core-client) is the deserialised CloudError, unknown fields kept.
    const details = rest.details as any;
    expect(details.error.code).toBe('RequestDisallowedByPolicy');
    expect(details.error.target).toBe('k8s-lin-2-nic');
    expect(details.error.additionalInfo[0].type).toBe('PolicyViolation');
    expect(details.error.additionalInfo[0].info).toMatchObject({
      policyDefinitionId: definitionId,
      policyDefinitionName: '88c0b9da-ce96-4b03-9635-f29a937e2900',
      policyDefinitionDisplayName: 'Network interfaces should disable IP forwarding',
      policyDefinitionEffect: 'deny',
      policyAssignmentId: assignmentId,
      policyAssignmentName: 'deny-nic-ipfwd',
      policyAssignmentDisplayName: 'Deny IP forwarding on NICs',
      policyAssignmentScope: `/subscriptions/${scenario.subscriptionId}`,
      policyExemptionIds: [],
    });
    expect(details.error.additionalInfo[0].info.evaluationDetails.evaluatedExpressions[1]).toMatchObject({
      path: 'properties.enableIPForwarding',
      expressionValue: true,
      operator: 'Equals',
    });
    // err.response (non-enumerable) has the same in parsedBody and the raw text in bodyAsText; there is no err.body.
    expect((rest.response as any).parsedBody.error.additionalInfo[0].info.policyAssignmentName).toBe('deny-nic-ipfwd');
    expect(JSON.parse(rest.response!.bodyAsText!).error.additionalInfo[0].info.policyAssignmentId).toBe(assignmentId);
    expect((rest as any).body).toBeUndefined();
    expect(Object.keys(rest)).not.toContain('response');
    // Nothing changed, no operation was started, but the attempt is recorded.
    expect((await client.networkInterfaces.get(rg, 'k8s-lin-2-nic')).enableIPForwarding).toBe(false);
    expect(fake.mutations().at(-1)).toMatchObject({
      method: 'PUT',
      path: expect.stringMatching(/\/networkInterfaces\/k8s-lin-2-nic$/),
    });
    expect(fake.requests.filter((r) => r.method === 'PUT').at(-1)?.status).toBe(403);
    // The rule was used up: the next PUT goes through.
    expect(
      (
        await client.networkInterfaces.beginCreateOrUpdateAndWait(rg, 'k8s-lin-2-nic', {
          ...nic,
          enableIPForwarding: true,
        })
      ).enableIPForwarding,
    ).toBe(true);
  });

  it('policy details can be overridden, e.g. a route denied by a custom assignment', async () => {
    fake.failNext({
      path: /\/routes\/pods-k8s-win-2$/,
      method: 'put',
      status: 403,
      code: 'RequestDisallowedByPolicy',
      policy: {
        assignmentName: 'no-udr',
        assignmentDisplayName: 'No UDRs',
        assignmentScope: '/providers/Microsoft.Management/managementGroups/corp',
        definitionId:
          '/providers/Microsoft.Management/managementGroups/corp/providers/Microsoft.Authorization/policyDefinitions/deny-udr',
        definitionDisplayName: 'Deny UDRs',
        evaluatedExpressions: [],
      },
    });
    const error = (await client.routes
      .beginCreateOrUpdateAndWait(rg, table, 'pods-k8s-win-2', {
        addressPrefix: '10.244.4.0/24',
        nextHopType: 'VirtualAppliance',
        nextHopIpAddress: '10.30.1.7',
      })
      .catch((e: unknown) => e)) as RestError;
    expect(error.code).toBe('RequestDisallowedByPolicy');
    expect(error.message).toContain(
      '"policyAssignment":{"name":"No UDRs","id":"/providers/Microsoft.Management/managementGroups/corp/providers/Microsoft.Authorization/policyAssignments/no-udr"}',
    );
    expect((error.details as any).error.additionalInfo[0].info).toMatchObject({
      policyDefinitionName: 'deny-udr',
      policyAssignmentScope: '/providers/Microsoft.Management/managementGroups/corp',
    });
  });

  it('keeps refusing writes the fix must never do (403 AuthorizationFailed), and records them', async () => {
    const cases: [string, () => Promise<unknown>, string][] = [
      [
        'NIC delete',
        () => client.networkInterfaces.beginDeleteAndWait(rg, 'k8s-lin-2-nic'),
        'Microsoft.Network/networkInterfaces/delete',
      ],
      [
        'route table delete',
        () => client.routeTables.beginDeleteAndWait(rg, table),
        'Microsoft.Network/routeTables/delete',
      ],
      [
        'route table PUT',
        () => client.routeTables.beginCreateOrUpdateAndWait(rg, table, { location: 'northeurope' }),
        'Microsoft.Network/routeTables/write',
      ],
      [
        'subnet delete',
        () => client.subnets.beginDeleteAndWait(rg, 'k8s-vnet', 'nodes-win'),
        'Microsoft.Network/virtualNetworks/subnets/delete',
      ],
      [
        'NIC create',
        () => client.networkInterfaces.beginCreateOrUpdateAndWait(rg, 'new-nic', { location: 'northeurope' }),
        'Microsoft.Network/networkInterfaces/write',
      ],
      [
        'tags PATCH',
        () => client.networkInterfaces.updateTags(rg, 'k8s-lin-2-nic', { tags: {} }),
        'Microsoft.Network/networkInterfaces/write',
      ],
    ];
    for (const [label, call, action] of cases) {
      const error = (await call().catch((e: unknown) => e)) as RestError;
      expect([label, error.statusCode, error.code]).toEqual([label, 403, 'AuthorizationFailed']);
      expect(error.message).toContain(`'${action}'`);
    }
    expect(
      fake
        .mutations()
        .slice(-cases.length)
        .map((m) => m.method),
    ).toEqual(['DELETE', 'DELETE', 'PUT', 'DELETE', 'PUT', 'PATCH']);
    expect(await collect(client.networkInterfaces.list(rg))).toHaveLength(5);
  });

  it('validates writes like ARM (PUT replaces the resource)', async () => {
    const missingHop = (await client.routes
      .beginCreateOrUpdateAndWait(rg, table, 'r1', { addressPrefix: '10.244.8.0/24', nextHopType: 'VirtualAppliance' })
      .catch((e: unknown) => e)) as RestError;
    expect([missingHop.statusCode, missingHop.code, missingHop.message]).toEqual([
      400,
      'MissingNextHopIpAddress',
      'NextHopIpAddress cannot be Null or Empty in route r1 when NextHopType is VirtualAppliance.',
    ]);
    const [existing] = await collect(client.routes.list(rg, table));
    const conflict = (await client.routes
      .beginCreateOrUpdateAndWait(rg, table, 'same-prefix', {
        addressPrefix: existing!.addressPrefix,
        nextHopType: 'VirtualAppliance',
        nextHopIpAddress: '10.30.1.9',
      })
      .catch((e: unknown) => e)) as RestError;
    expect([conflict.statusCode, conflict.code, conflict.message]).toEqual([
      400,
      'RouteConflict',
      `Route: same-prefix conflicts with Route: ${existing!.name}. Routes cannot have the same AddressPrefix.`,
    ]);
    const noTable = (await client.routes
      .beginCreateOrUpdateAndWait(rg, 'nope', 'r1', { addressPrefix: '10.244.8.0/24', nextHopType: 'None' })
      .catch((e: unknown) => e)) as RestError;
    expect([noTable.statusCode, noTable.code]).toEqual([404, 'ParentResourceNotFound']);
    // A NIC PUT without its IP configurations (a partial body) is rejected rather than wiping them.
    const partial = (await client.networkInterfaces
      .beginCreateOrUpdateAndWait(rg, 'k8s-lin-2-nic', { location: 'northeurope', enableIPForwarding: true })
      .catch((e: unknown) => e)) as RestError;
    expect([partial.statusCode, partial.code]).toEqual([400, 'InvalidRequestFormat']);
    const noLocation = (await client.networkInterfaces
      .beginCreateOrUpdateAndWait(rg, 'k8s-lin-2-nic', { enableIPForwarding: true })
      .catch((e: unknown) => e)) as RestError;
    expect([noLocation.statusCode, noLocation.code]).toEqual([400, 'LocationRequired']);
    const subnet = await client.subnets.get(rg, 'k8s-vnet', 'nodes');
    const badRef = (await client.subnets
      .beginCreateOrUpdateAndWait(rg, 'k8s-vnet', 'nodes', {
        ...subnet,
        routeTable: {
          id: `/subscriptions/${scenario.subscriptionId}/resourceGroups/${rg}/providers/Microsoft.Network/routeTables/nope`,
        },
      })
      .catch((e: unknown) => e)) as RestError;
    expect([badRef.statusCode, badRef.code]).toEqual([400, 'InvalidResourceReference']);
    const resized = (await client.subnets
      .beginCreateOrUpdateAndWait(rg, 'k8s-vnet', 'nodes', { ...subnet, addressPrefix: '10.30.1.0/25' })
      .catch((e: unknown) => e)) as RestError;
    expect([resized.statusCode, resized.code, resized.message]).toEqual([
      400,
      'InUsePrefixCannotBeDeleted',
      'IpPrefix 10.30.1.0/24 on Subnet nodes has active allocations and cannot be deleted.',
    ]);
    const { addressPrefix: _prefix, ...noPrefix } = subnet;
    const unaddressed = (await client.subnets
      .beginCreateOrUpdateAndWait(rg, 'k8s-vnet', 'nodes', noPrefix)
      .catch((e: unknown) => e)) as RestError;
    expect([unaddressed.statusCode, unaddressed.code]).toEqual([400, 'NoAddressPrefixOrPoolProvided']);
    // None of it changed anything.
    const [tableNow] = await collect(client.routeTables.list(rg));
    expect(tableNow!.routes).toHaveLength(5);
    expect(tableNow!.subnets).toHaveLength(1);
    expect((await client.subnets.get(rg, 'k8s-vnet', 'nodes')).addressPrefix).toBe('10.30.1.0/24');
  });

  it('a second write to the same route table while an operation runs gets 429 AnotherOperationInProgress', async () => {
    const poller = await client.routes.beginCreateOrUpdate(rg, table, 'pods-a', {
      addressPrefix: '10.244.20.0/24',
      nextHopType: 'VirtualAppliance',
      nextHopIpAddress: '10.30.1.4',
    });
    expect(poller.isDone()).toBe(false);
    // Visible while running, in provisioningState Updating.
    expect((await client.routes.get(rg, table, 'pods-a')).provisioningState).toBe('Updating');
    const busy = (await client.routes
      .beginCreateOrUpdateAndWait(rg, table, 'pods-b', {
        addressPrefix: '10.244.21.0/24',
        nextHopType: 'VirtualAppliance',
        nextHopIpAddress: '10.30.1.5',
      })
      .catch((e: unknown) => e)) as RestError;
    expect([busy.statusCode, busy.code]).toEqual([429, 'AnotherOperationInProgress']);
    expect(busy.message).toMatch(
      /^Another operation on this or dependent resource is in progress\. To retrieve status of the operation use uri: https:\/\/.*\/operations\/[0-9a-f-]{36}\?api-version=.*\.$/,
    );
    // Associating that route table with a subnet depends on it too.
    const subnet = await client.subnets.get(rg, 'k8s-vnet', 'nodes-win');
    const dependent = (await client.subnets
      .beginCreateOrUpdateAndWait(rg, 'k8s-vnet', 'nodes-win', {
        ...subnet,
        routeTable: { id: (await client.routeTables.get(rg, table)).id },
      })
      .catch((e: unknown) => e)) as RestError;
    expect(dependent.code).toBe('AnotherOperationInProgress');
    // A NIC is independent.
    const nic = await client.networkInterfaces.get(rg, 'k8s-lin-2-nic');
    await client.networkInterfaces.beginCreateOrUpdateAndWait(rg, 'k8s-lin-2-nic', {
      ...nic,
      enableIPForwarding: true,
    });
    expect((await poller.pollUntilDone()).provisioningState).toBe('Succeeded');
    await client.routes.beginCreateOrUpdateAndWait(rg, table, 'pods-b', {
      addressPrefix: '10.244.21.0/24',
      nextHopType: 'VirtualAppliance',
      nextHopIpAddress: '10.30.1.5',
    });
    expect((await collect(client.routes.list(rg, table))).map((r) => r.name)).toEqual(
      expect.arrayContaining(['pods-a', 'pods-b']),
    );
  });

  it('an operation can fail asynchronously: the poller rejects with a plain Error, the resource is left Failed', async () => {
    fake.failNext({
      path: /\/routes\/pods-x$/,
      method: 'PUT',
      status: 200,
      operationStatus: 'Failed',
      code: 'InternalServerError',
    });
    const error = await client.routes
      .beginCreateOrUpdateAndWait(rg, table, 'pods-x', {
        addressPrefix: '10.244.30.0/24',
        nextHopType: 'VirtualAppliance',
        nextHopIpAddress: '10.30.1.4',
      })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(RestError);
    expect((error as Error).message).toBe(
      'The long-running operation has failed. InternalServerError. An error occurred.',
    );
    expect((await client.routes.get(rg, table, 'pods-x')).provisioningState).toBe('Failed');
  });

  it('lroInProgressPolls sets how many InProgress answers precede Succeeded', async () => {
    for (const [polls, expected] of [
      [0, ['Succeeded']],
      [2, ['InProgress', 'InProgress', 'Succeeded']],
    ] as const) {
      const own = await startFakeAzure(scenario, { lroInProgressPolls: polls });
      try {
        const sdk = clientFor(own, scenario.subscriptionId);
        const { seen, onResponse } = watch();
        await sdk.routes.beginCreateOrUpdateAndWait(
          rg,
          table,
          'pods-y',
          { addressPrefix: '10.244.40.0/24', nextHopType: 'VirtualAppliance', nextHopIpAddress: '10.30.1.4' },
          { onResponse, updateIntervalInMs: 5 },
        );
        expect(seen.filter((r) => /\/operations\//.test(r.path)).map((r) => r.state)).toEqual(expected);
      } finally {
        await own.close();
      }
    }
  });

  it('injects LinkedAuthorizationFailed naming the join action on the linked route table', async () => {
    const routeTableId = (await client.routeTables.get(rg, table)).id!;
    fake.failNext({ path: /\/subnets\/nodes-win$/, method: 'PUT', status: 403, code: 'LinkedAuthorizationFailed' });
    const subnet = await client.subnets.get(rg, 'k8s-vnet', 'nodes-win');
    const error = (await client.subnets
      .beginCreateOrUpdateAndWait(rg, 'k8s-vnet', 'nodes-win', { ...subnet, routeTable: { id: routeTableId } })
      .catch((e: unknown) => e)) as RestError;
    expect([error.statusCode, error.code]).toEqual([403, 'LinkedAuthorizationFailed']);
    expect(error.message).toContain(
      `has permission to perform action 'Microsoft.Network/virtualNetworks/subnets/write'`,
    );
    expect(error.message).toContain(
      `does not have permission to perform action(s) 'Microsoft.Network/routeTables/join/action' on the linked scope(s) '${routeTableId}'`,
    );
  });
});

describe('scaleScenario', () => {
  it('builds n NICs in one subnet, a 400-route table and matching nodes, served by the fake', async () => {
    const { scenario, nodes, podNetwork } = scaleScenario(450);
    expect(podNetwork).toBe('10.128.0.0/9');
    expect(scenario.nics).toHaveLength(450);
    const items = (nodes as { items: any[] }).items;
    expect(items).toHaveLength(450);
    expect(items[449].spec.podCIDR).toBe('10.129.193.0/24');
    expect(items[0].spec.providerID).toMatch(
      /^azure:\/\/\/subscriptions\/[^/]+\/resourcegroups\/k8s-scale-rg\/providers\/Microsoft\.Compute\/virtualMachines\/k8s-scale-00001$/,
    );
    const fake = await startFakeAzure(scenario);
    try {
      const client = clientFor(fake, scenario.subscriptionId);
      const nics = await collect(client.networkInterfaces.list('k8s-scale-rg'));
      expect(nics).toHaveLength(450);
      expect(fake.callCount(/\/networkInterfaces$/)).toBe(5); // default pageSize 100
      expect(new Set(nics.map((n) => n.ipConfigurations?.[0]?.subnet?.id)).size).toBe(1);
      expect(nics.every((n) => n.enableIPForwarding === true)).toBe(true);
      expect(nics[449]?.ipConfigurations?.[0]?.privateIPAddress).toBe(items[449].status.addresses[0].address);
      const [table] = await collect(client.routeTables.list('k8s-scale-rg'));
      expect(table?.routes).toHaveLength(400);
    } finally {
      await fake.close();
    }
  });
});

describe('network security groups (fixtures/firewall/azure)', () => {
  it.each(['broken', 'healthy'])(
    'lists the %s NSGs of a resource group through the real client, paged, as az prints them',
    async (name) => {
      const dir = path.join(root, 'fixtures/firewall/azure', name);
      const { readFile } = await import('node:fs/promises');
      const cli = JSON.parse(await readFile(path.join(dir, 'az-nsgs.json'), 'utf8')) as {
        name: string;
        resourceGroup: string;
        securityRules: { name: string; access: string; priority: number }[];
        defaultSecurityRules: unknown[];
      }[];
      const scenario = await seedFromFixture(dir);
      const fake = await startFakeAzure(scenario, { pageSize: 2 });
      try {
        const client = clientFor(fake, scenario.subscriptionId);
        const group = cli[0]!.resourceGroup;
        const pages = await collect(client.networkSecurityGroups.list(group).byPage());
        const nsgs = pages.flat();
        const expected = cli.filter((nsg) => nsg.resourceGroup.toLowerCase() === group.toLowerCase());
        expect(pages).toHaveLength(Math.max(1, Math.ceil(expected.length / 2)));
        expect(nsgs.map((nsg) => nsg.name).sort()).toEqual(expected.map((nsg) => nsg.name).sort());
        for (const nsg of nsgs) {
          const want = expected.find((e) => e.name === nsg.name)!;
          expect(nsg.securityRules?.map((r) => [r.name, r.access, r.priority])).toEqual(
            want.securityRules.map((r) => [r.name, r.access, r.priority]),
          );
          expect(nsg.defaultSecurityRules?.length).toBe(want.defaultSecurityRules.length);
        }
      } finally {
        await fake.close();
      }
    },
  );

  it('synthesises the NSGs the NICs and subnets name for a fixture without an NSG listing', async () => {
    const s = await seedFromFixture(fixture('healthy'));
    const named = new Set(
      [...s.nics, ...s.subnets].map((r: any) => r.networkSecurityGroup?.id?.toLowerCase()).filter(Boolean),
    );
    expect(new Set(s.nsgs!.map((nsg: any) => nsg.id.toLowerCase()))).toEqual(named);
  });
});

describe('NSG security rule writes with the real SDK (fixtures/firewall/azure/broken)', () => {
  let fake: FakeAzure;
  let scenario: AzureScenario;
  let client: NetworkManagementClient;
  const rg = 'k8s-dual-rg';
  beforeAll(async () => {
    scenario = await seedFromFixture(path.join(root, 'fixtures/firewall/azure/broken'));
    fake = await startFakeAzure(scenario);
    client = clientFor(fake, scenario.subscriptionId, { maxRetries: 0 });
  });
  afterAll(async () => fake?.close());
  beforeEach(() => fake.setScenario(scenario));

  it('creates a rule through the LRO (201, then 200 to update), lists it in the NSG, and refuses a priority clash', async () => {
    const rule = {
      priority: 299,
      direction: 'Inbound',
      access: 'Allow',
      protocol: 'Udp',
      sourceAddressPrefixes: ['10.244.0.0/16'],
      sourcePortRange: '*',
      destinationAddressPrefixes: ['10.244.0.0/16'],
      destinationPortRange: '*',
    };
    const created = await client.securityRules.beginCreateOrUpdateAndWait(
      rg,
      'k8s-subnet-b-nsg',
      'hostgw-pods-udp-in',
      rule,
    );
    expect(created).toMatchObject({
      name: 'hostgw-pods-udp-in',
      priority: 299,
      access: 'Allow',
      protocol: 'Udp',
      sourceAddressPrefixes: ['10.244.0.0/16'],
      provisioningState: 'Succeeded',
    });
    expect(fake.mutations().map((m) => `${m.method} ${m.path.split('/providers/Microsoft.Network/')[1]}`)).toEqual([
      'PUT networkSecurityGroups/k8s-subnet-b-nsg/securityRules/hostgw-pods-udp-in',
    ]);
    const nsg = await client.networkSecurityGroups.get(rg, 'k8s-subnet-b-nsg');
    expect(nsg.securityRules!.map((r) => `${r.name} ${r.priority}`)).toContain('hostgw-pods-udp-in 299');
    expect((await client.securityRules.get(rg, 'k8s-subnet-b-nsg', 'hostgw-pods-udp-in')).priority).toBe(299);
    // The same PUT again updates in place.
    await client.securityRules.beginCreateOrUpdateAndWait(rg, 'k8s-subnet-b-nsg', 'hostgw-pods-udp-in', rule);
    expect(
      (await client.networkSecurityGroups.get(rg, 'k8s-subnet-b-nsg')).securityRules!.filter(
        (r) => r.name === 'hostgw-pods-udp-in',
      ),
    ).toHaveLength(1);

    const clash = (await client.securityRules
      .beginCreateOrUpdateAndWait(rg, 'k8s-subnet-b-nsg', 'other', { ...rule, priority: 300 })
      .catch((e: unknown) => e)) as RestError;
    expect([clash.statusCode, clash.code]).toEqual([400, 'SecurityRuleConflict']);
    const both = (await client.securityRules
      .beginCreateOrUpdateAndWait(rg, 'k8s-subnet-b-nsg', 'other', {
        ...rule,
        priority: 310,
        sourceAddressPrefix: '10.0.0.0/8',
      })
      .catch((e: unknown) => e)) as RestError;
    expect([both.statusCode, both.code]).toEqual([400, 'SecurityRuleParameterContainsUnsupportedValue']);
  });
});
