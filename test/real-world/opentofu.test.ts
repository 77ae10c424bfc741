import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../terraform/helpers.js';

/** `tofu show -json` prints Terraform's JSON format; only the provider registry and the version differ (SOURCES.md). */
const TOFU = resolve(import.meta.dirname, 'terraform/opentofu-1.8-aws');
const TERRAFORM = resolve(import.meta.dirname, '../../fixtures/terraform/aws/broken');

function outcome(result: Awaited<ReturnType<typeof check>>): string[] {
  return result.report.findings.map((finding) => `${finding.ruleId} ${finding.severity} ${finding.resource ?? ''}`);
}

describe('OpenTofu plans', () => {
  it('are read as Terraform plans: the same findings from the same plan printed by tofu 1.8', async () => {
    const tofu = await check([TOFU]);
    expect(tofu.report.sources.map((source) => source.format)).toEqual(['terraform-show-json']);
    expect(outcome(tofu)).toEqual(outcome(await check([TERRAFORM])));
    expect(outcome(tofu)).toContain('forwarding-disabled error aws_instance.gpu');
    expect(tofu.report.summary.passed).toBe(false);
  });
});
