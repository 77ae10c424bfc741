import type { PolicyConstraint, PolicyDenial } from '../../model/policy.js';
import type { DeniedStep } from '../shared/policy/denial.js';
import { parseInstanceKey } from '../../model/instance-key.js';
import {
  AZURE_NIC_IP_FORWARDING_DEFINITION,
  AZURE_NIC_IP_FORWARDING_NAME,
  type AzurePolicyAssignment,
} from '../../model/policy.js';
import type { NodeView } from '../../model/topology.js';
import type { Remediation } from '../../model/remediation.js';
import type { FindingDraft } from '../../model/finding.js';
import { named } from '../../model/names/index.js';
import { joinShell, shell, withCommand, type Shell } from '../../model/shell.js';
import { lastSegment, segmentAfter } from '../shared/names.js';
import { EXEMPTION_NAME, EXEMPTION_REASON, listed, needsFix, nodesOf } from '../shared/policy/common.js';

/** Azure Policy: does an enforced deny of NIC IP forwarding cover the nodes? */
/** The resource ids a policy assignment is matched against: the node's NICs, else its VM. */
function azureIds(view: NodeView): string[] {
  const nics = view.interfaces.filter((iface) => iface.provider === 'azure').map((iface) => iface.id.toLowerCase());
  if (nics.length > 0) return nics;
  const ref = parseInstanceKey(view.instanceKey);
  return ref?.provider === 'azure' ? [ref.vmId.toLowerCase()] : [];
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
export function resourceGroupScope(id: string): string | undefined {
  const match = /^(\/subscriptions\/[^/]+\/resourcegroups\/[^/]+)(\/|$)/i.exec(id);
  return match ? match[1]!.replace(/\/resourcegroups\//i, '/resourceGroups/') : undefined;
}

export function exemptionCommand(assignmentId: string | undefined, scope: string | undefined): Shell {
  const assignment = assignmentId ? named('azure-resource-id', assignmentId) : '<policy-assignment-id>';
  const where = scope ? named('azure-resource-id', scope) : '<resource-group-id>';
  return shell`az policy exemption create --name ${EXEMPTION_NAME} --policy-assignment ${assignment} --exemption-category Waiver --scope ${where} --description ${EXEMPTION_REASON}`;
}

function azureExemption(assignment: AzurePolicyAssignment, covered: readonly NodeView[]): Remediation {
  const groups = [
    ...new Set(
      covered.flatMap((view) =>
        azureIds(view)
          .filter((id) => covers(assignment, id))
          .map((id) => resourceGroupScope(id) ?? id),
      ),
    ),
  ].sort();
  return withCommand(
    {
      text:
        `Exempt the cluster's NICs from assignment "${assignment.name}": a policy exemption (category Waiver) on the nodes' resource group` +
        `${groups.length === 1 ? '' : 's'}, which needs Microsoft.Authorization/policyExemptions/write there. Alternatively add the group to the ` +
        "assignment's notScopes. Without one, forwarding fixes, NIC updates and new nodes are refused.",
    },
    joinShell(
      groups.map((group) => exemptionCommand(assignment.id, group)),
      '\n',
    ),
  );
}

export function* azurePolicies(
  assignments: readonly AzurePolicyAssignment[],
  views: readonly NodeView[],
): Iterable<FindingDraft> {
  for (const assignment of assignments) {
    if (
      !assignment.enforced ||
      assignment.initiative ||
      assignment.blocks !== 'forwarding' ||
      assignment.effect !== 'deny'
    )
      continue;
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

function setDefinitionCommand(definitionId: string): Shell {
  const managementGroup = segmentAfter(definitionId, 'managementGroups');
  const subscription = segmentAfter(definitionId, 'subscriptions');
  const where = managementGroup
    ? shell` --management-group ${named('azure-management-group', managementGroup)}`
    : subscription
      ? shell` --subscription ${named('azure-subscription', subscription)}`
      : shell``;
  const builtIn = lastSegment(AZURE_NIC_IP_FORWARDING_DEFINITION);
  return shell`az policy set-definition show --name ${named('azure-name', lastSegment(definitionId))}${where} --query ${`policyDefinitions[?ends_with(policyDefinitionId, '${builtIn}')]`}`;
}

/** Initiatives cannot be expanded from the assignment listing: say which ones to look into, and how. */
export function* azureInitiatives(
  assignments: readonly AzurePolicyAssignment[],
  views: readonly NodeView[],
): Iterable<FindingDraft> {
  const relevant = assignments.filter(
    (assignment) => assignment.enforced && assignment.initiative && coveredViews(assignment, views).length > 0,
  );
  if (relevant.length === 0) return;
  const names = relevant.map((assignment) => `"${assignment.name}"`);
  yield {
    key: 'initiatives',
    severity: 'note',
    message:
      `${relevant.length} policy initiative assignment${relevant.length === 1 ? '' : 's'} (${listed(names)}) cover${relevant.length === 1 ? 's' : ''} the nodes' NICs: ` +
      `an initiative's member policies are not in the assignment listing, so it cannot be told offline whether one includes "${AZURE_NIC_IP_FORWARDING_NAME}" ` +
      `(${lastSegment(AZURE_NIC_IP_FORWARDING_DEFINITION)}) with effect deny, which would refuse IP forwarding on the nodes`,
    remediation: withCommand(
      {
        text: `Check each initiative for ${lastSegment(AZURE_NIC_IP_FORWARDING_DEFINITION)}; when it is there with effect deny, exempt the nodes' resource group from the assignment (az policy exemption create --policy-definition-reference-ids …).`,
      },
      joinShell(uniqueCommands(relevant.map((assignment) => setDefinitionCommand(assignment.definitionId))), '\n'),
    ),
    origin: relevant[0]!.origin,
  };
}

/** Several assignments of one initiative need one look at it. */
function uniqueCommands(commands: readonly Shell[]): Shell[] {
  const seen = new Set<string>();
  return commands.filter((command) => {
    const key = `${command.text}\0${command.problems.join('\0')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Azure Policy assignments (and initiatives) that deny NIC IP forwarding on the nodes. */
export function* azurePolicyFindings(
  constraints: readonly PolicyConstraint[],
  views: readonly NodeView[],
): Iterable<FindingDraft> {
  const assignments = constraints.filter(
    (policy): policy is AzurePolicyAssignment => policy.kind === 'azure-policy-assignment',
  );
  if (assignments.length === 0) return;
  yield* azurePolicies(assignments, views);
  yield* azureInitiatives(assignments, views);
}

/** Apply time: Azure Policy refused a change; the way out is an exemption for the nodes' resource group. */
export function azureDenialRemediation(denial: PolicyDenial, step: DeniedStep): Remediation {
  const scope = step.resource ? (resourceGroupScope(step.resource) ?? step.resource) : undefined;
  return withCommand(
    {
      text:
        `Exempt ${step.resource ? `${lastSegment(step.resource)}'s resource group` : "the nodes' resource group"} from assignment "${denial.name}"` +
        `${denial.id ? '' : ' (its id is in the policy assignment list: az policy assignment list --disable-scope-strict-match)'}, then apply again.`,
    },
    exemptionCommand(denial.id, scope),
  );
}
