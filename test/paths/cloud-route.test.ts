import { describe, expect, it } from 'vitest';
import { explain as explainAll } from '../../src/paths/explain.js';
import { azureRoute, gceRoute, named } from '../rules/helpers.js';
import { failing, onlySteps, findingOf, pathContext } from './fixture-context.js';

/** The steps under test only: the fixtures break other steps too (forwarding), which other tests cover. */
const explain = (...args: Parameters<typeof explainAll>) =>
  onlySteps(explainAll(...args), ['route-lookup', 'next-hop']);

const NW = { project: 'northwind-k8s', network: 'k8s-vpc' } as const;

describe('explain on GCE routes (fixtures/gce/broken)', async () => {
  const context = await pathContext('fixtures/gce/broken');

  it('drops at the route lookup when no route carries the pod CIDR, with the finding’s remediation', () => {
    const trace = explain(context, 'k8s-cp-0', 'k8s-lin-2');
    expect(trace.verdict).toBe('dropped');
    const hop = failing(trace);
    expect(hop).toMatchObject({ step: 'route-lookup', ok: false, ruleId: 'route-missing' });
    expect(hop.detail).toContain('no route in network k8s-net with tags [linux-pool] carries 10.48.2.0/24');
    expect(hop.detail).toContain('follows default-route-');
    expect(hop.remediation).toEqual(findingOf(context, 'route-missing', { node: 'k8s-lin-2' }).remediation);
  });

  it('finds the route and drops at the next hop when it points at another node', () => {
    const trace = explain(context, 'k8s-cp-0', 'k8s-win-1');
    expect(trace.verdict).toBe('dropped');
    expect(trace.forward[0]).toMatchObject({ step: 'route-lookup', ok: true, resource: 'stg-pods-k8s-win-1' });
    const hop = failing(trace);
    expect(hop).toMatchObject({ step: 'next-hop', ruleId: 'route-wrong-next-hop', resource: 'stg-pods-k8s-win-1' });
    expect(hop.detail).toContain('points at node k8s-win-2, not at node k8s-win-1');
    expect(hop.remediation?.command).toContain('gcloud compute routes create');
  });

  it('drops where the route’s tags leave the source out, and delivers where they do not', () => {
    const hop = failing(explain(context, 'k8s-win-1', 'k8s-lin-3'));
    expect(hop).toMatchObject({ step: 'route-lookup', ruleId: 'route-not-applied', resource: 'stg-pods-k8s-lin-3' });
    expect(hop.detail).toContain('tagged [linux-pool]');
    expect(hop.detail).toContain(
      'not seen: stg-pods-k8s-lin-3 10.48.3.0/24 (it applies only to tags [linux-pool], which the source lacks)',
    );
    expect(hop.remediation).toEqual(
      findingOf(context, 'route-not-applied', { node: 'k8s-lin-3', resource: 'stg-pods-k8s-lin-3' }).remediation,
    );
    const healthy = explain(context, 'k8s-cp-0', 'k8s-lin-3');
    expect(healthy.verdict).toBe('delivered');
    expect(healthy.forward.map((h) => h.step)).toEqual(['route-lookup', 'next-hop']);
    expect(healthy.forward[0]!.detail).toContain('route stg-pods-k8s-lin-3 10.48.3.0/24');
    expect(healthy.forward[0]!.detail).toContain('over default-route-');
  });

  it('drops a pod CIDR part of which a more specific route diverts, naming the range', () => {
    const trace = explain(context, 'k8s-cp-0', 'k8s-win-2');
    expect(trace.verdict).toBe('dropped');
    const hop = failing(trace);
    expect(hop).toMatchObject({ step: 'route-lookup', ruleId: 'route-shadowed', resource: 'nat-egress-10-48-5-64' });
    expect(hop.detail).toContain('diverts 10.48.5.64/26, part of 10.48.5.0/24');
    expect(hop.remediation?.command).toBe(
      'gcloud compute routes delete nat-egress-10-48-5-64 --project acme-staging --quiet',
    );
  });

  it('decides for a pod IP: inside the diverted range dropped, outside it delivered', () => {
    const inside = explain(context, 'k8s-cp-0', '10.48.5.70');
    expect(inside).toMatchObject({ toNode: 'k8s-win-2', ranges: ['10.48.5.70/32'], verdict: 'dropped' });
    expect(failing(inside)).toMatchObject({ ruleId: 'route-shadowed', resource: 'nat-egress-10-48-5-64' });
    const outside = explain(context, 'k8s-cp-0', '10.48.5.10');
    expect(outside.verdict).toBe('delivered');
    expect(outside.forward[1]).toMatchObject({ step: 'next-hop', ok: true, resource: 'stg-pods-k8s-win-2' });
  });
});

describe('explain on GCE route priority and ECMP (fixtures/gce/healthy)', () => {
  it('drops all of a pod CIDR taken by an equal route of better priority', async () => {
    const context = await pathContext('fixtures/gce/healthy', (files) => {
      files.get('gcloud-routes.json').push(
        gceRoute({
          ...NW,
          name: 'hijack-lin-pool-1',
          destRange: '10.52.1.0/24',
          instance: 'us-central1-b/k8s-lin-pool-2',
          priority: 900,
        }),
      );
    });
    const hop = failing(explain(context, 'k8s-win-pool-1', 'k8s-lin-pool-1'));
    expect(hop).toMatchObject({ step: 'route-lookup', ruleId: 'route-shadowed', resource: 'hijack-lin-pool-1' });
    expect(hop.detail).toContain('takes all of 10.52.1.0/24');
    expect(hop.detail).toContain('nw-prod-pods-k8s-lin-pool-1 10.52.1.0/24 (priority 1000 loses to 900)');
    expect(explain(context, 'k8s-win-pool-1', 'k8s-win-pool-2').verdict).toBe('delivered');
  });

  it('says about 1/N of the flows go astray when a route ties with the node’s (ECMP)', async () => {
    const context = await pathContext('fixtures/gce/healthy', (files) => {
      files
        .get('gcloud-routes.json')
        .push(gceRoute({ ...NW, name: 'twin-win-pool-1', destRange: '10.52.3.0/24', ip: '10.30.0.6' }));
    });
    const trace = explain(context, 'k8s-cp-0', 'k8s-win-pool-1');
    expect(trace.verdict).toBe('dropped');
    const hop = failing(trace);
    expect(hop).toMatchObject({ ruleId: 'route-shadowed', resource: 'twin-win-pool-1' });
    expect(hop.detail).toContain('about 1/2 of the flows to 10.52.3.0/24 go to IP 10.30.0.6 (ECMP)');
  });

  it('delivers every pair of the healthy cluster', async () => {
    const context = await pathContext('fixtures/gce/healthy');
    const names = context.topology.views.map((view) => view.node.name);
    for (const from of names)
      for (const to of names) if (from !== to) expect(explain(context, from, to).verdict).toBe('delivered');
  });

  it('is unknown, naming the dump to add, without route data or the instances', async () => {
    const noRoutes = await pathContext('fixtures/gce/healthy', (files) => files.delete('gcloud-routes.json'));
    const trace = explain(noRoutes, 'k8s-cp-0', 'k8s-win-pool-1');
    expect(trace.verdict).toBe('unknown');
    expect(failing(trace)).toMatchObject({ step: 'route-lookup', ok: null, ruleId: 'check-incomplete' });
    expect(failing(trace).remediation?.text).toContain('gcloud compute routes list');
    const noNetwork = await pathContext('fixtures/gce/healthy', (files) => files.delete('gcloud-instances.json'));
    const hop = failing(explain(noNetwork, 'k8s-cp-0', 'k8s-win-pool-1'));
    expect(hop).toMatchObject({ ok: null, ruleId: 'check-incomplete' });
    expect(hop.detail).toContain('the network of node k8s-cp-0 is unknown');
    expect(hop.remediation?.text).toContain('gcloud compute instances list');
  });
});

describe('explain on Azure routes (fixtures/azure/broken)', async () => {
  const context = await pathContext('fixtures/azure/broken');

  it('drops where the route table is not associated with the source’s subnet', () => {
    const hop = failing(explain(context, 'k8s-win-1', 'k8s-lin-1'));
    expect(hop).toMatchObject({ step: 'route-lookup', ruleId: 'route-not-applied', resource: 'pods-k8s-lin-1' });
    expect(hop.detail).toContain('route table k8s-pod-routes is not associated with subnet nodes-win');
    expect(hop.detail).toContain('not seen: pods-k8s-lin-1 10.244.0.0/24 (it is in route table k8s-pod-routes');
    expect(hop.remediation?.text).toContain('Associate the route table');
    // The other way the table applies: k8s-lin-1 reaches k8s-win-1's pods.
    expect(explain(context, 'k8s-lin-1', 'k8s-win-1').forward.every((h) => h.ok)).toBe(true);
  });

  it('drops at the next hop for a route pointing at another node', () => {
    const hop = failing(explain(context, 'k8s-lin-1', 'k8s-lin-3'));
    expect(hop).toMatchObject({ step: 'next-hop', ruleId: 'route-wrong-next-hop', resource: 'pods-k8s-lin-3' });
    expect(hop.detail).toContain('points at node k8s-lin-1, not at node k8s-lin-3');
    expect(hop.remediation).toEqual(findingOf(context, 'route-wrong-next-hop', { node: 'k8s-lin-3' }).remediation);
  });

  it('drops at the route lookup for a pod CIDR without a route', () => {
    const hop = failing(explain(context, 'k8s-lin-1', 'k8s-win-2'));
    expect(hop).toMatchObject({ step: 'route-lookup', ruleId: 'route-missing' });
    expect(hop.detail).toContain('no route in subnet nodes (route table k8s-pod-routes) carries 10.244.4.0/24');
  });

  it('delivers between nodes whose routes are right', () => {
    expect(explain(context, 'k8s-lin-1', 'k8s-lin-2').verdict).toBe('delivered');
  });
});

describe('explain on Azure (fixtures/azure/healthy, dual-stack)', () => {
  it('drops a pod CIDR part of which a more specific route diverts; a pod IP outside that part is delivered', async () => {
    const context = await pathContext('fixtures/azure/healthy', (files) => {
      const table = named(files.get('az-route-tables.json'), 'k8s-pod-routes');
      table.routes.push(azureRoute(table, 'to-firewall', '10.244.1.128/25', '10.20.1.99'));
    });
    const trace = explain(context, 'k8s-lin-a1', 'k8s-lin-a2');
    expect(trace.verdict).toBe('dropped');
    expect(trace.ranges).toEqual(['10.244.1.0/24', 'fd00:10:244:1::/64']);
    const hop = failing(trace);
    expect(hop).toMatchObject({ step: 'route-lookup', ruleId: 'route-shadowed', resource: 'to-firewall' });
    expect(hop.detail).toContain('diverts 10.244.1.128/25, part of 10.244.1.0/24');
    expect(explain(context, 'k8s-lin-a1', '10.244.1.10').verdict).toBe('delivered');
    expect(failing(explain(context, 'k8s-lin-a1', '10.244.1.200')).ruleId).toBe('route-shadowed');
  });

  it('delivers every pair of a healthy cluster, both families', async () => {
    const context = await pathContext('fixtures/azure/healthy');
    const names = context.topology.views.map((view) => view.node.name);
    for (const from of names)
      for (const to of names) if (from !== to) expect(explain(context, from, to).verdict).toBe('delivered');
  });

  it('is unknown for a source whose subnet is unknown, naming the NIC listing', async () => {
    const context = await pathContext('fixtures/azure/healthy', (files) => {
      // Neither its NIC nor a subnet listing places the node.
      for (const config of named(files.get('az-nics.json'), 'k8s-lin-a1-nic').ipConfigurations) delete config.subnet;
      files.delete('az-subnets.json');
    });
    const trace = explain(context, 'k8s-lin-a1', 'k8s-lin-b1');
    expect(trace.verdict).toBe('unknown');
    // One undecided look-up per family traced.
    const undecided = trace.forward.filter((hop) => hop.ok !== true);
    expect(undecided).toHaveLength(2);
    for (const hop of undecided) {
      expect(hop).toMatchObject({ step: 'route-lookup', ok: null, ruleId: 'check-incomplete' });
      expect(hop.detail).toContain('the subnet of node k8s-lin-a1 is unknown');
      expect(hop.remediation?.text).toContain('az network nic list');
    }
  });
});
