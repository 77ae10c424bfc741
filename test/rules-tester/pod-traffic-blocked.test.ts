import { podTrafficBlocked } from '../../src/rules/pod-traffic-blocked.js';
import { ruleTester } from '../support/rule-tester.js';
import { cluster, gceFirewall, node, route } from '../support/snapshot-builder.js';

const nodes = [
  node('a', { ip: '10.0.0.2', podCidr: '10.244.0.0/24', vm: {} }),
  node('b', { ip: '10.0.0.3', podCidr: '10.244.1.0/24', vm: {} }),
];
const routes = [route('10.244.0.0/24', 'a'), route('10.244.1.0/24', 'b')];
const gce = (firewall: Parameters<typeof cluster>[0]['firewall']) =>
  cluster({ provider: 'gce', clusterCidrs: ['10.244.0.0/16'], nodes, routes, firewall });

ruleTester(podTrafficBlocked).run({
  valid: [
    {
      name: 'a GCE rule allows the pod range in',
      snapshot: gce([gceFirewall('allow-pods', { sources: ['10.244.0.0/16'] })]),
    },
    { name: 'no firewall data: check-incomplete territory, not this rule', snapshot: gce(undefined) },
  ],
  invalid: [
    {
      name: "GCE's implied deny: only node addresses are allowed in",
      snapshot: gce([gceFirewall('allow-nodes', { sources: ['10.0.0.0/24'] })]),
      findings: [{ severity: 'error', messageIncludes: 'pods on any node cannot reach pods on a, b (2 nodes)' }],
    },
    {
      name: 'a higher-priority deny of the pod range',
      snapshot: gce([
        gceFirewall('allow-pods', { sources: ['10.244.0.0/16'] }),
        gceFirewall('deny-pods', { sources: ['10.244.0.0/16'], action: 'deny', priority: 100 }),
      ]),
      findings: [{ messageIncludes: 'rule deny-pods (priority 100) denies it, before allow-pods (1000) can allow it' }],
    },
  ],
});
