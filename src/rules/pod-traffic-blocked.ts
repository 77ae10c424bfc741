import { groupBy } from '../model/group.js';
import type { NodeView } from '../model/topology.js';
import type { BlockedTraffic } from '../providers/firewall/types.js';
import { protocolList } from '../providers/firewall/common.js';
import { firewallAnalysis, whyNot } from './shared/firewall.js';
import { nodeList } from './shared/route-coverage.js';
import type { FindingDraft, Rule, RuleContext } from './types.js';

function verdict(block: BlockedTraffic): string {
  const { stage, deniedBy, shadowed, nearMiss } = block;
  if (deniedBy) {
    const acl = stage.key.startsWith('acl:');
    const rule = acl ? `its rule ${deniedBy.priority}` : `rule ${deniedBy.name} (priority ${deniedBy.priority})`;
    const before = shadowed ? `, before ${acl ? `rule ${shadowed.priority}` : `${shadowed.name} (${shadowed.priority})`} can allow it` : '';
    return `${rule} denies it${before}`;
  }
  return `${stage.fallback.label}${nearMiss ? `; ${whyNot(nearMiss, stage)}` : ''}`;
}

function nodes(views: readonly NodeView[]): string {
  return `${nodeList(views)} (${views.length} node${views.length === 1 ? '' : 's'})`;
}

/** "any node", "any other node" (for a single local node), or the remote nodes by name. */
function remoteText(block: BlockedTraffic, everyone: readonly NodeView[]): string {
  const remote = new Set(block.remoteNodes);
  if (everyone.every((view) => remote.has(view))) return 'any node';
  const only = block.localNodes.length === 1 ? block.localNodes[0] : undefined;
  if (only && everyone.every((view) => view === only || remote.has(view))) return 'any other node';
  return nodeList(block.remoteNodes);
}

function message(block: BlockedTraffic, everyone: readonly NodeView[]): string {
  const remote = remoteText(block, everyone);
  const over = `over ${protocolList(block.protocols)}`;
  const path =
    block.stage.side === 'destination'
      ? `pods on ${remote} cannot reach pods on ${nodes(block.localNodes)} ${over}, dropped inbound by ${block.stage.label}`
      : `pods on ${nodes(block.localNodes)} cannot reach pods on ${remote} ${over}, dropped outbound by ${block.stage.label}`;
  return `${path}: ${verdict(block)}`;
}

export const podTrafficBlocked: Rule = {
  meta: {
    id: 'pod-traffic-blocked',
    title: 'The cloud firewall drops pod traffic between nodes',
    severity: 'error',
    helpAnchor: 'pod-traffic-blocked',
    description:
      'With host-gw, packets between nodes keep the pods\' addresses as source and destination, so the cloud firewall must admit the pod CIDRs. ' +
      'Rules that reference the node group match only the nodes\' own addresses: an AWS security-group source matches the private IPs of the ENIs in that group, ' +
      'GCE source tags and service accounts match only a VM\'s primary internal IP, Azure application security groups the NICs\' own IPs. ' +
      'Forwarded pod traffic needs a rule whose source is the pod CIDR.',
    remediation:
      'Add the narrowest allow rule: the nodes as targets, the pod (cluster) CIDR as CIDR source, tcp, udp and icmp, ordered before any deny that matches ' +
      '(aws ec2 authorize-security-group-ingress, gcloud compute firewall-rules create, az network nsg rule create).',
  },
  *check({ topology, profile }) {
    const analysis = firewallAnalysis(topology, profile);
    if (!analysis || !profile.firewall) return;
    const everyone = analysis.layout.scopes.flatMap((scope) => scope.members);
    for (const block of analysis.blocked) {
      yield {
        resource: block.stage.sets[0]?.id,
        key: `${block.stage.key}|${(block.mergedKeys ?? [block.local.key]).join('+')}`,
        message: message(block, everyone),
        remediation: profile.firewall.remedy(block, analysis.data),
        origin: block.deniedBy?.origin ?? block.nearMiss?.origin ?? block.stage.sets[0]?.origin,
      };
    }
  },
};

/** check-incomplete hints: nodes whose rule sets are named but not in the firewall dumps. */
export function* firewallGaps({ topology, profile }: RuleContext): Iterable<FindingDraft> {
  const analysis = firewallAnalysis(topology, profile);
  if (!analysis || !profile.firewall) return;
  const byReason = groupBy(analysis.layout.unresolved, (entry) => entry.reason ?? `the rule set${entry.missing.length === 1 ? '' : 's'} ${entry.missing.join(', ')}`);
  for (const [what, entries] of byReason) {
    const views = entries.map((entry) => entry.view);
    const first = entries[0]!;
    const message = first.reason
      ? `the firewall of ${views.length} node(s) (${nodeList(views)}) is unknown (${what})`
      : `${what} of ${views.length} node(s) (${nodeList(views)}) ${first.missing.length === 1 ? 'is' : 'are'} not in the firewall data`;
    yield {
      about: 'pod-traffic-blocked',
      key: what,
      resource: first.missing[0],
      message: `${message}: whether pod traffic reaches them cannot be verified`,
      remediation: { text: `Add ${profile.firewall.dumps} covering these rule sets.` },
    };
  }
}
