import { podCidrMissing } from '../../src/rules/pod-cidr-missing.js';
import { ruleTester } from '../support/rule-tester.js';
import { cluster, node } from '../support/snapshot-builder.js';

ruleTester(podCidrMissing).run({
  valid: [
    {
      name: 'every node has a pod CIDR',
      snapshot: cluster({
        provider: 'baremetal',
        nodes: [
          node('a', { ip: '10.0.0.2', podCidr: '10.244.0.0/24' }),
          node('b', { ip: '10.0.0.3', podCidr: ['10.244.1.0/24', 'fd00:10:244:1::/64'] }),
        ],
      }),
    },
    {
      name: 'a machine planned in Terraform gets its pod CIDR when it registers',
      snapshot: cluster({
        provider: 'gce',
        nodes: [
          node('a', { ip: '10.0.0.2', podCidr: '10.244.0.0/24', vm: {} }),
          node('new', { planned: true, vm: {} }),
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'a node without spec.podCIDR',
      snapshot: cluster({
        provider: 'gce',
        nodes: [node('a', { ip: '10.0.0.2', podCidr: '10.244.0.0/24', vm: {} }), node('b', { ip: '10.0.0.3', vm: {} })],
      }),
      findings: [{ severity: 'error', node: 'b', messageIncludes: 'node b has no spec.podCIDR' }],
    },
    {
      name: 'no node has one',
      snapshot: cluster({
        provider: 'baremetal',
        nodes: [node('a', { ip: '10.0.0.2' }), node('b', { ip: '10.0.0.3' })],
      }),
      findings: [{ node: 'a' }, { node: 'b' }],
    },
  ],
});
