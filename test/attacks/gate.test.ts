import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, removeTempDirs, writeFiles } from '../sources/helpers.js';
import { runCliCaptured } from '../support/cli.js';
import { hostileCluster } from './markdown-fixture.js';

afterAll(removeTempDirs);

const BROKEN = fixture('gce', 'broken');

/** gce/broken has one finding each of forwarding-disabled, route-missing, route-not-applied, route-shadowed, route-stale, route-wrong-next-hop. */
const CONFIG = `ignore:
  - rule: route-stale
    reason: the old pool is drained next week
  - rule: forwarding-disabled
    target: k8s-lin-*
    reason: looks harmless
severity:
  route-shadowed: warning
`;

async function fingerprintOf(ruleId: string): Promise<string> {
  const { stdout } = await runCliCaptured('check', BROKEN, '--format', 'json');
  return (JSON.parse(stdout) as { findings: { ruleId: string; fingerprint: string }[] }).findings.find(
    (finding) => finding.ruleId === ruleId,
  )!.fingerprint;
}

async function gateFiles(config: string): Promise<{ config: string; baseline: string }> {
  const baseline = {
    kind: 'HostGwBaseline',
    version: 1,
    findings: [{ fingerprint: await fingerprintOf('route-missing') }],
  };
  const dir = await writeFiles({ '.hostgw-preflight.yml': config, 'hostgw-baseline.json': JSON.stringify(baseline) });
  return { config: join(dir, '.hostgw-preflight.yml'), baseline: join(dir, 'hostgw-baseline.json') };
}

function warnings(markdown: string): string[] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('⚠️ `') || line.startsWith('⚠️ baseline') || line.startsWith('⚠️ the'));
}

describe('gate visibility: what the configuration file and baseline let pass', () => {
  it('names the config file, the --ignore option and the baseline with their counts, in one line', async () => {
    const files = await gateFiles(CONFIG);
    const args = [
      'check',
      BROKEN,
      '--config',
      files.config,
      '--ignore',
      'route-not-applied',
      '--baseline',
      files.baseline,
    ];
    const markdown = await runCliCaptured(...args, '--format', 'markdown');
    expect(warnings(markdown.stdout)).toEqual([
      `⚠️ \`${files.config}\` accepts 3 findings (2 ignored, 1 lowered to warning); \`--ignore\` accepts 1 finding (1 ignored); baseline \`${files.baseline}\` accepts 1.`,
    ]);

    const json = JSON.parse((await runCliCaptured(...args, '--format', 'json')).stdout);
    expect(json.accepted).toEqual([
      { source: files.config, kind: 'ignored', count: 2 },
      { source: '--ignore', kind: 'ignored', count: 1 },
      { source: files.config, kind: 'lowered', severity: 'warning', count: 1 },
      { source: files.baseline, kind: 'baselined', count: 1 },
    ]);
    expect(json.summary).toMatchObject({ suppressed: 3, baselined: 1 });

    const text = await runCliCaptured(...args);
    expect(text.stdout).toContain(
      `⚠ ${files.config} accepts 3 findings (2 ignored, 1 lowered to warning); --ignore accepts 1 finding (1 ignored); baseline ${files.baseline} accepts 1.`,
    );
  });

  it('says when strict is off while checks could not run, naming the file that turned it off', async () => {
    const dir = await hostileCluster('k8s-lin-1');
    await rm(join(dir, 'gcloud-instances.json'));
    const files = await gateFiles('strict: false\n');
    const configured = await runCliCaptured('check', dir, '--config', files.config, '--format', 'markdown');
    expect(warnings(configured.stdout)).toEqual([
      `⚠️ \`${files.config}\` accepts 2 findings (2 check-incomplete with strict off).`,
    ]);
    const byDefault = await runCliCaptured('check', dir, '--format', 'markdown');
    expect(warnings(byDefault.stdout)).toEqual([
      '⚠️ the defaults accept 2 findings (2 check-incomplete with strict off).',
    ]);
    const strict = await runCliCaptured('check', dir, '--strict', '--format', 'markdown');
    expect(warnings(strict.stdout)).toEqual([]);
  });

  it('says when the config file sets fail-on never while errors remain', async () => {
    const files = await gateFiles('failOn: never\n');
    const { code, stdout } = await runCliCaptured('check', BROKEN, '--config', files.config, '--format', 'markdown');
    expect(code).toBe(0);
    expect(warnings(stdout)).toEqual([`⚠️ \`${files.config}\` accepts 5 findings (5 passing with fail-on never).`]);
  });

  it('shows no line, and an empty list in JSON, when nothing is accepted', async () => {
    const markdown = await runCliCaptured('check', BROKEN, '--format', 'markdown');
    expect(markdown.stdout).not.toContain('⚠️');
    expect(markdown.stdout).not.toContain('accepts');
    const json = JSON.parse((await runCliCaptured('check', fixture('gce', 'healthy'), '--format', 'json')).stdout);
    expect(json.accepted).toEqual([]);
  });
});
