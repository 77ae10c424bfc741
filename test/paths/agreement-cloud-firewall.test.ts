import { describe, expect, it } from 'vitest';
import type { Hop, PathBlock } from '../../src/model/connectivity.js';
import type { NodeView } from '../../src/model/topology.js';
import { cloudRoute } from '../../src/paths/checks/cloud-route.js';
import { firewall } from '../../src/paths/checks/firewall.js';
import type { PathContext, Target } from '../../src/paths/types.js';
import { azureRoute, gceRoute, named, type Mutator } from '../rules/helpers.js';
import { holds, pathContext } from './fixture-context.js';

const CHECKS = { cloudRoute, firewall };

/** The destination as explain picks it for a node: its pod CIDRs of the families the source has. */
function targets(from: NodeView, to: NodeView): Target[] {
  const families = new Set(from.node.podCidrs.map((cidr) => cidr.family));
  const shared = to.node.podCidrs.filter((cidr) => families.has(cidr.family));
  return (shared.length > 0 ? shared : to.node.podCidrs.slice(0, 1)).map((podCidr) => ({ view: to, podCidr }));
}

/**
 * GCE ingress rules admitting the Windows pods into one Linux node and the control plane's into the other: the
 * analysis judges single nodes, and the dropped pairs are no product of the nodes on either side.
 */
const crossedAllows: Mutator = (files) => {
  const rules = files.get('gcloud-firewall-rules.json');
  const template = named(rules, 'k8s-allow-pods-windows');
  const allow = (name: string, id: string, sourceRanges: string[], destinationRanges: string[]) => ({
    ...template,
    id,
    name,
    selfLink: template.selfLink.replace('k8s-allow-pods-windows', name),
    sourceRanges,
    destinationRanges,
    targetTags: ['linux-pool'],
  });
  rules.push(
    allow('allow-windows-to-lin-2', '7301846522118955901', ['10.52.3.0/24', '10.52.4.0/24'], ['10.52.2.0/24']),
    allow('allow-cp-to-lin-1', '7301846522118955902', ['10.52.0.0/24'], ['10.52.1.0/24']),
  );
};

const CASES: [string, Mutator?][] = [
  ['fixtures/gce/broken'],
  ['fixtures/gce/broken', (files) => files.delete('gcloud-instances.json')],
  [
    'fixtures/gce/healthy',
    (files) =>
      files.get('gcloud-routes.json').push(
        gceRoute({
          project: 'northwind-k8s',
          network: 'k8s-vpc',
          name: 'twin',
          destRange: '10.52.3.0/24',
          ip: '10.30.0.6',
        }),
      ),
  ],
  ['fixtures/azure/broken'],
  [
    'fixtures/azure/healthy',
    (files) => {
      const table = named(files.get('az-route-tables.json'), 'k8s-pod-routes');
      table.routes.push(azureRoute(table, 'to-firewall', 'fd00:10:244:1::/65', 'fd00:20:0:1::99'));
    },
  ],
  ['fixtures/firewall/aws/broken'],
  [
    'fixtures/firewall/aws/broken',
    (files) => {
      const dump = files.get('security-groups.json');
      dump.SecurityGroups = dump.SecurityGroups.filter((group: any) => group.GroupId !== 'sg-0c3d5e7f9a1b24680');
    },
  ],
  ['fixtures/firewall/gce/broken'],
  ['fixtures/firewall/gce/broken', crossedAllows],
  ['fixtures/firewall/azure/broken'],
];

function agreement(context: PathContext, name: keyof typeof CHECKS): string[] {
  const check = CHECKS[name];
  const blocks: PathBlock[] = [...check.blocks(context)];
  const views = context.topology.views.filter((view) => view.node.podCidrs.length > 0);
  const disagreements: string[] = [];
  let failing = 0;
  for (const from of views)
    for (const to of views) {
      if (from === to) continue;
      const hops: Hop[] = targets(from, to).flatMap((target) => [...check.hops(context, from, target)]);
      const a = from.node.name;
      const b = to.node.name;
      const hopFalse = hops.some((hop) => hop.ok === false);
      const blockFalse = blocks.some((block) => block.ok === false && holds(block, a, b));
      const hopNull = hops.some((hop) => hop.ok === null);
      const blockNull = blocks.some((block) => block.ok === null && holds(block, a, b));
      if (hopFalse) failing++;
      if (hopFalse !== blockFalse || hopNull !== blockNull)
        disagreements.push(
          `${name} ${a} → ${b}: hop false ${hopFalse} null ${hopNull}, block ${blockFalse} ${blockNull}`,
        );
    }
  // A block is never one pair: each covers whole groups of nodes.
  expect(blocks.length).toBeLessThanOrEqual(Math.max(failing, 1));
  return disagreements;
}

describe('cloud-route and firewall: a hop fails exactly when one of the check’s blocks holds the pair', () => {
  it.each(CASES.map(([fixture, mutate], i) => [`${fixture}${mutate ? ` (edited ${i})` : ''}`, fixture, mutate]))(
    '%s',
    async (_label, fixture, mutate) => {
      const context = await pathContext(fixture as string, mutate as Mutator | undefined);
      expect([...agreement(context, 'cloudRoute'), ...agreement(context, 'firewall')]).toEqual([]);
    },
  );

  it('the cases exercise both checks, dropping and undecided', async () => {
    let dropped = 0;
    let undecided = 0;
    for (const [fixture, mutate] of CASES) {
      const context = await pathContext(fixture, mutate);
      for (const check of Object.values(CHECKS))
        for (const block of check.blocks(context)) {
          if (block.ok === false) dropped++;
          else undecided++;
        }
    }
    expect(dropped).toBeGreaterThan(10);
    expect(undecided).toBeGreaterThan(1);
  });
});
