import { awsRegionOf } from '../sources/provider-id.js';
import { sh } from './names.js';
import type { ProviderProfile } from './types.js';
import { awsFirewall } from './firewall/aws.js';

function regionFlag(region: string | undefined): string {
  return region ? ` --region ${sh(region)}` : '';
}

export const aws: ProviderProfile = {
  id: 'aws',
  displayName: 'AWS',
  firewall: awsFirewall,
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
        return {
          text: `Turn off the source/destination check on ENI ${iface.id}.`,
          command: `aws ec2 modify-network-interface-attribute --network-interface-id ${sh(iface.id)} --no-source-dest-check${regionFlag(region)}`,
          fix: { actions: [{ kind: 'aws-eni-source-dest-check', eniId: iface.id, region }], scope: 'node', api: 'ec2:ModifyNetworkInterfaceAttribute' },
        };
      }
      const instanceId = view.instance?.id ?? view.instanceKey?.replace(/^aws:/, '');
      return {
        text: `Turn off the source/destination check of instance ${instanceId ?? `of node ${view.node.name}`}.`,
        command: `aws ec2 modify-instance-attribute --instance-id ${sh(instanceId ?? '<instance-id>')} --no-source-dest-check${regionFlag(region)}`,
        fix: instanceId ? { actions: [{ kind: 'aws-instance-source-dest-check', instanceId, region }], scope: 'node', api: 'ec2:ModifyInstanceAttribute' } : undefined,
      };
    },
  },
};
