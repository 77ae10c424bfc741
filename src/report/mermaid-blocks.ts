import type { PathBlock } from '../model/connectivity.js';

export type Side = readonly string[] | 'all';

/**
 * A block's sides with "every node but the other side" read as 'all': a route missing towards node x blocks every
 * other node to x, and is drawn like forwarding off on x (one marked node), not as an edge from each peer.
 */
export function blockSides(block: PathBlock, nodes: ReadonlySet<string>): { from: Side; to: Side } {
  // Only the larger side can be "the rest": with both sides listed, one of them is the node (or few) it is about.
  const coversRest = (side: Side, other: Side): boolean => {
    if (side === 'all' || other === 'all') return side === 'all';
    if (side.length <= other.length || side.length + other.length < nodes.size) return false;
    const covered = new Set([...side, ...other]);
    return [...nodes].every((node) => covered.has(node));
  };
  return {
    from: coversRest(block.from, block.to) ? 'all' : block.from,
    to: coversRest(block.to, block.from) ? 'all' : block.to,
  };
}

/** The line a marked box carries: the rule, and whether the node drops traffic it sends or traffic sent to it. */
export function markLine(ruleId: string, ok: false | null, towards: string, extra = ''): string {
  return `${ok === false ? '✗' : '?'} ${ruleId} (${towards}${extra})`;
}
