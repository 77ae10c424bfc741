import { routeNotApplied } from '../../src/rules/route-not-applied.js';
import { ruleTester } from '../support/rule-tester.js';
import { cluster, node, route } from '../support/snapshot-builder.js';

const a = node('a', { ip: '10.0.0.2', podCidr: '10.244.0.0/24', vm: { tags: ['pool-a'] } });
const b = node('b', { ip: '10.0.0.3', podCidr: '10.244.1.0/24', vm: { tags: ['pool-b'] } });

ruleTester(routeNotApplied).run({
  valid: [
    {
      name: 'tagged routes that reach the nodes needing them',
      snapshot: cluster({
        provider: 'gce',
        nodes: [a, b],
        routes: [route('10.244.0.0/24', 'a', { tags: ['pool-b'] }), route('10.244.1.0/24', 'b', { tags: ['pool-a'] })],
      }),
    },
  ],
  invalid: [
    {
      name: 'the route to b is limited to a tag node a does not carry',
      snapshot: cluster({
        provider: 'gce',
        nodes: [a, b],
        routes: [route('10.244.0.0/24', 'a'), route('10.244.1.0/24', 'b', { name: 'to-b', tags: ['pool-b'] })],
      }),
      findings: [
        {
          severity: 'error',
          node: 'b',
          resource: 'to-b',
          messageIncludes: 'pod CIDR 10.244.1.0/24 of node b is unreachable from a',
        },
      ],
    },
    {
      name: 'the route to b lives in another network',
      snapshot: cluster({
        provider: 'gce',
        nodes: [a, b],
        routes: [route('10.244.0.0/24', 'a'), route('10.244.1.0/24', 'b', { name: 'to-b', network: 'other' })],
      }),
      findings: [{ node: 'b', resource: 'to-b' }],
    },
    {
      name: 'Azure: the route to b sits in a table the node subnet is not associated with',
      snapshot: cluster({
        provider: 'azure',
        nodes: [
          node('a', { ip: '10.0.0.2', podCidr: '10.244.0.0/24', vm: { subnet: 'nodes' } }),
          node('b', { ip: '10.0.0.3', podCidr: '10.244.1.0/24', vm: { subnet: 'nodes' } }),
        ],
        routeTables: { 'rt-nodes': ['nodes'], 'rt-old': [] },
        routes: [
          route('10.244.0.0/24', 'a', { table: 'rt-nodes' }),
          route('10.244.1.0/24', 'b', { table: 'rt-old', name: 'to-b' }),
        ],
      }),
      findings: [{ node: 'b', resource: 'to-b', messageIncludes: 'route to-b is in route table rt-old, but' }],
    },
  ],
});
