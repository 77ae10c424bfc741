import { parseCidr } from '../../src/model/cidr.js';
import type { ClusterSnapshot, HostNetwork } from '../../src/model/snapshot.js';
import { subnetMismatch } from '../../src/rules/subnet-mismatch.js';
import { ruleTester } from '../support/rule-tester.js';
import { cluster, node } from '../support/snapshot-builder.js';

const subnets = [
  { id: 'subnet-a', cidr: '10.0.1.0/24', name: 'nodes' },
  { id: 'subnet-b', cidr: '10.0.2.0/24' },
];

/** Bare-metal nodes with the address their own OS reports ("10.0.0.5/16"), and the inventory's subnets. */
function onLink(addresses: Record<string, string>): ClusterSnapshot {
  const snapshot = cluster({
    provider: 'baremetal',
    subnets: [{ id: 'lan', cidr: '10.0.0.0/16' }],
    nodes: Object.entries(addresses).map(([name, text]) => node(name, { ip: text.split('/')[0] })),
  });
  const hosts = new Map<string, HostNetwork>(
    Object.entries(addresses).map(([name, text]) => {
      const ip = text.split('/')[0];
      const prefix = parseCidr(text)!;
      return [name, { node: name, os: 'linux', addresses: [{ ip: ip!, prefix, interface: 'eth0' }] }];
    }),
  );
  return { ...snapshot, hosts };
}

/** Bare-metal nodes an inventory puts in lan 192.168.10.0/24, with the addresses their own OS reports. */
function declared(addresses: Record<string, string>): ClusterSnapshot {
  const snapshot = cluster({
    provider: 'baremetal',
    subnets: [{ id: 'lan', cidr: '192.168.10.0/24' }],
    nodes: Object.keys(addresses).map((name) => node(name, { ip: addresses[name]!.split('/')[0], subnet: 'lan' })),
  });
  const hosts = new Map<string, HostNetwork>(
    Object.entries(addresses).map(([name, text]) => [
      name,
      {
        node: name,
        os: 'linux',
        addresses: [{ ip: text.split('/')[0]!, prefix: parseCidr(text)!, interface: 'eth0' }],
      },
    ]),
  );
  return { ...snapshot, hosts };
}

ruleTester(subnetMismatch).run({
  valid: [
    {
      name: 'AWS nodes all in one subnet',
      snapshot: cluster({
        provider: 'aws',
        subnets,
        nodes: ['a', 'b', 'c'].map((name, i) => node(name, { ip: `10.0.1.${i + 2}`, vm: { subnet: 'subnet-a' } })),
      }),
    },
    {
      name: 'GCE routes between subnets, so the rule does not apply',
      snapshot: cluster({
        provider: 'gce',
        nodes: [
          node('a', { ip: '10.0.1.2', vm: { subnet: 'subnet-a' } }),
          node('b', { ip: '10.0.2.2', vm: { subnet: 'subnet-b' } }),
        ],
      }),
    },
    {
      name: 'address dumps: every prefix holds every peer (the inventory subnet is not consulted)',
      snapshot: onLink({ a: '10.0.1.5/24', b: '10.0.1.7/24', c: '10.0.1.9/24' }),
    },
    {
      name: 'the inventory and the address dumps agree on the prefix: no note',
      snapshot: declared({ a: '192.168.10.12/24', b: '192.168.10.13/24' }),
    },
  ],
  invalid: [
    {
      name: 'the inventory says /24, the address dump /16: the dump is used and a note says so',
      snapshot: declared({ a: '192.168.10.12/16', b: '192.168.10.13/24' }),
      findings: [
        {
          severity: 'note',
          node: 'a',
          resource: 'lan',
          messageIncludes:
            'the inventory says node a is in subnet lan 192.168.10.0/24; the address dump of a says 192.168.10.12/16 on eth0: the dump is used',
        },
      ],
    },
    {
      name: 'an AWS interface in another subnet than the inventory declares: the interface wins, with a note',
      snapshot: cluster({
        provider: 'aws',
        subnets,
        nodes: [
          node('a', { ip: '10.0.1.2', subnet: 'subnet-a', vm: { subnet: 'subnet-a' } }),
          node('b', { ip: '10.0.1.3', vm: { subnet: 'subnet-a' } }),
          node('c', { ip: '10.0.2.2', subnet: 'subnet-a', vm: { subnet: 'subnet-b' } }),
        ],
      }),
      findings: [
        { severity: 'error', node: 'c', resource: 'subnet-b' },
        {
          severity: 'note',
          node: 'c',
          resource: 'subnet-a',
          messageIncludes:
            'the inventory says node c is in subnet subnet-a; the dump of its network interface says subnet subnet-b',
        },
      ],
    },
    {
      name: 'address dumps: a node with a wider prefix reaches its peer, the peer does not reach it',
      snapshot: onLink({ a: '10.0.0.5/16', b: '10.0.1.7/24' }),
      findings: [
        {
          node: 'b',
          resource: 'eth0 10.0.1.0/24',
          messageIncludes: 'does not hold 1 peer node IP(s): a (10.0.0.5)',
        },
      ],
    },
    {
      name: 'address dumps: many nodes off-link are grouped per node, never per pair',
      snapshot: onLink({ a: '10.0.1.2/24', b: '10.0.2.2/24', c: '10.0.2.3/24', d: '10.0.2.4/24', e: '10.0.2.5/24' }),
      findings: [
        {
          node: 'a',
          messageIncludes: 'does not hold 4 peer node IP(s): b (10.0.2.2), c (10.0.2.3), d (10.0.2.4) and 1 more',
        },
        { node: 'b', messageIncludes: 'a (10.0.1.2)' },
        { node: 'c', messageIncludes: 'a (10.0.1.2)' },
        { node: 'd', messageIncludes: 'a (10.0.1.2)' },
        { node: 'e', messageIncludes: 'a (10.0.1.2)' },
      ],
    },
    {
      name: 'an AWS node whose subnet is unknown: a gap',
      snapshot: cluster({ provider: 'aws', nodes: [node('a', { ip: '10.0.0.2', vm: { subnet: null } })] }),
      findings: [{ about: 'subnet-mismatch', messageIncludes: 'the subnet of 1 node(s) (a) is unknown' }],
    },
    {
      name: 'an AWS node outside the subnet most nodes are in',
      snapshot: cluster({
        provider: 'aws',
        subnets,
        nodes: [
          node('a', { ip: '10.0.1.2', vm: { subnet: 'subnet-a' } }),
          node('b', { ip: '10.0.1.3', vm: { subnet: 'subnet-a' } }),
          node('c', { ip: '10.0.2.2', vm: { subnet: 'subnet-b' } }),
        ],
      }),
      findings: [
        {
          severity: 'error',
          node: 'c',
          resource: 'subnet-b',
          messageIncludes: '2 of 3 nodes are in nodes (subnet-a) 10.0.1.0/24',
        },
      ],
    },
    {
      name: 'bare metal nodes placed by address in two segments',
      snapshot: cluster({
        provider: 'baremetal',
        subnets,
        nodes: [node('a', { ip: '10.0.1.2' }), node('b', { ip: '10.0.2.2' }), node('c', { ip: '10.0.2.3' })],
      }),
      findings: [{ node: 'a', resource: 'subnet-a' }],
    },
  ],
});
