import { describe, expect, it } from 'vitest';
import { pathContextOf } from '../../src/engine/explain.js';
import { explain } from '../../src/paths/explain.js';
import { runFixture, type Json } from '../rules/helpers.js';
import { failing, hop, traceFixture, traceOf } from './l2-support.js';

/** fixtures/aws: the README's tables name each node's fault. */
const BROKEN = 'fixtures/aws/broken';
const HEALTHY = 'fixtures/aws/healthy';
const CP = 'ip-10-0-1-23.ec2.internal';
const WIN_OFF = 'ip-10-0-1-88.ec2.internal'; // (a) Windows, source/destination check on
const SECOND_ENI_OFF = 'ip-10-0-1-57.ec2.internal'; // (b) the ENI carrying its IP has the check on
const OTHER_SUBNET = 'ip-10-0-2-14.ec2.internal'; // (c)
const NOT_FOUND = 'ip-10-0-1-130.ec2.internal'; // (f) its instance is not in the dumps

describe('explain on AWS (layer 2): forwarding, subnets, the path both ways', () => {
  it('delivers between every pair of the healthy cluster, both ways', async () => {
    const result = await runFixture(HEALTHY);
    const names = result.snapshot.nodes.map((n) => n.name);
    expect(names).toHaveLength(5);
    for (const from of names)
      for (const to of names.filter((name) => name !== from)) {
        const trace = traceOf(result, from, to);
        expect([from, to, trace.verdict, failing(trace)]).toEqual([from, to, 'delivered', []]);
        expect(trace.forward.map((h) => h.step)).toEqual([
          'source-forwarding',
          'route-lookup',
          'on-link',
          'destination-forwarding',
        ]);
      }
  });

  it('drops at the source when the Windows source node has the source/destination check on', async () => {
    const trace = await traceFixture(BROKEN, WIN_OFF, CP);
    expect(trace.verdict).toBe('dropped');
    // Its forwarding drops its own packets going out and the replies coming back to it.
    expect(failing(trace)).toEqual([
      'forward source-forwarding false forwarding-disabled',
      'return destination-forwarding false forwarding-disabled',
    ]);
    const source = hop(trace, 'forward', 'source-forwarding');
    expect(source.resource).toBe('eni-0b7c9d1e3f5a68024');
    expect(source.detail).toContain('Windows node ip-10-0-1-88.ec2.internal');
    expect(source.remediation?.command).toContain(
      '--network-interface-id eni-0b7c9d1e3f5a68024 --no-source-dest-check',
    );
  });

  it("drops at the destination when the ENI carrying the destination's IP has the check on, though the instance says off", async () => {
    const trace = await traceFixture(BROKEN, CP, SECOND_ENI_OFF);
    expect(failing(trace)).toEqual([
      'forward destination-forwarding false forwarding-disabled',
      'return source-forwarding false forwarding-disabled',
    ]);
    expect(hop(trace, 'forward', 'destination-forwarding').resource).toBe('eni-0a5b7c9d1e3f46802');
  });

  it('drops on-link both ways between subnets, naming the node to move and where', async () => {
    const trace = await traceFixture(BROKEN, CP, OTHER_SUBNET);
    expect(trace.verdict).toBe('dropped');
    expect(failing(trace)).toEqual(['forward on-link false subnet-mismatch', 'return on-link false subnet-mismatch']);
    const onLink = hop(trace, 'forward', 'on-link');
    expect(onLink.detail).toContain('subnet-0a3c5e7f9b1d24680');
    expect(onLink.detail).toContain('subnet-0f2e4d6c8b0a13579');
    expect(onLink.remediation?.text).toBe(
      'Move ip-10-0-2-14.ec2.internal into subnet subnet-0a3c5e7f9b1d24680 (replace the instance or its network interface); host-gw cannot span subnets.',
    );
  });

  it('is unknown for a node missing from the cloud dumps, naming the dump to add', async () => {
    const trace = await traceFixture(BROKEN, CP, NOT_FOUND);
    expect(trace.verdict).toBe('unknown');
    const destination = hop(trace, 'forward', 'destination-forwarding');
    expect(destination).toMatchObject({ ok: null, ruleId: 'check-incomplete' });
    expect(destination.detail).toContain('matches no machine in the AWS data');
    expect(destination.remediation?.text).toContain('aws ec2 describe-instances');
  });

  it('is unknown everywhere without instance data, naming describe-instances', async () => {
    const trace = await traceFixture(HEALTHY, CP, 'rancher-wrk-04', (files) => {
      files.delete('instances.json');
      files.delete('network-interfaces.json');
      files.delete('subnets.json');
    });
    expect(trace.verdict).toBe('unknown');
    expect(failing(trace)).toEqual([
      'forward source-forwarding null check-incomplete',
      'forward on-link null check-incomplete',
      'forward destination-forwarding null check-incomplete',
      'return source-forwarding null check-incomplete',
      'return on-link null check-incomplete',
      'return destination-forwarding null check-incomplete',
    ]);
    expect(hop(trace, 'forward', 'source-forwarding').remediation?.text).toContain('aws ec2 describe-instances');
    expect(hop(trace, 'forward', 'on-link').remediation?.text).toContain('aws ec2 describe-instances');
  });

  it('is dropped when one direction drops and the other cannot tell', async () => {
    // The source's setting is unknown (trimmed from the listing); the destination's check is on.
    const trace = await traceFixture(BROKEN, CP, WIN_OFF, (files) => {
      for (const eni of files.get('network-interfaces.json').NetworkInterfaces as Json[])
        if (eni.PrivateIpAddress === '10.0.1.23') delete eni.SourceDestCheck;
      for (const reservation of files.get('instances.json').Reservations as Json[])
        for (const instance of reservation.Instances as Json[])
          for (const eni of instance.NetworkInterfaces ?? [])
            if (eni.PrivateIpAddress === '10.0.1.23') delete eni.SourceDestCheck;
    });
    expect(hop(trace, 'forward', 'source-forwarding').ok).toBeNull();
    expect(hop(trace, 'forward', 'destination-forwarding').ok).toBe(false);
    expect(trace.verdict).toBe('dropped');
  });

  it('traces one pod IP as its /32 on the node that owns it', async () => {
    const trace = await traceFixture(HEALTHY, CP, '10.42.3.7');
    expect(trace).toMatchObject({ toNode: 'rancher-wrk-04', ranges: ['10.42.3.7/32'], verdict: 'delivered' });
    expect(hop(trace, 'forward', 'route-lookup').detail).toContain('10.42.3.0/24 via 10.0.1.112');
  });

  it('takes an explaining remediation from the reported finding when there is one', async () => {
    const result = await runFixture(BROKEN);
    const context = pathContextOf(result, { strict: false });
    // A configured remediation (as a finding may carry one the rule did not build) is the one shown.
    const findings = result.report.findings.map((f) =>
      f.ruleId === 'forwarding-disabled' && f.node === WIN_OFF
        ? { ...f, remediation: { text: 'ask the network team' } }
        : f,
    );
    const trace = explain({ ...context, findings }, CP, WIN_OFF);
    expect(hop(trace, 'forward', 'destination-forwarding').remediation).toEqual({ text: 'ask the network team' });
  });
});
