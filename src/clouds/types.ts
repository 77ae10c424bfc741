import type { Cidr } from '../model/cidr.js';
import type { Provider } from '../model/provider.js';
import type { DataKind, NetworkInterface, Route } from '../model/snapshot.js';
import type { NodeView, Topology } from '../model/topology.js';
import type { Remediation } from '../model/remediation.js';
import type { FirewallProfile } from './shared/firewall/types.js';
import type { PolicyConstraint, PolicyDenial } from '../model/policy.js';
import type { FindingDraft } from '../model/finding.js';
import type { FormatReader } from '../sources/format.js';
import type { TerraformCloud } from '../sources/terraform/cloud.js';
import type { CloudReader } from '../sources/live/types.js';
import type { Applier } from './shared/applier.js';
import type { DeniedStep } from './shared/policy/denial.js';

/**
 * The routes one group of nodes sees: nodes in the same GCE network with the same relevant tags, or in Azure
 * subnets sharing one route table. Route analysis runs once per scope, not once per node pair.
 */
export interface RouteScope {
  readonly key: string;
  /** "network k8s-net, tags [linux-pool]" / "subnet nodes-b (route table k8s-pod-routes)" */
  readonly label: string;
  readonly members: readonly NodeView[];
  readonly routes: readonly Route[];
  /** GCE: the network and the route tags the members carry. */
  readonly network?: string;
  readonly tags?: readonly string[];
  /** Azure: the members' subnets and the route table associated with them. */
  readonly subnetIds?: readonly string[];
  readonly tableId?: string;
}

export interface ProviderProfile {
  readonly id: Provider;
  readonly displayName: string;
  /** What to add for each kind of data this provider's checks need ("the output of `aws ec2 …`"), for hints. */
  readonly dumps: Partial<Record<DataKind, string>>;
  /** The cloud's name for its anti-spoofing switch and how to turn it off; absent where there is none (vSphere, bare metal). */
  readonly forwarding?: {
    readonly switchName: string;
    /** How the data reads when forwarding is blocked: "the source/destination check is on". */
    readonly blockedState: string;
    enable(view: NodeView, iface: NetworkInterface | undefined): Remediation;
  };
  /**
   * Present on routed (layer-3) clouds, GCE and Azure, which need a route per pod CIDR. Absent on layer-2
   * providers (AWS, vSphere, bare metal), where the nodes must share a subnet instead.
   */
  readonly routing?: RoutingProfile;
  /** What the provider calls a node's layer-2 segment and how to move a node into one; absent: a subnet. */
  readonly segment?: SegmentWording;
  /** What places a node in the cloud's network for routes and firewalls; absent: the subnet of its interface. */
  readonly placement?: Placement;
  /** The findings of this cloud's policies that forbid the fixes (policy-blocks-fix), about the given nodes. */
  policies?(
    constraints: readonly PolicyConstraint[],
    views: readonly NodeView[],
    topology: Topology,
  ): Iterable<FindingDraft>;
  /** How the cloud firewall treats forwarded pod traffic, and how to open it (pod-traffic-blocked). */
  readonly firewall?: FirewallProfile;
}

/**
 * GCE ties routes and firewall rules to the instance's network (routes are network-wide): `network`, named by the
 * instance list. Elsewhere the interface's subnet decides (Azure route tables, AWS subnets and NACLs).
 */
export interface Placement {
  readonly noun: 'network' | 'subnet';
  /** The dump that names it, for the hint when it is unknown. */
  readonly dump: DataKind;
}

/** A node's placement on a provider: its profile's, else the subnet named by the interface listing. */
export function placementOf(profile: ProviderProfile): Placement {
  return profile.placement ?? { noun: 'subnet', dump: 'interfaces' };
}

export interface SegmentWording {
  /** "port group": names the segment in messages. */
  readonly noun: string;
  /** The sentence telling how to move `node` into the segment `id`. */
  move(node: string, id: string): string;
}

export interface RoutingProfile {
  /** The route-count ceiling that matters, and whether it is a hard limit or an adjustable quota. */
  readonly limit: { readonly count: number; readonly per: 'route table' | 'project'; readonly hard: boolean };
  scopes(topology: Topology): RouteScope[];
  /** `cluster` (--cluster-name) goes into the names of new routes where the cloud's names are per project (GCE). */
  createRoute(view: NodeView, cidr: Cidr, scope: RouteScope | undefined, cluster?: string): Remediation;
  repointRoute(route: Route, view: NodeView, cidr: Cidr, cluster?: string): Remediation;
  deleteRoute(route: Route): Remediation;
  /** Why a correct route to `target` does not reach a scope's nodes, and how to make it. */
  explainNotApplied(
    route: Route,
    scope: RouteScope,
    target: NodeView,
    cluster?: string,
  ): Remediation & { readonly why: string };
}

/** Dump readers of one cloud, by role: the registry orders all clouds' readers role by role. */
export interface CloudReaders {
  /** Machines, interfaces, routes, subnets and networks. */
  readonly network: readonly FormatReader[];
  /** Firewalls: security groups, network ACLs, firewall rules, NSGs. */
  readonly firewall: readonly FormatReader[];
  /** Policies that can forbid the fixes. */
  readonly policy: readonly FormatReader[];
}

/** What the cloud says when it refused a fix by policy, and the way out it offers. */
export interface CloudDenials {
  /** The cloud's kind of policy, when the error did not name one. */
  readonly unnamed: PolicyDenial;
  remediation(denial: PolicyDenial, step: DeniedStep): Remediation;
}

/**
 * Everything the tool knows about one cloud. The live reader and the applier load lazily, and with them the cloud's
 * SDK: a run reads only its own cloud.
 */
export interface Cloud {
  readonly profile: ProviderProfile;
  readonly readers: CloudReaders;
  /** The mappers of this cloud's resources in Terraform plans and state. */
  readonly terraform?: TerraformCloud;
  readonly live?: () => Promise<CloudReader>;
  readonly applier?: () => Promise<Applier>;
  readonly denials?: CloudDenials;
}
