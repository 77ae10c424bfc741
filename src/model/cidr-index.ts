import { ipv4Network, type Cidr } from './cidr.js';

/** Anything keyed by a destination block: routes, or pod CIDRs when looking for overlaps. */
export interface Keyed {
  readonly dest: Cidr;
  /** Lower wins among equal prefixes (GCE route priority); absent counts as 0. */
  readonly priority?: number;
}

/** The answer "no entries", shared: most look-ups by pod CIDR get it. */
const NONE: readonly never[] = Object.freeze([]);

/** BigInt shift amounts by number of host bits, made once for all probes. */
const SHIFTS = Array.from({ length: 129 }, (_, bits) => BigInt(bits));

/**
 * The block of `prefix` bits that contains `cidr`, as its key among the blocks of that length: the network address
 * as a number for IPv4, the top `prefix` bits as a BigInt for IPv6. Probing is the hot loop of route analysis (pod
 * CIDRs × scopes × prefix lengths): see docs/performance.md for why IPv4 keys are numbers.
 */
function blockKey(cidr: Cidr, prefix: number): number | bigint {
  return cidr.family === 4 ? ipv4Network(Number(cidr.start), prefix) : cidr.start >> SHIFTS[128 - prefix]!;
}

/**
 * Longest-prefix match over a set of blocks (IPv4 and IPv6). Covering routes are found by probing only the prefix
 * lengths that occur in the set; routes inside a block by binary search over routes sorted by start address.
 */
export class CidrIndex<T extends Keyed> {
  /**
   * Per family and prefix length, the entries by block key: the entry itself when it is alone in its block (nearly
   * always), a list only for the rare shared block (docs/performance.md).
   */
  private readonly byLength: Record<4 | 6, Map<number, Map<number | bigint, T | T[]>>> = { 4: new Map(), 6: new Map() };
  private readonly lengths: Record<4 | 6, number[]> = { 4: [], 6: [] };
  /** Entries by start address, sorted on first use: route look-ups by pod CIDR mostly never need them. */
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
      if (held === undefined) blocks.set(key, route);
      else {
        if (Array.isArray(held)) held.push(route);
        else blocks.set(key, [held, route]);
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
    const held = this.byLength[cidr.family].get(length)?.get(blockKey(cidr, length));
    return held === undefined || Array.isArray(held) ? held : [held];
  }

  /** Whether some entry's block is the one of `length` bits containing `cidr`, without a list for the answer. */
  private has(cidr: Cidr, length: number): boolean {
    return this.byLength[cidr.family].get(length)?.has(blockKey(cidr, length)) === true;
  }

  /**
   * The routes that carry traffic for `cidr` as a whole: those with the longest destination containing it, then
   * the lowest priority value among them (GCE); several remain when the cloud spreads traffic over them (ECMP).
   */
  winners(cidr: Cidr): readonly T[] {
    const lengths = this.lengths[cidr.family];
    for (let i = 0; i < lengths.length; i++) {
      const length = lengths[i]!;
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
    const result: T[] = [];
    for (const length of this.lengths[cidr.family]) {
      if (length > cidr.prefix) continue;
      for (const route of this.at(cidr, length) ?? []) result.push(route);
    }
    return result;
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

  /** Whether any entry covers `cidr` or lies inside it: covering(cidr) or inside(cidr) non-empty, without the lists. */
  intersects(cidr: Cidr): boolean {
    const lengths = this.lengths[cidr.family];
    for (let i = 0; i < lengths.length; i++) {
      if (lengths[i]! <= cidr.prefix && this.has(cidr, lengths[i]!)) return true;
    }
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
   * or an entry whose block of some shorter length holds another entry: a few map probes per entry, no sorting. Pod
   * CIDRs usually have one length per family, and then there is nothing to probe.
   */
  hasOverlaps(): boolean {
    if (this.duplicates) return true;
    for (let i = 0; i < this.entries.length; i++) {
      const dest = this.entries[i]!.dest;
      const lengths = this.lengths[dest.family];
      // Lengths run longest first: those shorter than the entry's own are at the end.
      for (let k = lengths.length - 1; k >= 0 && lengths[k]! < dest.prefix; k--) {
        if (this.has(dest, lengths[k]!)) return true;
      }
    }
    return false;
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
