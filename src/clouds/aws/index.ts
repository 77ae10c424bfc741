import type { Cloud } from '../types.js';
import { awsTerraform } from './terraform/index.js';
import { awsDescribeConfigRules } from './dumps/config-rules.js';
import { awsDescribeInstances } from './dumps/describe-instances.js';
import { awsDescribeNetworkAcls } from './dumps/describe-network-acls.js';
import { awsDescribeNetworkInterfaces } from './dumps/describe-network-interfaces.js';
import { awsDescribeSecurityGroups } from './dumps/describe-security-groups.js';
import { awsDescribeSubnets } from './dumps/describe-subnets.js';
import { awsDescribeVpcs } from './dumps/describe-vpcs.js';
import { awsDenialRemediation } from './policy.js';
import { aws } from './profile.js';

export const awsCloud: Cloud = {
  profile: aws,
  readers: {
    network: [awsDescribeInstances, awsDescribeNetworkInterfaces, awsDescribeSubnets, awsDescribeVpcs],
    firewall: [awsDescribeSecurityGroups, awsDescribeNetworkAcls],
    policy: [awsDescribeConfigRules],
  },
  terraform: awsTerraform,
  live: async () => (await import('./live/reader.js')).awsReader,
  applier: async () => (await import('./apply.js')).awsApplier,
  denials: {
    unnamed: { provider: 'aws', kind: 'aws-scp', name: 'a service control policy' },
    remediation: awsDenialRemediation,
  },
};
