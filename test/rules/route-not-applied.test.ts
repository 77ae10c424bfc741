import { describe, expect, it } from 'vitest';
import { findingsOf, listFindings, named, only, runFixture, type FixtureFiles, type Json } from './helpers.js';

const RULE = 'route-not-applied';

describe('route-not-applied on GCE (network tags)', () => {
  it('reports a tagged route the Windows nodes do not get, and tags every one of them', async () => {
    const result = await runFixture('fixtures/gce/broken');
    const finding = only(result, RULE);
    expect(finding.node).toBe('k8s-lin-3');
    expect(finding.resource).toBe('stg-pods-k8s-lin-3');
    expect(finding.severity).toBe('error');
    expect(finding.message).toContain(
      'pod CIDR 10.48.3.0/24 of node k8s-lin-3 is unreachable from k8s-win-1, k8s-win-2',
    );
    expect(finding.message).toContain('applies only to instances tagged [linux-pool]');
    expect(finding.remediation.command).toBe(
      'gcloud compute instances add-tags k8s-win-1 --project acme-staging --zone europe-west4-c --tags linux-pool && ' +
        'gcloud compute instances add-tags k8s-win-2 --project acme-staging --zone europe-west4-c --tags linux-pool',
    );
  });

  it("names only the nodes that need the route, not the route's own node", async () => {
    // k8s-cp-0 shares the untagged scope with the Windows nodes: it reaches its own pods locally.
    const result = await runFixture('fixtures/gce/healthy', (files) => {
      named(files.get('gcloud-routes.json'), 'nw-prod-pods-k8s-cp-0').tags = ['linux-pool'];
    });
    const finding = only(result, RULE);
    expect(finding.node).toBe('k8s-cp-0');
    expect(finding.message).toContain('is unreachable from k8s-win-pool-1, k8s-win-pool-2:');
    expect(finding.remediation.command).not.toContain('add-tags k8s-cp-0');
    expect(finding.remediation.command).toContain(
      'add-tags k8s-win-pool-1 --project northwind-k8s --zone us-central1-b --tags linux-pool',
    );
    expect(finding.remediation.command).toContain(
      'add-tags k8s-win-pool-2 --project northwind-k8s --zone us-central1-c --tags linux-pool',
    );
    expect(result.report.findings, listFindings(result)).toHaveLength(1);
  });

  it('accepts a tagged route when every node carries the tag', async () => {
    const result = await runFixture('fixtures/gce/healthy', (files) => {
      for (const route of files.get('gcloud-routes.json'))
        if (route.nextHopInstance || route.nextHopIp) route.tags = ['k8s-node'];
    });
    expect(result.report.findings, listFindings(result)).toEqual([]);
  });

  it("reports a route created on another network, recreating it with the route's own node as next hop", async () => {
    const result = await runFixture('fixtures/gce/healthy', (files) => {
      named(files.get('gcloud-routes.json'), 'nw-prod-pods-k8s-lin-pool-1').network =
        'https://www.googleapis.com/compute/v1/projects/northwind-k8s/global/networks/legacy-vpc';
    });
    const finding = only(result, RULE);
    expect(finding.node).toBe('k8s-lin-pool-1');
    expect(finding.message).toContain('route nw-prod-pods-k8s-lin-pool-1 is on network legacy-vpc, not on k8s-vpc');
    expect(finding.message).toContain('unreachable from k8s-cp-0, k8s-lin-pool-2, k8s-win-pool-1 and 1 more:');
    expect(finding.remediation.command).toBe(
      'gcloud compute routes create hostgw-k8s-vpc-899cd0c815 --project northwind-k8s --network k8s-vpc --destination-range 10.52.1.0/24 ' +
        '--next-hop-instance k8s-lin-pool-1 --next-hop-instance-zone us-central1-a --priority 1000',
    );
  });
});

const AZ_TABLE = 'k8s-pod-routes';

function detachNodesB(files: FixtureFiles): Json {
  const table = files.get('az-route-tables.json')[0];
  expect(table.name).toBe(AZ_TABLE);
  table.subnets = table.subnets.filter((s: Json) => !s.id.endsWith('/subnets/nodes-b'));
  const subnet = named(files.get('az-subnets.json'), 'nodes-b');
  delete subnet.routeTable;
  return subnet;
}

describe('route-not-applied on Azure (route table association)', () => {
  it("broken fixture: the unassociated subnet nodes-win cannot reach the other nodes' pod CIDRs", async () => {
    const result = await runFixture('fixtures/azure/broken');
    const findings = findingsOf(result, RULE);
    expect(findings.map((f) => [f.node, f.resource])).toEqual([
      ['k8s-lin-1', 'pods-k8s-lin-1'],
      ['k8s-lin-2', 'pods-k8s-lin-2'],
    ]);
    for (const finding of findings) {
      expect(finding.message).toContain(
        'is unreachable from k8s-win-1: route table k8s-pod-routes is not associated with subnet nodes-win (no route table)',
      );
      expect(finding.remediation.command).toMatch(
        /^az network vnet subnet update --ids \S+\/virtualnetworks\/k8s-vnet\/subnets\/nodes-win --route-table \S+\/routetables\/k8s-pod-routes$/i,
      );
    }
    // k8s-win-1's own route is correct and reaches the associated subnet.
    expect(result.report.findings.filter((f) => f.node === 'k8s-win-1')).toEqual([]);
  });

  it('dual-stack: detaching nodes-b gives one finding per pod CIDR and family, unreachable from the other subnet', async () => {
    const result = await runFixture('fixtures/azure/healthy', detachNodesB);
    const findings = findingsOf(result, RULE);
    expect(findings.map((f) => f.resource).sort()).toEqual(
      ['lin-a1', 'lin-a2', 'win-a1', 'lin-b1', 'win-b1']
        .flatMap((n) => [`pods-k8s-${n}-v4`, `pods-k8s-${n}-v6`])
        .sort(),
    );
    const a1 = findings.filter((f) => f.node === 'k8s-lin-a1');
    expect(a1.map((f) => f.message).join('\n')).toContain(
      'fd00:10:244::/64 of node k8s-lin-a1 is unreachable from k8s-lin-b1, k8s-win-b1',
    );
    // Within nodes-b, only the other node of the subnet needs k8s-lin-b1's route.
    expect(findings.find((f) => f.resource === 'pods-k8s-lin-b1-v4')!.message).toContain(
      'unreachable from k8s-win-b1:',
    );
    expect(
      result.report.findings.every((f) => f.ruleId === RULE),
      listFindings(result),
    ).toBe(true);
  });

  it('a subnet with its own table that lacks the routes: add them there', async () => {
    const result = await runFixture('fixtures/azure/healthy', (files) => {
      const subnet = detachNodesB(files);
      const tables = files.get('az-route-tables.json');
      const other = structuredClone(tables[0]);
      other.name = 'k8s-pod-routes-b';
      other.id = other.id.replace(/k8s-pod-routes$/, 'k8s-pod-routes-b');
      other.routes = [];
      other.subnets = [{ id: subnet.id, resourceGroup: 'k8s-dual-rg' }];
      tables.push(other);
      subnet.routeTable = { id: other.id, resourceGroup: 'k8s-dual-rg' };
    });
    const finding = findingsOf(result, RULE).find((f) => f.resource === 'pods-k8s-win-a1-v6');
    expect(finding?.node).toBe('k8s-win-a1');
    expect(finding?.message).toContain(
      'route pods-k8s-win-a1-v6 is in route table k8s-pod-routes, but subnet nodes-b (route table k8s-pod-routes-b) uses another table',
    );
    expect(finding?.remediation.command).toBe(
      'az network route-table route create --resource-group k8s-dual-rg --route-table-name k8s-pod-routes-b --name pods-k8s-win-a1-v6 ' +
        '--address-prefix fd00:10:244:2::/64 --next-hop-type VirtualAppliance --next-hop-ip-address fd00:20:0:1::6',
    );
  });

  it('healthy: one table associated with both subnets reaches everyone', async () => {
    const result = await runFixture('fixtures/azure/healthy');
    expect(findingsOf(result, RULE)).toEqual([]);
  });
});
