import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  after,
  change,
  check,
  configResource,
  copyFixture,
  findingsOf,
  lineOf,
  listFindings,
  only,
  summary,
  TF,
  type Json,
} from './helpers.js';

const API = 'https://www.googleapis.com/compute/v1/projects/acme-staging';

/** A route as the plan prints a new google_compute_route (name, dest_range and a next hop known). */
function newRoute(plan: Json, key: string, after: Json): void {
  plan.resource_changes.push({
    address: `google_compute_route.${key}`,
    mode: 'managed',
    type: 'google_compute_route',
    name: key,
    provider_name: 'registry.terraform.io/hashicorp/google',
    change: {
      actions: ['create'],
      before: null,
      after: {
        description: null,
        network: `${API}/global/networks/k8s-net`,
        next_hop_gateway: null,
        next_hop_ilb: null,
        next_hop_instance: null,
        next_hop_vpn_tunnel: null,
        priority: 1000,
        project: 'acme-staging',
        tags: null,
        timeouts: null,
        ...after,
      },
      after_unknown: {
        id: true,
        self_link: true,
        next_hop_network: true,
        ...('next_hop_instance_zone' in after ? {} : { next_hop_instance_zone: true }),
      },
      before_sensitive: false,
      after_sensitive: {},
    },
  });
}

describe('google_compute_instance can_ip_forward', () => {
  it('fires when false, at the can_ip_forward line', async () => {
    const copy = await copyFixture('gce/broken');
    const result = await copy.run();
    const finding = findingsOf(result, 'forwarding-disabled').find(
      (f) => f.resource === 'google_compute_instance.gpu_node',
    );
    expect(finding?.severity).toBe('error');
    expect(finding?.message).toContain('canIpForward is false on google_compute_instance.gpu_node');
    expect(finding?.remediation.text).toContain('Set can_ip_forward = true in google_compute_instance.gpu_node');
    expect(finding?.location).toEqual({
      file: join(copy.dir, 'main.tf'),
      ...lineOf(copy.text('main.tf'), 'can_ip_forward = false'),
    });
  });

  it('fires when not set (GCE defaults to false), and not when true', async () => {
    const copy = await copyFixture('gce/healthy');
    after(copy.json('plan.json'), 'module.cluster.module.pool.google_compute_instance.node[1]').can_ip_forward = null;
    const finding = only(await copy.run(), 'forwarding-disabled');
    expect(finding.resource).toBe('module.cluster.module.pool.google_compute_instance.node[1]');
    expect(finding.location?.file).toBe(join(copy.dir, 'modules/pool/main.tf'));
  });

  it('applies to a running node the plan updates', async () => {
    const copy = await copyFixture('gce/broken');
    const plan = copy.json('plan.json');
    const entry = change(plan, 'module.linux.google_compute_instance.node["k8s-lin-1"]');
    entry.change.actions = ['update'];
    entry.change.after.can_ip_forward = false;
    const finding = findingsOf(await copy.run(), 'forwarding-disabled').find((f) => f.node === 'k8s-lin-1');
    expect(finding?.resource).toBe('module.linux.google_compute_instance.node["k8s-lin-1"]');
    expect(finding?.message).toContain("carries node k8s-lin-1's IP 10.40.0.3");
  });
});

describe('google_compute_instance_template', () => {
  it('warns for the nodes its managed instance group creates', async () => {
    const result = await check([join(TF, 'gce/broken')]);
    const finding = findingsOf(result, 'forwarding-disabled').find(
      (f) => f.resource === 'google_compute_instance_template.windows_pool',
    );
    expect(finding?.severity).toBe('warning');
    expect(finding?.node).toBe('google_compute_region_instance_group_manager.windows_pool');
    expect(finding?.message).toContain('every instance the managed instance group creates from it');
  });

  it('is quiet when the template allows forwarding', async () => {
    const copy = await copyFixture('gce/broken');
    after(copy.json('plan.json'), 'google_compute_instance_template.windows_pool').can_ip_forward = true;
    const result = await copy.run();
    expect(findingsOf(result, 'forwarding-disabled').map((f) => f.resource)).toEqual([
      'google_compute_instance.gpu_node',
    ]);
  });
});

describe('google_compute_route', () => {
  it('follows next_hop_instance through a module output and count.index while the self links are unknown', async () => {
    const result = await check([join(TF, 'gce/healthy')]);
    const hops = Object.fromEntries(
      result.snapshot.routes.map((route) => [
        route.name,
        route.nextHop.kind === 'instance' ? route.nextHop.instanceKey : route.nextHop.kind,
      ]),
    );
    expect(hops).toEqual({
      'nw-prod-pods-0': 'gce:northwind-k8s/us-central1-a/k8s-node-0',
      'nw-prod-pods-1': 'gce:northwind-k8s/us-central1-a/k8s-node-1',
      'nw-prod-pods-2': 'gce:northwind-k8s/us-central1-a/k8s-node-2',
    });
    // Routes and instances meet on one network, found through var.network → google_compute_network.vpc.
    const networks = new Set([
      ...result.snapshot.routes.map((route) => route.network),
      ...result.snapshot.instances.map((instance) => instance.network),
    ]);
    expect([...networks]).toEqual(['projects/northwind-k8s/global/networks/k8s-vpc']);
  });

  it("finds a route missing for a running node's pod CIDR when the plan destroys it", async () => {
    const result = await check([join(TF, 'gce/broken')]);
    const finding = only(result, 'route-missing');
    expect(finding.node).toBe('k8s-lin-2');
    expect(finding.message).toContain('no route for pod CIDR 10.48.2.0/24 of node k8s-lin-2');
  });

  it('cannot know about pod CIDRs without the running nodes: no route finding then', async () => {
    const copy = await copyFixture('gce/broken');
    copy.remove('nodes.json');
    const result = await copy.run();
    expect(summary(result).filter((line) => line.startsWith('route-'))).toEqual([]);
  });

  it('finds a route limited by tags the other nodes lack, and none without the tags', async () => {
    const tagged = await check([join(TF, 'gce/broken')]);
    const finding = only(tagged, 'route-not-applied');
    expect(finding.message).toContain('applies only to instances tagged [linux-pool]');
    expect(finding.message).toContain('k8s-cp-0');
    const copy = await copyFixture('gce/broken');
    after(copy.json('plan.json'), 'google_compute_route.pods["k8s-lin-3"]').tags = null;
    const result = await copy.run();
    expect(findingsOf(result, 'route-not-applied'), listFindings(result)).toEqual([]);
  });

  it('reads the priority: an equal route with a better priority diverts the pod CIDR, one with a worse priority does not', async () => {
    for (const [priority, expected] of [
      [900, ['detour']],
      [1100, []],
    ] as const) {
      const copy = await copyFixture('gce/broken');
      newRoute(copy.json('plan.json'), 'detour', {
        name: 'detour',
        dest_range: '10.48.1.0/24',
        next_hop_ip: '10.40.0.99',
        priority,
      });
      const result = await copy.run();
      expect(
        findingsOf(result, 'route-shadowed')
          .filter((f) => f.node === 'k8s-lin-1')
          .map((f) => f.resource),
        listFindings(result),
      ).toEqual(expected);
    }
  });

  it('reads the network: a route on another network does not reach the nodes', async () => {
    const copy = await copyFixture('gce/broken');
    after(copy.json('plan.json'), 'google_compute_route.pods["k8s-lin-1"]').network =
      `${API}/global/networks/legacy-net`;
    const finding = findingsOf(await copy.run(), 'route-not-applied').find((f) => f.node === 'k8s-lin-1');
    expect(finding?.message).toContain('is on network legacy-net');
  });

  it('reads next_hop_ip and a next hop given by instance name and zone', async () => {
    const copy = await copyFixture('gce/broken');
    const plan = copy.json('plan.json');
    Object.assign(after(plan, 'google_compute_route.pods["k8s-win-1"]'), {
      next_hop_instance: null,
      next_hop_ip: '10.40.0.6',
    });
    newRoute(plan, 'by_name', {
      name: 'by-name',
      dest_range: '10.48.2.0/24',
      next_hop_instance: 'k8s-lin-2',
      next_hop_instance_zone: 'europe-west4-b',
    });
    const result = await copy.run();
    expect(findingsOf(result, 'route-missing'), listFindings(result)).toEqual([]);
    expect(result.snapshot.routes.find((route) => route.name === 'by-name')?.nextHop).toMatchObject({
      kind: 'instance',
      instanceKey: 'gce:acme-staging/europe-west4-b/k8s-lin-2',
    });
  });

  it('reports a next hop it cannot know as check-incomplete and leaves the route out', async () => {
    const result = await check([join(TF, 'gce/broken')]);
    const gap = only(result, 'check-incomplete');
    expect(gap.resource).toBe('google_compute_route.gpu_pods');
    expect(gap.message).toContain('next_hop_ip is known only after apply and comes from local.gpu_ip');
    expect(result.snapshot.routes.map((route) => route.name)).not.toContain('stg-pods-k8s-gpu-1');
  });

  it('follows next_hop_ip to the instance it is the address of', async () => {
    const copy = await copyFixture('gce/broken');
    configResource(copy.json('plan.json'), [], 'google_compute_route.gpu_pods').expressions.next_hop_ip = {
      references: [
        'google_compute_instance.gpu_node.network_interface[0].network_ip',
        'google_compute_instance.gpu_node.network_interface[0]',
        'google_compute_instance.gpu_node.network_interface',
        'google_compute_instance.gpu_node',
      ],
    };
    const result = await copy.run();
    expect(findingsOf(result, 'check-incomplete'), listFindings(result)).toEqual([]);
    expect(result.snapshot.routes.find((route) => route.name === 'stg-pods-k8s-gpu-1')?.nextHop).toMatchObject({
      kind: 'instance',
      instanceKey: 'gce:acme-staging/europe-west4-a/k8s-gpu-1',
    });
  });
});

describe('a running node whose setting the plan makes unknown', () => {
  it("is one check-incomplete, with Terraform's reason, not a second generic one", async () => {
    const copy = await copyFixture('gce/broken');
    const plan = copy.json('plan.json');
    const entry = change(plan, 'module.linux.google_compute_instance.node["k8s-lin-1"]');
    entry.change.actions = ['update'];
    entry.change.after.can_ip_forward = null;
    entry.change.after_unknown.can_ip_forward = true;
    plan.configuration.root_module.module_calls.linux.module.resources[0].expressions.can_ip_forward = {
      references: ['local.forwarding'],
    };
    const result = await copy.run();
    const gaps = findingsOf(result, 'check-incomplete').filter((f) => f.node === 'k8s-lin-1');
    expect(
      gaps.map((f) => f.message),
      listFindings(result),
    ).toEqual([
      'module.linux.google_compute_instance.node["k8s-lin-1"]: can_ip_forward is known only after apply and comes from local.forwarding, a local value (plans do not show local values): whether IP forwarding is allowed cannot be verified',
    ]);
    expect(findingsOf(result, 'forwarding-disabled').filter((f) => f.node === 'k8s-lin-1')).toEqual([]);
  });
});
