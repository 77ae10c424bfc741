import type { ClusterSnapshot } from '../../src/model/snapshot.js';
import { checkIncomplete } from '../../src/rules/check-incomplete.js';
import { ruleTester } from '../support/rule-tester.js';
import { cluster, node, route } from '../support/snapshot-builder.js';

// The gaps of the other rules are their own cases (each rule's gaps()); this rule keeps those that belong to none.
const gceNodes = [
  node('a', { ip: '10.0.0.2', podCidr: '10.244.0.0/24', vm: {} }),
  node('b', { ip: '10.0.0.3', podCidr: '10.244.1.0/24', vm: {} }),
];
const complete = cluster({
  provider: 'gce',
  clusterCidrs: ['10.244.0.0/16'],
  flannel: { backendType: 'host-gw', network: '10.244.0.0/16' },
  nodes: gceNodes,
  routes: [route('10.244.0.0/24', 'a'), route('10.244.1.0/24', 'b')],
});
const withSourceGap: ClusterSnapshot = {
  ...complete,
  gaps: [
    {
      node: 'b',
      resource: 'google_compute_instance.b',
      message: 'google_compute_instance.b: network_ip is known only after apply',
    },
  ],
};

ruleTester(checkIncomplete).run({
  valid: [
    { name: 'GCE nodes, machines, routes and the cluster CIDR', snapshot: complete },
    {
      name: 'a node with no machine: the gap of forwarding-disabled, not of this rule',
      snapshot: cluster({ provider: 'gce', nodes: [node('c', { ip: '10.0.0.4' })] }),
    },
  ],
  invalid: [
    {
      name: 'no Kubernetes nodes in the inputs',
      snapshot: cluster({ provider: 'gce', nodes: [] }),
      findings: [
        {
          severity: 'warning',
          about: undefined,
          node: undefined,
          messageIncludes: 'the inputs hold no Kubernetes nodes',
        },
      ],
    },
    {
      name: 'the same, with --strict: an error',
      strict: true,
      snapshot: cluster({ provider: 'gce', nodes: [] }),
      findings: [{ severity: 'error' }],
    },
    {
      name: 'a value a source could not read (Terraform: known only after apply)',
      snapshot: withSourceGap,
      findings: [
        {
          node: 'b',
          resource: 'google_compute_instance.b',
          about: undefined,
          messageIncludes: 'network_ip is known only after apply',
        },
      ],
    },
  ],
});
