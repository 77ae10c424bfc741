import { awsDescribeInstances } from '../clouds/aws/dumps/describe-instances.js';
import { awsDescribeNetworkAcls } from '../clouds/aws/dumps/describe-network-acls.js';
import { awsDescribeNetworkInterfaces } from '../clouds/aws/dumps/describe-network-interfaces.js';
import { awsDescribeSecurityGroups } from '../clouds/aws/dumps/describe-security-groups.js';
import { awsDescribeSubnets } from '../clouds/aws/dumps/describe-subnets.js';
import { awsDescribeVpcs } from '../clouds/aws/dumps/describe-vpcs.js';
import { awsDescribeConfigRules } from '../clouds/aws/dumps/config-rules.js';
import { azPolicyAssignments } from '../clouds/azure/dumps/policy-assignments.js';
import { gcloudOrgPolicy } from '../clouds/gce/dumps/org-policy.js';
import { azNics } from '../clouds/azure/dumps/nics.js';
import { azNsgs } from '../clouds/azure/dumps/nsgs.js';
import { azRouteTables } from '../clouds/azure/dumps/route-tables.js';
import { azSubnets } from '../clouds/azure/dumps/subnets.js';
import { azVms, azVmssVms } from '../clouds/azure/dumps/vms.js';
import { azVnets } from '../clouds/azure/dumps/vnets.js';
import type { FormatReader } from './format.js';
import { gcloudFirewallRules } from '../clouds/gce/dumps/firewall-rules.js';
import { gcloudInstances } from '../clouds/gce/dumps/instances.js';
import { gcloudRoutes } from '../clouds/gce/dumps/routes.js';
import { gcloudSubnetworks } from '../clouds/gce/dumps/subnetworks.js';
import { inventory } from './inventory/inventory.js';
import { flannelConfigMap } from './kubernetes/flannel-configmap.js';
import { kubectlList } from './kubernetes/list.js';
import { kubectlNodes } from './kubernetes/nodes.js';
import { rkeCluster } from './kubernetes/rke-cluster.js';
import { terraformShowJson } from './terraform/reader.js';

/** Every input format the file mode understands; the first whose `matches` accepts a document reads it. */
export const FORMAT_READERS: readonly FormatReader[] = [
  kubectlList,
  kubectlNodes,
  flannelConfigMap,
  rkeCluster,
  inventory,
  awsDescribeInstances,
  awsDescribeNetworkInterfaces,
  awsDescribeSubnets,
  awsDescribeVpcs,
  gcloudInstances,
  gcloudRoutes,
  gcloudSubnetworks,
  azNics,
  azRouteTables,
  azSubnets,
  azVnets,
  azVms,
  azVmssVms,
  terraformShowJson,
  awsDescribeSecurityGroups,
  awsDescribeNetworkAcls,
  gcloudFirewallRules,
  azNsgs,
  azPolicyAssignments,
  gcloudOrgPolicy,
  awsDescribeConfigRules,
];
