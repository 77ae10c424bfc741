import { canonicalIp } from '../../../model/cidr.js';
import type { FormatReader } from '../../../sources/format.js';
import type { Path, ReadContext } from '../../../sources/context.js';
import { awsInstanceKey } from '../../../model/instance-key.js';
import { itemPath, keyedItems } from '../../../sources/envelopes.js';
import { isRecord, record, records, str, type Json } from '../../../sources/values.js';
import { forwardingFromSourceDestCheck, groupIds, readEni } from './interfaces.js';

function tag(instance: Json, key: string): string | undefined {
  return str(records(instance.Tags).find((t) => t.Key === key)?.Value);
}

function readInstance(instance: Json, path: Path, context: ReadContext): void {
  const id = str(instance.InstanceId);
  if (!id) context.fail(path, 'instance without InstanceId');
  // Terminated instances linger in listings for an hour and may share an IP with their replacement.
  if (record(instance.State).Name === 'terminated') return;
  const key = awsInstanceKey(id);
  context.builder.addInstance({
    key,
    provider: 'aws',
    id,
    name: tag(instance, 'Name'),
    tags: records(instance.Tags).flatMap((t) => (typeof t.Key === 'string' ? [t.Key] : [])),
    managedBy: tag(instance, 'aws:autoscaling:groupName'),
    origin: context.origin(path),
  });
  const enis = records(instance.NetworkInterfaces);
  enis.forEach((eni, i) =>
    context.builder.addInterface(readEni(eni, [...path, 'NetworkInterfaces', i], context, id), false),
  );
  if (enis.length === 0 && instance.PrivateIpAddress !== undefined) {
    // A trimmed query (--query) can drop the ENI list; the instance attribute then stands for the primary ENI.
    context.builder.addInterface(
      {
        id: `${id}/primary`,
        name: `primary interface of ${id}`,
        provider: 'aws',
        instanceKey: key,
        ips: [
          canonicalIp(instance.PrivateIpAddress) ??
            context.ip(instance.PrivateIpAddress, [...path, 'PrivateIpAddress'], `${id}: PrivateIpAddress`),
        ],
        subnetId: str(instance.SubnetId),
        networkId: str(instance.VpcId),
        forwarding: forwardingFromSourceDestCheck(instance.SourceDestCheck),
        securityGroupIds: groupIds(instance.SecurityGroups),
        origin: context.origin([...path, 'SourceDestCheck']),
      },
      false,
    );
  }
}

const isReservation = (item: Json) => typeof item.ReservationId === 'string' && Array.isArray(item.Instances);
const isInstance = (item: Json) => typeof item.InstanceId === 'string' && item.NetworkInterfaceId === undefined;

/**
 * `describe-instances` pages, and what `--query` makes of them: reservations (`Reservations`, `Reservations[0]`,
 * which is also what `run-instances` prints) or instances (`Reservations[].Instances[]`, `Reservations[0].Instances[0]`).
 */
export const awsDescribeInstances: FormatReader = {
  id: 'aws-describe-instances',
  producedBy: 'aws ec2 describe-instances --output json',
  matches: (value) =>
    keyedItems(value, 'Reservations', isReservation) !== undefined ||
    keyedItems(value, undefined, isInstance) !== undefined,
  read(value: unknown, context: ReadContext) {
    let count = 0;
    const reservations = keyedItems(value, 'Reservations', isReservation);
    if (reservations) {
      reservations.items.forEach((reservation, r) => {
        const path = itemPath(reservations, r);
        records(record(reservation).Instances).forEach((instance, i) => {
          readInstance(instance, [...path, 'Instances', i], context);
          count++;
        });
      });
    } else {
      const instances = keyedItems(value, undefined, isInstance)!;
      instances.items.forEach((instance, i) => {
        if (!isRecord(instance)) context.fail(itemPath(instances, i), 'instance is not an object');
        readInstance(instance, itemPath(instances, i), context);
        count++;
      });
    }
    context.builder.markPresent('instances');
    return count;
  },
};
