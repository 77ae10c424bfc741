import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { runCliCaptured as cli } from '../support/cli.js';
import { planJson } from '../terraform/plans.js';

/**
 * The foreign-VPC twin: a node without a providerID is joined to a cloud machine by its address. A dump may hold a
 * machine of another network (or a second one of the same) with that address; it must never become the node's
 * `--fix` target. Everything runs through the CLI with `--fix plan` and JSON output, on copies of the fixtures.
 */

type Json = any;

interface JsonFinding {
  ruleId: string;
  node?: string;
  resource?: string;
  message: string;
  fingerprint: string;
}

interface Outcome {
  findings: JsonFinding[];
  /** The plan as printed: every resource, command and reason a fix step names. */
  planText: string;
  plan: { action: string; resource?: string; node?: string; scope: string }[];
}

const ROOT = join(import.meta.dirname, '../..');
const created: string[] = [];
afterAll(() => Promise.all(created.map((dir) => rm(dir, { recursive: true, force: true }))));

/** Copies a fixture folder, lets `edit` change its parsed files in place, and runs `check --fix plan` on the copy. */
async function run(fixture: string, edit: (files: Map<string, Json>) => void): Promise<Outcome> {
  const dir = await mkdtemp(join(tmpdir(), 'hostgw-joins-'));
  created.push(dir);
  await cp(join(ROOT, 'fixtures', fixture), dir, { recursive: true });
  const files = new Map<string, Json>();
  for (const name of await readdir(dir)) {
    const text = await readFile(join(dir, name), 'utf8');
    files.set(name, name.endsWith('.json') ? JSON.parse(text) : parse(text));
  }
  edit(files);
  for (const [name, value] of files)
    await writeFile(join(dir, name), name.endsWith('.json') ? JSON.stringify(value, null, 2) : stringify(value));
  const result = await cli('check', dir, '--format', 'json', '--fix', 'plan');
  expect(result.stderr).toBe('');
  const report = JSON.parse(result.stdout);
  return { findings: report.findings, plan: report.plan, planText: JSON.stringify(report.plan) };
}

/** A copy of `value` with every id of `renames` replaced. */
function renamed(value: Json, renames: Record<string, string>): Json {
  let text = JSON.stringify(value);
  for (const [from, to] of Object.entries(renames)) text = text.split(from).join(to);
  return JSON.parse(text);
}

function joinGap(outcome: Outcome, node: string): JsonFinding | undefined {
  return outcome.findings.find(
    (f) => f.ruleId === 'check-incomplete' && f.node === node && f.message.includes('none is taken as its machine'),
  );
}

function forwardingOf(outcome: Outcome, node: string): JsonFinding[] {
  return outcome.findings.filter((f) => f.ruleId === 'forwarding-disabled' && f.node === node);
}

function withoutProviderIds(nodes: Json): void {
  for (const item of nodes.items) delete item.spec.providerID;
}

describe('AWS: rancher-wrk-04 has no providerID and is joined by its IP 10.0.1.112', () => {
  const NODE = 'rancher-wrk-04';
  const OWN = { instance: 'i-0e5d7b9a1c3f60842', eni: 'eni-03e5a7c9b1d2f4860' };
  const VPC_A = 'vpc-07c4e9a2b5d8f1036';
  const VPC_B = 'vpc-0b0b0b0b0b0b0b0b0';
  const TWIN = { instance: 'i-0b0b0b0b0b0b0b0b0', eni: 'eni-0b0b0b0b0b0b0b0b0' };
  const TWIN2 = { instance: 'i-0c0c0c0c0c0c0c0c0', eni: 'eni-0c0c0c0c0c0c0c0c0' };

  const ownInstance = (files: Map<string, Json>) =>
    files.get('instances.json').Reservations.find((r: Json) => r.Instances[0].InstanceId === OWN.instance);
  const ownEni = (files: Map<string, Json>) =>
    files.get('network-interfaces.json').NetworkInterfaces.find((e: Json) => e.NetworkInterfaceId === OWN.eni);

  /** A copy of rancher-wrk-04's machine (same IP) with the source/destination check on, listed first. */
  function addTwin(files: Map<string, Json>, ids: typeof TWIN, vpc: string): void {
    const renames = {
      [OWN.instance]: ids.instance,
      [OWN.eni]: ids.eni,
      [VPC_A]: vpc,
      ...(vpc === VPC_A ? {} : { 'subnet-0c1e5a7f3b9d20461': 'subnet-0b0b0b0b0b0b0b0b0' }),
    };
    const reservation = renamed(ownInstance(files), renames);
    const instance = reservation.Instances[0];
    instance.SourceDestCheck = true;
    for (const eni of instance.NetworkInterfaces) eni.SourceDestCheck = true;
    const eni = renamed(ownEni(files), renames);
    eni.SourceDestCheck = true;
    files.get('instances.json').Reservations.unshift(reservation);
    files.get('network-interfaces.json').NetworkInterfaces.unshift(eni);
  }

  function removeOwn(files: Map<string, Json>): void {
    const reservations = files.get('instances.json').Reservations;
    reservations.splice(reservations.indexOf(ownInstance(files)), 1);
    const enis = files.get('network-interfaces.json').NetworkInterfaces;
    enis.splice(enis.indexOf(ownEni(files)), 1);
  }

  it('the foreign-VPC twin (the only holder of the IP, in vpc-B) is not joined and never a fix target', async () => {
    const outcome = await run('aws/healthy', (files) => {
      addTwin(files, TWIN, VPC_B);
      removeOwn(files);
    });
    expect(outcome.planText).not.toContain(TWIN.instance);
    expect(outcome.planText).not.toContain(TWIN.eni);
    expect(
      outcome.findings.filter((f) => f.ruleId !== 'check-incomplete' && `${f.resource}${f.message}`.includes(TWIN.eni)),
    ).toEqual([]);
    expect(forwardingOf(outcome, NODE)).toEqual([]);
    const gap = joinGap(outcome, NODE);
    expect(gap?.message).toContain(`${TWIN.instance} (${VPC_B})`);
    expect(gap?.message).toContain(`outside the cluster's network (${VPC_A})`);
  });

  it('with the IP in vpc-A and vpc-B, the node joins its vpc-A machine and the twin is left alone', async () => {
    const outcome = await run('aws/healthy', (files) => addTwin(files, TWIN, VPC_B));
    expect(outcome.findings).toEqual([]);
    expect(outcome.plan).toEqual([]);
  });

  it('two machines of the cluster VPC sharing the IP: check-incomplete names both, neither is a fix target', async () => {
    const outcome = await run('aws/healthy', (files) => {
      addTwin(files, TWIN, VPC_A);
      // The node's own machine needs fixing too: neither may be touched while it is unclear which one it is.
      ownEni(files).SourceDestCheck = true;
    });
    for (const id of [TWIN.instance, TWIN.eni, OWN.instance, OWN.eni]) expect(outcome.planText).not.toContain(id);
    expect(forwardingOf(outcome, NODE)).toEqual([]);
    const gap = joinGap(outcome, NODE);
    expect(gap?.message).toContain(`${OWN.instance} (${VPC_A})`);
    expect(gap?.message).toContain(`${TWIN.instance} (${VPC_A})`);
  });

  it('the new finding keeps its fingerprint whichever machines hold the address', async () => {
    const shared = joinGap(await run('aws/healthy', (files) => addTwin(files, TWIN, VPC_A)), NODE);
    const other = joinGap(await run('aws/healthy', (files) => addTwin(files, TWIN2, VPC_A)), NODE);
    const outside = joinGap(await run('aws/healthy', (files) => (addTwin(files, TWIN, VPC_B), removeOwn(files))), NODE);
    expect(shared?.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(other?.fingerprint).toBe(shared?.fingerprint);
    expect(outside?.fingerprint).toBe(shared?.fingerprint);
  });

  it('a Terraform-declared twin in vpc-B holding the IP is not matched to the node either', async () => {
    const keep = ['aws_vpc.shadow', 'aws_subnet.shadow', 'aws_instance.shadow'];
    const plan = planJson([
      { address: keep[0]!, actions: ['no-op'], after: { id: VPC_B, cidr_block: '10.0.0.0/16' } },
      {
        address: keep[1]!,
        actions: ['no-op'],
        after: { id: 'subnet-0b0b0b0b0b0b0b0b0', vpc_id: VPC_B, cidr_block: '10.0.1.0/24' },
      },
      {
        address: keep[2]!,
        actions: ['no-op'],
        after: {
          id: TWIN.instance,
          private_ip: '10.0.1.112',
          subnet_id: 'subnet-0b0b0b0b0b0b0b0b0',
          source_dest_check: true,
          tags: { 'kubernetes.io/cluster/prod': 'owned' },
        },
      },
    ]);
    const outcome = await run('aws/healthy', (files) => {
      removeOwn(files);
      files.set('plan.json', plan);
    });
    expect(outcome.planText).not.toContain(TWIN.instance);
    expect(outcome.planText).not.toContain('aws_instance.shadow');
    expect(forwardingOf(outcome, NODE)).toEqual([]);
    expect(joinGap(outcome, NODE)?.message).toContain(`${TWIN.instance} (${VPC_B})`);
  });

  it('no providerID anywhere (Rancher custom cluster), unique IP: joined by address as before, and fixable', async () => {
    const outcome = await run('aws/healthy', (files) => {
      withoutProviderIds(files.get('nodes.json'));
      ownEni(files).SourceDestCheck = true;
    });
    expect(joinGap(outcome, NODE)).toBeUndefined();
    expect(forwardingOf(outcome, NODE).map((f) => f.resource)).toEqual([OWN.eni]);
    expect(outcome.plan.filter((step) => step.resource === OWN.eni).map((step) => [step.action, step.scope])).toEqual([
      ['aws-eni-source-dest-check', 'node'],
    ]);
  });

  it('no providerID anywhere, the IP held twice: check-incomplete, and no fix step for either machine', async () => {
    const outcome = await run('aws/healthy', (files) => {
      withoutProviderIds(files.get('nodes.json'));
      addTwin(files, TWIN, VPC_B);
    });
    expect(outcome.planText).not.toContain(TWIN.instance);
    expect(outcome.planText).not.toContain(TWIN.eni);
    expect(forwardingOf(outcome, NODE)).toEqual([]);
    const gap = joinGap(outcome, NODE);
    expect(gap?.message).toContain(`${TWIN.instance} (${VPC_B})`);
    expect(gap?.message).toContain(`${OWN.instance} (${VPC_A})`);
  });
});

describe('GCE: k8s-lin-pool-1 without providerID', () => {
  const NODE = 'k8s-lin-pool-1';
  const OTHER_NETWORK = 'projects/other-project/global/networks/shadow-vpc';

  it('an instance of another network holding its IP 10.30.0.3 is not joined and never a fix target', async () => {
    const outcome = await run('gce/healthy', (files) => {
      const node = files.get('nodes.yaml').items.find((item: Json) => item.metadata.name === NODE);
      delete node.spec.providerID;
      const instances = files.get('gcloud-instances.json');
      const own = instances.findIndex((instance: Json) => instance.name === NODE);
      const twin = renamed(instances[own], {
        'northwind-k8s': 'other-project',
        'networks/k8s-vpc': 'networks/shadow-vpc',
        [`instances/${NODE}`]: 'instances/shadow-twin',
      });
      twin.name = 'shadow-twin';
      twin.canIpForward = false;
      instances.splice(own, 1);
      instances.unshift(twin);
    });
    expect(outcome.planText).not.toContain('shadow-twin');
    expect(outcome.planText).not.toContain('other-project');
    expect(forwardingOf(outcome, NODE)).toEqual([]);
    const gap = joinGap(outcome, NODE);
    expect(gap?.message).toContain(
      `projects/other-project/zones/us-central1-a/instances/shadow-twin (${OTHER_NETWORK})`,
    );
    expect(gap?.message).toContain('projects/northwind-k8s/global/networks/k8s-vpc');
  });
});

describe('Azure: k8s-lin-a2 without providerID', () => {
  const NODE = 'k8s-lin-a2';
  const NIC = 'k8s-lin-a2-nic';

  function addTwinNic(files: Map<string, Json>, vnet: string): void {
    const node = files.get('nodes.json').items.find((item: Json) => item.metadata.name === NODE);
    delete node.spec.providerID;
    const nics = files.get('az-nics.json');
    const twin = renamed(
      nics.find((nic: Json) => nic.name === NIC),
      {
        [NIC]: 'shadow-nic',
        'virtualMachines/k8s-lin-a2': 'virtualMachines/shadow-vm',
        'virtualNetworks/k8s-vnet': `virtualNetworks/${vnet}`,
      },
    );
    twin.enableIPForwarding = false;
    nics.unshift(twin);
  }

  it('a NIC of another VNet holding its IPs: the node joins its own NIC, the twin is no fix target', async () => {
    const outcome = await run('azure/healthy', (files) => addTwinNic(files, 'shadow-vnet'));
    expect(outcome.planText).not.toContain('shadow');
    expect(outcome.findings).toEqual([]);
  });

  it("a second NIC of the cluster VNet holding its IPs: check-incomplete names both NICs' machines, no fix target", async () => {
    const outcome = await run('azure/healthy', (files) => addTwinNic(files, 'k8s-vnet'));
    expect(outcome.planText).not.toContain('shadow');
    expect(forwardingOf(outcome, NODE)).toEqual([]);
    const gap = joinGap(outcome, NODE);
    expect(gap?.message).toContain('virtualmachines/shadow-vm (');
    expect(gap?.message).toContain('virtualmachines/k8s-lin-a2 (');
    expect(gap?.message).toContain('/virtualnetworks/k8s-vnet)');
  });
});

describe("existing findings keep their fingerprints (users' baselines)", () => {
  it('fixtures/aws/broken gives the fingerprints it gave before joins looked at networks', async () => {
    const outcome = await run('aws/broken', () => undefined);
    expect(outcome.findings.map((f) => f.fingerprint).sort()).toEqual([
      '0f0d3a51d51958f13a4825a4ddf6668d',
      '36e1b77268ec68ce6f2d714a4dd402df',
      '4284ec84d48927173b37f96317c52cb3',
      '483c35376b2d404c28194f167b22f848',
      '7358cec1d17db2ac9aa64bac113e4cf9',
      'bdf81fdcbfd990fad31021ff8337e96f',
      'e91685c68dda151f8d05d9261ce89544',
    ]);
  });
});
