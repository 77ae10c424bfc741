import { routeMissing } from '../../src/rules/route-missing.js';
import { ruleTester } from '../support/rule-tester.js';
import { cluster, node, route } from '../support/snapshot-builder.js';

const nodes = [
  node('a', { ip: '10.0.0.2', podCidr: '10.244.0.0/24', vm: {} }),
  node('b', { ip: '10.0.0.3', podCidr: '10.244.1.0/24', vm: {} }),
];

ruleTester(routeMissing).run({
  valid: [
    {
      name: 'a GCE route to every node',
      snapshot: cluster({ provider: 'gce', nodes, routes: [route('10.244.0.0/24', 'a'), route('10.244.1.0/24', 'b')] }),
    },
    {
      name: 'Azure: a route to each node in the route table of their subnet',
      snapshot: cluster({
        provider: 'azure',
        nodes: [
          node('a', { ip: '10.0.0.2', podCidr: '10.244.0.0/24', vm: { subnet: 'nodes' } }),
          node('b', { ip: '10.0.0.3', podCidr: '10.244.1.0/24', vm: { subnet: 'nodes' } }),
        ],
        routeTables: { 'rt-nodes': ['nodes'] },
        routes: [
          route('10.244.0.0/24', 'a', { table: 'rt-nodes' }),
          route('10.244.1.0/24', 'b', { table: 'rt-nodes' }),
        ],
      }),
    },
    {
      name: "Azure: a route of the pod CIDR's own prefix to VnetLocal is a wrong next hop to update, not a missing route",
      snapshot: cluster({
        provider: 'azure',
        nodes: [
          node('a', { ip: '10.0.0.2', podCidr: '10.244.0.0/24', vm: { subnet: 'nodes' } }),
          node('b', { ip: '10.0.0.3', podCidr: '10.244.1.0/24', vm: { subnet: 'nodes' } }),
        ],
        routeTables: { 'rt-nodes': ['nodes'] },
        routes: [
          route('10.244.0.0/24', 'a', { table: 'rt-nodes' }),
          route('10.244.1.0/24', 'VnetLocal', { table: 'rt-nodes', hopType: 'VnetLocal' }),
        ],
      }),
    },
    {
      name: 'AWS nodes share a subnet: no cloud routes needed',
      snapshot: cluster({ provider: 'aws', nodes, present: ['routes'] }),
    },
  ],
  invalid: [
    {
      name: 'Azure: a default route to a firewall appliance is only the fallback; the pod route is missing',
      snapshot: cluster({
        provider: 'azure',
        nodes: [
          node('a', { ip: '10.0.0.2', podCidr: '10.244.0.0/24', vm: { subnet: 'nodes' } }),
          node('b', { ip: '10.0.0.3', podCidr: '10.244.1.0/24', vm: { subnet: 'nodes' } }),
        ],
        routeTables: { 'rt-nodes': ['nodes'] },
        routes: [
          route('10.244.0.0/24', 'a', { table: 'rt-nodes' }),
          route('0.0.0.0/0', '10.9.0.4', { table: 'rt-nodes', name: 'to-firewall' }),
        ],
      }),
      findings: [{ node: 'b', messageIncludes: 'traffic follows to-firewall (10.9.0.4) instead' }],
    },
    {
      name: 'no route listing given: a gap, no finding of the rule',
      snapshot: cluster({ provider: 'gce', nodes }),
      findings: [
        {
          ruleId: 'check-incomplete',
          severity: 'warning',
          about: 'route-missing',
          messageIncludes: 'no GCE route data',
        },
      ],
    },
    {
      name: 'the same, with --strict: an error',
      strict: true,
      snapshot: cluster({ provider: 'gce', nodes }),
      findings: [{ severity: 'error', about: 'route-missing' }],
    },
    {
      name: "no route for one node's pod CIDR",
      snapshot: cluster({ provider: 'gce', nodes, routes: [route('10.244.0.0/24', 'a')] }),
      findings: [
        {
          severity: 'error',
          node: 'b',
          messageIncludes: 'no route for pod CIDR 10.244.1.0/24 of node b: pods on any node',
        },
      ],
    },
    {
      name: 'an empty route listing: every node is unreachable',
      snapshot: cluster({ provider: 'gce', nodes, present: ['routes'] }),
      findings: [{ node: 'a' }, { node: 'b' }],
    },
    {
      name: 'traffic follows the default route instead',
      snapshot: cluster({
        provider: 'gce',
        nodes,
        routes: [route('0.0.0.0/0', 'internet-gateway', { name: 'default-internet' }), route('10.244.1.0/24', 'b')],
      }),
      findings: [{ node: 'a', messageIncludes: 'traffic follows default-internet (internet-gateway) instead' }],
    },
    {
      name: 'Azure: the route table of the node subnet lacks a route',
      snapshot: cluster({
        provider: 'azure',
        nodes: [
          node('a', { ip: '10.0.0.2', podCidr: '10.244.0.0/24', vm: { subnet: 'nodes' } }),
          node('b', { ip: '10.0.0.3', podCidr: '10.244.1.0/24', vm: { subnet: 'nodes' } }),
        ],
        routeTables: { 'rt-nodes': ['nodes'] },
        routes: [route('10.244.0.0/24', 'a', { table: 'rt-nodes' })],
      }),
      findings: [{ node: 'b', messageIncludes: 'no route for pod CIDR 10.244.1.0/24 of node b' }],
    },
  ],
});
