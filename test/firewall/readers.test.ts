import { afterAll, describe, expect, it } from 'vitest';
import type { ClusterSnapshot, FirewallRule } from '../../src/model/snapshot.js';
import { FORMAT_READERS } from '../../src/clouds/index.js';
import { check, fixture, json, removeTempDirs, snapshotOf, writeFileIn } from '../sources/helpers.js';

afterAll(removeTempDirs);

function rules(snapshot: ClusterSnapshot): FirewallRule[] {
  return [...(snapshot.firewallRules ?? [])];
}

function rule(snapshot: ClusterSnapshot, id: string): FirewallRule {
  const found = rules(snapshot).find((entry) => entry.id === id);
  if (!found)
    throw new Error(
      `no rule ${id} in [${rules(snapshot)
        .map((entry) => entry.id)
        .join(', ')}]`,
    );
  return found;
}

const texts = (cidrs: readonly { text: string }[] | undefined) => cidrs?.map((cidr) => cidr.text);

describe('aws ec2 describe-security-groups', () => {
  const document = {
    SecurityGroups: [
      {
        GroupId: 'sg-0aaa',
        IpPermissionsEgress: [
          {
            IpProtocol: '-1',
            UserIdGroupPairs: [],
            IpRanges: [{ CidrIp: '0.0.0.0/0' }],
            Ipv6Ranges: [],
            PrefixListIds: [],
          },
        ],
        VpcId: 'vpc-1',
        GroupName: 'k8s-nodes',
        IpPermissions: [
          {
            IpProtocol: '-1',
            UserIdGroupPairs: [{ UserId: '123456789012', GroupId: 'sg-0aaa' }],
            IpRanges: [],
            Ipv6Ranges: [],
            PrefixListIds: [],
          },
          {
            FromPort: 0,
            IpProtocol: 'tcp',
            IpRanges: [{ CidrIp: '10.42.0.0/16', Description: 'pods' }],
            Ipv6Ranges: [{ CidrIpv6: 'fd00:42::/56' }],
            PrefixListIds: [],
            ToPort: 65535,
            UserIdGroupPairs: [],
          },
          {
            FromPort: 22,
            IpProtocol: 'tcp',
            IpRanges: [{ CidrIp: '10.0.101.0/24' }],
            Ipv6Ranges: [],
            PrefixListIds: [{ PrefixListId: 'pl-0123' }],
            ToPort: 22,
            UserIdGroupPairs: [],
          },
          { FromPort: 8, IpProtocol: 'icmp', IpRanges: [{ CidrIp: '10.42.0.0/16' }], ToPort: -1 },
          { FromPort: -1, IpProtocol: '58', Ipv6Ranges: [{ CidrIpv6: '::/0' }], ToPort: -1 },
        ],
      },
    ],
  };

  it('reads every permission as an allow rule with its protocol, ports, CIDRs and references', async () => {
    const snapshot = await snapshotOf(await writeFileIn('sgs.json', json(document)));
    expect(snapshot.present.has('firewalls')).toBe(true);
    expect(snapshot.firewallSets).toEqual([
      expect.objectContaining({
        id: 'sg-0aaa',
        name: 'k8s-nodes',
        kind: 'security-group',
        networkId: 'vpc-1',
        provider: 'aws',
      }),
    ]);
    const self = rule(snapshot, 'sg-0aaa/ingress/0');
    expect(self).toMatchObject({
      action: 'allow',
      direction: 'ingress',
      protocols: 'all',
      ports: [],
      sourceRefs: ['sg:sg-0aaa'],
      sourceRanges: [],
      targets: [],
    });
    const pods = rule(snapshot, 'sg-0aaa/ingress/1');
    expect(pods.protocols).toEqual(['tcp']);
    expect(pods.ports).toEqual([]);
    expect(texts(pods.sourceRanges)).toEqual(['10.42.0.0/16', 'fd00:42::/56']);
    const ssh = rule(snapshot, 'sg-0aaa/ingress/2');
    expect(ssh.ports).toEqual(['22']);
    expect(ssh.sourceRefs).toEqual(['pl:pl-0123']);
    expect(rule(snapshot, 'sg-0aaa/ingress/3')).toMatchObject({ protocols: ['icmp'], ports: ['type 8'] });
    expect(rule(snapshot, 'sg-0aaa/ingress/4')).toMatchObject({ protocols: ['icmpv6'], ports: [] });
    const egress = rule(snapshot, 'sg-0aaa/egress/0');
    expect(egress.direction).toBe('egress');
    expect(texts(egress.destRanges)).toEqual(['0.0.0.0/0']);
    expect(texts(egress.sourceRanges)).toEqual(['0.0.0.0/0', '::/0']);
  });

  it('names the file, line and field of a malformed CIDR', async () => {
    const bad = structuredClone(document);
    bad.SecurityGroups[0]!.IpPermissions[1]!.IpRanges = [{ CidrIp: '10.42.0.0/33', Description: 'x' }];
    const file = await writeFileIn('sgs.json', json(bad));
    await expect(check(file)).rejects.toThrow(
      /sgs\.json.*CidrIp.*10\.42\.0\.0\/33.*not a valid CIDR|CidrIp: "10\.42\.0\.0\/33" is not a valid CIDR/,
    );
  });

  it("keeps the ENIs' Groups and the instance SecurityGroups as security group ids", async () => {
    const snapshot = await snapshotOf(fixture('firewall/aws/healthy'));
    const windows = snapshot.interfaces.find((iface) => iface.id === 'eni-0a6c8e2b4d1f3a795')!;
    expect(windows.securityGroupIds).toEqual(['sg-0a1b2c3d4e5f67890', 'sg-0c3d5e7f9a1b24680']);
    const primary = await snapshotOf(
      await writeFileIn(
        'instances.json',
        json({
          Reservations: [
            {
              Instances: [
                {
                  InstanceId: 'i-1',
                  PrivateIpAddress: '10.0.1.5',
                  SourceDestCheck: false,
                  SecurityGroups: [{ GroupId: 'sg-1', GroupName: 'a' }],
                },
              ],
            },
          ],
        }),
      ),
    );
    expect(primary.interfaces[0]!.securityGroupIds).toEqual(['sg-1']);
    const trimmed = await snapshotOf(
      await writeFileIn(
        'enis.json',
        json({ NetworkInterfaces: [{ NetworkInterfaceId: 'eni-1', PrivateIpAddress: '10.0.1.5' }] }),
      ),
    );
    expect(trimmed.interfaces[0]!.securityGroupIds).toBeUndefined();
  });
});

describe('aws ec2 describe-network-acls', () => {
  it('reads numbered entries in both directions, the catch-all, IPv6 entries and the subnet associations', async () => {
    const snapshot = await snapshotOf(
      await writeFileIn(
        'acls.json',
        json({
          NetworkAcls: [
            {
              Associations: [
                { NetworkAclAssociationId: 'aclassoc-1', NetworkAclId: 'acl-1', SubnetId: 'subnet-a' },
                { NetworkAclId: 'acl-1', SubnetId: 'subnet-b' },
              ],
              Entries: [
                {
                  CidrBlock: '10.42.0.0/16',
                  Egress: false,
                  Protocol: '6',
                  PortRange: { From: 0, To: 65535 },
                  RuleAction: 'deny',
                  RuleNumber: 90,
                },
                { CidrBlock: '0.0.0.0/0', Egress: false, Protocol: '-1', RuleAction: 'allow', RuleNumber: 100 },
                {
                  Ipv6CidrBlock: '::/0',
                  Egress: true,
                  Protocol: '17',
                  PortRange: { From: 53, To: 53 },
                  RuleAction: 'allow',
                  RuleNumber: 101,
                },
                {
                  CidrBlock: '0.0.0.0/0',
                  Egress: false,
                  Protocol: '1',
                  IcmpTypeCode: { Code: -1, Type: -1 },
                  RuleAction: 'allow',
                  RuleNumber: 110,
                },
                { CidrBlock: '0.0.0.0/0', Egress: false, Protocol: '-1', RuleAction: 'deny', RuleNumber: 32767 },
              ],
              IsDefault: false,
              NetworkAclId: 'acl-1',
              Tags: [{ Key: 'Name', Value: 'k8s' }],
              VpcId: 'vpc-1',
            },
          ],
        }),
      ),
    );
    expect(snapshot.firewallSets).toEqual([
      expect.objectContaining({ id: 'acl-1', kind: 'network-acl', subnetIds: ['subnet-a', 'subnet-b'], name: 'k8s' }),
    ]);
    expect(rule(snapshot, 'acl-1/ingress/90/4')).toMatchObject({
      action: 'deny',
      priority: 90,
      protocols: ['tcp'],
      ports: [],
    });
    expect(texts(rule(snapshot, 'acl-1/ingress/90/4').sourceRanges)).toEqual(['10.42.0.0/16']);
    const v6 = rule(snapshot, 'acl-1/egress/101/6');
    expect(v6).toMatchObject({ direction: 'egress', protocols: ['udp'], ports: ['53'] });
    expect(texts(v6.destRanges)).toEqual(['::/0']);
    expect(rule(snapshot, 'acl-1/ingress/110/4')).toMatchObject({ protocols: ['icmp'], ports: [] });
    expect(rule(snapshot, 'acl-1/ingress/32767/4')).toMatchObject({ builtIn: true, action: 'deny', protocols: 'all' });
  });

  it('refuses an entry whose RuleAction is neither allow nor deny', async () => {
    const file = await writeFileIn(
      'acls.json',
      json({
        NetworkAcls: [
          {
            NetworkAclId: 'acl-1',
            Entries: [{ CidrBlock: '0.0.0.0/0', Egress: false, Protocol: '-1', RuleAction: 'permit', RuleNumber: 1 }],
          },
        ],
      }),
    );
    await expect(check(file)).rejects.toThrow(/RuleAction must be allow or deny/);
  });
});

describe('gcloud compute firewall-rules list', () => {
  it('splits allowed/denied entries, reads tags, service accounts, ranges and priorities, and skips disabled rules', async () => {
    const snapshot = await snapshotOf(fixture('firewall/gce/broken'));
    const network = 'projects/northwind-k8s/global/networks/k8s-vpc';
    expect(snapshot.firewallSets).toEqual([
      expect.objectContaining({ id: network, kind: 'vpc-firewall', name: 'k8s-vpc' }),
    ]);
    const internal = rules(snapshot).filter((entry) => entry.name === 'k8s-allow-internal-nodes');
    expect(internal.map((entry) => entry.protocols)).toEqual([['tcp'], ['udp'], ['icmp']]);
    expect(internal[0]).toMatchObject({
      setId: network,
      direction: 'ingress',
      action: 'allow',
      priority: 1000,
      sourceRanges: [],
      sourceRefs: ['tag:k8s-node'],
      targets: ['tag:k8s-node'],
    });
    const deny = rules(snapshot).find((entry) => entry.name === 'k8s-isolate-control-plane')!;
    expect(deny).toMatchObject({ action: 'deny', priority: 900, protocols: 'all', targets: ['tag:k8s-control-plane'] });
    expect(rules(snapshot).find((entry) => entry.name === 'k8s-deny-rdp-internet')).toMatchObject({ ports: ['3389'] });
    const smtp = rules(snapshot).find((entry) => entry.name === 'deny-egress-smtp')!;
    expect(smtp.direction).toBe('egress');
    expect(texts(smtp.destRanges)).toEqual(['0.0.0.0/0']);
    expect(rules(snapshot).some((entry) => entry.name === 'legacy-deny-10-8')).toBe(false);
  });

  it('reads ports 0-65535 as every port, source service accounts as references and defaults the priority to 1000', async () => {
    const snapshot = await snapshotOf(
      await writeFileIn(
        'fw.json',
        json([
          {
            allowed: [
              { IPProtocol: 'tcp', ports: ['0-65535'] },
              { IPProtocol: 'udp', ports: ['53', '8000-9000'] },
              { IPProtocol: '58' },
            ],
            direction: 'INGRESS',
            kind: 'compute#firewall',
            name: 'sa-rule',
            network: 'https://www.googleapis.com/compute/v1/projects/p/global/networks/n',
            sourceServiceAccounts: ['nodes@p.iam.gserviceaccount.com'],
            targetServiceAccounts: ['nodes@p.iam.gserviceaccount.com'],
          },
        ]),
      ),
    );
    const [tcp, udp, icmp6] = rules(snapshot);
    expect(tcp).toMatchObject({
      ports: [],
      priority: 1000,
      sourceRefs: ['sa:nodes@p.iam.gserviceaccount.com'],
      targets: ['sa:nodes@p.iam.gserviceaccount.com'],
    });
    expect(udp!.ports).toEqual(['53', '8000-9000']);
    expect(icmp6!.protocols).toEqual(['icmpv6']);
  });

  it("keeps the instances' service accounts", async () => {
    const snapshot = await snapshotOf(fixture('firewall/gce/healthy'));
    expect(snapshot.instances.find((instance) => instance.name === 'k8s-cp-0')!.serviceAccounts).toEqual([
      'nw-prod-nodes@northwind-k8s.iam.gserviceaccount.com',
    ]);
  });
});

describe('az network nsg list', () => {
  const nsgId =
    '/subscriptions/3b9f6c1e-2d4a-4e8b-9f0c-7a1d5e2b8c46/resourcegroups/k8s-dual-rg/providers/microsoft.network/networksecuritygroups';

  it('reads custom and default rules, service tags, application security groups and both associations', async () => {
    const snapshot = await snapshotOf(fixture('firewall/azure/broken'));
    const subnetA = snapshot.firewallSets!.find((set) => set.name === 'k8s-subnet-a-nsg')!;
    expect(subnetA).toMatchObject({
      id: `${nsgId}/k8s-subnet-a-nsg`,
      kind: 'nsg',
      subnetIds: [expect.stringMatching(/\/subnets\/nodes-a$/)],
    });
    expect(snapshot.firewallSets!.find((set) => set.name === 'k8s-nodes-nsg')!.interfaceIds).toHaveLength(5);
    const byName = (name: string, set = subnetA.id) =>
      rules(snapshot).find((entry) => entry.name === name && entry.setId === set)!;
    expect(byName('DenyVnetInBound')).toMatchObject({
      action: 'deny',
      direction: 'ingress',
      priority: 4000,
      protocols: 'all',
      sourceRefs: ['service-tag:VirtualNetwork'],
      sourceRanges: [],
    });
    expect(byName('DenyVnetInBound').destRanges).toBeUndefined();
    expect(byName('AllowNodesInBound').sourceRefs).toEqual([
      expect.stringMatching(/^asg:.*applicationsecuritygroups\/k8s-nodes-asg$/),
    ]);
    expect(byName('AllowVnetInBound')).toMatchObject({
      builtIn: true,
      priority: 65000,
      sourceRefs: ['service-tag:VirtualNetwork'],
      destRefs: ['service-tag:VirtualNetwork'],
    });
    expect(byName('AllowHttpsFromMgmt')).toMatchObject({ protocols: ['tcp'], ports: ['443'] });
    expect(texts(byName('AllowHttpsFromMgmt').sourceRanges)).toEqual(['10.20.250.0/24']);
    expect(byName('DenyAllOutBound')).toMatchObject({ direction: 'egress', action: 'deny', priority: 65500 });
  });

  it('adds the default rules when a trimmed listing leaves them out, and reads Icmp as ICMP for both families', async () => {
    const snapshot = await snapshotOf(
      await writeFileIn(
        'nsgs.json',
        json([
          {
            id: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/n',
            name: 'n',
            securityRules: [
              {
                name: 'ping',
                priority: 100,
                direction: 'Inbound',
                access: 'Allow',
                protocol: 'Icmp',
                sourceAddressPrefixes: ['10.244.0.0/16', '10.0.0.4'],
                destinationAddressPrefix: '*',
                destinationPortRange: '*',
                sourcePortRange: '*',
              },
            ],
            type: 'Microsoft.Network/networkSecurityGroups',
          },
        ]),
      ),
    );
    expect(
      rules(snapshot)
        .map((entry) => entry.name)
        .sort(),
    ).toEqual(
      [
        'AllowAzureLoadBalancerInBound',
        'AllowInternetOutBound',
        'AllowVnetInBound',
        'AllowVnetOutBound',
        'DenyAllInBound',
        'DenyAllOutBound',
        'ping',
      ].sort(),
    );
    const ping = rules(snapshot).find((entry) => entry.name === 'ping')!;
    expect(ping.protocols).toEqual(['icmp', 'icmpv6']);
    expect(texts(ping.sourceRanges)).toEqual(['10.244.0.0/16', '10.0.0.4/32']);
  });

  it('takes the NSG association from NICs (az network nic list) and subnets (az network vnet subnet list)', async () => {
    const snapshot = await snapshotOf(
      fixture('firewall/azure/healthy', 'az-nics.json'),
      fixture('firewall/azure/healthy', 'az-subnets.json'),
    );
    expect(snapshot.interfaces.every((iface) => iface.securityGroupIds?.[0] === `${nsgId}/k8s-nodes-nsg`)).toBe(true);
    const subnet = snapshot.subnets.find((entry) => entry.name === 'nodes-b')!;
    expect(subnet.securityGroupIds).toEqual([`${nsgId}/k8s-subnet-b-nsg`]);
    expect(snapshot.subnets.find((entry) => entry.name === 'mgmt')!.securityGroupIds).toEqual([]);
    expect(snapshot.present.has('firewalls')).toBe(false);
  });
});

describe('format recognition', () => {
  it.each([
    ['aws-describe-security-groups', { SecurityGroups: [] }],
    ['aws-describe-network-acls', { NetworkAcls: [] }],
    ['gcloud-firewall-rules', [{ kind: 'compute#firewall', name: 'x' }]],
    ['az-network-nsg-list', [{ type: 'Microsoft.Network/networkSecurityGroups', id: 'x' }]],
  ])('%s is recognised by content, by exactly one reader', (id, value) => {
    expect(FORMAT_READERS.filter((reader) => reader.matches(value)).map((reader) => reader.id)).toEqual([id]);
  });
});
