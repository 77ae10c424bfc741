import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PathBlock } from '../../src/model/connectivity.js';
import { cloudRoute } from '../../src/paths/checks/cloud-route.js';
import { firewall } from '../../src/paths/checks/firewall.js';
import type { PathContext } from '../../src/paths/types.js';
import { ROOT, named } from '../rules/helpers.js';
import { holds, pathContext } from './fixture-context.js';

const NODES = 300;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hostgw-paths-scale-'));
  const { generateCluster } = await import(pathToFileURL(join(ROOT, 'bench/generate.mjs')).href);
  generateCluster({ provider: 'gce', nodes: NODES, faults: true, seed: 3, firewallRules: 20 }, dir);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Every ordered pair of nodes with pod CIDRs, whether the check's hops drop it. */
function droppedPairs(context: PathContext, check: typeof cloudRoute): [string, string, boolean][] {
  const views = context.topology.views.filter((view) => view.node.podCidrs.length > 0);
  return views.flatMap((from) =>
    views
      .filter((to) => to !== from)
      .map((to): [string, string, boolean] => {
        const hops = to.node.podCidrs.flatMap((podCidr) => [...check.hops(context, from, { view: to, podCidr })]);
        return [from.node.name, to.node.name, hops.some((hop) => hop.ok === false)];
      }),
  );
}

describe(`a generated GCE cluster of ${NODES} nodes whose pod allow rule holds only part of the pod range`, () => {
  it('gives a few blocks per cause, and they hold exactly the pairs whose hops drop', async () => {
    const context = await pathContext(dir, (files) => {
      // 10.64.0.0/17 is the pod CIDRs of the first 128 nodes: the rest is dropped by the implied deny.
      named(files.get('gcloud-firewall-rules.json'), 'k8s-pods-all').sourceRanges = ['10.64.0.0/17'];
    });
    for (const check of [cloudRoute, firewall]) {
      const blocks: PathBlock[] = [...check.blocks(context)].filter((block) => block.ok === false);
      const pairs = droppedPairs(context, check);
      const dropped = pairs.filter(([, , drops]) => drops).length;
      expect(blocks.length).toBeLessThanOrEqual(4);
      if (check === firewall) expect(dropped).toBeGreaterThan(NODES * 100);
      const wrong = pairs.filter(([a, b, drops]) => drops !== blocks.some((block) => holds(block, a, b)));
      expect(wrong.slice(0, 5)).toEqual([]);
    }
  });
});
