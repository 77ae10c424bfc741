import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT_USAGE } from '../../src/errors.js';
import { fixture, removeTempDirs, writeFileIn, writeFiles } from '../sources/helpers.js';
import { type CliRun, runCliCaptured as run } from '../support/cli.js';

afterAll(removeTempDirs);

/** Exit code 2, nothing on stdout, and exactly one line on stderr without a stack trace; returns that line. */
function usageError(result: CliRun): string {
  expect(result.code).toBe(EXIT_USAGE);
  expect(result.stdout).toBe('');
  expect(result.stderr).not.toContain('    at ');
  expect(result.stderr.endsWith('\n')).toBe(true);
  const lines = result.stderr.slice(0, -1).split('\n');
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

const NODE_LIST = (podCidr: string, internalIp: string) => `{
    "apiVersion": "v1",
    "items": [
        {
            "apiVersion": "v1",
            "kind": "Node",
            "metadata": {
                "labels": {
                    "kubernetes.io/os": "linux"
                },
                "name": "ip-10-0-1-23.ec2.internal"
            },
            "spec": {
                "podCIDR": "${podCidr}",
                "providerID": "aws:///us-east-1a/i-0f3a9c1e7b2d45810"
            },
            "status": {
                "addresses": [
                    {
                        "address": "3.91.47.118",
                        "type": "ExternalIP"
                    },
                    {
                        "address": "${internalIp}",
                        "type": "InternalIP"
                    }
                ]
            }
        }
    ],
    "kind": "List",
    "metadata": {
        "resourceVersion": ""
    }
}
`;

describe('check: bad input files', () => {
  it('reports malformed JSON (a missing comma) with its line and column', async () => {
    const file = await writeFileIn(
      'nodes.json',
      '{\n    "apiVersion": "v1",\n    "kind": "List"\n    "items": []\n}\n',
    );
    expect(usageError(await run('check', file))).toBe(`hostgw-preflight: ${file}:4:5: invalid JSON: comma expected`);
  });

  it('reports a JSON dump cut in the middle as truncated, at its last line', async () => {
    const text = await readFile(fixture('aws', 'healthy', 'instances.json'), 'utf8');
    const cut = text.slice(0, Math.floor(text.length / 2));
    const file = await writeFileIn('instances.json', cut);
    const lines = cut.split('\n');
    expect(usageError(await run('check', file))).toBe(
      `hostgw-preflight: ${file}:${lines.length}:${lines.at(-1)!.length + 1}: invalid JSON: unexpected end of input (truncated dump?)`,
    );
  });

  it('reports malformed YAML (bad indentation) with its line and column', async () => {
    const file = await writeFileIn(
      'kube-flannel-cfg.yaml',
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n    name: kube-flannel-cfg\n  namespace: kube-flannel\n',
    );
    expect(usageError(await run('check', file))).toBe(
      `hostgw-preflight: ${file}:5:1: invalid YAML: All mapping items must start at the same column`,
    );
  });

  it('refuses an unrecognised JSON file given explicitly, listing the known formats', async () => {
    const file = await writeFileIn(
      'pods.json',
      '{\n    "apiVersion": "v1",\n    "items": [],\n    "kind": "PodList"\n}\n',
    );
    const line = usageError(await run('check', file));
    expect(line.startsWith(`hostgw-preflight: ${file}: not a format hostgw-preflight reads. Known formats: `)).toBe(
      true,
    );
    for (const format of [
      'kubectl get nodes -o json',
      'aws ec2 describe-instances',
      'gcloud compute routes list',
      'az network nic list',
      'HostGwInventory',
      'RKE cluster.yml',
    ]) {
      expect(line).toContain(format);
    }
  });

  it('reports an invalid CIDR in spec.podCIDR naming the field, the node and the line', async () => {
    const file = await writeFileIn('nodes.json', NODE_LIST('10.42.0.0/33', '10.0.1.23'));
    expect(usageError(await run('check', file))).toBe(
      `hostgw-preflight: ${file}:14:28: node ip-10-0-1-23.ec2.internal: spec.podCIDR: "10.42.0.0/33" is not a valid CIDR`,
    );
  });

  it('reports an invalid InternalIP with its line and column', async () => {
    const file = await writeFileIn('nodes.json', NODE_LIST('10.42.0.0/24', '10.0.1.256'));
    expect(usageError(await run('check', file))).toBe(
      `hostgw-preflight: ${file}:24:36: node ip-10-0-1-23.ec2.internal: InternalIP: "10.0.1.256" is not a valid IP address`,
    );
  });

  it('reports a path that does not exist', async () => {
    const dir = await writeFiles({});
    const missing = join(dir, 'nodes.json');
    expect(usageError(await run('check', missing))).toBe(`hostgw-preflight: ${missing}: no such file or folder`);
  });

  it('reports an empty file', async () => {
    const file = await writeFileIn('nodes.json', '');
    expect(usageError(await run('check', file))).toBe(`hostgw-preflight: ${file}: empty file`);
  });

  it('reports a binary file', async () => {
    const file = await writeFileIn(
      'nodes.json.gz',
      Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xab, 0x56, 0x4a]),
    );
    expect(usageError(await run('check', file))).toBe(`hostgw-preflight: ${file}: not a text file (binary content)`);
  });

  it('reports an invalid net-conf.json inside the flannel ConfigMap at the data key', async () => {
    const file = await writeFileIn(
      'kube-flannel-cfg.yaml',
      `apiVersion: v1
data:
  net-conf.json: |
    {
      "Network": "10.42.0.0/16",
      "Backend": {
        "Type": "host-gw",
      }
    }
kind: ConfigMap
metadata:
  name: kube-flannel-cfg
  namespace: kube-flannel
`,
    );
    const line = usageError(await run('check', file));
    expect(line).toMatch(
      new RegExp(
        `^hostgw-preflight: ${escape(file)}:3:18: ConfigMap kube-flannel/kube-flannel-cfg: net-conf.json is not valid JSON \\(.+\\)$`,
      ),
    );
  });

  it('reports an invalid Network in net-conf.json', async () => {
    const file = await writeFileIn(
      'kube-flannel-cfg.json',
      JSON.stringify(
        {
          apiVersion: 'v1',
          data: { 'net-conf.json': '{"Network": "10.42.0.0/160", "Backend": {"Type": "host-gw"}}' },
          kind: 'ConfigMap',
          metadata: { name: 'kube-flannel-cfg', namespace: 'kube-system' },
        },
        null,
        4,
      ),
    );
    expect(usageError(await run('check', file))).toBe(
      `hostgw-preflight: ${file}:4:26: ConfigMap kube-system/kube-flannel-cfg: Network: "10.42.0.0/160" is not a valid CIDR`,
    );
  });

  it('reports an unknown property in an inventory at its key', async () => {
    const file = await writeFileIn(
      'inventory.yaml',
      'apiVersion: hostgw-preflight/v1\nkind: HostGwInventory\nspec:\n  nodes:\n    - name: bm-1\n      ips: [192.168.10.11]\n      colour: blue\n',
    );
    expect(usageError(await run('check', file))).toBe(
      `hostgw-preflight: ${file}:7:7: HostGwInventory schema: /spec/nodes/0: unknown property "colour"`,
    );
  });

  it('stops at the first bad file even when others are fine', async () => {
    const dir = await writeFiles({
      'a-nodes.json': NODE_LIST('10.42.0.0/24', '10.0.1.23'),
      'b-broken.json': '{"Reservations": [',
    });
    expect(usageError(await run('check', dir))).toBe(
      `hostgw-preflight: ${join(dir, 'b-broken.json')}:1:19: invalid JSON: unexpected end of input (truncated dump?)`,
    );
  });
});

describe('check: bad options', () => {
  const folder = fixture('aws', 'healthy');

  it('refuses a bad --format', async () => {
    expect(usageError(await run('check', '--format', 'xml', folder))).toBe(
      "hostgw-preflight: option '-f, --format <format>' argument 'xml' is invalid. expected one of text, json, sarif, markdown",
    );
  });

  it('refuses a bad --fail-on', async () => {
    expect(usageError(await run('check', '--fail-on', 'fatal', folder))).toBe(
      "hostgw-preflight: option '--fail-on <severity>' argument 'fatal' is invalid. expected one of error, warning, note, never",
    );
  });

  it('refuses --ignore with an unknown rule id, listing the rules', async () => {
    const line = usageError(await run('check', '--ignore', 'route-stail:old-*', folder));
    expect(line).toMatch(/^hostgw-preflight: --ignore: unknown rule "route-stail"\. Rules: .*route-stale/);
  });

  it('refuses an unknown option, with the suggestion on the same line', async () => {
    expect(usageError(await run('check', '--bogus-flag', folder))).toBe(
      "hostgw-preflight: unknown option '--bogus-flag'",
    );
    expect(usageError(await run('check', '--colr', folder))).toBe(
      "hostgw-preflight: unknown option '--colr' (Did you mean --color?)",
    );
  });

  it('refuses a bad --cluster-cidr', async () => {
    expect(usageError(await run('check', '--cluster-cidr', '10.42.0.0/99', folder))).toBe(
      "hostgw-preflight: option '--cluster-cidr <cidr>' argument '10.42.0.0/99' is invalid. not a valid CIDR",
    );
  });

  it('refuses bad fix and live values in the same words as every other bad value', async () => {
    expect(usageError(await run('check', '--max-changes', 'many', folder))).toBe(
      "hostgw-preflight: option '--max-changes <n>' argument 'many' is invalid. expected a whole number",
    );
    expect(usageError(await run('check', '--timeout', '-1', folder))).toBe(
      "hostgw-preflight: option '--timeout <seconds>' argument '-1' is invalid. expected a number of seconds",
    );
    expect(usageError(await run('check', '--fix-scope', 'world', folder))).toBe(
      "hostgw-preflight: option '--fix-scope <scope>' argument 'world' is invalid. expected one of node, network",
    );
    expect(usageError(await run('check', '--azure-environment', 'Moon', folder))).toBe(
      "hostgw-preflight: option '--azure-environment <name>' argument 'Moon' is invalid. expected one of AzurePublicCloud, AzureChinaCloud, AzureUSGovernment",
    );
  });
});

describe('check: not errors', () => {
  it('names an unrecognised .json found in a folder as skipped and checks the rest', async () => {
    const dir = await writeFiles({ 'package.json': '{\n  "name": "cluster-dumps",\n  "private": true\n}\n' });
    await cp(fixture('aws', 'healthy'), join(dir, 'aws'), { recursive: true });
    const result = await run('check', '--format', 'json', dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(`hostgw-preflight: ${join(dir, 'package.json')}: skipped, not in a known format\n`);
    const report = JSON.parse(result.stdout) as {
      summary: { nodes: number; passed: boolean };
      sources: { file: string; format: string }[];
    };
    expect(report.summary).toMatchObject({ nodes: 5, passed: true });
    expect(report.sources).toContainEqual(
      expect.objectContaining({ file: join(dir, 'package.json'), format: 'unrecognised' }),
    );
  });

  it('exits 0 for --help and prints the usage on stdout', async () => {
    const result = await run('--help');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Usage: hostgw-preflight /);
    expect(result.stdout).toContain('check');
  });

  it('exits 0 for check --help, which lists the input formats and exit codes', async () => {
    const result = await run('check', '--help');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Input formats: kubectl get nodes -o json');
    expect(result.stdout).toContain('2 usage or input error');
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
