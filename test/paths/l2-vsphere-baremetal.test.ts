import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setPodCidrs, node, type Json } from '../rules/helpers.js';
import { checkFiles, failing, hop, traceFixture, traceOf } from './l2-support.js';

const VSPHERE = 'test/real-world/vsphere';
const VSPHERE_CLUSTER = [`${VSPHERE}/nodes.json`, `${VSPHERE}/kube-flannel-cfg.yaml`];
const HOST = 'test/real-world/host/linux';
const BM_HEALTHY = ['nodes.json', 'kube-flannel-cfg.yaml', 'inventory.yaml'].map(
  (f) => `fixtures/baremetal/healthy/${f}`,
);
/** Three bare-metal nodes with their own address and route dumps (see test/real-world/host.test.ts). */
const HOST_DUMPS = (numbers = ['07', '08', '09'], kinds = ['addr', 'route']) => [
  `${HOST}/nodes.json`,
  'fixtures/baremetal/healthy/kube-flannel-cfg.yaml',
  ...numbers.flatMap((n) => kinds.map((kind) => `${HOST}/host-${n}-${kind}.json`)),
];
const WINDOWS = ['win-node-addr.json', 'win-node-route.json'].map((f) => `test/real-world/host/windows/${f}`);

let dir: string;
beforeAll(async () => void (dir = await mkdtemp(join(tmpdir(), 'explain-l2-'))));
afterAll(async () => await rm(dir, { recursive: true, force: true }));

describe('explain on vSphere: port groups and the inventory', () => {
  it('delivers between nodes on one port group', async () => {
    const result = await checkFiles(...VSPHERE_CLUSTER, `${VSPHERE}/govc-vm-info-0.30.json`);
    for (const [from, to] of [
      ['k8s-cp-1', 'k8s-w-1'],
      ['k8s-w-2', 'k8s-cp-1'],
    ]) {
      const trace = traceOf(result, from!, to!);
      expect([trace.verdict, failing(trace)]).toEqual(['delivered', []]);
    }
    const trace = traceOf(result, 'k8s-cp-1', 'k8s-w-1');
    expect(hop(trace, 'forward', 'source-forwarding').detail).toContain('vSphere has no anti-spoofing switch');
    expect(hop(trace, 'forward', 'on-link').detail).toBe('k8s-cp-1 and k8s-w-1 are both in port group k8s-nodes');
  });

  it('drops on-link between port groups, though the IP prefixes agree, and says which adapter to move', async () => {
    const result = await checkFiles(...VSPHERE_CLUSTER, `${VSPHERE}/govc-vm-info-0.35.json`);
    const trace = traceOf(result, 'k8s-cp-1', 'k8s-w-2');
    expect(trace.verdict).toBe('dropped');
    expect(failing(trace)).toEqual(['forward on-link false subnet-mismatch', 'return on-link false subnet-mismatch']);
    expect(hop(trace, 'forward', 'on-link').remediation?.text).toBe(
      'Connect the network adapter of k8s-w-2 that carries its node IP to port group k8s-nodes; host-gw cannot span port groups.',
    );
    // Healthy pairs of the same cluster still deliver.
    expect(traceOf(result, 'k8s-cp-1', 'k8s-w-1').verdict).toBe('delivered');
  });

  it('delivers when the inventory declares the two port groups one segment', async () => {
    const result = await checkFiles(
      ...VSPHERE_CLUSTER,
      `${VSPHERE}/govc-vm-info-0.35.json`,
      `${VSPHERE}/inventory-segments.yaml`,
    );
    expect(traceOf(result, 'k8s-cp-1', 'k8s-w-2').verdict).toBe('delivered');
  });

  it('drops at a Windows node whose inventory says it does not forward (vSphere has no switch to read)', async () => {
    const lab = await readFile('fixtures/inventory/vsphere-lab.yaml', 'utf8');
    const file = join(dir, 'vsphere-lab.yaml');
    await writeFile(file, lab.replace(/(name: lab-win-1[\s\S]*?)forwarding: true/, '$1forwarding: false'));
    const trace = traceOf(await checkFiles(file), 'lab-cp-1', 'lab-win-1');
    expect(failing(trace)).toEqual([
      'forward destination-forwarding false forwarding-disabled',
      'return source-forwarding false forwarding-disabled',
    ]);
    expect(hop(trace, 'forward', 'destination-forwarding').detail).toContain('declared by the inventory');
    expect(traceOf(await checkFiles('fixtures/inventory/vsphere-lab.yaml'), 'lab-cp-1', 'lab-win-1').verdict).toBe(
      'delivered',
    );
  });
});

describe('explain on bare metal: subnets, address prefixes and kernel routes', () => {
  it('delivers between every pair of the healthy cluster, Windows included', async () => {
    const result = await checkFiles(...BM_HEALTHY);
    const names = result.snapshot.nodes.map((n) => n.name);
    for (const from of names)
      for (const to of names.filter((name) => name !== from))
        expect(traceOf(result, from, to).verdict).toBe('delivered');
    // No route dump at all: the route is what flannel installs, and the detail says nothing confirmed it.
    expect(hop(traceOf(result, 'bm-cp-01', 'bm-win-01'), 'forward', 'route-lookup').detail).toBe(
      'flannel host-gw installs 10.244.3.0/24 via 192.168.10.14 on bm-cp-01; no kernel table of bm-cp-01 was given to confirm it',
    );
  });

  it('drops on-link between the declared subnets (a node re-cabled into another VLAN)', async () => {
    const trace = await traceFixture('fixtures/baremetal/broken', 'bm-cp-01', 'bm-wrk-02');
    expect(failing(trace)).toEqual(['forward on-link false subnet-mismatch', 'return on-link false subnet-mismatch']);
    expect(hop(trace, 'forward', 'on-link').detail).toBe(
      'bm-cp-01 is in subnet rack-a-vlan10, bm-wrk-02 in subnet rack-a-vlan20: host-gw routes between them are not on-link',
    );
  });

  it('is unknown on-link without any subnet, naming the inventory to add', async () => {
    const trace = await traceFixture('fixtures/baremetal/broken', 'bm-cp-01', 'bm-wrk-01', (files) =>
      files.delete('inventory.yaml'),
    );
    expect(failing(trace)).toEqual(['forward on-link null check-incomplete', 'return on-link null check-incomplete']);
    expect(trace.verdict).toBe('unknown');
    expect(hop(trace, 'forward', 'on-link').remediation?.text).toContain('HostGwInventory with spec.subnets');
  });

  it("drops where a node's kernel routes the peer's pods elsewhere, naming what the table has instead", async () => {
    const trace = traceOf(await checkFiles(...HOST_DUMPS()), 'bm-cp-01', 'bm-wrk-01');
    expect(failing(trace)).toEqual(['forward route-lookup false route-not-installed']);
    const route = hop(trace, 'forward', 'route-lookup');
    expect(route.detail).toBe(
      "bm-cp-01's kernel table lacks 10.244.1.0/24 via 192.168.10.12: 10.244.1.0/24 goes by 10.244.1.0/24 via 192.168.10.1 dev ens192",
    );
    expect(route.remediation?.command).toBe('ip route replace 10.244.1.0/24 via 192.168.10.12');
    expect(hop(trace, 'return', 'route-lookup').ok).toBe(true);
  });

  it('drops one way on-link where only the wider prefix holds the peer (the reply is refused)', async () => {
    const trace = traceOf(await checkFiles(...HOST_DUMPS()), 'bm-wrk-02', 'bm-cp-01');
    expect(failing(trace)).toEqual(['return on-link false subnet-mismatch']);
    expect(hop(trace, 'return', 'on-link').detail).toBe(
      "bm-cp-01 has 192.168.10.11/24 on ens192, whose prefix 192.168.10.0/24 does not hold bm-wrk-02's IP 192.168.11.13: the kernel refuses a route via it",
    );
    // flannel adds no route to a peer that is not on-link: the on-link step reports it, the route step does not.
    expect(hop(trace, 'return', 'route-lookup').ok).toBe(true);
  });

  it("is unknown for a node whose route dump is missing while others' are given, naming the dump", async () => {
    // host-07 is bm-cp-01 (192.168.10.11): its route dump is left out, so the reply's route cannot be verified.
    const files = HOST_DUMPS().filter((file) => !file.endsWith('host-07-route.json'));
    const trace = traceOf(await checkFiles(...files), 'bm-wrk-01', 'bm-cp-01');
    expect(failing(trace)).toEqual(['return route-lookup null check-incomplete']);
    expect(trace.verdict).toBe('unknown');
    expect(hop(trace, 'return', 'route-lookup').remediation?.text).toContain('ip -json route show');
  });

  it('drops a pod IP that a more specific kernel route takes elsewhere, and only that pod', async () => {
    const routes = JSON.parse(await readFile(`${HOST}/host-08-route.json`, 'utf8')) as Json[];
    routes.splice(1, 0, { dst: '10.244.0.16/28', gateway: '192.168.10.1', dev: 'ens192', flags: [] });
    const file = join(dir, 'host-08-route.json');
    await writeFile(file, JSON.stringify(routes));
    const result = await checkFiles(...HOST_DUMPS().filter((f) => !f.endsWith('host-08-route.json')), file);
    const diverted = traceOf(result, 'bm-wrk-01', '10.244.0.20');
    // The reply fails as well: bm-cp-01 routes bm-wrk-01's pods via the router (the fixture's own fault).
    expect(failing(diverted)).toEqual([
      'forward route-lookup false route-not-installed',
      'return route-lookup false route-not-installed',
    ]);
    expect(hop(diverted, 'forward', 'route-lookup').detail).toBe(
      "bm-wrk-01's kernel sends 10.244.0.20 by 10.244.0.16/28 via 192.168.10.1 dev ens192, more specific than 10.244.0.0/24 via 192.168.10.11",
    );
    expect(failing(traceOf(result, 'bm-wrk-01', '10.244.0.5'))).toEqual([
      'return route-lookup false route-not-installed',
    ]);
  });

  it('is dropped when the forward path drops and the return path is unknown', async () => {
    const files = HOST_DUMPS().filter((file) => !file.endsWith('host-08-route.json'));
    const trace = traceOf(await checkFiles(...files), 'bm-cp-01', 'bm-wrk-01');
    expect(failing(trace)).toEqual([
      'forward route-lookup false route-not-installed',
      'return route-lookup null check-incomplete',
    ]);
    expect(trace.verdict).toBe('dropped');
  });

  it("drops from a Windows node whose L2bridge adapter lacks the peer's route", async () => {
    const trace = traceOf(await checkFiles(...BM_HEALTHY, ...WINDOWS), 'bm-win-01', 'bm-wrk-02');
    // The other nodes gave no route dump: their side is unknown, which a drop outweighs.
    expect(failing(trace)).toEqual([
      'forward route-lookup false route-not-installed',
      'return route-lookup null check-incomplete',
    ]);
    expect(trace.verdict).toBe('dropped');
    expect(hop(trace, 'forward', 'route-lookup').remediation?.command).toBe(
      "New-NetRoute -DestinationPrefix 10.244.2.0/24 -NextHop 192.168.10.13 -InterfaceAlias 'vEthernet (Ethernet)'",
    );
    const healthy = traceOf(await checkFiles(...BM_HEALTHY, ...WINDOWS), 'bm-win-01', 'bm-cp-01');
    expect(hop(healthy, 'forward', 'route-lookup')).toMatchObject({ ok: true, resource: 'bm-win-01 route table' });
  });
});

describe('explain on a dual-stack bare-metal cluster', () => {
  it('traces each family to a node, and only the family of a pod IP', async () => {
    const nodes = JSON.parse(await readFile('fixtures/baremetal/healthy/nodes.json', 'utf8')) as Json;
    for (const [name, n] of [
      ['bm-cp-01', 0],
      ['bm-wrk-01', 1],
    ] as const) {
      const item = node(nodes, name);
      item.status.addresses.push({ type: 'InternalIP', address: `fd00:10::${n + 11}` });
      setPodCidrs(item, [item.spec.podCIDR, `fd00:244:${n}::/64`]);
    }
    const inventory = (await readFile('fixtures/baremetal/healthy/inventory.yaml', 'utf8')).replace(
      'cidrs: [192.168.10.0/24]',
      'cidrs: [192.168.10.0/24, "fd00:10::/64"]',
    );
    const conf = (await readFile('fixtures/baremetal/healthy/kube-flannel-cfg.yaml', 'utf8')).replace(
      '"Network": "10.244.0.0/16",',
      '"Network": "10.244.0.0/16", "EnableIPv6": true, "IPv6Network": "fd00:244::/48",',
    );
    const written = { nodes: JSON.stringify(nodes), inventory, conf };
    const paths = await Promise.all(
      Object.entries(written).map(async ([name, text]) => {
        const file = join(dir, `dual-${name}.${name === 'nodes' ? 'json' : 'yaml'}`);
        await writeFile(file, text);
        return file;
      }),
    );
    const result = await checkFiles(...paths);
    const both = traceOf(result, 'bm-cp-01', 'bm-wrk-01');
    expect(both.ranges).toEqual(['10.244.1.0/24', 'fd00:244:1::/64']);
    expect(both.verdict).toBe('delivered');
    const v6 = traceOf(result, 'bm-cp-01', 'fd00:244:1::a');
    expect(v6).toMatchObject({ toNode: 'bm-wrk-01', ranges: ['fd00:244:1::a/128'], verdict: 'delivered' });
    expect(hop(v6, 'forward', 'route-lookup').detail).toContain('fd00:244:1::/64 via fd00:10::12');
    expect(hop(v6, 'return', 'route-lookup').detail).toContain('fd00:244::/64 via fd00:10::11');
    const v4 = traceOf(result, 'bm-cp-01', '10.244.1.9');
    expect(v4.ranges).toEqual(['10.244.1.9/32']);
    expect(hop(v4, 'return', 'route-lookup').detail).toContain('10.244.0.0/24 via 192.168.10.11');
  });
});
