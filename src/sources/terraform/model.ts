import type { Origin } from '../../model/origin.js';
import type { Provider } from '../../model/provider.js';
import type { DataKind, NextHop, Os, Network, Route, RouteTable, Subnet } from '../../model/snapshot.js';

/**
 * What the cloud mappers read out of one plan or state, before it is joined with the other inputs. Machines are
 * not turned into snapshot objects right away: whether a machine is an existing Kubernetes node (enriching it) or a
 * planned one, and so which instance key it gets, is only known once every input has been read (join.ts).
 */

export interface TfInterface {
  /** The resource address (with a suffix for a second interface of one resource): what findings name. */
  readonly id: string;
  readonly name: string;
  readonly ips: readonly string[];
  readonly subnetId?: string;
  readonly forwarding?: boolean;
  readonly caveat?: string;
  readonly remediation?: { readonly text: string; readonly command?: string };
  readonly origin: Origin;
}

/** A machine Terraform declares (instance, VM, NIC on its own), or a node pool (auto scaling group, instance template, scale set). */
export interface TfMachine {
  readonly address: string;
  readonly provider: Provider;
  /** A pool: the machines it makes do not exist yet and have no address; it never matches a Kubernetes node. */
  readonly pool: boolean;
  /** The machine's instance key when its identity is known (existing machines; GCE: project, zone and name). */
  readonly cloudKey?: string;
  /** The cloud id, for messages (falls back to the address). */
  readonly cloudId?: string;
  /** Names a Kubernetes node of this machine may have (GCE instance name, Azure VM and computer name, AWS private DNS name), lower case. */
  readonly names: readonly string[];
  /** Known addresses after the apply, and before it (a replaced machine keeps its node until it is gone). */
  readonly ips: string[];
  readonly previous: { readonly cloudKey?: string; readonly ips: readonly string[] };
  /** A providerID this machine has, when its full identity is not known (GCE project, Azure subscription). */
  readonly providerIdMatches?: (providerId: string) => boolean;
  /** GCE: the network, and network tags (route scoping). */
  readonly network?: string;
  readonly networkTags: readonly string[];
  /** Tags or labels: for node selection. */
  readonly labels: Readonly<Record<string, string>>;
  readonly os: Os;
  readonly interfaces: TfInterface[];
  /** Where the machines land: the subnet of a machine, the subnets of a pool. */
  readonly subnetIds: readonly string[];
  /** The plan creates (or replaces) the machine: it has no Kubernetes node yet. */
  readonly created: boolean;
  readonly managedBy?: string;
  readonly origin: Origin;
}

export type TfNextHop = NextHop | { readonly kind: 'machine'; readonly address: string; readonly text: string };

export interface TfRoute extends Omit<Route, 'nextHop'> {
  readonly nextHop: TfNextHop;
}

export interface TfGap {
  readonly message: string;
  /** The machine the gap is about: it names the node once nodes are known. */
  readonly machine?: string;
  readonly resource?: string;
  readonly origin?: Origin;
}

export class TfModel {
  readonly machines: TfMachine[] = [];
  /** Interfaces of machines the plan does not declare (an ENI attached to a given instance id, an Azure NIC of another VM). */
  readonly externalInterfaces: {
    readonly provider: Provider;
    readonly iface: TfInterface;
    readonly instanceKey: string;
  }[] = [];
  readonly subnets: Subnet[] = [];
  readonly networks: Network[] = [];
  readonly routes: TfRoute[] = [];
  readonly tables: RouteTable[] = [];
  readonly associations: { readonly tableId: string; readonly subnetId: string }[] = [];
  readonly gaps: TfGap[] = [];
  readonly present = new Set<DataKind>();

  private readonly byAddress = new Map<string, TfMachine>();

  constructor(
    /** The plan or state file, to tell apart machines of the same address in two stacks. */
    readonly file: string,
  ) {}

  addMachine(machine: TfMachine): void {
    this.machines.push(machine);
    if (!this.byAddress.has(machine.address)) this.byAddress.set(machine.address, machine);
  }

  machine(address: string): TfMachine | undefined {
    return this.byAddress.get(address);
  }
}

/** The instance key of a machine only the plan knows (no cloud id yet): unique per plan file and address. */
export function localInstanceKey(file: string, address: string): string {
  return `terraform:${file}:${address}`;
}
