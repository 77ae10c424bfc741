import type { ResourceMappers } from '../../../sources/terraform/cloud.js';
import { instanceMapper } from './instances.js';
import { networkInterfaceMapper } from './network-interfaces.js';
import { subnetMapper, vpcMapper } from './networks.js';
import { autoscalingGroupMapper, launchTemplateMapper } from './pools.js';

/**
 * AWS resources, in mapping order: instances claim the ENIs of their network_interface blocks before the ENIs map,
 * auto scaling groups their launch templates before the templates map.
 */
export const awsMappers: ResourceMappers = {
  aws_vpc: vpcMapper,
  aws_subnet: subnetMapper,
  aws_instance: instanceMapper,
  aws_network_interface: networkInterfaceMapper,
  aws_autoscaling_group: autoscalingGroupMapper,
  aws_launch_template: launchTemplateMapper,
};
