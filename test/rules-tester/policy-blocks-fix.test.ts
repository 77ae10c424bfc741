import { GCP_VM_CAN_IP_FORWARD, type GcpOrgPolicy } from '../../src/model/policy.js';
import { policyBlocksFix } from '../../src/rules/policy-blocks-fix.js';
import { ruleTester } from '../support/rule-tester.js';
import { cluster, node } from '../support/snapshot-builder.js';

const policy = (rules: GcpOrgPolicy['rules']): GcpOrgPolicy => ({
  kind: 'gcp-org-policy',
  provider: 'gce',
  id: `projects/p/policies/${GCP_VM_CAN_IP_FORWARD}`,
  name: GCP_VM_CAN_IP_FORWARD,
  constraint: GCP_VM_CAN_IP_FORWARD,
  project: 'p',
  effect: 'deny',
  blocks: 'forwarding',
  rules,
});
const denyAll = policy([{ denyAll: true, allowedValues: [], deniedValues: [] }]);
const gce = (forwarding: boolean, policies: readonly GcpOrgPolicy[]) =>
  cluster({
    provider: 'gce',
    nodes: [node('a', { ip: '10.0.0.2', podCidr: '10.244.0.0/24', vm: { forwarding } })],
    policies,
  });

ruleTester(policyBlocksFix).run({
  valid: [
    { name: 'no policies', snapshot: gce(false, []) },
    {
      name: 'a policy that allows every instance',
      snapshot: gce(false, [policy([{ allowAll: true, allowedValues: [], deniedValues: [] }])]),
    },
  ],
  invalid: [
    {
      name: 'vmCanIpForward denies all: the forwarding fix would fail',
      snapshot: gce(false, [denyAll]),
      findings: [
        {
          severity: 'error',
          resource: denyAll.id,
          messageIncludes: 'the forwarding-disabled fix (instances.update with canIpForward) fails with 412',
        },
      ],
    },
    {
      name: 'the node forwards today: a warning about re-created nodes',
      snapshot: gce(true, [denyAll]),
      findings: [{ severity: 'warning', resource: denyAll.id, messageIncludes: 'they forward today' }],
    },
  ],
});
