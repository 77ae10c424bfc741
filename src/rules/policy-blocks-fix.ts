import type { AwsConfigRule, AzurePolicyAssignment, GcpOrgPolicy } from '../model/policy.js';
import type { NodeView, Topology } from '../model/topology.js';
import { awsConfigRules } from '../providers/policy/aws.js';
import { azureInitiatives, azurePolicies } from '../providers/policy/azure.js';
import { gcpPolicies } from '../providers/policy/gce.js';
import type { Rule } from './types.js';


function cloudViews(topology: Topology, prefix: string): NodeView[] {
  return topology.views.filter((view) => !view.node.planned && (view.instanceKey?.startsWith(prefix) || view.interfaces.some((iface) => iface.provider === prefix.slice(0, -1))));
}

export const policyBlocksFix: Rule = {
  meta: {
    id: 'policy-blocks-fix',
    title: 'A policy forbids, or flags, the fix host-gw needs',
    severity: 'error',
    helpAnchor: 'policy-blocks-fix',
    description:
      'Every host-gw node needs its cloud anti-spoofing check off. Azure Policy ("Network interfaces should disable IP forwarding"), the GCP ' +
      'organisation policy constraints/compute.vmCanIpForward and AWS service control policies can refuse that change: the fix fails at apply ' +
      'time and nodes created later come up without forwarding. AWS Config\'s ec2-enis-source-destination-check-enabled refuses nothing but ' +
      'reports every host-gw node ENI as non-compliant.',
    remediation:
      'Exempt the cluster\'s nodes rather than the whole scope: an Azure policy exemption on the nodes\' resource group, an allowed value (or a tag ' +
      'condition) for the node instances in the project\'s compute.vmCanIpForward policy, an SCP exception for the role that applies fixes, and an ' +
      'AWS Config remediation exception (or rule scope) for the node ENIs.',
  },
  *check({ snapshot, topology }) {
    const policies = snapshot.policies ?? [];
    if (policies.length === 0) return;
    const azure = policies.filter((policy): policy is AzurePolicyAssignment => policy.kind === 'azure-policy-assignment');
    const gcp = policies.filter((policy): policy is GcpOrgPolicy => policy.kind === 'gcp-org-policy');
    const aws = policies.filter((policy): policy is AwsConfigRule => policy.kind === 'aws-config-rule');
    if (azure.length > 0) {
      const views = cloudViews(topology, 'azure:');
      yield* azurePolicies(azure, views);
      yield* azureInitiatives(azure, views);
    }
    if (gcp.length > 0) yield* gcpPolicies(gcp, cloudViews(topology, 'gce:'));
    if (aws.length > 0) yield* awsConfigRules(aws, cloudViews(topology, 'aws:'), topology);
  },
};
