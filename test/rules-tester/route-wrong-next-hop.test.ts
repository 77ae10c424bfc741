import { routeWrongNextHop } from '../../src/rules/route-wrong-next-hop.js';
import { ruleTester } from '../support/rule-tester.js';
import { cluster, node, route } from '../support/snapshot-builder.js';

const nodes = [
  node('a', { ip: '10.0.0.2', podCidr: '10.244.0.0/24', vm: {} }),
  node('b', { ip: '10.0.0.3', podCidr: '10.244.1.0/24', vm: {} }),
];

ruleTester(routeWrongNextHop).run({
  valid: [
    {
      name: 'every route points at the node owning the pod CIDR',
      snapshot: cluster({
        provider: 'gce',
        nodes,
        routes: [route('10.244.0.0/24', 'a'), route('10.244.1.0/24', '10.0.0.3')],
      }),
    },
    {
      name: 'a wider route elsewhere (default route to an appliance) is the fallback of a missing route, not wrong',
      snapshot: cluster({
        provider: 'gce',
        nodes,
        routes: [route('10.244.0.0/24', 'a'), route('0.0.0.0/0', '10.0.9.9', { name: 'to-proxy' })],
      }),
    },
    {
      name: 'a missing route is route-missing, not a wrong next hop',
      snapshot: cluster({ provider: 'gce', nodes, routes: [route('10.244.0.0/24', 'a')] }),
    },
  ],
  invalid: [
    ...['VnetLocal', 'None', 'Internet', 'VirtualNetworkGateway'].map((hopType) => ({
      name: `Azure: the pod CIDR's route has next hop ${hopType}`,
      snapshot: cluster({
        provider: 'azure',
        nodes: [
          node('a', { ip: '10.0.0.2', podCidr: '10.244.0.0/24', vm: { subnet: 'nodes' } }),
          node('b', { ip: '10.0.0.3', podCidr: '10.244.1.0/24', vm: { subnet: 'nodes' } }),
        ],
        routeTables: { 'rt-nodes': ['nodes'] },
        routes: [
          route('10.244.0.0/24', 'a', { table: 'rt-nodes' }),
          route('10.244.1.0/24', hopType, { table: 'rt-nodes', name: 'pods-b', hopType }),
        ],
      }),
      findings: [
        {
          severity: 'error' as const,
          node: 'b',
          resource: 'pods-b',
          messageIncludes: `carries pod CIDR 10.244.1.0/24 of node b but points at ${hopType}`,
        },
      ],
    })),
    {
      name: 'GCE: a subnet route covers the pod CIDR: no static route may be added inside it, so it is the route at fault',
      snapshot: cluster({
        provider: 'gce',
        nodes,
        routes: [
          route('10.244.0.0/24', 'a'),
          route('10.244.0.0/16', 'network default', {
            name: 'default-route-77c1',
            priority: 0,
            hopType: 'nextHopNetwork',
            system: true,
            exclusive: true,
          }),
        ],
      }),
      findings: [{ node: 'b', resource: 'default-route-77c1', messageIncludes: 'but points at network default' }],
    },
    {
      name: 'GCE: a static route of the pod CIDR to the internet gateway',
      snapshot: cluster({
        provider: 'gce',
        nodes,
        routes: [
          route('10.244.0.0/24', 'a'),
          route('10.244.1.0/24', 'gateway default-internet-gateway', { name: 'leak', hopType: 'nextHopGateway' }),
        ],
      }),
      findings: [{ node: 'b', resource: 'leak', messageIncludes: 'but points at gateway default-internet-gateway' }],
    },
    {
      name: "a route carries b's pod CIDR to node a",
      snapshot: cluster({
        provider: 'gce',
        nodes,
        routes: [route('10.244.0.0/24', 'a'), route('10.244.1.0/24', 'a', { name: 'pods-b' })],
      }),
      findings: [
        {
          severity: 'error',
          node: 'b',
          resource: 'pods-b',
          messageIncludes: 'carries pod CIDR 10.244.1.0/24 of node b but points at node a',
        },
      ],
    },
    {
      name: 'a route to an address no node holds',
      snapshot: cluster({
        provider: 'gce',
        nodes,
        routes: [route('10.244.0.0/24', '10.0.0.99', { name: 'old' }), route('10.244.1.0/24', 'b')],
      }),
      findings: [{ node: 'a', resource: 'old', messageIncludes: 'but points at 10.0.0.99' }],
    },
    {
      name: 'one wide route covering both pod CIDRs, to node a',
      snapshot: cluster({
        provider: 'gce',
        nodes,
        routes: [route('10.244.0.0/16', 'a', { name: 'wide' }), route('10.244.0.0/24', 'a')],
      }),
      findings: [{ node: 'b', resource: 'wide' }],
    },
  ],
});
