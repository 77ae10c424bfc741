import { describe, expect, it } from 'vitest';
import { runCliCaptured as cli } from '../support/cli.js';

/**
 * govc dumps of three node VMs in the key casings govc versions print (see SOURCES.md, "vSphere (govc)"). The
 * nodes' providerIDs name the VMs' BIOS UUIDs, k8s-w-1's in the other byte order; k8s-w-2 has no providerID and is
 * joined by its IP. Each VM also reports a guest NIC with no vSphere network (the node's cni0 bridge).
 */
const DIR = 'test/real-world/vsphere';
const CLUSTER = [`${DIR}/nodes.json`, `${DIR}/kube-flannel-cfg.yaml`];

interface Finding {
  readonly ruleId: string;
  readonly message: string;
  readonly severity: string;
  readonly remediation: { readonly text: string };
  readonly node?: string;
  readonly resource?: string;
}

interface Report {
  readonly provider: string;
  readonly findings: Finding[];
  readonly nodes: { readonly name: string; readonly subnet?: string }[];
  readonly sources: { readonly file: string; readonly format: string; readonly items: number }[];
}

async function check(...files: string[]): Promise<Report & { code: number }> {
  const result = await cli('check', ...CLUSTER, ...files.map((file) => `${DIR}/${file}`), '--format', 'json');
  expect(result.stderr).toBe('');
  return { code: result.code, ...(JSON.parse(result.stdout) as Report) };
}

const subnets = (report: Report) => Object.fromEntries(report.nodes.map((node) => [node.name, node.subnet]));

describe('govc vm.info -json', () => {
  it('reads the PascalCase shape of govc up to 0.30 and passes nodes on one port group', async () => {
    const report = await check('govc-vm-info-0.30.json');
    expect(report.sources.find((source) => source.file.endsWith('0.30.json'))).toMatchObject({
      format: 'govc-vm-info',
      items: 3,
    });
    expect(report.provider).toBe('vsphere');
    // k8s-w-1 by its byte-swapped providerID, k8s-w-2 by IP: all three sit on the port group of their node IP.
    expect(subnets(report)).toEqual({ 'k8s-cp-1': 'k8s-nodes', 'k8s-w-1': 'k8s-nodes', 'k8s-w-2': 'k8s-nodes' });
    expect(report.findings).toEqual([]);
    expect(report.code).toBe(0);
  });

  it('reports nodes on two port groups as subnet-mismatch, though their IP prefixes agree (camelCase, 0.35+)', async () => {
    const report = await check('govc-vm-info-0.35.json');
    expect(report.findings.map((f) => [f.ruleId, f.node, f.resource])).toEqual([
      ['subnet-mismatch', 'k8s-w-2', 'k8s-nodes-b'],
    ]);
    expect(report.findings[0]!.message).toBe(
      'node k8s-w-2 is in port group k8s-nodes-b 10.20.0.0/24, but 2 of 3 nodes are in k8s-nodes 10.20.0.0/24: host-gw routes between them are not on-link (nodes per port group: k8s-nodes (2), k8s-nodes-b (1))',
    );
    expect(report.findings[0]!.remediation.text).toBe(
      'Connect the network adapter of k8s-w-2 that carries its node IP to port group k8s-nodes; host-gw cannot span port groups.',
    );
    expect(report.code).toBe(1);
  });

  it('uses the port group of the govc dump over the inventory, and notes where they disagree', async () => {
    const report = await check('govc-vm-info-0.35.json', 'inventory-stale-subnet.yaml');
    expect(subnets(report)).toMatchObject({ 'k8s-w-2': 'k8s-nodes-b' });
    expect(report.findings.map((f) => [f.ruleId, f.severity, f.node, f.resource])).toEqual([
      ['subnet-mismatch', 'note', 'k8s-w-2', 'k8s-nodes'],
      ['subnet-mismatch', 'error', 'k8s-w-2', 'k8s-nodes-b'],
    ]);
    expect(report.findings[0]!.message).toBe(
      'the inventory says node k8s-w-2 is in port group k8s-nodes; the dump of its network interface says port group k8s-nodes-b: the dump is used',
    );
  });

  it('passes the two port groups when an inventory declares them one segment', async () => {
    const report = await check('govc-vm-info-0.35.json', 'inventory-segments.yaml');
    expect(report.findings).toEqual([]);
    expect(new Set(Object.values(subnets(report)))).toEqual(new Set(['vlan20']));
  });
});

describe('govc object.collect -json', () => {
  it('names the VM whose VMware Tools is not running in a check-incomplete finding, once', async () => {
    const report = await check('govc-object-collect.json');
    expect(report.sources.find((source) => source.file.endsWith('collect.json'))).toMatchObject({
      format: 'govc-object-collect',
      items: 3,
    });
    expect(report.findings.map((f) => [f.ruleId, f.node])).toEqual([['check-incomplete', 'k8s-w-1']]);
    expect(report.findings[0]!.message).toBe(
      'VM k8s-w-1 (node k8s-w-1): VMware Tools is not running, so vSphere reports no guest network information: its port group and IP prefix are unknown',
    );
    expect(subnets(report)).toMatchObject({ 'k8s-cp-1': 'k8s-nodes', 'k8s-w-2': 'k8s-nodes' });
  });
});
