import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../support/cli.js';
import { removeTempDirs, writeFiles } from '../sources/helpers.js';

afterAll(removeTempDirs);

/** Manifests in the shapes their projects publish (see SOURCES.md), with our own values, and a kubectl nodes dump. */
const MANIFESTS = fileURLToPath(new URL('./manifests/', import.meta.url));
const NODES = join(MANIFESTS, 'nodes.json');

interface JsonReport {
  readonly summary: { readonly nodes: number };
  readonly clusterCidrs: readonly string[];
  readonly findings: readonly { readonly ruleId: string; readonly resource?: string; readonly message: string }[];
  readonly sources: readonly { readonly file: string; readonly format: string; readonly items: number }[];
}

async function check(...paths: string[]): Promise<{ code: number; stderr: string; report: JsonReport }> {
  const result = await runCliCaptured('check', '--format', 'json', ...paths);
  return { code: result.code, stderr: result.stderr, report: JSON.parse(result.stdout) as JsonReport };
}

function backendFindings(report: JsonReport): readonly { resource?: string; message: string }[] {
  return report.findings.filter((finding) => finding.ruleId === 'backend-mismatch');
}

describe('multi-document manifests as shipped', () => {
  it("reads flannel's kube-flannel.yml: vxlan as shipped is a backend-mismatch, the other documents skipped", async () => {
    const file = join(MANIFESTS, 'kube-flannel.yml');
    const { code, stderr, report } = await check(file, NODES);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(backendFindings(report)).toEqual([
      expect.objectContaining({
        resource: 'ConfigMap kube-flannel/kube-flannel-cfg',
        message:
          'ConfigMap kube-flannel/kube-flannel-cfg sets the flannel backend to "vxlan", not "host-gw", while all 3 nodes run host-gw (flannel.alpha.coreos.com/backend-type): restarting the flannel pods switches them',
      }),
    ]);
    expect(report.clusterCidrs).toEqual(['10.60.0.0/16']);
    expect(report.sources.filter((source) => source.file === file)).toEqual([
      { file, format: 'flannel-configmap', items: 1 },
      { file, format: 'skipped (ClusterRole, ClusterRoleBinding, DaemonSet, …)', items: 5 },
    ]);
  });

  it("reads canal's canal-config in kube-system: host-gw passes, the CRDs, RBAC and workloads skipped", async () => {
    const file = join(MANIFESTS, 'canal.yaml');
    const { code, stderr, report } = await check(file, NODES);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(backendFindings(report)).toEqual([]);
    expect(report.clusterCidrs).toEqual(['10.60.0.0/16']);
    expect(report.sources.filter((source) => source.file === file)).toEqual([
      { file, format: 'flannel-configmap', items: 1 },
      { file, format: 'skipped (ClusterRole, ClusterRoleBinding, CustomResourceDefinition, …)', items: 8 },
    ]);
  });

  it('reads the Windows host-gw net-conf.json, whose Backend keys are lower case as flanneld accepts them', async () => {
    const file = join(MANIFESTS, 'windows', 'kube-flannel-host-gw.yml');
    const { code, report } = await check(file, NODES);
    expect(code).toBe(0);
    expect(backendFindings(report)).toEqual([]);
    // Not taken as "no backend": the backend is known, so no check-incomplete about it either.
    expect(report.findings.map((finding) => finding.message)).not.toContainEqual(
      expect.stringContaining('flannel backend is unknown'),
    );
    expect(report.sources).toContainEqual({ file, format: 'flannel-configmap', items: 1 });
  });

  it('reads lower-case Backend keys set to vxlan as the mismatch they are', async () => {
    const text = await readFile(join(MANIFESTS, 'windows', 'kube-flannel-host-gw.yml'), 'utf8');
    const dir = await writeFiles({ 'flannel.yml': text.replace('"type": "host-gw"', '"type": "vxlan"') });
    const { code, report } = await check(join(dir, 'flannel.yml'), NODES);
    expect(code).toBe(1);
    expect(backendFindings(report).map((finding) => finding.resource)).toEqual([
      'ConfigMap kube-system/kube-flannel-cfg',
    ]);
  });

  it("takes a Windows ConfigMap's net-conf.json when it carries one, in any namespace", async () => {
    const text = await readFile(join(MANIFESTS, 'windows', 'kube-flannel-host-gw.yml'), 'utf8');
    const renamed = text
      .replace(
        'name: kube-flannel-cfg\n  namespace: kube-system',
        'name: kube-flannel-windows-cfg\n  namespace: flannel-win',
      )
      .replace('"type": "host-gw"', '"type": "vxlan"');
    const dir = await writeFiles({ 'windows.yml': renamed });
    const { report } = await check(join(dir, 'windows.yml'), NODES);
    expect(backendFindings(report).map((finding) => finding.resource)).toEqual([
      'ConfigMap flannel-win/kube-flannel-windows-cfg',
    ]);
  });

  it('refuses a named Windows DaemonSet manifest that carries no net-conf.json, with exit 2 and the known formats', async () => {
    const file = join(MANIFESTS, 'windows', 'flannel-host-gw.yml');
    const result = await runCliCaptured('check', file, NODES);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      new RegExp(
        `^hostgw-preflight: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not a format hostgw-preflight reads\\. Known formats: .*kube-flannel-cfg`,
      ),
    );
  });
});

describe('a folder walk', () => {
  it('picks the backend up from kube-flannel.yml beside the nodes dump', async () => {
    const dir = await writeFiles({});
    await cp(join(MANIFESTS, 'kube-flannel.yml'), join(dir, 'kube-flannel.yml'));
    await cp(NODES, join(dir, 'nodes.json'));
    const { code, stderr, report } = await check(dir);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(report.summary.nodes).toBe(3);
    expect(backendFindings(report).map((finding) => finding.resource)).toEqual([
      'ConfigMap kube-flannel/kube-flannel-cfg',
    ]);
  });

  it('reads the Windows pair: the backend from kube-flannel-cfg, the Windows DaemonSet manifest named as skipped', async () => {
    const dir = await writeFiles({});
    await cp(join(MANIFESTS, 'windows'), join(dir, 'windows'), { recursive: true });
    await cp(NODES, join(dir, 'nodes.json'));
    const { code, stderr, report } = await check(dir);
    expect(code).toBe(0);
    const windowsOnly = join(dir, 'windows', 'flannel-host-gw.yml');
    expect(stderr).toBe(`hostgw-preflight: ${windowsOnly}: skipped, not in a known format\n`);
    expect(report.sources).toContainEqual({ file: windowsOnly, format: 'unrecognised', items: 0 });
    expect(report.sources).toContainEqual({
      file: join(dir, 'windows', 'kube-flannel-host-gw.yml'),
      format: 'flannel-configmap',
      items: 1,
    });
    expect(backendFindings(report)).toEqual([]);
  });
});

describe('a kubectl List holding more than nodes', () => {
  it('skips the kinds no reader takes instead of refusing the List', async () => {
    const nodes = JSON.parse(await readFile(NODES, 'utf8')) as { items: unknown[] };
    const list = {
      apiVersion: 'v1',
      kind: 'List',
      items: [
        ...nodes.items,
        { apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'kube-flannel-ds', namespace: 'kube-flannel' } },
        { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'flannel', namespace: 'kube-flannel' } },
      ],
      metadata: { resourceVersion: '' },
    };
    const dir = await writeFiles({ 'all.json': JSON.stringify(list, null, 4) });
    const { code, stderr, report } = await check(join(dir, 'all.json'));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(report.summary.nodes).toBe(3);
  });
});
