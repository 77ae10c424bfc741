import { groupBy } from '../model/group.js';
import type { NodeView } from '../model/topology.js';
import type { BlockedTraffic } from '../clouds/shared/firewall/types.js';
import { protocolList } from '../clouds/shared/firewall/common.js';
import { firewallAnalysis, whyNot } from './shared/firewall.js';
import { nodeList } from './shared/route-coverage.js';
import type { GapDraft, Rule, RuleContext } from './types.js';

/** Why the stage drops the flow: the deny rule that decides (and the allow it shadows), or the fallback. */
export function dropReason(block: Pick<BlockedTraffic, 'stage' | 'deniedBy' | 'shadowed' | 'nearMiss'>): string {
  const { stage, deniedBy, shadowed, nearMiss } = block;
  if (deniedBy) {
    const acl = stage.key.startsWith('acl:');
    const rule = acl ? `its rule ${deniedBy.priority}` : `rule ${deniedBy.name} (priority ${deniedBy.priority})`;
    const before = shadowed
      ? `, before ${acl ? `rule ${shadowed.priority}` : `${shadowed.name} (${shadowed.priority})`} can allow it`
      : '';
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

/** The finding's message: explain matches a blocked flow to its finding by it. */
export function blockedMessage(block: BlockedTraffic, everyone: readonly NodeView[]): string {
  const remote = remoteText(block, everyone);
  const over = `over ${protocolList(block.protocols)}`;
  const path =
    block.stage.side === 'destination'
      ? `pods on ${remote} cannot reach pods on ${nodes(block.localNodes)} ${over}, dropped inbound by ${block.stage.label}`
      : `pods on ${nodes(block.localNodes)} cannot reach pods on ${remote} ${over}, dropped outbound by ${block.stage.label}`;
  return `${path}: ${dropReason(block)}`;
}

/** Nodes whose rule sets are named but not in the firewall dumps. */
function* firewallGaps({ topology, profile }: RuleContext): Iterable<GapDraft> {
  const analysis = firewallAnalysis(topology, profile);
  if (!analysis || !profile.firewall) return;
  const byReason = groupBy(
    analysis.layout.unresolved,
    (entry) => entry.reason ?? `the rule set${entry.missing.length === 1 ? '' : 's'} ${entry.missing.join(', ')}`,
  );
  for (const [what, entries] of byReason) {
    const views = entries.map((entry) => entry.view);
    const first = entries[0]!;
    const message = first.reason
      ? `the firewall of ${views.length} node(s) (${nodeList(views)}) is unknown (${what})`
      : `${what} of ${views.length} node(s) (${nodeList(views)}) ${first.missing.length === 1 ? 'is' : 'are'} not in the firewall data`;
    yield {
      key: what,
      resource: first.missing[0],
      message: `${message}: whether pod traffic reaches them cannot be verified`,
      remediation: { text: `Add ${profile.firewall.dumps} covering these rule sets.` },
    };
  }
}

export const podTrafficBlocked: Rule = {
  meta: {
    id: 'pod-traffic-blocked',
    title: 'The cloud firewall drops pod traffic between nodes',
    severity: 'error',
    docsUrl: 'docs/rules.md#pod-traffic-blocked',
    description:
      "With host-gw, packets between nodes keep the pods' addresses as source and destination, so the cloud firewall must admit the pod CIDRs. " +
      "Rules that reference the node group match only the nodes' own addresses: an AWS security-group source matches the private IPs of the ENIs in that group, " +
      "GCE source tags and service accounts match only a VM's primary internal IP, Azure application security groups the NICs' own IPs. " +
      'Forwarded pod traffic needs a rule whose source is the pod CIDR.',
    remediation:
      'Add the narrowest allow rule: the nodes as targets, the pod (cluster) CIDR as CIDR source, tcp, udp and icmp, ordered before any deny that matches ' +
      '(aws ec2 authorize-security-group-ingress, gcloud compute firewall-rules create, az network nsg rule create).',
    docs: {
      summary:
        'the cloud firewall (security groups, network ACLs, VPC firewall rules, NSGs) drops pod traffic between nodes',
      providers: ['aws', 'gce', 'azure'],
      checks: [
        'With host-gw, packets between nodes keep the **pod addresses** as source and destination. Routes and forwarding can be perfect and the cloud firewall still drops them, because the usual "allow from my node group" rule matches only the nodes\' own addresses:',
        "- **AWS**: a security-group rule whose source is a security group matches only the private IPs of the ENIs in that group; for forwarded traffic it does not allow anything. The nodes' groups need an inbound rule with the pod (cluster) CIDR as a **CIDR** source, and their outbound rules must let pod traffic out. Network ACLs are CIDR-only, stateless and ordered by rule number; they filter only between subnets, outbound on the source's subnet and inbound on the destination's.\n- **GCE**: `sourceTags` and `sourceServiceAccounts` match only a VM's primary internal IP, not alias ranges or routed pod IPs. An ingress rule whose `sourceRanges` cover the pod CIDRs must target the nodes (tags, service accounts or all instances). The lowest priority number wins, a deny beats an allow of equal priority, and every network ends with an implied deny-all ingress (65535); egress rules are checked too.\n- **Azure**: the NIC's NSG and the subnet's NSG must both allow. The `VirtualNetwork` service tag includes the prefixes of user-defined routes, so the default `AllowVnetInBound` (65000) admits pod CIDRs once their routes exist (the route rules check that they do); a lower-numbered rule denying `VirtualNetwork`, `*` or the pod CIDR shadows it. Application security groups, like security-group sources, match only the NICs' own addresses.",
        "Nodes are grouped by the rule sets their traffic passes (security groups and subnet; network, targeted tags and service accounts; NIC and subnet NSG), and every pair of groups is judged once, for TCP, UDP and ICMP on every port, on the groups' whole pod ranges; a rule covering only part of the pod range splits the pod CIDRs at its boundaries, and each resulting block of nodes is judged once. One finding per rule set and group of destination (inbound) or source (outbound) nodes names the nodes, the protocols, the rule that drops the traffic (or the rule that looked right and is not) and the narrowest rule to add. A deny of a few ports only (RDP from the internet) is taken as policy and not reported.",
      ],
      needs: [
        'The nodes: `kubectl get nodes -o json` (or `-o yaml`), a native inventory, or live mode.',
        "Firewall dumps; the rule runs only when they are among the inputs: `aws ec2 describe-security-groups`, `aws ec2 describe-network-acls`, `gcloud compute firewall-rules list`, `az network nsg list`. The ENIs' `Groups`, the instances' service accounts and the NICs' and subnets' `networkSecurityGroup` attach them to nodes. A rule set a node uses but the dumps do not hold is a `check-incomplete` finding.",
      ],
      remediation: [
        'AWS `aws ec2 authorize-security-group-ingress --group-id sg-… --ip-permissions IpProtocol=tcp,FromPort=0,ToPort=65535,IpRanges=[{CidrIp=POD_CIDR}] …` (udp, icmp alike; `-egress` for outbound), `aws ec2 create-network-acl-entry … --rule-number N` below the denying entry; GCE `gcloud compute firewall-rules create … --direction INGRESS --source-ranges POD_CIDR --target-tags TAG --allow tcp,udp,icmp --priority P` with P below the deny; Azure `az network nsg rule create … --priority P --access Allow --protocol Tcp --source-address-prefixes POD_CIDR --destination-address-prefixes POD_CIDR` per protocol, numbered before the deny.',
      ],
      fix: [
        '**Scope network** (applied only with `--fix-scope network`): allows the pod CIDRs (every port) where they are dropped.',
        'AWS: `AuthorizeSecurityGroupIngress`/`Egress` with CIDR `IpRanges`/`Ipv6Ranges` (description `pod traffic (host-gw)`) in the group that drops them, one call per step; a rule already in place (`InvalidPermission.Duplicate`) is skipped and the rest added one by one. Network ACLs: `CreateNetworkAclEntry` allow entries numbered before the denying rule; a number already taken by the same entry counts as done, by another entry as a conflict.',
        "GCE: `firewalls.insert` (name `hostgw-pods-<network>-<target>`, targeting the nodes' tag or service account, priority just before the denying rule), waiting on the global operation; `409 alreadyExists` counts as done.",
        'Azure: NSG security rule create-or-update (`hostgw-pods-<protocol>-in`/`-out`, priority just before the denying rule), waiting on the long-running operation.',
      ],
    },
  },
  *check({ topology, profile }) {
    const analysis = firewallAnalysis(topology, profile);
    if (!analysis || !profile.firewall) return;
    const everyone = analysis.layout.scopes.flatMap((scope) => scope.members);
    for (const block of analysis.blocked) {
      yield {
        resource: block.stage.sets[0]?.id,
        key: `${block.stage.key}|${(block.mergedKeys ?? [block.local.key]).join('+')}`,
        message: blockedMessage(block, everyone),
        remediation: profile.firewall.remedy(block, analysis.data),
        origin: block.deniedBy?.origin ?? block.nearMiss?.origin ?? block.stage.sets[0]?.origin,
      };
    }
  },
  gaps: firewallGaps,
};
