import { podCidrOverlap } from '../../src/rules/pod-cidr-overlap.js';
import { ruleTester } from '../support/rule-tester.js';
import { cluster, node } from '../support/snapshot-builder.js';

ruleTester(podCidrOverlap).run({
  valid: [
    {
      name: 'disjoint pod CIDRs inside the cluster CIDR, apart from the subnets',
      snapshot: cluster({
        provider: 'aws',
        clusterCidrs: ['10.244.0.0/16'],
        subnets: [{ id: 'subnet-1', cidr: '10.0.0.0/24' }],
        nodes: [
          node('a', { ip: '10.0.0.2', podCidr: '10.244.0.0/24', vm: {} }),
          node('b', { ip: '10.0.0.3', podCidr: '10.244.1.0/24', vm: {} }),
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'two nodes with the same pod CIDR: reported once, from the first node',
      snapshot: cluster({
        provider: 'baremetal',
        nodes: [
          node('a', { ip: '10.0.0.2', podCidr: '10.244.0.0/24' }),
          node('b', { ip: '10.0.0.3', podCidr: '10.244.0.0/24' }),
        ],
      }),
      findings: [
        { severity: 'error', node: 'a', resource: 'b', messageIncludes: 'overlaps pod CIDR 10.244.0.0/24 of node b' },
      ],
    },
    {
      name: 'a pod CIDR inside a subnet and the VPC',
      snapshot: cluster({
        provider: 'aws',
        subnets: [{ id: 'subnet-1', cidr: '10.0.0.0/24', name: 'nodes' }],
        networks: [{ id: 'vpc-1', cidr: '10.0.0.0/16' }],
        nodes: [node('a', { ip: '10.0.0.2', podCidr: '10.0.0.128/25', vm: {} })],
      }),
      findings: [
        { node: 'a', resource: 'nodes', messageIncludes: 'overlaps subnet nodes (10.0.0.0/24)' },
        { node: 'a', resource: 'vpc-1', messageIncludes: 'overlaps network address space vpc-1' },
      ],
    },
    {
      name: 'a pod CIDR outside the cluster CIDR',
      snapshot: cluster({
        provider: 'baremetal',
        clusterCidrs: ['10.244.0.0/16'],
        nodes: [node('a', { ip: '10.0.0.2', podCidr: '10.245.0.0/24' })],
      }),
      findings: [{ node: 'a', resource: undefined, messageIncludes: 'lies outside the cluster CIDR 10.244.0.0/16' }],
    },
  ],
});
