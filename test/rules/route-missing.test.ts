import { describe, expect, it } from 'vitest';
import { findingsOf, listFindings, named, only, remove, runFixture, type Json } from './helpers.js';

const RULE = 'route-missing';

describe('route-missing on GCE', () => {
  it('reports the pod CIDR without a route, with the gcloud command to create it', async () => {
    const result = await runFixture('fixtures/gce/broken');
    const finding = only(result, RULE);
    expect(finding.node).toBe('k8s-lin-2');
    expect(finding.severity).toBe('error');
    expect(finding.provider).toBe('gce');
    expect(finding.message).toContain('no route for pod CIDR 10.48.2.0/24 of node k8s-lin-2');
    expect(finding.message).toContain('traffic follows default-route-be93e1c541881d2c');
    expect(finding.remediation.command).toBe(
      'gcloud compute routes create hostgw-k8s-net-2a1537efd5 --project acme-staging --network k8s-net --destination-range 10.48.2.0/24 ' +
        '--next-hop-instance k8s-lin-2 --next-hop-instance-zone europe-west4-b --priority 1000',
    );
  });

  it('reports a deleted route of a Windows node of the healthy cluster', async () => {
    const result = await runFixture('fixtures/gce/healthy', (files) =>
      remove(files.get('gcloud-routes.json'), 'nw-prod-pods-k8s-win-pool-2'),
    );
    const finding = only(result, RULE);
    expect(finding.node).toBe('k8s-win-pool-2');
    expect(finding.message).toContain('10.52.4.0/24');
    expect(finding.remediation.command).toContain(
      '--next-hop-instance k8s-win-pool-2 --next-hop-instance-zone us-central1-c',
    );
    expect(result.report.findings).toHaveLength(1);
  });

  it('accepts a route by next-hop IP (no finding)', async () => {
    const result = await runFixture('fixtures/gce/healthy', (files) => {
      expect(named(files.get('gcloud-routes.json'), 'nw-prod-pods-k8s-lin-pool-2').nextHopIp).toBe('10.30.0.4');
    });
    expect(findingsOf(result, RULE)).toEqual([]);
  });

  it('does not report a missing route when a wrong one carries the pod CIDR (route-wrong-next-hop does)', async () => {
    const result = await runFixture('fixtures/gce/broken');
    expect(findingsOf(result, RULE).map((f) => f.node)).not.toContain('k8s-win-1');
  });
});

describe('route-missing on Azure', () => {
  it('reports the pod CIDR without a route, with the az command for the route table', async () => {
    const result = await runFixture('fixtures/azure/broken');
    const finding = only(result, RULE);
    expect(finding.node).toBe('k8s-win-2');
    expect(finding.message).toContain('no route for pod CIDR 10.244.4.0/24 of node k8s-win-2');
    expect(finding.remediation.command).toBe(
      'az network route-table route create --resource-group k8s-prod-rg --route-table-name k8s-pod-routes --name hostgw-k8s-win-2 ' +
        '--address-prefix 10.244.4.0/24 --next-hop-type VirtualAppliance --next-hop-ip-address 10.30.1.7',
    );
  });

  it('dual-stack: a deleted IPv6 route gives route-missing for the IPv6 pod CIDR only', async () => {
    const result = await runFixture('fixtures/azure/healthy', (files) => {
      remove(files.get('az-route-tables.json')[0].routes, 'pods-k8s-lin-b1-v6');
    });
    expect(
      result.report.findings.map((f) => `${f.ruleId} ${f.node}`),
      listFindings(result),
    ).toEqual(['route-missing k8s-lin-b1']);
    const finding = only(result, RULE);
    expect(finding.message).toContain('fd00:10:244:3::/64');
    expect(finding.message).not.toContain('10.244.3.0/24');
    expect(finding.remediation.command).toBe(
      'az network route-table route create --resource-group k8s-dual-rg --route-table-name k8s-pod-routes --name hostgw-k8s-lin-b1-v6 ' +
        '--address-prefix fd00:10:244:3::/64 --next-hop-type VirtualAppliance --next-hop-ip-address fd00:20:0:2::4',
    );
  });

  it('dual-stack: a deleted IPv4 route leaves the IPv6 one alone', async () => {
    const result = await runFixture('fixtures/azure/healthy', (files) => {
      remove(files.get('az-route-tables.json')[0].routes, 'pods-k8s-win-a1-v4');
    });
    const finding = only(result, RULE);
    expect(finding.node).toBe('k8s-win-a1');
    expect(finding.message).toContain('10.244.2.0/24');
    expect(finding.remediation.command).toContain(
      '--name hostgw-k8s-win-a1 --address-prefix 10.244.2.0/24 --next-hop-type VirtualAppliance --next-hop-ip-address 10.20.1.6',
    );
    expect(result.report.findings).toHaveLength(1);
  });

  it('creates the route in the existing route table even when a subnet without one sorts first', async () => {
    const result = await runFixture('fixtures/azure/healthy', (files) => {
      const table = files.get('az-route-tables.json')[0];
      table.subnets = table.subnets.filter((s: Json) => !s.id.endsWith('/subnets/nodes-a'));
      delete named(files.get('az-subnets.json'), 'nodes-a').routeTable;
      remove(table.routes, 'pods-k8s-lin-b1-v4');
    });
    const finding = only(result, RULE);
    expect(finding.node).toBe('k8s-lin-b1');
    expect(finding.remediation.command).toBe(
      'az network route-table route create --resource-group k8s-dual-rg --route-table-name k8s-pod-routes --name hostgw-k8s-lin-b1 ' +
        '--address-prefix 10.244.3.0/24 --next-hop-type VirtualAppliance --next-hop-ip-address 10.20.2.4',
    );
  });

  it('healthy dual-stack cluster: every family of every node has its route', async () => {
    const result = await runFixture('fixtures/azure/healthy');
    expect(findingsOf(result, RULE)).toEqual([]);
  });
});
