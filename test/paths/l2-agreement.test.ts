import { describe, expect, it } from 'vitest';
import { pathContextOf } from '../../src/engine/explain.js';
import type { HopState, PathBlock } from '../../src/model/connectivity.js';
import { destinationForwarding, sourceForwarding } from '../../src/paths/checks/forwarding.js';
import { hostRoute } from '../../src/paths/checks/host-route.js';
import { onLink } from '../../src/paths/checks/on-link.js';
import type { PathCheck, PathContext } from '../../src/paths/types.js';
import { runFixture } from '../rules/helpers.js';
import { checkFiles } from './l2-support.js';

const HOST = 'test/real-world/host/linux';
const HOST_DUMPS = [
  `${HOST}/nodes.json`,
  'fixtures/baremetal/healthy/kube-flannel-cfg.yaml',
  ...['07', '08', '09'].flatMap((n) => [`${HOST}/host-${n}-addr.json`, `${HOST}/host-${n}-route.json`]),
];
const BM_HEALTHY = ['nodes.json', 'kube-flannel-cfg.yaml', 'inventory.yaml'].map(
  (f) => `fixtures/baremetal/healthy/${f}`,
);
const WINDOWS = ['win-node-addr.json', 'win-node-route.json'].map((f) => `test/real-world/host/windows/${f}`);

const CASES: Record<string, () => Promise<PathContext>> = {
  'aws broken': async () => context(await runFixture('fixtures/aws/broken')),
  'aws without instance data': async () =>
    context(
      await runFixture('fixtures/aws/healthy', (files) => {
        files.delete('instances.json');
        files.delete('network-interfaces.json');
      }),
    ),
  'vsphere on two port groups': async () =>
    context(
      await checkFiles(
        ...['nodes.json', 'kube-flannel-cfg.yaml', 'govc-vm-info-0.35.json'].map((f) => `test/real-world/vsphere/${f}`),
      ),
    ),
  'bare metal broken': async () => context(await runFixture('fixtures/baremetal/broken')),
  'bare metal without subnets': async () =>
    context(await runFixture('fixtures/baremetal/broken', (files) => files.delete('inventory.yaml'))),
  'host dumps': async () => context(await checkFiles(...HOST_DUMPS)),
  'host dumps, one route dump missing': async () =>
    context(await checkFiles(...HOST_DUMPS.filter((file) => !file.endsWith('08-route.json')))),
  'bare metal with a Windows node dump': async () => context(await checkFiles(...BM_HEALTHY, ...WINDOWS)),
};

function context(result: Parameters<typeof pathContextOf>[0]): PathContext {
  return pathContextOf(result, { strict: false });
}

const holds = (side: PathBlock['from'], name: string) => side === 'all' || side.includes(name);

/** What the blocks say of one flow: false if a false block holds it, else null if a null block does, else true. */
function blockState(blocks: readonly PathBlock[], from: string, to: string): HopState {
  const covering = blocks.filter((block) => holds(block.from, from) && holds(block.to, to));
  if (covering.some((block) => block.ok === false)) return false;
  return covering.some((block) => block.ok === null) ? null : true;
}

function hopState(states: readonly HopState[]): HopState {
  if (states.includes(false)) return false;
  return states.includes(null) ? null : true;
}

const CHECKS: Record<string, PathCheck> = { sourceForwarding, hostRoute, onLink, destinationForwarding };

describe('the layer-2 and forwarding checks judge a pair alike hop by hop and in blocks', () => {
  for (const [name, make] of Object.entries(CASES))
    it(name, async () => {
      const ctx = await make();
      const views = ctx.topology.views.filter((view) => view.node.podCidrs.length > 0);
      let judged = 0;
      for (const [checkName, check] of Object.entries(CHECKS)) {
        const blocks = [...check.blocks(ctx)];
        expect(blocks.length).toBeLessThanOrEqual(2 * views.length);
        for (const from of views)
          for (const to of views.filter((view) => view !== from)) {
            const hops = to.node.podCidrs.flatMap((podCidr) => [...check.hops(ctx, from, { view: to, podCidr })]);
            const flow = `${checkName} ${from.node.name} -> ${to.node.name}`;
            expect(`${flow}: ${hopState(hops.map((hop) => hop.ok))}`).toBe(
              `${flow}: ${blockState(blocks, from.node.name, to.node.name)}`,
            );
            judged++;
          }
      }
      expect(judged).toBeGreaterThan(0);
    });

  it('has every case find something to drop or leave undecided (else it would test nothing)', async () => {
    for (const [name, make] of Object.entries(CASES)) {
      const ctx = await make();
      const blocks = Object.values(CHECKS).flatMap((check) => [...check.blocks(ctx)]);
      expect([name, blocks.length > 0]).toEqual([name, true]);
    }
  });
});
