import type { Provider } from '../../model/provider.js';
import type { DataKind, Network, RouteTable, Subnet } from '../../model/snapshot.js';
import type { Mapping } from './mapping.js';
import type { TfInterface, TfMachine, TfRoute } from './model.js';
import type { ResourceInstance } from './plan.js';

/**
 * What a cloud contributes to the Terraform reader: a mapper per resource type. The core reads the plan, maps each
 * resource with its type's mapper, collects the results per document (map.ts), and joins them with the other
 * inputs once all are read (join.ts).
 */

/** What one resource maps to; the mapper reports what cannot be verified through `Mapping.gap`. */
export interface MappedResource {
  readonly machine?: TfMachine;
  /**
   * An interface that is a resource of its own (an ENI, a NIC): of the machine of the plan at address `machine`,
   * or else of the machine `instanceKey` names (one the plan does not declare).
   */
  readonly attached?: { readonly iface: TfInterface; readonly machine?: string; readonly instanceKey: string };
  readonly network?: Network;
  readonly subnet?: Subnet;
  readonly table?: RouteTable;
  readonly routes?: readonly TfRoute[];
  readonly association?: { readonly tableId: string; readonly subnetId: string };
  /**
   * Resources this one takes over: an instance's ENIs, a VM's NICs, a group's template. Their own mappers, which run
   * later, ask `Mapping.claimant` who took them; the first claim wins.
   */
  readonly claims?: readonly ResourceInstance[];
  /** Kinds of data the resource declares even when nothing checkable came of it (a route known only after apply). */
  readonly present?: readonly DataKind[];
}

export interface ResourceMapper {
  /** Data sources of the type too: they describe existing objects (a VPC, a subnet, a route table). */
  readonly data?: boolean;
  map(resource: ResourceInstance, m: Mapping): MappedResource;
}

/**
 * Resource types to their mappers, in the order they map: a mapper may ask for claims of mappers before it. One
 * mapper shared by several types maps their resources together, in the plan's order.
 */
export type ResourceMappers = Readonly<Record<string, ResourceMapper>>;

export interface TerraformCloud {
  readonly provider: Provider;
  /** Loaded with the first Terraform document: runs without one never load the mappers. */
  load(): Promise<ResourceMappers>;
}

export interface LoadedCloud {
  readonly provider: Provider;
  readonly mappers: ResourceMappers;
}
