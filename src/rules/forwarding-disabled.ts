import { parseProviderId } from '../model/instance-key.js';
import type { IpMatch } from '../model/ip-join.js';
import type { UncheckedCloud } from '../model/provider-schemes.js';
import { compareText } from '../model/order.js';
import type { ClusterSnapshot, NetworkInterface } from '../model/snapshot.js';
import type { FindingDraft } from '../model/finding.js';
import type { NodeView } from '../model/topology.js';
import { addDump } from './shared/gaps.js';
import { nodeList } from './shared/route-coverage.js';
import type { GapDraft, Rule, RuleContext } from './types.js';

/** A planned node's addresses may be known only after apply: then every interface of its machine is its own. */
function interfacesOf(view: NodeView, snapshot: ClusterSnapshot): readonly NetworkInterface[] {
  if (!view.node.planned || view.interfaces.length > 0 || !view.instanceKey) return view.interfaces;
  return snapshot.interfaces.filter((iface) => iface.instanceKey === view.instanceKey);
}

function uncheckedCloudOf(view: NodeView): UncheckedCloud | undefined {
  return view.node.providerId ? parseProviderId(view.node.providerId).uncheckedCloud : undefined;
}

/**
 * One gap naming every node whose providerID names a cloud this tool does not check, and what is left unverified
 * there: such a node is checked as bare metal, which must never pass in silence.
 */
function* uncheckedClouds({ topology }: RuleContext): Iterable<ForwardingGap> {
  const byCloud = new Map<string, { cloud: UncheckedCloud; views: NodeView[] }>();
  for (const view of topology.views) {
    const cloud = uncheckedCloudOf(view);
    if (!cloud) continue;
    const entry = byCloud.get(cloud.name) ?? { cloud, views: [] };
    entry.views.push(view);
    byCloud.set(cloud.name, entry);
  }
  if (byCloud.size === 0) return;
  const clouds = [...byCloud.values()].sort((a, b) => compareText(a.cloud.name, b.cloud.name));
  const count = clouds.reduce((sum, entry) => sum + entry.views.length, 0);
  const parts = clouds.map(
    ({ cloud, views }) => `${cloud.name}: ${nodeList(views, 5)} (not verified: ${cloud.unverified})`,
  );
  const gap: GapDraft = {
    key: 'unchecked-cloud',
    message: `${count} node(s) run on a cloud this tool does not check, so only what bare metal needs was checked; ${parts.join('; ')}`,
    remediation: {
      text: "Verify these settings in the cloud's console or CLI: each node must be allowed to send and receive pod traffic for addresses it does not own, and the network must deliver each pod CIDR to its node.",
    },
  };
  yield { gap, nodes: clouds.flatMap((entry) => entry.views) };
}

/** One gap for the whole cluster when no instance data was given, one per node that matches no machine. */
function* unjoined({ topology, profile }: RuleContext): Iterable<ForwardingGap> {
  const noData = topology.views.filter((view) => view.join === 'no-cloud-data' && !uncheckedCloudOf(view));
  if (noData.length > 0) {
    const gap: GapDraft = {
      message: `no ${profile.displayName} instance data: the ${profile.forwarding?.switchName ?? 'forwarding setting'} of ${noData.length} node(s) (${nodeList(noData)}) cannot be verified`,
      remediation: { text: addDump(profile, 'instances') },
    };
    yield { gap, nodes: noData };
  }
  // A node of an unchecked cloud is named by that cloud's gap, not as a machine missing from this cloud's data.
  for (const view of topology.views.filter(
    (candidate) => candidate.join === 'not-found' && !uncheckedCloudOf(candidate),
  )) {
    const key = view.node.providerId ? `providerID ${view.node.providerId}` : `IP ${view.ips.join(', ') || '(none)'}`;
    const gap: GapDraft = {
      node: view.node.name,
      message: `node ${view.node.name} (${key}) matches no machine in the ${profile.displayName} data: its forwarding and network cannot be verified`,
      remediation: {
        text: `Include the node's instance in the cloud dumps (all zones/regions/resource groups of the cluster). ${addDump(profile, 'instances')}`,
      },
      origin: view.node.origin,
    };
    yield { gap, nodes: [view] };
  }
}

function machineList(matches: readonly IpMatch[]): string {
  return matches.map((match) => `${match.id} (${match.network ?? 'network unknown'})`).join(', ');
}

/**
 * A node whose address several machines hold, or only machines outside the cluster's network: it is not joined, so
 * none of them becomes its fix target. Its own key tells this gap apart from the node's other gaps.
 */
function* refusedJoins({ topology, profile }: RuleContext): Iterable<ForwardingGap> {
  for (const view of topology.views) {
    if (view.join !== 'ambiguous' || !view.refused) continue;
    const { reason, matches } = view.refused;
    const networks = [...topology.clusterNetworks].sort(compareText).join(', ');
    const unlinked = view.node.providerId
      ? `'s providerID ${view.node.providerId} matches no machine in the data, and`
      : ' has no providerID, and';
    const why =
      reason === 'shared'
        ? `its IP ${view.ips.join(', ')} is held by several ${profile.displayName} machines: ${machineList(matches)}`
        : `its IP ${view.ips.join(', ')} is held only by ${machineList(matches)}, outside the cluster's network (${networks})`;
    const gap: GapDraft = {
      node: view.node.name,
      key: 'ip-join',
      message: `node ${view.node.name}${unlinked} ${why}: none is taken as its machine, so its forwarding and network cannot be verified`,
      remediation: {
        text: "Set the node's spec.providerID (run the cloud controller manager, or kubelet --provider-id) so that it joins its own machine, or leave the other machines out of the cloud dumps.",
      },
      origin: view.node.origin,
    };
    yield { gap, nodes: [view] };
  }
}

/** Joined nodes without interfaces, and interfaces whose forwarding setting the data leaves out. */
function* interfaceGaps({ topology, profile, snapshot }: RuleContext): Iterable<ForwardingGap> {
  const bare = topology.views.filter(
    (view) => !view.node.planned && view.join === 'joined' && view.interfaces.length === 0,
  );
  // Azure VM listings hold no NICs: without the NIC dump every node lacks interfaces, which is one missing dump.
  const noInterfaceData = !snapshot.present.has('interfaces') && bare.length > 0;
  if (noInterfaceData) {
    const gap: GapDraft = {
      message: `no ${profile.displayName} network interface data: the ${profile.forwarding?.switchName ?? 'forwarding setting'} of ${bare.length} node(s) (${nodeList(bare)}) cannot be verified`,
      remediation: { text: addDump(profile, 'interfaces') },
    };
    yield { gap, nodes: bare };
  }
  // A source that said why a setting or a machine's interfaces are unknown (a value Terraform knows only after apply,
  // a VM whose VMware Tools is not running) has said it better.
  const explained = new Set(snapshot.gaps.flatMap((gap) => (gap.resource ? [gap.resource] : [])));
  for (const view of topology.views) {
    if (view.node.planned || view.join !== 'joined') continue;
    const machine = view.instance?.id ?? view.instanceKey;
    if (view.interfaces.length === 0 && !noInterfaceData && !(machine && explained.has(machine))) {
      const gap: GapDraft = {
        node: view.node.name,
        resource: machine,
        message: `no network interface of ${machine} carries node ${view.node.name}'s IP ${view.ips.join(', ')}: forwarding cannot be verified`,
        remediation: { text: addDump(profile, 'interfaces') },
        origin: view.node.origin,
      };
      yield { gap, nodes: [view] };
    }
    for (const iface of view.interfaces) {
      if (iface.forwarding !== undefined || !profile.forwarding || explained.has(iface.id)) continue;
      const gap: GapDraft = {
        node: view.node.name,
        resource: iface.id,
        message: `the ${profile.forwarding.switchName} setting of ${iface.name} is not in the data (trimmed query?)`,
        remediation: { text: addDump(profile, 'interfaces') },
        origin: iface.origin,
      };
      yield { gap, nodes: [view] };
    }
  }
}

/** An inventory's `forwarding:` that the cloud's interface data contradicts: the interfaces win, and a note says so. */
function declaredForwardingNote(
  view: NodeView,
  interfaces: readonly NetworkInterface[],
  switchName: string,
): FindingDraft | undefined {
  const declared = view.node.forwarding;
  if (declared === undefined || view.node.planned) return undefined;
  const contrary = interfaces.find((iface) => iface.forwarding !== undefined && iface.forwarding !== declared);
  if (!contrary) return undefined;
  const says = (allowed: boolean) => (allowed ? 'allows forwarding' : 'does not allow forwarding');
  return {
    node: view.node.name,
    resource: contrary.id,
    key: 'declared',
    severity: 'note',
    message: `the inventory says node ${view.node.name} ${says(declared)}; the cloud's data says ${contrary.name} ${says(contrary.forwarding!)} (${switchName}): the cloud's data is used`,
    remediation: { text: `Correct or remove \`forwarding:\` of ${view.node.name} in the inventory.` },
    origin: view.node.origin,
  };
}

/** The rule's findings about one node: the inventory's `forwarding: false`, the note, each interface blocking. */
function* nodeFindings(view: NodeView, { profile, snapshot }: RuleContext): Iterable<FindingDraft> {
  const forwarding = profile.forwarding;
  const interfaces = interfacesOf(view, snapshot);
  if (interfaces.length === 0 && view.node.forwarding === false) {
    yield {
      node: view.node.name,
      message: `node ${view.node.name} does not allow IP forwarding (declared by the inventory): pod traffic to and from it is dropped`,
      remediation: forwarding?.enable(view, undefined) ?? {
        text: "Allow forwarding of foreign addresses on the node's network port (hypervisor or switch security policy).",
      },
      origin: view.node.origin,
    };
  }
  if (!forwarding) return;
  const note = declaredForwardingNote(view, interfaces, forwarding.switchName);
  if (note) yield note;
  for (const iface of interfaces) {
    if (iface.forwarding !== false) continue;
    const carried = iface.ips.filter((ip) => view.ips.includes(ip)).join(', ');
    const whose = carried
      ? `carries ${view.node.os === 'windows' ? 'Windows ' : ''}node ${view.node.name}'s IP ${carried}`
      : `of planned ${view.node.os === 'windows' ? 'Windows ' : ''}node ${view.node.name}`;
    yield {
      node: view.node.name,
      resource: iface.id,
      // A state machines only start in (a launch template's) may still be changed at boot: a warning.
      severity: iface.forwardingCaveat ? 'warning' : undefined,
      message: iface.forwardingCaveat
        ? `${forwarding.blockedState} on ${iface.name} (${whose}): ${iface.forwardingCaveat}: the cloud would drop pod traffic to and from those nodes`
        : `${forwarding.blockedState} on ${iface.name} (${whose}): the cloud drops pod traffic to and from this node`,
      remediation: iface.remediation ?? forwarding.enable(view, iface),
      origin: iface.origin,
    };
  }
}

/** A gap of the rule with the nodes whose forwarding it leaves unverified (one gap may name many). */
export interface ForwardingGap {
  readonly gap: GapDraft;
  readonly nodes: readonly NodeView[];
}

function* forwardingGaps(context: RuleContext): Iterable<ForwardingGap> {
  yield* uncheckedClouds(context);
  yield* unjoined(context);
  yield* refusedJoins(context);
  yield* interfaceGaps(context);
}

/** What the rule says of each node's forwarding, by node name: the findings that drop its traffic, its gaps. */
export interface ForwardingVerdicts {
  /** The rule's findings that drop the node's pod traffic (the inventory's or interfaces' setting; not notes). */
  readonly blocked: ReadonlyMap<string, readonly FindingDraft[]>;
  /** The gaps that leave the node's forwarding unverified, for nodes with no finding. */
  readonly unverified: ReadonlyMap<string, readonly GapDraft[]>;
}

function push<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

/** A setting the node's source said it could not know (interfaceGaps leaves those to the source's own gap). */
function sourceGap(view: NodeView, { profile, snapshot }: RuleContext): GapDraft | undefined {
  if (!profile.forwarding || view.node.planned || view.join !== 'joined') return undefined;
  const unknown = [
    ...(view.interfaces.length === 0 ? [view.instance?.id ?? view.instanceKey] : []),
    ...view.interfaces.filter((iface) => iface.forwarding === undefined).map((iface) => iface.id),
  ];
  const said = snapshot.gaps.find((gap) => gap.resource !== undefined && unknown.includes(gap.resource));
  return (
    said && {
      node: view.node.name,
      resource: said.resource,
      message: said.message,
      remediation: { text: 'Complete the input data.' },
    }
  );
}

/** The rule's own findings and gaps, per node, for the path checks: a hop drops exactly where the rule reports. */
export function forwardingVerdicts(context: RuleContext): ForwardingVerdicts {
  const blocked = new Map<string, FindingDraft[]>();
  for (const view of context.topology.views)
    for (const draft of nodeFindings(view, context)) if (draft.key !== 'declared') push(blocked, view.node.name, draft);
  const unverified = new Map<string, GapDraft[]>();
  for (const { gap, nodes } of forwardingGaps(context))
    for (const view of nodes) if (!blocked.has(view.node.name)) push(unverified, view.node.name, gap);
  for (const view of context.topology.views) {
    const said = sourceGap(view, context);
    if (said && !blocked.has(view.node.name) && !unverified.has(view.node.name)) push(unverified, view.node.name, said);
  }
  return { blocked, unverified };
}

export const forwardingDisabled: Rule = {
  meta: {
    id: 'forwarding-disabled',
    title: "A node's cloud anti-spoofing check is still on",
    severity: 'error',
    docsUrl: 'docs/rules.md#forwarding-disabled',
    description:
      'host-gw sends pod traffic to the node that owns the pod CIDR with the pod addresses as source and destination. ' +
      'Clouds drop such packets unless the interface may forward traffic that is not its own: AWS source/destination check ' +
      '(per ENI), GCE canIpForward, Azure NIC IP forwarding. This applies to Linux and Windows nodes alike.',
    remediation:
      'Turn the check off on every interface that carries the node IP: AWS modify-network-interface-attribute --no-source-dest-check, ' +
      'GCE canIpForward=true (and in the instance template), Azure az network nic update --ip-forwarding true.',
    docs: {
      summary: 'anti-spoofing check still on for a node',
      providers: ['aws', 'gce', 'azure'],
      checks: [
        'host-gw sends pod traffic with pod addresses as source and destination. Clouds drop such packets unless the interface may forward traffic that is not its own. On AWS the source/destination check is a property of each ENI: the instance attribute only mirrors the primary ENI, so the rule checks every ENI that carries the node IP.',
        "A node whose providerID names a cloud this tool does not check (`openstack://`, `hcloud://`, `digitalocean://`, `equinixmetal://`, `linode://`, `oci://`, …, or any unknown scheme) is checked only as bare metal: one `check-incomplete` finding names those nodes, their cloud and what is not verified there (on OpenStack, port security and allowed-address-pairs). `k3s://`, `rke2://` and `kind://` name no cloud: such nodes are joined to the cloud data by their InternalIP, so that cloud's checks apply; without cloud data they are bare metal.",
        "An inventory's `forwarding:` of a node counts only where the cloud's interface data has no setting: where that data says otherwise it is used, and a note names both.",
      ],
      needs: [
        'The nodes: `kubectl get nodes -o json` (or `-o yaml`), a native inventory, or live mode.',
        "The cloud's instance and interface data: AWS `aws ec2 describe-instances` and `aws ec2 describe-network-interfaces` (authoritative for the per-ENI check), GCE `gcloud compute instances list`, Azure `az network nic list`; or live mode. A node missing from them, or an interface whose setting is not in the data, is a `check-incomplete` finding.",
      ],
      remediation: [
        'AWS `aws ec2 modify-network-interface-attribute --network-interface-id eni-… --no-source-dest-check`; GCE: set `canIpForward: true` (`gcloud compute instances export` / `update-from-file`; the VM restarts) and in the instance template of its managed instance group; Azure `az network nic update --ids … --ip-forwarding true`.',
        'Autoscaled AWS nodes come up with the check on (a launch template cannot turn it off): disable it at boot or from a lifecycle hook.',
      ],
      fix: [
        'AWS: `ModifyNetworkInterfaceAttribute` SourceDestCheck=false on each ENI carrying the node IP (`ModifyInstanceAttribute` only when the ENI is unknown).',
        "GCE: `instances.get` then `instances.update` with `canIpForward: true` and the current fingerprint, which stops and starts the VM. A VM with a local SSD refuses it (recreate it with `--can-ip-forward`); a VM running as a service account also needs `roles/iam.serviceAccountUser` on that account. The plan says when a managed instance group's template still has it off.",
        "Azure: NIC update with IP forwarding on; an Azure Policy denial is reported with the policy assignment's name.",
      ],
    },
  },
  *check(context) {
    for (const view of context.topology.views) yield* nodeFindings(view, context);
  },
  *gaps(context) {
    for (const { gap } of forwardingGaps(context)) yield gap;
  },
};
