import { isRecord, record } from '../values.js';

export type TerraformJsonKind = 'plan' | 'state';

/**
 * `terraform show -json tfplan` (format_version, terraform_version and planned_values / resource_changes /
 * configuration / prior_state) or `terraform show -json` of a state (values.root_module).
 */
export function terraformKind(value: unknown): TerraformJsonKind | undefined {
  if (!isRecord(value) || typeof value.format_version !== 'string' || typeof value.terraform_version !== 'string')
    return undefined;
  if (
    isRecord(value.planned_values) ||
    Array.isArray(value.resource_changes) ||
    isRecord(value.configuration) ||
    isRecord(value.prior_state)
  )
    return 'plan';
  if (isRecord(value.values) && isRecord(record(value.values).root_module)) return 'state';
  return undefined;
}
