import { awsPolicyFindings } from './policy.js';
import { parseInstanceKey } from '../../model/instance-key.js';
import { named } from '../../model/names/index.js';
import { shell, withCommand } from '../../model/shell.js';
import { awsRegionOf } from './region.js';
import { awsRegionFlag as regionFlag } from '../shared/names.js';
import type { ProviderProfile } from '../types.js';
import { awsFirewall } from './firewall.js';

function awsInstanceId(key: string | undefined): string | undefined {
  const ref = parseInstanceKey(key);
  return ref?.provider === 'aws' ? ref.instanceId : undefined;
}

export const aws: ProviderProfile = {
  id: 'aws',
  displayName: 'AWS',
  firewall: awsFirewall,
  policies: awsPolicyFindings,
  dumps: {
    instances: 'the output of `aws ec2 describe-instances --output json`',
    interfaces: 'the output of `aws ec2 describe-network-interfaces --output json`',
    subnets: 'the output of `aws ec2 describe-subnets --output json`',
  },
  forwarding: {
    switchName: 'source/destination check',
    blockedState: 'the source/destination check is on',
    enable(view, iface) {
      const region = awsRegionOf(view.node.providerId);
      // The instance attribute only reaches the primary ENI; every ENI carrying the node IP needs its own call.
      if (iface && !iface.id.endsWith('/primary')) {
        return withCommand(
          {
            text: `Turn off the source/destination check on ENI ${iface.id}.`,
            fix: {
              actions: [{ kind: 'aws-eni-source-dest-check', eniId: iface.id, region }],
              scope: 'node',
              api: 'ec2:ModifyNetworkInterfaceAttribute',
            },
          },
          shell`aws ec2 modify-network-interface-attribute --network-interface-id ${named('aws-eni', iface.id)} --no-source-dest-check${regionFlag(region)}`,
        );
      }
      const instanceId = view.instance?.id ?? awsInstanceId(view.instanceKey);
      return withCommand(
        {
          text: `Turn off the source/destination check of instance ${instanceId ?? `of node ${view.node.name}`}.`,
          fix: instanceId
            ? {
                actions: [{ kind: 'aws-instance-source-dest-check', instanceId, region }],
                scope: 'node',
                api: 'ec2:ModifyInstanceAttribute',
              }
            : undefined,
        },
        shell`aws ec2 modify-instance-attribute --instance-id ${instanceId ? named('aws-instance', instanceId) : '<instance-id>'} --no-source-dest-check${regionFlag(region)}`,
      );
    },
  },
};
