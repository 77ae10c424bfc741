import type { Rule, RuleContext } from './types.js';
import type { FindingDraft } from '../model/finding.js';

/**
 * What no single rule could verify: a cluster without nodes, and what the sources themselves said they could not
 * read (a value Terraform knows only after apply). The other rules report their own gaps (Rule.gaps).
 */
function* cluster({ snapshot }: RuleContext): Iterable<FindingDraft> {
  if (snapshot.nodes.length === 0) {
    yield {
      message: 'the inputs hold no Kubernetes nodes: nothing to check',
      remediation: { text: 'Add the output of `kubectl get nodes -o json`, or nodes in a HostGwInventory.' },
    };
  }
  for (const gap of snapshot.gaps)
    yield {
      key: gap.message,
      message: gap.message,
      node: gap.node,
      resource: gap.resource,
      origin: gap.origin,
      remediation: { text: 'Complete the input data.' },
    };
}

export const checkIncomplete: Rule = {
  meta: {
    id: 'check-incomplete',
    title: 'Something could not be verified',
    severity: 'warning',
    docsUrl: 'docs/rules.md#check-incomplete',
    reportsGaps: true,
    errorWhenStrict: true,
    fixable: false,
    description:
      'A check needs data the inputs do not hold: a node not found in the cloud dumps, a missing dump, an unknown subnet or cluster CIDR. ' +
      'hostgw-preflight never passes what it could not see; with --strict these findings are errors.',
    remediation: 'Add the missing dump named in the message, or run in live mode so the tool reads the cloud itself.',
    docs: {
      summary: 'something could not be verified',
      providers: ['aws', 'gce', 'azure', 'vsphere', 'baremetal'],
      severityNote: 'error with `--strict`',
      checks: [
        'A check needed data the inputs do not hold: a node missing from the cloud dumps, a dump not given at all, a subnet or cluster CIDR that is unknown. The message names the dump to add. A warning by default; `--strict` makes it an error, for gates that must not pass on partial data.',
        'Findings raised on behalf of another rule name that rule (`about`).',
      ],
      needs: ['Whatever the other rules need: this rule reports what is missing.'],
      remediation: ['Add the dump named in the message, or run in live mode.'],
      fix: ['None: there is nothing to change in the cloud.'],
    },
  },
  check: cluster,
};
