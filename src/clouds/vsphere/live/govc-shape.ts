/**
 * vCenter REST answers turned into one VM of `govc vm.info -json` (camelCase, govc 0.35+): the live reader's dump
 * then goes through the govc reader, and --save-snapshot writes what `govc vm.info -json` would have printed.
 * Response shapes (vSphere Automation API 7.0+): `GET /api/vcenter/vm/{vm}` has `identity: {name, bios_uuid,
 * instance_uuid}` and `nics: {"4000": {mac_address, backing: {type, network}}}`; `.../tools` has `run_state`
 * (RUNNING, NOT_RUNNING, EXECUTING_SCRIPTS); `.../guest/networking/interfaces` lists `{mac_address, nic,
 * ip: {ip_addresses: [{ip_address, prefix_length, origin, state}]}}`, `nic` absent on guest-only interfaces.
 */

type Obj = Record<string, unknown>;
const isObj = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** What the live reader gathered about one VM. */
export interface VcenterVm {
  /** The managed object id, "vm-1021". */
  readonly id: string;
  /** `GET /api/vcenter/vm/{vm}`. */
  readonly info: Obj;
  readonly runState?: string;
  /** `GET /api/vcenter/vm/{vm}/guest/networking/interfaces`; undefined when not read. */
  readonly interfaces?: readonly unknown[];
  /** Network names by id ("dvportgroup-2041" → "k8s-nodes"). */
  readonly networks: ReadonlyMap<string, string>;
}

const TOOLS_STATUS: Record<string, string> = {
  RUNNING: 'guestToolsRunning',
  EXECUTING_SCRIPTS: 'guestToolsExecutingScripts',
  NOT_RUNNING: 'guestToolsNotRunning',
};

/** One guest interface as a `guest.net` entry; `network` only for a virtual NIC (not the guest's bridges). */
function guestNic(entry: unknown, vm: VcenterVm): Obj {
  const nicKey = isObj(entry) ? text(entry.nic) : undefined;
  const nic = nicKey && isObj(vm.info.nics) ? vm.info.nics[nicKey] : undefined;
  const networkId = isObj(nic) && isObj(nic.backing) ? text(nic.backing.network) : undefined;
  const network = networkId ? (vm.networks.get(networkId) ?? networkId) : undefined;
  const addresses = asList(isObj(entry) && isObj(entry.ip) ? entry.ip.ip_addresses : undefined).filter(isObj);
  return {
    ...(network ? { network } : {}),
    ipAddress: addresses.map((address) => address.ip_address),
    macAddress: isObj(entry) ? entry.mac_address : undefined,
    connected: true,
    deviceConfigId: nicKey ? Number(nicKey) : -1,
    ipConfig: {
      ipAddress: addresses.map((address) => ({
        ipAddress: address.ip_address,
        prefixLength: address.prefix_length,
        state: text(address.state)?.toLowerCase(),
      })),
    },
  };
}

export function govcVm(vm: VcenterVm): Obj {
  const identity = isObj(vm.info.identity) ? vm.info.identity : {};
  const name = text(vm.info.name) ?? text(identity.name);
  const toolsRunningStatus = vm.runState ? TOOLS_STATUS[vm.runState] : undefined;
  return {
    self: { type: 'VirtualMachine', value: vm.id },
    name,
    config: { name, uuid: identity.bios_uuid, instanceUuid: identity.instance_uuid },
    guest: {
      ...(toolsRunningStatus ? { toolsRunningStatus } : {}),
      ...(vm.interfaces ? { net: vm.interfaces.map((entry) => guestNic(entry, vm)) } : {}),
    },
  };
}
