import { describe, expect, it } from 'vitest';
import { profileFor } from '../../src/clouds/index.js';
import { parseCidr } from '../../src/model/cidr.js';
import type { ClusterSnapshot, DataKind, HostNetwork, HostRoute } from '../../src/model/snapshot.js';
import { routeNotInstalled } from '../../src/rules/route-not-installed.js';
import { Topology } from '../../src/model/topology.js';
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
      name: "routes inside a peer's pod CIDR that still go via the peer, or that more specific ones via it cover",
      snapshot: withRoutes({
        ...FULL,
        a: [
          ...FULL.a,
          '10.244.1.128/25 via 10.0.0.3',
          '10.244.2.0/25 via 10.0.0.1',
          '10.244.2.0/26 via 10.0.0.4',
          '10.244.2.64/26 via 10.0.0.4',
        ],
      }),
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
      name: "part of a peer's pod CIDR diverted by a more specific route: the node's finding names the range",
      snapshot: withRoutes({ ...FULL, a: [...FULL.a, '10.244.1.128/25 via 10.0.0.1'] }),
      findings: [
        {
          severity: 'error',
          node: 'a',
          messageIncludes:
            "node a's kernel route table sends part of the pod CIDRs of b (10.244.1.128/25 of 10.244.1.0/24 goes via 10.0.0.1 dev eth0) elsewhere than the peer",
        },
      ],
    },
    {
      name: 'a missing route and a diverted range on one node: one finding naming both',
      snapshot: withRoutes({
        ...FULL,
        a: ['default via 10.0.0.1', '10.244.1.0/24 via 10.0.0.3', '10.244.1.0/28 via 10.0.0.1'],
      }),
      findings: [
        {
          node: 'a',
          messageIncludes:
            "pod CIDRs of c (10.244.2.0/24 via 10.0.0.4; the table has default via 10.0.0.1 dev eth0): pods on a cannot reach those peers' pods directly; it also sends part of the pod CIDRs of b (10.244.1.0/28 of 10.244.1.0/24 goes via 10.0.0.1 dev eth0)",
        },
      ],
    },
    {
      name: 'Windows: a more specific route via the peer on another adapter than the L2bridge vEthernet diverts',
      snapshot: windowsA([
        ['10.244.1.0/24 via 10.0.0.3', 'vEthernet (Ethernet)'],
        ['10.244.1.128/25 via 10.0.0.3', 'Ethernet 2'],
        ['10.244.2.0/24 via 10.0.0.4', 'vEthernet (Ethernet)'],
      ]),
      findings: [
        { node: 'a', messageIncludes: 'b (10.244.1.128/25 of 10.244.1.0/24 goes via 10.0.0.3 dev Ethernet 2)' },
      ],
    },
    {
      name: 'a node without a route dump when others have one: a gap',
      snapshot: withRoutes({ a: FULL.a, b: FULL.b }),
      findings: [{ about: 'route-not-installed', messageIncludes: 'no route dump matches 1 node(s) (c)' }],
    },
  ],
});

describe('route-not-installed remediation', () => {
  function remediationOf(snapshot: ClusterSnapshot) {
    const context = {
      snapshot,
      topology: new Topology(snapshot),
      profile: profileFor(snapshot.provider),
      options: { strict: false },
    };
    return [...routeNotInstalled.check(context)].map((draft) => draft.remediation);
  }

  it('deletes every diverting route, its device quoted as one shell word', () => {
    const snapshot = withRoutes({
      ...FULL,
      a: [...FULL.a, '10.244.1.128/25 via 10.0.0.1', '10.244.2.0/30 via 10.0.0.1'],
    });
    const a = snapshot.hosts!.get('a')!;
    const routes = a.routes!.map((entry) => (entry.dest.prefix > 24 ? { ...entry, interface: "br'0 x" } : entry));
    const hosts = new Map([...snapshot.hosts!, ['a', { ...a, routes }]]);
    expect(remediationOf({ ...snapshot, hosts })).toEqual([
      {
        text: expect.stringContaining("Delete the routes more specific than a peer's pod CIDR") as string,
        command:
          "ip route del 10.244.1.128/25 via 10.0.0.1 dev 'br'\\''0 x' && ip route del 10.244.2.0/30 via 10.0.0.1 dev 'br'\\''0 x'",
      },
    ]);
  });

  it('Windows: Remove-NetRoute, and no command at all for an adapter name PowerShell would read otherwise', () => {
    const routes: [string, string][] = [
      ['10.244.1.0/24 via 10.0.0.3', 'vEthernet (Ethernet)'],
      ['10.244.2.0/24 via 10.0.0.4', 'vEthernet (Ethernet)'],
      ['10.244.2.128/25 via 10.0.0.1', 'Ethernet 2'],
    ];
    expect(remediationOf(windowsA(routes))[0]?.command).toBe(
      "Remove-NetRoute -DestinationPrefix 10.244.2.128/25 -NextHop 10.0.0.1 -InterfaceAlias 'Ethernet 2' -Confirm:$false",
    );
    const hostile = remediationOf(
      windowsA([...routes.slice(0, 2), ['10.244.2.128/25 via 10.0.0.1', "x'; Remove-Item C:\\"]]),
    );
    expect(hostile[0]?.command).toBeUndefined();
    expect(hostile[0]?.text).toContain('Command withheld: the adapter name "x\'; Remove-Item C:\\" holds characters');
  });
});
