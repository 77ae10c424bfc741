import {
  AWS_ENI_SOURCE_DEST_CHECK_RULE, AZURE_NIC_IP_FORWARDING_DEFINITION, AZURE_NIC_IP_FORWARDING_NAME, GCP_VM_CAN_IP_FORWARD,
  type AwsConfigRule, type AzurePolicyAssignment, type GcpOrgPolicy, type PolicyDenial,
} from '../model/policy.js';
import type { Provider } from '../model/snapshot.js';
import type { NodeView, Topology } from '../model/topology.js';
import { lastSegment, segmentAfter, sh } from '../providers/names.js';
import type { FindingDraft, Remediation, Rule } from './types.js';

const SHOWN_NODES = 5;
const EXEMPTION_NAME = 'hostgw-ip-forwarding';
const EXEMPTION_REASON = 'flannel host-gw routes pod traffic through the nodes: their NICs need IP forwarding';

/** "a, b, c, d, e and 3 more": messages stay one line on 1,000-node clusters. */
function listed(names: readonly string[]): string {
  const shown = names.slice(0, SHOWN_NODES).join(', ');
  return names.length > SHOWN_NODES ? `${shown} and ${names.length - SHOWN_NODES} more` : shown;
}

function nodesOf(views: readonly NodeView[]): string {
  return `node${views.length === 1 ? '' : 's'} ${listed(views.map((view) => view.node.name))}`;
}

/** A node whose anti-spoofing check is on now: the forwarding-disabled fix is needed, and would be refused. */
function needsFix(view: NodeView): boolean {
  return view.interfaces.some((iface) => iface.forwarding === false);
}

// ---------------------------------------------------------------------------------------------------------------
// Azure Policy

/** The resource ids a policy assignment is matched against: the node's NICs, else its VM. */
function azureIds(view: NodeView): string[] {
  const nics = view.interfaces.filter((iface) => iface.provider === 'azure').map((iface) => iface.id.toLowerCase());
  if (nics.length > 0) return nics;
  return view.instanceKey?.startsWith('azure:') ? [view.instanceKey.slice('azure:'.length).toLowerCase()] : [];
}

function under(id: string, scope: string): boolean {
  return id === scope || id.startsWith(`${scope}/`);
}

/** Management-group (and tenant) assignments in a subscription's listing apply to all of it. */
function covers(assignment: AzurePolicyAssignment, id: string): boolean {
  const inScope = !assignment.scope.startsWith('/subscriptions/') || under(id, assignment.scope);
  return inScope && !assignment.notScopes.some((excluded) => under(id, excluded));
}

function coveredViews(assignment: AzurePolicyAssignment, views: readonly NodeView[]): NodeView[] {
  return views.filter((view) => azureIds(view).some((id) => covers(assignment, id)));
}

/** "/subscriptions/s/resourceGroups/rg" of a resource id, as the exemption's scope. */
function resourceGroupScope(id: string): string | undefined {
  const match = /^(\/subscriptions\/[^/]+\/resourcegroups\/[^/]+)(\/|$)/i.exec(id);
  return match ? match[1]!.replace(/\/resourcegroups\//i, '/resourceGroups/') : undefined;
}

function exemptionCommand(assignmentId: string | undefined, scope: string | undefined): string {
  return (
    `az policy exemption create --name ${EXEMPTION_NAME} --policy-assignment ${sh(assignmentId ?? '<policy-assignment-id>')} ` +
    `--exemption-category Waiver --scope ${sh(scope ?? '<resource-group-id>')} --description ${sh(EXEMPTION_REASON)}`
  );
}

function azureExemption(assignment: AzurePolicyAssignment, covered: readonly NodeView[]): Remediation {
  const groups = [...new Set(covered.flatMap((view) => azureIds(view).filter((id) => covers(assignment, id)).map((id) => resourceGroupScope(id) ?? id)))].sort();
  return {
    text:
      `Exempt the cluster's NICs from assignment "${assignment.name}": a policy exemption (category Waiver) on the nodes' resource group` +
      `${groups.length === 1 ? '' : 's'}, which needs Microsoft.Authorization/policyExemptions/write there. Alternatively add the group to the ` +
      "assignment's notScopes. Without one, forwarding fixes, NIC updates and new nodes are refused.",
    command: groups.map((group) => exemptionCommand(assignment.id, group)).join('\n'),
  };
}

function* azurePolicies(assignments: readonly AzurePolicyAssignment[], views: readonly NodeView[]): Iterable<FindingDraft> {
  for (const assignment of assignments) {
    if (!assignment.enforced || assignment.initiative || assignment.blocks !== 'forwarding' || assignment.effect !== 'deny') continue;
    const covered = coveredViews(assignment, views);
    if (covered.length === 0) continue;
    const blocked = covered.filter(needsFix);
    const what = `Azure Policy assignment "${assignment.name}" (${AZURE_NIC_IP_FORWARDING_NAME}, effect deny, scope ${assignment.scope})`;
    yield {
      resource: assignment.id,
      severity: blocked.length > 0 ? undefined : 'warning',
      message:
        blocked.length > 0
          ? `${what} refuses to turn IP forwarding on: the forwarding-disabled fix for ${nodesOf(blocked)} fails with RequestDisallowedByPolicy, and host-gw needs forwarding on every node's NIC`
          : `${what} covers the NICs of ${nodesOf(covered)}: they forward today, but every update of those NICs and every new node's NIC with IP forwarding on is refused with RequestDisallowedByPolicy, and host-gw needs forwarding on each`,
      remediation: azureExemption(assignment, covered),
      origin: assignment.origin,
    };
  }
}

function setDefinitionCommand(definitionId: string): string {
  const managementGroup = segmentAfter(definitionId, 'managementGroups');
  const subscription = segmentAfter(definitionId, 'subscriptions');
  const where = managementGroup ? ` --management-group ${sh(managementGroup)}` : subscription ? ` --subscription ${sh(subscription)}` : '';
  const builtIn = lastSegment(AZURE_NIC_IP_FORWARDING_DEFINITION);
  return `az policy set-definition show --name ${sh(lastSegment(definitionId))}${where} --query ${sh(`policyDefinitions[?ends_with(policyDefinitionId, '${builtIn}')]`)}`;
}

/** Initiatives cannot be expanded from the assignment listing: say which ones to look into, and how. */
function* azureInitiatives(assignments: readonly AzurePolicyAssignment[], views: readonly NodeView[]): Iterable<FindingDraft> {
  const relevant = assignments.filter((assignment) => assignment.enforced && assignment.initiative && coveredViews(assignment, views).length > 0);
  if (relevant.length === 0) return;
  const names = relevant.map((assignment) => `"${assignment.name}"`);
  yield {
    key: 'initiatives',
    severity: 'note',
    message:
      `${relevant.length} policy initiative assignment${relevant.length === 1 ? '' : 's'} (${listed(names)}) cover${relevant.length === 1 ? 's' : ''} the nodes' NICs: ` +
      `an initiative's member policies are not in the assignment listing, so it cannot be told offline whether one includes "${AZURE_NIC_IP_FORWARDING_NAME}" ` +
      `(${lastSegment(AZURE_NIC_IP_FORWARDING_DEFINITION)}) with effect deny, which would refuse IP forwarding on the nodes`,
    remediation: {
      text: `Check each initiative for ${lastSegment(AZURE_NIC_IP_FORWARDING_DEFINITION)}; when it is there with effect deny, exempt the nodes' resource group from the assignment (az policy exemption create --policy-definition-reference-ids …).`,
      command: [...new Set(relevant.map((assignment) => setDefinitionCommand(assignment.definitionId)))].join('\n'),
    },
    origin: relevant[0]!.origin,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// GCP organisation policy

interface GceTarget {
  readonly view: NodeView;
  readonly project: string;
  /** "zones/Z/instances/N" */
  readonly rest: string;
}

function gceTarget(view: NodeView): GceTarget | undefined {
  const match = /^gce:([^/]+)\/([^/]+)\/([^/]+)$/.exec(view.instanceKey ?? '');
  return match ? { view, project: match[1]!, rest: `zones/${match[2]!}/instances/${match[3]!}` } : undefined;
}

function instancePath(target: GceTarget): string {
  return `projects/${target.project}/${target.rest}`;
}

type Match = 'yes' | 'no' | 'maybe';

/**
 * Values are instance paths (`projects/P/zones/Z/instances/N`, optionally `is:`) or subtrees (`under:projects/P`,
 * `under:folders/F`, `under:organizations/O`). Which folder or organisation a project sits in is not in any dump.
 */
function valueMatches(raw: string, target: GceTarget, projects: ReadonlySet<string>): Match {
  const value = raw.replace(/^is:/, '');
  if (value.startsWith('under:')) {
    const subtree = value.slice('under:'.length).replace(/\/+$/, '');
    if (/^(folders|organizations)\//.test(subtree)) return 'maybe';
    const match = /^projects\/([^/]+)(\/.*)?$/.exec(subtree);
    if (!match || !projects.has(match[1]!)) return 'no';
    return !match[2] || `/${target.rest}`.startsWith(match[2]) ? 'yes' : 'no';
  }
  const match = /^projects\/([^/]+)\/(zones\/[^/]+\/instances\/[^/]+)$/.exec(value);
  return match && projects.has(match[1]!) && match[2] === target.rest ? 'yes' : 'no';
}

type Verdict = 'allowed' | 'denied' | 'unknown';

/** A list policy's answer for one instance: allowed and denied values merge across rules, and a denial wins. */
function verdict(policy: GcpOrgPolicy, target: GceTarget): Verdict {
  const projects = new Set([target.project, ...(policy.project ? [policy.project] : [])]);
  const unconditional = policy.rules.filter((rule) => !rule.condition);
  const conditional = policy.rules.filter((rule) => rule.condition);
  let allowed = false;
  let maybeAllowed = false;
  let maybeDenied = false;
  let restricted = false;
  let denied = false;
  for (const rule of unconditional) {
    if (rule.denyAll) denied = true;
    if (rule.allowAll) allowed = true;
    for (const value of rule.deniedValues) {
      const match = valueMatches(value, target, projects);
      if (match === 'yes') denied = true;
      else if (match === 'maybe') maybeDenied = true;
    }
    if (rule.allowedValues.length > 0) restricted = true;
    for (const value of rule.allowedValues) {
      const match = valueMatches(value, target, projects);
      if (match === 'yes') allowed = true;
      else if (match === 'maybe') maybeAllowed = true;
    }
  }
  let result: Verdict;
  if (denied) result = 'denied';
  else if (maybeDenied) result = 'unknown';
  else if (allowed) result = 'allowed';
  else if (restricted) result = maybeAllowed ? 'unknown' : 'denied';
  else result = 'allowed';
  // Rules with a tag condition apply to some resources only: they can turn either answer around.
  if (conditional.length > 0 && (result !== 'allowed' || conditional.some((rule) => rule.denyAll || rule.deniedValues.length > 0))) return 'unknown';
  return result;
}

function appliesTo(policy: GcpOrgPolicy, target: GceTarget): boolean {
  // A project number cannot be matched to the providerIDs' project ids offline: the dump is taken to be theirs.
  return !policy.project || /^\d+$/.test(policy.project) || policy.project === target.project;
}

function setPolicyCommand(policy: GcpOrgPolicy | undefined, project: string, allowed: readonly string[]): string {
  const keep = policy ? policy.rules.filter((rule) => !rule.condition).flatMap((rule) => rule.allowedValues) : [];
  const values = [...new Set([...keep, ...allowed])];
  return [
    "cat > vmCanIpForward.yaml <<'EOF'",
    `name: projects/${policy?.project ?? project}/policies/compute.vmCanIpForward`,
    'spec:',
    '  rules:',
    '  - values:',
    '      allowedValues:',
    ...values.map((value) => `      - ${value}`),
    'EOF',
    'gcloud org-policies set-policy vmCanIpForward.yaml',
  ].join('\n');
}

function gcpRemediation(policy: GcpOrgPolicy | undefined, project: string, instances: readonly string[]): Remediation {
  return {
    text:
      `Allow IP forwarding for the node instances in project ${project}'s policy for ${GCP_VM_CAN_IP_FORWARD} (needs roles/orgpolicy.policyAdmin): ` +
      `list them as allowed values (the command keeps the values allowed today), or allow under:projects/${project} for the whole project, ` +
      'or add a rule with a condition on a resource-manager tag the node instances (and their instance template) carry, so nodes created later are allowed too.',
    command: setPolicyCommand(policy, project, instances),
  };
}

function* gcpPolicies(policies: readonly GcpOrgPolicy[], views: readonly NodeView[]): Iterable<FindingDraft> {
  const targets = views.map(gceTarget).filter((target): target is GceTarget => target !== undefined);
  for (const policy of policies) {
    if (policy.blocks !== 'forwarding' || policy.effect !== 'deny') continue;
    const mine = targets.filter((target) => appliesTo(policy, target));
    const denied = mine.filter((target) => verdict(policy, target) === 'denied');
    const unknown = mine.filter((target) => verdict(policy, target) === 'unknown');
    // The policy may name the project by number; the providerIDs name it by id, which reads better.
    const numbered = policy.project !== undefined && /^\d+$/.test(policy.project);
    const project = (numbered ? mine[0]?.project : policy.project) ?? mine[0]?.project ?? policy.project ?? '<project>';
    const what = `the organisation policy ${GCP_VM_CAN_IP_FORWARD} (effective for project ${project}${numbered && project !== policy.project ? `, number ${policy.project}` : ''})`;
    if (denied.length > 0) {
      const blocked = denied.filter((target) => needsFix(target.view));
      yield {
        resource: policy.id,
        severity: blocked.length > 0 ? undefined : 'warning',
        message:
          blocked.length > 0
            ? `${what} does not allow IP forwarding on ${nodesOf(blocked.map((target) => target.view))}: the forwarding-disabled fix (instances.update with canIpForward) fails with 412 conditionNotMet`
            : `${what} does not allow IP forwarding on ${nodesOf(denied.map((target) => target.view))}: they forward today, but a node re-created with canIpForward (an upgrade, a managed instance group scale-out) is refused with 412 conditionNotMet`,
        remediation: gcpRemediation(policy, project, denied.map(instancePath)),
        origin: policy.origin,
      };
    } else if (unknown.length > 0) {
      yield {
        resource: policy.id,
        severity: 'note',
        message: `${what} may not allow IP forwarding on ${nodesOf(unknown.map((target) => target.view))}: it names folders or organisations (under:) or has tag conditions, which the dump cannot resolve`,
        remediation: gcpRemediation(policy, project, unknown.map(instancePath)),
        origin: policy.origin,
      };
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// AWS Config

function* awsConfigRules(rules: readonly AwsConfigRule[], views: readonly NodeView[], topology: Topology): Iterable<FindingDraft> {
  // Every ENI of a node's instance: secondary ENIs forward pod traffic too and have the check off as well.
  const instances = new Set(views.flatMap((view) => (view.instanceKey ? [view.instanceKey] : [])));
  const nodeEnis = topology.snapshot.interfaces.filter((iface) => iface.instanceKey !== undefined && instances.has(iface.instanceKey));
  const enis = [...new Set([...views.flatMap((view) => view.interfaces), ...nodeEnis].filter((iface) => iface.provider === 'aws' && iface.id.startsWith('eni-')).map((iface) => iface.id))].sort();
  for (const rule of rules) {
    if (rule.blocks !== 'forwarding' || !rule.active) continue;
    const securityHub = rule.createdBy === 'securityhub.amazonaws.com';
    const region = rule.region ? ` --region ${rule.region}` : '';
    const keys = (enis.length > 0 ? enis : ['<node-eni-id>']).map((eni) => `ResourceType=AWS::EC2::NetworkInterface,ResourceId=${eni}`).join(' ');
    yield {
      resource: rule.ruleName,
      severity: 'note',
      message:
        `AWS Config rule ${rule.ruleName} (managed rule ${AWS_ENI_SOURCE_DEST_CHECK_RULE}${securityHub ? ', a Security Hub control' : ''}) is active: it reports every ENI ` +
        `with the source/destination check off as NON_COMPLIANT, so ${enis.length > 0 ? `the ${enis.length} node ENI${enis.length === 1 ? '' : 's'}` : 'the nodes\' ENIs'} ` +
        'show as non-compliant. For host-gw nodes this is expected, not a fault: the check must stay off' +
        (rule.scopeTag ? `; the rule only evaluates resources tagged ${rule.scopeTag.key}${rule.scopeTag.value ? `=${rule.scopeTag.value}` : ''}` : ''),
      remediation: {
        text:
          'Record the node ENIs as an accepted exception: a remediation exception keeps automatic remediation (which would turn the check back on and cut the ' +
          'nodes\' pod traffic) away from them; to stop evaluating them at all, scope the rule (Scope.TagKey) to the ENIs that must keep the check' +
          (securityHub ? ', or suppress the control\'s findings for the node ENIs in Security Hub (workflow status SUPPRESSED)' : '') +
          '.',
        command:
          `aws configservice put-remediation-exceptions --config-rule-name ${sh(rule.ruleName)} --resource-keys ${keys} ` +
          `--message ${sh('flannel host-gw node: source/destination check off by design')}${region}`,
      },
      origin: rule.origin,
    };
  }
}

// ---------------------------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------------------------
// Apply time

/** One applied step the cloud refused by policy (FixDenied with reason "policy"). */
export interface DeniedStep {
  readonly node?: string;
  readonly resource?: string;
  readonly api?: string;
  /** The outcome's detail: the cloud's explanation, with the policy named. */
  readonly detail: string;
}

function deniedRemediation(denial: PolicyDenial, step: DeniedStep): Remediation {
  switch (denial.kind) {
    case 'azure-policy-assignment': {
      const scope = step.resource ? (resourceGroupScope(step.resource) ?? step.resource) : undefined;
      return {
        text:
          `Exempt ${step.resource ? `${lastSegment(step.resource)}'s resource group` : 'the nodes\' resource group'} from assignment "${denial.name}"` +
          `${denial.id ? '' : ' (its id is in the policy assignment list: az policy assignment list --disable-scope-strict-match)'}, then apply again.`,
        command: exemptionCommand(denial.id, scope),
      };
    }
    case 'gcp-org-policy': {
      const instance = /^(projects\/([^/]+)\/zones\/[^/]+\/instances\/[^/]+)/.exec(step.resource ?? '');
      const project = denial.project ?? instance?.[2] ?? '<project>';
      if (denial.name === GCP_VM_CAN_IP_FORWARD && instance) {
        const remediation = gcpRemediation(undefined, project, [instance[1]!]);
        return {
          ...remediation,
          text: `${remediation.text} Add the values the project allows today (gcloud org-policies describe compute.vmCanIpForward --effective --project ${project}) before setting it.`,
        };
      }
      return {
        text: `Ask for an exception to ${denial.name} for project ${project} (or for the node instances), then apply again.`,
        command: `gcloud org-policies describe ${sh(denial.name.replace(/^constraints\//, ''))} --effective --project ${sh(project)}`,
      };
    }
    case 'aws-scp':
      return {
        text:
          `An explicit deny in a service control policy refused ${step.api ?? 'the change'}: ask the organisation's administrators to exempt the role that ` +
          'applies fixes (a condition on aws:PrincipalArn) or the node ENIs (a condition on a resource tag). Find the SCP from the management account:',
        command: 'aws organizations list-policies-for-target --target-id <account-id> --filter SERVICE_CONTROL_POLICY',
      };
  }
}

/** When an applier could not tell which policy refused the change: the cloud's kind of policy, unnamed. */
export function unnamedDenial(provider: Provider): PolicyDenial {
  if (provider === 'azure') return { provider, kind: 'azure-policy-assignment', name: 'an Azure Policy assignment' };
  if (provider === 'gce') return { provider, kind: 'gcp-org-policy', name: 'an organisation policy' };
  return { provider, kind: 'aws-scp', name: 'a service control policy' };
}

/** The finding an apply-time policy denial becomes: same rule, same fingerprint path as the static check. */
export function deniedAtApply(denial: PolicyDenial, step: DeniedStep): FindingDraft {
  const policy =
    denial.kind === 'azure-policy-assignment'
      ? `Azure Policy assignment "${denial.name}"${denial.id ? ` (${denial.id})` : ''}`
      : denial.kind === 'gcp-org-policy'
        ? `the organisation policy ${denial.name}${denial.project ? ` of project ${denial.project}` : ''}`
        : denial.name;
  return {
    node: step.node,
    resource: step.resource,
    key: `apply:${denial.id ?? denial.name}`,
    message: `--fix apply was refused by ${policy} for ${step.node ? `node ${step.node}` : (step.resource ?? 'the cluster')}: ${step.detail}`,
    remediation: deniedRemediation(denial, step),
  };
}
