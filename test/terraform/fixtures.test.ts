import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, findingsOf, lineOf, listFindings, summary, TF } from './helpers.js';

/** The fault tables of fixtures/terraform/*\/README.md as (rule, node or resource) pairs. */
describe('Terraform fixtures give exactly the findings their README names', () => {
  it.each([
    ['aws/healthy', 'aws'],
    ['gce/healthy', 'gce'],
    ['azure/healthy', 'azure'],
  ])('%s: no findings', async (fixture, provider) => {
    const result = await check([join(TF, fixture)]);
    expect(result.snapshot.provider).toBe(provider);
    expect(result.snapshot.nodes.length).toBeGreaterThan(2);
    expect(result.snapshot.nodes.every((node) => node.planned)).toBe(true);
    expect(result.report.findings, listFindings(result)).toEqual([]);
    expect(result.report.sources.find((source) => source.file.endsWith('plan.json'))?.format).toBe(
      'terraform-show-json',
    );
  });

  it('aws/broken', async () => {
    const result = await check([join(TF, 'aws/broken')]);
    expect(summary(result), listFindings(result)).toEqual([
      'check-incomplete aws_instance.batch', // (d)
      'forwarding-disabled aws_autoscaling_group.spot', // (b)
      'forwarding-disabled aws_instance.gpu', // (a)
      'subnet-mismatch aws_instance.edge', // (c)
    ]);
    const forwarding = findingsOf(result, 'forwarding-disabled');
    expect(forwarding.map((finding) => [finding.resource, finding.severity])).toEqual(
      expect.arrayContaining([
        ['aws_instance.gpu', 'error'],
        ['aws_launch_template.spot', 'warning'],
      ]),
    );
    expect(findingsOf(result, 'subnet-mismatch')[0]!.resource).toBe('aws_subnet.edge');
    expect(findingsOf(result, 'check-incomplete')[0]!.message).toContain('local.batch_subnet_id');
  });

  it("gce/broken (with the running cluster's nodes.json)", async () => {
    const result = await check([join(TF, 'gce/broken')]);
    expect(summary(result), listFindings(result)).toEqual([
      'check-incomplete google_compute_route.gpu_pods', // (d)
      'forwarding-disabled google_compute_instance.gpu_node', // (a)
      'forwarding-disabled google_compute_region_instance_group_manager.windows_pool', // (e)
      'route-missing k8s-lin-2', // (b)
      'route-not-applied k8s-lin-3', // (c)
    ]);
    expect(findingsOf(result, 'route-not-applied')[0]!.resource).toBe('stg-pods-k8s-lin-3');
    expect(findingsOf(result, 'forwarding-disabled').find((finding) => finding.severity === 'warning')?.resource).toBe(
      'google_compute_instance_template.windows_pool',
    );
    // Five running nodes, enriched by their Terraform instances, plus two planned ones: nobody counted twice.
    expect(result.snapshot.nodes.map((node) => node.name).sort()).toEqual([
      'google_compute_instance.gpu_node',
      'google_compute_region_instance_group_manager.windows_pool',
      'k8s-cp-0',
      'k8s-lin-1',
      'k8s-lin-2',
      'k8s-lin-3',
      'k8s-win-1',
    ]);
  });

  it("azure/broken (with the running cluster's nodes.json)", async () => {
    const result = await check([join(TF, 'azure/broken')]);
    expect(summary(result), listFindings(result)).toEqual([
      'check-incomplete azurerm_subnet_route_table_association.batch', // (d)
      'forwarding-disabled azurerm_linux_virtual_machine.gpu', // (a)
      'route-not-applied k8s-lin-1', // (b)
      'route-not-applied k8s-lin-2', // (b)
    ]);
    expect(findingsOf(result, 'forwarding-disabled')[0]!.resource).toBe('azurerm_network_interface.gpu');
    expect(
      findingsOf(result, 'route-not-applied')
        .map((finding) => finding.resource)
        .sort(),
    ).toEqual(['pods-k8s-lin-1', 'pods-k8s-lin-2']);
  });

  it('azure/state (a state, not a plan, with nodes.json)', async () => {
    const result = await check([join(TF, 'azure/state')]);
    expect(summary(result), listFindings(result)).toEqual(['forwarding-disabled k8s-lin-2']);
    const finding = findingsOf(result, 'forwarding-disabled')[0]!;
    expect(finding.resource).toBe('azurerm_network_interface.node["k8s-lin-2"]');
    const tf = await readFile(join(TF, 'azure/state/main.tf'), 'utf8');
    expect(finding.location).toEqual({
      file: join(TF, 'azure/state/main.tf'),
      ...lineOf(tf, 'enable_ip_forwarding = each.value.ip_forwarding'),
    });
    expect(result.report.sources.find((source) => source.file.endsWith('state.json'))?.format).toBe(
      'terraform-show-json',
    );
  });
});
