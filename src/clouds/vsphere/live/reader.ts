import pLimit from 'p-limit';
import { UserError } from '../../../errors.js';
import type { Gap } from '../../../model/snapshot.js';
import type { CloudReader } from '../../../sources/live/types.js';
import { VcenterHttpError, VcenterSession, vcenterTarget } from './client.js';
import { asList, chunks, CONCURRENCY, isObj, NAMES_PER_LIST, query, vmsByName, vmsByUuid } from './find-vms.js';
import { govcVm, type VcenterVm } from './govc-shape.js';

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
      const byName = await vmsByName(session, nodes);
      const unnamed = nodes.filter((node) => !byName.has(node.name));
      const byUuid = unnamed.length > 0 ? await vmsByUuid(session, unnamed, new Set(byName.values())) : undefined;
      const gaps: Gap[] = byUuid?.gaps ?? [];
      const ids = new Set([...byName.values(), ...(byUuid?.found.values() ?? [])]);
      const limit = pLimit(CONCURRENCY);
      const read = await Promise.all([...ids].map((id) => limit(() => readVm(session, id))));
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
