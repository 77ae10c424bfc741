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
      name: 'a missing route is route-missing, not a wrong next hop',
      snapshot: cluster({ provider: 'gce', nodes, routes: [route('10.244.0.0/24', 'a')] }),
    },
  ],
  invalid: [
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
