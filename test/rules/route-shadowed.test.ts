import { describe, expect, it } from 'vitest';
import { azureRoute, findingsOf, gceRoute, listFindings, only, runFixture } from './helpers.js';

const RULE = 'route-shadowed';
const NW = { project: 'northwind-k8s', network: 'k8s-vpc' } as const;

describe('route-shadowed on GCE', () => {
  it('reports a more specific route inside a pod CIDR (not route-stale)', async () => {
    const result = await runFixture('fixtures/gce/broken');
    const finding = only(result, RULE);
    expect(finding.node).toBe('k8s-win-2');
    expect(finding.resource).toBe('nat-egress-10-48-5-64');
    expect(finding.severity).toBe('error');
    expect(finding.message).toContain(
      'diverts part (10.48.5.64/26) of pod CIDR 10.48.5.0/24 of node k8s-win-2 to instance projects/acme-staging/zones/europe-west4-a/instances/nat-gw-1',
    );
    expect(finding.remediation.command).toBe(
      'gcloud compute routes delete nat-egress-10-48-5-64 --project acme-staging --quiet',
    );
    // The route has no tags: it diverts for the Linux and the Windows nodes alike, and the message says so.
    expect(finding.message).toMatch(/for network k8s-net with tags \[linux-pool\] and network k8s-net$/);
    expect(findingsOf(result, 'route-stale').map((f) => f.resource)).not.toContain('nat-egress-10-48-5-64');
  });

  it('reports an equal-prefix route with a better priority to another instance', async () => {
    const result = await runFixture('fixtures/gce/healthy', (files) => {
      files.get('gcloud-routes.json').push(
        gceRoute({
          ...NW,
          name: 'hijack-lin-pool-1',
          destRange: '10.52.1.0/24',
          instance: 'us-central1-b/k8s-lin-pool-2',
          priority: 900,
        }),
      );
    });
    expect(
      result.report.findings.map((f) => `${f.ruleId} ${f.node}`),
      listFindings(result),
    ).toEqual([`${RULE} k8s-lin-pool-1`]);
    const finding = only(result, RULE);
    expect(finding.resource).toBe('hijack-lin-pool-1');
    expect(finding.message).toContain(
      'diverts all of pod CIDR 10.52.1.0/24 of node k8s-lin-pool-1 to instance projects/northwind-k8s/zones/us-central1-b/instances/k8s-lin-pool-2',
    );
    expect(finding.remediation.command).toBe(
      'gcloud compute routes delete hijack-lin-pool-1 --project northwind-k8s --quiet',
    );
  });

  it('ignores an equal-prefix route with a worse priority', async () => {
    const result = await runFixture('fixtures/gce/healthy', (files) => {
      files.get('gcloud-routes.json').push(
        gceRoute({
          ...NW,
          name: 'backup-lin-pool-1',
          destRange: '10.52.1.0/24',
          instance: 'us-central1-b/k8s-lin-pool-2',
          priority: 1100,
        }),
      );
    });
    expect(findingsOf(result, RULE)).toEqual([]);
    expect(findingsOf(result, 'route-wrong-next-hop')).toEqual([]);
  });

  it('reports an equal-priority twin that splits the traffic (ECMP)', async () => {
    const result = await runFixture('fixtures/gce/healthy', (files) => {
      files
        .get('gcloud-routes.json')
        .push(gceRoute({ ...NW, name: 'twin-win-pool-1', destRange: '10.52.3.0/24', ip: '10.30.0.6' }));
    });
    const finding = only(result, RULE);
    expect(finding.node).toBe('k8s-win-pool-1');
    expect(finding.resource).toBe('twin-win-pool-1');
    expect(finding.message).toContain('to IP 10.30.0.6');
  });

  it('ignores a more specific route that leads to the same node', async () => {
    const result = await runFixture('fixtures/gce/healthy', (files) => {
      files
        .get('gcloud-routes.json')
        .push(gceRoute({ ...NW, name: 'split-cp-0', destRange: '10.52.0.128/25', instance: 'us-central1-a/k8s-cp-0' }));
    });
    expect(result.report.findings, listFindings(result)).toEqual([]);
  });

  it('only diverts for the nodes that see the diverting route (tags)', async () => {
    const result = await runFixture('fixtures/gce/healthy', (files) => {
      files.get('gcloud-routes.json').push(
        gceRoute({
          ...NW,
          name: 'win-only-divert',
          destRange: '10.52.1.0/26',
          ip: '10.30.16.2',
          tags: ['windows-pool'],
        }),
      );
    });
    const finding = only(result, RULE);
    expect(finding.node).toBe('k8s-lin-pool-1');
    expect(finding.message).toMatch(/for network k8s-vpc with tags \[windows-pool\]$/);
  });
});

describe('route-shadowed on Azure', () => {
  it('reports a more specific user-defined route inside a pod CIDR', async () => {
    const result = await runFixture('fixtures/azure/healthy', (files) => {
      const table = files.get('az-route-tables.json')[0];
      table.routes.push(azureRoute(table, 'inspect-a2', '10.244.1.128/25', '10.20.250.10'));
    });
    expect(
      result.report.findings.map((f) => `${f.ruleId} ${f.node}`),
      listFindings(result),
    ).toEqual([`${RULE} k8s-lin-a2`]);
    const finding = only(result, RULE);
    expect(finding.resource).toBe('inspect-a2');
    expect(finding.message).toContain(
      'diverts part (10.244.1.128/25) of pod CIDR 10.244.1.0/24 of node k8s-lin-a2 to VirtualAppliance 10.20.250.10',
    );
    expect(finding.remediation.command).toMatch(
      /^az network route-table route delete --ids \S+\/routetables\/k8s-pod-routes\/routes\/inspect-a2$/i,
    );
  });

  it('dual-stack: an IPv6 blackhole (next hop None) inside a pod CIDR', async () => {
    const result = await runFixture('fixtures/azure/healthy', (files) => {
      const table = files.get('az-route-tables.json')[0];
      table.routes.push(azureRoute(table, 'drop-b1-v6', 'fd00:10:244:4:8000::/65'));
    });
    const finding = only(result, RULE);
    expect(finding.node).toBe('k8s-win-b1');
    expect(finding.message).toContain('fd00:10:244:4:8000::/65');
    expect(finding.message).toContain('to None');
  });
});
