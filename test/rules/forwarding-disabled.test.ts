import { describe, expect, it } from 'vitest';
import { findingsOf, listFindings, named, only, runFixture, type Json } from './helpers.js';

const RULE = 'forwarding-disabled';

/** Every copy of an ENI: the describe-network-interfaces listing and the one embedded in describe-instances. */
function eniCopies(files: { get(name: string): Json }, eniId: string): Json[] {
  const listed = files
    .get('network-interfaces.json')
    .NetworkInterfaces.filter((eni: Json) => eni.NetworkInterfaceId === eniId);
  const embedded = files
    .get('instances.json')
    .Reservations.flatMap((r: Json) => r.Instances)
    .flatMap((i: Json) => i.NetworkInterfaces ?? [])
    .filter((eni: Json) => eni.NetworkInterfaceId === eniId);
  expect(listed.length + embedded.length).toBeGreaterThan(0);
  return [...listed, ...embedded];
}

function awsInstance(files: { get(name: string): Json }, instanceId: string): Json {
  const instance = files
    .get('instances.json')
    .Reservations.flatMap((r: Json) => r.Instances)
    .find((i: Json) => i.InstanceId === instanceId);
  expect(instance).toBeDefined();
  return instance;
}

describe('forwarding-disabled on AWS (per ENI)', () => {
  it('fires for the device-1 ENI carrying the node IP although the instance attribute says false', async () => {
    const result = await runFixture('fixtures/aws/broken', (files) => {
      // The premise of fault (b): the instance-level attribute and the primary ENI are fine.
      const instance = awsInstance(files, 'i-0d3e5f7a9b1c24680');
      expect(instance.SourceDestCheck).toBe(false);
      expect(eniCopies(files, 'eni-0e4f6a8b0c2d35791').every((eni) => eni.SourceDestCheck === false)).toBe(true);
    });
    const findings = findingsOf(result, RULE).filter((f) => f.node === 'ip-10-0-1-57.ec2.internal');
    expect(findings).toHaveLength(1);
    const finding = findings[0]!;
    expect(finding.severity).toBe('error');
    expect(finding.resource).toBe('eni-0a5b7c9d1e3f46802');
    expect(finding.provider).toBe('aws');
    expect(finding.message).toContain('the source/destination check is on on eni-0a5b7c9d1e3f46802');
    expect(finding.message).toContain('10.0.1.140');
    expect(finding.remediation.command).toBe(
      'aws ec2 modify-network-interface-attribute --network-interface-id eni-0a5b7c9d1e3f46802 --no-source-dest-check --region us-east-1',
    );
  });

  it('fires for a Windows node and says so', async () => {
    const result = await runFixture('fixtures/aws/broken');
    const finding = findingsOf(result, RULE).find((f) => f.node === 'ip-10-0-1-88.ec2.internal');
    expect(finding?.resource).toBe('eni-0b7c9d1e3f5a68024');
    expect(finding?.message).toContain("Windows node ip-10-0-1-88.ec2.internal's IP 10.0.1.88");
    expect(finding?.remediation.command).toBe(
      'aws ec2 modify-network-interface-attribute --network-interface-id eni-0b7c9d1e3f5a68024 --no-source-dest-check --region us-east-1',
    );
  });

  it('trusts the interface listing over the instance attribute and the embedded copy', async () => {
    const result = await runFixture('fixtures/aws/healthy', (files) => {
      const listed = files
        .get('network-interfaces.json')
        .NetworkInterfaces.find((eni: Json) => eni.NetworkInterfaceId === 'eni-05c7e9a1b3d5f7092');
      listed.SourceDestCheck = true;
    });
    const finding = only(result, RULE);
    expect(finding.node).toBe('ip-10-0-1-57.ec2.internal');
    expect(finding.resource).toBe('eni-05c7e9a1b3d5f7092');
    expect(result.report.findings).toHaveLength(1);
  });

  it('ignores a secondary ENI that does not carry the node IP', async () => {
    const result = await runFixture('fixtures/aws/healthy', (files) => {
      for (const eni of eniCopies(files, 'eni-0d8f1a3c5e7b9d246')) eni.SourceDestCheck = true;
    });
    expect(result.report.findings, listFindings(result)).toEqual([]);
  });

  it('ignores machines that are not nodes (the bastion keeps its check on)', async () => {
    const result = await runFixture('fixtures/aws/healthy', (files) => {
      expect(eniCopies(files, 'eni-0e7a9c1b3d5f28461').every((eni) => eni.SourceDestCheck === true)).toBe(true);
    });
    expect(findingsOf(result, RULE)).toEqual([]);
  });

  it('fires for a node joined only by its IP (no providerID)', async () => {
    const result = await runFixture('fixtures/aws/healthy', (files) => {
      for (const eni of eniCopies(files, 'eni-03e5a7c9b1d2f4860')) eni.SourceDestCheck = true;
    });
    const finding = only(result, RULE);
    expect(finding.node).toBe('rancher-wrk-04');
    expect(finding.resource).toBe('eni-03e5a7c9b1d2f4860');
  });

  it('falls back to the instance attribute when the listing has no ENIs, and fixes it at instance level', async () => {
    const result = await runFixture('fixtures/aws/healthy', (files) => {
      files.delete('network-interfaces.json');
      for (const instance of files.get('instances.json').Reservations.flatMap((r: Json) => r.Instances))
        delete instance.NetworkInterfaces;
      awsInstance(files, 'i-0c47e1a9b3d6f2058').SourceDestCheck = true;
    });
    const finding = only(result, RULE);
    expect(finding.node).toBe('ip-10-0-1-88.ec2.internal');
    expect(finding.resource).toBe('i-0c47e1a9b3d6f2058/primary');
    expect(finding.message).toContain('Windows node');
    expect(finding.remediation.command).toBe(
      'aws ec2 modify-instance-attribute --instance-id i-0c47e1a9b3d6f2058 --no-source-dest-check --region us-east-1',
    );
  });
});

describe('forwarding-disabled on GCE (canIpForward)', () => {
  it('fires for an instance with canIpForward false, with the export/update-from-file fix', async () => {
    const result = await runFixture('fixtures/gce/broken');
    const finding = only(result, RULE);
    expect(finding.node).toBe('k8s-lin-1');
    expect(finding.severity).toBe('error');
    expect(finding.resource).toBe('projects/acme-staging/zones/europe-west4-a/instances/k8s-lin-1/nic0');
    expect(finding.message).toContain('canIpForward is false on k8s-lin-1/nic0');
    expect(finding.remediation.command).toContain(
      'gcloud compute instances export k8s-lin-1 --project acme-staging --zone europe-west4-a',
    );
    expect(finding.remediation.command).toContain(
      'gcloud compute instances update-from-file k8s-lin-1 --project acme-staging --zone europe-west4-a',
    );
  });

  it('states what GCE asks of the change: a restart, no local SSD, and actAs on the VM service account', async () => {
    const { text } = only(await runFixture('fixtures/gce/broken'), RULE).remediation;
    expect(text).toContain('GCE changes it only by stopping and starting the VM');
    expect(text).toContain('A VM with a local SSD refuses the update');
    expect(text).toContain(
      'The VM runs as service account stg-nodes@acme-staging.iam.gserviceaccount.com: besides compute.instances.update, the caller needs roles/iam.serviceAccountUser on it.',
    );
    const anonymous = await runFixture('fixtures/gce/broken', (files) => {
      delete named(files.get('gcloud-instances.json'), 'k8s-lin-1').serviceAccounts;
    });
    expect(only(anonymous, RULE).remediation.text).toContain(
      'If the VM runs as a service account, the caller needs roles/iam.serviceAccountUser on it',
    );
  });

  it('fires for a Windows node, and when the API leaves canIpForward out', async () => {
    const result = await runFixture('fixtures/gce/healthy', (files) => {
      const instances = files.get('gcloud-instances.json');
      named(instances, 'k8s-win-pool-1').canIpForward = false;
      delete named(instances, 'k8s-lin-pool-2').canIpForward;
    });
    const findings = findingsOf(result, RULE);
    expect(findings.map((f) => f.node).sort()).toEqual(['k8s-lin-pool-2', 'k8s-win-pool-1']);
    const windows = findings.find((f) => f.node === 'k8s-win-pool-1')!;
    expect(windows.message).toContain("Windows node k8s-win-pool-1's IP 10.30.0.5");
    expect(windows.remediation.command).toContain('--zone us-central1-b');
    expect(result.report.findings).toHaveLength(2);
  });

  it('tells to fix the instance template of a managed instance', async () => {
    const result = await runFixture('fixtures/gce/healthy', (files) => {
      const instance = named(files.get('gcloud-instances.json'), 'k8s-lin-pool-1');
      instance.canIpForward = false;
      instance.metadata = {
        ...instance.metadata,
        items: [
          ...(instance.metadata?.items ?? []),
          { key: 'created-by', value: 'projects/123/zones/us-central1-a/instanceGroupManagers/lin-pool' },
        ],
      };
    });
    expect(only(result, RULE).remediation.text).toContain('belongs to lin-pool');
  });

  it('ignores the non-node bastion with canIpForward false', async () => {
    const result = await runFixture('fixtures/gce/healthy', (files) => {
      expect(named(files.get('gcloud-instances.json'), 'k8s-bastion').canIpForward).toBe(false);
    });
    expect(findingsOf(result, RULE)).toEqual([]);
  });
});

describe('forwarding-disabled on Azure (NIC IP forwarding)', () => {
  it('fires with the newer key casing (enableIpForwarding)', async () => {
    const result = await runFixture('fixtures/azure/broken', (files) => {
      expect(named(files.get('az-nics.json'), 'k8s-lin-2-nic')).toHaveProperty('enableIpForwarding', false);
    });
    const finding = only(result, RULE);
    expect(finding.node).toBe('k8s-lin-2');
    expect(finding.severity).toBe('error');
    expect(finding.resource?.toLowerCase()).toMatch(
      /\/resourcegroups\/k8s-prod-rg\/providers\/microsoft\.network\/networkinterfaces\/k8s-lin-2-nic$/,
    );
    expect(finding.message).toContain('IP forwarding is disabled on k8s-lin-2-nic');
    expect(finding.remediation.command).toMatch(
      /^az network nic update --ids \S+\/networkinterfaces\/k8s-lin-2-nic --ip-forwarding true$/i,
    );
  });

  it('fires with the older key casing (enableIPForwarding), for a dual-stack Windows node', async () => {
    const result = await runFixture('fixtures/azure/healthy', (files) => {
      const nic = named(files.get('az-nics.json'), 'k8s-win-b1-nic');
      expect(nic).toHaveProperty('enableIPForwarding', true);
      nic.enableIPForwarding = false;
    });
    const finding = only(result, RULE);
    expect(finding.node).toBe('k8s-win-b1');
    expect(finding.message).toContain("Windows node k8s-win-b1's IP 10.20.2.5, fd00:20:0:2::5");
    expect(finding.remediation.command).toMatch(/--ids \S+\/networkinterfaces\/k8s-win-b1-nic --ip-forwarding true$/i);
    expect(result.report.findings).toHaveLength(1);
  });

  it('reads the newer casing as enabled too (no finding when every NIC forwards)', async () => {
    const result = await runFixture('fixtures/azure/healthy', (files) => {
      for (const nic of files.get('az-nics.json')) {
        nic.enableIpForwarding = nic.enableIPForwarding;
        delete nic.enableIPForwarding;
      }
    });
    expect(result.report.findings, listFindings(result)).toEqual([]);
  });

  it('fires with the newer casing on a NIC of the healthy cluster', async () => {
    const result = await runFixture('fixtures/azure/healthy', (files) => {
      const nic = named(files.get('az-nics.json'), 'k8s-lin-a2-nic');
      delete nic.enableIPForwarding;
      nic.enableIpForwarding = false;
    });
    expect(only(result, RULE).node).toBe('k8s-lin-a2');
  });
});

describe('forwarding-disabled from an inventory (vSphere)', () => {
  it('fires for a node the inventory declares without forwarding', async () => {
    const result = await runFixture('fixtures/inventory', (files) => {
      const inventory = files.get('vsphere-lab.yaml');
      inventory.spec.nodes.find((n: Json) => n.name === 'lab-win-1').forwarding = false;
    });
    const finding = only(result, RULE);
    expect(finding.node).toBe('lab-win-1');
    expect(finding.provider).toBe('vsphere');
    expect(finding.message).toContain('declared by the inventory');
    expect(finding.remediation.text).toContain('security policy');
  });
});
