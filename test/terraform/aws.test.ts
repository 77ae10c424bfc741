import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  after,
  change,
  check,
  configResource,
  copyFixture,
  findingsOf,
  folderWith,
  kubeNodes,
  lineOf,
  listFindings,
  nodeNames,
  only,
  summary,
  TF,
} from './helpers.js';
import { C, R, cfg, planJson } from './plans.js';

const NODES = 'subnet-0a3c5e7f9b1d24680';
const CLUSTER = { 'kubernetes.io/cluster/prod': 'owned' };

describe('aws_instance source_dest_check', () => {
  it('fires when it is not set: the check defaults to on, at the resource block line', async () => {
    const copy = await copyFixture('aws/broken');
    expect(after(copy.json('plan.json'), 'aws_instance.gpu').source_dest_check).toBe(true);
    expect(
      configResource(copy.json('plan.json'), [], 'aws_instance.gpu').expressions.source_dest_check,
    ).toBeUndefined();
    const result = await copy.run();
    const finding = findingsOf(result, 'forwarding-disabled').find((f) => f.resource === 'aws_instance.gpu');
    expect(finding?.severity).toBe('error');
    expect(finding?.node).toBe('aws_instance.gpu');
    expect(finding?.message).toContain('the source/destination check is on on aws_instance.gpu');
    expect(finding?.location).toEqual({
      file: join(copy.dir, 'main.tf'),
      ...lineOf(copy.text('main.tf'), 'resource "aws_instance" "gpu"'),
    });
    expect(finding?.remediation.text).toContain('Set source_dest_check = false in aws_instance.gpu');
    expect(finding?.remediation.command).toBeUndefined();
  });

  it('treats null (not set, known) as the default, not as unknown', async () => {
    const copy = await copyFixture('aws/healthy');
    after(copy.json('plan.json'), 'aws_instance.control_plane').source_dest_check = null;
    const finding = only(await copy.run(), 'forwarding-disabled');
    expect(finding.resource).toBe('aws_instance.control_plane');
  });

  it('points at the source_dest_check line when the attribute is set to true', async () => {
    const copy = await copyFixture('aws/healthy');
    after(copy.json('plan.json'), 'aws_instance.control_plane').source_dest_check = true;
    const tf = copy.text('main.tf');
    const block = tf.indexOf('resource "aws_instance" "control_plane"');
    copy.setText(
      'main.tf',
      tf.slice(0, block) + tf.slice(block).replace('source_dest_check = false', 'source_dest_check = true'),
    );
    const finding = only(await copy.run(), 'forwarding-disabled');
    expect(finding.location).toEqual({
      file: join(copy.dir, 'main.tf'),
      ...lineOf(copy.text('main.tf'), 'source_dest_check = true'),
    });
  });

  it('reports a value known only after apply as check-incomplete, never as a pass or a failure', async () => {
    const copy = await copyFixture('aws/healthy');
    const plan = copy.json('plan.json');
    after(plan, 'aws_instance.control_plane').source_dest_check = null;
    change(plan, 'aws_instance.control_plane').change.after_unknown.source_dest_check = true;
    configResource(plan, [], 'aws_instance.control_plane').expressions.source_dest_check = R('local.nat');
    const result = await copy.run();
    expect(findingsOf(result, 'forwarding-disabled'), listFindings(result)).toEqual([]);
    const gap = only(result, 'check-incomplete');
    expect(gap.node).toBe('aws_instance.control_plane');
    expect(gap.resource).toBe('aws_instance.control_plane');
    expect(gap.message).toContain('source_dest_check is known only after apply and comes from local.nat');
  });

  it('ignores machines that are not nodes (the bastion keeps its check on)', async () => {
    const result = await check([join(TF, 'aws/healthy')]);
    expect(nodeNames(result)).not.toContain('aws_instance.bastion');
    expect(result.snapshot.interfaces.find((iface) => iface.id === 'aws_instance.bastion')?.forwarding).toBe(false);
  });
});

describe('aws_network_interface', () => {
  const instance = (extra: object = {}) => ({
    address: 'aws_instance.a',
    after: {
      source_dest_check: true,
      tags: CLUSTER,
      network_interface: [{ device_index: 0, network_interface_id: null, network_card_index: 0 }],
      ...extra,
    },
    unknown: { id: true, network_interface: [{ network_interface_id: true }] },
  });
  const eni = (sourceDestCheck: boolean) => ({
    address: 'aws_network_interface.a',
    after: { source_dest_check: sourceDestCheck, private_ips: ['10.0.1.5'], subnet_id: NODES },
    unknown: ['id'],
  });
  const root = {
    resources: [
      cfg('aws_instance.a', {
        network_interface: [
          { device_index: C(0), network_interface_id: R('aws_network_interface.a.id', 'aws_network_interface.a') },
        ],
      }),
      cfg('aws_network_interface.a', { private_ips: C(['10.0.1.5']), subnet_id: C(NODES) }),
    ],
  };

  it('decides for the instance whose primary interface it is (its own check, not the instance attribute)', async () => {
    const result = await check([await folderWith({ 'plan.json': planJson([instance(), eni(true)], root) })]);
    const finding = only(result, 'forwarding-disabled');
    expect(finding.resource).toBe('aws_network_interface.a');
    expect(finding.node).toBe('aws_instance.a');
    expect(finding.message).toContain("carries node aws_instance.a's IP 10.0.1.5");
    const clean = await check([await folderWith({ 'plan.json': planJson([instance(), eni(false)], root) })]);
    expect(clean.report.findings, listFindings(clean)).toEqual([]);
  });

  it('is found through an aws_network_interface_attachment', async () => {
    const plan = planJson(
      [
        {
          address: 'aws_instance.a',
          after: { source_dest_check: false, private_ip: '10.0.1.4', subnet_id: NODES, tags: CLUSTER },
          unknown: ['id'],
        },
        {
          address: 'aws_network_interface.b',
          after: { source_dest_check: true, private_ips: ['10.0.1.9'], subnet_id: NODES },
          unknown: ['id'],
        },
        {
          address: 'aws_network_interface_attachment.b',
          after: { device_index: 1 },
          unknown: ['instance_id', 'network_interface_id'],
        },
      ],
      {
        resources: [
          cfg('aws_instance.a', {}),
          cfg('aws_network_interface.b', {}),
          cfg('aws_network_interface_attachment.b', {
            instance_id: R('aws_instance.a.id', 'aws_instance.a'),
            network_interface_id: R('aws_network_interface.b.id', 'aws_network_interface.b'),
          }),
        ],
      },
    );
    const finding = only(await check([await folderWith({ 'plan.json': plan })]), 'forwarding-disabled');
    expect(finding.resource).toBe('aws_network_interface.b');
    expect(finding.node).toBe('aws_instance.a');
  });

  it('does not count an ENI attached to no node', async () => {
    const plan = planJson(
      [
        {
          address: 'aws_instance.a',
          after: { source_dest_check: false, private_ip: '10.0.1.4', subnet_id: NODES, tags: CLUSTER },
          unknown: ['id'],
        },
        {
          address: 'aws_network_interface.spare',
          after: { source_dest_check: true, private_ips: ['10.0.1.9'], subnet_id: NODES },
          unknown: ['id'],
        },
      ],
      { resources: [cfg('aws_instance.a', {}), cfg('aws_network_interface.spare', {})] },
    );
    const result = await check([await folderWith({ 'plan.json': plan })]);
    expect(findingsOf(result, 'forwarding-disabled'), listFindings(result)).toEqual([]);
  });
});

describe('launch templates and auto scaling groups', () => {
  it('warn that autoscaled instances come up with the check on', async () => {
    const copy = await copyFixture('aws/broken');
    const result = await copy.run();
    const finding = findingsOf(result, 'forwarding-disabled').find((f) => f.resource === 'aws_launch_template.spot');
    expect(finding?.severity).toBe('warning');
    expect(finding?.node).toBe('aws_autoscaling_group.spot');
    expect(finding?.message).toContain('an EC2 launch template cannot turn the source/destination check off');
    expect(finding?.message).toContain('aws_autoscaling_group.spot launches');
    expect(finding?.remediation.command).toContain('modify-instance-attribute');
    expect(finding?.remediation.command).toContain('--no-source-dest-check');
    expect(finding?.location).toEqual({
      file: join(copy.dir, 'main.tf'),
      ...lineOf(copy.text('main.tf'), 'resource "aws_launch_template" "spot"'),
    });
  });

  it('are not nodes when nothing marks them so', async () => {
    const copy = await copyFixture('aws/broken');
    const plan = copy.json('plan.json');
    after(plan, 'aws_autoscaling_group.spot').tag = [];
    after(plan, 'aws_launch_template.spot').tag_specifications = [];
    const result = await copy.run();
    expect(findingsOf(result, 'forwarding-disabled').map((f) => f.resource)).toEqual(['aws_instance.gpu']);
  });

  it('split a pool over several subnets into one planned node per subnet, so the layer-2 check sees it', async () => {
    const copy = await copyFixture('aws/broken');
    after(copy.json('plan.json'), 'aws_autoscaling_group.spot').vpc_zone_identifier = [
      NODES,
      'subnet-0f2e4d6c8b0a13579',
    ];
    const result = await copy.run();
    expect(nodeNames(result)).toEqual(
      expect.arrayContaining([
        `aws_autoscaling_group.spot in ${NODES}`,
        'aws_autoscaling_group.spot in subnet-0f2e4d6c8b0a13579',
      ]),
    );
    expect(
      findingsOf(result, 'subnet-mismatch')
        .map((f) => f.node)
        .sort(),
    ).toEqual(['aws_autoscaling_group.spot in subnet-0f2e4d6c8b0a13579', 'aws_instance.edge']);
    // One warning for the one launch template, not one per subnet.
    expect(
      findingsOf(result, 'forwarding-disabled').filter((f) => f.resource === 'aws_launch_template.spot'),
    ).toHaveLength(1);
  });
});

describe('subnets (one layer-2 subnet)', () => {
  it('follows subnet_id to the aws_subnet it refers to while its id is unknown', async () => {
    const copy = await copyFixture('aws/broken');
    configResource(copy.json('plan.json'), [], 'aws_instance.edge').expressions.subnet_id = R(
      'aws_subnet.nodes.id',
      'aws_subnet.nodes',
    );
    // The plan itself still does not know the id: only the reference moved the instance.
    expect(after(copy.json('plan.json'), 'aws_instance.edge').subnet_id).toBeNull();
    const result = await copy.run();
    expect(findingsOf(result, 'subnet-mismatch'), listFindings(result)).toEqual([]);
  });

  it('names the subnet the nodes share and the one that differs', async () => {
    const result = await check([join(TF, 'aws/broken')]);
    const finding = only(result, 'subnet-mismatch');
    expect(finding.message).toContain('k8s-edge (aws_subnet.edge) 10.0.2.0/24');
    expect(finding.message).toContain(`k8s-nodes (${NODES}) 10.0.1.0/24`);
  });

  it('reports a subnet it cannot know as check-incomplete, and nothing once it is known', async () => {
    const copy = await copyFixture('aws/broken');
    const plan = copy.json('plan.json');
    after(plan, 'aws_instance.batch').subnet_id = NODES;
    delete change(plan, 'aws_instance.batch').change.after_unknown.subnet_id;
    const result = await copy.run();
    expect(findingsOf(result, 'check-incomplete'), listFindings(result)).toEqual([]);
  });

  it('keeps for_each instances of a module apart, by their keys', async () => {
    const result = await check([join(TF, 'aws/broken')]);
    const workers = result.snapshot.nodes.filter((node) => node.name.startsWith('module.workers.'));
    expect(workers.map((node) => [node.name, node.internalIps])).toEqual([
      ['module.workers.aws_instance.node["w1"]', ['10.0.1.21']],
      ['module.workers.aws_instance.node["w2"]', ['10.0.1.22']],
      ['module.workers.aws_instance.node["w3"]', ['10.0.1.23']],
    ]);
  });
});

describe('AWS plan together with kubectl nodes', () => {
  const nodes = kubeNodes([
    {
      name: 'ip-10-0-1-21.ec2.internal',
      ip: '10.0.1.21',
      podCidr: '10.42.1.0/24',
      providerID: 'aws:///us-east-1a/i-0a1b2c3d4e5f60001',
    },
    { name: 'rancher-wrk-2', ip: '10.0.1.22', podCidr: '10.42.2.0/24' },
  ]);

  it('enriches the running nodes (by providerID, by IP) instead of adding them again', async () => {
    const copy = await copyFixture('aws/broken');
    copy.setJson('nodes.json', nodes);
    const result = await copy.run();
    const names = nodeNames(result);
    expect(names).toEqual(
      expect.arrayContaining(['ip-10-0-1-21.ec2.internal', 'rancher-wrk-2', 'module.workers.aws_instance.node["w3"]']),
    );
    expect(names).not.toContain('module.workers.aws_instance.node["w1"]');
    expect(names).not.toContain('module.workers.aws_instance.node["w2"]');
    expect(result.snapshot.nodes.find((node) => node.name === 'rancher-wrk-2')?.planned).toBeUndefined();
    expect(summary(result)).not.toContain('check-incomplete rancher-wrk-2');
  });

  it('checks a running node against what the plan makes of its instance', async () => {
    const copy = await copyFixture('aws/broken');
    copy.setJson('nodes.json', nodes);
    after(copy.json('plan.json'), 'module.workers.aws_instance.node["w2"]').source_dest_check = true;
    const result = await copy.run();
    const finding = findingsOf(result, 'forwarding-disabled').find((f) => f.node === 'rancher-wrk-2');
    expect(finding?.resource).toBe('module.workers.aws_instance.node["w2"]');
    expect(finding?.message).toContain("carries node rancher-wrk-2's IP 10.0.1.22");
    expect(finding?.location?.file).toBe(join(copy.dir, 'modules/workers/main.tf'));
    expect(finding?.location?.line).toBe(lineOf(copy.text('modules/workers/main.tf'), 'source_dest_check').line);
  });
});
