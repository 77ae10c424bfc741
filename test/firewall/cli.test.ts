import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT_FINDINGS, EXIT_OK } from '../../src/errors.js';
import { fixture, removeTempDirs, writeFiles } from '../sources/helpers.js';
import { runCliCaptured as run } from '../support/cli.js';

afterAll(removeTempDirs);

describe('hostgw-preflight check with firewall dumps', () => {
  it('fails on the broken AWS cluster and puts the security-group openings in the JSON report and plan', async () => {
    const { code, stdout, stderr } = await run('check', fixture('firewall/aws/broken'), '--format', 'json', '--fix');
    expect(stderr).toBe('');
    expect(code).toBe(EXIT_FINDINGS);
    const report = JSON.parse(stdout);
    expect(report.sources.map((source: { format: string }) => source.format)).toEqual(
      expect.arrayContaining(['aws-describe-security-groups', 'aws-describe-network-acls']),
    );
    expect(report.summary.byRule).toEqual({ 'pod-traffic-blocked': 2 });
    const steps = report.plan.filter((step: { ruleId: string }) => step.ruleId === 'pod-traffic-blocked');
    expect(steps).toHaveLength(2);
    for (const step of steps) {
      expect(step).toMatchObject({
        action: 'aws-sg-authorize-ingress',
        provider: 'aws',
        scope: 'network',
        applies: false,
        api: 'ec2:AuthorizeSecurityGroupIngress',
        resource: 'sg-0a1b2c3d4e5f67890',
      });
      expect(step.cli).toMatch(
        /^aws ec2 authorize-security-group-ingress --group-id sg-0a1b2c3d4e5f67890 --ip-permissions /,
      );
    }
    const wide = JSON.parse(
      (await run('check', fixture('firewall/aws/broken'), '--format', 'json', '--fix', '--fix-scope', 'network'))
        .stdout,
    );
    expect(
      wide.plan
        .filter((step: { ruleId: string }) => step.ruleId === 'pod-traffic-blocked')
        .every((step: { applies: boolean }) => step.applies),
    ).toBe(true);
  });

  it('passes the healthy clusters of every cloud', async () => {
    for (const cloud of ['aws', 'gce', 'azure']) {
      const { code, stdout } = await run('check', fixture('firewall', cloud, 'healthy'));
      expect(code, `${cloud}: ${stdout}`).toBe(EXIT_OK);
    }
  });

  it('prints the finding and its command in the text report, and the rule in SARIF', async () => {
    const text = await run('check', fixture('firewall/gce/broken'));
    expect(text.code).toBe(EXIT_FINDINGS);
    expect(text.stdout).toContain('pod-traffic-blocked');
    expect(text.stdout).toContain('rule k8s-isolate-control-plane (priority 900) denies it');
    expect(text.stdout).toContain('gcloud compute firewall-rules create hostgw-pods-k8s-vpc-k8s-control-plane');
    const sarif = JSON.parse((await run('check', fixture('firewall/azure/broken'), '--format', 'sarif')).stdout);
    const driver = sarif.runs[0].tool.driver;
    expect(driver.rules.map((entry: { id: string }) => entry.id)).toContain('pod-traffic-blocked');
    const results = sarif.runs[0].results.filter(
      (result: { ruleId: string }) => result.ruleId === 'pod-traffic-blocked',
    );
    expect(results).toHaveLength(2);
    expect(JSON.stringify(results)).toContain('az-nsgs.json');
  });

  it('writes the openings commented out in the plan script (network scope), and --ignore suppresses the rule', async () => {
    const dir = await writeFiles({ 'keep.txt': '' });
    const script = join(dir, 'plan.sh');
    await run('check', fixture('firewall/azure/broken'), '--plan-script', script);
    const body = await readFile(script, 'utf8');
    expect(body).toContain('# pod-traffic-blocked: ');
    expect(body).toMatch(
      /^# az network nsg rule create --resource-group k8s-dual-rg --nsg-name k8s-subnet-b-nsg --name hostgw-pods-udp-in --priority 299 /m,
    );
    const ignored = await run('check', fixture('firewall/azure/broken'), '--ignore', 'pod-traffic-blocked');
    expect(ignored.code).toBe(EXIT_OK);
  });

  it('lists the rule in the catalogue', async () => {
    const { stdout } = await run('rules', '--format', 'json');
    const rule = JSON.parse(stdout).find((entry: { id: string }) => entry.id === 'pod-traffic-blocked');
    expect(rule).toMatchObject({ severity: 'error', docsUrl: 'docs/rules.md#pod-traffic-blocked' });
    expect(rule.description).toContain("source tags and service accounts match only a VM's primary internal IP");
  });
});
