import { AZURE_NIC_IP_FORWARDING_DEFINITION, type AzurePolicyAssignment } from '../../../model/policy.js';
import type { ReadContext } from '../../../sources/context.js';
import type { FormatReader } from '../../../sources/format.js';
import { azureId } from '../../../model/instance-key.js';
import { eachOfList, isListOf } from '../../../sources/typed-list.js';
import { isRecord, list, record, str, type Json } from '../../../sources/values.js';

const TYPE = 'Microsoft.Authorization/policyAssignments';
const ASSIGNMENT_SUFFIX = /\/providers\/Microsoft\.Authorization\/policyAssignments\/[^/]+$/i;

/** az prints the assignment flattened; Resource Manager (and older SDK dumps) nest it under `properties`. */
function flattened(item: Json): Json {
  return isRecord(item.properties) ? { ...item, ...item.properties } : item;
}

/** The definition's effect as assigned: the built-in one denies unless a parameter says otherwise. */
function effectOf(assignment: Json, builtIn: boolean): AzurePolicyAssignment['effect'] {
  const parameter = str(record(record(assignment.parameters).effect).value)?.toLowerCase();
  if (parameter === 'deny') return 'deny';
  if (parameter === 'audit' || parameter === 'auditifnotexists') return 'detect';
  if (parameter === 'disabled') return 'none';
  return builtIn ? 'deny' : 'unknown';
}

/**
 * `az policy assignment list -o json` (with `--disable-scope-strict-match`, also the assignments inherited from
 * management groups and those on resource groups below): which assignments can refuse IP forwarding on NICs.
 */
export const azPolicyAssignments: FormatReader = {
  id: 'az-policy-assignment-list',
  producedBy: 'az policy assignment list --disable-scope-strict-match -o json',
  matches: (value) => isListOf(value, 'type', TYPE),
  read(value: unknown, context: ReadContext) {
    return eachOfList(value, 'type', TYPE, context, (item, path) => {
      const assignment = flattened(item);
      const id = str(assignment.id);
      if (!id) context.fail(path, 'policy assignment without id');
      const definitionId = str(assignment.policyDefinitionId);
      if (!definitionId) context.fail(path, `policy assignment ${id}: no policyDefinitionId`);
      const builtIn = definitionId.toLowerCase() === AZURE_NIC_IP_FORWARDING_DEFINITION.toLowerCase();
      const initiative = /\/policySetDefinitions\//i.test(definitionId);
      const enforcementMode = str(assignment.enforcementMode) ?? 'Default';
      context.builder.addPolicy({
        kind: 'azure-policy-assignment',
        provider: 'azure',
        id,
        name: str(assignment.displayName) ?? str(assignment.name) ?? id.split('/').pop()!,
        // An assignment's scope is the id it sits under; az prints it, ARM's list does too.
        scope: azureId(str(assignment.scope) ?? id.replace(ASSIGNMENT_SUFFIX, '')),
        notScopes: list(assignment.notScopes).flatMap((scope) =>
          typeof scope === 'string' && scope ? [azureId(scope.replace(/\/+$/, ''))] : [],
        ),
        definitionId,
        initiative,
        enforced: enforcementMode.toLowerCase() !== 'donotenforce',
        effect: initiative ? 'unknown' : effectOf(assignment, builtIn),
        blocks: builtIn ? 'forwarding' : undefined,
        origin: context.origin(
          isRecord(item.properties) ? [...path, 'properties', 'policyDefinitionId'] : [...path, 'policyDefinitionId'],
        ),
      });
    });
  },
};
