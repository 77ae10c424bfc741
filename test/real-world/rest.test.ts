import { describe, expect, it } from 'vitest';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT_FINDINGS, EXIT_USAGE } from '../../src/errors.js';
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

/** Files under DIR are named relative to it; the repository's demo fixtures by their own path. */
async function check(...files: string[]): Promise<{ code: number; report: Report; stderr: string }> {
  const paths = files.map((file) => (file.startsWith('fixtures/') ? file : `${DIR}/${file}`));
  const result = await cli('check', ...paths, '--format', 'json');
  return { code: result.code, report: JSON.parse(result.stdout || '{}') as Report, stderr: result.stderr };
}

/** What a finding says, without where it was read from: the same cluster in two shapes must say the same. */
const said = (report: Report) =>
  report.findings
    .map((finding) => `${finding.ruleId} ${finding.severity} ${finding.node ?? ''} ${finding.message}`)
    .sort();

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

const AZ = 'fixtures/azure/broken';
const GCE = 'fixtures/gce/broken';
const AWS = 'fixtures/aws/broken';

describe('Azure Resource Manager lists ({"value": [...]}, fields under "properties")', () => {
  it('judges the REST shape of NICs, route tables and subnets as the az CLI shape', async () => {
    const az = await check(AZ);
    const rest = await check(
      `${AZ}/nodes.json`,
      `${AZ}/kube-flannel-cfg.yaml`,
      `${AZ}/az-vms.json`,
      'azure/nics-arm.json',
      'azure/route-tables-arm.json',
      'azure/subnets-arm.json',
    );
    expect(rest.report.provider).toBe('azure');
    expect(said(az.report).length).toBeGreaterThan(3);
    expect(said(rest.report)).toEqual(said(az.report));
    expect(rest.code).toBe(az.code);
  });

  it('judges the REST shape of NSGs and VMs as the az CLI shape', async () => {
    const folder = 'fixtures/firewall/azure/broken';
    const az = await check(folder);
    const rest = await check(
      `${folder}/nodes.json`,
      `${folder}/kube-flannel-cfg.yaml`,
      `${folder}/az-nics.json`,
      `${folder}/az-route-tables.json`,
      `${folder}/az-subnets.json`,
      'azure/nsgs-arm.json',
      'azure/vms-arm.json',
    );
    expect(errors(az.report, 'pod-traffic-blocked').length).toBeGreaterThan(0);
    expect(said(rest.report)).toEqual(said(az.report));
  });

  it('names the NIC whose properties.enableIPForwarding is false, at that line of the REST file', async () => {
    const { report } = await check(
      `${AZ}/nodes.json`,
      `${AZ}/kube-flannel-cfg.yaml`,
      'azure/nics-arm.json',
      'azure/route-tables-arm.json',
      'azure/subnets-arm.json',
    );
    const forwarding = errors(report, 'forwarding-disabled');
    expect(forwarding.map((finding) => finding.node)).toEqual(['k8s-lin-2']);
    expect(forwarding[0]!.message).toContain('k8s-lin-2-nic');
    expect(forwarding[0]!.location?.file).toBe(`${DIR}/azure/nics-arm.json`);
    expect(forwarding[0]!.location?.line).toBe(76);
  });

  it('names the line of a malformed route prefix nested in properties', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'hostgw-rest-'));
    const file = join(folder, 'route-tables.json');
    const text = await readFile(`${DIR}/azure/route-tables-arm.json`, 'utf8');
    await writeFile(file, text.replace('"addressPrefix": "10.244.1.0/24"', '"addressPrefix": "10.244.1.0/33"'));
    const result = await cli('check', `${AZ}/nodes.json`, file, '--format', 'json');
    const line = text.split('\n').findIndex((row) => row.includes('"10.244.1.0/24"')) + 1;
    expect(result.code).toBe(EXIT_USAGE);
    expect(result.stderr).toContain(`${file}:${line}:`);
    expect(result.stderr).toContain('addressPrefix: "10.244.1.0/33" is not a valid CIDR');
  });

  it('reads one NIC printed by az network nic show', async () => {
    const { report } = await check(`${AZ}/nodes.json`, `${AZ}/kube-flannel-cfg.yaml`, 'azure/nic-show.json');
    expect(errors(report, 'forwarding-disabled').map((finding) => finding.node)).toEqual(['k8s-lin-2']);
  });
});

describe('GCE REST lists (compute#…List, compute#…AggregatedList) and single resources', () => {
  it('judges an aggregated instance list, a route list and an aggregated subnetwork list as gcloud output', async () => {
    const gcloud = await check(GCE);
    const rest = await check(
      `${GCE}/nodes.yaml`,
      `${GCE}/kube-flannel-cfg.yaml`,
      'gce/instances-aggregated.json',
      'gce/routes-list.json',
      'gce/subnetworks-aggregated.json',
    );
    expect(rest.report.provider).toBe('gce');
    expect(said(gcloud.report).length).toBeGreaterThan(3);
    expect(said(rest.report)).toEqual(said(gcloud.report));
    const forwarding = errors(rest.report, 'forwarding-disabled');
    expect(forwarding.map((finding) => finding.node)).toEqual(['k8s-lin-1']);
    expect(forwarding[0]!.location?.file).toBe(`${DIR}/gce/instances-aggregated.json`);
    expect(forwarding[0]!.location?.line).toBeGreaterThan(1);
  });

  it('judges a firewall list page as gcloud output', async () => {
    const folder = 'fixtures/firewall/gce/broken';
    const gcloud = await check(folder);
    const rest = await check(
      `${folder}/nodes.yaml`,
      `${folder}/kube-flannel-cfg.yaml`,
      `${folder}/gcloud-instances.json`,
      `${folder}/gcloud-routes.json`,
      `${folder}/gcloud-subnets.json`,
      'gce/firewalls-list.json',
    );
    expect(errors(gcloud.report, 'pod-traffic-blocked').length).toBeGreaterThan(0);
    expect(said(rest.report)).toEqual(said(gcloud.report));
  });

  it('reads a zonal instance list page and one instance from gcloud compute instances describe', async () => {
    for (const file of ['gce/instances-list.json', 'gce/instance-describe.json']) {
      const { report } = await check(`${GCE}/nodes.yaml`, `${GCE}/kube-flannel-cfg.yaml`, file);
      expect(errors(report, 'forwarding-disabled').map((finding) => finding.node)).toEqual(['k8s-lin-1']);
    }
  });
});

describe('AWS CLI output trimmed by --query', () => {
  it("judges the reservations array of --query 'Reservations' as the whole page", async () => {
    const whole = await check(AWS);
    const query = await check(
      `${AWS}/nodes.json`,
      `${AWS}/kube-flannel-cfg.yaml`,
      `${AWS}/network-interfaces.json`,
      `${AWS}/subnets.json`,
      `${AWS}/vpcs.json`,
      'aws/reservations-query.json',
    );
    expect(said(whole.report).length).toBeGreaterThan(3);
    expect(said(query.report)).toEqual(said(whole.report));
  });

  it('reads one reservation, one instance and one ENI', async () => {
    for (const file of ['aws/reservation.json', 'aws/instance.json', 'aws/network-interface.json']) {
      const { report } = await check(`${AWS}/nodes.json`, `${AWS}/kube-flannel-cfg.yaml`, file);
      expect(report.provider).toBe('aws');
      expect(errors(report, 'forwarding-disabled').map((finding) => finding.node)).toEqual([
        'ip-10-0-1-88.ec2.internal',
      ]);
    }
  });
});
