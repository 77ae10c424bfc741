import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';

const run = promisify(execFile);

/**
 * Runs the bundled CLI as a user would, in their own shell: not as a workflow step even when the suite runs in one
 * (GITHUB_ACTIONS=true confines writes and reads to the runner's folders); resolves with the exit code instead of
 * rejecting on 1 and 2.
 */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['dist/cli.js', ...args], {
      env: { ...process.env, NO_COLOR: '1', GITHUB_ACTIONS: undefined },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

function ruleIds(stdout: string): string[] {
  return (JSON.parse(stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId).sort();
}

describe('dist/cli.js', () => {
  it.each(['aws', 'gce', 'azure', 'baremetal'])(
    'passes the healthy %s fixture with exit 0 and no findings',
    async (provider) => {
      const result = await cli('check', `fixtures/${provider}/healthy`, '--format', 'json');
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(ruleIds(result.stdout)).toEqual([]);
    },
  );

  it('fails the broken GCE fixture with exit 1 and the route and forwarding findings', async () => {
    const result = await cli('check', 'fixtures/gce/broken', '--format', 'json');
    expect(result.code).toBe(1);
    expect(ruleIds(result.stdout)).toEqual([
      'forwarding-disabled',
      'route-missing',
      'route-not-applied',
      'route-shadowed',
      'route-stale',
      'route-wrong-next-hop',
    ]);
  });

  it('prints a readable text report grouped by node, without colours when not on a terminal', async () => {
    const result = await cli('check', 'fixtures/aws/broken');
    expect(result.code).toBe(1);
    expect(result.stdout).not.toMatch(/\u001b\[/);
    expect(result.stdout).toContain('ip-10-0-1-88.ec2.internal');
    expect(result.stdout).toContain(
      '$ aws ec2 modify-network-interface-attribute --network-interface-id eni-0b7c9d1e3f5a68024 --no-source-dest-check',
    );
  });

  it('writes SARIF with the rule catalogue to --output and reports the verdict on stderr', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hostgw-cli-'));
    const file = join(dir, 'out.sarif');
    const result = await cli('check', 'fixtures/azure/broken', '--format', 'sarif', '--output', file);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/FAILED; report written to/);
    const sarif = JSON.parse(await readFile(file, 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].tool.driver.rules).toHaveLength(RULES.length);
    expect(sarif.runs[0].results.length).toBeGreaterThan(0);
  });

  it('honours --fail-on never and --ignore with a target', async () => {
    const never = await cli('check', 'fixtures/gce/broken', '--fail-on', 'never', '--format', 'json');
    expect(never.code).toBe(0);
    const ignored = await cli(
      'check',
      'fixtures/gce/broken',
      '--format',
      'json',
      '--ignore',
      'route-stale',
      '--ignore',
      'route-missing:k8s-*',
      '--ignore',
      'route-not-applied',
      '--ignore',
      'route-shadowed:nat-*',
      '--ignore',
      'route-wrong-next-hop:k8s-win-1',
      '--ignore',
      'forwarding-disabled:k8s-lin-1',
    );
    expect(JSON.parse(ignored.stdout).summary.suppressed).toBe(6);
    expect(ignored.code).toBe(0);
  });

  it('reads suppressions with reasons from a config file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hostgw-cli-'));
    const config = join(dir, 'config.yml');
    await writeFile(
      config,
      'ignore:\n  - rule: route-stale\n    reason: old VPN routes\nseverity:\n  route-missing: warning\n',
    );
    const result = await cli('check', 'fixtures/gce/broken', '--format', 'json', '--config', config);
    const report = JSON.parse(result.stdout);
    expect(report.summary.suppressed).toBe(1);
    expect(report.findings.find((f: { ruleId: string }) => f.ruleId === 'route-missing').severity).toBe('warning');
  });

  it('rejects a config file with an unknown setting, naming file and line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hostgw-cli-'));
    const config = join(dir, 'config.yml');
    await writeFile(config, 'failOn: error\nfial-on: warning\n');
    const result = await cli('check', 'fixtures/gce/healthy', '--config', config);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(`hostgw-preflight: ${config}:2:1: configuration: /: unknown property "fial-on"`);
  });

  it('lists the rule catalogue', async () => {
    const result = await cli('rules', '--format', 'json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).map((rule: { id: string }) => rule.id)).toContain('route-shadowed');
  });
});
