import type { Origin } from './origin.js';
import type { Provider } from './provider.js';

/**
 * Governance that can forbid a host-gw fix, or flag host-gw nodes: Azure Policy assignments, GCP organisation
 * policies, AWS Config rules. Sources translate each format into these shapes; the policy-blocks-fix rule decides
 * which nodes they cover. Service control policies cannot be read from any dump (they live in the organisation's
 * management account) and appear only when an apply is denied by one.
 */

/** The fix a policy can forbid. Only forwarding so far: routes and associations are not governed by these. */
export type BlockedFix = 'forwarding';

/** The built-in Azure Policy "Network interfaces should disable IP forwarding" (effect deny). */
export const AZURE_NIC_IP_FORWARDING_DEFINITION =
  '/providers/Microsoft.Authorization/policyDefinitions/88c0b9da-ce96-4b03-9635-f29a937e2900';
export const AZURE_NIC_IP_FORWARDING_NAME = 'Network interfaces should disable IP forwarding';

/** The GCP list constraint that restricts which VM instances may enable IP forwarding. */
export const GCP_VM_CAN_IP_FORWARD = 'constraints/compute.vmCanIpForward';

/** The AWS Config managed rule ec2-enis-source-destination-check-enabled. */
export const AWS_ENI_SOURCE_DEST_CHECK_RULE = 'EC2_ENIS_SOURCE_DESTINATION_CHECK_ENABLED';

interface PolicyBase {
  readonly provider: Provider;
  /** Assignment id, "<parent>/policies/<constraint>", Config rule ARN (or name): unique within a snapshot. */
  readonly id: string;
  /** For messages: display name, constraint, rule name. */
  readonly name: string;
  /**
   * What happens to a change the policy covers: deny (refused by the cloud), detect (only reported as
   * non-compliant), none (switched off, audit-only, disabled), unknown (cannot be told from the dump).
   */
  readonly effect: 'deny' | 'detect' | 'none' | 'unknown';
  /** The fix it forbids or flags; absent when it is not about anything host-gw needs. */
  readonly blocks?: BlockedFix;
  readonly origin?: Origin;
}

export interface AzurePolicyAssignment extends PolicyBase {
  readonly kind: 'azure-policy-assignment';
  /** Lower-case resource id prefix the assignment covers (subscription, resource group, management group). */
  readonly scope: string;
  /** Lower-case ids under the scope the assignment leaves out. */
  readonly notScopes: readonly string[];
  readonly definitionId: string;
  /** An initiative (policy set): its member definitions are not in the dump, so what it denies is unknown. */
  readonly initiative: boolean;
  /** enforcementMode Default; DoNotEnforce assignments only report. */
  readonly enforced: boolean;
}

/** One rule of a list policy, in organisation policy v2 terms (v1 listPolicy is translated into one rule). */
export interface OrgPolicyRule {
  readonly allowAll?: boolean;
  readonly denyAll?: boolean;
  readonly allowedValues: readonly string[];
  readonly deniedValues: readonly string[];
  /** A CEL condition on resource tags: the rule applies only to matching resources, which a dump cannot tell. */
  readonly condition?: string;
}

export interface GcpOrgPolicy extends PolicyBase {
  readonly kind: 'gcp-org-policy';
  /** "constraints/compute.vmCanIpForward" */
  readonly constraint: string;
  /** The project the effective policy was computed for (id or number), when the dump says. */
  readonly project?: string;
  readonly rules: readonly OrgPolicyRule[];
}

export interface AwsConfigRule extends PolicyBase {
  readonly kind: 'aws-config-rule';
  readonly ruleName: string;
  /** Source.SourceIdentifier: the managed rule's identifier, or a Lambda ARN for custom rules. */
  readonly identifier: string;
  /** ACTIVE or EVALUATING: the rule evaluates resources. */
  readonly active: boolean;
  /** "securityhub.amazonaws.com" when Security Hub created it (a control, exempted through Security Hub). */
  readonly createdBy?: string;
  /** Scope.TagKey / TagValue: only resources with that tag are evaluated. */
  readonly scopeTag?: { readonly key: string; readonly value?: string };
  readonly region?: string;
}

export type PolicyConstraint = AzurePolicyAssignment | GcpOrgPolicy | AwsConfigRule;

/**
 * What a cloud named when it refused a fix at apply time (FixDenied with reason "policy"): enough to turn the error
 * into a policy-blocks-fix finding with the policy named and an exemption to request.
 */
export interface PolicyDenial {
  readonly provider: Provider;
  readonly kind: 'azure-policy-assignment' | 'gcp-org-policy' | 'aws-scp';
  /** Assignment display name, constraint, "a service control policy". */
  readonly name: string;
  /** Assignment id; absent when the error does not carry it. */
  readonly id?: string;
  /** Azure: the policy definition's display name. */
  readonly definition?: string;
  /** Azure: the assignment's scope. */
  readonly scope?: string;
  /** GCP: the project named in the violation. */
  readonly project?: string;
}
