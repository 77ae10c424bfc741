import { describe, expect, it } from 'vitest';
import { findingsOf, listFindings, named, runFixture, summary, type Json } from '../rules/helpers.js';

const RULE = 'policy-blocks-fix';
const SUB = '3b9f6c1e-2d4a-4e8b-9f0c-7a1d5e2b8c46';
const DENY_ID = `/subscriptions/${SUB}/providers/Microsoft.Authorization/policyAssignments/deny-nic-ipfwd`;
const GCE_POLICY = 'projects/482913570164/policies/compute.vmCanIpForward';
const ASSIGNMENTS = 'az-policy-assignments.json';
const ORG_POLICY = 'gcloud-org-policy.json';

function assignment(files: { get(name: string): Json }, name: string): Json {
  return named(files.get(ASSIGNMENTS), name);
}

/** Turns IP forwarding back on for k8s-lin-a2, the one node of the Azure fixture without it. */
function forwardEverywhere(files: { get(name: string): Json }): void {
  named(files.get('az-nics.json'), 'k8s-lin-a2-nic').enableIPForwarding = true;
}

describe('the policy fixtures give exactly the documented findings', () => {
  it('policy/azure: the deny assignment blocks the fix k8s-lin-a2 needs; the initiative cannot be expanded offline', async () => {
    const result = await runFixture('fixtures/policy/azure');
    expect(summary(result), listFindings(result)).toEqual(
      ['forwarding-disabled k8s-lin-a2', `${RULE} ${DENY_ID}`, `${RULE} -`].sort(),
    );
    const [deny, initiatives] = [
      findingsOf(result, RULE).find((f) => f.resource === DENY_ID)!,
      findingsOf(result, RULE).find((f) => !f.resource)!,
    ];
    expect(deny.severity).toBe('error');
    expect(deny.message).toContain(
      'Azure Policy assignment "Deny IP forwarding on NICs" (Network interfaces should disable IP forwarding, effect deny',
    );
    expect(deny.message).toContain(
      'the forwarding-disabled fix for node k8s-lin-a2 fails with RequestDisallowedByPolicy',
    );
    expect(deny.remediation.command).toBe(
      `az policy exemption create --name hostgw-ip-forwarding --policy-assignment ${DENY_ID} --exemption-category Waiver ` +
        `--scope /subscriptions/${SUB}/resourceGroups/k8s-dual-rg --description 'flannel host-gw routes pod traffic through the nodes: their NICs need IP forwarding'`,
    );
    expect(deny.location?.file).toMatch(/az-policy-assignments\.json$/);
    expect(deny.location?.line).toBeGreaterThan(1);
    expect(initiatives.severity).toBe('note');
    expect(initiatives.message).toContain('"ASC Default (subscription: 3b9f6c1e-2d4a-4e8b-9f0c-7a1d5e2b8c46)"');
    expect(initiatives.message).toContain('cannot be told offline');
    expect(initiatives.remediation.command).toBe(
      "az policy set-definition show --name 1f3afdf9-d0c9-4c3d-847f-89da613e70a8 --query 'policyDefinitions[?ends_with(policyDefinitionId, '\\''88c0b9da-ce96-4b03-9635-f29a937e2900'\\'')]'",
    );
    expect(result.report.summary.passed).toBe(false);
  });

  it('policy/gce: the effective vmCanIpForward policy does not list k8s-win-pool-2, which needs the fix', async () => {
    const result = await runFixture('fixtures/policy/gce');
    expect(summary(result), listFindings(result)).toEqual(
      ['forwarding-disabled k8s-win-pool-2', `${RULE} ${GCE_POLICY}`].sort(),
    );
    const finding = findingsOf(result, RULE)[0]!;
    expect(finding.severity).toBe('error');
    expect(finding.message).toContain(
      'constraints/compute.vmCanIpForward (effective for project northwind-k8s, number 482913570164) does not allow IP forwarding on node k8s-win-pool-2',
    );
    expect(finding.message).toContain('412 conditionNotMet');
    // The new policy keeps what is allowed today (the hub's NAT gateway included) and adds the node.
    expect(finding.remediation.command).toContain('name: projects/482913570164/policies/compute.vmCanIpForward');
    expect(finding.remediation.command).toContain(
      '      - projects/northwind-net-hub/zones/us-central1-a/instances/nat-gw-1\n',
    );
    expect(finding.remediation.command).toContain(
      '      - projects/northwind-k8s/zones/us-central1-c/instances/k8s-win-pool-2\nEOF\ngcloud org-policies set-policy vmCanIpForward.yaml',
    );
  });

  it('policy/aws: the Security Hub Config rule gets a note saying non-compliance is expected, with every node ENI to except', async () => {
    const result = await runFixture('fixtures/policy/aws');
    expect(summary(result), listFindings(result)).toEqual([
      `${RULE} securityhub-ec2-enis-source-destination-check-enabled-0deac96e`,
    ]);
    const finding = findingsOf(result, RULE)[0]!;
    expect(finding.severity).toBe('note');
    expect(finding.message).toContain('NON_COMPLIANT');
    expect(finding.message).toContain('this is expected');
    expect(finding.remediation.text).toContain('Security Hub');
    const command = finding.remediation.command!;
    expect(command).toMatch(
      /^aws configservice put-remediation-exceptions --config-rule-name securityhub-ec2-enis-source-destination-check-enabled-0deac96e --resource-keys /,
    );
    // Six ENIs: one per node, and the second ENI of ip-10-0-1-57, which forwards as well.
    expect(command.match(/ResourceType=AWS::EC2::NetworkInterface,ResourceId=eni-/g)).toHaveLength(6);
    expect(command).toContain('ResourceId=eni-0d8f1a3c5e7b9d246');
    expect(command).not.toContain('eni-0e7a9c1b3d5f28461'); // the bastion is not a node
    expect(command).toMatch(/--region us-east-1$/);
    expect(result.report.summary.passed).toBe(true);
  });
});

describe('policy-blocks-fix on Azure', () => {
  it('is a warning when every node forwards today: updates and new nodes are still refused', async () => {
    const result = await runFixture('fixtures/policy/azure', forwardEverywhere);
    const finding = findingsOf(result, RULE).find((f) => f.resource === DENY_ID);
    expect(finding?.severity, listFindings(result)).toBe('warning');
    expect(finding?.message).toContain(
      'covers the NICs of nodes k8s-lin-a1, k8s-lin-a2, k8s-lin-b1, k8s-win-a1, k8s-win-b1',
    );
  });

  it("stays silent when the nodes' resource group is in notScopes (case-insensitively)", async () => {
    const result = await runFixture('fixtures/policy/azure', (files) => {
      assignment(files, 'deny-nic-ipfwd').notScopes.push(`/subscriptions/${SUB}/resourcegroups/K8S-DUAL-RG`);
    });
    expect(findingsOf(result, RULE).filter((f) => f.resource === DENY_ID)).toEqual([]);
    expect(findingsOf(result, 'forwarding-disabled')).toHaveLength(1);
  });

  it('stays silent for an assignment in DoNotEnforce mode, on another resource group, or with an audit effect', async () => {
    const changes: ((a: Json) => void)[] = [
      (a) => (a.enforcementMode = 'DoNotEnforce'),
      (a) => (a.scope = `/subscriptions/${SUB}/resourceGroups/hub-nva-rg`),
      (a) => (a.parameters = { effect: { value: 'Audit' } }),
    ];
    for (const change of changes) {
      const result = await runFixture('fixtures/policy/azure', (files) => {
        change(assignment(files, 'deny-nic-ipfwd'));
      });
      expect(
        findingsOf(result, RULE).filter((f) => f.resource === DENY_ID),
        listFindings(result),
      ).toEqual([]);
    }
  });

  it('covers the nodes from a management group assignment inherited by the subscription', async () => {
    const result = await runFixture('fixtures/policy/azure', (files) => {
      const deny = assignment(files, 'deny-nic-ipfwd');
      deny.scope = '/providers/Microsoft.Management/managementGroups/northwind-landingzones';
      deny.id = `${deny.scope}/providers/Microsoft.Authorization/policyAssignments/deny-nic-ipfwd`;
    });
    const finding = findingsOf(result, RULE).find((f) => f.resource?.includes('managementGroups'));
    expect(finding?.severity, listFindings(result)).toBe('error');
  });

  it('says nothing about initiatives that are not enforced, and nothing at all without assignments', async () => {
    const quiet = await runFixture('fixtures/policy/azure', (files) => {
      assignment(files, 'SecurityCenterBuiltIn').enforcementMode = 'DoNotEnforce';
    });
    expect(findingsOf(quiet, RULE).filter((f) => !f.resource)).toEqual([]);
    const none = await runFixture('fixtures/policy/azure', (files) => files.delete(ASSIGNMENTS));
    expect(findingsOf(none, RULE)).toEqual([]);
  });
});

describe('policy-blocks-fix on GCE', () => {
  const setRules = (rules: Json[]) => (files: { get(name: string): Json }) => {
    files.get(ORG_POLICY).spec.rules = rules;
  };

  it('stays silent when the policy allows every instance, the node itself, or its whole project', async () => {
    for (const rules of [
      [{ allowAll: true }],
      [
        {
          values: {
            allowedValues: [
              'is:projects/northwind-k8s/zones/us-central1-c/instances/k8s-win-pool-2',
              'projects/northwind-k8s/zones/us-central1-a/instances/k8s-cp-0',
              'projects/northwind-k8s/zones/us-central1-a/instances/k8s-lin-pool-1',
              'projects/northwind-k8s/zones/us-central1-b/instances/k8s-lin-pool-2',
              'projects/northwind-k8s/zones/us-central1-b/instances/k8s-win-pool-1',
            ],
          },
        },
      ],
      [{ values: { allowedValues: ['under:projects/northwind-k8s'] } }],
      [{ values: { allowedValues: ['under:projects/482913570164'] } }],
      [{ values: { deniedValues: ['projects/northwind-k8s/zones/us-central1-a/instances/k8s-bastion'] } }],
      [],
    ]) {
      const result = await runFixture('fixtures/policy/gce', setRules(rules));
      expect(findingsOf(result, RULE), `${JSON.stringify(rules)}\n${listFindings(result)}`).toEqual([]);
    }
  });

  it('is an error for denyAll (every node listed) and a warning when the denied nodes forward today', async () => {
    const denyAll = await runFixture('fixtures/policy/gce', setRules([{ denyAll: true }]));
    const error = findingsOf(denyAll, RULE)[0];
    expect(error?.severity, listFindings(denyAll)).toBe('error');
    expect(error?.message).toContain('does not allow IP forwarding on node k8s-win-pool-2');

    const others = await runFixture(
      'fixtures/policy/gce',
      setRules([{ values: { deniedValues: ['projects/northwind-k8s/zones/us-central1-a/instances/k8s-lin-pool-1'] } }]),
    );
    const warning = findingsOf(others, RULE)[0];
    expect(warning?.severity, listFindings(others)).toBe('warning');
    expect(warning?.message).toContain('does not allow IP forwarding on node k8s-lin-pool-1: they forward today');
  });

  it('is a note when the answer depends on folders or tag conditions the dump cannot resolve', async () => {
    for (const rules of [
      [{ values: { allowedValues: ['under:folders/284112399001'] } }],
      [
        { condition: { expression: "resource.matchTag('482913570164/hostgw', 'enabled')" }, allowAll: true },
        { denyAll: true },
      ],
    ]) {
      const result = await runFixture('fixtures/policy/gce', setRules(rules));
      const finding = findingsOf(result, RULE)[0];
      expect(finding?.severity, listFindings(result)).toBe('note');
      expect(finding?.message).toContain('may not allow IP forwarding');
    }
  });

  it('leaves nodes of another project alone', async () => {
    const result = await runFixture('fixtures/policy/gce', (files) => {
      files.get(ORG_POLICY).name = 'projects/northwind-data/policies/compute.vmCanIpForward';
      files.get(ORG_POLICY).spec.rules = [{ denyAll: true }];
    });
    expect(findingsOf(result, RULE)).toEqual([]);
  });

  it('reads the older v1 dump the same way: allValues DENY blocks the fix', async () => {
    const result = await runFixture('fixtures/policy/gce', (files) => {
      files.delete(ORG_POLICY);
      files.set('rm-org-policy.json', {
        constraint: 'constraints/compute.vmCanIpForward',
        listPolicy: { allValues: 'DENY' },
      });
    });
    const finding = findingsOf(result, RULE)[0];
    expect(finding?.severity, listFindings(result)).toBe('error');
    expect(finding?.message).toContain('(effective for project northwind-k8s)');
    expect(finding?.remediation.command).toContain('name: projects/northwind-k8s/policies/compute.vmCanIpForward');
  });

  it('ignores other constraints', async () => {
    const result = await runFixture('fixtures/policy/gce', (files) => {
      files.get(ORG_POLICY).name = 'projects/482913570164/policies/compute.vmExternalIpAccess';
      files.get(ORG_POLICY).spec.rules = [{ denyAll: true }];
    });
    expect(findingsOf(result, RULE)).toEqual([]);
  });
});

describe('policy-blocks-fix on AWS', () => {
  it('says nothing about a rule being deleted, other rules, or no Config dump at all', async () => {
    const deleting = await runFixture('fixtures/policy/aws', (files) => {
      files.get('config-rules.json').ConfigRules[0].ConfigRuleState = 'DELETING';
    });
    expect(findingsOf(deleting, RULE)).toEqual([]);
    const none = await runFixture('fixtures/policy/aws', (files) => files.delete('config-rules.json'));
    expect(findingsOf(none, RULE)).toEqual([]);
  });

  it('does not mention Security Hub for a rule the account created itself, and names its tag scope', async () => {
    const result = await runFixture('fixtures/policy/aws', (files) => {
      const rule = files.get('config-rules.json').ConfigRules[0];
      delete rule.CreatedBy;
      rule.ConfigRuleName = 'ec2-enis-source-destination-check-enabled';
      rule.Scope = {
        ComplianceResourceTypes: ['AWS::EC2::NetworkInterface'],
        TagKey: 'compliance',
        TagValue: 'strict',
      };
    });
    const finding = findingsOf(result, RULE)[0];
    expect(finding?.resource).toBe('ec2-enis-source-destination-check-enabled');
    expect(finding?.message).not.toContain('Security Hub');
    expect(finding?.message).toContain('only evaluates resources tagged compliance=strict');
    expect(finding?.remediation.text).not.toContain('Security Hub');
  });

  it("is in the report's rule catalogue and counted per rule", async () => {
    const result = await runFixture('fixtures/policy/aws');
    expect(result.report.rules.map((rule) => rule.id)).toContain(RULE);
    expect(result.report.summary.byRule[RULE]).toBe(1);
  });
});
