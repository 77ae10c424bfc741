import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/fix/plan.js';
import { findingsOf, listFindings, named, remove, runFixture, summary, type Json } from '../rules/helpers.js';

const RULE = 'pod-traffic-blocked';
const AWS = 'fixtures/firewall/aws';
const GCE = 'fixtures/firewall/gce';
const AZURE = 'fixtures/firewall/azure';

const SG_NODES = 'sg-0a1b2c3d4e5f67890';
const NSG =
  '/subscriptions/3b9f6c1e-2d4a-4e8b-9f0c-7a1d5e2b8c46/resourcegroups/k8s-dual-rg/providers/microsoft.network/networksecuritygroups';

function group(files: Json, id: string): Json {
  const found = files.get('security-groups.json').SecurityGroups.find((entry: Json) => entry.GroupId === id);
  if (!found) throw new Error(`no security group ${id}`);
  return found;
}

function nsg(files: Json, name: string): Json {
  return named(files.get('az-nsgs.json'), name);
}

function azRule(name: string, priority: number, direction: string, access: string, fields: Json = {}): Json {
  return {
    access,
    destinationAddressPrefix: '*',
    destinationPortRange: '*',
    direction,
    name,
    priority,
    protocol: '*',
    sourceAddressPrefix: '*',
    sourcePortRange: '*',
    type: 'Microsoft.Network/networkSecurityGroups/securityRules',
    ...fields,
  };
}

describe('healthy clusters with firewall data give no findings', () => {
  it.each([`${AWS}/healthy`, `${GCE}/healthy`, `${AZURE}/healthy`])('%s', async (fixture) => {
    const result = await runFixture(fixture);
    expect(result.snapshot.present.has('firewalls')).toBe(true);
    expect(result.report.findings, listFindings(result)).toEqual([]);
  });

  it('without firewall dumps the rule says nothing, and asks for nothing', async () => {
    const result = await runFixture(`${AWS}/broken`, (files) => {
      files.delete('security-groups.json');
      files.delete('network-acls.json');
    });
    expect(result.report.findings, listFindings(result)).toEqual([]);
  });
});

describe('pod-traffic-blocked on AWS', () => {
  it('reports the README findings of firewall/aws/broken, and nothing else', async () => {
    const result = await runFixture(`${AWS}/broken`);
    expect(summary(result), listFindings(result)).toEqual([`${RULE} ${SG_NODES}`, `${RULE} ${SG_NODES}`]);
  });

  it('a security group that allows only itself (and the VPC CIDR) drops pod traffic, with the exact authorize command', async () => {
    const result = await runFixture(`${AWS}/broken`);
    const linux = findingsOf(result, RULE).find((finding) => finding.message.includes('rancher-wrk-04'))!;
    expect(linux.severity).toBe('error');
    expect(linux.message).toContain(
      'pods on any node cannot reach pods on ip-10-0-1-23.ec2.internal, ip-10-0-1-57.ec2.internal, rancher-wrk-04 (3 nodes) over tcp, udp and icmp',
    );
    expect(linux.message).toContain(`dropped inbound by security group ${SG_NODES} (k8s-nodes)`);
    expect(linux.message).toContain(`allows traffic from security group ${SG_NODES} (itself) only`);
    expect(linux.message).toContain('never pod IPs forwarded through them');
    expect(linux.remediation.command).toBe(
      `aws ec2 authorize-security-group-ingress --group-id ${SG_NODES} --ip-permissions ` +
        `'IpProtocol=tcp,FromPort=0,ToPort=65535,IpRanges=[{CidrIp=10.42.0.0/16,Description="pod traffic (host-gw)"}]' ` +
        `'IpProtocol=udp,FromPort=0,ToPort=65535,IpRanges=[{CidrIp=10.42.0.0/16,Description="pod traffic (host-gw)"}]' ` +
        `'IpProtocol=icmp,FromPort=-1,ToPort=-1,IpRanges=[{CidrIp=10.42.0.0/16,Description="pod traffic (host-gw)"}]' --region us-east-1`,
    );
    expect(linux.remediation.fix).toEqual({
      scope: 'network',
      api: 'ec2:AuthorizeSecurityGroupIngress',
      actions: [
        {
          kind: 'aws-sg-authorize-ingress',
          region: 'us-east-1',
          groupId: SG_NODES,
          permissions: [
            { protocol: 'tcp', fromPort: 0, toPort: 65535, cidrs: ['10.42.0.0/16'], family: 4 },
            { protocol: 'udp', fromPort: 0, toPort: 65535, cidrs: ['10.42.0.0/16'], family: 4 },
            { protocol: 'icmp', fromPort: -1, toPort: -1, cidrs: ['10.42.0.0/16'], family: 4 },
          ],
        },
      ],
    });
    // The finding points at the rule that looked right.
    expect(linux.location?.file).toMatch(/security-groups\.json$/);
    expect(linux.location?.line).toBeGreaterThan(1);
  });

  it('Windows nodes with tcp and udp from the pod CIDR but no icmp lose icmp only', async () => {
    const result = await runFixture(`${AWS}/broken`);
    const windows = findingsOf(result, RULE).find((finding) => finding.message.includes('ip-10-0-1-88'))!;
    expect(windows.message).toContain(
      'pods on ip-10-0-1-201.ec2.internal, ip-10-0-1-88.ec2.internal (2 nodes) over icmp,',
    );
    expect(windows.remediation.command).toContain(
      `'IpProtocol=icmp,FromPort=-1,ToPort=-1,IpRanges=[{CidrIp=10.42.0.0/16,Description="pod traffic (host-gw)"}]'`,
    );
    expect(windows.remediation.command).not.toContain('IpProtocol=tcp');
  });

  it('a CIDR rule with the pod CIDR is what makes it pass; a narrower one leaves the nodes outside it reported', async () => {
    const fixed = await runFixture(`${AWS}/broken`, (files) => {
      group(files, SG_NODES).IpPermissions.push({
        IpProtocol: '-1',
        IpRanges: [{ CidrIp: '10.42.0.0/16' }],
        UserIdGroupPairs: [],
        Ipv6Ranges: [],
        PrefixListIds: [],
      });
    });
    expect(findingsOf(fixed, RULE), listFindings(fixed)).toEqual([]);
    const narrow = await runFixture(`${AWS}/broken`, (files) => {
      // 10.42.0.0/22 holds the pod CIDRs of the first four nodes, not 10.42.4.0/24 (ip-10-0-1-201).
      group(files, SG_NODES).IpPermissions.push({
        IpProtocol: '-1',
        IpRanges: [{ CidrIp: '10.42.0.0/22' }],
        UserIdGroupPairs: [],
        Ipv6Ranges: [],
        PrefixListIds: [],
      });
    });
    const findings = findingsOf(narrow, RULE);
    expect(findings, listFindings(narrow)).toHaveLength(2);
    for (const finding of findings)
      expect(finding.message).toMatch(/^pods on ip-10-0-1-201\.ec2\.internal cannot reach/);
    // The fix names the source that is missing: the cluster CIDR holds it.
    expect(findings[0]!.remediation.command).toContain('CidrIp=10.42.0.0/16');
  });

  it('a prefix-list source is named as not verifiable from the data', async () => {
    const result = await runFixture(`${AWS}/healthy`, (files) => {
      const nodes = group(files, SG_NODES);
      nodes.IpPermissions = nodes.IpPermissions.filter((permission: Json) =>
        permission.IpRanges.every((range: Json) => range.CidrIp !== '10.42.0.0/16'),
      );
      nodes.IpPermissions.splice(0, 1, {
        IpProtocol: '-1',
        IpRanges: [],
        UserIdGroupPairs: [],
        Ipv6Ranges: [],
        PrefixListIds: [{ PrefixListId: 'pl-0f1e2d3c4b5a69788' }],
      });
    });
    const messages = findingsOf(result, RULE).map((finding) => finding.message);
    expect(messages.length, listFindings(result)).toBeGreaterThan(0);
    for (const message of messages) expect(message).toContain('prefix list pl-0f1e2d3c4b5a69788');
  });

  it('an egress rule limited to the VPC drops pod traffic on the way out', async () => {
    const result = await runFixture(`${AWS}/healthy`, (files) => {
      group(files, SG_NODES).IpPermissionsEgress = [
        {
          IpProtocol: '-1',
          IpRanges: [{ CidrIp: '10.0.0.0/16' }],
          UserIdGroupPairs: [],
          Ipv6Ranges: [],
          PrefixListIds: [],
        },
      ];
    });
    const findings = findingsOf(result, RULE);
    // Linux nodes have only k8s-nodes; Windows nodes also have k8s-windows, whose egress is open: only Linux is blocked.
    expect(findings, listFindings(result)).toHaveLength(1);
    const finding = findings[0]!;
    expect(finding.message).toMatch(
      /^pods on ip-10-0-1-23\.ec2\.internal, ip-10-0-1-57\.ec2\.internal, rancher-wrk-04 \(3 nodes\) cannot reach pods on any node over tcp, udp and icmp, dropped outbound by/,
    );
    expect(finding.message).toContain(
      'rule k8s-nodes outbound rule 1 admits 10.0.0.0/16, which does not hold the pod CIDRs',
    );
    expect(finding.remediation.command).toMatch(
      /^aws ec2 authorize-security-group-egress --group-id sg-0a1b2c3d4e5f67890 --ip-permissions 'IpProtocol=tcp,.*CidrIp=10\.42\.0\.0\/16/,
    );
    expect(finding.remediation.fix?.api).toBe('ec2:AuthorizeSecurityGroupEgress');
  });

  describe('network ACLs', () => {
    /** Moves rancher-wrk-04 (10.0.1.112, pod CIDR 10.42.3.0/24) to subnet-04a8d6f2c0e7b9135 with its own ACL. */
    function crossSubnet(files: Json, entries: Json[]): void {
      for (const eni of files.get('network-interfaces.json').NetworkInterfaces) {
        if (eni.NetworkInterfaceId === 'eni-03e5a7c9b1d2f4860') eni.SubnetId = 'subnet-04a8d6f2c0e7b9135';
      }
      for (const reservation of files.get('instances.json').Reservations) {
        for (const instance of reservation.Instances)
          for (const eni of instance.NetworkInterfaces)
            if (eni.NetworkInterfaceId === 'eni-03e5a7c9b1d2f4860') eni.SubnetId = 'subnet-04a8d6f2c0e7b9135';
      }
      const acls = files.get('network-acls.json').NetworkAcls;
      acls[0].Associations = acls[0].Associations.filter(
        (association: Json) => association.SubnetId !== 'subnet-04a8d6f2c0e7b9135',
      );
      acls.push({
        Associations: [
          {
            NetworkAclAssociationId: 'aclassoc-0b9',
            NetworkAclId: 'acl-0e1d2c3b4a5968778',
            SubnetId: 'subnet-04a8d6f2c0e7b9135',
          },
        ],
        Entries: entries,
        IsDefault: false,
        NetworkAclId: 'acl-0e1d2c3b4a5968778',
        Tags: [{ Key: 'Name', Value: 'k8s-b' }],
        VpcId: 'vpc-07c4e9a2b5d8f1036',
      });
    }

    it('between subnets, an inbound deny of the pod range before the allow drops traffic from the other subnet', async () => {
      const result = await runFixture(`${AWS}/healthy`, (files) =>
        crossSubnet(files, [
          { CidrBlock: '10.42.0.0/16', Egress: false, Protocol: '-1', RuleAction: 'deny', RuleNumber: 50 },
          { CidrBlock: '0.0.0.0/0', Egress: false, Protocol: '-1', RuleAction: 'allow', RuleNumber: 100 },
          { CidrBlock: '0.0.0.0/0', Egress: true, Protocol: '-1', RuleAction: 'allow', RuleNumber: 100 },
          { CidrBlock: '0.0.0.0/0', Egress: false, Protocol: '-1', RuleAction: 'deny', RuleNumber: 32767 },
          { CidrBlock: '0.0.0.0/0', Egress: true, Protocol: '-1', RuleAction: 'deny', RuleNumber: 32767 },
        ]),
      );
      // Moving the node breaks host-gw's layer 2 too; that is subnet-mismatch's finding.
      expect(summary(result), listFindings(result)).toEqual([
        'pod-traffic-blocked acl-0e1d2c3b4a5968778',
        'subnet-mismatch rancher-wrk-04',
      ]);
      const finding = findingsOf(result, RULE)[0]!;
      expect(finding.message).toMatch(
        /^pods on any other node cannot reach pods on rancher-wrk-04 \(1 node\) over tcp, udp and icmp, dropped inbound by network ACL acl-0e1d2c3b4a5968778 \(k8s-b\) of subnet-04a8d6f2c0e7b9135: its rule 50 denies it, before rule 100 can allow it$/,
      );
      expect(finding.remediation.command).toBe(
        [
          'aws ec2 create-network-acl-entry --network-acl-id acl-0e1d2c3b4a5968778 --ingress --rule-number 49 --protocol 6 --port-range From=0,To=65535 --cidr-block 10.42.0.0/16 --rule-action allow --region us-east-1',
          'aws ec2 create-network-acl-entry --network-acl-id acl-0e1d2c3b4a5968778 --ingress --rule-number 48 --protocol 17 --port-range From=0,To=65535 --cidr-block 10.42.0.0/16 --rule-action allow --region us-east-1',
          'aws ec2 create-network-acl-entry --network-acl-id acl-0e1d2c3b4a5968778 --ingress --rule-number 47 --protocol 1 --icmp-type-code Type=-1,Code=-1 --cidr-block 10.42.0.0/16 --rule-action allow --region us-east-1',
        ].join(' && '),
      );
      expect(finding.remediation.fix?.actions[0]).toEqual({
        kind: 'aws-nacl-entry',
        region: 'us-east-1',
        aclId: 'acl-0e1d2c3b4a5968778',
        egress: false,
        entry: { protocol: '6', cidr: '10.42.0.0/16', family: 4, ruleNumber: 49 },
      });
    });

    it('stateless: an ACL without an outbound allow drops the traffic leaving its subnet', async () => {
      const result = await runFixture(`${AWS}/healthy`, (files) =>
        crossSubnet(files, [
          { CidrBlock: '0.0.0.0/0', Egress: false, Protocol: '-1', RuleAction: 'allow', RuleNumber: 100 },
          { CidrBlock: '10.0.0.0/16', Egress: true, Protocol: '-1', RuleAction: 'allow', RuleNumber: 100 },
          { CidrBlock: '0.0.0.0/0', Egress: true, Protocol: '-1', RuleAction: 'deny', RuleNumber: 32767 },
        ]),
      );
      const finding = findingsOf(result, RULE)[0]!;
      expect(findingsOf(result, RULE), listFindings(result)).toHaveLength(1);
      expect(finding.message).toMatch(
        /^pods on rancher-wrk-04 \(1 node\) cannot reach pods on any other node over tcp, udp and icmp, dropped outbound by network ACL/,
      );
      expect(finding.message).toContain('its rule 32767 denies it');
      expect(finding.remediation.command).toMatch(
        /^aws ec2 create-network-acl-entry --network-acl-id acl-0e1d2c3b4a5968778 --egress --rule-number 32766 --protocol 6 /,
      );
    });

    it('within one subnet the ACL is not consulted', async () => {
      const result = await runFixture(`${AWS}/healthy`, (files) => {
        files.get('network-acls.json').NetworkAcls[0].Entries.unshift({
          CidrBlock: '10.42.0.0/16',
          Egress: false,
          Protocol: '-1',
          RuleAction: 'deny',
          RuleNumber: 1,
        });
      });
      expect(result.report.findings, listFindings(result)).toEqual([]);
    });
  });

  it('a security group named on the ENIs but absent from the dump is a check-incomplete hint, not a pass or a finding', async () => {
    const result = await runFixture(`${AWS}/healthy`, (files) => {
      const groups = files.get('security-groups.json').SecurityGroups;
      groups.splice(
        groups.findIndex((entry: Json) => entry.GroupId === 'sg-0c3d5e7f9a1b24680'),
        1,
      );
    });
    expect(findingsOf(result, RULE)).toEqual([]);
    const hints = findingsOf(result, 'check-incomplete');
    expect(hints, listFindings(result)).toHaveLength(1);
    expect(hints[0]!.message).toBe(
      'the rule set sg-0c3d5e7f9a1b24680 of 2 node(s) (ip-10-0-1-201.ec2.internal, ip-10-0-1-88.ec2.internal) is not in the firewall data: whether pod traffic reaches them cannot be verified',
    );
    expect(hints[0]!.remediation.text).toContain('aws ec2 describe-security-groups --output json');
  });
});

describe('pod-traffic-blocked on GCE', () => {
  const NETWORK = 'projects/northwind-k8s/global/networks/k8s-vpc';

  it('reports the README findings of firewall/gce/broken, and nothing else', async () => {
    const result = await runFixture(`${GCE}/broken`);
    expect(summary(result), listFindings(result)).toEqual([`${RULE} ${NETWORK}`, `${RULE} ${NETWORK}`]);
  });

  it('source tags alone do not admit pod traffic: the Linux pool is behind the implied deny', async () => {
    const result = await runFixture(`${GCE}/broken`);
    const finding = findingsOf(result, RULE).find((entry) => entry.message.includes('k8s-lin-pool-1'))!;
    expect(finding.message).toBe(
      'pods on any node cannot reach pods on k8s-lin-pool-1, k8s-lin-pool-2 (2 nodes) over tcp, udp and icmp, dropped inbound by the firewall rules of network k8s-vpc: ' +
        'the implied deny-all ingress rule (priority 65535); rule k8s-allow-internal-nodes allows source tag k8s-node only: source tags match the primary internal IP of the tagged VMs, not alias ranges or routed pod IPs',
    );
    expect(finding.remediation.command).toBe(
      'gcloud compute firewall-rules create hostgw-pods-k8s-vpc-linux-pool --project northwind-k8s --network k8s-vpc --direction INGRESS --priority 1000 --source-ranges 10.52.0.0/16 --target-tags linux-pool --allow tcp,udp,icmp',
    );
    expect(finding.remediation.fix).toEqual({
      scope: 'network',
      api: 'compute.firewalls.insert',
      actions: [
        {
          kind: 'gce-firewall-insert',
          rule: {
            project: 'northwind-k8s',
            name: 'hostgw-pods-k8s-vpc-linux-pool',
            network: NETWORK,
            direction: 'INGRESS',
            priority: 1000,
            sourceRanges: ['10.52.0.0/16'],
            destinationRanges: undefined,
            targetTags: ['linux-pool'],
            targetServiceAccounts: undefined,
            allowed: ['tcp', 'udp', 'icmp'],
          },
        },
      ],
    });
  });

  it('a deny at a better priority shadows the allow for the control plane; the fix comes just before the deny', async () => {
    const result = await runFixture(`${GCE}/broken`);
    const finding = findingsOf(result, RULE).find((entry) => entry.message.includes('k8s-cp-0'))!;
    expect(finding.message).toContain(
      'pods on any other node cannot reach pods on k8s-cp-0 (1 node) over tcp, udp and icmp',
    );
    expect(finding.message).toContain(
      'rule k8s-isolate-control-plane (priority 900) denies it, before k8s-allow-pods-control-plane (1000) can allow it',
    );
    expect(finding.remediation.command).toContain(
      '--priority 899 --source-ranges 10.52.0.0/16 --target-tags k8s-control-plane --allow tcp,udp,icmp',
    );
    expect(finding.location?.file).toMatch(/gcloud-firewall-rules\.json$/);
  });

  it('at equal priority a deny beats an allow', async () => {
    const result = await runFixture(`${GCE}/healthy`, (files) => {
      const rules = files.get('gcloud-firewall-rules.json');
      const allow = named(rules, 'k8s-allow-pods');
      rules.push({
        ...allow,
        name: 'deny-pods-same-priority',
        allowed: undefined,
        denied: [{ IPProtocol: 'udp' }],
        selfLink: allow.selfLink.replace('k8s-allow-pods', 'deny-pods-same-priority'),
      });
    });
    const finding = findingsOf(result, RULE)[0]!;
    // The Windows pool differs only by a tag an unrelated rule targets: one finding for all nodes.
    expect(findingsOf(result, RULE), listFindings(result)).toHaveLength(1);
    expect(finding.message).toMatch(
      /^pods on any node cannot reach pods on k8s-cp-0, k8s-lin-pool-1, k8s-lin-pool-2 and 2 more \(5 nodes\) over udp,/,
    );
    expect(finding.message).toContain(
      'rule deny-pods-same-priority (priority 1000) denies it, before k8s-allow-pods (1000) can allow it',
    );
    expect(finding.remediation.command).toContain('--priority 999');
    expect(finding.remediation.command).toContain('--allow udp');
  });

  it('a disabled deny is not enforced; enabled, it is', async () => {
    const result = await runFixture(`${GCE}/healthy`, (files) => {
      named(files.get('gcloud-firewall-rules.json'), 'legacy-deny-10-8').disabled = false;
    });
    expect(
      findingsOf(result, RULE)
        .map((finding) => finding.message)
        .join('\n'),
    ).toContain('rule legacy-deny-10-8 (priority 100) denies it');
  });

  it('a deny of some ports only (RDP from the internet) is a policy, not a finding', async () => {
    const result = await runFixture(`${GCE}/healthy`, (files) => {
      const rdp = named(files.get('gcloud-firewall-rules.json'), 'k8s-deny-rdp-internet');
      expect(rdp.denied).toEqual([{ IPProtocol: 'tcp', ports: ['3389'] }]);
    });
    expect(findingsOf(result, RULE)).toEqual([]);
  });

  it('source service accounts do not match pod IPs either; target service accounts select the nodes', async () => {
    const result = await runFixture(`${GCE}/healthy`, (files) => {
      remove(files.get('gcloud-firewall-rules.json'), 'k8s-allow-internal-nodes');
      const allow = named(files.get('gcloud-firewall-rules.json'), 'k8s-allow-pods');
      delete allow.sourceRanges;
      delete allow.targetTags;
      allow.sourceServiceAccounts = ['nw-prod-nodes@northwind-k8s.iam.gserviceaccount.com'];
      allow.targetServiceAccounts = ['nw-prod-nodes@northwind-k8s.iam.gserviceaccount.com'];
    });
    const messages = findingsOf(result, RULE).map((finding) => finding.message);
    expect(messages.length, listFindings(result)).toBeGreaterThan(0);
    expect(
      messages.some((message) =>
        message.includes('allows source service account nw-prod-nodes@northwind-k8s.iam.gserviceaccount.com only'),
      ),
    ).toBe(true);
  });

  it('an egress deny of the pod range is reported outbound, with an EGRESS rule as the fix', async () => {
    const result = await runFixture(`${GCE}/healthy`, (files) => {
      const rules = files.get('gcloud-firewall-rules.json');
      const smtp = named(rules, 'deny-egress-smtp');
      rules.push({
        ...smtp,
        name: 'deny-egress-pods',
        denied: [{ IPProtocol: 'all' }],
        destinationRanges: ['10.52.0.0/16'],
        targetTags: ['windows-pool'],
        selfLink: smtp.selfLink.replace('deny-egress-smtp', 'deny-egress-pods'),
      });
    });
    const finding = findingsOf(result, RULE)[0]!;
    expect(findingsOf(result, RULE), listFindings(result)).toHaveLength(1);
    expect(finding.message).toMatch(
      /^pods on k8s-win-pool-1, k8s-win-pool-2 \(2 nodes\) cannot reach pods on any node over tcp, udp and icmp, dropped outbound by the firewall rules of network k8s-vpc: rule deny-egress-pods \(priority 1000\) denies it$/,
    );
    expect(finding.remediation.command).toBe(
      'gcloud compute firewall-rules create hostgw-pods-k8s-vpc-windows-pool-egress --project northwind-k8s --network k8s-vpc --direction EGRESS --priority 999 --destination-ranges 10.52.0.0/16 --target-tags windows-pool --allow tcp,udp,icmp',
    );
  });

  it('an allow listing some pod CIDRs leaves exactly the other source nodes reported', async () => {
    const result = await runFixture(`${GCE}/healthy`, (files) => {
      // 10.52.0.0/24 .. 10.52.2.0/24: k8s-cp-0, k8s-lin-pool-1, k8s-lin-pool-2; not the Windows nodes' 10.52.3.0/24, 10.52.4.0/24.
      named(files.get('gcloud-firewall-rules.json'), 'k8s-allow-pods').sourceRanges = ['10.52.0.0/23', '10.52.2.0/24'];
    });
    const findings = findingsOf(result, RULE);
    expect(findings, listFindings(result)).toHaveLength(1);
    expect(findings[0]!.message).toMatch(
      /^pods on k8s-win-pool-1, k8s-win-pool-2 cannot reach pods on k8s-cp-0, k8s-lin-pool-1, k8s-lin-pool-2 and 2 more \(5 nodes\) over tcp, udp and icmp/,
    );
  });

  it('rules of another network do not count, and a node network without firewall data is a check-incomplete hint', async () => {
    const result = await runFixture(`${GCE}/healthy`, (files) => {
      for (const rule of files.get('gcloud-firewall-rules.json'))
        rule.network = rule.network.replace('k8s-vpc', 'other-vpc');
    });
    expect(findingsOf(result, RULE)).toEqual([]);
    const hint = findingsOf(result, 'check-incomplete');
    expect(hint, listFindings(result)).toHaveLength(1);
    expect(hint[0]!.message).toBe(
      'the rule set projects/northwind-k8s/global/networks/k8s-vpc of 5 node(s) (k8s-cp-0, k8s-lin-pool-1, k8s-lin-pool-2 and 2 more) is not in the firewall data: whether pod traffic reaches them cannot be verified',
    );
    expect(hint[0]!.remediation.text).toContain('gcloud compute firewall-rules list --format=json');
  });
});

describe('pod-traffic-blocked on Azure', () => {
  it('reports the README findings of firewall/azure/broken, and nothing else', async () => {
    const result = await runFixture(`${AZURE}/broken`);
    expect(summary(result), listFindings(result)).toEqual([
      `${RULE} ${NSG}/k8s-subnet-a-nsg`,
      `${RULE} ${NSG}/k8s-subnet-b-nsg`,
    ]);
  });

  it('a custom deny of VirtualNetwork shadows AllowVnetInBound, for both families', async () => {
    const result = await runFixture(`${AZURE}/broken`);
    const finding = findingsOf(result, RULE).find((entry) => entry.resource?.endsWith('k8s-subnet-a-nsg'))!;
    expect(finding.message).toBe(
      'pods on any node cannot reach pods on k8s-lin-a1, k8s-lin-a2, k8s-win-a1 (3 nodes) over tcp, udp and icmp, dropped inbound by NSG k8s-subnet-a-nsg on the subnet: ' +
        'rule DenyVnetInBound (priority 4000) denies it, before AllowVnetInBound (65000) can allow it',
    );
    const actions = finding.remediation.fix!.actions;
    expect(actions).toHaveLength(6);
    expect(actions[0]).toEqual({
      kind: 'azure-nsg-rule-create',
      nsgId: `${NSG}/k8s-subnet-a-nsg`,
      rule: {
        name: 'hostgw-pods-tcp-in',
        priority: 3999,
        direction: 'Inbound',
        protocol: 'Tcp',
        sourcePrefixes: ['10.244.0.0/16'],
        destinationPrefixes: ['10.244.0.0/16'],
      },
    });
    expect(actions[5]).toMatchObject({
      rule: { name: 'hostgw-pods-icmp-in-v6', priority: 3994, protocol: 'Icmp', sourcePrefixes: ['fd00:10:244::/56'] },
    });
    expect(finding.remediation.command).toMatch(
      /^az network nsg rule create --resource-group k8s-dual-rg --nsg-name k8s-subnet-a-nsg --name hostgw-pods-tcp-in --priority 3999 --direction Inbound --access Allow --protocol Tcp --source-address-prefixes 10\.244\.0\.0\/16 --source-port-ranges '\*' --destination-address-prefixes 10\.244\.0\.0\/16 --destination-port-ranges '\*' && /,
    );
    expect(finding.remediation.text).toContain('it shadows AllowVnetInBound (65000)');
  });

  it('a deny of the pod CIDR for udp only blocks udp on the nodes of that subnet', async () => {
    const result = await runFixture(`${AZURE}/broken`);
    const finding = findingsOf(result, RULE).find((entry) => entry.resource?.endsWith('k8s-subnet-b-nsg'))!;
    expect(finding.message).toContain('pods on k8s-lin-b1, k8s-win-b1 (2 nodes) over udp,');
    expect(finding.message).toContain('rule DenyPodRangeUdp (priority 300) denies it');
    expect(finding.remediation.fix!.actions).toEqual([
      {
        kind: 'azure-nsg-rule-create',
        nsgId: `${NSG}/k8s-subnet-b-nsg`,
        rule: {
          name: 'hostgw-pods-udp-in',
          priority: 299,
          direction: 'Inbound',
          protocol: 'Udp',
          sourcePrefixes: ['10.244.0.0/16'],
          destinationPrefixes: ['10.244.0.0/16'],
        },
      },
    ]);
  });

  it('the NIC-level NSG counts too; an application security group does not admit pod traffic', async () => {
    const result = await runFixture(`${AZURE}/healthy`, (files) => {
      const nodes = nsg(files, 'k8s-nodes-nsg');
      nodes.securityRules.push(
        azRule('AllowNodesAsg', 1000, 'Inbound', 'Allow', {
          sourceAddressPrefix: undefined,
          sourceApplicationSecurityGroups: [{ id: `${NSG}/../applicationSecurityGroups/k8s-nodes-asg` }],
        }),
        azRule('DenyEverythingElse', 4096, 'Inbound', 'Deny'),
      );
    });
    const findings = findingsOf(result, RULE);
    expect(findings, listFindings(result)).toHaveLength(1);
    expect(findings[0]!.message).toBe(
      'pods on any node cannot reach pods on k8s-lin-a1, k8s-lin-a2, k8s-lin-b1 and 2 more (5 nodes) over tcp, udp and icmp, dropped inbound by NSG k8s-nodes-nsg on the NICs: ' +
        'rule DenyEverythingElse (priority 4096) denies it, before AllowVnetInBound (65000) can allow it',
    );
    expect(findings[0]!.remediation.text).toContain('numbered before DenyEverythingElse (4096)');
    expect(findings[0]!.remediation.fix?.actions[0]).toMatchObject({
      nsgId: `${NSG}/k8s-nodes-nsg`,
      rule: { priority: 4095 },
    });
  });

  it('an outbound deny of VirtualNetwork on the NICs is reported outbound', async () => {
    const result = await runFixture(`${AZURE}/healthy`, (files) => {
      nsg(files, 'k8s-nodes-nsg').securityRules.push(
        azRule('DenyVnetOutBound', 4000, 'Outbound', 'Deny', { destinationAddressPrefix: 'VirtualNetwork' }),
      );
    });
    const findings = findingsOf(result, RULE);
    expect(findings, listFindings(result)).toHaveLength(1);
    expect(findings[0]!.message).toMatch(
      /^pods on k8s-lin-a1, k8s-lin-a2, k8s-lin-b1 and 2 more \(5 nodes\) cannot reach pods on any node over tcp, udp and icmp, dropped outbound by NSG k8s-nodes-nsg on the NICs: rule DenyVnetOutBound/,
    );
    expect(findings[0]!.remediation.command).toContain('--direction Outbound');
  });

  it('a deny from the Internet tag does not touch pod traffic (the healthy fixture has one)', async () => {
    const result = await runFixture(`${AZURE}/healthy`, (files) => {
      expect(named(nsg(files, 'k8s-nodes-nsg').securityRules, 'DenyInternetInBound').sourceAddressPrefix).toBe(
        'Internet',
      );
    });
    expect(findingsOf(result, RULE)).toEqual([]);
  });

  it('an NSG named by a subnet but missing from the dump is a check-incomplete hint', async () => {
    const result = await runFixture(`${AZURE}/healthy`, (files) => {
      const nsgs = files.get('az-nsgs.json');
      nsgs.splice(
        nsgs.findIndex((entry: Json) => entry.name === 'k8s-subnet-b-nsg'),
        1,
      );
    });
    expect(findingsOf(result, RULE)).toEqual([]);
    const hint = findingsOf(result, 'check-incomplete');
    expect(hint, listFindings(result)).toHaveLength(1);
    expect(hint[0]!.message).toBe(
      `the rule set ${NSG}/k8s-subnet-b-nsg of 2 node(s) (k8s-lin-b1, k8s-win-b1) is not in the firewall data: whether pod traffic reaches them cannot be verified`,
    );
  });
});

describe('the fix plan', () => {
  it('lists the firewall openings as network-scope steps, applied only with --fix-scope network', async () => {
    const result = await runFixture(`${GCE}/broken`);
    const narrow = buildPlan(result.report.findings, { fixScope: 'node', prune: false });
    const steps = narrow.filter((step) => step.ruleId === RULE);
    expect(steps.map((step) => [step.action, step.scope, step.applies, step.api])).toEqual([
      ['gce-firewall-insert', 'network', false, 'compute.firewalls.insert'],
      ['gce-firewall-insert', 'network', false, 'compute.firewalls.insert'],
    ]);
    expect(steps.map((step) => step.cli).join('\n')).toContain('gcloud compute firewall-rules create');
    const wide = buildPlan(result.report.findings, { fixScope: 'network', prune: false });
    expect(wide.filter((step) => step.ruleId === RULE).every((step) => step.applies)).toBe(true);
  });
});
