import type { Cidr } from '../model/cidr.js';
import type { Hop, PathBlock, PathStep } from '../model/connectivity.js';
import type { Finding } from '../model/finding.js';
import type { NodeView } from '../model/topology.js';
import type { RuleContext } from '../rules/types.js';

/** What the path checks read: the rules' context and, when there are any, the findings the rules reported from it. */
export interface PathContext extends RuleContext {
  /** Findings of the check: a failing hop takes its remediation from the finding that explains it. */
  readonly findings?: readonly Finding[];
}

/** Where one direction of a trace goes: the destination node and the range of its pods traced. */
export interface Target {
  readonly view: NodeView;
  /** The node's pod CIDR of the traced family. */
  readonly podCidr: Cidr;
  /** A single pod address (--to IP): route lookups use it instead of the whole pod CIDR. */
  readonly ip?: string;
}

/**
 * One or more steps of the path, judged two ways from one analysis: for the whole cluster in blocks (the connectivity
 * matrix, the diagram) and for one pair hop by hop (explain). Both must agree: a pair's hop fails exactly when a
 * block with ok false holds the pair's flow (test/paths/agreement.test.ts).
 */
export interface PathCheck {
  readonly steps: readonly PathStep[];
  /** The flows the steps drop or cannot decide, a few blocks per cause, never one per pair. */
  blocks(context: PathContext): Iterable<PathBlock>;
  /** The steps' hops for one direction, from a node to a target; none when the steps do not apply (provider). */
  hops(context: PathContext, from: NodeView, to: Target): Iterable<Hop>;
}
