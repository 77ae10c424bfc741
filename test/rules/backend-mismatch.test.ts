import { describe, expect, it } from 'vitest';
import { editNetConf, findingsOf, listFindings, node, only, runFixture, type Json } from './helpers.js';

const RULE = 'backend-mismatch';
const ANNOTATION = 'flannel.alpha.coreos.com/backend-type';

describe('backend-mismatch from the ConfigMap', () => {
  it('reports a vxlan ConfigMap once, with the command to edit it', async () => {
    const result = await runFixture('fixtures/aws/healthy', (files) =>
      editNetConf(files.get('kube-flannel-cfg.yaml'), (conf) => (conf.Backend.Type = 'vxlan')),
    );
    const finding = only(result, RULE);
    expect(finding.resource).toBe('ConfigMap kube-flannel/kube-flannel-cfg');
    expect(finding.node).toBeUndefined();
    expect(finding.severity).toBe('error');
    // The nodes still run host-gw: the finding says so, and what would switch them.
    expect(finding.message).toBe(
      'ConfigMap kube-flannel/kube-flannel-cfg sets the flannel backend to "vxlan", not "host-gw", while all 5 nodes run host-gw (flannel.alpha.coreos.com/backend-type): restarting the flannel pods switches them',
    );
    expect(finding.remediation.command).toBe('kubectl -n kube-flannel edit configmap kube-flannel-cfg');
    // Nodes still running host-gw are where the cluster should be: no per-node finding telling them to switch to vxlan.
    expect(result.report.findings, listFindings(result)).toHaveLength(1);
  });

  it('still reports a node running a third backend against the configured one', async () => {
    const result = await runFixture('fixtures/gce/healthy', (files) => {
      editNetConf(files.get('kube-flannel-cfg.yaml'), (conf) => (conf.Backend.Type = 'vxlan'));
      node(files.get('nodes.yaml'), 'k8s-win-pool-2').metadata.annotations[ANNOTATION] = 'udp';
    });
    expect(findingsOf(result, RULE).map((f) => f.node ?? f.resource)).toEqual([
      'ConfigMap kube-flannel/kube-flannel-cfg',
      'k8s-win-pool-2',
    ]);
  });

  it('reports the backend declared by an inventory', async () => {
    const result = await runFixture('fixtures/inventory', (files) => {
      files.get('vsphere-lab.yaml').spec.backend = 'vxlan';
    });
    const finding = only(result, RULE);
    expect(finding.resource).toMatch(/^inventory .*vsphere-lab\.yaml$/);
    expect(finding.remediation.command).toBeUndefined();
  });
});

describe('backend-mismatch from a node annotation', () => {
  it('reports the Windows node whose annotation says vxlan, with the command to restart its flannel', async () => {
    const result = await runFixture('fixtures/aws/broken');
    const finding = only(result, RULE);
    expect(finding.node).toBe('ip-10-0-1-201.ec2.internal');
    expect(finding.resource).toBeUndefined();
    expect(finding.message).toBe(
      'node ip-10-0-1-201.ec2.internal runs flannel backend "vxlan" (annotation flannel.alpha.coreos.com/backend-type) but ConfigMap kube-flannel/kube-flannel-cfg says "host-gw"',
    );
    expect(finding.remediation.command).toBe(
      'kubectl -n kube-flannel delete pod --field-selector spec.nodeName=ip-10-0-1-201.ec2.internal -l app=flannel',
    );
  });

  it('compares against host-gw when no ConfigMap is given', async () => {
    const result = await runFixture('fixtures/azure/healthy', (files) => {
      files.delete('kube-flannel-cfg.yaml');
      node(files.get('nodes.json'), 'k8s-lin-a2').metadata.annotations[ANNOTATION] = 'vxlan';
    });
    expect(only(result, RULE).node).toBe('k8s-lin-a2');
  });

  it('a node without flannel annotations (no lease yet) is not a mismatch', async () => {
    const result = await runFixture('fixtures/aws/broken', (files) => {
      const annotations: Json = node(files.get('nodes.json'), 'ip-10-0-1-166.ec2.internal').metadata.annotations ?? {};
      expect(annotations[ANNOTATION]).toBeUndefined();
    });
    expect(findingsOf(result, RULE).map((f) => f.node)).toEqual(['ip-10-0-1-201.ec2.internal']);
  });

  it('healthy: host-gw everywhere', async () => {
    expect(findingsOf(await runFixture('fixtures/gce/healthy'), RULE)).toEqual([]);
  });
});
