import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT_FINDINGS } from '../../src/errors.js';
import { runCliCaptured as cli } from '../support/cli.js';
import {
  change,
  check,
  copyFixture,
  findingsOf,
  folderWith,
  listFindings,
  only,
  type Json,
} from '../terraform/helpers.js';
import { readFile } from 'node:fs/promises';

/** `terraform show -json` plans in the shapes azurerm 3.116 and 4.x print (see SOURCES.md). */
const PLANS = resolve(import.meta.dirname, 'terraform');
const NIC = 'azurerm_network_interface.node';
const VM = 'azurerm_linux_virtual_machine.node';

function plan(folder: string): Promise<Awaited<ReturnType<typeof check>>> {
  return check([join(PLANS, folder)]);
}

/** check-incomplete findings about the NIC (the plan has no route data: that gap is the same in every case). */
function nicGaps(result: Awaited<ReturnType<typeof check>>): string[] {
  return findingsOf(result, 'check-incomplete')
    .filter((finding) => finding.resource === NIC)
    .map((finding) => finding.message);
}

describe('azurerm IP forwarding in real-shaped plans', () => {
  it('3.116: enable_ip_forwarding known false wins over ip_forwarding_enabled unknown until apply (exit 1)', async () => {
    const result = await plan('azurerm-3.116-forwarding-false');
    const finding = only(result, 'forwarding-disabled');
    expect(finding).toMatchObject({ severity: 'error', resource: NIC, node: VM });
    expect(finding.remediation.text).toContain(`Set enable_ip_forwarding = true in ${NIC}`);
    expect(nicGaps(result), listFindings(result)).toEqual([]);
    expect(result.report.summary.passed).toBe(false);

    const run = await cli(
      'check',
      relative(process.cwd(), join(PLANS, 'azurerm-3.116-forwarding-false')),
      '--format',
      'json',
    );
    expect(run.code, run.stderr).toBe(EXIT_FINDINGS);
    const report = JSON.parse(run.stdout) as Json;
    expect(report.findings.map((f: Json) => `${f.ruleId} ${f.severity}`)).toContain('forwarding-disabled error');
  });

  it('4.x: ip_forwarding_enabled = true is forwarding on, with no gap', async () => {
    const result = await plan('azurerm-4-forwarding-true');
    expect(findingsOf(result, 'forwarding-disabled'), listFindings(result)).toEqual([]);
    expect(nicGaps(result), listFindings(result)).toEqual([]);
    expect(result.snapshot.nodes.map((node) => node.name)).toEqual([VM]);
  });

  it('3.116, neither name in the configuration: off, as Azure defaults it, although both are unknown until apply', async () => {
    const result = await plan('azurerm-3.116-forwarding-unset');
    expect(only(result, 'forwarding-disabled')).toMatchObject({ severity: 'error', resource: NIC, node: VM });
    expect(nicGaps(result), listFindings(result)).toEqual([]);
    expect(result.report.summary.passed).toBe(false);
  });

  it('3.116, set from an expression known only after apply: a check-incomplete warning, not a verdict', async () => {
    const result = await plan('azurerm-3.116-forwarding-after-apply');
    expect(findingsOf(result, 'forwarding-disabled'), listFindings(result)).toEqual([]);
    const gap = findingsOf(result, 'check-incomplete').find((finding) => finding.resource === NIC);
    expect(gap?.severity, listFindings(result)).toBe('warning');
    expect(gap?.message).toBe(
      `${NIC}: ip_forwarding_enabled is known only after apply: whether IP forwarding is enabled cannot be verified`,
    );
    expect(result.report.summary.passed).toBe(true);
  });

  it('tells "not set" only from the configuration: a plan without it leaves both unknown names a gap', async () => {
    const unset = JSON.parse(await readFile(join(PLANS, 'azurerm-3.116-forwarding-unset/plan.json'), 'utf8')) as Json;
    delete unset.configuration;
    const result = await check([await folderWith({ 'plan.json': unset })]);
    expect(findingsOf(result, 'forwarding-disabled'), listFindings(result)).toEqual([]);
    expect(nicGaps(result)).toContain(
      `${NIC}: ip_forwarding_enabled is known only after apply: whether IP forwarding is enabled cannot be verified`,
    );
  });

  it('reads a scale set network_interface block the same way (neither name set in a 3.x plan: off)', async () => {
    const copy = await copyFixture('azure/healthy');
    const plan = copy.json('plan.json');
    const pool = change(plan, 'azurerm_linux_virtual_machine_scale_set.pool').change;
    delete pool.after.network_interface[0].enable_ip_forwarding;
    pool.after_unknown.network_interface[0] = {
      ...pool.after_unknown.network_interface[0],
      enable_ip_forwarding: true,
      ip_forwarding_enabled: true,
    };
    const config = plan.configuration.root_module.resources.find(
      (resource: Json) => resource.address === 'azurerm_linux_virtual_machine_scale_set.pool',
    );
    delete config.expressions.network_interface[0].enable_ip_forwarding;
    const result = await copy.run();
    expect(only(result, 'forwarding-disabled').resource).toBe('azurerm_linux_virtual_machine_scale_set.pool');

    config.expressions.network_interface[0].ip_forwarding_enabled = { references: ['azurerm_subnet.nodes.id'] };
    const unknown = await copy.run();
    expect(findingsOf(unknown, 'forwarding-disabled'), listFindings(unknown)).toEqual([]);
    expect(
      findingsOf(unknown, 'check-incomplete').some(
        (finding) =>
          finding.resource === 'azurerm_linux_virtual_machine_scale_set.pool' &&
          finding.message.includes('whether IP forwarding is enabled cannot be verified'),
      ),
      listFindings(unknown),
    ).toBe(true);
  });
});
