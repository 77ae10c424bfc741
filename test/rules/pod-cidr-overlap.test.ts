import { describe, expect, it } from 'vitest';
import { editNetConf, findingsOf, listFindings, node, only, runFixture, setPodCidrs } from './helpers.js';

const RULE = 'pod-cidr-overlap';

describe('pod-cidr-overlap between nodes', () => {
  it("reports a pod CIDR inside another node's once, naming both nodes", async () => {
    const result = await runFixture('fixtures/aws/broken');
    const finding = only(result, RULE);
    expect(finding.node).toBe('ip-10-0-1-201.ec2.internal');
    expect(finding.resource).toBe('ip-10-0-1-23.ec2.internal');
    expect(finding.severity).toBe('error');
    expect(finding.message).toContain(
      'pod CIDR 10.42.1.0/24 of node ip-10-0-1-201.ec2.internal overlaps pod CIDR 10.42.0.0/23 of node ip-10-0-1-23.ec2.internal',
    );
    expect(finding.remediation.command).toBe(
      'kubectl drain ip-10-0-1-201.ec2.internal --ignore-daemonsets --delete-emptydir-data && kubectl delete node ip-10-0-1-201.ec2.internal',
    );
  });

  it('reports two nodes with the same pod CIDR once', async () => {
    const result = await runFixture('fixtures/aws/healthy', (files) =>
      setPodCidrs(node(files.get('nodes.json'), 'rancher-wrk-04'), ['10.42.0.0/24']),
    );
    const finding = only(result, RULE);
    expect([finding.node, finding.resource]).toEqual(['ip-10-0-1-23.ec2.internal', 'rancher-wrk-04']);
    expect(result.report.findings, listFindings(result)).toHaveLength(1);
  });

  it('dual-stack: an IPv6 pod CIDR shared by two nodes', async () => {
    const result = await runFixture('fixtures/azure/healthy', (files) => {
      setPodCidrs(node(files.get('nodes.json'), 'k8s-win-b1'), ['10.244.4.0/24', 'fd00:10:244:3::/64']);
    });
    const findings = findingsOf(result, RULE);
    expect(findings.map((f) => [f.node, f.resource])).toEqual([['k8s-lin-b1', 'k8s-win-b1']]);
    expect(findings[0]!.message).toContain('fd00:10:244:3::/64');
  });

  it('adjacent blocks do not overlap', async () => {
    const result = await runFixture('fixtures/aws/healthy');
    expect(findingsOf(result, RULE)).toEqual([]);
  });
});

describe('pod-cidr-overlap with the cloud network', () => {
  it('reports a pod CIDR inside the node subnet and the VPC', async () => {
    const result = await runFixture('fixtures/aws/healthy', (files) => {
      setPodCidrs(node(files.get('nodes.json'), 'rancher-wrk-04'), ['10.0.1.128/26']);
      editNetConf(files.get('kube-flannel-cfg.yaml'), (conf) => (conf.Network = '10.0.0.0/8'));
    });
    const findings = findingsOf(result, RULE);
    expect(findings.every((f) => f.node === 'rancher-wrk-04')).toBe(true);
    expect(findings.map((f) => f.message)).toEqual([
      expect.stringMatching(
        /^pod CIDR 10\.0\.1\.128\/26 of node rancher-wrk-04 overlaps subnet \S+ \(10\.0\.1\.0\/24\)\./,
      ),
      expect.stringMatching(/overlaps network address space \S+ \(10\.0\.0\.0\/16\)\./),
    ]);
  });

  it('reports a pod CIDR inside a secondary VPC range only', async () => {
    const result = await runFixture('fixtures/aws/healthy', (files) => {
      setPodCidrs(node(files.get('nodes.json'), 'ip-10-0-1-88.ec2.internal'), ['10.1.7.0/24']);
      editNetConf(files.get('kube-flannel-cfg.yaml'), (conf) => (conf.Network = '10.0.0.0/8'));
    });
    const finding = only(result, RULE);
    expect(finding.node).toBe('ip-10-0-1-88.ec2.internal');
    expect(finding.message).toContain('overlaps network address space');
    expect(finding.message).toContain('(10.1.0.0/16)');
    expect(result.snapshot.networks.map((n) => n.id)).toContain('vpc-07c4e9a2b5d8f1036');
  });

  it('GCE: reports a pod CIDR inside the node subnetwork', async () => {
    const result = await runFixture('fixtures/gce/healthy', (files) => {
      setPodCidrs(node(files.get('nodes.yaml'), 'k8s-lin-pool-1'), ['10.30.8.0/24']);
      editNetConf(files.get('kube-flannel-cfg.yaml'), (conf) => (conf.Network = '10.0.0.0/8'));
    });
    const finding = findingsOf(result, RULE).find((f) => f.resource === 'k8s-nodes');
    expect(finding?.node).toBe('k8s-lin-pool-1');
    expect(finding?.message).toContain('overlaps subnet k8s-nodes (10.30.0.0/20)');
  });

  it('a subnet range next to the pod CIDRs does not overlap', async () => {
    const result = await runFixture('fixtures/azure/healthy');
    expect(findingsOf(result, RULE)).toEqual([]);
  });
});

describe('pod-cidr-overlap with the cluster CIDR', () => {
  it("reports a pod CIDR outside flannel's Network", async () => {
    const result = await runFixture('fixtures/aws/healthy', (files) =>
      setPodCidrs(node(files.get('nodes.json'), 'ip-10-0-1-201.ec2.internal'), ['10.43.4.0/24']),
    );
    const finding = only(result, RULE);
    expect(finding.node).toBe('ip-10-0-1-201.ec2.internal');
    expect(finding.resource).toBeUndefined();
    expect(finding.message).toBe(
      'pod CIDR 10.43.4.0/24 of node ip-10-0-1-201.ec2.internal lies outside the cluster CIDR 10.42.0.0/16. flannel only routes pod CIDRs inside its Network.',
    );
  });

  it('dual-stack: an IPv6 pod CIDR outside IPv6Network', async () => {
    const result = await runFixture('fixtures/azure/healthy', (files) => {
      setPodCidrs(node(files.get('nodes.json'), 'k8s-lin-a2'), ['10.244.1.0/24', 'fd00:10:245:1::/64']);
    });
    const finding = findingsOf(result, RULE).find((f) => f.node === 'k8s-lin-a2');
    expect(finding?.message).toContain(
      'fd00:10:245:1::/64 of node k8s-lin-a2 lies outside the cluster CIDR fd00:10:244::/56',
    );
  });

  it('uses --cluster-cidr when there is no ConfigMap', async () => {
    const result = await runFixture(
      'fixtures/aws/healthy',
      (files) => {
        files.delete('kube-flannel-cfg.yaml');
        setPodCidrs(node(files.get('nodes.json'), 'ip-10-0-1-57.ec2.internal'), ['10.50.1.0/24']);
      },
      { clusterCidrs: ['10.42.0.0/16'] },
    );
    expect(only(result, RULE).message).toContain('lies outside the cluster CIDR 10.42.0.0/16');
  });
});
