import type { PolicyConstraint, PolicyDenial } from '../../model/policy.js';
import type { DeniedStep } from '../shared/policy/denial.js';
import { parseInstanceKey } from '../../model/instance-key.js';
import { GCP_VM_CAN_IP_FORWARD, type GcpOrgPolicy } from '../../model/policy.js';
import type { NodeView } from '../../model/topology.js';
import type { Remediation } from '../../model/remediation.js';
import type { FindingDraft } from '../../model/finding.js';
import { nameProblem, named } from '../../model/names/index.js';
import { joinShell, shell, withCommand, type Shell } from '../../model/shell.js';
import { needsFix, nodesOf } from '../shared/policy/common.js';

/** GCP organisation policy: does compute.vmCanIpForward allow the node instances? */
interface GceTarget {
  readonly view: NodeView;
  readonly project: string;
  /** "zones/Z/instances/N" */
  readonly rest: string;
}

function gceTarget(view: NodeView): GceTarget | undefined {
  const ref = parseInstanceKey(view.instanceKey);
  return ref?.provider === 'gce'
    ? { view, project: ref.project, rest: `zones/${ref.zone}/instances/${ref.name}` }
    : undefined;
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
  if (
    conditional.length > 0 &&
    (result !== 'allowed' || conditional.some((rule) => rule.denyAll || rule.deniedValues.length > 0))
  )
    return 'unknown';
  return result;
}

function appliesTo(policy: GcpOrgPolicy, target: GceTarget): boolean {
  // A project number cannot be matched to the providerIDs' project ids offline: the dump is taken to be theirs.
  return !policy.project || /^\d+$/.test(policy.project) || policy.project === target.project;
}

/**
 * A here-document of the policy, then the call that sets it. The values become lines of the document: each is
 * validated as a resource path, so none can end the document early or add YAML of its own.
 */
function setPolicyCommand(policy: GcpOrgPolicy | undefined, project: string, allowed: readonly string[]): Shell {
  const keep = policy ? policy.rules.filter((rule) => !rule.condition).flatMap((rule) => rule.allowedValues) : [];
  const values = [...new Set([...keep, ...allowed])];
  const owner = policy?.project ?? project;
  return joinShell(
    [
      shell`cat > vmCanIpForward.yaml <<'EOF'`,
      shell`name: projects/${owner === '<project>' ? shell`<project>` : named('gce-project', owner)}/policies/compute.vmCanIpForward`,
      shell`spec:`,
      shell`  rules:`,
      shell`  - values:`,
      shell`      allowedValues:`,
      ...values.map((value) => shell`      - ${named('gce-policy-value', value)}`),
      shell`EOF`,
      shell`gcloud org-policies set-policy vmCanIpForward.yaml`,
    ],
    '\n',
  );
}

export function gcpRemediation(
  policy: GcpOrgPolicy | undefined,
  project: string,
  instances: readonly string[],
): Remediation {
  return withCommand(
    {
      text:
        `Allow IP forwarding for the node instances in project ${project}'s policy for ${GCP_VM_CAN_IP_FORWARD} (needs roles/orgpolicy.policyAdmin): ` +
        `list them as allowed values (the command keeps the values allowed today), or allow under:projects/${project} for the whole project, ` +
        'or add a rule with a condition on a resource-manager tag the node instances (and their instance template) carry, so nodes created later are allowed too.',
    },
    setPolicyCommand(policy, project, instances),
  );
}

export function* gcpPolicies(policies: readonly GcpOrgPolicy[], views: readonly NodeView[]): Iterable<FindingDraft> {
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

/** The organisation policy constraints/compute.vmCanIpForward, where it forbids the node instances. */
export function* gcpPolicyFindings(
  constraints: readonly PolicyConstraint[],
  views: readonly NodeView[],
): Iterable<FindingDraft> {
  const policies = constraints.filter((policy): policy is GcpOrgPolicy => policy.kind === 'gcp-org-policy');
  if (policies.length > 0) yield* gcpPolicies(policies, views);
}

/** Apply time: an organisation policy refused a change; canIpForward's constraint gets its exact fix. */
export function gcpDenialRemediation(denial: PolicyDenial, step: DeniedStep): Remediation {
  const instance = /^(projects\/([^/]+)\/zones\/[^/]+\/instances\/[^/]+)/.exec(step.resource ?? '');
  const project = denial.project ?? instance?.[2] ?? '<project>';
  if (denial.name === GCP_VM_CAN_IP_FORWARD && instance) {
    const remediation = gcpRemediation(undefined, project, [instance[1]!]);
    // The project goes into a command inside the text: a person copies it like any other.
    const describe = nameProblem('gce-project', project)
      ? ''
      : ` (gcloud org-policies describe compute.vmCanIpForward --effective --project ${project})`;
    return {
      ...remediation,
      text: `${remediation.text} Add the values the project allows today${describe} before setting it.`,
    };
  }
  return withCommand(
    {
      text: `Ask for an exception to ${denial.name} for project ${project} (or for the node instances), then apply again.`,
    },
    shell`gcloud org-policies describe ${named('gce-constraint', denial.name.replace(/^constraints\//, ''))} --effective --project ${project === '<project>' ? project : named('gce-project', project)}`,
  );
}
