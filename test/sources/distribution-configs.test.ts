import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { SourceDocument } from '../../src/sources/document.js';
import { helmChartConfig } from '../../src/sources/kubernetes/helm-chart-config.js';
import { k3sConfig } from '../../src/sources/kubernetes/k3s-config.js';
import { k3sOrRke2Config, rke2Config } from '../../src/sources/kubernetes/rke2-config.js';
import { runCliCaptured } from '../support/cli.js';
import { removeTempDirs, snapshotOf, writeFileIn, writeFiles } from './helpers.js';

/** Runs `check` as a user would: bad input is one line on stderr and exit code 2. */
const check = (file: string) => runCliCaptured('check', '--format', 'json', file);

afterAll(removeTempDirs);

const REAL_WORLD = fileURLToPath(new URL('../real-world/', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The flannel configurations of a snapshot, without origins. */
async function flannelOf(...paths: string[]) {
  const snapshot = await snapshotOf(...paths);
  return snapshot.flannel.map(({ origin: _origin, ...config }) => ({
    ...config,
    network: config.network?.text,
    ipv6Network: config.ipv6Network?.text,
  }));
}

function node(name: string, args: readonly string[], distribution = 'k3s'): Record<string, unknown> {
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name, annotations: { [`${distribution}.io/node-args`]: JSON.stringify(args) } },
    spec: { podCIDR: '10.42.0.0/24', providerID: `${distribution}://${name}` },
    status: { addresses: [{ address: '10.30.0.11', type: 'InternalIP' }] },
  };
}

function nodeList(nodes: readonly Record<string, unknown>[]): string {
  return JSON.stringify({ apiVersion: 'v1', kind: 'List', items: nodes, metadata: { resourceVersion: '' } });
}

describe('k3s config.yaml', () => {
  it('reads flannel-backend and a dual-stack cluster-cidr given as one string', async () => {
    const file = await writeFileIn(
      'config.yaml',
      'flannel-backend: wireguard-native\ncluster-cidr: 10.42.0.0/16,2001:db8:42::/56\nflannel-ipv6-masq: true\n',
    );
    expect(await flannelOf(file)).toEqual([
      {
        describedBy: 'k3s config.yaml',
        backendType: 'wireguard-native',
        network: '10.42.0.0/16',
        ipv6Network: '2001:db8:42::/56',
        defaulted: [],
      },
    ]);
  });

  it('names the defaults k3s applies when the file sets neither backend nor CIDR', async () => {
    expect(await flannelOf(join(REAL_WORLD, 'k3s', 'config-default.yaml'))).toEqual([
      {
        describedBy: 'k3s config.yaml',
        backendType: 'vxlan',
        network: '10.42.0.0/16',
        ipv6Network: undefined,
        defaulted: ['flannel-backend vxlan', 'cluster-cidr 10.42.0.0/16'],
      },
    ]);
  });

  it('takes cluster-cidr as a list and from a `key+` entry, and "none" as flannel not used', async () => {
    const file = await writeFileIn(
      'config.yaml',
      'flannel-backend: none\ndisable-network-policy: true\ncluster-cidr+:\n  - 10.60.0.0/16\n',
    );
    expect(await flannelOf(file)).toEqual([expect.objectContaining({ backendType: 'none', network: '10.60.0.0/16' })]);
  });

  it('takes what a config.yaml.d drop-in leaves out from the other files given, not from the defaults', async () => {
    const dir = await writeFiles({ '50-tls.yaml': 'tls-san:\n  - "k3s.lab.example"\nwrite-kubeconfig-mode: "0600"\n' });
    const configs = await flannelOf(join(REAL_WORLD, 'k3s', 'config-host-gw.yaml'), join(dir, '50-tls.yaml'));
    expect(configs).toEqual([
      {
        describedBy: 'k3s config.yaml',
        backendType: 'host-gw',
        network: '10.42.0.0/16',
        ipv6Network: undefined,
        defaulted: [],
      },
    ]);
  });

  it("reads an agent's file and records nothing: agents do not set the cluster's flannel", async () => {
    const file = join(REAL_WORLD, 'k3s', 'agent-config.yaml');
    const snapshot = await snapshotOf(file);
    expect(snapshot.sources).toEqual([{ file, format: 'k3s-config-yaml', items: 1 }]);
    expect(snapshot.flannel).toEqual([]);
  });

  it('refuses a malformed cluster-cidr, naming the file and line', async () => {
    const file = await writeFileIn('config.yaml', 'cluster-init: true\ncluster-cidr: 10.42.0.0/33\n');
    const result = await check(file);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${file}:2:15: k3s config.yaml: cluster-cidr: "10.42.0.0/33" is not a valid CIDR`);
  });
});

describe('RKE2 config.yaml and HelmChartConfig', () => {
  it('reads the cni list form with multus first, the primary being the last', async () => {
    const file = await writeFileIn('config.yaml', 'cni:\n  - multus\n  - cilium\nprofile: cis\n');
    expect(await flannelOf(file)).toEqual([
      expect.objectContaining({
        describedBy: 'RKE2 config.yaml',
        backendType: 'cilium',
        defaulted: ['cluster-cidr 10.42.0.0/16'],
      }),
    ]);
  });

  it("names canal and its chart's vxlan as defaults when cni is not set", async () => {
    const file = await writeFileIn('config.yaml', 'profile: cis\ncluster-cidr: 10.52.0.0/16\n');
    expect(await flannelOf(file)).toEqual([
      {
        describedBy: 'RKE2 config.yaml',
        backendType: 'vxlan',
        network: '10.52.0.0/16',
        ipv6Network: undefined,
        defaulted: ['cni canal', "flannel backend vxlan (the rke2-canal chart's)"],
      },
    ]);
  });

  it('takes the backend from a HelmChartConfig of the deployed chart instead of the chart default, in any order', async () => {
    const rke2 = join(REAL_WORLD, 'rke2');
    const configs = await flannelOf(join(rke2, 'helmchartconfig-rke2-canal.yaml'), join(rke2, 'config-canal.yaml'));
    expect(configs).toEqual([
      {
        describedBy: 'HelmChartConfig kube-system/rke2-canal',
        backendType: 'host-gw',
        defaulted: [],
        network: undefined,
        ipv6Network: undefined,
      },
      {
        describedBy: 'RKE2 config.yaml (cni canal)',
        backendType: undefined,
        network: '10.52.0.0/16',
        ipv6Network: undefined,
        defaulted: [],
      },
    ]);
  });

  it('reads the RKE2 docs example, whose keys both k3s and RKE2 accept, as either: vxlan by default in both', async () => {
    const file = await writeFileIn(
      'config.yaml',
      'write-kubeconfig-mode: "0644"\ntls-san:\n  - "foo.local"\nnode-label:\n  - "foo=bar"\n  - "something=amazing"\ndebug: true\n',
    );
    const snapshot = await snapshotOf(file);
    expect(snapshot.sources).toEqual([{ file, format: 'k3s-or-rke2-config-yaml', items: 1 }]);
    expect(snapshot.flannel).toEqual([
      expect.objectContaining({ describedBy: 'k3s or RKE2 config.yaml', backendType: 'vxlan' }),
    ]);
  });

  it('ignores an rke2-canal HelmChartConfig when the config.yaml deploys calico', async () => {
    const rke2 = join(REAL_WORLD, 'rke2');
    const configs = await flannelOf(join(rke2, 'config-calico.yaml'), join(rke2, 'rke2-canal-config.yaml'));
    expect(configs.map((config) => [config.describedBy, config.backendType])).toEqual([['RKE2 config.yaml', 'calico']]);
  });

  it('names the chart default when valuesContent sets no backend', async () => {
    expect(await flannelOf(join(REAL_WORLD, 'rke2', 'rke2-canal-config.yaml'))).toEqual([
      expect.objectContaining({
        backendType: 'vxlan',
        defaulted: ['flannel.backend vxlan'],
      }),
    ]);
  });

  it('refuses valuesContent that is not YAML, naming the file, the line of valuesContent and its own line', async () => {
    const text = (await readFile(join(REAL_WORLD, 'rke2', 'helmchartconfig-rke2-canal.yaml'), 'utf8')).replace(
      '      backend: "host-gw"',
      '      backend: [host-gw',
    );
    const file = await writeFileIn('hcc.yaml', text);
    const result = await check(file);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /hcc\.yaml:18:\d+: HelmChartConfig kube-system\/rke2-canal: spec\.valuesContent line 3: invalid YAML/,
    );
  });

  it('refuses valuesContent nested past the limit, and one that is not a mapping', async () => {
    // As JSON (`-o json`), the file itself is shallow: only valuesContent, a string, holds the nesting.
    const object = (valuesContent: string) =>
      JSON.stringify({
        apiVersion: 'helm.cattle.io/v1',
        kind: 'HelmChartConfig',
        metadata: { name: 'rke2-flannel', namespace: 'kube-system' },
        spec: { valuesContent },
      });
    const dir = await writeFiles({
      'deep.yaml': object(`${'['.repeat(200)}${']'.repeat(200)}`),
      'scalar.yaml': object('just text'),
    });
    const deepRun = await check(join(dir, 'deep.yaml'));
    expect(deepRun.code).toBe(2);
    expect(deepRun.stderr).toContain('spec.valuesContent: objects and lists nested more than 128 levels deep');
    const scalarRun = await check(join(dir, 'scalar.yaml'));
    expect(scalarRun.code).toBe(2);
    expect(scalarRun.stderr).toContain('spec.valuesContent is not a mapping of chart values');
  });

  it('reads HelmChartConfigs from a kubectl List, skipping charts that are not flannel', async () => {
    const hcc = (name: string, values: string) => ({
      apiVersion: 'helm.cattle.io/v1',
      kind: 'HelmChartConfig',
      metadata: { name, namespace: 'kube-system' },
      spec: { valuesContent: values },
    });
    const file = await writeFileIn(
      'hccs.json',
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'List',
        items: [
          hcc('rke2-ingress-nginx', 'controller:\n  hostNetwork: true\n'),
          hcc('rke2-flannel', 'flannel:\n  backend: host-gw\n'),
        ],
        metadata: { resourceVersion: '' },
      }),
    );
    expect(await flannelOf(file)).toEqual([
      expect.objectContaining({ describedBy: 'HelmChartConfig kube-system/rke2-flannel', backendType: 'host-gw' }),
    ]);
  });
});

describe('node-args annotations', () => {
  it('makes one running configuration per distinct setting, named by its first node and how many more', async () => {
    const servers = Array.from({ length: 30 }, (_, i) =>
      node(`srv-${String(i).padStart(3, '0')}`, ['server', '--flannel-backend=host-gw', '--token', '********']),
    );
    const agents = Array.from({ length: 5 }, (_, i) => node(`agent-${i}`, ['agent', '--server', 'https://srv:6443']));
    const odd = node('srv-odd', [
      'server',
      '--kube-proxy-arg',
      '--cluster-cidr=10.99.0.0/16',
      '--cluster-cidr',
      '10.42.0.0/16,2001:db8:42::/56',
    ]);
    const file = await writeFileIn('nodes.json', nodeList([...servers, ...agents, odd]));
    expect(await flannelOf(file)).toEqual([
      {
        describedBy: 'k3s.io/node-args on node srv-000 (and 29 more)',
        backendType: 'host-gw',
        network: '10.42.0.0/16',
        ipv6Network: undefined,
        running: true,
        defaulted: ['cluster-cidr 10.42.0.0/16'],
      },
      {
        describedBy: 'k3s.io/node-args on node srv-odd',
        backendType: 'vxlan',
        network: '10.42.0.0/16',
        ipv6Network: '2001:db8:42::/56',
        running: true,
        defaulted: ['flannel-backend vxlan'],
      },
    ]);
  });

  it('counts a node given in two dumps once', async () => {
    const text = nodeList([node('srv-a', ['server']), node('srv-b', ['server'])]);
    const dir = await writeFiles({ 'nodes.json': text, 'again.json': text });
    const configs = await flannelOf(join(dir, 'nodes.json'), join(dir, 'again.json'));
    expect(configs.map((config) => config.describedBy)).toEqual(['k3s.io/node-args on node srv-a (and 1 more)']);
  });

  it('reads what RKE2 servers record: the CNI, not the flannel backend of its chart', async () => {
    const file = await writeFileIn(
      'nodes.json',
      nodeList([
        node('rke2-a', ['server', '--cni', 'calico', '--cluster-cidr', '10.52.0.0/16'], 'rke2'),
        node('rke2-b', ['server', '--cluster-cidr', '10.52.0.0/16'], 'rke2'),
      ]),
    );
    expect(await flannelOf(file)).toEqual([
      expect.objectContaining({
        describedBy: 'rke2.io/node-args on node rke2-a',
        backendType: 'calico',
        running: true,
      }),
      expect.objectContaining({
        describedBy: 'rke2.io/node-args on node rke2-b',
        backendType: undefined,
        network: '10.52.0.0/16',
        defaulted: ['cni canal'],
      }),
    ]);
  });

  it('refuses an annotation that is not a JSON list of strings, naming the node', async () => {
    const bad = node('srv-1', []);
    (bad.metadata as { annotations: Record<string, string> }).annotations['k3s.io/node-args'] = '["server",';
    const file = await writeFileIn('nodes.json', nodeList([bad]));
    const result = await check(file);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('node srv-1: k3s.io/node-args is not a JSON list of strings');
  });
});

/** Every YAML and JSON file of the repository's fixtures and tests, but the k3s and RKE2 ones. */
async function otherFixtures(): Promise<string[]> {
  const found: string[] = [];
  for (const top of ['fixtures', 'test', 'bench']) {
    for (const entry of await readdir(join(ROOT, top), { recursive: true, withFileTypes: true })) {
      const path = join(entry.parentPath, entry.name);
      if (!entry.isFile() || !/\.(json|ya?ml)$/.test(entry.name)) continue;
      if (/real-world\/(k3s|rke2)\//.test(path)) continue;
      found.push(path);
    }
  }
  return found;
}

describe('recognition', () => {
  it("claims no document of any other fixture: the flat readers take nothing of other formats'", async () => {
    const readers = [k3sConfig, rke2Config, k3sOrRke2Config, helmChartConfig];
    const claimed: string[] = [];
    const files = await otherFixtures();
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const source = await SourceDocument.load(file).catch(() => undefined);
      for (const value of source?.values ?? [])
        for (const reader of readers) if (reader.matches(value)) claimed.push(`${relative(ROOT, file)}: ${reader.id}`);
    }
    expect(claimed).toEqual([]);
  });

  it.each([
    ['a Helm values file', 'replicaCount: 1\nimage:\n  repository: nginx\n  tag: "1.27"\n'],
    ['flat settings of another tool', 'server: https://vault.example:8200\nnamespace: team-a\nlog-level: debug\n'],
    ['two common words', 'debug: true\ntoken: abc\n'],
    ['keys of k3s and RKE2 mixed', 'flannel-backend: host-gw\ncni: calico\n'],
    ['mostly unknown keys', 'flannel-backend: host-gw\nalpha: 1\nbeta: 2\ngamma: 3\n'],
    ['an agent file whose server is no URL', 'server: k3s.example\ntoken: abc\n'],
  ])('does not claim %s', async (_what, text) => {
    const file = await writeFileIn('config.yaml', text);
    const result = await check(file);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('not a format hostgw-preflight reads');
  });
});
