import { parseCidr } from '../../src/model/cidr.js';
import type { ClusterSnapshot, DataKind, HostNetwork, HostRoute } from '../../src/model/snapshot.js';
import { routeNotInstalled } from '../../src/rules/route-not-installed.js';
import { ruleTester } from '../support/rule-tester.js';
import { cluster, node } from '../support/snapshot-builder.js';
import type { Provider } from '../../src/model/provider.js';

/** `dest [via gateway]`, as `ip route` prints it. */
function route(text: string): HostRoute {
  const [dest, , gateway] = text.split(' ');
  return { dest: parseCidr(dest === 'default' ? '0.0.0.0/0' : dest)!, gateway, interface: 'eth0' };
}

const NODES = [
  node('a', { ip: '10.0.0.2', podCidr: '10.244.0.0/24' }),
  node('b', { ip: '10.0.0.3', podCidr: '10.244.1.0/24' }),
  node('c', { ip: '10.0.0.4', podCidr: '10.244.2.0/24' }),
];

/** The three nodes, with route tables for some of them. */
function withRoutes(tables: Record<string, string[]>, provider: Provider = 'baremetal'): ClusterSnapshot {
  const snapshot = cluster({ provider, nodes: NODES });
  const hosts = new Map<string, HostNetwork>(
    Object.entries(tables).map(([name, routes]) => [name, { node: name, os: 'linux', routes: routes.map(route) }]),
  );
  return { ...snapshot, hosts, present: new Set<DataKind>([...snapshot.present, 'host-routes']) };
}

/** As withRoutes, with node a's own address dump giving its interface prefix. */
function withPrefixOfA(tables: Record<string, string[]>, address: string): ClusterSnapshot {
  const snapshot = withRoutes(tables);
  const a = snapshot.hosts!.get('a')!;
  const addresses = [{ ip: address.split('/')[0]!, prefix: parseCidr(address)!, interface: 'eth0' }];
  return { ...snapshot, hosts: new Map([...snapshot.hosts!, ['a', { ...a, addresses }]]) };
}

/** Windows node a with its node IP on the L2bridge vEthernet adapter, and routes on the named adapters. */
function windowsA(routes: [string, string][]): ClusterSnapshot {
  const snapshot = withRoutes(FULL);
  const bridge = 'vEthernet (Ethernet)';
  const a: HostNetwork = {
    node: 'a',
    os: 'windows',
    addresses: [{ ip: '10.0.0.2', prefix: parseCidr('10.0.0.2/24')!, interface: bridge }],
    routes: routes.map(([text, iface]) => ({ ...route(text), interface: iface })),
  };
  return { ...snapshot, hosts: new Map([...snapshot.hosts!, ['a', a]]) };
}

const FULL = {
  a: ['default via 10.0.0.1', '10.244.1.0/24 via 10.0.0.3', '10.244.2.0/24 via 10.0.0.4'],
  b: ['default via 10.0.0.1', '10.244.0.0/24 via 10.0.0.2', '10.244.2.0/24 via 10.0.0.4'],
  c: ['default via 10.0.0.1', '10.244.0.0/24 via 10.0.0.2', '10.244.1.0/24 via 10.0.0.3'],
};

ruleTester(routeNotInstalled).run({
  valid: [
    { name: 'every node routes each peer pod CIDR via the peer', snapshot: withRoutes(FULL) },
    {
      name: 'Windows: the routes on the L2bridge vEthernet adapter that carries the node IP',
      snapshot: windowsA([
        ['10.244.1.0/24 via 10.0.0.3', 'vEthernet (Ethernet)'],
        ['10.244.2.0/24 via 10.0.0.4', 'vEthernet (Ethernet)'],
      ]),
    },
    {
      name: 'a peer that is not on-link from the node (its /31 leaves c out) is left to subnet-mismatch',
      snapshot: withPrefixOfA({ ...FULL, a: ['default via 10.0.0.1', '10.244.1.0/24 via 10.0.0.3'] }, '10.0.0.2/31'),
    },
    {
      name: 'no route dumps at all: nothing to read (no host data)',
      snapshot: cluster({ provider: 'baremetal', nodes: NODES }),
    },
    {
      name: 'GCE: traffic follows the default route to the cloud routes, no host route expected',
      snapshot: withRoutes({ a: ['default via 10.0.0.1'], b: [], c: [] }, 'gce'),
    },
  ],
  invalid: [
    {
      name: 'a route missing, and one via the router: one finding for the node, naming what the table has',
      snapshot: withRoutes({ ...FULL, a: ['default via 10.0.0.1', '10.244.1.0/24 via 10.0.0.1'] }),
      findings: [
        {
          severity: 'error',
          node: 'a',
          messageIncludes:
            'pod CIDRs of b (10.244.1.0/24 via 10.0.0.3; the table has 10.244.1.0/24 via 10.0.0.1 dev eth0), c (10.244.2.0/24 via 10.0.0.4; the table has default via 10.0.0.1 dev eth0)',
        },
      ],
    },
    {
      name: 'no route at all for a peer: "no route"',
      snapshot: withRoutes({ ...FULL, b: ['10.244.2.0/24 via 10.0.0.4'] }),
      findings: [{ node: 'b', messageIncludes: 'a (10.244.0.0/24 via 10.0.0.2; the table has no route)' }],
    },
    {
      name: 'a peer on-link from the node (its /24 holds c) whose route is missing is reported',
      snapshot: withPrefixOfA({ ...FULL, a: ['default via 10.0.0.1', '10.244.1.0/24 via 10.0.0.3'] }, '10.0.0.2/24'),
      findings: [{ node: 'a', messageIncludes: 'pod CIDRs of c (10.244.2.0/24 via 10.0.0.4' }],
    },
    {
      name: 'Windows: a route via the peer on another adapter than the L2bridge vEthernet does not count',
      snapshot: windowsA([
        ['10.244.1.0/24 via 10.0.0.3', 'vEthernet (Ethernet)'],
        ['10.244.2.0/24 via 10.0.0.4', 'Ethernet 2'],
      ]),
      findings: [
        {
          node: 'a',
          messageIncludes: 'c (10.244.2.0/24 via 10.0.0.4; the table has 10.244.2.0/24 via 10.0.0.4 dev Ethernet 2)',
        },
      ],
    },
    {
      name: 'a node without a route dump when others have one: a gap',
      snapshot: withRoutes({ a: FULL.a, b: FULL.b }),
      findings: [{ about: 'route-not-installed', messageIncludes: 'no route dump matches 1 node(s) (c)' }],
    },
  ],
});
