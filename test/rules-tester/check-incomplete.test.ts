import { checkIncomplete } from '../../src/rules/check-incomplete.js';
import { ruleTester } from '../support/rule-tester.js';
import { cluster, node, route, type NodeSpec } from '../support/snapshot-builder.js';

const gceNodes = [node('a', { ip: '10.0.0.2', podCidr: '10.244.0.0/24', vm: {} }), node('b', { ip: '10.0.0.3', podCidr: '10.244.1.0/24', vm: {} })];
const gceRoutes = [route('10.244.0.0/24', 'a'), route('10.244.1.0/24', 'b')];
const complete = (nodes: readonly NodeSpec[] = gceNodes) =>
  cluster({ provider: 'gce', clusterCidrs: ['10.244.0.0/16'], flannel: { backendType: 'host-gw', network: '10.244.0.0/16' }, nodes, routes: gceRoutes });

ruleTester(checkIncomplete).run({
  valid: [
    { name: 'GCE nodes, machines, routes and the cluster CIDR', snapshot: complete() },
    {
      name: 'AWS nodes with their interfaces and subnets',
      snapshot: cluster({
        provider: 'aws',
        clusterCidrs: ['10.244.0.0/16'],
        flannel: { backendType: 'host-gw', network: '10.244.0.0/16' },
        subnets: [{ id: 'subnet-1', cidr: '10.0.0.0/24' }],
        nodes: [node('a', { ip: '10.0.0.2', podCidr: '10.244.0.0/24', vm: { subnet: 'subnet-1' } })],
      }),
    },
  ],
  invalid: [
    {
      name: 'no route listing on GCE',
      snapshot: cluster({ provider: 'gce', clusterCidrs: ['10.244.0.0/16'], flannel: { backendType: 'host-gw', network: '10.244.0.0/16' }, nodes: gceNodes }),
      findings: [{ severity: 'warning', about: 'route-missing', messageIncludes: 'no GCE route data' }],
    },
    {
      name: 'the same, with --strict: an error',
      strict: true,
      snapshot: cluster({ provider: 'gce', clusterCidrs: ['10.244.0.0/16'], flannel: { backendType: 'host-gw', network: '10.244.0.0/16' }, nodes: gceNodes }),
      findings: [{ severity: 'error', about: 'route-missing' }],
    },
    {
      name: 'a node with no machine in the instance data',
      snapshot: complete([...gceNodes, node('c', { ip: '10.0.0.4', podCidr: '10.244.2.0/24' })]),
      findings: [{ node: 'c', about: 'forwarding-disabled', messageIncludes: 'node c (IP 10.0.0.4) matches no machine in the GCE data' }],
    },
    {
      name: 'the cluster CIDR unknown',
      snapshot: cluster({ provider: 'gce', flannel: { backendType: 'host-gw' }, nodes: gceNodes, routes: gceRoutes }),
      findings: [{ about: 'route-stale', messageIncludes: 'the cluster CIDR is unknown' }],
    },
    {
      name: 'an AWS node whose subnet is unknown',
      snapshot: cluster({ provider: 'aws', clusterCidrs: ['10.244.0.0/16'], flannel: { backendType: 'host-gw' }, nodes: [node('a', { ip: '10.0.0.2', podCidr: '10.244.0.0/24', vm: { subnet: null } })] }),
      findings: [{ about: 'subnet-mismatch', messageIncludes: 'the subnet of 1 node(s) (a) is unknown' }],
    },
    {
      name: 'no flannel configuration and no backend annotation',
      snapshot: cluster({ provider: 'gce', clusterCidrs: ['10.244.0.0/16'], nodes: gceNodes, routes: gceRoutes }),
      findings: [{ about: 'backend-mismatch', messageIncludes: 'the flannel backend is unknown' }],
    },
  ],
});
