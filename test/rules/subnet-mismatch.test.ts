import { describe, expect, it } from 'vitest';
import { findingsOf, listFindings, named, node, only, runFixture, type Json } from './helpers.js';

const RULE = 'subnet-mismatch';

function setEniSubnet(files: { get(name: string): Json }, eniId: string, subnetId: string): void {
  let changed = 0;
  for (const eni of files.get('network-interfaces.json').NetworkInterfaces) {
    if (eni.NetworkInterfaceId !== eniId) continue;
    eni.SubnetId = subnetId;
    changed++;
  }
  for (const instance of files.get('instances.json').Reservations.flatMap((r: Json) => r.Instances)) {
    for (const eni of instance.NetworkInterfaces ?? []) {
      if (eni.NetworkInterfaceId !== eniId) continue;
      eni.SubnetId = subnetId;
      changed++;
    }
  }
  expect(changed).toBe(2);
}

/** InternalIP and flannel's public-ip annotation, which the README keeps equal. */
function setNodeIp(nodeObject: Json, ip: string): void {
  nodeObject.status.addresses.find((a: Json) => a.type === 'InternalIP').address = ip;
  nodeObject.metadata.annotations['flannel.alpha.coreos.com/public-ip'] = ip;
}

describe('subnet-mismatch on AWS', () => {
  it('reports the node in the minority subnet', async () => {
    const result = await runFixture('fixtures/aws/broken');
    const finding = only(result, RULE);
    expect(finding.node).toBe('ip-10-0-2-14.ec2.internal');
    expect(finding.resource).toBe('subnet-0f2e4d6c8b0a13579');
    expect(finding.severity).toBe('error');
    expect(finding.provider).toBe('aws');
    expect(finding.message).toContain('k8s-stage-private-us-east-1b (subnet-0f2e4d6c8b0a13579) 10.0.2.0/24');
    expect(finding.message).toContain('(subnet-0a3c5e7f9b1d24680) 10.0.1.0/24');
    expect(finding.remediation.text).toBe(
      'Move ip-10-0-2-14.ec2.internal into subnet subnet-0a3c5e7f9b1d24680 (replace the instance or its network interface); host-gw cannot span subnets.',
    );
  });

  it('places a node by the ENI that carries its IP', async () => {
    const result = await runFixture('fixtures/aws/healthy', (files) =>
      setEniSubnet(files, 'eni-03e5a7c9b1d2f4860', 'subnet-04a8d6f2c0e7b9135'),
    );
    const finding = only(result, RULE);
    expect(finding.node).toBe('rancher-wrk-04');
    expect(finding.resource).toBe('subnet-04a8d6f2c0e7b9135');
    expect(finding.message).toContain('4 of 5 nodes are in');
    expect(result.report.findings).toHaveLength(1);
  });

  it('ignores a secondary ENI in another subnet that does not carry the node IP', async () => {
    const result = await runFixture('fixtures/aws/healthy', (files) =>
      setEniSubnet(files, 'eni-0d8f1a3c5e7b9d246', 'subnet-04a8d6f2c0e7b9135'),
    );
    expect(result.report.findings, listFindings(result)).toEqual([]);
  });
});

describe('subnet-mismatch on bare metal', () => {
  it('reports the node moved to another VLAN, from the inventory subnets', async () => {
    const result = await runFixture('fixtures/baremetal/broken');
    const finding = only(result, RULE);
    expect(finding.node).toBe('bm-wrk-02');
    expect(finding.resource).toBe('rack-a-vlan20');
    expect(finding.provider).toBe('baremetal');
    expect(finding.message).toContain('3 of 4 nodes are in rack-a-vlan10 192.168.10.0/24');
    expect(finding.remediation.text).toContain('Move bm-wrk-02 into subnet rack-a-vlan10');
  });

  it('uses the most specific inventory subnet holding the node IP', async () => {
    // A /16 that also holds every node is not a second L2 segment: the /24s decide.
    const result = await runFixture('fixtures/baremetal/healthy', (files) => {
      files.get('inventory.yaml').spec.subnets.push({ id: 'dc1-supernet', network: 'dc1', cidrs: ['192.168.0.0/16'] });
    });
    expect(result.report.findings, listFindings(result)).toEqual([]);
  });

  it('reports a Windows node on another segment', async () => {
    const result = await runFixture('fixtures/baremetal/broken', (files) => {
      const nodes = files.get('nodes.json');
      setNodeIp(node(nodes, 'bm-wrk-02'), '192.168.10.13');
      setNodeIp(node(nodes, 'bm-win-01'), '192.168.20.14');
    });
    expect(findingsOf(result, RULE).map((f) => f.node)).toEqual(['bm-win-01']);
  });
});

describe('subnet-mismatch never applies to routed clouds', () => {
  it('GCE: nodes in two subnetworks are fine (the VPC routes between them)', async () => {
    const result = await runFixture('fixtures/gce/healthy', (files) => {
      const subnets = files.get('gcloud-subnets.json');
      const other = subnets.find((s: Json) => s.name !== 'k8s-nodes');
      expect(other).toBeDefined();
      const instance = named(files.get('gcloud-instances.json'), 'k8s-win-pool-2');
      instance.networkInterfaces[0].subnetwork = other.selfLink;
    });
    expect(findingsOf(result, RULE)).toEqual([]);
    expect(result.snapshot.subnets.length).toBeGreaterThan(1);
  });

  it('Azure: the healthy cluster spans nodes-a and nodes-b without a finding', async () => {
    const result = await runFixture('fixtures/azure/healthy');
    const subnets = new Set(result.report.nodes.map((n) => n.subnet));
    expect(subnets).toEqual(new Set(['nodes-a', 'nodes-b']));
    expect(findingsOf(result, RULE)).toEqual([]);
  });
});
