import { describe, expect, it } from 'vitest';
import { parseCidr } from '../../src/model/cidr.js';
import type { ClusterSnapshot, Node } from '../../src/model/snapshot.js';
import { Topology } from '../../src/model/topology.js';
import { profileFor } from '../../src/clouds/index.js';
import { nodeGroups, outsideOf } from '../../src/paths/groups.js';
import type { PathContext } from '../../src/paths/types.js';
import { runFixture } from '../rules/helpers.js';

function contextOf(snapshot: ClusterSnapshot): PathContext {
  return {
    snapshot,
    topology: new Topology(snapshot),
    profile: profileFor(snapshot.provider),
    options: { strict: false },
  };
}

function node(name: string, fields: Partial<Node> = {}): Node {
  return { name, os: 'linux', internalIps: [], podCidrs: [parseCidr(`10.244.${name.length}.0/24`)!], ...fields };
}

function snapshotOf(nodes: Node[], fields: Partial<ClusterSnapshot> = {}): ClusterSnapshot {
  return {
    provider: 'baremetal',
    providerReason: 'test',
    clusterCidrs: [],
    flannel: [],
    nodes,
    instances: [],
    interfaces: [],
    subnets: [],
    networks: [],
    routes: [],
    routeTables: [],
    gaps: [],
    present: new Set(['nodes']),
    sources: [],
    ...fields,
  };
}

describe('nodeGroups', () => {
  it('groups by subnet and OS, in label order, with generated ids and the Azure tables of the subnet', async () => {
    const { snapshot } = await runFixture('fixtures/azure/broken');
    const groups = nodeGroups(contextOf(snapshot));
    expect(groups.map((g) => [g.id, g.label, g.nodes, g.routeTables])).toEqual([
      ['g1', 'nodes 10.30.1.0/24, linux', ['k8s-lin-1', 'k8s-lin-2', 'k8s-lin-3'], ['k8s-pod-routes']],
      ['g2', 'nodes 10.30.1.0/24, windows', ['k8s-win-2'], ['k8s-pod-routes']],
      ['g3', 'nodes-win 10.30.2.0/24, windows', ['k8s-win-1'], []],
    ]);
    expect(groups[0]!.segment).toMatch(/\/subnets\/nodes$/);
  });

  it('gives GCE groups the network whose routes apply to them', async () => {
    const { snapshot } = await runFixture('fixtures/gce/healthy');
    const groups = nodeGroups(contextOf(snapshot));
    expect(groups.map((g) => [g.label, g.routeTables])).toEqual([
      ['k8s-nodes 10.30.0.0/20, linux', ['k8s-vpc']],
      ['k8s-nodes 10.30.0.0/20, windows', ['k8s-vpc']],
    ]);
  });

  it('puts nodes of no known segment last, one group per OS, and leaves out planned nodes and nodes without pod CIDR', () => {
    const snapshot = snapshotOf(
      [
        node('a', { internalIps: ['192.168.1.5'] }),
        node('b', { os: 'windows' }),
        node('c'),
        node('d', { podCidrs: [] }),
        node('e', { planned: true, podCidrs: [] }),
        node('f', { os: 'windows', subnetId: 'rack-z' }),
      ],
      { subnets: [{ id: 'rack-b', name: 'rack b', cidrs: [parseCidr('192.168.1.0/24')!] }] },
    );
    const context = contextOf(snapshot);
    const groups = nodeGroups(context);
    expect(groups.map((g) => [g.id, g.label, g.segment, g.nodes])).toEqual([
      ['g1', 'rack b 192.168.1.0/24, linux', 'rack-b', ['a']],
      ['g2', 'rack-z, windows', 'rack-z', ['f']],
      ['g3', 'segment unknown, linux', undefined, ['c']],
      ['g4', 'segment unknown, windows', undefined, ['b']],
    ]);
    expect(context.topology.views.map(outsideOf)).toEqual([
      undefined,
      undefined,
      undefined,
      'no-pod-cidr',
      'planned',
      undefined,
    ]);
  });
});
