import { describe, expect, it } from 'vitest';
import { CidrIndex } from '../../src/model/cidr-index.js';
import { contains, parseCidr, type Cidr, type Family } from '../../src/model/cidr.js';

/** mulberry32: a tiny seeded PRNG, so every failure is reproducible from its seed. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface TestRoute {
  readonly id: number;
  readonly dest: Cidr;
  readonly priority?: number;
}

class Gen {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  int(max: number): number {
    return Math.floor(this.next() * max);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  /**
   * Addresses from a small pool of base networks so that routes and queries nest and collide often; prefix lengths
   * spread over the whole range but weighted towards the ones clouds use.
   */
  cidr(family: Family): Cidr {
    const width = family === 4 ? 32 : 128;
    const prefix =
      this.next() < 0.6
        ? this.pick(family === 4 ? [8, 16, 20, 22, 23, 24, 25, 26, 28, 32] : [32, 48, 56, 60, 63, 64, 65, 80, 128])
        : this.int(width + 1);
    let text: string;
    if (family === 4) {
      const octets = [this.pick([10, 10, 10, 172, 192]), this.pick([0, 1, 42, 244]), this.int(4), this.int(256)];
      text = `${octets.join('.')}/${prefix}`;
    } else {
      const hextets = [
        'fd00',
        this.pick(['10', '20']),
        this.pick(['244', '0']),
        this.int(4).toString(16),
        this.int(3).toString(16),
        '0',
        '0',
        this.int(65536).toString(16),
      ];
      text = `${hextets.join(':')}/${prefix}`;
    }
    const cidr = parseCidr(text);
    if (!cidr) throw new Error(`generator made an invalid CIDR ${text}`);
    return cidr;
  }

  routes(family: Family, count: number, start: number): TestRoute[] {
    return Array.from({ length: count }, (_, i) => {
      const fam = this.next() < 0.85 ? family : family === 4 ? 6 : 4;
      const priority = this.next() < 0.2 ? undefined : this.pick([0, 100, 900, 1000, 1000, 1000, 2000]);
      return { id: start + i, dest: this.cidr(fam), ...(priority === undefined ? {} : { priority }) };
    });
  }
}

/** Brute force: every route whose block contains the query. */
function refCovering(routes: readonly TestRoute[], query: Cidr): TestRoute[] {
  return routes.filter((route) => contains(route.dest, query));
}

/** Longest prefix first, then the lowest priority value (absent = 0); ties all win. */
function refWinners(routes: readonly TestRoute[], query: Cidr): TestRoute[] {
  const covering = refCovering(routes, query);
  if (covering.length === 0) return [];
  const longest = Math.max(...covering.map((route) => route.dest.prefix));
  const atLongest = covering.filter((route) => route.dest.prefix === longest);
  const best = Math.min(...atLongest.map((route) => route.priority ?? 0));
  return atLongest.filter((route) => (route.priority ?? 0) === best);
}

function refInside(routes: readonly TestRoute[], query: Cidr): TestRoute[] {
  return routes.filter((route) => contains(query, route.dest) && route.dest.prefix > query.prefix);
}

const ids = (routes: readonly TestRoute[]) => routes.map((route) => route.id).sort((a, b) => a - b);

interface Case {
  readonly routes: TestRoute[];
  readonly queries: Cidr[];
}

function makeCase(gen: Gen, family: Family): Case {
  const routes = gen.routes(family, 1 + gen.int(40), 0);
  // Duplicate some destinations so equal-prefix priority and ECMP ties are exercised.
  for (const route of routes.slice(0, gen.int(4)))
    routes.push({ id: routes.length, dest: route.dest, priority: gen.pick([0, 900, 1000]) });
  // Half the queries are routes' own blocks, the rest random blocks of the same address pool.
  const queries = Array.from({ length: 8 }, (_, q) => (q % 2 === 0 ? gen.cidr(family) : gen.pick(routes).dest));
  return { routes, queries };
}

function runCases(family: Family, seed: number, cases: number): void {
  const gen = new Gen(seed);
  for (let c = 0; c < cases; c++) {
    const { routes, queries } = makeCase(gen, family);
    const index = new CidrIndex(routes);
    for (const query of queries) {
      const context = `seed ${seed}, case ${c}, query ${query.text}, routes ${routes.map((r) => `${r.id}:${r.dest.text}@${r.priority ?? '-'}`).join(' ')}`;
      expect(ids(index.winners(query)), `winners: ${context}`).toEqual(ids(refWinners(routes, query)));
      expect(ids(index.covering(query)), `covering: ${context}`).toEqual(ids(refCovering(routes, query)));
      expect(ids(index.inside(query)), `inside: ${context}`).toEqual(ids(refInside(routes, query)));
      const covering = index.covering(query).map((route) => route.dest.prefix);
      expect(covering, `covering order: ${context}`).toEqual([...covering].sort((a, b) => b - a));
    }
  }
}

describe('CidrIndex against a brute-force reference', () => {
  it.each([1, 2, 3])('IPv4, seed %i (200 route sets × 8 queries)', (seed) => runCases(4, seed, 200));
  it.each([11, 12, 13])('IPv6, seed %i (200 route sets × 8 queries)', (seed) => runCases(6, seed, 200));

  it.each([4, 6] as const)('the IPv%i cases really exercise nesting, ties, inside blocks and misses', (family) => {
    const gen = new Gen(99);
    const seen = { nested: 0, tied: 0, inside: 0, missed: 0 };
    for (let c = 0; c < 200; c++) {
      const { routes, queries } = makeCase(gen, family);
      for (const query of queries) {
        const winners = refWinners(routes, query);
        if (refCovering(routes, query).length > 1) seen.nested++;
        if (winners.length > 1) seen.tied++;
        if (winners.length === 0) seen.missed++;
        if (refInside(routes, query).length > 0) seen.inside++;
      }
    }
    for (const [what, count] of Object.entries(seen)) expect(count, what).toBeGreaterThan(20);
  });
});

describe('CidrIndex examples', () => {
  const route = (id: number, text: string, priority?: number): TestRoute => ({
    id,
    dest: parseCidr(text)!,
    ...(priority === undefined ? {} : { priority }),
  });
  const routes = [
    route(1, '0.0.0.0/0', 1000),
    route(2, '10.48.0.0/16', 1000),
    route(3, '10.48.5.0/24', 1000),
    route(4, '10.48.5.0/24', 900),
    route(5, '10.48.5.64/26', 1000),
    route(6, 'fd00:10:244::/56'),
    route(7, '10.48.5.0/24', 900),
  ];
  const index = new CidrIndex(routes);
  const q = (text: string) => parseCidr(text)!;

  it('winners: longest prefix, then lowest priority, ties kept', () => {
    expect(ids(index.winners(q('10.48.5.0/24')))).toEqual([4, 7]);
    expect(ids(index.winners(q('10.48.5.64/27')))).toEqual([5]);
    expect(ids(index.winners(q('10.48.6.0/24')))).toEqual([2]);
    expect(ids(index.winners(q('192.168.0.0/24')))).toEqual([1]);
    expect(ids(index.winners(q('fd00:10:244:1::/64')))).toEqual([6]);
    expect(ids(index.winners(q('fd00:10:245::/64')))).toEqual([]);
  });

  it('covering: most specific first, never the other family', () => {
    expect(index.covering(q('10.48.5.64/26')).map((r) => r.id)).toEqual([5, 3, 4, 7, 2, 1]);
    expect(index.covering(q('::/0'))).toEqual([]);
  });

  it('inside: strictly more specific blocks only', () => {
    expect(ids(index.inside(q('10.48.5.0/24')))).toEqual([5]);
    expect(ids(index.inside(q('10.48.0.0/16')))).toEqual([3, 4, 5, 7]);
    expect(ids(index.inside(q('10.48.5.64/26')))).toEqual([]);
    expect(ids(index.inside(q('0.0.0.0/0')))).toEqual([2, 3, 4, 5, 7]);
  });

  it('an empty index answers nothing', () => {
    const empty = new CidrIndex<TestRoute>([]);
    expect(empty.winners(q('10.0.0.0/8'))).toEqual([]);
    expect(empty.covering(q('10.0.0.0/8'))).toEqual([]);
    expect(empty.inside(q('10.0.0.0/8'))).toEqual([]);
  });
});
