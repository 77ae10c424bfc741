import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CidrIndex } from '../../src/model/cidr-index.js';
import {
  canonicalIp,
  compareCidrs,
  contains,
  containsIp,
  hostCidr,
  overlaps,
  parseCidr,
  size,
  supernet,
  type Cidr,
  type Family,
} from '../../src/model/cidr.js';

/**
 * Property tests of the CIDR and routing core. Unlike the seeded generator of test/model/cidr-index.test.ts, a
 * failure here is shrunk to a minimal route set and query. Replay a failure with the printed seed and path:
 * PROPERTY_SEED=<seed> PROPERTY_PATH=<path> npx vitest run test/robustness/properties.test.ts
 */
const SEED = Number(process.env.PROPERTY_SEED ?? 424_242);
const PATH = process.env.PROPERTY_PATH;
const RUNS = Number(process.env.PROPERTY_RUNS ?? 1_000);

function params(numRuns = RUNS): fc.Parameters<unknown> {
  return { seed: SEED, numRuns, ...(PATH === undefined ? {} : { path: PATH }) };
}

const WIDTH: Record<Family, number> = { 4: 32, 6: 128 };
const mask = (family: Family) => (1n << BigInt(WIDTH[family])) - 1n;

// ---------------------------------------------------------------------------------------------------------------
// Reference implementation: addresses as bit strings, no ranges, no ipaddr.js.

function bitString(value: bigint, family: Family): string {
  return value.toString(2).padStart(WIDTH[family], '0');
}

function refContains(outer: Cidr, inner: Cidr): boolean {
  return (
    outer.family === inner.family &&
    outer.prefix <= inner.prefix &&
    bitString(inner.start, inner.family).startsWith(bitString(outer.start, outer.family).slice(0, outer.prefix))
  );
}

function textOf(value: bigint, family: Family): string {
  if (family === 4) return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 0xffn)).join('.');
  const groups = Array.from({ length: 8 }, (_, i) => Number((value >> BigInt(112 - 16 * i)) & 0xffffn).toString(16));
  return groups.join(':');
}

/** RFC 5952 text of an IPv6 address: the longest run (of at least two) zero groups, the first one on ties, becomes "::". */
function rfc5952(value: bigint): string {
  const groups = Array.from({ length: 8 }, (_, i) => Number((value >> BigInt(112 - 16 * i)) & 0xffffn).toString(16));
  let best = { at: -1, length: 1 };
  for (let i = 0; i < 8;) {
    if (groups[i] !== '0') {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === '0') j++;
    if (j - i > best.length) best = { at: i, length: j - i };
    i = j;
  }
  if (best.at < 0) return groups.join(':');
  return `${groups.slice(0, best.at).join(':')}::${groups.slice(best.at + best.length).join(':')}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Arbitraries. Addresses come from a few anchors with random low bits, so that blocks nest and collide often.

const familyArb = fc.constantFrom<Family>(4, 6);

function addressArb(family: Family): fc.Arbitrary<bigint> {
  const width = BigInt(WIDTH[family]);
  const anchors =
    family === 4
      ? [0x0a000000n, 0x0a2a0000n, 0xc0a80000n, 0n, 0xffffffffn]
      : [0xfd000010024400000000000000000000n, 0xfe800000000000000000000000000000n, 0n, mask(6)];
  return fc.oneof(
    fc
      .tuple(fc.constantFrom(...anchors), fc.bigInt({ min: 0n, max: (1n << (width / 2n)) - 1n }))
      .map(([anchor, low]) => (anchor ^ low) & mask(family)),
    fc.bigInt({ min: 0n, max: mask(family) }),
  );
}

function cidrArb(family: Family): fc.Arbitrary<Cidr> {
  return fc
    .tuple(addressArb(family), fc.integer({ min: 0, max: WIDTH[family] }))
    .map(([address, prefix]) => parseCidr(`${textOf(address, family)}/${prefix}`)!);
}

const anyCidrArb = familyArb.chain(cidrArb);

interface TestRoute {
  readonly id: number;
  readonly dest: Cidr;
  readonly priority?: number;
}

/** Priorities include the extremes GCE allows and beyond (0 to 65535), negative ones, and absent (= 0). */
const priorityArb = fc.option(
  fc.oneof(fc.constantFrom(0, 1000, 65_535), fc.integer({ min: -5, max: 5 }), fc.integer()),
  { nil: undefined },
);

function routeSetArb(family: Family): fc.Arbitrary<TestRoute[]> {
  // One route in ten is of the other family: an index holds both, and must never answer across them.
  const destArb = fc.oneof(
    { arbitrary: cidrArb(family), weight: 9 },
    { arbitrary: cidrArb(family === 4 ? 6 : 4), weight: 1 },
  );
  return fc.array(fc.tuple(destArb, priorityArb), { maxLength: 30 }).chain((routes) =>
    // Copies of some destinations with other priorities: equal-prefix ties and ECMP.
    fc.subarray(routes, { maxLength: Math.min(4, routes.length) }).map((copies) =>
      [...routes, ...copies].map(([dest, priority], id) => ({
        id,
        dest,
        ...(priority === undefined ? {} : { priority }),
      })),
    ),
  );
}

/** A route set with queries: random blocks, and the routes' own blocks and their neighbours. */
function caseArb(family: Family): fc.Arbitrary<{ routes: TestRoute[]; queries: Cidr[] }> {
  return routeSetArb(family).chain((routes) => {
    const own = routes.length > 0 ? [fc.constantFrom(...routes.map((route) => route.dest))] : [];
    const widened =
      routes.length > 0
        ? [
            fc
              .tuple(fc.constantFrom(...routes.map((r) => r.dest)), fc.nat())
              .map(([dest, n]) => supernet(dest, n % (dest.prefix + 1))),
          ]
        : [];
    return fc.record({
      routes: fc.constant(routes),
      queries: fc.array(fc.oneof(cidrArb(family), ...own, ...widened), { minLength: 1, maxLength: 6 }),
    });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Brute-force routing.

function refCovering(routes: readonly TestRoute[], query: Cidr): TestRoute[] {
  return routes.filter((route) => refContains(route.dest, query));
}

function refWinners(routes: readonly TestRoute[], query: Cidr): TestRoute[] {
  const covering = refCovering(routes, query);
  const longest = Math.max(-1, ...covering.map((route) => route.dest.prefix));
  const atLongest = covering.filter((route) => route.dest.prefix === longest);
  const best = Math.min(Infinity, ...atLongest.map((route) => route.priority ?? 0));
  return atLongest.filter((route) => (route.priority ?? 0) === best);
}

function refInside(routes: readonly TestRoute[], query: Cidr): TestRoute[] {
  return routes.filter((route) => refContains(query, route.dest) && route.dest.prefix > query.prefix);
}

const ids = (routes: readonly TestRoute[]) => routes.map((route) => route.id).sort((a, b) => a - b);

describe('CIDR parsing (fast-check)', () => {
  it('parses every address/prefix and prints canonical text that parses back to the same block', () => {
    fc.assert(
      fc.property(
        familyArb.chain((family) =>
          fc.tuple(fc.constant(family), addressArb(family), fc.integer({ min: 0, max: WIDTH[family] })),
        ),
        ([family, address, prefix]) => {
          const cidr = parseCidr(`${textOf(address, family)}/${prefix}`);
          expect(cidr).toBeDefined();
          const hostBits = BigInt(WIDTH[family] - prefix);
          const start = (address >> hostBits) << hostBits;
          expect(cidr).toMatchObject({ family, prefix, start, end: start + (1n << hostBits) - 1n });
          expect(cidr!.text).toBe(`${family === 4 ? textOf(start, 4) : rfc5952(start)}/${prefix}`);
          expect(parseCidr(cidr!.text)).toEqual(cidr);
          // The canonical spelling of the address itself, host bits and all, takes the fast paths: same block.
          expect(parseCidr(`${family === 4 ? textOf(address, 4) : rfc5952(address)}/${prefix}`)).toEqual(cidr);
          expect(size(cidr!)).toBe(1n << hostBits);
        },
      ),
      params(),
    );
  });

  it('reads every spelling fast-check has for an address, and agrees with itself on it', () => {
    const spelling = fc.oneof(
      fc.ipV4(),
      fc.ipV6(),
      fc.ipV4Extended(),
      fc.string({ maxLength: 20 }),
      fc.constantFrom('fe80::1%eth0', '::ffff:10.0.0.1', ' 10.0.0.1 '),
    );
    fc.assert(
      fc.property(spelling, fc.integer({ min: -2, max: 300 }), (address, prefix) => {
        const ip = canonicalIp(address);
        const cidr = parseCidr(`${address}/${prefix}`);
        if (ip === undefined) {
          expect(cidr).toBeUndefined();
          expect(hostCidr(address)).toBeUndefined();
          return;
        }
        // Canonical text is a fixed point, and a valid address with a valid prefix is a valid CIDR.
        expect(canonicalIp(ip)).toBe(ip);
        const family: Family = ip.includes(':') ? 6 : 4;
        expect(cidr === undefined).toBe(prefix < 0 || prefix > WIDTH[family]);
        const host = hostCidr(ip)!;
        expect(host).toMatchObject({ family, prefix: WIDTH[family] });
        expect(host.start).toBe(host.end);
        if (cidr) expect(containsIp(cidr, ip)).toBe(true);
      }),
      params(),
    );
  });

  it('rejects zone-scoped addresses, out-of-range prefixes and legacy IPv4 forms', () => {
    fc.assert(
      fc.property(fc.ipV6(), fc.stringMatching(/^[a-z0-9]{1,8}$/), (address, zone) => {
        expect(canonicalIp(`${address}%${zone}`)).toBeUndefined();
        expect(parseCidr(`${address}%${zone}/64`)).toBeUndefined();
      }),
      params(),
    );
    fc.assert(
      fc.property(
        fc.ipV4Extended().filter((text) => !/^\d{1,3}(\.\d{1,3}){3}$/.test(text) || /(^|\.)0\d/.test(text)),
        (legacy) => {
          // Kubernetes and the clouds print dotted quads; "10.1" or "0x0a.0.0.1" must not be read as one silently.
          expect(canonicalIp(legacy)).toBeUndefined();
          expect(parseCidr(`${legacy}/32`)).toBeUndefined();
        },
      ),
      params(),
    );
    fc.assert(
      fc.property(anyCidrArb, fc.integer({ min: 1, max: 1000 }), (cidr, extra) => {
        const address = cidr.text.split('/')[0]!;
        expect(parseCidr(`${address}/${WIDTH[cidr.family] + extra}`)).toBeUndefined();
      }),
      params(),
    );
  });
});

describe('containment and overlap (fast-check)', () => {
  it('contains agrees with prefix bits, and two blocks overlap exactly when one contains the other', () => {
    fc.assert(
      fc.property(
        familyArb.chain((family) => fc.tuple(cidrArb(family), fc.oneof(cidrArb(family), anyCidrArb))),
        ([a, b]) => {
          expect(contains(a, b)).toBe(refContains(a, b));
          expect(overlaps(a, b)).toBe(refContains(a, b) || refContains(b, a));
          expect(overlaps(a, b)).toBe(overlaps(b, a));
          // Ranges: containment is inclusion of the integer ranges, overlap a shared address.
          const sameFamily = a.family === b.family;
          expect(contains(a, b)).toBe(sameFamily && a.start <= b.start && b.end <= a.end);
          expect(overlaps(a, b)).toBe(sameFamily && a.start <= b.end && b.start <= a.end);
          expect(containsIp(a, textOf(b.start, b.family))).toBe(sameFamily && a.start <= b.start && b.start <= a.end);
        },
      ),
      params(),
    );
  });

  it('supernet gives the enclosing block of each shorter prefix, and compareCidrs orders consistently', () => {
    fc.assert(
      fc.property(anyCidrArb, fc.nat(), anyCidrArb, (cidr, n, other) => {
        const prefix = n % (cidr.prefix + 1);
        const wider = supernet(cidr, prefix);
        expect(wider.prefix).toBe(prefix);
        expect(contains(wider, cidr)).toBe(true);
        expect(parseCidr(wider.text)).toEqual(wider);
        expect(Math.sign(compareCidrs(cidr, other))).toBe(-Math.sign(compareCidrs(other, cidr)) || 0);
        expect(compareCidrs(cidr, parseCidr(cidr.text)!)).toBe(0);
      }),
      params(),
    );
  });
});

describe('CidrIndex against a brute-force reference (fast-check, shrinking)', () => {
  it.each([4, 6] as const)('IPv%i: winners, covering and inside equal the reference for every query', (family) => {
    fc.assert(
      fc.property(caseArb(family), ({ routes, queries }) => {
        const index = new CidrIndex(routes);
        for (const query of queries) {
          expect(ids(index.winners(query)), `winners of ${query.text}`).toEqual(ids(refWinners(routes, query)));
          expect(ids(index.covering(query)), `covering ${query.text}`).toEqual(ids(refCovering(routes, query)));
          expect(ids(index.inside(query)), `inside ${query.text}`).toEqual(ids(refInside(routes, query)));
          const order = index.covering(query).map((route) => route.dest.prefix);
          expect(order, `covering order for ${query.text}`).toEqual([...order].sort((x, y) => y - x));
          expect(index.intersects(query), `intersects ${query.text}`).toBe(
            routes.some((route) => overlaps(route.dest, query)),
          );
        }
        const pairs = routes.some((a, i) => routes.some((b, j) => i !== j && overlaps(a.dest, b.dest)));
        expect(index.hasOverlaps(), 'hasOverlaps').toBe(pairs);
      }),
      params(),
    );
  });

  it('answers for a destination shared by more routes than a function call takes arguments', () => {
    // A crafted routes list (or a very large ECMP group) must not overflow the stack through spread arguments.
    const dest = parseCidr('10.42.0.0/24')!;
    const routes: TestRoute[] = Array.from({ length: 300_000 }, (_, id) => ({
      id,
      dest,
      priority: id === 123_456 ? -1 : 1000,
    }));
    const index = new CidrIndex(routes);
    expect(index.winners(parseCidr('10.42.0.0/25')!).map((route) => route.id)).toEqual([123_456]);
    expect(index.covering(dest)).toHaveLength(300_000);
    expect(index.inside(parseCidr('10.0.0.0/8')!)).toHaveLength(300_000);
  });
});
