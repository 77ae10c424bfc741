import { compareCidrs, contains, supernet, type Cidr, type Family } from '../../../model/cidr.js';
import type { FirewallRule, FirewallSet, NetworkInterface } from '../../../model/snapshot.js';
import type { NodeView, Topology } from '../../../model/topology.js';
import { nextHopIp } from '../next-hop.js';

/** Rules in evaluation order: lower priority value first, and a deny before an allow of the same priority. */
export function evaluationOrder(a: FirewallRule, b: FirewallRule): number {
  if (a.priority !== b.priority) return a.priority - b.priority;
  if (a.action !== b.action) return a.action === 'deny' ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The firewall part of a snapshot, indexed once: sets by id, rules by set, attachments from both sides. */
export class FirewallData {
  readonly setById: ReadonlyMap<string, FirewallSet>;
  /** Per set, per direction, in evaluation order. */
  private readonly rules = new Map<string, { ingress: FirewallRule[]; egress: FirewallRule[] }>();
  private readonly bySubnet = new Map<string, Set<string>>();
  private readonly byInterface = new Map<string, Set<string>>();
  readonly present: boolean;

  constructor(readonly topology: Topology) {
    const snapshot = topology.snapshot;
    this.present = snapshot.present.has('firewalls');
    this.setById = new Map((snapshot.firewallSets ?? []).map((set) => [set.id, set]));
    for (const rule of snapshot.firewallRules ?? []) {
      let entry = this.rules.get(rule.setId);
      if (!entry) this.rules.set(rule.setId, (entry = { ingress: [], egress: [] }));
      entry[rule.direction].push(rule);
    }
    for (const entry of this.rules.values()) {
      entry.ingress.sort(evaluationOrder);
      entry.egress.sort(evaluationOrder);
    }
    const attach = (map: Map<string, Set<string>>, key: string, setId: string) => {
      let ids = map.get(key);
      if (!ids) map.set(key, (ids = new Set()));
      ids.add(setId);
    };
    for (const set of this.setById.values()) {
      for (const subnetId of set.subnetIds ?? []) attach(this.bySubnet, subnetId, set.id);
      for (const ifaceId of set.interfaceIds ?? []) attach(this.byInterface, ifaceId, set.id);
    }
    for (const subnet of snapshot.subnets)
      for (const id of subnet.securityGroupIds ?? []) attach(this.bySubnet, subnet.id, id);
    for (const iface of snapshot.interfaces)
      for (const id of iface.securityGroupIds ?? []) attach(this.byInterface, iface.id, id);
  }

  rulesOf(setId: string, direction: 'ingress' | 'egress'): readonly FirewallRule[] {
    return this.rules.get(setId)?.[direction] ?? [];
  }

  /** Set ids attached to a subnet (NACL associations, subnet NSGs), from either side of the association. */
  setsOfSubnet(subnetId: string | undefined): readonly string[] {
    return subnetId ? [...(this.bySubnet.get(subnetId) ?? [])].sort() : [];
  }

  /** Set ids attached to an interface, or undefined when neither the interface nor any set listing says. */
  setsOfInterface(iface: NetworkInterface): readonly string[] | undefined {
    const ids = this.byInterface.get(iface.id);
    if (ids) return [...ids].sort();
    return iface.securityGroupIds ? [] : undefined;
  }

  /** The interface pod traffic for the node enters by: the one holding the next-hop address, else the first. */
  podInterface(view: NodeView): NetworkInterface | undefined {
    const cidr = view.node.podCidrs[0];
    const ip = cidr ? nextHopIp(view, cidr) : undefined;
    return view.interfaces.find((iface) => ip !== undefined && iface.ips.includes(ip)) ?? view.interfaces[0];
  }
}

/** The smallest block holding all of `cidrs` (one family): the aggregate a scope's pod traffic is first judged by. */
export function commonSupernet(cidrs: readonly Cidr[]): Cidr | undefined {
  const sorted = [...cidrs].sort(compareCidrs);
  const first = sorted[0];
  if (!first) return undefined;
  let prefix = Math.min(...sorted.map((cidr) => cidr.prefix));
  for (; prefix >= 0; prefix--) {
    const block = supernet(first, prefix);
    if (sorted.every((cidr) => contains(block, cidr))) return block;
  }
  return undefined;
}

/** The pod CIDRs of some nodes, of one family, without duplicates. */
export function podCidrsOf(views: readonly NodeView[], family: Family): Cidr[] {
  const seen = new Map<string, Cidr>();
  for (const view of views)
    for (const cidr of view.node.podCidrs) if (cidr.family === family) seen.set(cidr.text, cidr);
  return [...seen.values()].sort(compareCidrs);
}

/** Whether `ranges` together cover all of `cidr` (adjacent blocks count together). */
export function covered(ranges: readonly Cidr[], cidr: Cidr): boolean {
  const relevant = ranges
    .filter((range) => range.family === cidr.family && range.start <= cidr.end && cidr.start <= range.end)
    .sort(compareCidrs);
  let next = cidr.start;
  for (const range of relevant) {
    if (range.start > next) return false;
    if (range.end + 1n > next) next = range.end + 1n;
    if (next > cidr.end) return true;
  }
  return next > cidr.end;
}

export function touches(ranges: readonly Cidr[], cidr: Cidr): boolean {
  return ranges.some((range) => range.family === cidr.family && range.start <= cidr.end && cidr.start <= range.end);
}
