import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readInputs } from '../../src/action/inputs.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UserError } from '../../src/errors.js';
import { lineOf, ROOT, TF, type Json } from './helpers.js';
import { runCliCaptured as cli } from '../support/cli.js';

const BROKEN = relative(process.cwd(), join(TF, 'aws/broken'));

describe('hostgw-preflight check on Terraform plans', () => {
  it('fails on a broken plan and names the .tf file and line in the JSON report', async () => {
    const result = await cli('check', BROKEN, '--format', 'json');
    expect(result.code, result.stderr).toBe(EXIT_FINDINGS);
    const report = JSON.parse(result.stdout) as Json;
    const gpu = report.findings.find(
      (finding: Json) => finding.ruleId === 'forwarding-disabled' && finding.resource === 'aws_instance.gpu',
    );
    const tf = await readFile(join(TF, 'aws/broken/main.tf'), 'utf8');
    expect(gpu.location).toEqual({ file: join(BROKEN, 'main.tf'), ...lineOf(tf, 'resource "aws_instance" "gpu"') });
    expect(report.sources).toEqual([
      { file: join(BROKEN, 'plan.json'), format: 'terraform-show-json', items: expect.any(Number) },
    ]);
    expect(report.nodes.find((node: Json) => node.name === 'aws_instance.gpu')).toMatchObject({
      forwarding: 'disabled',
      podCidrs: [],
    });
  });

  it('passes a healthy plan', async () => {
    const result = await cli('check', relative(process.cwd(), join(TF, 'gce/healthy')));
    expect(result.code, result.stdout).toBe(EXIT_OK);
  });

  it('--node-selector narrows the nodes (repeatable); the launch template warning alone fails only with --fail-on warning', async () => {
    const pool = await cli('check', BROKEN, '--node-selector', 'aws_autoscaling_group.spot', '--format', 'json');
    expect(pool.code, pool.stdout).toBe(EXIT_OK);
    const report = JSON.parse(pool.stdout) as Json;
    expect(report.findings.map((finding: Json) => [finding.ruleId, finding.severity, finding.resource])).toEqual([
      ['forwarding-disabled', 'warning', 'aws_launch_template.spot'],
    ]);
    const strict = await cli('check', BROKEN, '--node-selector', 'aws_autoscaling_group.spot', '--fail-on', 'warning');
    expect(strict.code).toBe(EXIT_FINDINGS);
    const two = await cli(
      'check',
      BROKEN,
      '--node-selector',
      'module.workers',
      '--node-selector',
      'tag:Name=k8s-gpu-*',
      '--format',
      'json',
    );
    expect((JSON.parse(two.stdout) as Json).nodes.map((node: Json) => node.name).sort()).toEqual([
      'aws_instance.gpu',
      'module.workers.aws_instance.node["w1"]',
      'module.workers.aws_instance.node["w2"]',
      'module.workers.aws_instance.node["w3"]',
    ]);
  });

  it('rejects a malformed --node-selector with one line', async () => {
    const result = await cli('check', BROKEN, '--node-selector', 'tag:');
    expect(result.code).toBe(EXIT_USAGE);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('--node-selector');
    expect(result.stderr).toContain('tag:KEY');
  });

  it('writes SARIF results at the .tf line, and lists the option and the format in the help', async () => {
    const sarif = JSON.parse((await cli('check', BROKEN, '--format', 'sarif')).stdout) as Json;
    const result = sarif.runs[0].results.find((entry: Json) => entry.ruleId === 'subnet-mismatch');
    const location = result.locations[0].physicalLocation;
    expect(location.artifactLocation.uri).toMatch(/fixtures\/terraform\/aws\/broken\/main\.tf$/);
    expect(location.region.startLine).toBe(
      lineOf(await readFile(join(TF, 'aws/broken/main.tf'), 'utf8'), 'resource "aws_instance" "edge"').line,
    );
    const help = await cli('check', '--help');
    expect(help.stdout).toContain('--node-selector <glob-or-tag>');
    expect(help.stdout).toContain('terraform show -json');
  });
});

describe('Action input node-selector', () => {
  const saved = { ...process.env };
  afterEach(() => {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  });

  it('is read, one selector per line or comma-separated, and validated', () => {
    process.env.INPUT_PATH = 'tfplan.json';
    process.env['INPUT_NODE-SELECTOR'] = 'module.workers.aws_instance.node[*]\ntag:kubernetes.io/cluster/prod=owned';
    expect(readInputs().settings.run.nodeSelectors).toEqual([
      'module.workers.aws_instance.node[*]',
      'tag:kubernetes.io/cluster/prod=owned',
    ]);
    delete process.env['INPUT_NODE-SELECTOR'];
    expect(readInputs().settings.run.nodeSelectors).toEqual([]);
    process.env['INPUT_NODE-SELECTOR'] = 'tag:';
    expect(() => readInputs()).toThrow(UserError);
    expect(() => readInputs()).toThrow(/input "node-selector"/);
  });

  it('is declared in action.yml', async () => {
    const action = await readFile(join(ROOT, 'action.yml'), 'utf8');
    expect(action).toMatch(/^ {2}node-selector:\n {4}description: .*tag:KEY=VALUE/m);
  });
});
