import { describe, expect, it } from 'vitest';
import { azureRoute, findingsOf, gceRoute, listFindings, only, runFixture } from './helpers.js';

const RULE = 'route-stale';
const NW = { project: 'northwind-k8s', network: 'k8s-vpc' } as const;

describe('route-stale on GCE', () => {
  it('reports a route to a deleted instance for a block no node owns', async () => {
    const result = await runFixture('fixtures/gce/broken');
    const finding = only(result, RULE);
    expect(finding.resource).toBe('stg-pods-k8s-lin-4');
    expect(finding.node).toBeUndefined();
    expect(finding.severity).toBe('warning');
    expect(finding.message).toContain(
      'route stg-pods-k8s-lin-4 (10.48.6.0/24 via instance projects/acme-staging/zones/europe-west4-b/instances/k8s-lin-4)',
    );
    expect(finding.message).toContain('its next hop is not a current node');
    expect(finding.remediation.command).toBe(
      'gcloud compute routes delete stg-pods-k8s-lin-4 --project acme-staging --quiet',
    );
  });

  it('needs a known cluster CIDR: without the ConfigMap it stays silent and says why', async () => {
    const result = await runFixture('fixtures/gce/broken', (files) => files.delete('kube-flannel-cfg.yaml'));
    expect(findingsOf(result, RULE)).toEqual([]);
    const incomplete = findingsOf(result, 'check-incomplete');
    expect(incomplete.map((f) => f.message)).toEqual([
      'the cluster CIDR is unknown: stale routes and pod CIDRs outside it cannot be detected',
    ]);
    expect(incomplete[0]!.remediation.text).toContain('--cluster-cidr');
  });

  it('uses --cluster-cidr when the ConfigMap is absent', async () => {
    const result = await runFixture('fixtures/gce/broken', (files) => files.delete('kube-flannel-cfg.yaml'), {
      clusterCidrs: ['10.48.0.0/16'],
    });
    expect(only(result, RULE).resource).toBe('stg-pods-k8s-lin-4');
    expect(findingsOf(result, 'check-incomplete')).toEqual([]);
  });

  it('names a live node that a leftover route still points at', async () => {
    const result = await runFixture('fixtures/gce/healthy', (files) => {
      files.get('gcloud-routes.json').push(
        gceRoute({
          ...NW,
          name: 'old-lin-pool-1',
          destRange: '10.52.200.0/24',
          instance: 'us-central1-a/k8s-lin-pool-1',
        }),
      );
    });
    expect(
      result.report.findings.map((f) => `${f.ruleId} ${f.resource}`),
      listFindings(result),
    ).toEqual([`${RULE} old-lin-pool-1`]);
    const finding = only(result, RULE);
    expect(finding.message).toBe(
      'route old-lin-pool-1 (10.52.200.0/24 via node k8s-lin-pool-1) is inside the cluster CIDR but no node has that pod CIDR',
    );
  });

  it("ignores routes outside the cluster CIDR and the cloud's own routes", async () => {
    const result = await runFixture('fixtures/gce/healthy', (files) => {
      files
        .get('gcloud-routes.json')
        .push(gceRoute({ ...NW, name: 'onprem', destRange: '192.168.0.0/16', ip: '10.30.16.2' }));
    });
    expect(result.report.findings, listFindings(result)).toEqual([]);
  });
});

describe('route-stale on Azure', () => {
  it('reports a route left by a deleted node', async () => {
    const result = await runFixture('fixtures/azure/broken');
    const finding = only(result, RULE);
    expect(finding.resource).toBe('pods-k8s-lin-old');
    expect(finding.message).toContain('(10.244.9.0/24 via VirtualAppliance 10.30.1.99)');
    expect(finding.remediation.command).toMatch(
      /^az network route-table route delete --ids \S+\/routetables\/k8s-pod-routes\/routes\/pods-k8s-lin-old$/i,
    );
  });

  it('dual-stack: reports a stale IPv6 route inside IPv6Network', async () => {
    const result = await runFixture('fixtures/azure/healthy', (files) => {
      const table = files.get('az-route-tables.json')[0];
      table.routes.push(azureRoute(table, 'pods-gone-v6', 'fd00:10:244:9::/64', 'fd00:20:0:1::99'));
    });
    expect(
      result.report.findings.map((f) => `${f.ruleId} ${f.resource}`),
      listFindings(result),
    ).toEqual([`${RULE} pods-gone-v6`]);
  });

  it('does not call a route stale when it covers current pod CIDRs', async () => {
    const result = await runFixture('fixtures/azure/healthy', (files) => {
      const table = files.get('az-route-tables.json')[0];
      // A supernet over the whole cluster: the node routes win by prefix, nothing is stale.
      table.routes.push(azureRoute(table, 'cluster-fallback', '10.244.0.0/16', '10.20.250.10'));
    });
    expect(findingsOf(result, RULE)).toEqual([]);
  });
});
