import { GCP_VM_CAN_IP_FORWARD, type PolicyDenial } from '../../../model/policy.js';
import type { Provider } from '../../../model/provider.js';
import type { Remediation } from '../../../model/remediation.js';
import type { FindingDraft } from '../../../rules/types.js';
import { nameProblem, named } from '../../../model/names/index.js';
import { shell, withCommand } from '../../../model/shell.js';
import { lastSegment } from '../names.js';
import { exemptionCommand, resourceGroupScope } from '../../azure/policy.js';
import { gcpRemediation } from '../../gce/policy.js';

/** Apply time: a change the cloud refused by policy becomes a policy-blocks-fix finding naming the policy. */
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
      return withCommand(
        {
          text:
            `Exempt ${step.resource ? `${lastSegment(step.resource)}'s resource group` : 'the nodes\' resource group'} from assignment "${denial.name}"` +
            `${denial.id ? '' : ' (its id is in the policy assignment list: az policy assignment list --disable-scope-strict-match)'}, then apply again.`,
        },
        exemptionCommand(denial.id, scope),
      );
    }
    case 'gcp-org-policy': {
      const instance = /^(projects\/([^/]+)\/zones\/[^/]+\/instances\/[^/]+)/.exec(step.resource ?? '');
      const project = denial.project ?? instance?.[2] ?? '<project>';
      if (denial.name === GCP_VM_CAN_IP_FORWARD && instance) {
        const remediation = gcpRemediation(undefined, project, [instance[1]!]);
        // The project goes into a command inside the text: a person copies it like any other.
        const describe = nameProblem('gce-project', project) ? '' : ` (gcloud org-policies describe compute.vmCanIpForward --effective --project ${project})`;
        return { ...remediation, text: `${remediation.text} Add the values the project allows today${describe} before setting it.` };
      }
      return withCommand(
        { text: `Ask for an exception to ${denial.name} for project ${project} (or for the node instances), then apply again.` },
        shell`gcloud org-policies describe ${named('gce-constraint', denial.name.replace(/^constraints\//, ''))} --effective --project ${project === '<project>' ? project : named('gce-project', project)}`,
      );
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
