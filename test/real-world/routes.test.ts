import { describe, expect, it } from 'vitest';
import { runCliCaptured as cli } from '../support/cli.js';

/**
 * Route listings in the shapes `az network route-table list -o json` and `gcloud compute routes list --format=json`
 * print, with next hops that are no node (see SOURCES.md). The nodes, machines and subnets are the healthy demo
 * fixtures': only the routes differ.
 */
const AZURE = ['nodes.json', 'az-nics.json', 'az-subnets.json', 'az-vms.json', 'kube-flannel-cfg.yaml'].map(
  (name) => `fixtures/azure/healthy/${name}`,
);
const GCE = ['nodes.yaml', 'gcloud-instances.json', 'gcloud-subnets.json', 'kube-flannel-cfg.yaml'].map(
  (name) => `fixtures/gce/healthy/${name}`,
);
const AZ_ROUTES = 'test/real-world/routes/az-route-tables-vnetlocal-none.json';
const GCE_ROUTES = 'test/real-world/routes/gcloud-routes-peering-ecmp.json';

interface Finding {
  readonly ruleId: string;
  readonly severity: string;
  readonly message: string;
  readonly node?: string;
  readonly resource?: string;
  readonly remediation: { readonly text: string; readonly command?: string };
}

async function findings(...files: string[]): Promise<Finding[]> {
  const result = await cli('check', ...files, '--format', 'json');
  return (JSON.parse(result.stdout) as { findings: Finding[] }).findings.filter((f) => f.ruleId.startsWith('route-'));
}

describe('Azure user-defined routes whose next hop is no node', () => {
  it('reports a pod route with next hop VnetLocal as a wrong next hop, updated in place (never a second create)', async () => {
    const found = await findings(...AZURE, AZ_ROUTES);
    const vnetLocal = found.filter((f) => f.node === 'k8s-lin-a2' && f.message.includes('10.244.1.0/24'));
    expect(vnetLocal.map((f) => f.ruleId)).toEqual(['route-wrong-next-hop']);
    expect(vnetLocal[0]!.severity).toBe('error');
    expect(vnetLocal[0]!.resource).toBe('pods-k8s-lin-a2-v4');
    expect(vnetLocal[0]!.message).toContain('but points at VnetLocal');
    expect(vnetLocal[0]!.remediation.command).toMatch(
      /^az network route-table route update --ids \S+\/routeTables\/k8s-pod-routes\/routes\/pods-k8s-lin-a2-v4 --next-hop-type VirtualAppliance --next-hop-ip-address 10\.20\.1\.5$/i,
    );
  });

  it('reports a pod route with next hop None (Azure drops the traffic) the same way', async () => {
    const found = await findings(...AZURE, AZ_ROUTES);
    const none = found.filter((f) => f.node === 'k8s-lin-b1' && f.message.includes('10.244.3.0/24'));
    expect(none.map((f) => f.ruleId)).toEqual(['route-wrong-next-hop']);
    expect(none[0]!.message).toContain('but points at None (Azure drops the traffic)');
    expect(none[0]!.remediation.command).toContain(
      'routes/pods-k8s-lin-b1-v4 --next-hop-type VirtualAppliance --next-hop-ip-address 10.20.2.4',
    );
  });

  it('adds the missing route beside a default route to a firewall appliance, never repointing the default route', async () => {
    const found = await findings(...AZURE, AZ_ROUTES);
    const missing = found.filter((f) => f.node === 'k8s-win-a1' && f.message.includes('10.244.2.0/24'));
    expect(missing.map((f) => f.ruleId)).toEqual(['route-missing']);
    expect(missing[0]!.message).toContain('traffic follows default-to-firewall (VirtualAppliance 10.20.0.4) instead');
    expect(missing[0]!.remediation.command).toContain(
      'az network route-table route create --resource-group k8s-dual-rg --route-table-name k8s-pod-routes',
    );
    expect(found.filter((f) => f.resource === 'default-to-firewall' || f.resource === 'to-onprem')).toEqual([]);
  });

  it('leaves the healthy routes of the same table alone', async () => {
    const found = await findings(...AZURE, AZ_ROUTES);
    expect(found.map((f) => `${f.ruleId} ${f.node}`).sort()).toEqual([
      'route-missing k8s-win-a1',
      'route-wrong-next-hop k8s-lin-a2',
      'route-wrong-next-hop k8s-lin-b1',
    ]);
  });
});

describe('GCE routes that GCE makes itself, and routes of equal priority', () => {
  it('reports a peering route inside a pod CIDR: it wins by longest prefix and cannot be deleted', async () => {
    const found = await findings(...GCE, GCE_ROUTES);
    const peering = found.filter((f) => f.resource === 'peering-route-5e0b7c2d91a4f336');
    expect(peering.map((f) => f.ruleId)).toEqual(['route-shadowed']);
    expect(peering[0]!.node).toBe('k8s-lin-pool-1');
    expect(peering[0]!.severity).toBe('error');
    expect(peering[0]!.message).toContain(
      'diverts part (10.52.1.128/26) of pod CIDR 10.52.1.0/24 of node k8s-lin-pool-1 to peering servicenetworking-googleapis-com',
    );
    // No routes.delete: GCE refuses it for a peering route.
    expect(peering[0]!.remediation.command).toBeUndefined();
    expect(peering[0]!.remediation.text).toContain('cannot be deleted');
    expect(peering[0]!.remediation.text).toContain('pod CIDR outside 10.52.1.128/26');
  });

  it('reports an equal-priority route of the same prefix as a split of the flows (ECMP), not a full diversion', async () => {
    const found = await findings(...GCE, GCE_ROUTES);
    const tied = found.filter((f) => f.resource === 'nw-prod-pods-k8s-win-pool-1-old');
    expect(tied.map((f) => f.ruleId)).toEqual(['route-shadowed']);
    expect(tied[0]!.node).toBe('k8s-win-pool-1');
    expect(tied[0]!.message).toContain(
      'GCE spreads flows across 2 routes of equal priority (ECMP), so about 1/2 of the flows to node k8s-win-pool-1',
    );
    expect(tied[0]!.message).not.toContain('diverts all of');
    expect(tied[0]!.remediation.command).toBe(
      'gcloud compute routes delete nw-prod-pods-k8s-win-pool-1-old --project northwind-k8s --quiet',
    );
  });

  it('reports a peering subnet route wider than a pod route: GCE uses subnet routes before any static route', async () => {
    const found = await findings(...GCE, GCE_ROUTES);
    const wide = found.filter((f) => f.resource === 'peering-route-a93f10c4e27b5d08');
    expect(wide.map((f) => f.ruleId)).toEqual(['route-shadowed']);
    expect(wide[0]!.node).toBe('k8s-win-pool-2');
    expect(wide[0]!.message).toContain(
      'diverts all of pod CIDR 10.52.4.0/24 of node k8s-win-pool-2 to peering servicenetworking-googleapis-com',
    );
    expect(wide[0]!.remediation.command).toBeUndefined();
  });

  it('finds nothing else in the listing: subnet routes and the default route do not touch the pod CIDRs', async () => {
    const found = await findings(...GCE, GCE_ROUTES);
    expect(found.map((f) => `${f.ruleId} ${f.resource}`).sort()).toEqual([
      'route-shadowed nw-prod-pods-k8s-win-pool-1-old',
      'route-shadowed peering-route-5e0b7c2d91a4f336',
      'route-shadowed peering-route-a93f10c4e27b5d08',
    ]);
  });
});
