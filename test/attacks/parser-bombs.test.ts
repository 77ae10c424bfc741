import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, parseAllDocuments, stringify } from 'yaml';
import { SourceDocument } from '../../src/sources/document.js';
import { MAX_DEPTH, TOO_DEEP } from '../../src/sources/input-limits.js';
import { jsonValueBound, scanYaml } from '../../src/sources/text-scan.js';

const run = promisify(execFile);
const MiB = 1024 * 1024;

/** Containers and scalars of a parsed value, as the pre-scans count them (keys are part of their entry). */
function valueCount(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 1;
  let count = 1;
  for (const item of Object.values(value)) count += valueCount(item);
  return count;
}

const jsonValue = fc.jsonValue({ maxDepth: 6 });

describe('the pre-scans never count fewer values than the parsers make', () => {
  it('JSON, compact and indented: the bound from the length, and the bound from counting', () => {
    fc.assert(
      fc.property(jsonValue, fc.constantFrom(undefined, 2), fc.nat(50), (value, indent, enough) => {
        const text = JSON.stringify(value, null, indent);
        const count = valueCount(JSON.parse(text));
        expect(jsonValueBound(text, 0)).toBeGreaterThanOrEqual(count);
        expect(jsonValueBound(text, enough)).toBeGreaterThanOrEqual(count);
        expect(jsonValueBound(text, Number.MAX_SAFE_INTEGER)).toBeGreaterThanOrEqual(count);
      }),
      { numRuns: 2_000 },
    );
  });

  it('YAML in the styles writers print: block, flow, sequences indented or not, several documents', () => {
    const style = fc.record({
      indentSeq: fc.boolean(),
      collectionStyle: fc.constantFrom('any', 'block', 'flow') as fc.Arbitrary<'any' | 'block' | 'flow'>,
    });
    fc.assert(
      fc.property(fc.array(jsonValue, { minLength: 1, maxLength: 3 }), style, (values, options) => {
        const text = values.map((value) => stringify(value, options)).join('---\n');
        const parsed = parseAllDocuments(text).map((doc) => doc.toJS() as unknown);
        const count = parsed.reduce<number>((sum, value) => sum + valueCount(value), 0);
        expect(scanYaml(text).values).toBeGreaterThanOrEqual(count);
      }),
      { numRuns: 2_000 },
    );
  });

  it('YAML written by hand: empty entries, compact nesting, flow pairs', () => {
    for (const text of [
      '-\n-\n-\n',
      'a:\nb:\n  c:\n',
      '- - - -\n',
      '[:, :, :]',
      '{a, b, c}',
      '[[], {}, [[]]]',
      '? a\n? b\n',
      'a: [1, {b: [2, 3]}]\n',
    ]) {
      const count = parseAllDocuments(text).reduce<number>((sum, doc) => sum + valueCount(doc.toJS()), 0);
      expect(scanYaml(text).values, text).toBeGreaterThanOrEqual(count);
    }
  });

  it('counts YAML flow nesting and compact block nesting as depth, but not brackets inside words', () => {
    expect(scanYaml(`x: ${'['.repeat(200)}`).depth).toBe(200);
    expect(scanYaml(`${'- '.repeat(200)}1`).depth).toBe(200);
    expect(scanYaml(`${'{"a":'.repeat(200)}1`).depth).toBe(200);
    expect(
      scanYaml(Array.from({ length: 300 }, (_, i) => `- name: n${i}\n  note: "unbalanced [ {"\n`).join('')).depth,
    ).toBeLessThan(MAX_DEPTH);
    expect(scanYaml('a: x[0]\nb: f{1}\n').depth).toBe(0);
  });
});

describe('YAML mappings with many keys', () => {
  it('a mapping of 50,000 distinct keys parses in linear time (the package compared each key with every earlier one)', async () => {
    const text = Array.from({ length: 50_000 }, (_, i) => `k${i}: ${i}\n`).join('');
    const started = Date.now();
    const document = await SourceDocument.parse('keys.yaml', text);
    expect(Object.keys(document.values[0] as object)).toHaveLength(50_000);
    expect(Date.now() - started).toBeLessThan(25_000); // a sanity bound: the quadratic check took over a minute
  });

  it('still refuses a duplicate key, at its line', async () => {
    await expect(SourceDocument.parse('dup.yaml', 'a: 1\nb:\n  c: 1\n  c: 2\n')).rejects.toMatchObject({
      message: 'invalid YAML: Map keys must be unique',
      line: 4,
    });
    await expect(SourceDocument.parse('dup.yaml', '- {x: 1, x: 2}\n')).rejects.toThrow('Map keys must be unique');
    expect((await SourceDocument.parse('ok.yaml', 'a: {x: 1}\nb: {x: 1}\n1: a\n"1": b\n')).syntax).toBe('yaml');
  });
});

/**
 * The bombs run through the bundled CLI in a child with a 512 MiB heap, as an attacker's files would in CI: an
 * out-of-memory abort is only observable there. Time and memory are measured by `npm run bench:bombs`.
 */
describe('parser bombs through dist/cli.js under --max-old-space-size=512', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hostgw-bombs-'));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function cli(file: string): Promise<{ code: number; stdout: string; stderr: string }> {
    try {
      const { stdout, stderr } = await run(
        process.execPath,
        ['--max-old-space-size=512', 'dist/cli.js', 'check', file],
        { env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 16 * MiB },
      );
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number | null; signal: string | null; stdout: string; stderr: string };
      return { code: e.code ?? -1, stdout: e.stdout, stderr: `${e.signal ?? ''}${e.stderr}` };
    }
  }

  /** Exit 2 and one line on stderr that names the file, no stack trace; returns the line. */
  async function refused(name: string, content: string): Promise<string> {
    const file = join(dir, name);
    await writeFile(file, content);
    const result = await cli(file);
    await rm(file);
    expect(result.code, result.stderr.slice(0, 2_000)).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).not.toMatch(/^\s+at /m);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines, result.stderr.slice(0, 2_000)).toHaveLength(1);
    expect(lines[0]).toContain(file);
    return lines[0]!;
  }

  it('1 MiB of [', async () => {
    expect(await refused('open.json', '['.repeat(MiB))).toContain(TOO_DEEP);
  });

  it('1 MiB of {"a":', async () => {
    expect(await refused('objects.json', '{"a":'.repeat(MiB / 5))).toContain(TOO_DEEP);
  });

  it('a 40 MB YAML list of ten million scalars', async () => {
    expect(await refused('list.yaml', '- 1\n'.repeat(10_000_000))).toContain('too many values');
  });

  it('a 30 MB JSON list of ten million empty objects', async () => {
    expect(await refused('objects.json', `[${'{},'.repeat(10_000_000)}{}]`)).toContain('too many values');
  });

  it('a YAML alias bomb (billion laughs)', async () => {
    const lines = [`a0: &a0 [${Array(10).fill('"lol"').join(', ')}]`];
    for (let i = 1; i < 10; i++)
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    expect(await refused('laughs.yaml', `${lines.join('\n')}\n`)).toMatch(/alias/i);
  });

  it('deeply nested YAML flow collections', async () => {
    expect(await refused('flow.yaml', `kind: Node\nmetadata:\n  labels:\n    x: ${'['.repeat(MiB)}\n`)).toContain(
      TOO_DEEP,
    );
  });

  it('compact YAML block sequences nested on one line', async () => {
    expect(await refused('compact.yaml', `items:\n  ${'- '.repeat(MiB / 2)}1\n`)).toContain(TOO_DEEP);
  });

  it('a YAML mapping of 50,000 keys is read in linear time, then refused as what it is', async () => {
    await refused('keys.yaml', Array.from({ length: 50_000 }, (_, i) => `k${i}: ${i}\n`).join(''));
  });
});

describe('what passes the pre-scan still parses', () => {
  it('YAML read back as the values it holds', async () => {
    fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.string({ minLength: 1, maxLength: 5 }), jsonValue, { minKeys: 1 }),
        async (value) => {
          const document = await SourceDocument.parse('doc.yaml', stringify(value));
          expect(document.values[0]).toEqual(parse(stringify(value)));
        },
      ),
      { numRuns: 300 },
    );
  });
});
