import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliCaptured as cli } from '../support/cli.js';

const AWS_BROKEN = 'fixtures/aws/broken';
const AWS_HEALTHY = 'fixtures/aws/healthy';
const CP = 'ip-10-0-1-23.ec2.internal';
const HOSTILE = '@admin [x](https://evil.example) <img src=x> #1 ::error::pwned\n::warning::forged';

let dir: string;
beforeAll(async () => void (dir = await mkdtemp(join(tmpdir(), 'explain-cli-'))));
afterAll(async () => await rm(dir, { recursive: true, force: true }));

/** fixtures/baremetal/broken with bm-wrk-02 (in the other VLAN) renamed to a hostile name. */
async function hostileCluster(): Promise<string[]> {
  const source = 'fixtures/baremetal/broken';
  const nodes = (await readFile(`${source}/nodes.json`, 'utf8')).replaceAll('"bm-wrk-02"', JSON.stringify(HOSTILE));
  const file = join(dir, 'nodes.json');
  await writeFile(file, nodes);
  return [file, `${source}/kube-flannel-cfg.yaml`, `${source}/inventory.yaml`];
}

/** Markdown with its code spans and <code> blocks taken out: what GitHub would parse for mentions and links. */
function outsideCode(markdown: string): string {
  return markdown.replace(/<code>[\s\S]*?<\/code>/g, '').replace(/(`+)[\s\S]*?\1/g, '');
}

describe('hostgw-preflight explain', () => {
  it('exits 0 with the verdict first when pod traffic is delivered both ways', async () => {
    const run = await cli('explain', AWS_HEALTHY, '--from', CP, '--to', 'rancher-wrk-04');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(`delivered: pod traffic ${CP} → rancher-wrk-04`);
    expect(lines.filter((line) => line.startsWith('  ✓ '))).toHaveLength(8);
  });

  it('exits 1 when dropped, marking the failing hop with its rule and fix', async () => {
    const run = await cli('explain', AWS_BROKEN, '--from', CP, '--to', 'ip-10-0-1-88.ec2.internal');
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')[0]).toBe(`dropped: pod traffic ${CP} → ip-10-0-1-88.ec2.internal`);
    expect(run.stdout).toMatch(/^ {2}✗ destination-forwarding the source\/destination check is on/m);
    expect(run.stdout).toContain('rule: forwarding-disabled');
    expect(run.stdout).toContain(
      '$ aws ec2 modify-network-interface-attribute --network-interface-id eni-0b7c9d1e3f5a68024',
    );
  });

  it('exits 1 when unknown, with ? on the hops that miss data', async () => {
    const run = await cli('explain', AWS_BROKEN, '--from', CP, '--to', 'ip-10-0-1-130.ec2.internal');
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')[0]).toMatch(/^unknown: /);
    expect(run.stdout).toMatch(/^ {2}\? destination-forwarding node ip-10-0-1-130/m);
  });

  it("writes JSON in the issue's shape: from, to, verdict, forward and return hops", async () => {
    const run = await cli('explain', AWS_BROKEN, '--from', CP, '--to', 'ip-10-0-2-14.ec2.internal', '-f', 'json');
    expect(run.code).toBe(1);
    const trace = JSON.parse(run.stdout);
    expect(Object.keys(trace)).toEqual(['from', 'to', 'toNode', 'ranges', 'verdict', 'forward', 'return']);
    expect(trace).toMatchObject({ from: CP, to: 'ip-10-0-2-14.ec2.internal', verdict: 'dropped' });
    for (const hop of [...trace.forward, ...trace.return]) {
      expect(['step', 'ok', 'detail', 'resource', 'ruleId', 'remediation']).toEqual(
        expect.arrayContaining(Object.keys(hop)),
      );
      expect([true, false, null]).toContain(hop.ok);
    }
    const onLink = trace.forward.find((hop: { step: string }) => hop.step === 'on-link');
    expect(onLink).toEqual({
      step: 'on-link',
      ok: false,
      detail: `${CP} is in subnet subnet-0a3c5e7f9b1d24680, ip-10-0-2-14.ec2.internal in subnet subnet-0f2e4d6c8b0a13579: host-gw routes between them are not on-link`,
      resource: 'subnet-0f2e4d6c8b0a13579',
      ruleId: 'subnet-mismatch',
      remediation: {
        text: 'Move ip-10-0-2-14.ec2.internal into subnet subnet-0a3c5e7f9b1d24680 (replace the instance or its network interface); host-gw cannot span subnets.',
      },
    });
  });

  it('writes a markdown table per direction', async () => {
    const run = await cli('explain', AWS_BROKEN, '--from', CP, '--to', '10.42.3.9', '--format', 'markdown');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`### Explain: \`${CP}\` → \`10.42.3.9\`: **dropped**`);
    expect(run.stdout.match(/^\| \| step \| detail \| resource \| rule \| remediation \|$/gm)).toHaveLength(2);
    expect(run.stdout).toMatch(/^\| ✗ \| `destination-forwarding` \|/m);
  });

  it('exits 2 with one line on bad input: unknown node, IP in no pod CIDR, bad format, missing --to', async () => {
    const cases = [
      [['--from', 'nope', '--to', CP], '--from: no node named "nope" in the inputs'],
      [['--from', CP, '--to', '10.99.0.1'], "--to: 10.99.0.1 is in no node's pod CIDR; give a node name or a pod IP"],
      [
        ['--from', CP, '--to', 'rancher-wrk-04', '--format', 'sarif'],
        '--format: explain writes text, json, markdown, not "sarif"',
      ],
      [['--from', CP, '--to', 'rancher-wrk-04', '--format', 'xml'], '--format'],
      [['--from', CP], "required option '--to <node-or-ip>' not specified"],
      [['--from', CP, '--to', CP], 'is on ip-10-0-1-23.ec2.internal itself'],
    ] as const;
    for (const [args, message] of cases) {
      const run = await cli('explain', AWS_HEALTHY, ...args);
      expect([args, run.code]).toEqual([args, 2]);
      expect(run.stdout).toBe('');
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(run.stderr).toContain(message);
      expect(run.stderr).not.toMatch(/\bat .*\.[jt]s:\d+/);
    }
  });

  it('takes the options check takes for the inputs: --provider, --cluster-cidr, --config, --live and its settings', async () => {
    const help = await cli('explain', '--help');
    expect(help.code).toBe(0);
    for (const option of [
      '--provider',
      '--cluster-cidr',
      '--node-selector',
      '--config',
      '--cluster-name',
      '--live',
      '--kubeconfig',
      '--aws-region',
    ])
      expect(help.stdout).toContain(option);
    expect(help.stdout).not.toContain('--write-baseline');
    const run = await cli('explain', AWS_HEALTHY, '--provider', 'vsphere', '--from', CP, '--to', 'rancher-wrk-04');
    // As vSphere, the ENIs' source/destination check is not a thing: no switch to read.
    expect(run.stdout).toContain('vSphere has no anti-spoofing switch');
    const bad = await cli('explain', AWS_HEALTHY, '--cluster-cidr', 'nonsense', '--from', CP, '--to', 'rancher-wrk-04');
    expect(bad.code).toBe(2);
  });

  it('keeps hostile node names inert: no workflow command, mention, link or extra line', async () => {
    const files = await hostileCluster();
    const text = await cli('explain', ...files, '--from', 'bm-cp-01', '--to', HOSTILE);
    expect(text.code).toBe(1);
    expect(text.stdout.split('\n')[0]).toBe(`dropped: pod traffic bm-cp-01 → ${HOSTILE.replace('\n', '\\n')}`);
    for (const line of text.stdout.split('\n')) expect(line.trimStart().startsWith('::')).toBe(false);
    const markdown = await cli('explain', ...files, '--from', 'bm-cp-01', '--to', HOSTILE, '-f', 'markdown');
    const parsed = outsideCode(markdown.stdout);
    expect(markdown.stdout).toContain('@admin');
    expect(parsed).not.toContain('@admin');
    expect(parsed).not.toContain('](');
    expect(parsed).not.toContain('<img');
    expect(markdown.stdout.split('\n').filter((line) => line.startsWith('::'))).toEqual([]);
  });
});
