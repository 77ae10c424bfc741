import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { parseNodeSelector, selectNodes } from '../../src/sources/terraform/select.js';
import {
  after,
  change,
  check,
  copyFixture,
  findingsOf,
  folderWith,
  kubeNodes,
  listFindings,
  nodeNames,
  summary,
  TF,
} from './helpers.js';
import { cfg, planJson } from './plans.js';

const machine = (address: string, labels: Record<string, string> = {}, networkTags: string[] = []) => ({
  address,
  labels,
  networkTags,
});

describe('which Terraform machines are Kubernetes nodes', () => {
  it('by convention: machines tagged kubernetes.io/cluster/NAME (others are not nodes)', async () => {
    const result = await check([join(TF, 'aws/healthy')]);
    expect(nodeNames(result)).toEqual([
      'aws_instance.control_plane',
      'module.workers.aws_instance.node[0]',
      'module.workers.aws_instance.node[1]',
      'module.workers.aws_instance.node[2]',
    ]);
  });

  it('every machine when no machine follows a convention', async () => {
    const copy = await copyFixture('aws/healthy');
    for (const entry of copy.json('plan.json').resource_changes) {
      if (entry.type !== 'aws_instance') continue;
      entry.change.after.tags = { Name: entry.change.after.tags.Name };
      entry.change.after.tags_all = entry.change.after.tags;
    }
    const result = await copy.run();
    expect(nodeNames(result)).toContain('aws_instance.bastion');
    expect(summary(result)).toEqual(['forwarding-disabled aws_instance.bastion']);
  });

  it('--node-selector by address glob, module prefix or tag narrows them', async () => {
    const workers = await check([join(TF, 'aws/healthy')], { nodeSelectors: ['module.workers.aws_instance.node[*]'] });
    expect(nodeNames(workers)).toEqual([
      'module.workers.aws_instance.node[0]',
      'module.workers.aws_instance.node[1]',
      'module.workers.aws_instance.node[2]',
    ]);
    const module = await check([join(TF, 'aws/healthy')], { nodeSelectors: ['module.workers'] });
    expect(nodeNames(module)).toEqual(nodeNames(workers));
    const tagged = await check([join(TF, 'aws/healthy')], {
      nodeSelectors: ['tag:Name=k8s-worker-*', 'aws_instance.bastion'],
    });
    expect(nodeNames(tagged)).toEqual(['aws_instance.bastion', ...nodeNames(workers)]);
    expect(summary(tagged)).toEqual(['forwarding-disabled aws_instance.bastion']);
  });

  it('selectors match GCE network tags and label keys, and nothing by accident', () => {
    const machines = [
      machine('google_compute_instance.a', {}, ['k8s-node']),
      machine('google_compute_instance.b', { pool: 'gpu' }),
      machine('aws_instance.node_pool[0]'),
    ];
    const pick = (...selectors: string[]) =>
      [...selectNodes(machines, selectors.map(parseNodeSelector))].map((m) => m.address);
    expect(pick('tag:k8s-node')).toEqual(['google_compute_instance.a']);
    expect(pick('tag:pool=gpu')).toEqual(['google_compute_instance.b']);
    expect(pick('tag:pool=cpu')).toEqual([]);
    expect(pick('aws_instance.node')).toEqual([]);
    expect(pick('aws_instance.node_pool')).toEqual(['aws_instance.node_pool[0]']);
    expect(() => parseNodeSelector('tag:')).toThrow(/tag:KEY/);
    expect(() => parseNodeSelector('module.a b')).toThrow(/no spaces/);
  });

  it('a bad selector is an input error naming the option', async () => {
    await expect(check([join(TF, 'aws/healthy')], { nodeSelectors: ['tag:=x'] })).rejects.toThrow(UserError);
  });
});

describe('planned nodes (no pod CIDR yet)', () => {
  it('raise no pod-cidr-missing, and routes to them are not stale', async () => {
    const result = await check([join(TF, 'gce/healthy')]);
    expect(result.snapshot.clusterCidrs.map((cidr) => cidr.text)).toEqual(['10.52.0.0/16']);
    expect(result.snapshot.routes).toHaveLength(3);
    expect(result.snapshot.nodes.every((node) => node.planned && node.podCidrs.length === 0)).toBe(true);
    expect(findingsOf(result, 'pod-cidr-missing')).toEqual([]);
    expect(findingsOf(result, 'route-stale')).toEqual([]);
  });

  it('a route to an address no node has is still stale', async () => {
    const copy = await copyFixture('gce/healthy');
    const route = change(copy.json('plan.json'), 'module.cluster.google_compute_route.pods[2]');
    route.change.after.next_hop_ip = '10.30.0.250';
    copy.json(
      'plan.json',
    ).configuration.root_module.module_calls.cluster.module.resources[0].expressions.next_hop_instance = undefined;
    delete route.change.after_unknown.next_hop_instance;
    delete route.change.after_unknown.next_hop_ip;
    const result = await copy.run();
    expect(findingsOf(result, 'route-stale').map((f) => f.resource)).toEqual(['nw-prod-pods-2']);
  });

  it('a Kubernetes node without a pod CIDR is still reported', async () => {
    const copy = await copyFixture('gce/broken');
    const nodes = copy.json('nodes.json');
    const lin1 = nodes.items.find((node: { metadata: { name: string } }) => node.metadata.name === 'k8s-lin-1');
    delete lin1.spec.podCIDR;
    delete lin1.spec.podCIDRs;
    const result = await copy.run();
    expect(findingsOf(result, 'pod-cidr-missing').map((f) => f.node)).toEqual(['k8s-lin-1']);
  });

  it('are checked for the routes they need to reach running nodes', async () => {
    const result = await check([join(TF, 'gce/broken')]);
    const finding = findingsOf(result, 'route-not-applied')[0];
    expect(finding?.message).toContain('google_compute_instance.gpu_node');
    expect(finding?.message).toContain('google_compute_region_instance_group_manager.windows_pool');
  });

  it('ask for the flannel backend only once there are running nodes', async () => {
    const planOnly = await check([join(TF, 'aws/healthy')]);
    expect(findingsOf(planOnly, 'check-incomplete')).toEqual([]);
    const copy = await copyFixture('aws/healthy');
    const withNode = kubeNodes([{ name: 'ip-10-0-1-10.ec2.internal', ip: '10.0.1.10', podCidr: '10.42.0.0/24' }]);
    delete withNode.items[0].metadata.annotations['flannel.alpha.coreos.com/backend-type'];
    copy.setJson('nodes.json', withNode);
    const result = await copy.run();
    expect(findingsOf(result, 'check-incomplete').map((f) => f.message)).toContain(
      'the flannel backend is unknown (no flannel ConfigMap, no backend-type annotation on any node)',
    );
  });
});

describe('Terraform machines and running Kubernetes nodes', () => {
  it('match by name when the node has neither providerID nor the planned address', async () => {
    const copy = await copyFixture('gce/broken');
    const nodes = copy.json('nodes.json');
    for (const node of nodes.items) delete node.spec.providerID;
    const lin1 = nodes.items.find((node: { metadata: { name: string } }) => node.metadata.name === 'k8s-lin-1');
    lin1.status.addresses[0].address = '10.40.0.103';
    lin1.metadata.annotations['flannel.alpha.coreos.com/public-ip'] = '10.40.0.103';
    const result = await copy.run();
    expect(nodeNames(result)).not.toContain('module.linux.google_compute_instance.node["k8s-lin-1"]');
    expect(result.snapshot.nodes.find((node) => node.name === 'k8s-lin-1')?.instanceKey).toBe(
      'gce:acme-staging/europe-west4-a/k8s-lin-1',
    );
  });

  it("a machine the plan replaces keeps its node, whose interfaces are all the new machine's", async () => {
    const copy = await copyFixture('gce/broken');
    const entry = change(copy.json('plan.json'), 'module.linux.google_compute_instance.node["k8s-lin-1"]');
    entry.change.actions = ['delete', 'create'];
    entry.change.after.can_ip_forward = false;
    entry.change.after.network_interface[0].network_ip = null;
    entry.change.after_unknown = {
      ...entry.change.after_unknown,
      id: true,
      self_link: true,
      network_interface: [{ network_ip: true }],
    };
    const result = await copy.run();
    const node = result.snapshot.nodes.find((candidate) => candidate.name === 'k8s-lin-1');
    expect(node?.planned).toBe(true);
    expect(node?.podCidrs.map((cidr) => cidr.text)).toEqual(['10.48.1.0/24']);
    const finding = findingsOf(result, 'forwarding-disabled').find((f) => f.node === 'k8s-lin-1');
    expect(finding?.resource, listFindings(result)).toBe('module.linux.google_compute_instance.node["k8s-lin-1"]');
  });

  it('a destroyed machine is no machine for its node any more', async () => {
    const copy = await copyFixture('gce/broken');
    const entry = change(copy.json('plan.json'), 'module.windows.google_compute_instance.node["k8s-win-1"]');
    entry.change.actions = ['delete'];
    entry.change.after = null;
    entry.change.after_unknown = {};
    const result = await copy.run();
    expect(findingsOf(result, 'check-incomplete').map((f) => f.node)).toContain('k8s-win-1');
  });

  it('a plan alone with an unknown address still checks the new node', async () => {
    const plan = planJson(
      [
        {
          address: 'google_compute_instance.a',
          after: {
            name: 'a',
            zone: 'us-central1-a',
            project: 'p',
            can_ip_forward: false,
            tags: ['k8s-node'],
            network_interface: [{ network: 'default', network_ip: null }],
          },
          unknown: { network_interface: [{ network_ip: true }] },
        },
      ],
      { resources: [cfg('google_compute_instance.a', {})] },
    );
    const result = await check([await folderWith({ 'plan.json': plan })]);
    expect(findingsOf(result, 'forwarding-disabled').map((f) => [f.node, f.resource])).toEqual([
      ['google_compute_instance.a', 'google_compute_instance.a'],
    ]);
    expect(after(plan, 'google_compute_instance.a').network_interface[0].network_ip).toBeNull();
  });
});
