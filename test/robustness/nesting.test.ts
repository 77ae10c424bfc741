import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, nestedTooDeep } from '../../src/sources/input-limits.js';

/**
 * nestedTooDeep walks every value of every parsed file with hand-written loops (docs/performance.md says why); this
 * holds it to the plain recursive definition of nesting depth. Replay a failure with the printed seed and path:
 * PROPERTY_SEED=<seed> PROPERTY_PATH=<path> npx vitest run test/robustness/nesting.test.ts
 */
const SEED = Number(process.env.PROPERTY_SEED ?? 424_242);
const PATH = process.env.PROPERTY_PATH;
const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);

function params(): fc.Parameters<unknown> {
  return { seed: SEED, numRuns: RUNS, ...(PATH === undefined ? {} : { path: PATH }) };
}

/** Containers nested in one another: a scalar is 0, a container one more than its deepest member. */
function depth(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  return 1 + Math.max(0, ...Object.values(value).map(depth));
}

/** `value` inside `levels` containers, each an array or an object as `kinds` says, with scalar siblings. */
function wrapped(value: unknown, kinds: readonly boolean[]): unknown {
  return kinds.reduce<unknown>((inner, asArray) => (asArray ? ['x', inner, 1] : { a: null, b: inner }), value);
}

describe('nestedTooDeep (fast-check)', () => {
  it('is true exactly when containers nest more than MAX_DEPTH levels', () => {
    const levels = fc.integer({ min: MAX_DEPTH - 8, max: MAX_DEPTH + 4 });
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 6 }),
        levels,
        fc.array(fc.boolean(), { minLength: MAX_DEPTH + 4, maxLength: MAX_DEPTH + 4 }),
        (inner, count, kinds) => {
          const value = wrapped(inner, kinds.slice(0, count));
          expect(nestedTooDeep(value)).toBe(depth(value) > MAX_DEPTH);
        },
      ),
      params(),
    );
  });

  it('agrees with the definition on shallow values of every shape', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), (value) => {
        expect(nestedTooDeep(value)).toBe(depth(value) > MAX_DEPTH);
        expect(depth(value)).toBeLessThanOrEqual(MAX_DEPTH);
      }),
      params(),
    );
  });

  it('counts the deepest branch, not the first one', () => {
    const deep = wrapped(
      0,
      Array.from({ length: MAX_DEPTH }, () => true),
    );
    expect(nestedTooDeep({ first: [1, 2], then: deep })).toBe(true);
    expect(nestedTooDeep([[], deep])).toBe(true);
    expect(nestedTooDeep(deep)).toBe(false);
  });
});
