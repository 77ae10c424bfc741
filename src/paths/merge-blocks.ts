import type { PathBlock } from '../model/connectivity.js';

type Side = PathBlock['from'];
type Merged = { -readonly [K in keyof PathBlock]: PathBlock[K] };

function sideKey(side: Side): string {
  return side === 'all' ? '\u0000all' : [...side].sort().join('\u0000');
}

function union(a: Side, b: Side): Side {
  return a === 'all' || b === 'all' ? 'all' : [...new Set([...a, ...b])];
}

function mergeOn(blocks: readonly PathBlock[], shared: 'from' | 'to'): PathBlock[] {
  const other = shared === 'from' ? 'to' : 'from';
  const merged = new Map<string, Merged>();
  for (const block of blocks) {
    const key = `${String(block.ok)}\u0001${block.ruleId}\u0001${sideKey(block[shared])}`;
    const seen = merged.get(key);
    if (seen) seen[other] = union(seen[other], block[other]);
    else merged.set(key, { ...block });
  }
  return [...merged.values()];
}

/**
 * Blocks of one rule and verdict that share a side, as one: from × to1 ∪ from × to2 is from × (to1 ∪ to2), so no
 * pair changes verdict or rule. The checks report a cause per node or per route scope (a node's missing route once
 * per scope); merged, the matrix tells fewer classes of nodes apart and the drawing sees one node every peer misses,
 * not one edge per scope. The step is not kept apart: neither the matrix nor the drawing shows it.
 */
export function mergeBlocks(blocks: readonly PathBlock[]): PathBlock[] {
  return mergeOn(mergeOn(blocks, 'to'), 'from');
}
