import { describe, expect, it } from 'vitest';
import { findingsOf, listFindings, only, runFixture, type Json } from './helpers.js';

const RULE = 'check-incomplete';

describe('check-incomplete: nodes the cloud data does not hold', () => {
  it('reports a node whose instance is missing from the dumps', async () => {
    const result = await runFixture('fixtures/aws/broken');
    const finding = only(result, RULE);
    expect(finding.node).toBe('ip-10-0-1-130.ec2.internal');
    expect(finding.severity).toBe('warning');
    expect(finding.message).toBe(
      'node ip-10-0-1-130.ec2.internal (providerID aws:///us-east-1a/i-0e1f3a5b7c9d02468) matches no machine in the AWS data: its forwarding and network cannot be verified',
    );
    expect(finding.remediation.text).toContain('aws ec2 describe-instances --output json');
  });

  it('names the IPs of a node without providerID that no interface holds', async () => {
    const result = await runFixture('fixtures/aws/healthy', (files) => {
      const listing = files.get('network-interfaces.json');
      listing.NetworkInterfaces = listing.NetworkInterfaces.filter(
        (eni: Json) => eni.NetworkInterfaceId !== 'eni-03e5a7c9b1d2f4860',
      );
      for (const reservation of files.get('instances.json').Reservations) {
        reservation.Instances = reservation.Instances.filter((i: Json) => i.InstanceId !== 'i-0e5d7b9a1c3f60842');
      }
    });
    const finding = only(result, RULE);
    expect(finding.node).toBe('rancher-wrk-04');
    expect(finding.message).toContain('(IP 10.0.1.112)');
    expect(result.report.findings, listFindings(result)).toHaveLength(1);
  });
});

describe('check-incomplete: whole dumps missing give one finding, not one per node', () => {
  it('AWS without instance and interface data', async () => {
    const result = await runFixture('fixtures/aws/healthy', (files) => {
      files.delete('instances.json');
      files.delete('network-interfaces.json');
    });
    const finding = only(result, RULE);
    expect(finding.node).toBeUndefined();
    expect(finding.message).toMatch(
      /^no AWS instance data: the source\/destination check of 5 node\(s\) \(.* and 2 more\) cannot be verified$/,
    );
    expect(finding.remediation.text).toBe(
      'Add the output of `aws ec2 describe-instances --output json` to the inputs.',
    );
    expect(result.report.findings).toHaveLength(1);
    expect(findingsOf(result, 'forwarding-disabled')).toEqual([]);
  });

  it('Azure without NICs and VMs', async () => {
    const result = await runFixture('fixtures/azure/healthy', (files) => {
      files.delete('az-nics.json');
      files.delete('az-vms.json');
    });
    expect(only(result, RULE).message).toMatch(/^no Azure instance data: the IP forwarding of 5 node\(s\)/);
    expect(result.report.findings, listFindings(result)).toHaveLength(1);
  });

  it('Azure with VMs but without the NIC listing', async () => {
    const result = await runFixture('fixtures/azure/healthy', (files) => files.delete('az-nics.json'));
    const finding = only(result, RULE);
    expect(finding.node).toBeUndefined();
    expect(finding.message).toMatch(/^no Azure network interface data: the IP forwarding of 5 node\(s\)/);
    expect(finding.remediation.text).toBe('Add the output of `az network nic list -o json` to the inputs.');
    expect(result.report.findings, listFindings(result)).toHaveLength(1);
  });

  it('GCE without instance data: forwarding and the routes the nodes see are unverified, once each', async () => {
    const result = await runFixture('fixtures/gce/broken', (files) => files.delete('gcloud-instances.json'));
    expect(
      result.report.findings.map((f) => `${f.ruleId} ${f.node ?? f.resource ?? '-'}`).sort(),
      listFindings(result),
    ).toEqual([
      `${RULE} -`,
      `${RULE} -`,
      // Route staleness needs no instance data: the route's next hop is not a node either way.
      'route-stale stg-pods-k8s-lin-4',
    ]);
    expect(findingsOf(result, RULE).map((f) => f.message)).toEqual([
      expect.stringMatching(/^no GCE instance data: the canIpForward of 6 node\(s\)/),
      expect.stringMatching(/^the network of 6 node\(s\) \(.*\) is unknown: which routes they see cannot be verified$/),
    ]);
  });

  it('GCE without route data: no route findings, one finding saying routes were not checked', async () => {
    const result = await runFixture('fixtures/gce/broken', (files) => files.delete('gcloud-routes.json'));
    expect(result.report.findings.filter((f) => f.ruleId.startsWith('route-'))).toEqual([]);
    const finding = only(result, RULE);
    expect(finding.message).toBe('no GCE route data: whether every pod CIDR has a route cannot be verified');
    expect(finding.remediation.text).toBe(
      'Add the output of `gcloud compute routes list --format=json` to the inputs.',
    );
    expect(findingsOf(result, 'forwarding-disabled').map((f) => f.node)).toEqual(['k8s-lin-1']);
  });

  it('Azure without route tables', async () => {
    const result = await runFixture('fixtures/azure/healthy', (files) => files.delete('az-route-tables.json'));
    expect(only(result, RULE).message).toBe(
      'no Azure route data: whether every pod CIDR has a route cannot be verified',
    );
    expect(result.report.findings).toHaveLength(1);
  });

  it('bare metal without the subnet inventory', async () => {
    const result = await runFixture('fixtures/baremetal/healthy', (files) => files.delete('inventory.yaml'));
    const finding = only(result, RULE);
    expect(finding.message).toMatch(
      /^the subnet of 4 node\(s\) \(.*\) is unknown: whether all nodes share one layer-2 subnet cannot be verified$/,
    );
    expect(result.report.findings).toHaveLength(1);
  });

  it('no flannel backend anywhere', async () => {
    const result = await runFixture('fixtures/baremetal/healthy', (files) => {
      files.delete('kube-flannel-cfg.yaml');
      for (const n of files.get('nodes.json').items)
        delete n.metadata.annotations['flannel.alpha.coreos.com/backend-type'];
    });
    expect(findingsOf(result, RULE).map((f) => f.message)).toContain(
      'the flannel backend is unknown (no flannel ConfigMap, no backend-type annotation on any node)',
    );
  });
});

describe('check-incomplete: interface settings left out of the data', () => {
  it('an ENI listing trimmed of SourceDestCheck', async () => {
    const result = await runFixture('fixtures/aws/healthy', (files) => {
      for (const eni of files.get('network-interfaces.json').NetworkInterfaces) {
        if (eni.NetworkInterfaceId === 'eni-0a6c8e2b4d1f3a795') delete eni.SourceDestCheck;
      }
      for (const instance of files.get('instances.json').Reservations.flatMap((r: Json) => r.Instances)) {
        for (const eni of instance.NetworkInterfaces ?? [])
          if (eni.NetworkInterfaceId === 'eni-0a6c8e2b4d1f3a795') delete eni.SourceDestCheck;
      }
    });
    const finding = only(result, RULE);
    expect(finding.node).toBe('ip-10-0-1-88.ec2.internal');
    expect(finding.resource).toBe('eni-0a6c8e2b4d1f3a795');
    expect(finding.message).toBe(
      'the source/destination check setting of eni-0a6c8e2b4d1f3a795 is not in the data (trimmed query?)',
    );
  });
});

describe('check-incomplete with --strict', () => {
  it('turns every check-incomplete finding into an error and fails the run', async () => {
    const mutate = (files: { delete(name: string): void }) => files.delete('gcloud-routes.json');
    const lenient = await runFixture('fixtures/gce/healthy', mutate);
    expect(only(lenient, RULE).severity).toBe('warning');
    expect(lenient.report.summary.passed).toBe(true);

    const strict = await runFixture('fixtures/gce/healthy', mutate, { strict: true });
    expect(only(strict, RULE).severity).toBe('error');
    expect(strict.report.summary.errors).toBe(1);
    expect(strict.report.summary.passed).toBe(false);
  });

  it("leaves the other rules' severities alone", async () => {
    const result = await runFixture('fixtures/gce/broken', undefined, { strict: true });
    expect(findingsOf(result, 'route-stale').map((f) => f.severity)).toEqual(['warning']);
    expect(findingsOf(result, RULE)).toEqual([]);
  });
});
