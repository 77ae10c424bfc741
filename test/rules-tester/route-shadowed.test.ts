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
      name: 'GCE: a peering route (priority 0) inside b’s pod CIDR wins by longest prefix',
      snapshot: cluster({
        provider: 'gce',
        nodes,
        routes: [
          ...toNodes,
          route('10.244.1.0/26', 'peering shared-services', {
            name: 'peering-route-4c1e',
            priority: 0,
            hopType: 'nextHopPeering',
            system: true,
          }),
        ],
      }),
      findings: [
        {
          node: 'b',
          resource: 'peering-route-4c1e',
          messageIncludes:
            'diverts part (10.244.1.0/26) of pod CIDR 10.244.1.0/24 of node b to peering shared-services',
        },
      ],
    },
    {
      name: 'GCE: a peering subnet route wider than b’s pod route still wins: subnet routes come before static ones',
      snapshot: cluster({
        provider: 'gce',
        nodes,
        routes: [
          ...toNodes,
          route('10.244.0.0/23', 'peering shared-services', {
            name: 'peering-route-0d3e',
            priority: 0,
            hopType: 'nextHopPeering',
            system: true,
            exclusive: true,
          }),
        ],
      }),
      findings: [
        { node: 'a', resource: 'peering-route-0d3e', messageIncludes: 'diverts all of pod CIDR 10.244.0.0/24' },
        { node: 'b', resource: 'peering-route-0d3e', messageIncludes: 'diverts all of pod CIDR 10.244.1.0/24' },
      ],
    },
    {
      name: 'GCE: a subnet route inside a pod CIDR wins by longest prefix',
      snapshot: cluster({
        provider: 'gce',
        nodes,
        routes: [
          ...toNodes,
          route('10.244.0.0/28', 'network default', {
            name: 'default-route-9f2a',
            priority: 0,
            hopType: 'nextHopNetwork',
            system: true,
          }),
        ],
      }),
      findings: [{ node: 'a', resource: 'default-route-9f2a', messageIncludes: 'diverts part (10.244.0.0/28)' }],
    },
    {
      name: 'GCE: an equal-priority route of the same prefix takes a share of the flows (ECMP), not all',
      snapshot: cluster({
        provider: 'gce',
        nodes,
        routes: [...toNodes, route('10.244.1.0/24', 'a', { name: 'pods-b-old' })],
      }),
      findings: [
        {
          severity: 'error',
          node: 'b',
          resource: 'pods-b-old',
          messageIncludes:
            "GCE spreads flows across 2 routes of equal priority (ECMP), so about 1/2 of the flows to node b's pods go to",
        },
      ],
    },
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
