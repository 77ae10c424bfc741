import { awsDescribeInstances } from './aws/describe-instances.js';
import { awsDescribeNetworkAcls } from './aws/describe-network-acls.js';
import { awsDescribeNetworkInterfaces } from './aws/describe-network-interfaces.js';
import { awsDescribeSecurityGroups } from './aws/describe-security-groups.js';
import { awsDescribeSubnets } from './aws/describe-subnets.js';
import { awsDescribeVpcs } from './aws/describe-vpcs.js';
import { awsDescribeConfigRules } from './aws/config-rules.js';
import { azPolicyAssignments } from './azure/policy-assignments.js';
import { gcloudOrgPolicy } from './gce/org-policy.js';
import { azNics } from './azure/nics.js';
import { azNsgs } from './azure/nsgs.js';
import { azRouteTables } from './azure/route-tables.js';
import { azSubnets } from './azure/subnets.js';
import { azVms, azVmssVms } from './azure/vms.js';
import { azVnets } from './azure/vnets.js';
import type { FormatReader } from './format.js';
import { gcloudFirewallRules } from './gce/firewall-rules.js';
import { gcloudInstances } from './gce/instances.js';
import { gcloudRoutes } from './gce/routes.js';
import { gcloudSubnetworks } from './gce/subnetworks.js';
import { inventory } from './inventory/inventory.js';
import { flannelConfigMap } from './kubernetes/flannel-configmap.js';
import { kubectlList } from './kubernetes/list.js';
import { kubectlNodes } from './kubernetes/nodes.js';
import { rkeCluster } from './kubernetes/rke-cluster.js';
import { terraformReader } from './terraform/reader.js';
// Until the cloud registry (src/clouds/index.ts) hands the Terraform mappers in, this is the one place that wires them.
import { awsTerraform } from '../clouds/aws/terraform/index.js';
import { azureTerraform } from '../clouds/azure/terraform/index.js';
import { gceTerraform } from '../clouds/gce/terraform/index.js';

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
  terraformReader([awsTerraform, gceTerraform, azureTerraform]),
  awsDescribeSecurityGroups,
  awsDescribeNetworkAcls,
  gcloudFirewallRules,
  azNsgs,
  azPolicyAssignments,
  gcloudOrgPolicy,
  awsDescribeConfigRules,
];
