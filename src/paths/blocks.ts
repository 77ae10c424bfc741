import type { PathBlock } from '../model/connectivity.js';
import { PATH_CHECKS } from './index.js';
import type { PathContext } from './types.js';

/** Every check's blocks: the one-way flows of the cluster that some step drops or cannot decide. */
export function pathBlocks(context: PathContext): PathBlock[] {
  return PATH_CHECKS.flatMap((check) => [...check.blocks(context)]);
}
