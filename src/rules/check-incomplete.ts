import type { IpMatch } from '../model/ip-join.js';
import { compareText } from '../model/order.js';
import type { DataKind } from '../model/snapshot.js';
import type { NodeView } from '../model/topology.js';
import type { ProviderProfile } from '../clouds/types.js';
import { firewallGaps } from './pod-traffic-blocked.js';
import { nodeList, routeCoverage } from './shared/route-coverage.js';
import type { Rule, RuleContext } from './types.js';
import type { FindingDraft } from '../model/finding.js';

function addDump(profile: ProviderProfile, kind: DataKind): string {
  return `Add ${profile.dumps[kind] ?? 'the missing data'} to the inputs.`;
}

/**
 * Planned nodes come from a Terraform plan, which names what it cannot know as gaps, reported below; the hints
 * written for dumps ("add describe-subnets") do not apply to them.
 */
function current(views: readonly NodeView[]): NodeView[] {
  return views.filter((view) => !view.node.planned);
}

function machineList(matches: readonly IpMatch[]): string {
  return matches.map((match) => `${match.id} (${match.network ?? 'network unknown'})`).join(', ');
}

/**
 * A node whose address several machines hold, or only machines outside the cluster's network: it is not joined, so
 * none of them becomes its fix target. Its own key tells this finding apart from the node's other gaps.
 */
function* refusedJoins({ topology, profile }: RuleContext): Iterable<FindingDraft> {
  for (const view of topology.views) {
    if (view.join !== 'ambiguous' || !view.refused) continue;
    const { reason, matches } = view.refused;
    const networks = [...topology.clusterNetworks].sort(compareText).join(', ');
    const unlinked = view.node.providerId ? `'s providerID ${view.node.providerId} matches no machine in the data, and` : ' has no providerID, and';
    const why =
      reason === 'shared'
        ? `its IP ${view.ips.join(', ')} is held by several ${profile.displayName} machines: ${machineList(matches)}`
        : `its IP ${view.ips.join(', ')} is held only by ${machineList(matches)}, outside the cluster's network (${networks})`;
    yield {
      about: 'forwarding-disabled',
      node: view.node.name,
      key: 'ip-join',
      message: `node ${view.node.name}${unlinked} ${why}: none is taken as its machine, so its forwarding and network cannot be verified`,
      remediation: { text: "Set the node's spec.providerID (run the cloud controller manager, or kubelet --provider-id) so that it joins its own machine, or leave the other machines out of the cloud dumps." },
      origin: view.node.origin,
    };
  }
}

/** One finding for the whole cluster when no data of a kind was given, one per node when only that node is missing. */
function* joins(context: RuleContext): Iterable<FindingDraft> {
  const { topology, profile, snapshot } = context;
  const unjoined = (status: NodeView['join']) => topology.views.filter((view) => view.join === status);
  const noData = unjoined('no-cloud-data');
  if (noData.length > 0) {
    yield {
      about: 'forwarding-disabled',
      message: `no ${profile.displayName} instance data: the ${profile.forwarding?.switchName ?? 'forwarding setting'} of ${noData.length} node(s) (${nodeList(noData)}) cannot be verified`,
      remediation: { text: addDump(profile, 'instances') },
    };
  }
  for (const view of unjoined('not-found')) {
    const key = view.node.providerId ? `providerID ${view.node.providerId}` : `IP ${view.ips.join(', ') || '(none)'}`;
    yield {
      about: 'forwarding-disabled',
      node: view.node.name,
      message: `node ${view.node.name} (${key}) matches no machine in the ${profile.displayName} data: its forwarding and network cannot be verified`,
      remediation: { text: `Include the node's instance in the cloud dumps (all zones/regions/resource groups of the cluster). ${addDump(profile, 'instances')}` },
      origin: view.node.origin,
    };
  }
  yield* refusedJoins(context);
  const bare = topology.views.filter((view) => !view.node.planned && view.join === 'joined' && view.interfaces.length === 0);
  // Azure VM listings hold no NICs: without the NIC dump every node lacks interfaces, which is one missing dump.
  const noInterfaceData = !snapshot.present.has('interfaces') && bare.length > 0;
  if (noInterfaceData) {
    yield {
      about: 'forwarding-disabled',
      message: `no ${profile.displayName} network interface data: the ${profile.forwarding?.switchName ?? 'forwarding setting'} of ${bare.length} node(s) (${nodeList(bare)}) cannot be verified`,
      remediation: { text: addDump(profile, 'interfaces') },
    };
  }
  // A source that said why a setting is unknown (a value Terraform knows only after apply) has said it better.
  const explained = new Set(snapshot.gaps.flatMap((gap) => (gap.resource ? [gap.resource] : [])));
  for (const view of topology.views) {
    if (view.node.planned || view.join !== 'joined') continue;
    if (view.interfaces.length === 0 && !noInterfaceData) {
      yield {
        about: 'forwarding-disabled',
        node: view.node.name,
        resource: view.instance?.id ?? view.instanceKey,
        message: `no network interface of ${view.instance?.id ?? view.instanceKey} carries node ${view.node.name}'s IP ${view.ips.join(', ')}: forwarding cannot be verified`,
        remediation: { text: addDump(profile, 'interfaces') },
        origin: view.node.origin,
      };
    }
    for (const iface of view.interfaces) {
      if (iface.forwarding !== undefined || !profile.forwarding || explained.has(iface.id)) continue;
      yield {
        about: 'forwarding-disabled',
        node: view.node.name,
        resource: iface.id,
        message: `the ${profile.forwarding.switchName} setting of ${iface.name} is not in the data (trimmed query?)`,
        remediation: { text: addDump(profile, 'interfaces') },
        origin: iface.origin,
      };
    }
  }
}

function* layer2({ topology, profile, snapshot }: RuleContext): Iterable<FindingDraft> {
  const unknown = topology.views.filter((view) => !view.node.planned && !view.subnetId && view.join !== 'not-found' && view.join !== 'ambiguous' && view.join !== 'no-cloud-data');
  if (unknown.length === 0) return;
  yield {
    about: 'subnet-mismatch',
    message: `the subnet of ${unknown.length} node(s) (${nodeList(unknown)}) is unknown: whether all nodes share one layer-2 subnet cannot be verified`,
    remediation: { text: snapshot.present.has('subnets') ? 'No subnet in the inputs holds these nodes\' IPs; add it.' : addDump(profile, 'subnets') },
  };
}

function* layer3(context: RuleContext): Iterable<FindingDraft> {
  const { topology, profile, snapshot } = context;
  if (!profile.routing) return;
  if (!snapshot.present.has('routes')) {
    yield {
      about: 'route-missing',
      message: `no ${profile.displayName} route data: whether every pod CIDR has a route cannot be verified`,
      remediation: { text: addDump(profile, 'routes') },
    };
    return;
  }
  const { unscoped } = routeCoverage(topology, profile.routing);
  // Without instance data GCE nodes have no network, so no route was checked for them: say so, not just forwarding.
  const reachable = current(unscoped).filter((view) => view.join !== 'not-found' && view.join !== 'ambiguous');
  if (reachable.length > 0) {
    yield {
      about: 'route-not-applied',
      message: `the ${profile.id === 'gce' ? 'network' : 'subnet'} of ${reachable.length} node(s) (${nodeList(reachable)}) is unknown: which routes they see cannot be verified`,
      remediation: { text: addDump(profile, profile.id === 'gce' ? 'instances' : 'interfaces') },
    };
  }
  if (snapshot.clusterCidrs.length === 0) {
    yield {
      about: 'route-stale',
      message: 'the cluster CIDR is unknown: stale routes and pod CIDRs outside it cannot be detected',
      remediation: { text: 'Add the flannel ConfigMap (kubectl -n kube-flannel get cm kube-flannel-cfg -o yaml) or pass --cluster-cidr.' },
    };
  }
}

function* cluster({ snapshot, topology }: RuleContext): Iterable<FindingDraft> {
  if (snapshot.nodes.length === 0) {
    yield {
      message: 'the inputs hold no Kubernetes nodes: nothing to check',
      remediation: { text: 'Add the output of `kubectl get nodes -o json`, or nodes in a HostGwInventory.' },
    };
  }
  const backendKnown = snapshot.flannel.some((config) => config.backendType) || topology.views.some((view) => view.node.backendType);
  // Planned nodes (infrastructure code only) run no flannel yet: the backend matters once real nodes are checked.
  if (!backendKnown && topology.views.some((view) => !view.node.planned)) {
    yield {
      about: 'backend-mismatch',
      message: 'the flannel backend is unknown (no flannel ConfigMap, no backend-type annotation on any node)',
      remediation: { text: 'Add the flannel ConfigMap: kubectl -n kube-flannel get cm kube-flannel-cfg -o yaml.' },
    };
  }
  for (const gap of snapshot.gaps) yield { key: gap.message, message: gap.message, node: gap.node, resource: gap.resource, origin: gap.origin, remediation: { text: 'Complete the input data.' } };
}

export const checkIncomplete: Rule = {
  meta: {
    id: 'check-incomplete',
    title: 'Something could not be verified',
    severity: 'warning',
    helpAnchor: 'check-incomplete',
    description:
      'A check needs data the inputs do not hold: a node not found in the cloud dumps, a missing dump, an unknown subnet or cluster CIDR. ' +
      'hostgw-preflight never passes what it could not see; with --strict these findings are errors.',
    remediation: 'Add the missing dump named in the message, or run in live mode so the tool reads the cloud itself.',
    docs: {
      summary: 'something could not be verified',
      providers: ['aws', 'gce', 'azure', 'vsphere', 'baremetal'],
      severityNote: 'error with `--strict`',
      checks: [
        'A check needed data the inputs do not hold: a node missing from the cloud dumps, a dump not given at all, a subnet or cluster CIDR that is unknown. The message names the dump to add. A warning by default; `--strict` makes it an error, for gates that must not pass on partial data.',
        'Findings raised on behalf of another rule name that rule (`about`).',
      ],
      needs: [
        'Whatever the other rules need: this rule reports what is missing.',
      ],
      remediation: [
        'Add the dump named in the message, or run in live mode.',
      ],
      fix: [
        'None: there is nothing to change in the cloud.',
      ],
    },
  },
  *check(context) {
    yield* cluster(context);
    yield* joins(context);
    if (context.profile.routing) yield* layer3(context);
    else yield* layer2(context);
    yield* firewallGaps(context);
  },
};
