import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { check, folderWith, TF, type Json } from './helpers.js';

/** Every path to a value of a JSON document, in document order. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...paths(item, [...prefix, i])));
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) out.push(...paths(item, [...prefix, key]));
  return out;
}

function replaced(document: Json, path: (string | number)[], value: unknown): Json {
  const copy = structuredClone(document);
  if (path.length === 0) return value;
  let node = copy;
  for (const step of path.slice(0, -1)) node = node[step];
  node[path[path.length - 1]!] = value;
  return copy;
}

const ODD_VALUES: unknown[] = [
  null,
  true,
  0,
  -1,
  '',
  'x',
  '10.0.0.0/33',
  [],
  {},
  [null],
  { references: 'aws_subnet.x' },
  { constant_value: null },
  '__proto__',
];

describe('a damaged plan is read or refused with one clear error, never a crash', () => {
  it.each(['aws/broken', 'gce/broken', 'azure/broken', 'azure/state'])(
    '%s',
    async (fixture) => {
      const file = fixture.endsWith('state') ? 'state.json' : 'plan.json';
      const document = JSON.parse(await readFile(join(TF, fixture, file), 'utf8'));
      const all = paths(document);
      // A deterministic spread over the document: every 7th value, each replaced by one odd value in turn.
      const cases = all
        .filter((_, i) => i % 7 === 0)
        .map((path, i) => ({ path, value: ODD_VALUES[i % ODD_VALUES.length] }));
      expect(cases.length).toBeGreaterThan(50);
      const crashes: string[] = [];
      for (const [i, { path, value }] of cases.entries()) {
        const name = `case-${i}.json`;
        const folder = await folderWith({ [name]: replaced(document, path, value) });
        try {
          await check([join(folder, name)]);
        } catch (error) {
          if (!(error instanceof UserError))
            crashes.push(`${path.join('.')} = ${JSON.stringify(value)}: ${(error as Error).stack}`);
        }
      }
      expect(crashes.slice(0, 3)).toEqual([]);
    },
    120_000,
  );
});
