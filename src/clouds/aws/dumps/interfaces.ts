import { canonicalIp } from '../../../model/cidr.js';
import type { NetworkInterface } from '../../../model/snapshot.js';
import { isAbsent, type Path, type ReadContext } from '../../../sources/context.js';
import { awsInstanceKey } from '../../../model/instance-key.js';
import { bool, record, records, str, type Json } from '../../../sources/values.js';

/** SourceDestCheck true means the check is on, i.e. forwarding is off. */
export function forwardingFromSourceDestCheck(value: unknown): boolean | undefined {
  const check = bool(value);
  return check === undefined ? undefined : !check;
}

/** Security group ids of an ENI's `Groups` (or an instance's `SecurityGroups`); undefined when the listing has none. */
export function groupIds(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return records(value).flatMap((group) => (str(group.GroupId) ? [str(group.GroupId)!] : []));
}

/** The same ENI shape appears in describe-instances (embedded) and describe-network-interfaces. */
export function readEni(eni: Json, path: Path, context: ReadContext, instanceId: string | undefined): NetworkInterface {
  const id = str(eni.NetworkInterfaceId);
  if (!id) context.fail(path, 'network interface without NetworkInterfaceId');
  const ips = new Set<string>();
  const primary = isAbsent(eni.PrivateIpAddress)
    ? undefined
    : (canonicalIp(eni.PrivateIpAddress) ??
      context.ip(eni.PrivateIpAddress, [...path, 'PrivateIpAddress'], `${id}: PrivateIpAddress`));
  if (primary) ips.add(primary);
  records(eni.PrivateIpAddresses).forEach((entry, i) => {
    const value = entry.PrivateIpAddress;
    const ip = isAbsent(value)
      ? undefined
      : (canonicalIp(value) ??
        context.ip(value, [...path, 'PrivateIpAddresses', i, 'PrivateIpAddress'], `${id}: PrivateIpAddress`));
    if (ip) ips.add(ip);
  });
  records(eni.Ipv6Addresses).forEach((entry, i) => {
    const value = entry.Ipv6Address;
    const ip = isAbsent(value)
      ? undefined
      : (canonicalIp(value) ?? context.ip(value, [...path, 'Ipv6Addresses', i, 'Ipv6Address'], `${id}: Ipv6Address`));
    if (ip) ips.add(ip);
  });
  const attachedTo = instanceId ?? str(record(eni.Attachment).InstanceId);
  return {
    id,
    name: id,
    provider: 'aws',
    instanceKey: attachedTo ? awsInstanceKey(attachedTo) : undefined,
    ips: [...ips],
    subnetId: str(eni.SubnetId),
    networkId: str(eni.VpcId),
    forwarding: forwardingFromSourceDestCheck(eni.SourceDestCheck),
    securityGroupIds: groupIds(eni.Groups),
    origin: context.origin(path),
  };
}
