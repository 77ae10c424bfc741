import { afterAll, describe, expect, it } from 'vitest';
import type { AwsConfigRule, AzurePolicyAssignment, GcpOrgPolicy, PolicyConstraint } from '../../src/model/policy.js';
import { check, fixture, json, removeTempDirs, snapshotOf, writeFileIn } from '../sources/helpers.js';

afterAll(removeTempDirs);

const SUB = '3b9f6c1e-2d4a-4e8b-9f0c-7a1d5e2b8c46';
const NIC_FORWARDING = '/providers/Microsoft.Authorization/policyDefinitions/88c0b9da-ce96-4b03-9635-f29a937e2900';

function policiesOf(snapshot: { policies?: readonly PolicyConstraint[] }): PolicyConstraint[] {
  return [...(snapshot.policies ?? [])];
}

/** `az policy assignment list -o json` prints assignments flattened, keys sorted, with nulls. */
function azAssignment(fields: Record<string, unknown>): Record<string, unknown> {
  return {
    description: null,
    displayName: null,
    enforcementMode: 'Default',
    identity: null,
    location: null,
    metadata: {
      createdBy: '6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b',
      createdOn: '2026-06-02T09:14:51.2213384Z',
      updatedBy: null,
      updatedOn: null,
    },
    nonComplianceMessages: null,
    notScopes: null,
    parameters: null,
    systemData: null,
    type: 'Microsoft.Authorization/policyAssignments',
    ...fields,
  };
}

describe('az policy assignment list', () => {
  it('reads the assignments of the policy fixture, each with its scope, exclusions and enforcement', async () => {
    const snapshot = await snapshotOf(fixture('policy', 'azure', 'az-policy-assignments.json'));
    const byName = new Map(policiesOf(snapshot).map((policy) => [policy.name, policy as AzurePolicyAssignment]));
    expect([...byName.keys()].sort()).toEqual([
      'ASC Default (subscription: 3b9f6c1e-2d4a-4e8b-9f0c-7a1d5e2b8c46)',
      'Allowed locations',
      'Audit IP forwarding on cluster NICs (what-if)',
      'Deny IP forwarding on NICs',
    ]);
    expect(byName.get('Deny IP forwarding on NICs')).toMatchObject({
      kind: 'azure-policy-assignment',
      provider: 'azure',
      id: `/subscriptions/${SUB}/providers/Microsoft.Authorization/policyAssignments/deny-nic-ipfwd`,
      scope: `/subscriptions/${SUB}`,
      notScopes: [`/subscriptions/${SUB}/resourcegroups/hub-nva-rg`],
      definitionId: NIC_FORWARDING,
      initiative: false,
      enforced: true,
      effect: 'deny',
      blocks: 'forwarding',
    });
    expect(byName.get('Audit IP forwarding on cluster NICs (what-if)')).toMatchObject({
      enforced: false,
      blocks: 'forwarding',
      scope: `/subscriptions/${SUB}/resourcegroups/k8s-dual-rg`,
    });
    expect(byName.get(`ASC Default (subscription: ${SUB})`)).toMatchObject({
      initiative: true,
      effect: 'unknown',
      blocks: undefined,
    });
    expect(byName.get('Allowed locations')).toMatchObject({
      initiative: false,
      effect: 'unknown',
      blocks: undefined,
      scope: '/providers/microsoft.management/managementgroups/northwind-landingzones',
    });
    expect(snapshot.sources.map((source) => source.format)).toEqual(['az-policy-assignment-list']);
  });

  it('reads the Resource Manager shape (properties nested) and derives the scope from the id', async () => {
    const file = await writeFileIn(
      'x.json',
      JSON.stringify(
        [
          {
            id: `/subscriptions/${SUB}/resourceGroups/K8S-RG/providers/Microsoft.Authorization/policyAssignments/deny-fwd`,
            name: 'deny-fwd',
            type: 'Microsoft.Authorization/policyAssignments',
            properties: {
              displayName: 'No forwarding',
              policyDefinitionId: NIC_FORWARDING.toUpperCase(),
              enforcementMode: 'Default',
              notScopes: [],
            },
          },
        ],
        null,
        2,
      ),
    );
    const [policy] = policiesOf(await snapshotOf(file)) as AzurePolicyAssignment[];
    expect(policy).toMatchObject({
      name: 'No forwarding',
      scope: `/subscriptions/${SUB}/resourcegroups/k8s-rg`,
      blocks: 'forwarding',
      effect: 'deny',
    });
  });

  it('honours an effect parameter that turns the deny into an audit', async () => {
    const file = await writeFileIn(
      'x.json',
      JSON.stringify(
        [
          azAssignment({
            id: `/subscriptions/${SUB}/providers/Microsoft.Authorization/policyAssignments/audit-fwd`,
            name: 'audit-fwd',
            parameters: { effect: { value: 'Audit' } },
            policyDefinitionId: NIC_FORWARDING,
            scope: `/subscriptions/${SUB}`,
          }),
        ],
        null,
        2,
      ),
    );
    expect(policiesOf(await snapshotOf(file))[0]).toMatchObject({
      effect: 'detect',
      blocks: 'forwarding',
      name: 'audit-fwd',
    });
  });

  it('names the file and line of an assignment without policyDefinitionId', async () => {
    const file = await writeFileIn(
      'x.json',
      JSON.stringify(
        [
          azAssignment({
            id: `/subscriptions/${SUB}/providers/Microsoft.Authorization/policyAssignments/a`,
            name: 'a',
            scope: `/subscriptions/${SUB}`,
          }),
        ],
        null,
        2,
      ),
    );
    await expect(check(file)).rejects.toThrow(/no policyDefinitionId/);
    await expect(check(file)).rejects.toMatchObject({ file, line: expect.any(Number) });
  });
});

describe('gcloud org-policies describe --effective', () => {
  it('reads the v2 shape of the policy fixture, the project named by number', async () => {
    const [policy] = policiesOf(await snapshotOf(fixture('policy', 'gce', 'gcloud-org-policy.json'))) as GcpOrgPolicy[];
    expect(policy).toMatchObject({
      kind: 'gcp-org-policy',
      provider: 'gce',
      id: 'projects/482913570164/policies/compute.vmCanIpForward',
      constraint: 'constraints/compute.vmCanIpForward',
      project: '482913570164',
      effect: 'deny',
      blocks: 'forwarding',
    });
    expect(policy!.rules).toHaveLength(1);
    expect(policy!.rules[0]!.allowedValues).toContain('projects/northwind-k8s/zones/us-central1-a/instances/k8s-cp-0');
    expect(policy!.rules[0]!.deniedValues).toEqual([]);
  });

  it('reads v2 rules with denyAll, allowAll, denied values and tag conditions', async () => {
    const file = await writeFileIn(
      'policy.json',
      JSON.stringify(
        {
          name: 'projects/northwind-k8s/policies/compute.vmCanIpForward',
          spec: {
            rules: [
              {
                condition: {
                  expression: "resource.matchTag('482913570164/hostgw', 'enabled')",
                  title: 'host-gw nodes',
                },
                allowAll: true,
              },
              { values: { deniedValues: ['under:projects/northwind-k8s'] } },
              { denyAll: true },
            ],
          },
        },
        null,
        2,
      ),
    );
    const [policy] = policiesOf(await snapshotOf(file)) as GcpOrgPolicy[];
    expect(policy!.project).toBe('northwind-k8s');
    expect(policy!.rules).toEqual([
      {
        allowAll: true,
        denyAll: undefined,
        allowedValues: [],
        deniedValues: [],
        condition: "resource.matchTag('482913570164/hostgw', 'enabled')",
      },
      {
        allowAll: undefined,
        denyAll: undefined,
        allowedValues: [],
        deniedValues: ['under:projects/northwind-k8s'],
        condition: undefined,
      },
      { allowAll: undefined, denyAll: true, allowedValues: [], deniedValues: [], condition: undefined },
    ]);
  });

  it('reads the older resource-manager (v1) shape: listPolicy allValues and value lists', async () => {
    const deny = await writeFileIn(
      'v1.json',
      JSON.stringify({ constraint: 'constraints/compute.vmCanIpForward', listPolicy: { allValues: 'DENY' } }, null, 2),
    );
    const [denied] = policiesOf(await snapshotOf(deny)) as GcpOrgPolicy[];
    expect(denied).toMatchObject({
      constraint: 'constraints/compute.vmCanIpForward',
      project: undefined,
      blocks: 'forwarding',
      rules: [{ denyAll: true, allowedValues: [], deniedValues: [] }],
    });
    expect(denied!.id).toContain('v1.json');

    const listed = await writeFileIn(
      'v1.json',
      JSON.stringify(
        {
          constraint: 'constraints/compute.vmCanIpForward',
          etag: 'BwWKmjvelug=',
          listPolicy: {
            allowedValues: ['projects/northwind-k8s/zones/us-central1-a/instances/k8s-cp-0'],
            deniedValues: ['projects/northwind-k8s/zones/us-central1-a/instances/k8s-bastion'],
          },
        },
        null,
        2,
      ),
    );
    expect((policiesOf(await snapshotOf(listed)) as GcpOrgPolicy[])[0]!.rules).toEqual([
      {
        allowAll: undefined,
        denyAll: undefined,
        allowedValues: ['projects/northwind-k8s/zones/us-central1-a/instances/k8s-cp-0'],
        deniedValues: ['projects/northwind-k8s/zones/us-central1-a/instances/k8s-bastion'],
      },
    ]);
  });

  it('reads a boolean constraint (v1 booleanPolicy) and leaves it alone', async () => {
    const file = await writeFileIn(
      'v1.json',
      JSON.stringify(
        { booleanPolicy: { enforced: true }, constraint: 'constraints/compute.requireOsLogin', etag: 'BwWKmjvelug=' },
        null,
        2,
      ),
    );
    const snapshot = await snapshotOf(file);
    expect(snapshot.sources[0]!.format).toBe('gcloud-org-policy');
    expect(policiesOf(snapshot)[0]).toMatchObject({
      constraint: 'constraints/compute.requireOsLogin',
      blocks: undefined,
      rules: [],
    });
  });

  it('does not take a Kubernetes object with a name for a policy', async () => {
    const file = await writeFileIn(
      'x.json',
      json({
        apiVersion: 'v1',
        kind: 'Node',
        metadata: { name: 'projects/p/policies/c' },
        name: 'projects/p/policies/c',
        spec: {},
      }),
    );
    const snapshot = await snapshotOf(file);
    expect(snapshot.policies ?? []).toEqual([]);
  });
});

describe('aws configservice describe-config-rules', () => {
  it('reads the rules of the policy fixture; only the ENI source/destination check rule is about host-gw', async () => {
    const rules = policiesOf(await snapshotOf(fixture('policy', 'aws', 'config-rules.json'))) as AwsConfigRule[];
    expect(rules.map((rule) => [rule.ruleName, rule.blocks ?? '-'])).toEqual([
      ['securityhub-ec2-enis-source-destination-check-enabled-0deac96e', 'forwarding'],
      ['ec2-imdsv2-check', '-'],
      ['restricted-ssh', '-'],
    ]);
    expect(rules[0]).toMatchObject({
      kind: 'aws-config-rule',
      provider: 'aws',
      id: 'arn:aws:config:us-east-1:123456789012:config-rule/config-rule-k3x9dp',
      identifier: 'EC2_ENIS_SOURCE_DESTINATION_CHECK_ENABLED',
      active: true,
      createdBy: 'securityhub.amazonaws.com',
      region: 'us-east-1',
      effect: 'detect',
    });
  });

  it('knows a rule being deleted is not active, reads the tag scope, and ignores custom rules with a look-alike identifier', async () => {
    const file = await writeFileIn(
      'x.json',
      json({
        ConfigRules: [
          {
            ConfigRuleName: 'eni-check',
            Source: { Owner: 'AWS', SourceIdentifier: 'EC2_ENIS_SOURCE_DESTINATION_CHECK_ENABLED' },
            ConfigRuleState: 'DELETING',
          },
          {
            ConfigRuleName: 'eni-check-tagged',
            Scope: { TagKey: 'compliance', TagValue: 'strict' },
            Source: { Owner: 'AWS', SourceIdentifier: 'EC2_ENIS_SOURCE_DESTINATION_CHECK_ENABLED' },
            ConfigRuleState: 'EVALUATING',
          },
          {
            ConfigRuleName: 'custom',
            Source: { Owner: 'CUSTOM_LAMBDA', SourceIdentifier: 'EC2_ENIS_SOURCE_DESTINATION_CHECK_ENABLED' },
            ConfigRuleState: 'ACTIVE',
          },
        ],
        NextToken: 'eyJ...',
      }),
    );
    const rules = policiesOf(await snapshotOf(file)) as AwsConfigRule[];
    expect(rules.map((rule) => [rule.ruleName, rule.active, rule.blocks ?? '-'])).toEqual([
      ['eni-check', false, 'forwarding'],
      ['eni-check-tagged', true, 'forwarding'],
      ['custom', true, '-'],
    ]);
    expect(rules[1]!.scopeTag).toEqual({ key: 'compliance', value: 'strict' });
  });

  it('names the line of a rule without a name', async () => {
    const file = await writeFileIn(
      'x.json',
      json({ ConfigRules: [{ Source: { Owner: 'AWS', SourceIdentifier: 'EC2_IMDSV2_CHECK' } }] }),
    );
    await expect(check(file)).rejects.toMatchObject({ message: 'Config rule without ConfigRuleName', file, line: 3 });
  });
});
