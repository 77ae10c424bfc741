import type { ReadContext } from '../../../sources/context.js';
import type { FormatReader } from '../../../sources/format.js';
import { isRecord, list, record } from '../../../sources/values.js';
import { readEni } from './interfaces.js';

export const awsDescribeNetworkInterfaces: FormatReader = {
  id: 'aws-describe-network-interfaces',
  producedBy: 'aws ec2 describe-network-interfaces --output json',
  matches: (value) => isRecord(value) && Array.isArray(value.NetworkInterfaces) && value.Reservations === undefined,
  read(value: unknown, context: ReadContext) {
    const enis = list(record(value).NetworkInterfaces);
    enis.forEach((eni, i) => {
      if (!isRecord(eni)) context.fail(['NetworkInterfaces', i], 'network interface is not an object');
      context.builder.addInterface(readEni(eni, ['NetworkInterfaces', i], context, undefined), true);
    });
    context.builder.markPresent('interfaces');
    return enis.length;
  },
};
