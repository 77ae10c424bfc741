import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, truncate } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from '../../src/errors.js';
import { SourceDocument } from '../../src/sources/document.js';
import { MAX_DEPTH, MAX_FILE_BYTES, TOO_DEEP } from '../../src/sources/input-limits.js';
import { check, fixture, json, removeTempDirs, writeFileIn, writeFiles } from '../sources/helpers.js';
import { seedFromFixture, startFakeKube, type FakeKube } from '../support/kubernetes/fake-kube.js';

afterAll(removeTempDirs);

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

async function run(...argv: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const started = Date.now();
  const code = await runCli(argv, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    isTty: false,
    env: {},
  });
  return { code, stdout, stderr, ms: Date.now() - started };
}

/** Exit 2 with exactly one line on stderr and no stack trace; returns the line. */
function oneLine(result: Run): string {
  expect(result.code, result.stderr).toBe(EXIT_USAGE);
  expect(result.stdout).toBe('');
  expect(result.stderr).not.toContain('    at ');
  expect(result.stderr.endsWith('\n')).toBe(true);
  const lines = result.stderr.slice(0, -1).split('\n');
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

function report(result: Run): { findings: unknown[]; nodes: { name: string }[] } {
  expect([EXIT_OK, EXIT_FINDINGS], result.stderr).toContain(result.code);
  return JSON.parse(result.stdout) as { findings: unknown[]; nodes: { name: string }[] };
}

const prototypeKeys = (): string[] => Object.getOwnPropertyNames(Object.prototype).sort();
const PROTOTYPE_KEYS = prototypeKeys();

function expectCleanPrototypes(): void {
  expect(prototypeKeys()).toEqual(PROTOTYPE_KEYS);
  for (const key of ['polluted', 'isAdmin', 'kind']) expect(({} as Record<string, unknown>)[key], key).toBeUndefined();
  expect(Object.getOwnPropertyNames(Array.prototype)).not.toContain('polluted');
}

function node(name: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name, labels: { 'kubernetes.io/os': 'linux' }, ...extra },
    spec: { podCIDR: '10.42.0.0/24' },
    status: { addresses: [{ type: 'InternalIP', address: '10.0.0.1' }] },
  };
}

describe('oversized input', () => {
  it('refuses a file over the size cap from its size, without reading it', async () => {
    const file = await writeFileIn('nodes.json', '');
    await truncate(file, MAX_FILE_BYTES + 1); // sparse: no disk space, no time
    const result = await run('check', file);
    expect(oneLine(result)).toBe(`hostgw-preflight: ${file}: file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB`);
    expect(result.ms).toBeLessThan(1_000);
  });

  it.skipIf(!existsSync('/dev/zero'))('refuses an endless device instead of reading it forever', async () => {
    const result = await run('check', '/dev/zero');
    expect(oneLine(result)).toBe(
      `hostgw-preflight: /dev/zero: file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB`,
    );
    // No timing assertion (the machine may be loaded): reading forever would hit the test's timeout instead.
  });
});

describe('errors stay on one line', () => {
  it('escapes line breaks and control characters that names and values bring from the input', async () => {
    const file = await writeFileIn(
      'nodes.json',
      json({ ...node('evil\nname\u001b[31m'), spec: { podCIDR: 'x\r\ny' } }),
    );
    expect(oneLine(await run('check', file))).toBe(
      `hostgw-preflight: ${file}:11:20: node evil\\nname\\u001b[31m: spec.podCIDR: "x\\r\\ny" is not a valid CIDR`,
    );
  });

  it('quotes a wrong value shortly, however large it is', async () => {
    const file = await writeFileIn(
      'nodes.json',
      json({ ...node('a'), spec: { podCIDR: { huge: 'x'.repeat(1_000_000) } } }),
    );
    expect(oneLine(await run('check', file))).toBe(
      `hostgw-preflight: ${file}:11:20: node a: spec.podCIDR: {"huge":"${'x'.repeat(51)}… is not a valid CIDR`,
    );
  });

  it('escapes line breaks in the keys named by schema errors', async () => {
    const config = await writeFileIn('config.json', '{"severity": {"a\\nb": "loud"}}');
    expect(oneLine(await run('check', fixture('gce', 'healthy'), '--config', config))).toMatch(
      /configuration: \/severity\/a\\nb: must be one of /,
    );
  });
});

describe('huge numbers', () => {
  it('a priority of 400 digits is not a number: the route gets the default priority', async () => {
    const route = (name: string, priority: unknown) => ({
      kind: 'compute#route',
      name,
      destRange: '10.42.0.0/24',
      network: 'projects/p/global/networks/n',
      nextHopIp: '10.0.0.1',
      priority,
      selfLink: `https://www.googleapis.com/compute/v1/projects/p/global/routes/${name}`,
    });
    const file = await writeFileIn(
      'routes.json',
      json([route('a', '9'.repeat(400)), route('b', 1e308), route('c', 2 ** 64)]),
    );
    const { snapshot } = await check(file);
    expect(snapshot.routes.map((r) => [r.name, r.priority])).toEqual([
      ['a', 1000],
      ['b', 1e308],
      ['c', 2 ** 64],
    ]);
  });
});

describe('deep nesting', () => {
  const deepArray = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
  const deepObject = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

  it.each([
    [
      'a JSON label nested 10,000 arrays deep',
      `{"kind": "Node", "metadata": {"name": "a", "labels": {"x": ${deepArray(10_000)}}}}`,
    ],
    [
      'a JSON label nested 10,000 objects deep',
      `{"kind": "Node", "metadata": {"name": "a", "labels": {"x": ${deepObject(10_000)}}}}`,
    ],
    ['a JSON document of a million nested arrays', deepArray(1_000_000)],
    ['a deep JSON document cut short', `{"kind": "NodeList", "items": ${'['.repeat(50_000)}`],
    ['YAML flow collections 10,000 deep', `kind: Node\nmetadata:\n  name: a\n  labels:\n    x: ${deepArray(10_000)}\n`],
    [
      'YAML block mappings 2,000 deep',
      `kind: Node\nmetadata:\n${Array.from({ length: 2_000 }, (_, i) => `${' '.repeat(2 * i + 2)}k:`).join('\n')} 1\n`,
    ],
    [
      'YAML block sequences 2,000 deep',
      `items:\n${Array.from({ length: 2_000 }, (_, i) => `${' '.repeat(2 * i)}-`).join('\n')} 1\n`,
    ],
  ])('refuses %s quickly with one clear line', async (_, text) => {
    const file = await writeFileIn(text.startsWith('{') || text.startsWith('[') ? 'nodes.json' : 'nodes.yaml', text);
    const result = await run('check', file);
    expect(oneLine(result)).toBe(`hostgw-preflight: ${file}: ${TOO_DEEP}`);
    // A sanity bound far above a normal run: a parser that recursed or backtracked per level would never end.
    expect(result.ms).toBeLessThan(20_000);
  });

  it('refuses a deeply nested net-conf.json inside the flannel ConfigMap', async () => {
    const configMap = {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'kube-flannel-cfg', namespace: 'kube-flannel' },
      data: { 'net-conf.json': `{"Network": "10.42.0.0/16", "x": ${deepArray(100_000)}}` },
    };
    const file = await writeFileIn('kube-flannel-cfg.json', json(configMap));
    expect(oneLine(await run('check', file))).toBe(
      `hostgw-preflight: ${file}:9:26: ConfigMap kube-flannel/kube-flannel-cfg: net-conf.json: ${TOO_DEEP}`,
    );
  });

  it(`reads documents nested exactly ${MAX_DEPTH} levels, and finds positions in them`, async () => {
    const wrapped = (depth: number) => `${'{"a":'.repeat(depth - 1)}{"leaf": "10.0.0.0/8"}${'}'.repeat(depth - 1)}`;
    const document = await SourceDocument.parse('deep.json', wrapped(MAX_DEPTH));
    const leaf = [...Array<string>(MAX_DEPTH - 1).fill('a'), 'leaf'];
    expect(document.position({ doc: 0, path: leaf })).toEqual({ line: 1, column: 5 * (MAX_DEPTH - 1) + 10 });
    expect(document.position({ doc: 0, path: leaf }, true)).toEqual({ line: 1, column: 5 * (MAX_DEPTH - 1) + 2 });
    await expect(SourceDocument.parse('deep.json', wrapped(MAX_DEPTH + 1))).rejects.toThrow(TOO_DEEP);
    const yaml = Array.from({ length: MAX_DEPTH }, (_, i) => `${' '.repeat(i)}a:`).join('\n');
    expect((await SourceDocument.parse('deep.yaml', `${yaml} 1\n`)).syntax).toBe('yaml');
    await expect(SourceDocument.parse('deep.yaml', `${yaml}\n${' '.repeat(MAX_DEPTH)}a: 1\n`)).rejects.toThrow(
      TOO_DEEP,
    );
  });
});

describe('YAML alias bombs through the CLI', () => {
  function bomb(levels: number, width: number): string {
    const lines = [`a0: &a0 [${Array(width).fill('"lol"').join(', ')}]`];
    for (let i = 1; i < levels; i++)
      lines.push(
        `a${i}: &a${i} [${Array(width)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    return lines.join('\n');
  }

  it.each([
    ['in a node', `kind: Node\nmetadata:\n  name: a\n  labels:\n${bomb(12, 12).replace(/^/gm, '    ')}\n`],
    ['in the second document of a stream', `kind: Node\nmetadata:\n  name: a\n---\n${bomb(12, 12)}\n`],
    ['in flow style, first tried as JSON', `{${bomb(12, 12).replace(/\n/g, ',\n')}}\n`],
  ])('refuses a billion-laughs document %s in well under a second', async (_, text) => {
    const file = await writeFileIn('bomb.yaml', text);
    const result = await run('check', file);
    expect(oneLine(result)).toMatch(
      new RegExp(`^hostgw-preflight: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: invalid YAML: .*alias`, 'i'),
    );
    expect(result.ms).toBeLessThan(1_000);
  });
});

describe('__proto__ and constructor keys', () => {
  afterEach(() => {
    for (const target of [Object.prototype, Array.prototype] as Record<string, unknown>[]) delete target.polluted;
  });

  it('are refused as unknown properties of an inventory, without polluting anything', async () => {
    const file = await writeFileIn(
      'inventory.json',
      '{"apiVersion": "hostgw-preflight/v1", "kind": "HostGwInventory", "spec": {"__proto__": {"polluted": "yes"}, "nodes": [{"name": "a", "ips": ["10.0.0.1"]}]}}',
    );
    expect(oneLine(await run('check', file))).toMatch(/HostGwInventory schema: \/spec: unknown property "__proto__"$/);
    expectCleanPrototypes();
  });

  it('work as names of inventory nodes, subnets, route tables and next hops', async () => {
    const names = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];
    const inventory = {
      apiVersion: 'hostgw-preflight/v1',
      kind: 'HostGwInventory',
      spec: {
        provider: 'baremetal',
        clusterCIDRs: ['10.42.0.0/16'],
        backend: 'host-gw',
        subnets: [{ id: '__proto__', cidrs: ['10.0.0.0/24'], network: 'constructor' }],
        nodes: names.map((name, i) => ({
          name,
          ips: [`10.0.0.${i + 1}`],
          podCIDRs: [`10.42.${i}.0/24`],
          subnet: '__proto__',
          forwarding: true,
        })),
        routeTables: [
          {
            id: 'constructor',
            subnets: ['__proto__'],
            routes: names.map((name, i) => ({ name, destination: `10.42.${i}.0/24`, nextHopNode: name })),
          },
        ],
      },
    };
    const file = await writeFileIn('inventory.json', JSON.stringify(inventory));
    expect(
      report(await run('check', file, '--format', 'json'))
        .nodes.map((n) => n.name)
        .sort(),
    ).toEqual([...names].sort());
    expectCleanPrototypes();
  });

  it('do not pollute through the merge of one node described by several files', async () => {
    const polluting = JSON.parse(
      '{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}',
    ) as Record<string, unknown>;
    const dir = await writeFiles({
      'a.json': json({
        apiVersion: 'v1',
        kind: 'List',
        items: [node('__proto__', polluting), node('constructor', polluting)],
      }),
      'b.json': json({
        apiVersion: 'v1',
        kind: 'List',
        items: [
          { ...node('__proto__'), spec: polluting },
          { ...node('constructor'), status: polluting },
        ],
      }),
    });
    expect(
      report(await run('check', dir, '--format', 'json', '--cluster-cidr', '10.42.0.0/16'))
        .nodes.map((n) => n.name)
        .sort(),
    ).toEqual(['__proto__', 'constructor']);
    expectCleanPrototypes();
  });

  it.each([
    ['at the top', '__proto__:\n  polluted: yes\n', /unknown property "__proto__"/],
    ['as a rule in severity', 'severity:\n  __proto__: error\n', /__proto__/],
    ['as a rule in severity, in JSON', '{"severity": {"constructor": "error"}}', /constructor/],
    [
      'inside an ignore entry',
      'ignore:\n  - rule: route-missing\n    reason: x\n    __proto__: {polluted: yes}\n',
      /unknown property "__proto__"/,
    ],
  ])('are refused in a configuration file (%s)', async (_, text, expected) => {
    const config = await writeFileIn('config.yml', text);
    expect(oneLine(await run('check', fixture('gce', 'healthy'), '--config', config))).toMatch(expected);
    expectCleanPrototypes();
  });
});

/** Every file and folder under `root`, relative to it, sorted. */
async function tree(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.map((entry) => relative(root, join(entry.parentPath, entry.name))).sort();
}

describe('paths given to --output and --save-snapshot are written exactly where asked', () => {
  let root = '';
  let work = '';
  const cwd = process.cwd();

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'hostgw-paths-'));
    work = join(root, 'work');
    await mkdir(join(work, 'sub'), { recursive: true });
    process.chdir(work);
  });

  afterEach(async () => {
    process.chdir(cwd);
    await rm(root, { recursive: true, force: true });
  });

  it.each([
    ['a relative name', 'report.json', 'work/report.json'],
    ['a relative path through ..', 'sub/../sub/./report.json', 'work/sub/report.json'],
    ['a path above the working directory', '../report.json', 'report.json'],
    ['a name with spaces and non-ASCII letters', 'rapport prüfung.json', 'work/rapport prüfung.json'],
  ])('--output: %s', async (_, output, expected) => {
    const result = await run('check', fixture('gce', 'broken'), '--format', 'json', '--output', output);
    expect(result.code, result.stderr).toBe(EXIT_FINDINGS);
    expect(result.stdout).toBe('');
    expect(await tree(root)).toEqual([...new Set(['work', 'work/sub', expected])].sort());
    expect(JSON.parse(await readFile(join(root, expected), 'utf8')).summary.passed).toBe(false);
  });

  it('--output: an absolute path with .. in it', async () => {
    const output = join(root, 'work', '..', 'abs', '..', 'report.json');
    await mkdir(join(root, 'abs'));
    expect((await run('check', fixture('gce', 'healthy'), '--format', 'json', '--output', output)).code).toBe(EXIT_OK);
    expect(await tree(root)).toEqual(['abs', 'report.json', 'work', 'work/sub']);
  });

  it.each([
    [
      'into a folder that does not exist',
      'missing/report.json',
      /--output: cannot write missing\/report\.json: ENOENT$/,
    ],
    ['onto a folder', 'sub', /--output: cannot write sub: EISDIR$/],
  ])('--output: refuses to write %s, creating nothing', async (_, output, message) => {
    expect(oneLine(await run('check', fixture('gce', 'healthy'), '--output', output))).toMatch(message);
    expect(await tree(root)).toEqual(['work', 'work/sub']);
  });

  it('--save-snapshot without --live is refused before anything is written', async () => {
    expect(oneLine(await run('check', fixture('gce', 'healthy'), '--save-snapshot', 'snapshot'))).toBe(
      'hostgw-preflight: --save-snapshot needs --live',
    );
    expect(await tree(root)).toEqual(['work', 'work/sub']);
  });

  describe('--save-snapshot with --live', () => {
    let kube: FakeKube | undefined;
    afterEach(async () => {
      await kube?.close();
      kube = undefined;
    });

    it.each([
      ['a relative path through ..', () => 'sub/../snapshot', 'work/snapshot'],
      ['a path above the working directory', () => '../snapshot', 'snapshot'],
      ['an absolute path with ..', () => join(root, 'work', 'sub', '..', '..', 'abs', 'snapshot'), 'abs/snapshot'],
    ])('%s', async (_, folder, expected) => {
      kube = await startFakeKube(await seedFromFixture(fixture('baremetal', 'healthy')));
      const result = await run(
        'check',
        '--live',
        '--kubeconfig',
        kube.kubeconfigPath,
        '--save-snapshot',
        folder(),
        '--format',
        'json',
        '--cluster-cidr',
        '10.42.0.0/16',
      );
      report(result);
      const parents = expected
        .split('/')
        .slice(0, -1)
        .map((_, i, parts) => parts.slice(0, i + 1).join('/'));
      expect(await tree(root)).toEqual(
        [
          ...new Set([
            'work',
            'work/sub',
            ...parents,
            expected,
            `${expected}/kube-flannel-cfg.json`,
            `${expected}/nodes.json`,
          ]),
        ].sort(),
      );
    });
  });
});
