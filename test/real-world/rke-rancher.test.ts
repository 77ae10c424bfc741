import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../support/cli.js';
import { removeTempDirs, writeFiles } from '../sources/helpers.js';

afterAll(removeTempDirs);

/** RKE1 cluster.yml files and Rancher's cluster shapes as published (see SOURCES.md), with our own values. */
const HERE = fileURLToPath(new URL('./', import.meta.url));
const RKE = join(HERE, 'rke');
const RANCHER = join(HERE, 'rancher');
/** Five RKE nodes (hostname_override names), all running host-gw, pod CIDRs in 10.42.0.0/16. */
const NODES = join(RKE, 'nodes.json');
const RUNNING = 'all 5 nodes run host-gw (flannel.alpha.coreos.com/backend-type)';

interface JsonReport {
  readonly clusterCidrs: readonly string[];
  readonly findings: readonly { readonly ruleId: string; readonly resource?: string; readonly message: string }[];
  readonly sources: readonly { readonly file: string; readonly format: string; readonly items: number }[];
}

async function check(...paths: string[]): Promise<{ code: number; stderr: string; report: JsonReport }> {
  const result = await runCliCaptured('check', '--format', 'json', ...paths);
  return { code: result.code, stderr: result.stderr, report: JSON.parse(result.stdout) as JsonReport };
}

function backend(report: JsonReport): { resource?: string; message: string }[] {
  return report.findings
    .filter((finding) => finding.ruleId === 'backend-mismatch')
    .map(({ resource, message }) => ({ resource, message }));
}

describe('RKE1 cluster.yml with any subset of sections', () => {
  it('reads a cluster.yml without a network section as canal/vxlan, the defaults named', async () => {
    const file = join(RKE, 'cluster-no-network.yml');
    const { code, stderr, report } = await check(file, NODES);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(report.sources).toContainEqual({ file, format: 'rke-cluster-yml', items: 1 });
    expect(report.clusterCidrs).toEqual(['10.42.0.0/16']);
    expect(backend(report)).toEqual([
      {
        resource: 'RKE cluster.yml (network.plugin canal)',
        message: `RKE cluster.yml (network.plugin canal) sets the flannel backend to "vxlan", not "host-gw" (RKE default: network.plugin canal, flannel backend vxlan, cluster_cidr 10.42.0.0/16), while ${RUNNING}: the next \`rke up\` switches them`,
      },
    ]);
  });

  it('reads a network section without a plugin as canal', async () => {
    const file = join(RKE, 'cluster-network-no-plugin.yml');
    const { code, report } = await check(file, NODES);
    expect(code).toBe(1);
    expect(report.sources).toContainEqual({ file, format: 'rke-cluster-yml', items: 1 });
    expect(backend(report).map((finding) => finding.message)).toEqual([
      `RKE cluster.yml (network.plugin canal) sets the flannel backend to "vxlan", not "host-gw" (RKE default: network.plugin canal, flannel backend vxlan), while ${RUNNING}: the next \`rke up\` switches them`,
    ]);
  });

  it('reads a cluster.yml holding only its services', async () => {
    const file = join(RKE, 'cluster-services-only.yml');
    const { report } = await check(file, NODES);
    expect(report.sources).toContainEqual({ file, format: 'rke-cluster-yml', items: 1 });
    expect(backend(report).map((finding) => finding.resource)).toEqual(['RKE cluster.yml (network.plugin canal)']);
  });

  it('passes canal with canal_flannel_backend_type host-gw', async () => {
    const { code, report } = await check(join(RKE, 'cluster-host-gw.yml'), NODES);
    expect(code).toBe(0);
    expect(backend(report)).toEqual([]);
    expect(report.clusterCidrs).toEqual(['10.42.0.0/16']);
  });

  it('takes canal with only flannel_backend_type as the vxlan RKE runs, not as host-gw', async () => {
    const text = await readFile(join(RKE, 'cluster-host-gw.yml'), 'utf8');
    const dir = await writeFiles({ 'cluster.yml': text.replace('canal_flannel_backend_type', 'flannel_backend_type') });
    const { code, report } = await check(join(dir, 'cluster.yml'), NODES);
    expect(code).toBe(1);
    expect(backend(report).map((finding) => finding.message)).toEqual([
      `RKE cluster.yml (network.plugin canal) sets the flannel backend to "vxlan", not "host-gw" (RKE default: flannel backend vxlan (flannel_backend_type is read for plugin flannel only)), while ${RUNNING}: the next \`rke up\` switches them`,
    ]);
  });

  it('does not take files that only share a word with cluster.yml', async () => {
    const dir = await writeFiles({
      'compose.yml': 'services:\n  etcd:\n    image: quay.io/coreos/etcd:v3.5.9\n  kubelet:\n    image: k8s/kubelet\n',
      'vars.yml': 'cluster_name: lab\nnetwork:\n  plugin: canal\nansible_user: ubuntu\n',
    });
    for (const name of ['compose.yml', 'vars.yml']) {
      const result = await runCliCaptured('check', join(dir, name), NODES);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('not a format hostgw-preflight reads');
    }
  });
});

describe("Rancher's cluster config file", () => {
  it('reads rancher_kubernetes_engine_config: canal host-gw with kube_controller.cluster_cidr passes', async () => {
    const file = join(RANCHER, 'cluster-config.yml');
    const { code, report } = await check(file, NODES);
    expect(code).toBe(0);
    expect(report.sources).toContainEqual({ file, format: 'rancher-cluster-config', items: 1 });
    expect(report.clusterCidrs).toEqual(['10.42.0.0/16']);
    expect(backend(report)).toEqual([]);
  });

  it("reports the documentation's flannel_backend_type under canal as the vxlan RKE deploys", async () => {
    const { code, report } = await check(join(RANCHER, 'cluster-config-flannel-option.yml'), NODES);
    expect(code).toBe(1);
    expect(backend(report)).toEqual([
      {
        resource: 'Rancher cluster config file (network.plugin canal)',
        message: `Rancher cluster config file (network.plugin canal) sets the flannel backend to "vxlan", not "host-gw" (RKE default: flannel backend vxlan (flannel_backend_type is read for plugin flannel only), cluster_cidr 10.42.0.0/16), while ${RUNNING}: Rancher's next update of the cluster switches them`,
      },
    ]);
  });
});

describe('Rancher 2.0-2.2 cluster config files, with RKE settings at the top level', () => {
  it("reads RKE's network beside Rancher's own keys", async () => {
    const dir = await writeFiles({
      'cluster.yml':
        'docker_root_dir: /var/lib/docker\nenable_network_policy: false\nignore_docker_version: true\nnetwork:\n  plugin: flannel\n  options:\n    flannel_backend_type: host-gw\n',
    });
    const { code, report } = await check(join(dir, 'cluster.yml'), NODES);
    expect(code).toBe(0);
    expect(report.sources).toContainEqual({ file: join(dir, 'cluster.yml'), format: 'rke-cluster-yml', items: 1 });
    expect(backend(report)).toEqual([]);
  });
});

describe('the Rancher v3 API', () => {
  it('reads GET /v3/clusters/<id>: rancherKubernetesEngineConfig in camel case, network.options in snake case', async () => {
    const file = join(RANCHER, 'v3-cluster.json');
    const { code, report } = await check(file, NODES);
    expect(code).toBe(0);
    expect(report.sources).toContainEqual({ file, format: 'rancher-v3-cluster', items: 1 });
    expect(report.clusterCidrs).toEqual(['10.42.0.0/16']);
    expect(backend(report)).toEqual([]);
  });

  it('reads the RKE cluster of a GET /v3/clusters collection, the k3s local cluster counted and left aside', async () => {
    const file = join(RANCHER, 'v3-clusters.json');
    const { code, report } = await check(file, NODES);
    expect(code).toBe(1);
    expect(report.sources).toContainEqual({ file, format: 'rancher-v3-cluster', items: 2 });
    expect(backend(report)).toEqual([
      {
        resource: 'Rancher cluster c-q4d7w (network.plugin canal)',
        message: `Rancher cluster c-q4d7w (network.plugin canal) sets the flannel backend to "vxlan", not "host-gw" (RKE default: flannel backend vxlan, cluster_cidr 10.42.0.0/16), while ${RUNNING}: Rancher's next update of the cluster switches them`,
      },
    ]);
  });

  it('refuses a collection of several RKE clusters, naming them, with exit 2', async () => {
    const collection = JSON.parse(await readFile(join(RANCHER, 'v3-clusters.json'), 'utf8')) as { data: unknown[] };
    const single = JSON.parse(await readFile(join(RANCHER, 'v3-cluster.json'), 'utf8')) as unknown;
    const dir = await writeFiles({
      'clusters.json': JSON.stringify({ ...collection, data: [...collection.data, single] }),
    });
    const result = await runCliCaptured('check', join(dir, 'clusters.json'), NODES);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'lists 2 RKE clusters (c-q4d7w, c-m8z4q): give the one checked, GET /v3/clusters/<id>',
    );
  });
});
