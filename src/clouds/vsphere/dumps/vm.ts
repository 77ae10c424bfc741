import { canonicalIp, parseCidr, type Cidr } from '../../../model/cidr.js';
import { swappedUuid, vsphereInstanceKey } from '../../../model/instance-key.js';
import type { Origin } from '../../../model/origin.js';
import type { Node } from '../../../model/snapshot.js';
import type { Join } from '../../../sources/builder.js';
import type { Path, ReadContext } from '../../../sources/context.js';
import { isRecord, list, num, str } from '../../../sources/values.js';

/**
 * A field in any of the casings govc has printed: PascalCase (Go field names) up to 0.30, camelCase JSON tags on
 * the vim25 types from 0.31 and on govc's own types from 0.32, with stragglers fixed in 0.35.
 */
export function field(object: unknown, camel: string): { value: unknown; key: string } {
  if (!isRecord(object)) return { value: undefined, key: camel };
  if (object[camel] !== undefined) return { value: object[camel], key: camel };
  const pascal = camel[0]!.toUpperCase() + camel.slice(1);
  return { value: object[pascal], key: pascal };
}

/**
 * A vim25 array in a property value, with the keys that lead to it: a plain array, `{_typeName, _value}` (0.31+)
 * or `{GuestNicInfo: [...]}` (the Go type's field name, before 0.31).
 */
export function vimArray(value: unknown, element: string): { items: readonly unknown[]; path: Path } {
  if (Array.isArray(value)) return { items: value, path: [] };
  const key = isRecord(value) && value._value !== undefined ? '_value' : element;
  return { items: list(isRecord(value) ? value[key] : undefined), path: [key] };
}

export interface GuestNic {
  /** The port group or network the NIC is attached to. */
  readonly network?: string;
  readonly ips: readonly string[];
  /** The NIC's prefixes from guest info (IpConfig), as network blocks. */
  readonly cidrs: readonly Cidr[];
  readonly path: Path;
}

/** One VM as either govc command prints it, read into what the join needs. */
export interface GovcVm {
  readonly moref?: string;
  readonly name?: string;
  readonly uuid: string;
  /** False when VMware Tools is not running (guest.net is then missing or stale); undefined when not collected. */
  readonly toolsRunning?: boolean;
  readonly nics?: readonly GuestNic[];
  readonly origin: Origin;
}

const isLinkLocal = (ip: string) => ip.startsWith('fe80:') || ip.startsWith('169.254.');

/** The NICs of `guest.net`; entries with no vSphere network (the guest's bridges, flannel.1, cni0) are left out. */
export function readGuestNics(nics: readonly unknown[], path: Path): GuestNic[] {
  return nics.flatMap((nic, i): GuestNic[] => {
    const network = str(field(nic, 'network').value);
    const ipConfig = field(nic, 'ipConfig').value;
    const configured = list(field(ipConfig, 'ipAddress').value).flatMap((entry) => {
      const ip = canonicalIp(field(entry, 'ipAddress').value);
      const prefix = num(field(entry, 'prefixLength').value);
      return ip && !isLinkLocal(ip)
        ? [{ ip, cidr: prefix === undefined ? undefined : parseCidr(`${ip}/${prefix}`) }]
        : [];
    });
    const listed = list(field(nic, 'ipAddress').value).flatMap((ip) => canonicalIp(ip) ?? []);
    const ips = [...new Set([...configured.map((entry) => entry.ip), ...listed.filter((ip) => !isLinkLocal(ip))])];
    if (!network || ips.length === 0) return [];
    const cidrs = configured.flatMap((entry) => (entry.cidr ? [entry.cidr] : []));
    return [{ network, ips, cidrs, path: [...path, i] }];
  });
}

/** `guest.toolsRunningStatus`: guestToolsRunning, guestToolsExecutingScripts (running too) or guestToolsNotRunning. */
export function toolsRunning(status: unknown): boolean | undefined {
  return typeof status === 'string' ? status !== 'guestToolsNotRunning' : undefined;
}

/** The key a VM's node spells: the providerID may carry the UUID in the other byte order. */
function keyOf(uuid: string, nodeKeys: ReadonlySet<string>): string {
  const swapped = swappedUuid(uuid);
  const other = swapped ? vsphereInstanceKey(swapped) : undefined;
  return other && nodeKeys.has(other) && !nodeKeys.has(vsphereInstanceKey(uuid)) ? other : vsphereInstanceKey(uuid);
}

function nodeOf(vm: GovcVm, key: string, nodes: readonly Node[]): Node | undefined {
  return (
    nodes.find((node) => node.instanceKey === key) ??
    nodes.find((node) => vm.nics?.some((nic) => nic.ips.some((ip) => node.internalIps.includes(ip))))
  );
}

/**
 * Runs once all inputs are read, because which byte order a VM's UUID is matched in depends on the nodes'
 * providerIDs. A VM's NICs become interfaces, and each NIC's port group a subnet holding that NIC's prefixes.
 */
export const govcJoin: Join<GovcVm> = (vms, nodes, _options, builder) => {
  const nodeKeys = new Set(nodes.flatMap((node) => (node.instanceKey ? [node.instanceKey] : [])));
  for (const vm of vms) {
    const key = keyOf(vm.uuid, nodeKeys);
    const name = vm.name ?? vm.moref ?? vm.uuid;
    builder.addInstance({ key, provider: 'vsphere', id: vm.uuid, name: vm.name, tags: [], origin: vm.origin });
    if (vm.toolsRunning === false || !vm.nics || vm.nics.length === 0) {
      const node = nodeOf(vm, key, nodes);
      builder.addGap({
        message: `VM ${name}${node ? ` (node ${node.name})` : ''}: VMware Tools is not running, so vSphere reports no guest network information: its port group and IP prefix are unknown`,
        node: node?.name,
        // The instance id, which tells the forwarding rule this machine's missing interfaces are explained.
        resource: vm.uuid,
        origin: vm.origin,
      });
      continue;
    }
    vm.nics.forEach((nic, i) => {
      const origin = { ...vm.origin, path: nic.path };
      builder.addInterface(
        {
          id: `${key}/nic${i}`,
          name: `${name} NIC on ${nic.network}`,
          provider: 'vsphere',
          instanceKey: key,
          ips: nic.ips,
          subnetId: nic.network,
          origin,
        },
        true,
      );
      builder.addSubnet({ id: nic.network!, cidrs: nic.cidrs, origin });
    });
  }
};

/** Collects one VM for the join; a VM without a UUID is an input error. */
export function collectVm(vm: Omit<GovcVm, 'uuid'> & { uuid?: string }, path: Path, context: ReadContext): void {
  if (!vm.uuid) context.fail(path, `VM ${vm.name ?? vm.moref ?? `#${String(path.at(-1))}`} has no config.uuid`);
  context.builder.collect(govcJoin, { ...vm, uuid: vm.uuid.toLowerCase() } as GovcVm);
}
