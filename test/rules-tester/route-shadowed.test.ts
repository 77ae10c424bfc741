import { routeShadowed } from '../../src/rules/route-shadowed.js';
import { ruleTester } from '../support/rule-tester.js';
import { cluster, node, route } from '../support/snapshot-builder.js';

const nodes = [
  node('a', { ip: '10.0.0.2', podCidr: '10.244.0.0/24', vm: {} }),
  node('b', { ip: '10.0.0.3', podCidr: '10.244.1.0/24', vm: {} }),
];
const toNodes = [route('10.244.0.0/24', 'a'), route('10.244.1.0/24', 'b')];

ruleTester(routeShadowed).run({
  valid: [
    { name: 'one route per pod CIDR, to its node', snapshot: cluster({ provider: 'gce', nodes, routes: toNodes }) },
    {
      name: 'a wider route elsewhere does not divert a more specific pod route',
      snapshot: cluster({ provider: 'gce', nodes, routes: [...toNodes, route('10.0.0.0/8', 'vpn-tunnel')] }),
    },
  ],
  invalid: [
    {
      name: 'a more specific route takes half of b’s pod CIDR',
      snapshot: cluster({
        provider: 'gce',
        nodes,
        routes: [...toNodes, route('10.244.1.128/25', 'vpn-tunnel', { name: 'vpn' })],
      }),
      findings: [
        {
          severity: 'error',
          node: 'b',
          resource: 'vpn',
          messageIncludes: 'diverts part (10.244.1.128/25) of pod CIDR 10.244.1.0/24 of node b to vpn-tunnel',
        },
      ],
    },
    {
      name: 'a higher-priority route of the same prefix takes all of it',
      snapshot: cluster({
        provider: 'gce',
        nodes,
        routes: [...toNodes, route('10.244.0.0/24', 'vpn-tunnel', { name: 'vpn', priority: 100 })],
      }),
      findings: [{ node: 'a', resource: 'vpn', messageIncludes: 'diverts all of pod CIDR 10.244.0.0/24' }],
    },
  ],
});
