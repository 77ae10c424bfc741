import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/check.js';
import { parseCidr } from '../../src/model/cidr.js';
import type { ClusterSnapshot, FirewallRule } from '../../src/model/snapshot.js';
import { Topology } from '../../src/model/topology.js';
import { profileFor } from '../../src/clouds/index.js';
import { firewallAnalysis } from '../../src/rules/shared/firewall.js';
import { SnapshotBuilder } from '../../src/sources/builder.js';
import { ANY } from '../../src/sources/firewall-values.js';
import { awsInstanceKey, gceInstanceKey } from '../../src/model/instance-key.js';

const POOLS = 4;
const cidr = (text: string) => parseCidr(text)!;

function rule(fields: Partial<FirewallRule> & Pick<FirewallRule, 'id' | 'setId' | 'provider'>): FirewallRule {
  return {
    name: fields.id,
    direction: 'ingress',
    action: 'allow',
    priority: 1000,
    protocols: 'all',
    ports: [],
    sourceRanges: [],
    sourceRefs: [],
    targets: [],
    ...fields,
  };
}

function nodeAddresses(i: number): { ip: string; pods: string } {
  return { ip: `10.1.${i >> 8}.${i & 255}`, pods: `10.${100 + (i >> 8)}.${i & 255}.0/24` };
}

/**
 * An AWS cluster of `nodes` nodes in four pools; every ENI has the shared group and its pool's group; 200 security
 * groups in all. The shared group allows only itself (the usual mistake); each pool group allows the pod CIDR,
 * except pool `brokenPool`'s.
 */
function awsCluster(nodes: number, brokenPool?: number): ClusterSnapshot {
  const builder = new SnapshotBuilder();
  builder.addClusterCidr(cidr('10.100.0.0/14'));
  const set = (id: string) => builder.addFirewallSet({ id, name: id, provider: 'aws', kind: 'security-group' });
  set('sg-shared');
  builder.addFirewallRule(
    rule({ id: 'sg-shared/ingress/0', setId: 'sg-shared', provider: 'aws', priority: 0, sourceRefs: ['sg:sg-shared'] }),
  );
  builder.addFirewallRule(
    rule({
      id: 'sg-shared/egress/0',
      setId: 'sg-shared',
      provider: 'aws',
      priority: 0,
      direction: 'egress',
      sourceRanges: ANY,
      destRanges: ANY,
    }),
  );
  for (let p = 0; p < POOLS; p++) {
    set(`sg-pool-${p}`);
    builder.addFirewallRule(
      rule({
        id: `sg-pool-${p}/ingress/0`,
        setId: `sg-pool-${p}`,
        provider: 'aws',
        priority: 0,
        protocols: ['tcp'],
        ports: ['22'],
        sourceRanges: [cidr('10.0.0.0/8')],
      }),
    );
    if (p !== brokenPool)
      builder.addFirewallRule(
        rule({
          id: `sg-pool-${p}/ingress/1`,
          setId: `sg-pool-${p}`,
          provider: 'aws',
          priority: 0,
          sourceRanges: [cidr('10.100.0.0/14')],
        }),
      );
  }
  for (let g = 0; g < 200 - 1 - POOLS; g++) {
    set(`sg-other-${g}`);
    builder.addFirewallRule(
      rule({
        id: `sg-other-${g}/ingress/0`,
        setId: `sg-other-${g}`,
        provider: 'aws',
        priority: 0,
        protocols: ['tcp'],
        ports: ['443'],
        sourceRanges: ANY,
      }),
    );
  }
  for (let i = 0; i < nodes; i++) {
    const { ip, pods } = nodeAddresses(i);
    const instanceKey = awsInstanceKey(`i-${i}`);
    builder.addInstance({ key: instanceKey, provider: 'aws', id: `i-${i}`, tags: [] });
    builder.addInterface(
      {
        id: `eni-${i}`,
        name: `eni-${i}`,
        provider: 'aws',
        instanceKey,
        ips: [ip],
        subnetId: 'subnet-1',
        forwarding: true,
        securityGroupIds: ['sg-shared', `sg-pool-${i % POOLS}`],
      },
      true,
    );
    builder.addNode({
      name: `node-${String(i).padStart(4, '0')}`,
      os: 'linux',
      internalIps: [ip],
      podCidrs: [cidr(pods)],
      providerId: `aws:///us-east-1a/i-${i}`,
      instanceKey,
      provider: 'aws',
      backendType: 'host-gw',
    });
  }
  return builder.build();
}

/** A GCE cluster of `nodes` nodes in four tagged pools, with 200 firewall rules; pool `brokenPool` is denied at 900. */
function gceCluster(nodes: number, brokenPool?: number): ClusterSnapshot {
  const builder = new SnapshotBuilder();
  const network = 'projects/p/global/networks/net';
  builder.addClusterCidr(cidr('10.100.0.0/14'));
  builder.addFirewallSet({ id: network, name: 'net', provider: 'gce', kind: 'vpc-firewall', networkId: network });
  const add = (fields: Partial<FirewallRule> & Pick<FirewallRule, 'id'>) =>
    builder.addFirewallRule(rule({ setId: network, provider: 'gce', ...fields }));
  add({ id: 'allow-internal', sourceRefs: ['tag:k8s-node'], targets: ['tag:k8s-node'] });
  add({ id: 'allow-pods', sourceRanges: [cidr('10.100.0.0/14')], targets: ['tag:k8s-node'] });
  if (brokenPool !== undefined)
    add({
      id: 'deny-pool',
      action: 'deny',
      priority: 900,
      sourceRanges: [cidr('10.0.0.0/8')],
      targets: [`tag:pool-${brokenPool}`],
    });
  for (let r = 0; builder.build().firewallRules!.length < 200; r++)
    add({
      id: `svc-${r}`,
      protocols: ['tcp'],
      ports: [String(8000 + r)],
      sourceRanges: ANY,
      targets: [`tag:svc-${r}`],
    });
  for (let i = 0; i < nodes; i++) {
    const { ip, pods } = nodeAddresses(i);
    const instanceKey = gceInstanceKey('p', 'zone-a', `vm-${i}`);
    builder.addInstance({
      key: instanceKey,
      provider: 'gce',
      id: `projects/p/zones/zone-a/instances/vm-${i}`,
      network,
      tags: ['k8s-node', `pool-${i % POOLS}`],
    });
    builder.addInterface(
      {
        id: `vm-${i}/nic0`,
        name: `vm-${i}/nic0`,
        provider: 'gce',
        instanceKey,
        ips: [ip],
        subnetId: 'projects/p/regions/r/subnetworks/s',
        forwarding: true,
      },
      true,
    );
    builder.addNode({
      name: `node-${String(i).padStart(4, '0')}`,
      os: 'linux',
      internalIps: [ip],
      podCidrs: [cidr(pods)],
      providerId: `gce://p/zone-a/vm-${i}`,
      instanceKey,
      provider: 'gce',
      backendType: 'host-gw',
    });
  }
  return builder.build();
}

function analyse(snapshot: ClusterSnapshot) {
  return firewallAnalysis(new Topology(snapshot), profileFor(snapshot.provider))!;
}

const report = (snapshot: ClusterSnapshot) =>
  evaluate(snapshot, { strict: false, failOn: 'error', suppressions: [], severities: {} });

describe('firewall analysis works on groups of nodes, never on node pairs', () => {
  it('AWS, 1,000 nodes and 200 security groups: 4 scopes, 16 scope pairs, a handful of decisions', () => {
    const snapshot = awsCluster(1000);
    expect(snapshot.firewallSets).toHaveLength(200);
    const analysis = analyse(snapshot);
    expect(analysis.counts.scopes).toBe(POOLS);
    expect(analysis.counts.pairs).toBe(POOLS * POOLS);
    // Per pair: the source's egress and the destination's ingress, three protocols each, judged on whole pod ranges.
    expect(analysis.counts.decisions).toBe(POOLS * POOLS * 2 * 3);
    expect(analysis.blocked).toEqual([]);
  });

  it('the same work for 100 nodes as for 1,000', () => {
    expect(analyse(awsCluster(100)).counts).toEqual(analyse(awsCluster(1000)).counts);
  });

  it('AWS, one pool broken: one finding naming a few of its 250 nodes, found without per-node work', () => {
    const snapshot = awsCluster(1000, 2);
    const analysis = analyse(snapshot);
    expect(analysis.counts.decisions).toBe(POOLS * POOLS * 2 * 3);
    expect(analysis.blocked).toHaveLength(1);
    expect(analysis.blocked[0]!.localNodes).toHaveLength(250);
    const findings = report(snapshot).findings.filter((finding) => finding.ruleId === 'pod-traffic-blocked');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(
      /^pods on any node cannot reach pods on node-0002, node-0006, node-0010 and 247 more \(250 nodes\) over tcp, udp and icmp, dropped inbound by security groups sg-pool-2, sg-shared:/,
    );
    expect(findings[0]!.message).toContain(
      'rule sg-shared/ingress/0 allows traffic from security group sg-shared (itself) only',
    );
  });

  it('GCE, 1,000 nodes and 200 firewall rules: tags no rule targets do not split the groups', () => {
    const snapshot = gceCluster(1000, 1);
    expect(snapshot.firewallRules).toHaveLength(200);
    const analysis = analyse(snapshot);
    // Only pool-1 is targeted by a rule (the deny); pools 0, 2 and 3 differ by tags nothing targets: two scopes.
    expect(analysis.layout.scopes.map((scope) => [scope.tags, scope.members.length])).toEqual([
      [['k8s-node'], 750],
      [['k8s-node', 'pool-1'], 250],
    ]);
    expect(analysis.counts.pairs).toBe(4);
    expect(analysis.counts.decisions).toBeLessThanOrEqual(4 * 2 * 3);
    expect(analysis.blocked).toHaveLength(1);
    expect(analysis.blocked[0]!.deniedBy?.id).toBe('deny-pool');
    expect(analysis.blocked[0]!.localNodes).toHaveLength(250);
  });

  it('a rule for part of the pod range is resolved node by node only where it matters', () => {
    const snapshot = awsCluster(40);
    const partial = {
      ...snapshot,
      // Pool 0's group admits only 10.100.0.0/27 .. the first 32 pod CIDRs are 10.100.0.0/24 .. 10.100.31.0/24.
      firewallRules: snapshot.firewallRules!.map((entry) =>
        entry.id === 'sg-pool-0/ingress/1' ? { ...entry, sourceRanges: [cidr('10.100.0.0/19')] } : entry,
      ),
    };
    const analysis = analyse(partial);
    expect(analysis.blocked).toHaveLength(1);
    // Nodes 32..39 (outside 10.100.0.0/19) cannot reach pool 0 (nodes 0, 4, …, 36).
    expect(analysis.blocked[0]!.remoteNodes.map((view) => view.node.name)).toEqual([
      'node-0032',
      'node-0033',
      'node-0034',
      'node-0035',
      'node-0036',
      'node-0037',
      'node-0038',
      'node-0039',
    ]);
    expect(analysis.blocked[0]!.localNodes).toHaveLength(10);
    expect(analysis.counts.pairs).toBe(POOLS * POOLS);
  });
});
