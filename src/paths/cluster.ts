import type { Connectivity, OutsideNode } from '../model/connectivity.js';
import { pathBlocks } from './blocks.js';
import { nodeGroups, outsideOf } from './groups.js';
import { connectivity } from './matrix.js';
import type { PathContext } from './types.js';

/** The connectivity of the whole cluster: every check's blocks counted over the node groups. */
export function clusterConnectivity(context: PathContext): Connectivity {
  const outside: OutsideNode[] = [];
  for (const view of context.topology.views) {
    const reason = outsideOf(view);
    if (reason !== undefined) outside.push({ node: view.node.name, reason });
  }
  return { ...connectivity(nodeGroups(context), pathBlocks(context)), outside };
}
