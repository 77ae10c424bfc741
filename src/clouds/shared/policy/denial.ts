import type { PolicyDenial } from '../../../model/policy.js';
import type { Remediation } from '../../../model/remediation.js';
import type { FindingDraft } from '../../../model/finding.js';

/** One applied step the cloud refused by policy (FixDenied with reason "policy"). */
export interface DeniedStep {
  readonly node?: string;
  readonly resource?: string;
  readonly api?: string;
  /** The outcome's detail: the cloud's explanation, with the policy named. */
  readonly detail: string;
}

/**
 * Apply time: a change the cloud refused by policy becomes a policy-blocks-fix finding naming the policy, through the
 * same fingerprint path as the static check. The cloud supplies the way out (an exemption, an exception).
 */
export function denialFinding(denial: PolicyDenial, step: DeniedStep, remediation: Remediation): FindingDraft {
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
    remediation,
  };
}
