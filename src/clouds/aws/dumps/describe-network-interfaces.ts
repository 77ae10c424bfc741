import type { ReadContext } from '../../../sources/context.js';
import { itemPath, keyedItems, type ItemGroup } from '../../../sources/envelopes.js';
import type { FormatReader } from '../../../sources/format.js';
import { isRecord, type Json } from '../../../sources/values.js';
import { readEni } from './interfaces.js';

const isEni = (item: Json) => typeof item.NetworkInterfaceId === 'string';

/** The page, or one ENI (`--query 'NetworkInterfaces[0]'`); an instance's own `NetworkInterfaces` are not a page. */
function enis(value: unknown): ItemGroup | undefined {
  if (isRecord(value) && (value.Reservations !== undefined || value.InstanceId !== undefined)) return undefined;
  return keyedItems(value, 'NetworkInterfaces', isEni);
}

export const awsDescribeNetworkInterfaces: FormatReader = {
  id: 'aws-describe-network-interfaces',
  producedBy: 'aws ec2 describe-network-interfaces --output json',
  matches: (value) => enis(value) !== undefined,
  read(value: unknown, context: ReadContext) {
    const group = enis(value)!;
    group.items.forEach((eni, i) => {
      const path = itemPath(group, i);
      if (!isRecord(eni)) context.fail(path, 'network interface is not an object');
      context.builder.addInterface(readEni(eni, path, context, undefined), true);
    });
    context.builder.markPresent('interfaces');
    return group.items.length;
  },
};
