import { describe, expect, it } from 'vitest';
import type { PathContext } from '../../src/paths/types.js';
import { explain as explainAll } from '../../src/paths/explain.js';
import { node } from '../rules/helpers.js';
import { failing, onlySteps, pathContext } from './fixture-context.js';

/** The steps under test only: the fixtures break other steps too (forwarding), which other tests cover. */
const explain = (...args: Parameters<typeof explainAll>) =>
  onlySteps(explainAll(...args), ['firewall-egress', 'firewall-ingress']);

const FIREWALL = ['firewall-egress', 'firewall-ingress'];

function firewallHops(context: PathContext, from: string, to: string) {
  return explain(context, from, to).forward.filter((hop) => FIREWALL.includes(hop.step));
}

/** The remediation of the pod-traffic-blocked finding whose message names the node as dropped. */
function remediationFor(context: PathContext, node: string) {
  const found = context.findings!.filter(
    (finding) => finding.ruleId === 'pod-traffic-blocked' && finding.message.includes(node),
  );
  expect(found).toHaveLength(1);
  return found[0]!.remediation;
}

describe('explain through AWS security groups (fixtures/firewall/aws/broken)', async () => {
  const context = await pathContext('fixtures/firewall/aws/broken');
  const linux = ['ip-10-0-1-23.ec2.internal', 'ip-10-0-1-57.ec2.internal'];
  const windows = ['ip-10-0-1-88.ec2.internal', 'ip-10-0-1-201.ec2.internal'];

  it('drops every protocol into the Linux nodes, naming the rule that only looks right', () => {
    const trace = explain(context, linux[0]!, linux[1]!);
    expect(trace.verdict).toBe('dropped');
    const hop = failing(trace);
    expect(hop).toMatchObject({
      step: 'firewall-ingress',
      ok: false,
      ruleId: 'pod-traffic-blocked',
      resource: 'sg-0a1b2c3d4e5f67890',
    });
    expect(hop.detail).toContain('10.42.0.0/24 → 10.42.1.0/24, tcp, udp and icmp');
    expect(hop.detail).toContain('allows traffic from security group sg-0a1b2c3d4e5f67890 (itself) only');
    expect(hop.remediation).toEqual(remediationFor(context, 'ip-10-0-1-57'));
    expect(firewallHops(context, linux[0]!, linux[1]!)[0]).toMatchObject({ step: 'firewall-egress', ok: true });
  });

  it('drops only icmp into the Windows nodes', () => {
    const hop = failing(explain(context, windows[0]!, windows[1]!));
    expect(hop).toMatchObject({ step: 'firewall-ingress', ruleId: 'pod-traffic-blocked' });
    expect(hop.detail).toMatch(/→ 10\.42\.4\.0\/24, icmp: /);
    expect(hop.remediation?.command).toContain('IpProtocol=icmp');
  });

  it('is unknown, naming the missing group, when a node’s security group is not in the dump', async () => {
    const partial = await pathContext('fixtures/firewall/aws/broken', (files) => {
      const dump = files.get('security-groups.json');
      dump.SecurityGroups = dump.SecurityGroups.filter((group: any) => group.GroupId !== 'sg-0c3d5e7f9a1b24680');
    });
    const hops = firewallHops(partial, linux[0]!, windows[0]!);
    const unknown = hops.find((hop) => hop.ok === null)!;
    expect(unknown).toMatchObject({ step: 'firewall-ingress', ruleId: 'check-incomplete' });
    expect(unknown.detail).toContain('sg-0c3d5e7f9a1b24680');
    expect(unknown.remediation?.text).toContain('aws ec2 describe-security-groups');
    expect(explain(partial, linux[0]!, windows[0]!).verdict).toBe('unknown');
  });
});

describe('explain with a node the cloud data does not hold (fixtures/firewall/aws/healthy)', () => {
  it('is unknown at the firewall of that node, naming the interfaces listing', async () => {
    const context = await pathContext('fixtures/firewall/aws/healthy', (files) => {
      // No providerID and an address no ENI holds: the node cannot be joined to a machine.
      const wrk = node(files.get('nodes.json'), 'rancher-wrk-04');
      wrk.status.addresses.find((entry: any) => entry.type === 'InternalIP').address = '10.0.1.250';
      for (const key of [
        'flannel.alpha.coreos.com/public-ip',
        'rke.cattle.io/external-ip',
        'rke.cattle.io/internal-ip',
      ])
        wrk.metadata.annotations[key] = '10.0.1.250';
    });
    const trace = explain(context, 'ip-10-0-1-23.ec2.internal', 'rancher-wrk-04');
    expect(trace.verdict).toBe('unknown');
    const hop = failing(trace);
    expect(hop).toMatchObject({ step: 'firewall-ingress', ok: null, ruleId: 'check-incomplete' });
    expect(hop.detail).toContain('the firewall of node rancher-wrk-04 is unknown (its machine is not in the data)');
    expect(hop.remediation?.text).toContain('aws ec2 describe-network-interfaces');
    expect(failing(trace, 'return')).toMatchObject({ step: 'firewall-egress', ok: null });
  });
});

describe('explain through GCE firewall rules (fixtures/firewall/gce/broken)', async () => {
  const context = await pathContext('fixtures/firewall/gce/broken');

  it('names the deny rule that comes before the allow', () => {
    const hop = failing(explain(context, 'k8s-win-pool-1', 'k8s-cp-0'));
    expect(hop).toMatchObject({ step: 'firewall-ingress', resource: 'k8s-isolate-control-plane' });
    expect(hop.detail).toContain(
      'rule k8s-isolate-control-plane (priority 900) denies it, before k8s-allow-pods-control-plane (1000) can allow it',
    );
    expect(hop.remediation?.command).toContain('--priority 899');
  });

  it('names the implied deny and the source-tag rule that does not match pod IPs', () => {
    const hop = failing(explain(context, 'k8s-win-pool-1', 'k8s-lin-pool-1'));
    expect(hop).toMatchObject({ step: 'firewall-ingress', ruleId: 'pod-traffic-blocked' });
    expect(hop.detail).toContain('k8s-allow-internal-nodes allows source tag k8s-node');
    expect(hop.remediation?.command).toContain('--target-tags linux-pool');
  });

  it('delivers where the Windows rule admits the pod range', () => {
    expect(explain(context, 'k8s-win-pool-1', 'k8s-win-pool-2').verdict).toBe('delivered');
    // Into the Windows pool passes, the way back into the Linux pool does not.
    const trace = explain(context, 'k8s-lin-pool-1', 'k8s-win-pool-2');
    expect(trace.forward.every((hop) => hop.ok)).toBe(true);
    expect(failing(trace, 'return').step).toBe('firewall-ingress');
  });
});

describe('explain through Azure NSGs (fixtures/firewall/azure/broken)', async () => {
  const context = await pathContext('fixtures/firewall/azure/broken');

  it('drops udp only into subnet b, naming the deny rule, and every protocol into subnet a', () => {
    const trace = explain(context, 'k8s-lin-a1', 'k8s-lin-b1');
    expect(trace.verdict).toBe('dropped');
    const udp = trace.forward.filter((hop) => hop.ok === false);
    expect(udp).toHaveLength(1);
    expect(udp[0]).toMatchObject({ step: 'firewall-ingress', resource: 'DenyPodRangeUdp' });
    expect(udp[0]!.detail).toContain('10.244.0.0/24 → 10.244.3.0/24, udp: rule DenyPodRangeUdp (priority 300)');
    // The return path meets subnet a's NSG, in both families.
    const back = trace.return.filter((hop) => hop.ok === false);
    expect(back.map((hop) => hop.resource)).toEqual(['DenyVnetInBound', 'DenyVnetInBound']);
    expect(back[0]!.detail).toContain('tcp, udp and icmp');
  });
});

describe('explain with healthy firewalls, and without firewall data', () => {
  it.each(['fixtures/firewall/aws/healthy', 'fixtures/firewall/gce/healthy', 'fixtures/firewall/azure/healthy'])(
    'delivers every pair of %s',
    async (fixture) => {
      const context = await pathContext(fixture);
      const names = context.topology.views.map((view) => view.node.name);
      for (const from of names)
        for (const to of names) {
          if (from === to) continue;
          const trace = explain(context, from, to);
          expect(trace.verdict, `${from} → ${to}`).toBe('delivered');
          expect(trace.forward.some((hop) => hop.step === 'firewall-ingress')).toBe(true);
        }
    },
  );

  it('has no firewall hops when no firewall data was given', async () => {
    const context = await pathContext('fixtures/gce/healthy');
    expect(firewallHops(context, 'k8s-cp-0', 'k8s-win-pool-1')).toEqual([]);
  });
});
