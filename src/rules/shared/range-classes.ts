import type { Cidr, Family } from '../../model/cidr.js';

interface Interval {
  start: bigint;
  end: bigint;
}

/** A rule's ranges of one family as sorted, disjoint intervals, adjacent blocks joined as `covered` joins them. */
function intervals(ranges: readonly Cidr[], family: Family): Interval[] {
  const sorted = ranges
    .filter((range) => range.family === family)
    .map((range) => ({ start: range.start, end: range.end }))
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const merged: Interval[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end + 1n) {
      if (range.end > last.end) last.end = range.end;
    } else merged.push(range);
  }
  return merged;
}

/** How a CIDR lies against some intervals: 0 apart from all, 1 touching them, 2 covered by them. */
function relation(merged: readonly Interval[], cidr: Cidr): 0 | 1 | 2 {
  // The last interval starting at or before the CIDR's end: the only one that can touch or hold it.
  let low = 0;
  let high = merged.length - 1;
  let found: Interval | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (merged[middle]!.start <= cidr.end) {
      found = merged[middle];
      low = middle + 1;
    } else high = middle - 1;
  }
  if (!found || found.end < cidr.start) return 0;
  return found.start <= cidr.start && found.end >= cidr.end ? 2 : 1;
}

/** Pod CIDRs split by how each range list lies against them. */
export interface CidrClasses {
  /** The class of each CIDR, by its index in the list classified. */
  readonly of: readonly number[];
  /** The first CIDR of each class, by class. */
  readonly representatives: readonly Cidr[];
}

/**
 * Splits CIDRs of one family into classes that every range list touches and covers alike: first-match rules decide
 * every CIDR of a class as they decide its representative, so a flow is judged once per class, not once per node.
 * There are at most a few classes per range boundary that falls inside the pod range.
 */
export function classify(cidrs: readonly Cidr[], rangeLists: readonly (readonly Cidr[])[]): CidrClasses {
  const family = cidrs[0]?.family ?? 4;
  const merged = rangeLists.map((ranges) => intervals(ranges, family));
  const ids = new Map<string, number>();
  const of: number[] = [];
  const representatives: Cidr[] = [];
  for (const cidr of cidrs) {
    let signature = '';
    for (const list of merged) signature += relation(list, cidr);
    let id = ids.get(signature);
    if (id === undefined) {
      ids.set(signature, (id = representatives.length));
      representatives.push(cidr);
    }
    of.push(id);
  }
  return { of, representatives };
}
