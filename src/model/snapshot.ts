import type { Cidr } from './cidr.js';
import type { Origin } from './origin.js';
import type { PolicyConstraint } from './policy.js';
import type { Provider } from './provider.js';

/**
 * The normalised model every source produces and every rule reads. Nothing in here is specific to the
 * format it came from: sources translate provider fields (SourceDestCheck, canIpForward, enableIPForwarding)
 * into these shapes, and keys are normalised so that joins are plain map look-ups.
 */

export type Os = 'linux' | 'windows' | 'unknown';

export interface Node {
  readonly name: string;
  readonly os: Os;
  /** InternalIP addresses in canonical text, one per family at most in practice. */
  readonly internalIps: readonly string[];
  readonly podCidrs: readonly Cidr[];
  readonly providerId?: string;
  /** Provider-normalised key of the cloud machine (see sources/provider-id.ts). */
  readonly instanceKey?: string;
  readonly provider?: Provider;
  /** flannel.alpha.coreos.com/backend-type */
  readonly backendType?: string;
  /** flannel.alpha.coreos.com/public-ip: the address flannel uses as next hop for this node. */
  readonly flannelPublicIp?: string;
  /** Set by inventories that describe the node's network directly instead of through cloud dumps. */
  readonly subnetId?: string;
  readonly forwarding?: boolean;
  /**
   * The node is known only from infrastructure code (a Terraform plan or state) that no Kubernetes node matches:
   * a machine still to be created, or one whose node was not given. It has no pod CIDR yet and its addresses may be
   * unknown until apply, so rules that need a pod CIDR skip it, and its interfaces are all of its machine's.
   */
  readonly planned?: boolean;
  readonly origin?: Origin;
}

/** A cloud machine: EC2 instance, GCE instance, Azure VM or VMSS instance. */
export interface Instance {
  readonly key: string;
  readonly provider: Provider;
  readonly id: string;
  readonly name?: string;
  /** GCE network self-link path (projects/p/global/networks/n), used to scope routes. */
  readonly network?: string;
  /** GCE network tags, used to scope routes. */
  readonly tags: readonly string[];
  /** GCE: the e-mails of the instance's service accounts, which firewall rules can target. */
  readonly serviceAccounts?: readonly string[];
  /** Set when the instance is created from a template or scale set (GCE MIG, AWS ASG). */
  readonly managedBy?: string;
  readonly origin?: Origin;
}

/** A network interface: AWS ENI, GCE nic, Azure NIC. Anti-spoofing is a property of the interface. */
export interface NetworkInterface {
  readonly id: string;
  /** Short name for messages: the ENI id, "instance/nic0", the NIC name. */
  readonly name: string;
  readonly provider: Provider;
  readonly instanceKey?: string;
  readonly ips: readonly string[];
  readonly subnetId?: string;
  /**
   * VPC id, GCE network path or VNet id (lower case, as all Azure ids), when the listing names it: a node joined by
   * address must sit in the network of the nodes joined by providerID.
   */
  readonly networkId?: string;
  /** True when the cloud lets the interface send and receive traffic for addresses it does not own. */
  readonly forwarding?: boolean;
  /**
   * Set when `forwarding: false` is only the state machines start in, not a setting they keep: an AWS launch
   * template cannot turn the source/destination check off, but a boot script may. The finding is then a warning,
   * and this sentence says why.
   */
  readonly forwardingCaveat?: string;
  /** How to allow forwarding, when the source knows better than the provider's CLI command (a Terraform attribute to set). */
  readonly remediation?: { readonly text: string; readonly command?: string };
  /**
   * Firewall rule sets attached to the interface: AWS security group ids (the ENI's `Groups`), the Azure NIC's
   * network security group id. Absent when the listing does not say; empty when it says there are none.
   */
  readonly securityGroupIds?: readonly string[];
  readonly origin?: Origin;
}

export interface Subnet {
  readonly id: string;
  readonly name?: string;
  readonly cidrs: readonly Cidr[];
  readonly networkId?: string;
  /** Azure: the network security group associated with the subnet (`networkSecurityGroup.id`). */
  readonly securityGroupIds?: readonly string[];
  readonly origin?: Origin;
}

/** VPC, VNet or GCE network: the address space pod CIDRs must not collide with. */
export interface Network {
  readonly id: string;
  readonly name?: string;
  readonly cidrs: readonly Cidr[];
  readonly origin?: Origin;
}

export type NextHop =
  | { readonly kind: 'instance'; readonly instanceKey: string; readonly text: string }
  | { readonly kind: 'ip'; readonly ip: string; readonly text: string }
  /**
   * Gateways, peerings, the local network, "None", internet: never a node. `type` is the cloud's own name of the
   * next hop (GCE `nextHopPeering`, Azure `VnetLocal`), for the cloud's profile to say what can be done about it.
   */
  | { readonly kind: 'other'; readonly text: string; readonly type?: string };

export interface Route {
  readonly id: string;
  readonly name: string;
  readonly provider: Provider;
  readonly dest: Cidr;
  readonly nextHop: NextHop;
  /** GCE: lower wins among equal prefixes. Azure user-defined routes have none (0). */
  readonly priority: number;
  /** GCE: the network the route belongs to. */
  readonly network?: string;
  /** GCE: the route applies only to instances with one of these tags; empty means all. */
  readonly tags: readonly string[];
  /** Azure: the route table holding the route. */
  readonly tableId?: string;
  /**
   * Routes the cloud creates itself (subnet and peering routes, the default internet route): never stale, never a
   * node's. They still carry traffic, so they compete in matching like any other route.
   */
  readonly system: boolean;
  /**
   * The cloud lets no route of its own take traffic inside this one's range: GCE subnet routes, local and peering,
   * are evaluated before static routes and refuse static routes that match or fit inside them. A pod CIDR such a
   * route covers cannot be given a route; the ranges must stop overlapping.
   */
  readonly exclusive?: boolean;
  readonly origin?: Origin;
}

export interface RouteTable {
  readonly id: string;
  readonly name: string;
  readonly subnetIds: readonly string[];
  readonly origin?: Origin;
}

export interface FlannelConfig {
  readonly network?: Cidr;
  readonly ipv6Network?: Cidr;
  readonly backendType?: string;
  /** "kube-flannel-cfg", "RKE cluster.yml", inventory ... for messages. */
  readonly describedBy: string;
  /**
   * What the nodes run (k3s/RKE2 node args recorded on a node), as opposed to what a configuration file asks for:
   * when they disagree, what runs is what the cluster does.
   */
  readonly running?: boolean;
  /** The defaults the source's tool applied because the file left them out, named in messages ("RKE default"). */
  readonly defaulted?: readonly string[];
  readonly origin?: Origin;
}

/** Something a source could not read or resolve; becomes a check-incomplete finding. */
export interface Gap {
  readonly message: string;
  readonly node?: string;
  readonly resource?: string;
  readonly origin?: Origin;
}

/**
 * A set of firewall rules evaluated together: an AWS security group or network ACL, the firewall rules of a GCE
 * network, an Azure network security group. Sets reach nodes through interfaces (`securityGroupIds`), subnets
 * (NACLs, subnet NSGs) or, on GCE, the network with its target tags and service accounts.
 */
export interface FirewallSet {
  /** sg-…, acl-…, the GCE network path (projects/p/global/networks/n), the NSG id (lower case). */
  readonly id: string;
  readonly name: string;
  readonly provider: Provider;
  readonly kind: 'security-group' | 'network-acl' | 'vpc-firewall' | 'nsg';
  /** VPC id, GCE network path or VNet id, when known. */
  readonly networkId?: string;
  /** Subnets the set applies to, as the set's own listing names them (NACL associations, NSG `subnets`). */
  readonly subnetIds?: readonly string[];
  /** Interfaces the set applies to, as the set's own listing names them (NSG `networkInterfaces`). */
  readonly interfaceIds?: readonly string[];
  readonly origin?: Origin;
}

/**
 * One firewall rule, in packet terms: it matches traffic from `sourceRanges` to `destRanges` on `protocols` and
 * `ports`. References (`sourceRefs`/`destRefs`: security groups, GCE source tags and service accounts, Azure
 * application security groups, prefix lists and service tags) match the addresses of the machines they name, not
 * the pod addresses forwarded through them; only Azure service tags can stand for pod CIDRs (resolved by the
 * provider's firewall profile).
 */
export interface FirewallRule {
  readonly id: string;
  readonly name: string;
  readonly provider: Provider;
  /** The FirewallSet holding the rule. */
  readonly setId: string;
  /** Ingress rules guard the destination's side, egress rules the source's. */
  readonly direction: 'ingress' | 'egress';
  readonly action: 'allow' | 'deny';
  /**
   * Evaluation order, lower first: GCE and NSG priority, NACL rule number. Security group rules are all allows
   * and carry 0. GCE: a deny beats an allow of the same priority.
   */
  readonly priority: number;
  /** 'all', or lower-case protocol names (tcp, udp, icmp, icmpv6, sctp, esp, ah) and numbers for the rest. */
  readonly protocols: 'all' | readonly string[];
  /** Port ranges ("22", "8000-9000", ICMP "type 8") the rule is limited to; empty: every port. */
  readonly ports: readonly string[];
  /** Source addresses; "any" is 0.0.0.0/0 and ::/0. */
  readonly sourceRanges: readonly Cidr[];
  /** Sources named by reference: sg:ID, pl:ID, tag:NAME, sa:EMAIL, asg:ID, service-tag:NAME. */
  readonly sourceRefs: readonly string[];
  /** Destination addresses; absent: any destination the set guards. */
  readonly destRanges?: readonly Cidr[];
  readonly destRefs?: readonly string[];
  /** GCE: tag:NAME / sa:EMAIL the rule applies to; empty: every instance of the network. */
  readonly targets: readonly string[];
  /** Rules the cloud adds by itself (NSG default rules, the NACL catch-all `*`). */
  readonly builtIn?: boolean;
  readonly origin?: Origin;
}

/** An address a node's OS holds, with the prefix of its interface: what the kernel takes as on-link. */
export interface HostAddress {
  readonly ip: string;
  /** The interface's prefix (10.0.1.7/24 gives 10.0.1.0/24). */
  readonly prefix: Cidr;
  readonly interface: string;
}

/** A route of a node's kernel table (`ip route`, Get-NetRoute). */
export interface HostRoute {
  readonly dest: Cidr;
  /** The next hop; absent (or 0.0.0.0 on Windows) for on-link routes. */
  readonly gateway?: string;
  readonly interface?: string;
  readonly prefsrc?: string;
  readonly protocol?: string;
}

/**
 * What a node's own OS reports of its network, matched to the node by content. Either half may be absent: each
 * comes from its own dump.
 */
export interface HostNetwork {
  readonly node: string;
  readonly os: Os;
  readonly addresses?: readonly HostAddress[];
  readonly routes?: readonly HostRoute[];
  readonly addressOrigin?: Origin;
  readonly routeOrigin?: Origin;
}

export type DataKind =
  | 'nodes'
  | 'instances'
  | 'interfaces'
  | 'subnets'
  | 'networks'
  | 'routes'
  | 'routeTables'
  | 'flannel'
  | 'firewalls'
  | 'host-addresses'
  | 'host-routes';

export interface SourceFile {
  readonly file: string;
  readonly format: string;
  readonly items: number;
}

export interface ClusterSnapshot {
  readonly provider: Provider;
  /** How the provider was decided, for the report header. */
  readonly providerReason: string;
  readonly clusterCidrs: readonly Cidr[];
  readonly flannel: readonly FlannelConfig[];
  readonly nodes: readonly Node[];
  readonly instances: readonly Instance[];
  readonly interfaces: readonly NetworkInterface[];
  readonly subnets: readonly Subnet[];
  readonly networks: readonly Network[];
  readonly routes: readonly Route[];
  readonly routeTables: readonly RouteTable[];
  /** Firewall rule sets and their rules; absent or empty when no firewall dump was given (see present 'firewalls'). */
  readonly firewallSets?: readonly FirewallSet[];
  readonly firewallRules?: readonly FirewallRule[];
  /** Azure Policy assignments, GCP organisation policies, AWS Config rules that can forbid or flag a fix. */
  readonly policies?: readonly PolicyConstraint[];
  /** The nodes' own addresses and kernel routes (ip -json, Get-NetIPAddress/Get-NetRoute), by node name. */
  readonly hosts?: ReadonlyMap<string, HostNetwork>;
  readonly gaps: readonly Gap[];
  /** Which kinds of data were supplied at all: absent data is a gap, not a pass. */
  readonly present: ReadonlySet<DataKind>;
  readonly sources: readonly SourceFile[];
}
