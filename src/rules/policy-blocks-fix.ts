import type { NodeView, Topology } from '../model/topology.js';
import { instanceProvider } from '../model/instance-key.js';
import { PROVIDERS, type Provider } from '../model/provider.js';
import { profileFor } from '../clouds/index.js';
import type { Rule } from './types.js';

function cloudViews(topology: Topology, provider: Provider): NodeView[] {
  return topology.views.filter(
    (view) =>
      !view.node.planned &&
      (instanceProvider(view.instanceKey) === provider || view.interfaces.some((iface) => iface.provider === provider)),
  );
}

export const policyBlocksFix: Rule = {
  meta: {
    id: 'policy-blocks-fix',
    title: 'A policy forbids, or flags, the fix host-gw needs',
    severity: 'error',
    docsUrl: 'docs/rules.md#policy-blocks-fix',
    reportsApplyDenials: true,
    description:
      'Every host-gw node needs its cloud anti-spoofing check off. Azure Policy ("Network interfaces should disable IP forwarding"), the GCP ' +
      'organisation policy constraints/compute.vmCanIpForward and AWS service control policies can refuse that change: the fix fails at apply ' +
      "time and nodes created later come up without forwarding. AWS Config's ec2-enis-source-destination-check-enabled refuses nothing but " +
      'reports every host-gw node ENI as non-compliant.',
    remediation:
      "Exempt the cluster's nodes rather than the whole scope: an Azure policy exemption on the nodes' resource group, an allowed value (or a tag " +
      "condition) for the node instances in the project's compute.vmCanIpForward policy, an SCP exception for the role that applies fixes, and an " +
      'AWS Config remediation exception (or rule scope) for the node ENIs.',
    docs: {
      summary:
        'an Azure Policy, GCP organisation policy or SCP refuses the forwarding fix; AWS Config flags host-gw nodes',
      providers: ['aws', 'gce', 'azure'],
      severityNote: 'warning when every node forwards today, note when the inputs cannot settle it and for AWS Config',
      checks: [
        'Every host-gw node needs its anti-spoofing check off, and governance can forbid exactly that: the fix then fails at apply time with an error few people can read, and nodes created later (scale-out, upgrades) come up unable to forward. The rule reads the policies among the inputs (or read live) and names the one in the way:',
        "- **Azure**: an assignment of the built-in policy *Network interfaces should disable IP forwarding* (`88c0b9da-ce96-4b03-9635-f29a937e2900`, effect deny) whose scope covers the nodes' NICs (`notScopes`, `enforcementMode: DoNotEnforce` and an `effect` parameter are honoured; a management-group assignment in the subscription's listing covers it all). An error when a node needs the forwarding fix now, a warning when every node forwards today (any update of their NICs, and every new node, is still refused). Initiative (policy set) assignments cannot be expanded from the listing: a note names them, with the command that shows whether they hold the policy.\n- **GCP**: the project's effective `constraints/compute.vmCanIpForward` policy does not allow a node's instance (allowed and denied values, `under:projects/…`, allow or deny all; gcloud's v2 and v1 dumps). Error or warning as above; a note when the answer depends on folders, organisations or tag conditions a dump cannot resolve.\n- **AWS**: service control policies cannot be read from any dump. The AWS Config managed rule `ec2-enis-source-destination-check-enabled` (`EC2_ENIS_SOURCE_DESTINATION_CHECK_ENABLED`) refuses nothing, but reports every host-gw node ENI as NON_COMPLIANT: a note says that this is expected and how to record it.",
        "When `--fix apply` is refused anyway (`RequestDisallowedByPolicy`, 412 `conditionNotMet` naming a constraint, an SCP's explicit deny), the report after the apply carries a `policy-blocks-fix` error for that node, naming the policy or assignment from the cloud's error.",
      ],
      needs: [
        'The nodes: `kubectl get nodes -o json` (or `-o yaml`), a native inventory, or live mode.',
        'The policies: `az policy assignment list --disable-scope-strict-match -o json`; `gcloud org-policies describe compute.vmCanIpForward --effective --project P --format=json` (or `gcloud resource-manager org-policies describe …`); `aws configservice describe-config-rules --output json`; or live mode.',
      ],
      remediation: [
        "Azure `az policy exemption create --name hostgw-ip-forwarding --policy-assignment ASSIGNMENT_ID --exemption-category Waiver --scope /subscriptions/S/resourceGroups/NODE_RG`; GCP: allow the node instances (or `under:projects/P`, or a rule with a condition on a tag the node instances carry) in the project's policy, `gcloud org-policies set-policy vmCanIpForward.yaml` (the finding writes the file, keeping what is allowed today); SCP: an exception for the role that applies fixes; AWS Config `aws configservice put-remediation-exceptions --config-rule-name NAME --resource-keys ResourceType=AWS::EC2::NetworkInterface,ResourceId=ENI …` (automatic remediation would turn the check back on), or a rule scope that leaves the node ENIs out.",
      ],
      fix: [
        "Manual: an exemption is a person's decision; the plan carries the finding's commands and apply leaves the policy alone.",
      ],
    },
  },
  *check({ snapshot, topology }) {
    const constraints = snapshot.policies ?? [];
    if (constraints.length === 0) return;
    for (const provider of PROVIDERS) {
      const { policies } = profileFor(provider);
      if (policies) yield* policies(constraints, cloudViews(topology, provider), topology);
    }
  },
};
