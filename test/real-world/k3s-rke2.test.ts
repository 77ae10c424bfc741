import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../support/cli.js';
import { removeTempDirs, writeFiles } from '../sources/helpers.js';

afterAll(removeTempDirs);

/** k3s and RKE2 files in the shapes their docs and `kubectl` print (see SOURCES.md), with our own values. */
const K3S = fileURLToPath(new URL('./k3s/', import.meta.url));
const RKE2 = fileURLToPath(new URL('./rke2/', import.meta.url));
const K3S_NODES = join(K3S, 'nodes-host-gw.json');
const RKE2_NODES = join(RKE2, 'nodes.yaml');

interface JsonReport {
  readonly clusterCidrs: readonly string[];
  readonly findings: readonly {
    readonly ruleId: string;
    readonly resource?: string;
    readonly message: string;
    readonly location?: { readonly file: string };
  }[];
  readonly sources: readonly { readonly file: string; readonly format: string; readonly items: number }[];
}

async function check(...paths: string[]): Promise<{ code: number; stderr: string; report: JsonReport }> {
  const result = await runCliCaptured('check', '--format', 'json', ...paths);
  return { code: result.code, stderr: result.stderr, report: JSON.parse(result.stdout || '{}') as JsonReport };
}

function backendFindings(report: JsonReport): JsonReport['findings'] {
  return report.findings.filter((finding) => finding.ruleId === 'backend-mismatch');
}

describe('k3s', () => {
  it('passes a k3s config.yaml with flannel-backend host-gw and the nodes it runs', async () => {
    const file = join(K3S, 'config-host-gw.yaml');
    const { code, stderr, report } = await check(file, K3S_NODES);
    expect(stderr).toBe('');
    expect(backendFindings(report)).toEqual([]);
    expect(report.clusterCidrs).toEqual(['10.42.0.0/16']);
    expect(report.sources).toContainEqual({ file, format: 'k3s-config-yaml', items: 1 });
    expect(code).toBe(0);
  });

  it("reports a k3s config.yaml that leaves flannel-backend to k3s's default, vxlan", async () => {
    const file = join(K3S, 'config-default.yaml');
    const { code, report } = await check(file, K3S_NODES);
    expect(backendFindings(report)).toEqual([
      expect.objectContaining({
        resource: 'k3s config.yaml',
        message: expect.stringMatching(
          /^k3s config\.yaml .*"vxlan".* \(k3s default: flannel-backend vxlan, cluster-cidr 10\.42\.0\.0\/16\)/,
        ),
        location: expect.objectContaining({ file }),
      }),
    ]);
    expect(code).toBe(1);
  });

  it('reads the backend the servers run from k3s.io/node-args: host-gw passes', async () => {
    const { code, report } = await check(K3S_NODES);
    expect(backendFindings(report)).toEqual([]);
    // The servers' args set no cluster-cidr: k3s's default is what their pod CIDRs must lie in.
    expect(report.clusterCidrs).toEqual(['10.42.0.0/16']);
    expect(report.findings.map((finding) => finding.message)).not.toContainEqual(
      expect.stringContaining('flannel backend is unknown'),
    );
    expect(code).toBe(0);
  });

  it('reports a server whose node-args set no backend: k3s runs vxlan', async () => {
    const file = join(K3S, 'nodes-vxlan-default.json');
    const { code, report } = await check(file);
    expect(backendFindings(report)).toContainEqual(
      expect.objectContaining({
        resource: 'k3s.io/node-args on node lima-k3s',
        message: expect.stringContaining('"vxlan"'),
      }),
    );
    expect(code).toBe(1);
  });

  it("reads an agent's config.yaml without taking it for the cluster's settings", async () => {
    const file = join(K3S, 'agent-config.yaml');
    const { code, report } = await check(file, K3S_NODES);
    expect(report.sources).toContainEqual({ file, format: 'k3s-config-yaml', items: 1 });
    expect(backendFindings(report)).toEqual([]);
    expect(code).toBe(0);
  });
});

describe('RKE2', () => {
  it('reports an RKE2 config.yaml with cni calico: flannel is not used', async () => {
    const file = join(RKE2, 'config-calico.yaml');
    const { code, report } = await check(file, RKE2_NODES);
    expect(report.sources).toContainEqual({ file, format: 'rke2-config-yaml', items: 1 });
    expect(backendFindings(report)).toEqual([
      expect.objectContaining({
        resource: 'RKE2 config.yaml',
        message: expect.stringContaining('deploys calico, not flannel with "host-gw"'),
        remediation: expect.objectContaining({
          text: expect.stringMatching(/^Set cni: canal \(or flannel\) in config.yaml/),
        }),
      }),
    ]);
    expect(code).toBe(1);
  });

  it('passes canal with a HelmChartConfig that sets host-gw, as kubectl prints it', async () => {
    const hcc = join(RKE2, 'helmchartconfig-rke2-canal.yaml');
    const { code, stderr, report } = await check(join(RKE2, 'config-canal.yaml'), hcc, RKE2_NODES);
    expect(stderr).toBe('');
    expect(report.sources).toContainEqual({ file: hcc, format: 'rke2-helmchartconfig', items: 1 });
    expect(backendFindings(report)).toEqual([]);
    expect(report.clusterCidrs).toEqual(['10.52.0.0/16']);
    expect(code).toBe(0);
  });

  it("reports canal without a HelmChartConfig: the chart's default is vxlan", async () => {
    const { code, report } = await check(join(RKE2, 'config-canal.yaml'), RKE2_NODES);
    expect(backendFindings(report)).toEqual([
      expect.objectContaining({
        resource: 'RKE2 config.yaml (cni canal)',
        message: expect.stringContaining('"vxlan"'),
      }),
    ]);
    expect(code).toBe(1);
  });

  it('reports the HelmChartConfig of the docs, which changes the interface but not the vxlan backend', async () => {
    const file = join(RKE2, 'rke2-canal-config.yaml');
    const { code, report } = await check(file, RKE2_NODES);
    expect(report.sources).toContainEqual({ file, format: 'rke2-helmchartconfig', items: 1 });
    expect(backendFindings(report)).toEqual([
      expect.objectContaining({
        resource: 'HelmChartConfig kube-system/rke2-canal',
        message: expect.stringContaining('"vxlan"'),
      }),
    ]);
    expect(code).toBe(1);
  });

  it('reports servers whose rke2.io/node-args deploy calico', async () => {
    const text = (await readFile(RKE2_NODES, 'utf8')).replace('"--cni","canal"', '"--cni","calico"');
    const dir = await writeFiles({ 'nodes.yaml': text });
    const { code, report } = await check(join(dir, 'nodes.yaml'));
    expect(backendFindings(report)).toEqual([
      expect.objectContaining({
        resource: 'rke2.io/node-args on node rke2-srv-1',
        message: expect.stringContaining('deploys calico, not flannel with "host-gw"'),
      }),
    ]);
    expect(code).toBe(1);
  });
});

describe('files that are neither', () => {
  it('names a flat YAML of other keys as skipped in a folder, and refuses it named explicitly', async () => {
    const other = 'server: https://vault.example:8200\nnamespace: team-a\nlog-level: debug\n';
    const dir = await writeFiles({ 'settings.yaml': other, 'config.yaml': 'flannel-backend: host-gw\n' });
    const walked = await check(dir, K3S_NODES);
    expect(walked.report.sources).toContainEqual({
      file: join(dir, 'settings.yaml'),
      format: 'unrecognised',
      items: 0,
    });
    expect(walked.report.sources).toContainEqual({
      file: join(dir, 'config.yaml'),
      format: 'k3s-config-yaml',
      items: 1,
    });
    const named = await runCliCaptured('check', join(dir, 'settings.yaml'));
    expect(named.code).toBe(2);
    expect(named.stderr).toContain('not a format hostgw-preflight reads');
  });
});
