import { describe, expect, it } from 'vitest';
import { EXIT_FINDINGS } from '../../src/errors.js';
import { runCliCaptured as cli } from '../support/cli.js';

/** Cloud data in the shapes REST APIs and show/describe commands print (see SOURCES.md, "REST shapes"). */
const DIR = 'test/real-world/rest';

interface Finding {
  readonly ruleId: string;
  readonly severity: string;
  readonly message: string;
  readonly node?: string;
  readonly resource?: string;
  readonly location?: { readonly file: string; readonly line?: number };
}

interface Report {
  readonly provider: string;
  readonly providerReason: string;
  readonly findings: readonly Finding[];
}

async function check(...files: string[]): Promise<{ code: number; report: Report; stderr: string }> {
  const result = await cli('check', ...files.map((file) => `${DIR}/${file}`), '--format', 'json');
  return { code: result.code, report: JSON.parse(result.stdout || '{}') as Report, stderr: result.stderr };
}

const errors = (report: Report, ruleId: string) =>
  report.findings.filter((finding) => finding.ruleId === ruleId && finding.severity === 'error');

describe('provider inferred from any cloud data', () => {
  it('takes nodes without providerID next to ENIs and subnets as AWS, so a source/dest check on is an error', async () => {
    const { code, report } = await check('aws/kubeadm-nodes.json', 'aws/network-interfaces.json', 'aws/subnets.json');
    expect(report.provider).toBe('aws');
    expect(report.providerReason).toBe('from the aws data (aws-describe-network-interfaces, aws-describe-subnets)');
    const forwarding = errors(report, 'forwarding-disabled');
    expect(forwarding.map((finding) => finding.node)).toEqual(['ip-10-0-1-149.ec2.internal']);
    expect(forwarding[0]!.message).toContain('eni-0f9b2d4c6e8a01357');
    expect(code).toBe(EXIT_FINDINGS);
  });
});
