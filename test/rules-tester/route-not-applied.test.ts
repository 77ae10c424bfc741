import { routeNotApplied } from '../../src/rules/route-not-applied.js';
import { ruleTester } from '../support/rule-tester.js';
import { cluster, node, route } from '../support/snapshot-builder.js';

const a = node('a', { ip: '10.0.0.2', podCidr: '10.244.0.0/24', vm: { tags: ['pool-a'] } });
const b = node('b', { ip: '10.0.0.3', podCidr: '10.244.1.0/24', vm: { tags: ['pool-b'] } });

ruleTester(routeNotApplied).run({
  valid: [
    {
      name: 'tagged routes that reach the nodes needing them',
      snapshot: cluster({ provider: 'gce', nodes: [a, b], routes: [route('10.244.0.0/24', 'a', { tags: ['pool-b'] }), route('10.244.1.0/24', 'b', { tags: ['pool-a'] })] }),
    },
  ],
  invalid: [
    {
      name: 'the route to b is limited to a tag node a does not carry',
      snapshot: cluster({ provider: 'gce', nodes: [a, b], routes: [route('10.244.0.0/24', 'a'), route('10.244.1.0/24', 'b', { name: 'to-b', tags: ['pool-b'] })] }),
      findings: [{ severity: 'error', node: 'b', resource: 'to-b', messageIncludes: 'pod CIDR 10.244.1.0/24 of node b is unreachable from a' }],
    },
    {
      name: 'the route to b lives in another network',
      snapshot: cluster({ provider: 'gce', nodes: [a, b], routes: [route('10.244.0.0/24', 'a'), route('10.244.1.0/24', 'b', { name: 'to-b', network: 'other' })] }),
      findings: [{ node: 'b', resource: 'to-b' }],
    },
  ],
});
