import type { Cidr } from './cidr.js';

/**
 * The normalised model every source produces and every rule reads. Nothing in here is specific to the
 * format it came from: sources translate provider fields (SourceDestCheck, canIpForward, enableIPForwarding)
 * into these shapes, and keys are normalised so that joins are plain map look-ups.
 */

export type Provider = 'aws' | 'gce' | 'azure' | 'vsphere' | 'baremetal';
export const PROVIDERS: readonly Provider[] = ['aws', 'gce', 'azure', 'vsphere', 'baremetal'];

export type Os = 'linux' | 'windows' | 'unknown';

/** Where a model object came from: a file and the path of the object inside the parsed document. */
export interface Origin {
  readonly file: string;
  /** Index of the YAML document in a multi-document stream (0 for JSON). */
  readonly doc: number;
  readonly path: readonly (string | number)[];
  /**
   * A known position, for objects whose best location is not in the parsed document itself (a Terraform
   * resource's block in a .tf file rather than its entry in the plan JSON); `file` is then that file.
   */
  readonly line?: number;
  readonly column?: number;
}

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
  /** True when the cloud lets the interface send and receive traffic for addresses it does not own. */
  readonly forwarding?: boolean;
  readonly origin?: Origin;
}

export interface Subnet {
  readonly id: string;
  readonly name?: string;
  readonly cidrs: readonly Cidr[];
  readonly networkId?: string;
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
  /** Gateways, peerings, the local network, "None", internet: never a node. */
  | { readonly kind: 'other'; readonly text: string };

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
  /** Routes the cloud creates itself (subnet routes, default internet route): never stale, never a node's. */
  readonly system: boolean;
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
  readonly origin?: Origin;
}

/** Something a source could not read or resolve; becomes a check-incomplete finding. */
export interface Gap {
  readonly message: string;
  readonly node?: string;
  readonly resource?: string;
  readonly origin?: Origin;
}

export type DataKind = 'nodes' | 'instances' | 'interfaces' | 'subnets' | 'networks' | 'routes' | 'routeTables' | 'flannel';

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
  readonly gaps: readonly Gap[];
  /** Which kinds of data were supplied at all: absent data is a gap, not a pass. */
  readonly present: ReadonlySet<DataKind>;
  readonly sources: readonly SourceFile[];
}
