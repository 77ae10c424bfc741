import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  after,
  change,
  check,
  copyFixture,
  findingsOf,
  lineOf,
  listFindings,
  nodeNames,
  only,
  summary,
  TF,
} from './helpers.js';

const NET =
  '/subscriptions/c2a7e5f1-8b3d-4a6c-9e0f-1d4b7a2c5e83/resourceGroups/k8s-prod-rg/providers/Microsoft.Network';

describe('azurerm_network_interface IP forwarding', () => {
  it('reads ip_forwarding_enabled (azurerm 4.x) and points at its line', async () => {
    const copy = await copyFixture('azure/broken');
    const result = await copy.run();
    const finding = only(result, 'forwarding-disabled');
    expect(finding.resource).toBe('azurerm_network_interface.gpu');
    expect(finding.node).toBe('azurerm_linux_virtual_machine.gpu');
    expect(finding.message).toContain(
      "IP forwarding is disabled on azurerm_network_interface.gpu (carries node azurerm_linux_virtual_machine.gpu's IP 10.30.1.10)",
    );
    expect(finding.remediation.text).toContain('Set ip_forwarding_enabled = true in azurerm_network_interface.gpu');
    expect(finding.location).toEqual({
      file: join(copy.dir, 'main.tf'),
      ...lineOf(copy.text('main.tf'), 'ip_forwarding_enabled = false'),
    });
  });

  it('is quiet when ip_forwarding_enabled is true', async () => {
    const copy = await copyFixture('azure/broken');
    after(copy.json('plan.json'), 'azurerm_network_interface.gpu').ip_forwarding_enabled = true;
    const result = await copy.run();
    expect(findingsOf(result, 'forwarding-disabled'), listFindings(result)).toEqual([]);
  });

  it('reads enable_ip_forwarding (azurerm 3.x), inside a module instance of a counted module call', async () => {
    const copy = await copyFixture('azure/healthy');
    after(copy.json('plan.json'), 'module.linux[1].azurerm_network_interface.nic').enable_ip_forwarding = false;
    const finding = only(await copy.run(), 'forwarding-disabled');
    expect(finding.resource).toBe('module.linux[1].azurerm_network_interface.nic');
    expect(finding.node).toBe('module.linux[1].azurerm_linux_virtual_machine.vm');
    expect(finding.remediation.text).toContain('Set enable_ip_forwarding = true');
    expect(finding.location).toEqual({
      file: join(copy.dir, 'modules/linux-node/main.tf'),
      ...lineOf(copy.text('modules/linux-node/main.tf'), 'enable_ip_forwarding = true'),
    });
  });

  it('treats an unset setting as off (the Azure default)', async () => {
    const copy = await copyFixture('azure/healthy');
    after(copy.json('plan.json'), 'azurerm_network_interface.win').enable_ip_forwarding = null;
    const finding = only(await copy.run(), 'forwarding-disabled');
    expect(finding.resource).toBe('azurerm_network_interface.win');
    expect(finding.message).toContain('Windows node azurerm_windows_virtual_machine.win');
  });
});

describe('scale sets', () => {
  it('check the network_interface block of azurerm_linux_virtual_machine_scale_set (4.x and 3.x spellings)', async () => {
    for (const [fixture, key] of [
      ['azure/broken', 'ip_forwarding_enabled'],
      ['azure/healthy', 'enable_ip_forwarding'],
    ] as const) {
      const copy = await copyFixture(fixture);
      after(copy.json('plan.json'), 'azurerm_linux_virtual_machine_scale_set.pool').network_interface[0][key] = false;
      const result = await copy.run();
      const finding = findingsOf(result, 'forwarding-disabled').find(
        (f) => f.resource === 'azurerm_linux_virtual_machine_scale_set.pool',
      );
      expect(finding?.severity, listFindings(result)).toBe('error');
      expect(finding?.node).toBe('azurerm_linux_virtual_machine_scale_set.pool');
      expect(finding?.location?.line).toBe(
        lineOf(copy.text('main.tf'), `${key} = true`, 'resource "azurerm_linux_virtual_machine_scale_set" "pool"').line,
      );
      expect(finding?.remediation.command).toMatch(
        /^az vmss update-instances --resource-group k8s-(prod|dev)-rg --name k8s-pool/,
      );
    }
  });
});

describe('route tables, routes and associations', () => {
  it('finds a route table not associated with a node subnet (a new subnet in the plan)', async () => {
    const result = await check([join(TF, 'azure/broken')]);
    const findings = findingsOf(result, 'route-not-applied');
    expect(findings.map((f) => f.node).sort()).toEqual(['k8s-lin-1', 'k8s-lin-2']);
    expect(findings[0]!.message).toContain(
      'unreachable from azurerm_windows_virtual_machine.win: route table k8s-pod-routes is not associated with subnet azurerm_subnet.nodes_win',
    );
  });

  it('is satisfied once the plan associates the subnet', async () => {
    const copy = await copyFixture('azure/broken');
    const plan = copy.json('plan.json');
    plan.resource_changes.push({
      address: 'azurerm_subnet_route_table_association.nodes_win',
      mode: 'managed',
      type: 'azurerm_subnet_route_table_association',
      name: 'nodes_win',
      provider_name: 'registry.terraform.io/hashicorp/azurerm',
      change: {
        actions: ['create'],
        before: null,
        after: { route_table_id: `${NET}/routeTables/k8s-pod-routes`, timeouts: null },
        after_unknown: { id: true, subnet_id: true },
        before_sensitive: false,
        after_sensitive: {},
      },
    });
    plan.configuration.root_module.resources.push({
      address: 'azurerm_subnet_route_table_association.nodes_win',
      mode: 'managed',
      type: 'azurerm_subnet_route_table_association',
      name: 'nodes_win',
      provider_config_key: 'azurerm',
      expressions: {
        route_table_id: { references: ['azurerm_route_table.pods.id', 'azurerm_route_table.pods'] },
        subnet_id: { references: ['azurerm_subnet.nodes_win.id', 'azurerm_subnet.nodes_win'] },
      },
      schema_version: 0,
    });
    const result = await copy.run();
    expect(findingsOf(result, 'route-not-applied'), listFindings(result)).toEqual([]);
  });

  it('reads azurerm_route into the table its route_table_name refers to', async () => {
    const result = await check([join(TF, 'azure/broken')]);
    const route = result.snapshot.routes.find((r) => r.name === 'pods-k8s-lin-2');
    expect(route?.tableId).toBe(`${NET}/routeTables/k8s-pod-routes`.toLowerCase());
    expect(route?.nextHop).toMatchObject({ kind: 'ip', ip: '10.30.1.5' });
  });

  it('finds a route missing when the plan destroys an azurerm_route (the table still lists it)', async () => {
    const copy = await copyFixture('azure/broken');
    const entry = change(copy.json('plan.json'), 'azurerm_route.pods["k8s-lin-2"]');
    entry.change.actions = ['delete'];
    entry.change.after = null;
    entry.change.after_unknown = {};
    entry.action_reason = 'delete_because_each_key';
    const result = await copy.run();
    expect(findingsOf(result, 'route-missing').map((f) => f.node)).toEqual(['k8s-lin-2']);
  });

  it('reads inline route blocks, with their line', async () => {
    const copy = await copyFixture('azure/healthy');
    after(copy.json('plan.json'), 'azurerm_route_table.pods').route[1].next_hop_in_ip_address = '10.30.1.99';
    const result = await copy.run();
    // Routes for planned nodes: a route that points nowhere now is stale (there is a cluster CIDR).
    const finding = only(result, 'route-stale');
    expect(finding.resource).toBe('pods-k8s-lin-1');
    expect(finding.location?.line).toBe(lineOf(copy.text('main.tf'), '"pods-k8s-lin-1"').line);
  });

  it('names an inline route once when its next hop is known only after apply', async () => {
    const copy = await copyFixture('azure/healthy');
    const entry = change(copy.json('plan.json'), 'azurerm_route_table.pods');
    delete entry.change.after.route[1].next_hop_in_ip_address;
    entry.change.after_unknown = { route: [{}, { next_hop_in_ip_address: true }] };
    const gap = only(await copy.run(), 'check-incomplete');
    expect(gap.message).toMatch(
      /^azurerm_route_table\.pods: route pods-k8s-lin-1: next_hop_in_ip_address is known only/,
    );
    expect(gap.message.match(/route pods-k8s-lin-1/g)).toHaveLength(1);
  });

  it('reports an association whose subnet cannot be known as check-incomplete', async () => {
    const result = await check([join(TF, 'azure/broken')]);
    const gap = only(result, 'check-incomplete');
    expect(gap.resource).toBe('azurerm_subnet_route_table_association.batch');
    expect(gap.message).toContain('comes from local.batch_subnet_id');
  });
});

describe('Azure state with kubectl nodes', () => {
  it('matches VMs to nodes by resource id, case-insensitively', async () => {
    const result = await check([join(TF, 'azure/state')]);
    expect(nodeNames(result)).toEqual(['k8s-lin-1', 'k8s-lin-2']);
    expect(result.snapshot.nodes.every((node) => !node.planned)).toBe(true);
  });

  it('without nodes, the VMs are planned nodes named by their addresses', async () => {
    const copy = await copyFixture('azure/state');
    copy.remove('nodes.json');
    const result = await copy.run();
    expect(nodeNames(result)).toEqual([
      'azurerm_linux_virtual_machine.node["k8s-lin-1"]',
      'azurerm_linux_virtual_machine.node["k8s-lin-2"]',
    ]);
    expect(summary(result)).toEqual(['forwarding-disabled azurerm_linux_virtual_machine.node["k8s-lin-2"]']);
  });
});
