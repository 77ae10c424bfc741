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

const RKE = 'RKE cluster.yml (network.plugin canal)';
const CONFIGMAP = 'ConfigMap kube-flannel/kube-flannel-cfg';
const K3S_ARGS = 'k3s server arguments';
const hostGwNodes = (count: number) =>
  Array.from({ length: count }, (_, i) => node(`n${i + 1}`, { backend: 'host-gw' }));

ruleTester(backendMismatch).run({
  valid: [
    {
      name: 'every source and every node on host-gw',
      snapshot: cluster({
        provider: 'baremetal',
        flannel: [
          { backendType: 'host-gw', describedBy: RKE },
          { backendType: 'host-gw', describedBy: CONFIGMAP },
          { backendType: 'host-gw', describedBy: K3S_ARGS, running: true },
        ],
        nodes: hostGwNodes(3),
      }),
    },
  ],
  invalid: [
    {
      name: "RKE's defaults are named, and what would switch the nodes still on host-gw",
      snapshot: cluster({
        provider: 'baremetal',
        flannel: {
          backendType: 'vxlan',
          describedBy: RKE,
          defaulted: ['network.plugin canal', 'flannel backend vxlan'],
        },
        nodes: hostGwNodes(3),
      }),
      findings: [
        {
          resource: RKE,
          messageIncludes:
            'sets the flannel backend to "vxlan", not "host-gw" (RKE default: network.plugin canal, flannel backend vxlan), while all 3 nodes run host-gw (flannel.alpha.coreos.com/backend-type): the next `rke up` switches them',
        },
      ],
    },
    {
      name: 'what runs wins: a host-gw ConfigMap against nodes and server arguments on vxlan, nodes grouped',
      snapshot: cluster({
        provider: 'baremetal',
        flannel: [
          { backendType: 'host-gw', describedBy: CONFIGMAP },
          { backendType: 'vxlan', describedBy: K3S_ARGS, running: true },
        ],
        nodes: [
          ...['n1', 'n2', 'n3', 'n4', 'n5'].map((name) => node(name, { backend: 'vxlan' })),
          node('n6', { backend: 'host-gw' }),
        ],
      }),
      findings: [
        {
          resource: CONFIGMAP,
          messageIncludes: `${CONFIGMAP} says host-gw, while nodes n1, n2 and 3 more run vxlan (flannel.alpha.coreos.com/backend-type); ${K3S_ARGS} runs vxlan: restarting the flannel pods switches them`,
        },
        // What runs is the reference: nodes on its backend are not reported one by one, the one left on host-gw is named.
        {
          resource: K3S_ARGS,
          messageIncludes: `${K3S_ARGS} sets the flannel backend to "vxlan", not "host-gw", while node n6 runs host-gw (flannel.alpha.coreos.com/backend-type)`,
        },
      ],
    },
    {
      name: 'two configurations that disagree are named together once, by the later one',
      snapshot: cluster({
        provider: 'baremetal',
        flannel: [
          { backendType: 'host-gw', describedBy: CONFIGMAP },
          { backendType: 'vxlan', describedBy: RKE },
        ],
        nodes: [node('a', {})],
      }),
      findings: [{ resource: RKE, messageIncludes: `not "host-gw", while ${CONFIGMAP} says host-gw` }],
    },
    {
      name: 'a node on a third backend is still reported on its own, naming the source it is compared with',
      snapshot: cluster({
        provider: 'baremetal',
        flannel: { backendType: 'host-gw', describedBy: RKE },
        nodes: [node('a', { backend: 'host-gw' }), node('b', { backend: 'udp' })],
      }),
      findings: [
        {
          node: 'b',
          messageIncludes: `node b runs flannel backend "udp" (annotation flannel.alpha.coreos.com/backend-type) but ${RKE} says "host-gw"`,
        },
      ],
    },
    {
      name: 'a second source agreeing with the first does not name again the nodes reported on their own',
      snapshot: cluster({
        provider: 'baremetal',
        flannel: [
          { backendType: 'host-gw', describedBy: RKE },
          { backendType: 'host-gw', describedBy: CONFIGMAP },
        ],
        nodes: [node('a', { backend: 'host-gw' }), node('b', { backend: 'vxlan' })],
      }),
      findings: [{ node: 'b', messageIncludes: `but ${RKE} says "host-gw"` }],
    },
    {
      name: 'bounded: 5,000 nodes on host-gw against a vxlan cluster.yml are one finding',
      snapshot: cluster({
        provider: 'baremetal',
        flannel: { backendType: 'vxlan', describedBy: RKE },
        nodes: hostGwNodes(5000),
      }),
      findings: [{ resource: RKE, messageIncludes: 'while all 5000 nodes run host-gw' }],
    },
  ],
});
