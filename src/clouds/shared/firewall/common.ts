import type { Cidr, Family } from '../../../model/cidr.js';
import type { FirewallSet } from '../../../model/snapshot.js';
import { commonSupernet } from './data.js';
import type { BlockedTraffic } from './types.js';
import type { FirewallData } from './data.js';

/**
 * The blocks a fix should admit on one end of the blocked traffic, per family: the cluster CIDR when it holds them
 * (it also covers nodes added later), else the blocked pod CIDRs themselves, summarised when there are many.
 */
export function fixBlocks(cidrs: readonly Cidr[], data: FirewallData, family: Family): Cidr[] {
  const mine = cidrs.filter((cidr) => cidr.family === family);
  if (mine.length === 0) return [];
  const cluster = data.topology.snapshot.clusterCidrs.filter(
    (cidr) => cidr.family === family && mine.every((pod) => pod.start >= cidr.start && pod.end <= cidr.end),
  );
  if (cluster[0]) return [cluster[0]];
  if (mine.length <= 8) return mine;
  const summary = commonSupernet(mine);
  return summary ? [summary] : mine;
}

/** "tcp, udp and icmp" */
export function protocolList(protocols: readonly string[]): string {
  return protocols.length <= 1
    ? (protocols[0] ?? '')
    : `${protocols.slice(0, -1).join(', ')} and ${protocols[protocols.length - 1]}`;
}

/** "sg-… (k8s-nodes)" for sets known by id; NSGs and GCE networks by their name, their ids being paths. */
export function setName(set: FirewallSet): string {
  if (set.kind === 'nsg' || set.kind === 'vpc-firewall') return set.name;
  return set.name && set.name !== set.id ? `${set.id} (${set.name})` : set.id;
}

/** Whether the allow rule that looked right names the node group (security group, tag, service account, ASG). */
export function byReference(block: BlockedTraffic): boolean {
  const rule = block.nearMiss;
  return (
    rule !== undefined && [...rule.sourceRefs, ...(rule.destRefs ?? [])].some((ref) => /^(sg|tag|sa|asg):/.test(ref))
  );
}

/** Free priorities just below `below` (exclusive), highest first, skipping used ones; fewer when the range runs out. */
export function freePriorities(used: ReadonlySet<number>, below: number, count: number, lowest: number): number[] {
  const result: number[] = [];
  for (let p = below - 1; p >= lowest && result.length < count; p--) if (!used.has(p)) result.push(p);
  return result;
}

/** Both ends of blocked traffic for a fix: who sends (source blocks) and who receives (destination blocks). */
export function ends(block: BlockedTraffic, data: FirewallData, family: Family): { sources: Cidr[]; dests: Cidr[] } {
  return { sources: fixBlocks(block.sourceCidrs, data, family), dests: fixBlocks(block.destCidrs, data, family) };
}
