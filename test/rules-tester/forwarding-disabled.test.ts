import { forwardingDisabled } from '../../src/rules/forwarding-disabled.js';
import { ruleTester } from '../support/rule-tester.js';
import { cluster, node } from '../support/snapshot-builder.js';

ruleTester(forwardingDisabled).run({
  valid: [
    {
      name: 'the inventory and the AWS ENI agree that forwarding is allowed: no note',
      snapshot: cluster({ provider: 'aws', nodes: [node('a', { ip: '10.0.0.2', forwarding: true, vm: {} })] }),
    },
    {
      name: 'GCE machines that may forward',
      snapshot: cluster({
        provider: 'gce',
        nodes: [node('a', { ip: '10.0.0.2', vm: { forwarding: true } }), node('b', { ip: '10.0.0.3', vm: {} })],
      }),
    },
    {
      name: 'k3s:// nodes without cloud data: bare metal, no unchecked cloud',
      snapshot: cluster({
        provider: 'baremetal',
        nodes: [
          node('a', { ip: '10.0.0.2', providerId: 'k3s://a' }),
          node('b', { ip: '10.0.0.3', providerId: 'k3s://b' }),
        ],
      }),
    },
    {
      name: 'k3s:// nodes joined by IP to EC2 instances that may forward',
      snapshot: cluster({
        provider: 'aws',
        nodes: [node('a', { ip: '10.0.0.2', providerId: 'k3s://a', vm: { forwarding: true } })],
      }),
    },
    {
      name: 'vSphere nodes: no unchecked cloud',
      snapshot: cluster({
        provider: 'vsphere',
        nodes: [node('a', { ip: '10.0.0.2', providerId: 'vsphere://4204a0f5-0000-0000-0000-000000000001' })],
      }),
    },
    {
      name: 'bare metal nodes the inventory says forward',
      snapshot: cluster({ provider: 'baremetal', nodes: [node('a', { ip: '10.0.0.2', forwarding: true })] }),
    },
  ],
  invalid: [
    {
      name: 'the inventory says forwarding: true, the AWS ENI has the check on: the ENI wins, with a note',
      snapshot: cluster({
        provider: 'aws',
        nodes: [node('a', { ip: '10.0.0.2', forwarding: true, vm: { forwarding: false } })],
      }),
      findings: [
        { severity: 'error', node: 'a', messageIncludes: 'the source/destination check is on' },
        {
          severity: 'note',
          node: 'a',
          messageIncludes:
            "the inventory says node a allows forwarding; the cloud's data says eni-61 does not allow forwarding (source/destination check): the cloud's data is used",
        },
      ],
    },
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
      name: 'rke2:// nodes joined by IP to an EC2 instance with the source/destination check on',
      snapshot: cluster({
        provider: 'aws',
        nodes: [node('a', { ip: '10.0.0.2', providerId: 'rke2://a', vm: { forwarding: false } })],
      }),
      findings: [{ severity: 'error', node: 'a', resource: `eni-61`, messageIncludes: "carries node a's IP 10.0.0.2" }],
    },
    {
      name: 'nodes on clouds the tool does not check: one gap naming each cloud, its nodes and what is not verified',
      snapshot: cluster({
        provider: 'baremetal',
        nodes: [
          node('os-1', { ip: '10.0.0.2', providerId: 'openstack:///6f2c1d9e-0000-4000-8000-000000000001' }),
          node('os-2', { ip: '10.0.0.3', providerId: 'openstack:///6f2c1d9e-0000-4000-8000-000000000002' }),
          node('hz-1', { ip: '10.0.1.2', providerId: 'hcloud://40123456' }),
          node('metal', { ip: '10.0.2.2' }),
        ],
      }),
      findings: [
        {
          ruleId: 'check-incomplete',
          severity: 'warning',
          about: 'forwarding-disabled',
          messageIncludes:
            'Hetzner Cloud: hz-1 (not verified: the routes of the private network for each pod CIDR); OpenStack: os-1, os-2 (not verified: port security and allowed-address-pairs',
        },
      ],
    },
    {
      name: 'an unchecked cloud under --strict: an error',
      strict: true,
      snapshot: cluster({
        provider: 'baremetal',
        nodes: [node('do-1', { ip: '10.0.0.2', providerId: 'digitalocean://301234567' })],
      }),
      findings: [{ ruleId: 'check-incomplete', severity: 'error', messageIncludes: 'DigitalOcean: do-1' }],
    },
    {
      name: 'an unknown providerID scheme is an unchecked cloud too',
      snapshot: cluster({
        provider: 'baremetal',
        nodes: [node('x', { ip: '10.0.0.2', providerId: 'newcloud://x-1' })],
      }),
      findings: [{ ruleId: 'check-incomplete', messageIncludes: 'newcloud://: x' }],
    },
    {
      name: 'a bare metal node the inventory says does not forward',
      snapshot: cluster({ provider: 'baremetal', nodes: [node('a', { ip: '10.0.0.2', forwarding: false })] }),
      findings: [{ node: 'a', messageIncludes: 'declared by the inventory' }],
    },
  ],
});
