import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from '../../src/errors.js';
import { knownFormats } from '../../src/engine/formats.js';
import { FIXTURES } from '../sources/helpers.js';

/**
 * Fuzzing the file readers through the whole CLI: every fixture file, mutated, must give a report (exit 0 or 1)
 * or one clear line (exit 2); never an internal error (exit 3), an uncaught exception or a hang.
 *
 * Failures replay: fast-check prints `{ seed, path }` with the shrunk counterexample; rerun with
 * FUZZ_SEED=<seed> FUZZ_PATH=<path> npx vitest run test/robustness/fuzz.test.ts. For longer hunts, FUZZ_RUNS sets
 * the number of cases, FUZZ_MUTATIONS the most mutations per case, and FUZZ_STATS=1 prints what the cases ended with.
 * The default of 400 cases (about 10 per fixture file, over a fixed seed) keeps the suite quick; a hunt for new
 * failures runs thousands, e.g. FUZZ_RUNS=5000 with a new FUZZ_SEED.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20_260_707);
const RUNS = Number(process.env.FUZZ_RUNS ?? 400);
const PATH = process.env.FUZZ_PATH;
/** Per case: most take ~10 ms, the slowest legitimate ones (a million nested brackets) ~0.3 s; 5 s is a hang. */
const CASE_TIME_LIMIT_MS = 5_000;

// ---------------------------------------------------------------------------------------------------------------
// Fixtures: each file is mutated inside a working copy of its own folder, so the rules see a whole cluster.

interface FixtureFile {
  /** "aws/broken/nodes.json" */
  readonly id: string;
  readonly folder: string;
  readonly name: string;
  readonly syntax: 'json' | 'yaml';
  readonly text: string;
  readonly value: unknown;
}

async function fixtureFiles(): Promise<FixtureFile[]> {
  const entries = await readdir(FIXTURES, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile() && /\.(json|ya?ml)$/.test(entry.name));
  const result = await Promise.all(
    files.map(async (entry) => {
      const path = join(entry.parentPath, entry.name);
      const text = await readFile(path, 'utf8');
      const syntax = entry.name.endsWith('.json') ? ('json' as const) : ('yaml' as const);
      return {
        id: relative(FIXTURES, path),
        folder: relative(FIXTURES, entry.parentPath),
        name: entry.name,
        syntax,
        text,
        value: syntax === 'json' ? JSON.parse(text) : parseYaml(text),
      };
    }),
  );
  return result.sort((a, b) => a.id.localeCompare(b.id));
}

// ---------------------------------------------------------------------------------------------------------------
// Mutations. Value mutations edit the parsed fixture at the `target`-th node (modulo the node count, in document
// order), which keeps cases small and shrinkable; text mutations edit the serialised bytes afterwards.

const ADDRESSES = [
  '10.0.0.1',
  '10.0.0.256',
  '10.0.0',
  '10.0.0.1.1',
  '010.0.0.1',
  '0x0a.0.0.1',
  '10.1',
  '1e3.0.0.1',
  '::',
  '::1',
  '::ffff:10.0.0.1',
  '::ffff:0:0/96',
  'fe80::1%eth0',
  'fe80::1%eth0/64',
  'fe80::1%25eth0',
  'fd00::/8',
  'fd00:10:244::/56',
  'fd00::1/129',
  '10.0.0.0/33',
  '10.0.0.0/-1',
  '10.0.0.0/',
  '/24',
  '10.0.0.0/024',
  '10.0.0.0/8/8',
  '10.0.0.0/1e3',
  '10.0.0.0/ 8',
  ' 10.0.0.0/8 ',
  '10.0.0.1\n',
  '10.0.0.0/8\u0000',
  '0.0.0.0/0',
  '::/0',
  '255.255.255.255/32',
  '1.2.3.4/0',
  'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128',
  '\uff11\uff10.0.0.1',
  'localhost',
  '2001:db8::/32',
  '10.42.0.0/16',
  '10.42.0.0/24',
  '10.0.1.5',
  '[::1]',
  '10.0.0.0/99999999999999999999',
];

const SCALARS = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  -0.5,
  1e308,
  -1e308,
  2 ** 64,
  2 ** 53 + 1,
  Number.MAX_SAFE_INTEGER,
  '',
  ' ',
  'null',
  'true',
  'True',
  '1e308',
  '18446744073709551616',
  '9'.repeat(400),
  '-1',
  'a\nb',
  'x\u2028y',
  'tab\there',
  '\u001b[31mred',
  '\u0000',
  '\ufffd',
  '\ud800',
  'é',
  '💥',
  'x'.repeat(10_000),
];

/** Objects with keys that would pollute a prototype if copied naively; built by JSON.parse so they are own keys. */
const PROTO_OBJECTS = [
  '{"__proto__": {"polluted": "yes", "kind": "Node"}}',
  '{"constructor": {"prototype": {"polluted": "yes"}}}',
  '{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "prototype": {"polluted": "yes"}}',
];

const addressArb = fc.oneof(
  fc.constantFrom(...ADDRESSES),
  fc.ipV4(),
  fc.ipV6(),
  fc.ipV4Extended(),
  fc.tuple(fc.oneof(fc.ipV4(), fc.ipV6()), fc.integer({ min: -1, max: 200 })).map(([ip, prefix]) => `${ip}/${prefix}`),
);

const valueArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...SCALARS),
  addressArb,
  fc.string({ maxLength: 12 }),
  fc.double(),
  fc.integer(),
  fc.constantFrom<unknown>([], {}, [null], [[]], { '': '' }, [''], [{}]),
  fc.constantFrom(...PROTO_OBJECTS).map((text) => JSON.parse(text) as unknown),
  fc.jsonValue({ maxDepth: 2 }),
);

/** The values formats are recognised by: swapping them makes one reader see another format's shapes. */
const KINDS = [
  'Node',
  'NodeList',
  'List',
  'ConfigMap',
  'HostGwInventory',
  'compute#instance',
  'compute#route',
  'compute#subnetwork',
  'Microsoft.Network/networkInterfaces',
  'Microsoft.Network/routeTables',
  'Microsoft.Network/virtualNetworks',
  'Microsoft.Network/virtualNetworks/subnets',
  'Microsoft.Compute/virtualMachines',
  'Microsoft.Compute/virtualMachineScaleSets/virtualMachines',
  'kube-flannel-cfg',
  'net-conf.json',
  'host-gw',
  'vxlan',
  'flannel',
  'canal',
  'terminated',
  'InternalIP',
  'windows',
  'linux',
  'VirtualAppliance',
  'associated',
  'aws:///us-east-1a/i-0123',
  'gce://p/z/n',
  'azure:///subscriptions/s/resourceGroups/r/providers/Microsoft.Compute/virtualMachines/v',
  'vsphere://x',
  'aws://',
  'gce:///',
  'azure://',
];

/** Number and scalar spellings JSON.stringify cannot produce: out-of-range, negative zero, YAML-only forms. */
const LITERALS = [
  '1e400',
  '-1e400',
  '1e-400',
  '-0',
  '0.0000',
  '123456789012345678901234567890',
  '1E+2',
  '.inf',
  '-.inf',
  '.nan',
  '0x1F',
  '0o17',
  '017',
  '1_000',
  '190:20:30',
  '~',
  'yes',
  'off',
  'y',
  '!!binary aGVsbG8=',
  '!!timestamp 2001-12-14t21:59:43.10-05:00',
  '!!set {a, b}',
  '!!omap [{a: 1}]',
  '!!str',
  '!!null x',
  '!custom x',
  '*undefinedAlias',
  '&anchor',
  '? complex key',
];

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'] as const;

const WHOLE_FILES = [
  '',
  '\ufeff',
  '   \n\t\n',
  'null',
  '[]',
  '{}',
  '""',
  '0',
  '---\n---\n',
  '[',
  '{',
  '"',
  '- a\n- b\n',
  'kind: Node\n',
  '{"kind": "NodeList"}',
  '{"kind": "List", "items": []}',
  '[{"kind": "compute#route"}]',
  '[{"type": "Microsoft.Network/routeTables"}]',
  '{"Reservations": [{"Instances": [{}]}]}',
  'kind: HostGwInventory\n',
  'a: &a [*a]\n',
  '!!binary AAAA\n',
  '%YAML 1.1\n---\nx: 1\n',
  '{"kind": "Node", "kind": "ConfigMap"}',
  'kind: Node\nkind: Node\n',
  '\u0000\u0001\u0002',
  '\ufffe\u0000',
  '%YAML 1.1\n---\nkind: Node\nmetadata: !!omap [{name: a}]\n',
  '%YAML 1.1\n---\nkind: NodeList\nitems: !!set {a, b}\n',
  '%YAML 1.1\n---\nbase: &b {kind: Node, metadata: {name: a}}\nnode: {<<: *b}\n',
  '<<: {kind: Node, metadata: {name: a}}\n',
  '%YAML 1.1\n---\nkind: Node\nmetadata: {name: !!binary aGVsbG8=, creationTimestamp: 2001-12-14t21:59:43.10-05:00}\n',
  '%YAML 1.1\n---\n<<: [{kind: Node}, {metadata: {name: a}}]\nspec: {podCIDR: 10.42.0.0/24}\n',
  'kind: Node\nmetadata: {name: !!int 12}\n',
];

type Mutation =
  | { readonly kind: 'replace'; readonly target: number; readonly value: unknown }
  | { readonly kind: 'address'; readonly target: number; readonly value: string }
  | { readonly kind: 'number'; readonly target: number; readonly value: unknown }
  | { readonly kind: 'delete'; readonly target: number }
  | { readonly kind: 'retype'; readonly target: number; readonly value: string }
  | { readonly kind: 'graft'; readonly target: number; readonly donor: number; readonly from: number }
  | { readonly kind: 'emptyArray'; readonly target: number }
  | { readonly kind: 'protoKey'; readonly target: number; readonly key: string; readonly value: unknown }
  | { readonly kind: 'deep'; readonly target: number; readonly depth: number; readonly shape: 'array' | 'object' }
  | { readonly kind: 'duplicateKey'; readonly target: number; readonly value: unknown }
  | { readonly kind: 'literal'; readonly target: number; readonly text: string }
  | { readonly kind: 'yaml11' }
  | { readonly kind: 'truncate'; readonly at: number }
  | { readonly kind: 'encoding'; readonly bom: boolean; readonly crlf: boolean; readonly utf16: boolean }
  | { readonly kind: 'junk'; readonly at: number; readonly bytes: readonly number[] }
  | { readonly kind: 'whole'; readonly text: string }
  | { readonly kind: 'concat'; readonly donor: number };

// Unbiased: fast-check's default bias towards small values would mostly pick the first node and cut files at 0.
const target = fc.noBias(fc.nat({ max: 1_000_000 }));
const fraction = fc.noBias(fc.integer({ min: 0, max: 999_999 })).map((n) => n / 1_000_000);

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('replace' as const), target, value: valueArb }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant('address' as const), target, value: addressArb }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant('number' as const), target, value: valueArb }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('delete' as const), target }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('emptyArray' as const), target }), weight: 1 },
  {
    arbitrary: fc.record({ kind: fc.constant('retype' as const), target, value: fc.constantFrom(...KINDS) }),
    weight: 2,
  },
  { arbitrary: fc.record({ kind: fc.constant('graft' as const), target, donor: target, from: target }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('concat' as const), donor: target }), weight: 1 },
  {
    arbitrary: fc.record({
      kind: fc.constant('protoKey' as const),
      target,
      key: fc.constantFrom(...PROTO_KEYS),
      value: valueArb,
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('deep' as const),
      target,
      depth: fc.constantFrom(64, 200, 1_000, 10_000),
      shape: fc.constantFrom('array' as const, 'object' as const),
    }),
    weight: 1,
  },
  { arbitrary: fc.record({ kind: fc.constant('duplicateKey' as const), target, value: valueArb }), weight: 1 },
  {
    arbitrary: fc.record({ kind: fc.constant('literal' as const), target, text: fc.constantFrom(...LITERALS) }),
    weight: 2,
  },
  { arbitrary: fc.constant({ kind: 'yaml11' as const }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fraction }), weight: 2 },
  {
    arbitrary: fc.record({
      kind: fc.constant('encoding' as const),
      bom: fc.boolean(),
      crlf: fc.boolean(),
      utf16: fc.boolean(),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('junk' as const),
      at: fraction,
      bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 24 }),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('whole' as const),
      text: fc.oneof(
        fc.constantFrom(...WHOLE_FILES),
        fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
      ),
    }),
    weight: 1,
  },
);

type Key = string | number;
/** A step into a string that holds JSON (net-conf.json in the flannel ConfigMap): mutations reach inside it. */
const EMBEDDED = Symbol('embedded JSON');
type Step = Key | typeof EMBEDDED;

interface Located {
  readonly path: readonly Step[];
  readonly value: unknown;
}

function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  return typeof value === 'object' && value !== null;
}

function embedded(value: unknown): unknown {
  if (typeof value !== 'string' || !/^\s*\{/.test(value)) return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}

/** Every node below the root, in document order. */
function locate(value: unknown, path: readonly Step[] = [], into: Located[] = []): Located[] {
  const inner = embedded(value);
  if (inner !== undefined) locate(inner, [...path, EMBEDDED], into);
  if (!isContainer(value)) return into;
  for (const [key, child] of Array.isArray(value) ? value.entries() : Object.entries(value)) {
    const childPath = [...path, key];
    into.push({ path: childPath, value: child });
    locate(child, childPath, into);
  }
  return into;
}

function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Sets (or, with `undefined`, deletes) the value at `path`, rebuilding embedded JSON strings on the way. */
function setAt(root: unknown, path: readonly Step[], next: unknown): unknown {
  if (path.length === 0) return next;
  const [step, ...rest] = path;
  if (step === EMBEDDED) return JSON.stringify(setAt(embedded(root), rest, next), null, 2);
  if (!isContainer(root)) return root;
  const container = root as Record<Key, unknown>;
  const updated = setAt(container[step!], rest, next);
  if (updated !== undefined) defineOwn(container, step!, updated);
  else if (Array.isArray(container)) container.splice(Number(step), 1);
  else delete container[step!];
  return root;
}

/** Plain assignment to "__proto__" would set the prototype instead of adding a key, as JSON.parse does. */
function defineOwn(object: Record<Key, unknown>, key: Key, value: unknown): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Plain enough for YAML to print unquoted, unique enough never to occur in a fixture. */
const SPLICE = 'zzSPLICE';

interface Draft {
  value: unknown;
  /** Sentinel strings replaced by hand-written text after serialising (deep nesting, duplicate keys). */
  readonly splices: Map<string, string>;
}

function deepText(depth: number, shape: 'array' | 'object', syntax: 'json' | 'yaml'): string {
  if (shape === 'array') return `${'['.repeat(depth)}1${']'.repeat(depth)}`;
  const key = syntax === 'json' ? '"a"' : 'a';
  return `${`{${key}: `.repeat(depth)}1${'}'.repeat(depth)}`;
}

function applyValueMutation(draft: Draft, mutation: Mutation, syntax: 'json' | 'yaml'): void {
  if (!('target' in mutation)) return;
  const nodes = locate(draft.value);
  const pool =
    mutation.kind === 'address'
      ? nodes.filter(
          (n) => typeof n.value === 'string' && /^[0-9a-f:.]+(\/\d+)?$/i.test(n.value) && /[.:]/.test(n.value),
        )
      : mutation.kind === 'number'
        ? nodes.filter((n) => typeof n.value === 'number')
        : mutation.kind === 'retype'
          ? nodes.filter((n) => typeof n.value === 'string')
          : mutation.kind === 'literal'
            ? nodes.filter((n) => !isContainer(n.value) && !n.path.includes(EMBEDDED))
            : mutation.kind === 'emptyArray'
              ? nodes.filter((n) => Array.isArray(n.value))
              : mutation.kind === 'protoKey' || mutation.kind === 'duplicateKey'
                ? [{ path: [], value: draft.value }, ...nodes].filter(
                    (n) => isContainer(n.value) && !Array.isArray(n.value),
                  )
                : nodes;
  const chosen = pool[mutation.target % Math.max(pool.length, 1)];
  if (!chosen) return;
  switch (mutation.kind) {
    case 'replace':
    case 'address':
    case 'number':
      draft.value = setAt(draft.value, chosen.path, cloneJson(mutation.value) ?? null);
      return;
    case 'retype':
      draft.value = setAt(draft.value, chosen.path, mutation.value);
      return;
    case 'graft': {
      const donor = fixtures[mutation.donor % fixtures.length]!;
      const from = locate(donor.value);
      draft.value = setAt(draft.value, chosen.path, cloneJson(from[mutation.from % from.length]?.value ?? donor.value));
      return;
    }
    case 'delete':
      draft.value = setAt(draft.value, chosen.path, undefined);
      return;
    case 'emptyArray':
      draft.value = setAt(draft.value, chosen.path, []);
      return;
    case 'protoKey': {
      const object = cloneJson(chosen.value) as Record<string, unknown>;
      defineOwn(object, mutation.key, cloneJson(mutation.value) ?? null);
      draft.value = setAt(draft.value, chosen.path, object);
      return;
    }
    case 'deep': {
      const sentinel = `${SPLICE}${draft.splices.size}zz`;
      draft.splices.set(sentinel, deepText(mutation.depth, mutation.shape, syntax));
      draft.value = setAt(draft.value, chosen.path, sentinel);
      return;
    }
    case 'literal': {
      const sentinel = `${SPLICE}${draft.splices.size}zz`;
      draft.splices.set(sentinel, mutation.text);
      draft.value = setAt(draft.value, chosen.path, sentinel);
      return;
    }
    case 'duplicateKey': {
      // The duplicate goes before the existing key, so a parser keeping the last one keeps the original value.
      const object = chosen.value as Record<string, unknown>;
      const first = Object.keys(object)[0];
      if (first === undefined) return;
      const sentinel = `${SPLICE}${draft.splices.size}zz`;
      const duplicate = JSON.stringify(cloneJson(mutation.value) ?? null);
      draft.splices.set(
        sentinel,
        syntax === 'json'
          ? `${JSON.stringify(first)}: ${duplicate}, ${JSON.stringify(first)}`
          : `${JSON.stringify(first)}: ${duplicate}\n${JSON.stringify(first)}`,
      );
      const copy: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(object)) defineOwn(copy, key === first ? sentinel : key, value);
      draft.value = setAt(draft.value, chosen.path, copy);
      return;
    }
  }
}

function serialise(draft: Draft, syntax: 'json' | 'yaml'): string {
  let text =
    syntax === 'json' ? `${JSON.stringify(draft.value, null, 4)}\n` : stringifyYaml(draft.value, { lineWidth: 0 });
  for (const [sentinel, replacement] of draft.splices) {
    text = text.replace(
      new RegExp(`^(.*?)"?${sentinel}"?`, 'm'),
      (_, before: string) => before + replacement.replace(/\n/g, `\n${' '.repeat(before.length)}`),
    );
  }
  return text;
}

function applyTextMutation(bytes: Buffer, mutation: Mutation): Buffer {
  switch (mutation.kind) {
    case 'truncate':
      return bytes.subarray(0, Math.floor(bytes.length * mutation.at));
    case 'junk': {
      const at = Math.floor(bytes.length * mutation.at);
      return Buffer.concat([bytes.subarray(0, at), Buffer.from(mutation.bytes), bytes.subarray(at)]);
    }
    case 'encoding': {
      let text = bytes.toString('utf8');
      if (mutation.crlf) text = text.replace(/\r?\n/g, '\r\n');
      if (mutation.bom || mutation.utf16) text = `\ufeff${text}`;
      return Buffer.from(text, mutation.utf16 ? 'utf16le' : 'utf8');
    }
    case 'whole':
      return Buffer.from(mutation.text, 'utf8');
    case 'yaml11':
      // YAML 1.1 reads yes/no as booleans, 0o17 and 1_000 as numbers, and has merge keys, sets and ordered maps.
      return Buffer.concat([Buffer.from('%YAML 1.1\n---\n'), bytes]);
    case 'concat':
      // A multi-document stream: YAML reads every document, JSON followed by anything is a syntax error.
      return Buffer.concat([
        bytes,
        Buffer.from('\n---\n'),
        Buffer.from(fixtures[mutation.donor % fixtures.length]!.text),
      ]);
    default:
      return bytes;
  }
}

interface Case {
  /** A fixture's id, "aws/broken/nodes.json": short in counterexamples. */
  readonly file: string;
  readonly mutations: readonly Mutation[];
  /** Name every file of the folder (unknown formats are errors) rather than the folder (they are skipped). */
  readonly explicit: boolean;
  readonly format: 'json' | 'sarif';
}

function mutate(file: FixtureFile, mutations: readonly Mutation[]): Buffer {
  const draft: Draft = { value: cloneJson(file.value), splices: new Map() };
  for (const mutation of mutations) applyValueMutation(draft, mutation, file.syntax);
  let bytes: Buffer = Buffer.from(serialise(draft, file.syntax), 'utf8');
  for (const mutation of mutations) bytes = applyTextMutation(bytes, mutation);
  return bytes;
}

// ---------------------------------------------------------------------------------------------------------------
// Running a case through the CLI, in process.

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function run(argv: readonly string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    isTty: false,
    env: {},
  });
  return { code, stdout, stderr };
}

const prototypeKeys = (): string[] => Object.getOwnPropertyNames(Object.prototype).sort();
const PROTOTYPE_KEYS = prototypeKeys();

function describeRun(result: Run): string {
  return `exit ${result.code}\n--- stderr ---\n${result.stderr.slice(0, 4000)}\n--- stdout (start) ---\n${result.stdout.slice(0, 400)}`;
}

/** The contract of every run: a report, or one clear line. */
function expectContract(result: Run): void {
  expect(result.stderr, describeRun(result)).not.toContain('    at ');
  expect(result.stderr, describeRun(result)).not.toContain('internal error');
  if (result.code === EXIT_OK || result.code === EXIT_FINDINGS) {
    const report = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(report, describeRun(result)).toBeTypeOf('object');
    for (const line of result.stderr.split('\n').filter(Boolean))
      expect(line, describeRun(result)).toMatch(/^hostgw-preflight: .*: skipped, not in a known format$/);
    return;
  }
  expect(result.code, describeRun(result)).toBe(EXIT_USAGE);
  expect(result.stdout, describeRun(result)).toBe('');
  expect(result.stderr.endsWith('\n'), describeRun(result)).toBe(true);
  const lines = result.stderr.slice(0, -1).split('\n');
  expect(lines, describeRun(result)).toHaveLength(1);
  expect(lines[0], describeRun(result)).toMatch(/^hostgw-preflight: \S/);
  // Control characters from the input are escaped: a terminal shows the line as it is.
  expect(lines[0], describeRun(result)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
  // One clear line, not a dump of the input: the longest legitimate one lists the known formats.
  expect(lines[0]!.length, describeRun(result)).toBeLessThan(knownFormats().length + 400);
}

/** What the cases ended with, printed with FUZZ_STATS=1 to see that the mutations reach the readers. */
const outcomes = new Map<string, number>();

function outcome(result: Run): string {
  if (result.code !== EXIT_USAGE) return `exit ${result.code}`;
  return `exit 2: ${result.stderr
    .replace(/^hostgw-preflight: [^:]*(:\d+)*: /, '')
    .replace(/"[^"]*"/g, '"…"')
    .replace(/\d+/g, 'N')
    .trim()
    .slice(0, 90)}`;
}

let fixtures: FixtureFile[] = [];
let workRoot = '';
const folderFiles = new Map<string, string[]>();

beforeAll(async () => {
  fixtures = await fixtureFiles();
  workRoot = await mkdtemp(join(tmpdir(), 'hostgw-fuzz-'));
  await cp(FIXTURES, workRoot, { recursive: true });
  for (const file of fixtures)
    folderFiles.set(file.folder, [...(folderFiles.get(file.folder) ?? []), join(workRoot, file.folder, file.name)]);
});

afterAll(async () => {
  if (process.env.FUZZ_STATS)
    console.log(
      [...outcomes]
        .sort((a, b) => b[1] - a[1])
        .map(([what, count]) => `${String(count).padStart(5)}  ${what}`)
        .join('\n'),
    );
  await rm(workRoot, { recursive: true, force: true });
});

async function runCase({ file: id, mutations, explicit, format }: Case): Promise<void> {
  const file = fixtures.find((candidate) => candidate.id === id)!;
  const path = join(workRoot, file.folder, file.name);
  await writeFile(path, mutate(file, mutations));
  try {
    const started = Date.now();
    const result = await run([
      'check',
      ...(explicit ? folderFiles.get(file.folder)! : [join(workRoot, file.folder)]),
      '--format',
      format,
      '--fail-on',
      'error',
    ]);
    expectContract(result);
    outcomes.set(outcome(result), (outcomes.get(outcome(result)) ?? 0) + 1);
    expect(Date.now() - started, 'case time').toBeLessThan(CASE_TIME_LIMIT_MS);
    expect(prototypeKeys()).toEqual(PROTOTYPE_KEYS);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  } finally {
    await writeFile(path, file.text);
  }
}

describe('fuzzed fixtures through the CLI', () => {
  it('every fixture file is in the pool', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(39);
    expect(new Set(fixtures.map((f) => f.syntax))).toEqual(new Set(['json', 'yaml']));
  });

  it(
    `ends every case with a report or one clear line (seed ${SEED}, ${RUNS} runs)`,
    async () => {
      const caseArb = fc.record({
        file: fc.constantFrom(...fixtures.map((f) => f.id)),
        mutations: fc.array(mutationArb, { minLength: 1, maxLength: Number(process.env.FUZZ_MUTATIONS ?? 4) }),
        explicit: fc.boolean(),
        format: fc.constantFrom('json' as const, 'sarif' as const),
      });
      await fc.assert(fc.asyncProperty(caseArb, runCase), {
        seed: SEED,
        numRuns: RUNS,
        ...(PATH === undefined ? {} : { path: PATH }),
        plugins: [fc.timeout(CASE_TIME_LIMIT_MS)],
      });
    },
    Math.max(120_000, RUNS * 100),
  );
});
