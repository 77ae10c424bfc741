import type { Cidr, Family } from '../../model/cidr.js';
import type { FirewallRule } from '../../model/snapshot.js';
import { covered, touches } from '../../clouds/shared/firewall/data.js';
import type { FirewallStage, PodProtocol } from '../../clouds/shared/firewall/types.js';

/** How one stage treats one flow (all ports of a protocol from a source block to a destination block). */
export interface Decision {
  readonly allowed: boolean;
  readonly deniedBy?: FirewallRule;
  readonly nearMiss?: FirewallRule;
  readonly shadowed?: FirewallRule;
  /**
   * True when every smaller flow inside this one is decided the same way, so no node-level refinement is needed:
   * always for an allow (an allow must hold the whole block); for a drop, when no allow rule before the decision
   * touched the flow and the deciding deny (or the fallback) holds all of it.
   */
  readonly uniform: boolean;
}

function protocolName(protocol: PodProtocol, family: Family): string {
  return protocol === 'icmp' && family === 6 ? 'icmpv6' : protocol;
}

function matchesProtocol(rule: FirewallRule, protocol: PodProtocol, family: Family): boolean {
  return rule.protocols === 'all' || rule.protocols.includes(protocolName(protocol, family));
}

export type Resolve = (ref: string) => readonly Cidr[] | undefined;

/** Rule ranges with references resolved (Azure service tags); `any` for a destination the rule does not restrict. */
export class Ranges {
  private readonly cache = new Map<FirewallRule, { source: readonly Cidr[]; dest: readonly Cidr[] | 'any' }>();
  constructor(private readonly resolve: Resolve) {}

  of(rule: FirewallRule): { source: readonly Cidr[]; dest: readonly Cidr[] | 'any' } {
    let entry = this.cache.get(rule);
    if (!entry) {
      const resolved = (refs: readonly string[] | undefined) => (refs ?? []).flatMap((ref) => this.resolve(ref) ?? []);
      const source =
        rule.sourceRefs.length > 0 ? [...rule.sourceRanges, ...resolved(rule.sourceRefs)] : rule.sourceRanges;
      const dest =
        rule.destRanges === undefined && rule.destRefs === undefined
          ? 'any'
          : [...(rule.destRanges ?? []), ...resolved(rule.destRefs)];
      this.cache.set(rule, (entry = { source, dest }));
    }
    return entry;
  }
}

/** First match wins over the stage's rules; a deny counts when it touches the flow, an allow only when it holds all of it. */
export function decide(
  stage: FirewallStage,
  protocol: PodProtocol,
  family: Family,
  source: Cidr,
  dest: Cidr,
  ranges: Ranges,
): Decision {
  // The allow rule that most looks like it was meant for this traffic: one naming the node group, else any.
  let byReference: FirewallRule | undefined;
  let anyAllow: FirewallRule | undefined;
  const nearMiss = () => byReference ?? anyAllow;
  let touched = false;
  const rules = stage.rules;
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i]!;
    if (!matchesProtocol(rule, protocol, family)) continue;
    const { source: from, dest: to } = ranges.of(rule);
    const allPorts = rule.ports.length === 0;
    if (rule.action === 'deny') {
      // A deny of some ports only (ssh from the internet) is a policy, not a broken network: it is left alone.
      if (!allPorts || !touches(from, source) || (to !== 'any' && !touches(to, dest))) continue;
      const whole = covered(from, source) && (to === 'any' || covered(to, dest));
      const shadowed = rules
        .slice(i + 1)
        .find(
          (later) =>
            later.action === 'allow' && matchesProtocol(later, protocol, family) && holds(later, source, dest, ranges),
        );
      return { allowed: false, deniedBy: rule, nearMiss: nearMiss(), shadowed, uniform: whole && !touched };
    }
    if (allPorts && covered(from, source) && (to === 'any' || covered(to, dest)))
      return { allowed: true, uniform: true };
    if (touches(from, source) && (to === 'any' || touches(to, dest)) && allPorts) touched = true;
    if (rule.sourceRefs.length > 0 || (rule.destRefs ?? []).length > 0) byReference ??= rule;
    anyAllow ??= rule;
  }
  if (stage.fallback.action === 'allow') return { allowed: true, uniform: !touched };
  return { allowed: false, nearMiss: nearMiss(), uniform: !touched };
}

function holds(rule: FirewallRule, source: Cidr, dest: Cidr, ranges: Ranges): boolean {
  const { source: from, dest: to } = ranges.of(rule);
  return rule.ports.length === 0 && covered(from, source) && (to === 'any' || covered(to, dest));
}
