import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { NodeGroup, PathBlock, PathVerdict } from '../../src/model/connectivity.js';
import { connectivity } from '../../src/paths/matrix.js';

function group(id: string, nodes: string[]): NodeGroup {
  return { id, label: `${id} subnet, linux`, segment: id, os: 'linux', nodes, routeTables: [] };
}

function block(ok: false | null, ruleId: string, from: PathBlock['from'], to: PathBlock['to']): PathBlock {
  return { step: 'route-lookup', ok, ruleId, from, to, reason: ruleId };
}

function holds(b: PathBlock, from: string, to: string): boolean {
  return (b.from === 'all' || b.from.includes(from)) && (b.to === 'all' || b.to.includes(to));
}

/** The pair-by-pair count the classes must agree with: what explain would say for every ordered pair. */
function naive(groups: readonly NodeGroup[], blocks: readonly PathBlock[]) {
  const cells = new Map<string, { delivered: number; dropped: number; unknown: number; rules: Map<string, number> }>();
  for (const ga of groups) {
    for (const gb of groups) {
      for (const a of ga.nodes) {
        for (const b of gb.nodes) {
          if (a === b) continue;
          const holding = blocks.filter((x) => holds(x, a, b) || holds(x, b, a));
          const dropping = holding.filter((x) => x.ok === false);
          const undecided = holding.filter((x) => x.ok === null);
          const verdict: PathVerdict = dropping.length > 0 ? 'dropped' : undecided.length > 0 ? 'unknown' : 'delivered';
          const key = `${ga.id}>${gb.id}`;
          const cell = cells.get(key) ?? { delivered: 0, dropped: 0, unknown: 0, rules: new Map<string, number>() };
          cells.set(key, cell);
          cell[verdict]++;
          const deciding = verdict === 'dropped' ? dropping : verdict === 'unknown' ? undecided : [];
          for (const rule of new Set(deciding.map((x) => x.ruleId)))
            cell.rules.set(rule, (cell.rules.get(rule) ?? 0) + 1);
        }
      }
    }
  }
  return cells;
}

const NAMES = ['n0', 'n1', 'n2', 'n3', 'n4', 'n5', 'n6', 'n7', 'n8', 'n9'];

const clusters = fc
  .tuple(fc.integer({ min: 1, max: NAMES.length }), fc.integer({ min: 1, max: 4 }))
  .chain(([size, groupCount]) =>
    fc.tuple(
      fc.constant(NAMES.slice(0, size)),
      fc.array(fc.integer({ min: 0, max: groupCount - 1 }), { minLength: size, maxLength: size }),
    ),
  )
  .map(([nodes, assignment]) => {
    const byGroup = new Map<number, string[]>();
    nodes.forEach((node, i) => byGroup.set(assignment[i]!, [...(byGroup.get(assignment[i]!) ?? []), node]));
    return [...byGroup.keys()].sort().map((g, i) => group(`g${i + 1}`, byGroup.get(g)!));
  });

// Names outside the cluster (nodes in no group) may appear in blocks too: they must be ignored.
const side = fc.oneof(
  { weight: 1, arbitrary: fc.constant('all' as const) },
  { weight: 4, arbitrary: fc.subarray([...NAMES, 'ghost']) },
);
const blocks = fc.array(
  fc
    .tuple(fc.constantFrom(false as const, null), fc.constantFrom('rule-a', 'rule-b', 'rule-c'), side, side)
    .map(([ok, rule, from, to]) => block(ok, rule, from, to)),
  { maxLength: 8 },
);

describe('connectivity', () => {
  it('counts every ordered pair as the pair-by-pair verdict does, with the rules most pairs first', () => {
    fc.assert(
      fc.property(clusters, blocks, (groups, path) => {
        const result = connectivity(groups, path);
        const expected = naive(groups, path);
        const cells = result.cells.map((cell) => [`${cell.from}>${cell.to}`, cell] as const);
        expect(cells.map(([key]) => key).sort()).toEqual([...expected.keys()].sort());
        for (const [key, cell] of cells) {
          const want = expected.get(key)!;
          expect({ delivered: cell.delivered, dropped: cell.dropped, unknown: cell.unknown }).toEqual({
            delivered: want.delivered,
            dropped: want.dropped,
            unknown: want.unknown,
          });
          expect(cell.pairs).toBe(want.delivered + want.dropped + want.unknown);
          const rules = [...want.rules].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0));
          expect(cell.rules).toEqual(rules.map(([rule]) => rule));
        }
        const nodes = groups.reduce((sum, g) => sum + g.nodes.length, 0);
        expect(result.totals.pairs).toBe(nodes * (nodes - 1));
        expect(result.totals.delivered + result.totals.dropped + result.totals.unknown).toBe(result.totals.pairs);
      }),
      { numRuns: 300 },
    );
  });

  it('drops a pair when only the return direction is blocked, and a drop wins over an unknown', () => {
    const groups = [group('g1', ['a']), group('g2', ['b', 'c'])];
    const result = connectivity(groups, [
      block(false, 'route-missing', ['b'], ['a']),
      block(null, 'check-incomplete', 'all', ['a']),
    ]);
    const cell = (from: string, to: string) => result.cells.find((c) => c.from === from && c.to === to)!;
    expect(cell('g1', 'g2')).toMatchObject({
      pairs: 2,
      dropped: 1,
      unknown: 1,
      rules: ['check-incomplete', 'route-missing'],
    });
    expect(cell('g2', 'g1')).toMatchObject({ pairs: 2, dropped: 1, unknown: 1 });
    expect(cell('g2', 'g2')).toMatchObject({ pairs: 2, delivered: 2, rules: [] });
    expect(result.cells.find((c) => c.from === 'g1' && c.to === 'g1')).toBeUndefined();
    expect(result.totals).toEqual({ pairs: 6, delivered: 2, dropped: 2, unknown: 2 });
  });

  it('keeps the blocks as given, for diagrams', () => {
    const path = [block(false, 'forwarding-disabled', ['a'], 'all')];
    expect(connectivity([group('g1', ['a', 'b'])], path).blocks).toBe(path);
  });

  it('counts 5,000 nodes with a block per faulty node in classes, not pairs', () => {
    const nodes = Array.from({ length: 5000 }, (_, i) => `node-${i}`);
    const groups = [group('g1', nodes.slice(0, 2500)), group('g2', nodes.slice(2500))];
    const faulty = nodes.filter((_, i) => i % 200 === 0);
    const path = faulty.flatMap((node) => [
      block(false, 'forwarding-disabled', [node], 'all'),
      block(false, 'forwarding-disabled', 'all', [node]),
    ]);
    const result = connectivity(groups, path);
    const healthy = nodes.length - faulty.length;
    expect(result.totals.delivered).toBe(healthy * (healthy - 1));
    expect(result.totals.pairs).toBe(5000 * 4999);
  });
});
