import type { Cidr } from './cidr.js';

/** Anything keyed by a destination block: routes, or pod CIDRs when looking for overlaps. */
export interface Keyed {
  readonly dest: Cidr;
  /** Lower wins among equal prefixes (GCE route priority); absent counts as 0. */
  readonly priority?: number;
}

const NONE: readonly never[] = Object.freeze([]);

/** The block of `prefix` bits that contains `cidr`, as its key among the blocks of that length: its top bits. */
function blockKey(cidr: Cidr, prefix: number): bigint {
  return cidr.start >> BigInt((cidr.family === 4 ? 32 : 128) - prefix);
}

/**
 * Longest-prefix match over a set of blocks (IPv4 and IPv6). Covering routes are found by probing only the prefix
 * lengths that occur in the set; routes inside a block by binary search over routes sorted by start address.
 */
export class CidrIndex<T extends Keyed> {
  /** Per family and prefix length, the entries by block key. */
  private readonly byLength: Record<4 | 6, Map<number, Map<bigint, T[]>>> = { 4: new Map(), 6: new Map() };
  private readonly lengths: Record<4 | 6, number[]> = { 4: [], 6: [] };
  /** Entries by start address, sorted on first use: only searches for blocks inside another need them. */
  private sortedByFamily: Record<4 | 6, T[]> | undefined;
  /** Whether two entries have the same block. */
  private readonly duplicates: boolean = false;

  constructor(readonly entries: readonly T[]) {
    for (const route of entries) {
      const { family, prefix } = route.dest;
      let blocks = this.byLength[family].get(prefix);
      if (!blocks) this.byLength[family].set(prefix, (blocks = new Map()));
      const key = blockKey(route.dest, prefix);
      const held = blocks.get(key);
      if (held === undefined) blocks.set(key, [route]);
      else {
        held.push(route);
        this.duplicates = true;
      }
    }
    for (const family of [4, 6] as const)
      this.lengths[family] = [...this.byLength[family].keys()].sort((a, b) => b - a);
  }

  private get sorted(): Record<4 | 6, T[]> {
    if (!this.sortedByFamily) {
      const byStart = (a: T, b: T) =>
        a.dest.start < b.dest.start ? -1 : a.dest.start > b.dest.start ? 1 : a.dest.prefix - b.dest.prefix;
      this.sortedByFamily = {
        4: this.entries.filter((entry) => entry.dest.family === 4).sort(byStart),
        6: this.entries.filter((entry) => entry.dest.family === 6).sort(byStart),
      };
    }
    return this.sortedByFamily;
  }

  /** The entries whose block is the one of `length` bits containing `cidr`. */
  private at(cidr: Cidr, length: number): readonly T[] | undefined {
    return this.byLength[cidr.family].get(length)?.get(blockKey(cidr, length));
  }

  /** Whether some entry's block is the one of `length` bits containing `cidr`. */
  private has(cidr: Cidr, length: number): boolean {
    return this.byLength[cidr.family].get(length)?.has(blockKey(cidr, length)) === true;
  }

  /**
   * The routes that carry traffic for `cidr` as a whole: those with the longest destination containing it, then
   * the lowest priority value among them (GCE); several remain when the cloud spreads traffic over them (ECMP).
   */
  winners(cidr: Cidr): readonly T[] {
    for (const length of this.lengths[cidr.family]) {
      if (length > cidr.prefix) continue;
      const candidates = this.at(cidr, length);
      if (!candidates) continue;
      if (candidates.length === 1) return candidates;
      const best = candidates.reduce((min, route) => Math.min(min, route.priority ?? 0), Infinity);
      return candidates.filter((route) => (route.priority ?? 0) === best);
    }
    return NONE;
  }

  /** Every route containing `cidr`, most specific first. */
  covering(cidr: Cidr): T[] {
    return this.lengths[cidr.family]
      .filter((length) => length <= cidr.prefix)
      .flatMap((length) => this.at(cidr, length) ?? []);
  }

  /** Routes strictly more specific than `cidr` and inside it: they take part of its traffic elsewhere. */
  inside(cidr: Cidr): readonly T[] {
    // Pod CIDRs are usually the most specific blocks there are: then nothing can be inside, no search needed.
    if ((this.lengths[cidr.family][0] ?? -1) <= cidr.prefix) return NONE;
    const result: T[] = [];
    const list = this.sorted[cidr.family];
    for (let i = this.firstFrom(cidr); i < list.length && list[i]!.dest.start <= cidr.end; i++) {
      if (list[i]!.dest.prefix > cidr.prefix) result.push(list[i]!);
    }
    return result;
  }

  /** Whether any entry covers `cidr` or lies inside it: covering(cidr) or inside(cidr) non-empty. */
  intersects(cidr: Cidr): boolean {
    const lengths = this.lengths[cidr.family];
    if (lengths.some((length) => length <= cidr.prefix && this.has(cidr, length))) return true;
    // No entry is more specific than `cidr` (a route against pod CIDRs of its own length): one overlapping it would
    // contain it and have been found above, so the sorted list need not be built.
    if ((lengths[0] ?? -1) <= cidr.prefix) return false;
    // An entry starting inside `cidr` is inside it or, aligned to the same start, covers it.
    const list = this.sorted[cidr.family];
    const first = this.firstFrom(cidr);
    return first < list.length && list[first]!.dest.start <= cidr.end;
  }

  /**
   * Whether any two entries overlap. Blocks are nested or disjoint, so an overlap is two entries with the same block
   * or an entry whose block of some shorter length holds another entry: a few map probes per entry, no sorting.
   */
  hasOverlaps(): boolean {
    if (this.duplicates) return true;
    return this.entries.some(({ dest }) =>
      this.lengths[dest.family].some((length) => length < dest.prefix && this.has(dest, length)),
    );
  }

  /** Index of the first entry (of cidr's family) that starts at or after cidr's start. */
  private firstFrom(cidr: Cidr): number {
    const list = this.sorted[cidr.family];
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (list[mid]!.dest.start < cidr.start) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
