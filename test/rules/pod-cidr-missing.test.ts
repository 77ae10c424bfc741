import { describe, expect, it } from 'vitest';
import { findingsOf, listFindings, node, only, runFixture, setPodCidrs } from './helpers.js';

const RULE = 'pod-cidr-missing';

describe('pod-cidr-missing', () => {
  it('AWS: reports the node without spec.podCIDR(s), and not as a backend mismatch', async () => {
    const result = await runFixture('fixtures/aws/broken');
    const finding = only(result, RULE);
    expect(finding.node).toBe('ip-10-0-1-166.ec2.internal');
    expect(finding.severity).toBe('error');
    expect(finding.provider).toBe('aws');
    expect(finding.message).toContain('has no spec.podCIDR');
    expect(finding.remediation.command).toMatch(/^kubectl patch node ip-10-0-1-166\.ec2\.internal --type merge -p /);
    expect(result.report.findings.filter((f) => f.node === 'ip-10-0-1-166.ec2.internal').map((f) => f.ruleId)).toEqual([
      RULE,
    ]);
  });

  it('GCE: a Windows node without a pod CIDR needs no route, and its old route becomes stale', async () => {
    const result = await runFixture('fixtures/gce/healthy', (files) =>
      setPodCidrs(node(files.get('nodes.yaml'), 'k8s-win-pool-1'), []),
    );
    expect(only(result, RULE).node).toBe('k8s-win-pool-1');
    expect(
      result.report.findings.map((f) => `${f.ruleId} ${f.node ?? f.resource}`).sort(),
      listFindings(result),
    ).toEqual([`${RULE} k8s-win-pool-1`, 'route-stale nw-prod-pods-k8s-win-pool-1']);
  });

  it('accepts podCIDRs without podCIDR and podCIDR without podCIDRs', async () => {
    const result = await runFixture('fixtures/aws/healthy', (files) => {
      const nodes = files.get('nodes.json');
      delete node(nodes, 'ip-10-0-1-23.ec2.internal').spec.podCIDR;
      delete node(nodes, 'rancher-wrk-04').spec.podCIDRs;
    });
    expect(result.report.findings, listFindings(result)).toEqual([]);
  });

  it('healthy clusters: every node has one', async () => {
    for (const fixture of ['fixtures/azure/healthy', 'fixtures/inventory']) {
      expect(findingsOf(await runFixture(fixture), RULE)).toEqual([]);
    }
  });
});
