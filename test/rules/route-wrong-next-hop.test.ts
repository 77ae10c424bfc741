import { describe, expect, it } from 'vitest';
import { findingsOf, listFindings, named, only, runFixture } from './helpers.js';

const RULE = 'route-wrong-next-hop';
const GCE_INSTANCES = 'https://www.googleapis.com/compute/v1/projects/northwind-k8s/zones';

describe('route-wrong-next-hop on GCE', () => {
  it('reports the route pointing at another node, with create-then-delete (routes are immutable)', async () => {
    const result = await runFixture('fixtures/gce/broken');
    const finding = only(result, RULE);
    expect(finding.node).toBe('k8s-win-1');
    expect(finding.resource).toBe('stg-pods-k8s-win-1');
    expect(finding.severity).toBe('error');
    expect(finding.message).toContain('carries pod CIDR 10.48.4.0/24 of node k8s-win-1 but points at node k8s-win-2');
    expect(finding.remediation.command).toBe(
      'gcloud compute routes create hostgw-k8s-net-33d3d950dc --project acme-staging --network k8s-net --destination-range 10.48.4.0/24 ' +
        '--next-hop-instance k8s-win-1 --next-hop-instance-zone europe-west4-c --priority 1000 && ' +
        'gcloud compute routes delete stg-pods-k8s-win-1 --project acme-staging --quiet',
    );
  });

  it('does not blame the node the wrong route points at', async () => {
    const result = await runFixture('fixtures/gce/broken');
    expect(
      result.report.findings
        .filter((f) => f.ruleId.startsWith('route-') && f.node === 'k8s-win-2')
        .map((f) => f.ruleId),
    ).toEqual(['route-shadowed']);
  });

  it('reports a route whose next-hop instance no longer exists', async () => {
    const result = await runFixture('fixtures/gce/healthy', (files) => {
      named(files.get('gcloud-routes.json'), 'nw-prod-pods-k8s-lin-pool-1').nextHopInstance =
        `${GCE_INSTANCES}/us-central1-a/instances/k8s-lin-pool-1-old`;
    });
    const finding = only(result, RULE);
    expect(finding.node).toBe('k8s-lin-pool-1');
    expect(finding.message).toContain(
      'points at instance projects/northwind-k8s/zones/us-central1-a/instances/k8s-lin-pool-1-old',
    );
    expect(result.report.findings, listFindings(result)).toHaveLength(1);
  });

  it('reports a next-hop IP that belongs to another node', async () => {
    const result = await runFixture('fixtures/gce/healthy', (files) => {
      named(files.get('gcloud-routes.json'), 'nw-prod-pods-k8s-lin-pool-2').nextHopIp = '10.30.0.5';
    });
    const finding = only(result, RULE);
    expect(finding.node).toBe('k8s-lin-pool-2');
    expect(finding.message).toContain('points at node k8s-win-pool-1');
  });

  it('accepts a next-hop IP that is the node itself (no finding)', async () => {
    const result = await runFixture('fixtures/gce/healthy');
    expect(findingsOf(result, RULE)).toEqual([]);
  });
});

describe('route-wrong-next-hop on Azure', () => {
  it('reports the route pointing at another node, with an in-place update', async () => {
    const result = await runFixture('fixtures/azure/broken');
    const finding = only(result, RULE);
    expect(finding.node).toBe('k8s-lin-3');
    expect(finding.resource).toBe('pods-k8s-lin-3');
    expect(finding.message).toContain('points at node k8s-lin-1');
    expect(finding.remediation.command).toMatch(
      /^az network route-table route update --ids \S+\/routetables\/k8s-pod-routes\/routes\/pods-k8s-lin-3 --next-hop-type VirtualAppliance --next-hop-ip-address 10\.30\.1\.6$/i,
    );
    // The route to k8s-lin-3's CIDR is misdirected, not missing: only one finding for it.
    expect(result.report.findings.filter((f) => f.node === 'k8s-lin-3').map((f) => f.ruleId)).toEqual([RULE]);
  });

  it("dual-stack: an IPv6 route pointing at another node's IPv6 address", async () => {
    const result = await runFixture('fixtures/azure/healthy', (files) => {
      named(files.get('az-route-tables.json')[0].routes, 'pods-k8s-win-b1-v6').nextHopIpAddress = 'fd00:20:0:2::4';
    });
    const finding = only(result, RULE);
    expect(finding.node).toBe('k8s-win-b1');
    expect(finding.resource).toBe('pods-k8s-win-b1-v6');
    expect(finding.message).toContain('fd00:10:244:4::/64');
    expect(finding.message).toContain('points at node k8s-lin-b1');
    expect(finding.remediation.command).toMatch(/--next-hop-ip-address fd00:20:0:2::5$/);
    expect(result.report.findings).toHaveLength(1);
  });

  it('reports an appliance IP that is no node', async () => {
    const result = await runFixture('fixtures/azure/healthy', (files) => {
      named(files.get('az-route-tables.json')[0].routes, 'pods-k8s-lin-a1-v4').nextHopIpAddress = '10.20.250.10';
    });
    const finding = only(result, RULE);
    expect(finding.node).toBe('k8s-lin-a1');
    expect(finding.message).toContain('points at VirtualAppliance 10.20.250.10');
  });
});
