import { GCP_VM_CAN_IP_FORWARD, type OrgPolicyRule } from '../../../model/policy.js';
import type { Path, ReadContext } from '../../../sources/context.js';
import type { FormatReader } from '../../../sources/format.js';
import { isRecord, list, record, records, str, type Json } from '../../../sources/values.js';

/** v2 (`gcloud org-policies describe`): "projects/P/policies/compute.vmCanIpForward". */
const V2_NAME = /^(projects|folders|organizations)\/([^/]+)\/policies\/([^/]+)$/;

function strings(value: unknown): string[] {
  return list(value).filter((item): item is string => typeof item === 'string' && item.length > 0);
}

/** v1 `listPolicy` is one rule: allValues ALLOW/DENY, or lists of allowed and denied values. */
function v1Rules(policy: Json): OrgPolicyRule[] {
  if (!isRecord(policy.listPolicy)) return [];
  const listPolicy = policy.listPolicy;
  const all = str(listPolicy.allValues);
  const rule: OrgPolicyRule = {
    allowAll: all === 'ALLOW' || undefined,
    denyAll: all === 'DENY' || undefined,
    allowedValues: strings(listPolicy.allowedValues),
    deniedValues: strings(listPolicy.deniedValues),
  };
  return rule.allowAll || rule.denyAll || rule.allowedValues.length > 0 || rule.deniedValues.length > 0 ? [rule] : [];
}

function v2Rules(policy: Json, path: Path, context: ReadContext): OrgPolicyRule[] {
  const spec = record(policy.spec);
  if (spec.reset === true) return [];
  return records(spec.rules).map((rule, i) => {
    const condition = record(rule.condition);
    if (rule.condition !== undefined && !isRecord(rule.condition))
      context.fail([...path, 'spec', 'rules', i, 'condition'], 'rule condition is not an object');
    return {
      allowAll: rule.allowAll === true || undefined,
      denyAll: rule.denyAll === true || undefined,
      allowedValues: strings(record(rule.values).allowedValues),
      deniedValues: strings(record(rule.values).deniedValues),
      condition: str(condition.expression),
    };
  });
}

/**
 * The effective organisation policy of a project, in either gcloud's v2 shape
 * (`gcloud org-policies describe CONSTRAINT --effective --project P --format=json`: name, spec.rules[]) or the older
 * Resource Manager v1 shape (`gcloud resource-manager org-policies describe CONSTRAINT --effective --project P
 * --format=json`: constraint, listPolicy / booleanPolicy). Only compute.vmCanIpForward can forbid a host-gw fix;
 * other constraints are read and left alone.
 */
export const gcloudOrgPolicy: FormatReader = {
  id: 'gcloud-org-policy',
  producedBy:
    'gcloud org-policies describe compute.vmCanIpForward --effective --project P --format=json (or gcloud resource-manager org-policies describe …)',
  matches: (value) =>
    isRecord(value) &&
    value.kind === undefined &&
    value.apiVersion === undefined &&
    ((typeof value.constraint === 'string' && value.constraint.startsWith('constraints/')) ||
      (typeof value.name === 'string' &&
        V2_NAME.test(value.name) &&
        (value.spec === undefined || isRecord(value.spec)))),
  read(value: unknown, context: ReadContext) {
    const policy = record(value);
    const v2 = typeof policy.name === 'string' ? V2_NAME.exec(policy.name) : null;
    const constraint = v2 ? `constraints/${v2[3]!}` : str(policy.constraint)!;
    const rules = v2 ? v2Rules(policy, [], context) : v1Rules(policy);
    const relevant = constraint === GCP_VM_CAN_IP_FORWARD;
    context.builder.addPolicy({
      kind: 'gcp-org-policy',
      provider: 'gce',
      // v1 output does not name the project: the file tells two projects' policies apart.
      id: v2 ? (policy.name as string) : `${context.source.file}#${context.doc}:${constraint}`,
      name: constraint,
      constraint,
      project: v2?.[1] === 'projects' ? v2[2] : undefined,
      rules,
      effect: relevant ? 'deny' : 'unknown',
      blocks: relevant ? 'forwarding' : undefined,
      origin: context.origin(
        v2
          ? policy.spec !== undefined
            ? ['spec']
            : ['name']
          : policy.listPolicy !== undefined
            ? ['listPolicy']
            : ['constraint'],
      ),
    });
    return 1;
  },
};
