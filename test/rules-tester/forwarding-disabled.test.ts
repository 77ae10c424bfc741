import { forwardingDisabled } from '../../src/rules/forwarding-disabled.js';
import { ruleTester } from '../support/rule-tester.js';
import { cluster, node } from '../support/snapshot-builder.js';

ruleTester(forwardingDisabled).run({
  valid: [
    {
      name: 'GCE machines that may forward',
      snapshot: cluster({
        provider: 'gce',
        nodes: [node('a', { ip: '10.0.0.2', vm: { forwarding: true } }), node('b', { ip: '10.0.0.3', vm: {} })],
      }),
    },
    {
      name: 'bare metal nodes the inventory says forward',
      snapshot: cluster({ provider: 'baremetal', nodes: [node('a', { ip: '10.0.0.2', forwarding: true })] }),
    },
  ],
  invalid: [
    {
      name: 'a node with no machine in the instance data: a gap',
      snapshot: cluster({
        provider: 'gce',
        nodes: [node('a', { ip: '10.0.0.2', vm: {} }), node('c', { ip: '10.0.0.4' })],
      }),
      findings: [
        {
          node: 'c',
          about: 'forwarding-disabled',
          messageIncludes: 'node c (IP 10.0.0.4) matches no machine in the GCE data',
        },
      ],
    },
    {
      name: 'a GCE machine with canIpForward off',
      snapshot: cluster({
        provider: 'gce',
        nodes: [node('a', { ip: '10.0.0.2', vm: {} }), node('b', { ip: '10.0.0.3', vm: { forwarding: false } })],
      }),
      findings: [{ severity: 'error', node: 'b', resource: 'b/nic0', messageIncludes: "carries node b's IP 10.0.0.3" }],
    },
    {
      name: 'an AWS ENI with the source/destination check on, on a Windows node',
      snapshot: cluster({
        provider: 'aws',
        nodes: [node('win', { ip: '10.0.0.9', os: 'windows', vm: { forwarding: false } })],
      }),
      findings: [{ node: 'win', messageIncludes: "Windows node win's IP 10.0.0.9" }],
    },
    {
      name: 'an Azure NIC without IP forwarding',
      snapshot: cluster({
        provider: 'azure',
        nodes: [
          node('a', { ip: '10.0.0.2', vm: { forwarding: false } }),
          node('b', { ip: '10.0.0.3', vm: { forwarding: false } }),
        ],
      }),
      findings: [{ node: 'a' }, { node: 'b' }],
    },
    {
      name: 'an AWS launch template that starts machines with the check on: a warning',
      snapshot: cluster({
        provider: 'aws',
        nodes: [
          node('a', {
            ip: '10.0.0.2',
            vm: { forwarding: false, forwardingCaveat: 'a launch template cannot turn it off' },
          }),
        ],
      }),
      findings: [{ severity: 'warning', node: 'a', messageIncludes: 'a launch template cannot turn it off' }],
    },
    {
      name: 'a bare metal node the inventory says does not forward',
      snapshot: cluster({ provider: 'baremetal', nodes: [node('a', { ip: '10.0.0.2', forwarding: false })] }),
      findings: [{ node: 'a', messageIncludes: 'declared by the inventory' }],
    },
  ],
});
