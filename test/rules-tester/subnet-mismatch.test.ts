import { subnetMismatch } from '../../src/rules/subnet-mismatch.js';
import { ruleTester } from '../support/rule-tester.js';
import { cluster, node } from '../support/snapshot-builder.js';

const subnets = [
  { id: 'subnet-a', cidr: '10.0.1.0/24', name: 'nodes' },
  { id: 'subnet-b', cidr: '10.0.2.0/24' },
];

ruleTester(subnetMismatch).run({
  valid: [
    {
      name: 'AWS nodes all in one subnet',
      snapshot: cluster({
        provider: 'aws',
        subnets,
        nodes: ['a', 'b', 'c'].map((name, i) => node(name, { ip: `10.0.1.${i + 2}`, vm: { subnet: 'subnet-a' } })),
      }),
    },
    {
      name: 'GCE routes between subnets, so the rule does not apply',
      snapshot: cluster({
        provider: 'gce',
        nodes: [
          node('a', { ip: '10.0.1.2', vm: { subnet: 'subnet-a' } }),
          node('b', { ip: '10.0.2.2', vm: { subnet: 'subnet-b' } }),
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'an AWS node whose subnet is unknown: a gap',
      snapshot: cluster({ provider: 'aws', nodes: [node('a', { ip: '10.0.0.2', vm: { subnet: null } })] }),
      findings: [{ about: 'subnet-mismatch', messageIncludes: 'the subnet of 1 node(s) (a) is unknown' }],
    },
    {
      name: 'an AWS node outside the subnet most nodes are in',
      snapshot: cluster({
        provider: 'aws',
        subnets,
        nodes: [
          node('a', { ip: '10.0.1.2', vm: { subnet: 'subnet-a' } }),
          node('b', { ip: '10.0.1.3', vm: { subnet: 'subnet-a' } }),
          node('c', { ip: '10.0.2.2', vm: { subnet: 'subnet-b' } }),
        ],
      }),
      findings: [
        {
          severity: 'error',
          node: 'c',
          resource: 'subnet-b',
          messageIncludes: '2 of 3 nodes are in nodes (subnet-a) 10.0.1.0/24',
        },
      ],
    },
    {
      name: 'bare metal nodes placed by address in two segments',
      snapshot: cluster({
        provider: 'baremetal',
        subnets,
        nodes: [node('a', { ip: '10.0.1.2' }), node('b', { ip: '10.0.2.2' }), node('c', { ip: '10.0.2.3' })],
      }),
      findings: [{ node: 'a', resource: 'subnet-a' }],
    },
  ],
});
