import pLimit from 'p-limit';
import { parseProviderId, swappedUuid } from '../../../model/instance-key.js';
import type { Gap } from '../../../model/snapshot.js';
import type { LiveNode } from '../../../sources/live/types.js';
import { VcenterHttpError, type VcenterSession } from './client.js';

/** `GET /api/vcenter/vm` has no paging and refuses more than 1,000 results: the node names go in batches. */
export const NAMES_PER_LIST = 100;
export const CONCURRENCY = 4;

type Obj = Record<string, unknown>;
export const isObj = (value: unknown): value is Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
export const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

export const query = (name: string, values: readonly string[]) =>
  values.map((value) => `${name}=${encodeURIComponent(value)}`).join('&');

/** A node named by its FQDN usually runs in a VM named by the host part. */
const namesOf = (node: LiveNode) => [...new Set([node.name, node.name.split('.')[0]!])];

/** VM ids by node name, for the nodes whose VM carries the node's name (or its host part). */
export async function vmsByName(session: VcenterSession, nodes: readonly LiveNode[]): Promise<Map<string, string>> {
  const idByVmName = new Map<string, string>();
  for (const batch of chunks([...new Set(nodes.flatMap(namesOf))], NAMES_PER_LIST)) {
    const listed = await session.get(`/api/vcenter/vm?${query('names', batch)}`, 'listing the node VMs');
    for (const vm of asList(listed))
      if (isObj(vm) && typeof vm.vm === 'string' && typeof vm.name === 'string') idByVmName.set(vm.name, vm.vm);
  }
  const found = new Map<string, string>();
  for (const node of nodes) {
    const id = namesOf(node)
      .map((name) => idByVmName.get(name))
      .find((vm) => vm !== undefined);
    if (id) found.set(node.name, id);
  }
  return found;
}

/** The BIOS UUIDs of the nodes' providerIDs, in both byte orders (SMBIOS versions differ), to the node name. */
function wantedUuids(nodes: readonly LiveNode[]): Map<string, string> {
  const wanted = new Map<string, string>();
  for (const node of nodes) {
    const ref = parseProviderId(node.providerId ?? '').ref;
    if (ref?.provider !== 'vsphere') continue;
    const uuid = ref.uuid.toLowerCase();
    wanted.set(uuid, node.name);
    const swapped = swappedUuid(uuid);
    if (swapped) wanted.set(swapped, node.name);
  }
  return wanted;
}

/**
 * The VMs of nodes not named like their VM, by the BIOS UUID of their providerID. vCenter cannot filter by UUID,
 * so this lists every VM once and reads candidates until all are found; with more VMs than the list allows, the
 * nodes are reported instead.
 */
export async function vmsByUuid(
  session: VcenterSession,
  nodes: readonly LiveNode[],
  known: ReadonlySet<string>,
): Promise<{ found: Map<string, string>; gaps: Gap[] }> {
  const found = new Map<string, string>();
  const wanted = wantedUuids(nodes);
  const missing = (why: string) =>
    nodes
      .filter((node) => !found.has(node.name))
      .map((node) => ({ message: `node ${node.name}: ${why}`, node: node.name }));
  if (wanted.size === 0) return { found, gaps: missing('vCenter has no VM of that name') };
  let listed: unknown;
  try {
    listed = await session.get('/api/vcenter/vm', 'listing all VMs to find nodes by BIOS UUID');
  } catch (error) {
    if (!(error instanceof VcenterHttpError) || error.status !== 400) throw error;
    return { found, gaps: missing('vCenter has no VM of that name, and too many VMs to search them by BIOS UUID') };
  }
  const candidates = asList(listed).flatMap((vm) =>
    isObj(vm) && typeof vm.vm === 'string' && !known.has(vm.vm) ? [vm.vm] : [],
  );
  const limit = pLimit(CONCURRENCY);
  const seeking = new Set(wanted.values());
  await Promise.all(
    candidates.map((id) =>
      limit(async () => {
        if (found.size === seeking.size) return;
        const info = await session.get(`/api/vcenter/vm/${encodeURIComponent(id)}`, `reading VM ${id}`);
        const uuid = isObj(info) && isObj(info.identity) ? info.identity.bios_uuid : undefined;
        const node = typeof uuid === 'string' ? wanted.get(uuid.toLowerCase()) : undefined;
        if (node) found.set(node, id);
      }),
    ),
  );
  return { found, gaps: missing('vCenter has no VM of that name or of its BIOS UUID') };
}
