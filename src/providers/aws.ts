import type { ProviderProfile } from './types.js';
import { sh } from './names.js';

export const aws: ProviderProfile = {
  id: 'aws',
  displayName: 'AWS',
  dumps: {
    instances: 'the output of `aws ec2 describe-instances --output json`',
    interfaces: 'the output of `aws ec2 describe-network-interfaces --output json`',
    subnets: 'the output of `aws ec2 describe-subnets --output json`',
  },
  forwarding: {
    switchName: 'source/destination check',
    blockedState: 'the source/destination check is on',
    enable(view, iface) {
      // The instance attribute only reaches the primary ENI; every ENI carrying the node IP needs its own call.
      if (iface && !iface.id.endsWith('/primary')) {
        return {
          text: `Turn off the source/destination check on ENI ${iface.id}.`,
          command: `aws ec2 modify-network-interface-attribute --network-interface-id ${sh(iface.id)} --no-source-dest-check`,
        };
      }
      const instanceId = view.instance?.id ?? view.instanceKey?.replace(/^aws:/, '') ?? '<instance-id>';
      return {
        text: `Turn off the source/destination check of instance ${instanceId}.`,
        command: `aws ec2 modify-instance-attribute --instance-id ${sh(instanceId)} --no-source-dest-check`,
      };
    },
  },
};
