import type { FixAction, GceFirewall } from '../../model/fix-spec.js';
import { compareText } from '../../model/order.js';
import type { NodeView, Topology } from '../../model/topology.js';
import type { Remediation } from '../../model/remediation.js';
import { named } from '../../model/names/index.js';
import { joinShell, shell, withCommand, type Shell } from '../../model/shell.js';
import { lastSegment, segmentAfter } from '../shared/names.js';
import { ends, protocolList } from '../shared/firewall/common.js';
import type { FirewallData } from '../shared/firewall/data.js';
import type {
  BlockedTraffic,
  FirewallLayout,
  FirewallProfile,
  FirewallScope,
  FirewallStage,
  UnresolvedNode,
} from '../shared/firewall/types.js';

/** The priority of the implied rules every VPC network has: allow all egress, deny all ingress. */
const IMPLIED = 65535;

/** Tags and service accounts some rule of the network targets: only these can change which rules a VM gets. */
function targeted(data: FirewallData, network: string): { tags: Set<string>; accounts: Set<string> } {
  const tags = new Set<string>();
  const accounts = new Set<string>();
  for (const direction of ['ingress', 'egress'] as const) {
    for (const rule of data.rulesOf(network, direction)) {
      for (const target of rule.targets) {
        if (target.startsWith('tag:')) tags.add(target.slice(4));
        else if (target.startsWith('sa:')) accounts.add(target.slice(3));
      }
    }
  }
  return { tags, accounts };
}

function layout(topology: Topology, data: FirewallData): FirewallLayout {
  const relevant = new Map<string, { tags: Set<string>; accounts: Set<string> }>();
  const groups = new Map<string, { network: string; tags: string[]; accounts: string[]; members: NodeView[] }>();
  const unresolved: UnresolvedNode[] = [];
  for (const view of topology.views) {
    if (view.node.planned || view.node.podCidrs.length === 0) continue;
    const network = view.instance?.network;
    // Without its instance a node has no network: route checks report that already.
    if (!network) continue;
    if (!data.setById.has(network)) {
      unresolved.push({ view, missing: [network] });
      continue;
    }
    let targets = relevant.get(network);
    if (!targets) relevant.set(network, (targets = targeted(data, network)));
    const tags = [...new Set(view.instance!.tags.filter((tag) => targets.tags.has(tag)))].sort();
    const accounts = [
      ...new Set((view.instance!.serviceAccounts ?? []).filter((account) => targets.accounts.has(account))),
    ].sort();
    const key = `${network}|${tags.join(',')}|${accounts.join(',')}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { network, tags, accounts, members: [] }));
    group.members.push(view);
  }
  const scopes = [...groups.entries()].map(([key, group]) => {
    const who = [
      group.tags.length ? `tags [${group.tags.join(', ')}]` : '',
      group.accounts.length ? `service account ${group.accounts.join(', ')}` : '',
    ]
      .filter(Boolean)
      .join(' and ');
    return {
      key,
      label: `network ${lastSegment(group.network)}${who ? ` with ${who}` : ''}`,
      members: group.members,
      network: group.network,
      tags: group.tags,
      serviceAccounts: group.accounts,
    };
  });
  return { scopes, unresolved };
}

function stage(scope: FirewallScope, data: FirewallData, direction: 'ingress' | 'egress'): FirewallStage {
  const network = scope.network!;
  const applies = (target: string) =>
    target.startsWith('tag:')
      ? scope.tags!.includes(target.slice(4))
      : scope.serviceAccounts!.includes(target.slice(3));
  return {
    key: `gce:${scope.key}:${direction}`,
    sets: [data.setById.get(network)!],
    side: direction === 'ingress' ? 'destination' : 'source',
    direction,
    rules: data.rulesOf(network, direction).filter((rule) => rule.targets.length === 0 || rule.targets.some(applies)),
    fallback:
      direction === 'ingress'
        ? { action: 'deny', label: `the implied deny-all ingress rule (priority ${IMPLIED})` }
        : { action: 'allow', label: `the implied allow-all egress rule (priority ${IMPLIED})` },
    label: `the firewall rules of network ${lastSegment(network)}`,
  };
}

function stages(from: FirewallScope, to: FirewallScope, data: FirewallData): FirewallStage[] {
  // Nodes on different networks cannot use host-gw at all; the route rules say so.
  if (from.network !== to.network) return [];
  return [stage(from, data, 'egress'), stage(to, data, 'ingress')];
}

/**
 * The narrowest target all blocked nodes share: the common tag the fewest instances carry (a pool tag rather than
 * a cluster-wide one), else a common service account, else none (every instance of the network).
 */
function target(
  nodes: readonly NodeView[],
  data: FirewallData,
): { targetTags?: string[]; targetServiceAccounts?: string[]; text: string; flag?: Shell } {
  const common = (lists: (readonly string[])[]) =>
    lists.reduce<string[]>((acc, list) => acc.filter((item) => list.includes(item)), [...(lists[0] ?? [])]);
  const holders = (tag: string) =>
    data.topology.snapshot.instances.filter((instance) => instance.tags.includes(tag)).length;
  const tags = common(nodes.map((view) => view.instance?.tags ?? [])).sort(
    (a, b) => holders(a) - holders(b) || compareText(a, b),
  );
  const tag = tags[0];
  if (tag)
    return {
      targetTags: [tag],
      text: `target-tags ${tag}`,
      flag: shell`--target-tags ${named('gce-network-tag', tag)}`,
    };
  const account = common(nodes.map((view) => view.instance?.serviceAccounts ?? []))[0];
  if (account)
    return {
      targetServiceAccounts: [account],
      text: `target-service-accounts ${account}`,
      flag: shell`--target-service-accounts ${named('gce-service-account', account)}`,
    };
  return { text: '' };
}

function ruleName(network: string, targetName: string | undefined, egress: boolean, family: number): string {
  const base = `hostgw-pods-${lastSegment(network)}-${targetName ?? 'all'}${egress ? '-egress' : ''}`
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-');
  const suffix = family === 6 ? '-v6' : '';
  return `${base.slice(0, 63 - suffix.length).replace(/-+$/, '')}${suffix}`;
}

function remedy(block: BlockedTraffic, data: FirewallData): Remediation {
  const network = block.local.network!;
  const projectId = segmentAfter(network, 'projects');
  const project = projectId ?? '<project>';
  const egress = block.stage.direction === 'egress';
  const denied = block.deniedBy;
  const priority = denied ? denied.priority - 1 : 1000;
  const where = target(block.localNodes, data);
  const protocols = protocolList(block.protocols);
  if (priority < 0) {
    return {
      text: `Rule ${denied!.name} denies the pod traffic at priority 0, so no allow rule can come before it: narrow or delete it, then allow ${protocols} from the pod CIDRs.`,
    };
  }
  const text =
    `Create an ${egress ? 'egress' : 'ingress'} rule on network ${lastSegment(network)} allowing ${protocols} ${egress ? 'to' : 'from'} the pod CIDRs` +
    `${where.text ? `, targeting the nodes (${where.text})` : ' for every instance of the network (the nodes share no tag or service account)'}` +
    `${denied ? `, at priority ${priority} so it comes before ${denied.name} (${denied.priority}): at equal priority a deny wins` : ''}. Source tags and service accounts never match pod IPs.`;
  const rules: GceFirewall[] = block.families.map((family) => {
    const { sources, dests } = ends(block, data, family);
    return {
      project,
      name: ruleName(network, where.targetTags?.[0] ?? where.targetServiceAccounts?.[0]?.split('@')[0], egress, family),
      network,
      direction: egress ? 'EGRESS' : 'INGRESS',
      priority,
      sourceRanges: egress ? undefined : sources.map((cidr) => cidr.text),
      destinationRanges: egress ? dests.map((cidr) => cidr.text) : undefined,
      targetTags: where.targetTags,
      targetServiceAccounts: where.targetServiceAccounts,
      // ICMPv6 is protocol 58 in GCE firewall rules.
      allowed: block.protocols.map((protocol) => (protocol === 'icmp' && family === 6 ? '58' : protocol)),
    };
  });
  const command = joinShell(
    rules.map((rule) =>
      joinShell(
        [
          shell`gcloud compute firewall-rules create ${named('gce-firewall-rule', rule.name)} --project ${projectId ? named('gce-project', projectId) : project} --network ${named('gce-network', lastSegment(network))} --direction ${rule.direction} --priority ${rule.priority}`,
          rule.sourceRanges
            ? shell`--source-ranges ${rule.sourceRanges.join(',')}`
            : shell`--destination-ranges ${rule.destinationRanges!.join(',')}`,
          ...(where.flag ? [where.flag] : []),
          shell`--allow ${rule.allowed.join(',')}`,
        ],
        ' ',
      ),
    ),
    ' && ',
  );
  const actions: FixAction[] = rules.map((rule) => ({ kind: 'gce-firewall-insert', rule }));
  return withCommand({ text, fix: { actions, scope: 'network', api: 'compute.firewalls.insert' } }, command);
}

export const gceFirewall: FirewallProfile = {
  dumps: 'the output of `gcloud compute firewall-rules list --format=json`',
  layout,
  stages,
  remedy,
};
