import { named } from '../model/names/index.js';
import { shell, withCommand } from '../model/shell.js';
import type { Rule } from './types.js';

export const podCidrMissing: Rule = {
  meta: {
    id: 'pod-cidr-missing',
    title: 'A node has no pod CIDR',
    severity: 'error',
    docsUrl: 'docs/rules.md#pod-cidr-missing',
    description:
      "flannel with the Kubernetes subnet manager takes each node's subnet from spec.podCIDR(s). A node without one gets no flannel " +
      'lease: its pods get no addresses, and no other node can route to it.',
    remediation:
      "Let the controller manager allocate pod CIDRs (--allocate-node-cidrs=true with --cluster-cidr matching flannel's Network), " +
      'or set spec.podCIDR once on the node.',
    docs: {
      summary: 'a node without a pod CIDR',
      providers: ['aws', 'gce', 'azure', 'vsphere', 'baremetal'],
      checks: [
        'A node without `spec.podCIDR` gets no flannel lease: its pods get no addresses and no route leads to it.',
      ],
      needs: ['The nodes: `kubectl get nodes -o json` (or `-o yaml`), a native inventory, or live mode.'],
      remediation: [
        "Run kube-controller-manager with `--allocate-node-cidrs=true` and a `--cluster-cidr` that matches flannel's `Network`, or set `spec.podCIDR` once on the node.",
      ],
      fix: ['Manual: the plan says what a person must do; apply leaves it alone.'],
    },
  },
  *check({ topology }) {
    for (const view of topology.views) {
      // A planned node (from a Terraform plan) gets its pod CIDR when it registers.
      if (view.node.podCidrs.length > 0 || view.node.planned) continue;
      yield {
        node: view.node.name,
        message: `node ${view.node.name} has no spec.podCIDR: flannel cannot give it a subnet, so pods there get no network and no route leads to it`,
        remediation: withCommand(
          {
            text: 'Check that kube-controller-manager runs with --allocate-node-cidrs=true and a --cluster-cidr with free space, or assign one (podCIDR can be set once).',
          },
          shell`kubectl patch node ${named('kubernetes-node', view.node.name)} --type merge -p ${'{"spec":{"podCIDR":"<free /24 of the cluster CIDR>","podCIDRs":["<same>"]}}'}`,
        ),
        origin: view.node.origin,
      };
    }
  },
};
