import fc from 'fast-check';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { locateJsonPaths } from '../../src/sources/json-locate.js';

/**
 * The locator skips values by scanning for brackets and quotes in native code; jsonc-parser's full tree is the
 * reference. Strings are drawn to hold what can fool a skipper: quotes, runs of backslashes, brackets, newlines.
 * Replay a failure with PROPERTY_SEED=<seed> PROPERTY_PATH=<path>.
 */
const SEED = Number(process.env.PROPERTY_SEED ?? 424_242);
const PATH = process.env.PROPERTY_PATH;

type Segment = string | number;

const trickyString = fc.string({
  unit: fc.constantFrom('"', '\\', '[', ']', '{', '}', ',', ':', ' ', '\n', 'a', '\u00e9', '\ud83d\ude00'),
  maxLength: 12,
});
/** More escapes than the locator's regular expression consumes at once: its fallback must take over. */
const manyEscapes = fc.integer({ min: 30, max: 120 }).map((n) => '\\"}]'.repeat(n));
/** Deeper than the locator's one-call pattern nests, or with more members than it takes: its fallbacks must take over. */
const deep = fc
  .tuple(fc.integer({ min: 4, max: 10 }), trickyString)
  .map(([levels, leaf]) =>
    Array.from({ length: levels }).reduce<unknown>(
      (inner, _, i) => (i % 2 === 0 ? [inner, leaf] : { [leaf]: inner, k: 1 }),
      leaf,
    ),
  );
const wide = fc.array(fc.oneof(fc.integer(), trickyString), { minLength: 250, maxLength: 300 });
/** A listing: more objects than the locator skips per call, some nesting deeper than that call takes. */
const listing = fc.array(
  fc.oneof(
    {
      arbitrary: fc.dictionary(
        trickyString,
        fc.oneof(trickyString, fc.integer(), fc.array(trickyString, { maxLength: 2 })),
        { maxKeys: 3 },
      ),
      weight: 20,
    },
    { arbitrary: fc.array(trickyString, { maxLength: 3 }), weight: 5 },
    { arbitrary: deep, weight: 1 },
  ),
  {
    minLength: 33,
    maxLength: 150,
  },
);
const jsonArb = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    trickyString,
    manyEscapes,
    deep,
    wide,
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(trickyString, tie('value'), { maxKeys: 5 }),
  ),
})).value;

/** Every path in a value (its own and its children's), in document order. */
function pathsOf(value: unknown, path: Segment[] = [], into: Segment[][] = []): Segment[][] {
  into.push(path);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...path, i], into));
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) pathsOf(item, [...path, key], into);
  return into;
}

describe('locateJsonPaths against a full JSON tree (fast-check)', () => {
  it('finds the offset of every wanted value, compact or indented, and nothing for paths that are not there', () => {
    fc.assert(
      fc.property(
        jsonArb,
        fc.constantFrom(undefined, 2, 4, '\t'),
        fc.nat(),
        fc.nat(),
        fc.boolean(),
        (value, indent, pick, count, keys) => {
          const text = JSON.stringify(value, null, indent);
          const tree = parseTree(text)!;
          const all = pathsOf(value);
          const wanted = Array.from({ length: 1 + (count % 4) }, (_, i) => all[(pick + i * 7) % all.length]!);
          const missing: Segment[] = [...(wanted[0] ?? []), 'not-there'];
          const found = locateJsonPaths(text, [...wanted, missing], keys);
          for (const path of wanted) {
            const node = findNodeAtLocation(tree, path)!;
            // With keys, a member's property name (jsonc-parser's property node); a list item's value either way.
            const expected = keys && node.parent?.type === 'property' ? node.parent.offset : node.offset;
            expect(found.get(JSON.stringify(path)), JSON.stringify(path)).toBe(expected);
          }
          expect(found.has(JSON.stringify(missing))).toBe(findNodeAtLocation(tree, missing) !== undefined);
        },
      ),
      { seed: SEED, numRuns: 1_000, ...(PATH === undefined ? {} : { path: PATH }) },
    );
  });

  it('finds values in the items of a long listing, which it skips many at a time', () => {
    fc.assert(
      fc.property(
        listing,
        fc.boolean(),
        fc.constantFrom(undefined, 2),
        fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
        (items, wrapped, indent, picks) => {
          const value = wrapped ? { kind: 'List', items } : items;
          const text = JSON.stringify(value, null, indent);
          const tree = parseTree(text)!;
          const inItems = pathsOf(value).filter((path) => path.length > (wrapped ? 1 : 0));
          const wanted = picks.map((pick) => inItems[pick % inItems.length]!);
          const found = locateJsonPaths(text, wanted);
          for (const path of wanted)
            expect(found.get(JSON.stringify(path)), JSON.stringify(path)).toBe(findNodeAtLocation(tree, path)!.offset);
        },
      ),
      { seed: SEED, numRuns: 300, ...(PATH === undefined ? {} : { path: PATH }) },
    );
  });
});
