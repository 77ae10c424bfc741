import type { NameRule } from './rule.js';

/** EC2 ids are a type prefix and 8 (older) or 17 hexadecimal digits. */
function ec2Id(prefix: string, subject: string): NameRule {
  return {
    subject,
    label: `EC2 ${subject} (${prefix}- and 8 to 17 hexadecimal digits)`,
    pattern: new RegExp(`^${prefix}-[0-9a-f]{8,17}$`),
    maxLength: prefix.length + 18,
  };
}

export const AWS_NAMES = {
  'aws-instance': ec2Id('i', 'instance id'),
  'aws-eni': ec2Id('eni', 'network interface id'),
  'aws-security-group': ec2Id('sg', 'security group id'),
  'aws-network-acl': ec2Id('acl', 'network ACL id'),
  'aws-subnet': ec2Id('subnet', 'subnet id'),
  'aws-route-table': ec2Id('rtb', 'route table id'),
  'aws-region': {
    subject: 'region',
    label: 'AWS region',
    pattern: /^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d{1,2}$/,
    maxLength: 32,
  },
  'aws-config-rule': {
    subject: 'AWS Config rule name',
    label: 'AWS Config rule name (letters, digits, - and _)',
    pattern: /^[A-Za-z0-9_-]+$/,
    maxLength: 128,
  },
  'aws-account': { subject: 'account id', label: 'AWS account id (12 digits)', pattern: /^\d{12}$/, maxLength: 12 },
} as const satisfies Record<string, NameRule>;
