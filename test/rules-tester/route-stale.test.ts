import { routeStale } from '../../src/rules/route-stale.js';
import { ruleTester } from '../support/rule-tester.js';
import { cluster, node, route } from '../support/snapshot-builder.js';

const nodes = [
  node('a', { ip: '10.0.0.2', podCidr: '10.244.0.0/24', vm: {} }),
  node('b', { ip: '10.0.0.3', podCidr: '10.244.1.0/24', vm: {} }),
];
const toNodes = [route('10.244.0.0/24', 'a'), route('10.244.1.0/24', 'b')];

ruleTester(routeStale).run({
  valid: [
    {
      name: 'every route in the cluster CIDR serves a pod CIDR',
      snapshot: cluster({ provider: 'gce', clusterCidrs: ['10.244.0.0/16'], nodes, routes: toNodes }),
    },
    {
      name: 'routes outside the cluster CIDR are not the cluster’s',
      snapshot: cluster({
        provider: 'gce',
        clusterCidrs: ['10.244.0.0/16'],
        nodes,
        routes: [...toNodes, route('192.168.0.0/24', '10.0.0.99')],
      }),
    },
  ],
  invalid: [
    {
      name: 'without a cluster CIDR nothing can be called stale: a gap says so',
      snapshot: cluster({ provider: 'gce', nodes, routes: [...toNodes, route('10.244.9.0/24', '10.0.0.99')] }),
      findings: [{ about: 'route-stale', messageIncludes: 'the cluster CIDR is unknown' }],
    },
    {
      name: 'a route left by a deleted node',
      snapshot: cluster({
        provider: 'gce',
        clusterCidrs: ['10.244.0.0/16'],
        nodes,
        routes: [...toNodes, route('10.244.9.0/24', '10.0.0.99', { name: 'gone' })],
      }),
      findings: [
        {
          severity: 'warning',
          node: undefined,
          resource: 'gone',
          messageIncludes: 'its next hop is not a current node',
        },
      ],
    },
    {
      name: 'a route to a live node for a pod CIDR it no longer has',
      snapshot: cluster({
        provider: 'gce',
        clusterCidrs: ['10.244.0.0/16'],
        nodes,
        routes: [...toNodes, route('10.244.7.0/24', 'a', { name: 'old-a' })],
      }),
      findings: [
        {
          resource: 'old-a',
          messageIncludes: '(10.244.7.0/24 via node a) is inside the cluster CIDR but no node has that pod CIDR',
        },
      ],
    },
  ],
});
