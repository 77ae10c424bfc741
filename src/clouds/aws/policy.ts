import type { PolicyConstraint, PolicyDenial } from '../../model/policy.js';
import type { Remediation } from '../../model/remediation.js';
import type { DeniedStep } from '../shared/policy/denial.js';
import { AWS_ENI_SOURCE_DEST_CHECK_RULE, type AwsConfigRule } from '../../model/policy.js';
import type { NodeView, Topology } from '../../model/topology.js';
import type { FindingDraft } from '../../model/finding.js';
import { named } from '../../model/names/index.js';
import { joinShell, shell, withCommand } from '../../model/shell.js';
import { awsRegionFlag } from '../shared/names.js';

/** AWS Config: the managed rule that flags every host-gw node ENI as non-compliant. */
export function* awsConfigRules(
  rules: readonly AwsConfigRule[],
  views: readonly NodeView[],
  topology: Topology,
): Iterable<FindingDraft> {
  // Every ENI of a node's instance: secondary ENIs forward pod traffic too and have the check off as well.
  const instances = new Set(views.flatMap((view) => (view.instanceKey ? [view.instanceKey] : [])));
  const nodeEnis = topology.snapshot.interfaces.filter(
    (iface) => iface.instanceKey !== undefined && instances.has(iface.instanceKey),
  );
  const enis = [
    ...new Set(
      [...views.flatMap((view) => view.interfaces), ...nodeEnis]
        .filter((iface) => iface.provider === 'aws' && iface.id.startsWith('eni-'))
        .map((iface) => iface.id),
    ),
  ].sort();
  for (const rule of rules) {
    if (rule.blocks !== 'forwarding' || !rule.active) continue;
    const securityHub = rule.createdBy === 'securityhub.amazonaws.com';
    // A resource key is one word; an ENI id is validated, so it needs no quotes inside it.
    const keys =
      enis.length > 0
        ? joinShell(
            enis.map((eni) => shell`ResourceType=AWS::EC2::NetworkInterface,ResourceId=${named('aws-eni', eni)}`),
            ' ',
          )
        : shell`'ResourceType=AWS::EC2::NetworkInterface,ResourceId=<node-eni-id>'`;
    yield {
      resource: rule.ruleName,
      severity: 'note',
      message:
        `AWS Config rule ${rule.ruleName} (managed rule ${AWS_ENI_SOURCE_DEST_CHECK_RULE}${securityHub ? ', a Security Hub control' : ''}) is active: it reports every ENI ` +
        `with the source/destination check off as NON_COMPLIANT, so ${enis.length > 0 ? `the ${enis.length} node ENI${enis.length === 1 ? '' : 's'}` : "the nodes' ENIs"} ` +
        'show as non-compliant. For host-gw nodes this is expected, not a fault: the check must stay off' +
        (rule.scopeTag
          ? `; the rule only evaluates resources tagged ${rule.scopeTag.key}${rule.scopeTag.value ? `=${rule.scopeTag.value}` : ''}`
          : ''),
      remediation: withCommand(
        {
          text:
            'Record the node ENIs as an accepted exception: a remediation exception keeps automatic remediation (which would turn the check back on and cut the ' +
            "nodes' pod traffic) away from them; to stop evaluating them at all, scope the rule (Scope.TagKey) to the ENIs that must keep the check" +
            (securityHub
              ? ", or suppress the control's findings for the node ENIs in Security Hub (workflow status SUPPRESSED)"
              : '') +
            '.',
        },
        shell`aws configservice put-remediation-exceptions --config-rule-name ${named('aws-config-rule', rule.ruleName)} --resource-keys ${keys} --message ${'flannel host-gw node: source/destination check off by design'}${awsRegionFlag(rule.region)}`,
      ),
      origin: rule.origin,
    };
  }
}

/** AWS Config rules with automatic remediation that turn the nodes' source/destination check back on. */
export function* awsPolicyFindings(
  constraints: readonly PolicyConstraint[],
  views: readonly NodeView[],
  topology: Topology,
): Iterable<FindingDraft> {
  const rules = constraints.filter((policy): policy is AwsConfigRule => policy.kind === 'aws-config-rule');
  if (rules.length > 0) yield* awsConfigRules(rules, views, topology);
}

/** Apply time: a service control policy refused a change; only the organisation's administrators can lift it. */
export function awsDenialRemediation(_denial: PolicyDenial, step: DeniedStep): Remediation {
  return {
    text:
      `An explicit deny in a service control policy refused ${step.api ?? 'the change'}: ask the organisation's administrators to exempt the role that ` +
      'applies fixes (a condition on aws:PrincipalArn) or the node ENIs (a condition on a resource tag). Find the SCP from the management account:',
    command: 'aws organizations list-policies-for-target --target-id <account-id> --filter SERVICE_CONTROL_POLICY',
  };
}
