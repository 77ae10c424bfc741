import pLimit from 'p-limit';
import { UserError } from '../../../errors.js';
import type { Gap } from '../../../model/snapshot.js';
import type { CloudReader, LiveNode } from '../../../sources/live/types.js';
import { VcenterHttpError, VcenterSession, vcenterTarget } from './client.js';
import { govcVm, type VcenterVm } from './govc-shape.js';

/** `GET /api/vcenter/vm` has no paging and refuses more than 1,000 results: the node names go in batches. */
const NAMES_PER_LIST = 100;
const CONCURRENCY = 4;

type Obj = Record<string, unknown>;
const isObj = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

const query = (name: string, values: readonly string[]) =>
  values.map((value) => `${name}=${encodeURIComponent(value)}`).join('&');

/** The VM ids whose names are the nodes' names (the vSphere cloud provider names VMs and nodes alike). */
async function listVms(session: VcenterSession, nodes: readonly LiveNode[]): Promise<Map<string, string>> {
  const byName = new Map<string, string>();
  for (const batch of chunks(
    nodes.map((node) => node.name),
    NAMES_PER_LIST,
  )) {
    const listed = await session.get(`/api/vcenter/vm?${query('names', batch)}`, 'listing the node VMs');
    for (const vm of asList(listed))
      if (isObj(vm) && typeof vm.vm === 'string' && typeof vm.name === 'string') byName.set(vm.name, vm.vm);
  }
  return byName;
}

/** A VM's identity and NICs, whether VMware Tools runs, and the guest's interfaces when it does. */
async function readVm(session: VcenterSession, id: string): Promise<Omit<VcenterVm, 'networks'> | undefined> {
  const path = `/api/vcenter/vm/${encodeURIComponent(id)}`;
  const info = await session.get(path, `reading VM ${id}`);
  if (!isObj(info)) return undefined;
  const tools = await session.get(`${path}/tools`, `reading the VMware Tools state of VM ${id}`);
  const runState = isObj(tools) && typeof tools.run_state === 'string' ? tools.run_state : undefined;
  const interfaces =
    runState === 'NOT_RUNNING'
      ? undefined
      : await session.get(`${path}/guest/networking/interfaces`, `reading the guest interfaces of VM ${id}`);
  return { id, info, runState, interfaces: Array.isArray(interfaces) ? interfaces : undefined };
}

/** Network (port group) names by id, for the networks the VMs' NICs are backed by. */
async function networkNames(session: VcenterSession, vms: readonly Omit<VcenterVm, 'networks'>[]) {
  const ids = new Set<string>();
  for (const vm of vms)
    for (const nic of Object.values(isObj(vm.info.nics) ? vm.info.nics : {}))
      if (isObj(nic) && isObj(nic.backing) && typeof nic.backing.network === 'string') ids.add(nic.backing.network);
  const names = new Map<string, string>();
  for (const batch of chunks([...ids], NAMES_PER_LIST)) {
    const listed = await session.get(`/api/vcenter/network?${query('networks', batch)}`, 'listing networks');
    for (const network of asList(listed))
      if (isObj(network) && typeof network.network === 'string' && typeof network.name === 'string')
        names.set(network.network, network.name);
  }
  return names;
}

/** A refused read is missing data (check-incomplete), never a pass. */
function deniedGap(error: unknown): Gap | undefined {
  if (!(error instanceof VcenterHttpError) || error.status !== 403) return undefined;
  return { message: `${error.message}: the account needs the Read-only role on the node VMs and their networks` };
}

/** Any other failure ends the run in one line, not a stack trace. */
function rethrow(error: unknown, origin: string): never {
  if (error instanceof VcenterHttpError) throw new UserError(`vCenter ${origin}: ${error.message}`);
  const code = (error as NodeJS.ErrnoException)?.code;
  if (typeof code === 'string') throw new UserError(`vCenter ${origin} could not be reached (${code})`);
  throw error;
}

/**
 * Reads the node VMs through the vCenter Automation REST API into the shape of `govc vm.info -json` (camelCase),
 * so file mode reads it with the govc reader and --save-snapshot writes a file govc users recognise.
 */
export const vsphereReader: CloudReader = {
  async read(nodes, options, budget) {
    const target = vcenterTarget(options.vsphereServer, process.env);
    const session = await VcenterSession.open(target, budget).catch((error: unknown) => rethrow(error, target.origin));
    try {
      const ids = await listVms(session, nodes);
      const gaps: Gap[] = nodes
        .filter((node) => !ids.has(node.name))
        .map((node) => ({ message: `node ${node.name}: vCenter has no VM of that name`, node: node.name }));
      const limit = pLimit(CONCURRENCY);
      const read = await Promise.all([...ids.values()].map((id) => limit(() => readVm(session, id))));
      const vms = read.filter((vm) => vm !== undefined);
      const networks = await networkNames(session, vms);
      options.log(`read ${vms.length} VMs from vCenter`);
      const virtualMachines = vms.map((vm) => govcVm({ ...vm, networks }));
      return { dumps: [{ name: 'govc-vm-info.json', value: { virtualMachines }, kinds: ['instances'] }], gaps };
    } catch (error) {
      const gap = deniedGap(error);
      if (!gap) rethrow(error, target.origin);
      return { dumps: [], gaps: [gap] };
    } finally {
      await session.close();
    }
  },
};
