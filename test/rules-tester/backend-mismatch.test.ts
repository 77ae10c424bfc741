import { backendMismatch } from '../../src/rules/backend-mismatch.js';
import { ruleTester } from '../support/rule-tester.js';
import { cluster, node } from '../support/snapshot-builder.js';

ruleTester(backendMismatch).run({
  valid: [
    {
      name: 'host-gw configured and run by every node',
      snapshot: cluster({
        provider: 'baremetal',
        flannel: { backendType: 'host-gw' },
        nodes: [node('a', { backend: 'host-gw' }), node('b', {})],
      }),
    },
    {
      name: 'no flannel configuration and nodes on host-gw',
      snapshot: cluster({ provider: 'baremetal', nodes: [node('a', { backend: 'host-gw' })] }),
    },
  ],
  invalid: [
    {
      name: 'no flannel configuration and no backend annotation: a gap',
      snapshot: cluster({ provider: 'gce', nodes: [node('a', { ip: '10.0.0.2', vm: {} })] }),
      findings: [{ about: 'backend-mismatch', messageIncludes: 'the flannel backend is unknown' }],
    },
    {
      name: 'the ConfigMap sets vxlan',
      snapshot: cluster({
        provider: 'baremetal',
        flannel: { backendType: 'vxlan' },
        nodes: [node('a', { backend: 'vxlan' })],
      }),
      findings: [
        {
          severity: 'error',
          resource: 'kube-flannel-cfg',
          node: undefined,
          messageIncludes: 'sets the flannel backend to "vxlan", not "host-gw"',
        },
      ],
    },
    {
      name: 'a node still runs vxlan after the switch to host-gw',
      snapshot: cluster({
        provider: 'gce',
        flannel: { backendType: 'host-gw' },
        nodes: [node('a', { backend: 'host-gw', vm: {} }), node('b', { backend: 'vxlan', vm: {} })],
      }),
      findings: [{ node: 'b', messageIncludes: 'node b runs flannel backend "vxlan"' }],
    },
  ],
});
