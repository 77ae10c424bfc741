import { describe, expect, it } from 'vitest';
import { EXIT_FINDINGS, EXIT_OK } from '../../src/errors.js';
import { runCliCaptured as cli } from '../support/cli.js';

/** Node lists in the shape `kubectl get nodes -o json` prints, with providerIDs of every kind (see SOURCES.md). */
const OPENSTACK = 'test/real-world/kubernetes/openstack-nodes.json';
const K3S = 'test/real-world/kubernetes/k3s-nodes.json';
const K3S_EC2 = 'test/real-world/aws/k3s-instances.json';

interface Finding {
  readonly ruleId: string;
  readonly severity: string;
  readonly message: string;
  readonly node?: string;
  readonly resource?: string;
}

interface Report {
  readonly provider: string;
  readonly providerReason: string;
  readonly findings: readonly Finding[];
}

async function check(...args: string[]): Promise<{ code: number; report: Report }> {
  const result = await cli('check', ...args, '--format', 'json');
  return { code: result.code, report: JSON.parse(result.stdout) as Report };
}

const uncheckedCloud = (report: Report) =>
  report.findings.filter((finding) => finding.ruleId === 'check-incomplete' && /does not check/.test(finding.message));

describe('nodes of every providerID scheme, read from files', () => {
  it('names the OpenStack nodes and what is not verified there in one check-incomplete finding', async () => {
    const { code, report } = await check(OPENSTACK);
    expect(report.provider).toBe('baremetal');
    expect(report.providerReason).toContain('clouds this tool does not check (OpenStack)');
    const gaps = uncheckedCloud(report);
    expect(gaps).toHaveLength(1);
    expect(gaps[0]!.severity).toBe('warning');
    expect(gaps[0]!.message).toContain(
      '3 node(s) run on a cloud this tool does not check, so only what bare metal needs was checked; OpenStack: k8s-os-master-0, k8s-os-worker-0, k8s-os-worker-1 (not verified: port security and allowed-address-pairs',
    );
    expect(code).toBe(EXIT_OK);

    const strict = await check(OPENSTACK, '--strict');
    expect(uncheckedCloud(strict.report)[0]?.severity).toBe('error');
    expect(strict.code).toBe(EXIT_FINDINGS);
  });

  it('takes k3s:// nodes without cloud data as bare metal, with no unchecked cloud', async () => {
    const { code, report } = await check(K3S);
    expect(report.provider).toBe('baremetal');
    expect(report.providerReason).toContain('providerIDs that name no cloud (k3s://)');
    expect(uncheckedCloud(report)).toEqual([]);
    expect(report.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(code).toBe(EXIT_OK);
  });

  it("joins k3s:// nodes to EC2 instances by IP, so the agent's source/destination check is an error", async () => {
    const { code, report } = await check(K3S, K3S_EC2);
    expect(report.provider).toBe('aws');
    expect(uncheckedCloud(report)).toEqual([]);
    const forwarding = report.findings.filter((finding) => finding.ruleId === 'forwarding-disabled');
    expect(forwarding).toEqual([
      expect.objectContaining({ severity: 'error', node: 'ip-10-20-1-11', resource: 'eni-0b8002d4f6a8c1e31' }),
    ]);
    expect(code).toBe(EXIT_FINDINGS);
  });
});
