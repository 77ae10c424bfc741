import { CidrIndex } from '../model/cidr-index.js';
import { contains, type Cidr } from '../model/cidr.js';
import type { Origin } from '../model/origin.js';
import type { PodBlock } from '../model/topology.js';
import { named } from '../model/names/index.js';
import { shell, withCommand } from '../model/shell.js';
import type { Rule } from './types.js';
import type { FindingDraft } from '../model/finding.js';

interface AddressSpace {
  readonly dest: Cidr;
  readonly what: string;
  readonly id: string;
  readonly origin?: Origin;
}

function overlapping<T extends { dest: Cidr }>(index: CidrIndex<T>, cidr: Cidr): T[] {
  const inside = index.inside(cidr);
  return inside.length === 0 ? index.covering(cidr) : [...index.covering(cidr), ...inside];
}

export const podCidrOverlap: Rule = {
  meta: {
    id: 'pod-cidr-overlap',
    title: 'Pod CIDRs overlap each other, the node network, or leave the cluster CIDR',
    severity: 'error',
    docsUrl: 'docs/rules.md#pod-cidr-overlap',
    description:
      'Every node owns its pod CIDR exclusively: host-gw routes the whole block to that node. Two nodes sharing addresses, a pod CIDR ' +
      "inside a node subnet or the VPC/VNet address space, or one outside flannel's Network send traffic to the wrong place or nowhere.",
    remediation:
      'Give the node a pod CIDR from the cluster CIDR that no other node, subnet or VPC/VNet range uses: delete and re-register the node, ' +
      'or fix --cluster-cidr/--node-cidr-mask-size so that allocations do not collide.',
    docs: {
      summary: 'pod CIDRs overlapping each other, node subnets or the VPC/VNet, or outside the cluster CIDR',
      providers: ['aws', 'gce', 'azure', 'vsphere', 'baremetal'],
      checks: [
        "Each pod CIDR must be owned by exactly one node and lie inside flannel's `Network`, away from node subnets and the VPC/VNet address space.",
      ],
      needs: [
        'The nodes: `kubectl get nodes -o json` (or `-o yaml`), a native inventory, or live mode.',
        'For the subnet and VPC/VNet checks, the cloud subnets and networks (`aws ec2 describe-subnets`/`describe-vpcs`, `gcloud compute networks subnets list`, `az network vnet subnet list`/`az network vnet list`, or an inventory); for the cluster CIDR, the flannel ConfigMap, RKE `cluster.yml`, inventory or `--cluster-cidr`.',
      ],
      remediation: [
        'Re-register the node (drain, delete the Node object, restart kubelet) after fixing the allocation settings (`--cluster-cidr`, `--node-cidr-mask-size`).',
      ],
      fix: ['Manual: the plan says what a person must do; apply leaves it alone.'],
    },
  },
  *check({ snapshot, topology }) {
    const index = topology.podCidrIndex;
    const blocks = index.entries;
    // The index tells at once whether any two blocks overlap; the usual cluster has none, and then no block is searched.
    for (const block of index.hasOverlaps() ? blocks : []) {
      for (const other of overlapping(index, block.dest)) {
        // Each pair once: from the node that sorts first, or the larger block when a node overlaps itself.
        if (
          other === block ||
          other.view.node.name < block.view.node.name ||
          (other.view === block.view && other.dest.prefix < block.dest.prefix)
        )
          continue;
        yield overlap(
          block,
          `overlaps pod CIDR ${other.dest.text} of node ${other.view.node.name}`,
          other.view.node.name,
          'Each node needs its own block.',
        );
      }
    }

    const spaces = new CidrIndex<AddressSpace>([
      ...snapshot.subnets.flatMap((subnet) =>
        subnet.cidrs.map((dest) => ({ dest, what: 'subnet', id: subnet.name ?? subnet.id, origin: subnet.origin })),
      ),
      ...snapshot.networks.flatMap((network) =>
        network.cidrs.map((dest) => ({
          dest,
          what: 'network address space',
          id: network.name ?? network.id,
          origin: network.origin,
        })),
      ),
    ]);
    const clusterCidrsOf = {
      4: snapshot.clusterCidrs.filter((cidr) => cidr.family === 4),
      6: snapshot.clusterCidrs.filter((cidr) => cidr.family === 6),
    };
    for (const block of blocks) {
      for (const space of spaces.intersects(block.dest) ? overlapping(spaces, block.dest) : []) {
        yield overlap(
          block,
          `overlaps ${space.what} ${space.id} (${space.dest.text})`,
          space.id,
          'The cloud delivers those addresses to its own network, not to the node.',
        );
      }
      const sameFamily = clusterCidrsOf[block.dest.family];
      if (sameFamily.length > 0 && !containedInAny(sameFamily, block.dest)) {
        yield overlap(
          block,
          `lies outside the cluster CIDR ${sameFamily.map((cidr) => cidr.text).join(', ')}`,
          undefined,
          'flannel only routes pod CIDRs inside its Network.',
        );
      }
    }
  },
};

function containedInAny(outers: readonly Cidr[], inner: Cidr): boolean {
  return outers.some((outer) => contains(outer, inner));
}

function overlap(block: PodBlock, what: string, resource: string | undefined, why: string): FindingDraft {
  const name = block.view.node.name;
  return {
    node: name,
    resource,
    key: `${block.dest.text} ${what}`,
    message: `pod CIDR ${block.dest.text} of node ${name} ${what}. ${why}`,
    remediation: withCommand(
      {
        text: `Re-register ${name} so it gets a free pod CIDR from the cluster CIDR (drain, delete the Node object, restart kubelet), after fixing the allocation settings.`,
      },
      shell`kubectl drain ${named('kubernetes-node', name)} --ignore-daemonsets --delete-emptydir-data && kubectl delete node ${named('kubernetes-node', name)}`,
    ),
    origin: block.view.node.origin,
  };
}
