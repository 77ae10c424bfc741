import { afterEach, describe, expect, it } from 'vitest';
import type { Hop, PathBlock } from '../../src/model/connectivity.js';
import { PATH_CHECKS } from '../../src/paths/index.js';
import type { PathCheck } from '../../src/paths/types.js';
import { contextOfFolder, disagreements } from './agreement.js';

// Hand-made checks stand in for the registered ones here, to show that the agreement test fails when blocks and
// hops disagree. The registry is swapped in place (test files share one module graph, so vi.mock cannot reach a
// module another file imported already) and restored after each test.
const registered = [...PATH_CHECKS];
const registry = PATH_CHECKS as PathCheck[];

function useChecks(checks: PathCheck[]): void {
  registry.splice(0, registry.length, ...checks);
}

afterEach(() => useChecks(registered));

const STUCK = 'bm-wrk-01';

/** A forwarding check on one node: it drops what it sends and what it receives; `blocks` may forget one side. */
function forwardingCheck(blocks: 'both' | 'source-only' | 'wrong-step'): PathCheck {
  const block = (step: PathBlock['step'], from: PathBlock['from'], to: PathBlock['to']): PathBlock => ({
    step,
    ok: false,
    ruleId: 'forwarding-disabled',
    from,
    to,
    reason: `forwarding off on ${STUCK}`,
  });
  const hop = (step: Hop['step'], ok: boolean): Hop => ({ step, ok, detail: `forwarding on ${STUCK}` });
  return {
    steps: ['source-forwarding', 'destination-forwarding'],
    blocks: () => {
      if (blocks === 'wrong-step') return [block('on-link', [STUCK], 'all'), block('on-link', 'all', [STUCK])];
      const sent = block('source-forwarding', [STUCK], 'all');
      return blocks === 'both' ? [sent, block('destination-forwarding', 'all', [STUCK])] : [sent];
    },
    hops: (_context, from, to) => [
      hop('source-forwarding', from.node.name !== STUCK),
      hop('destination-forwarding', to.view.node.name !== STUCK),
    ],
  };
}

describe('the agreement test', () => {
  it('passes checks whose blocks hold exactly the flows their hops drop', async () => {
    useChecks([forwardingCheck('both')]);
    const context = await contextOfFolder('fixtures/baremetal/healthy');
    expect(disagreements(context)).toEqual([]);
  });

  it('fails a check whose blocks leave out flows its hops drop', async () => {
    useChecks([forwardingCheck('source-only')]);
    const context = await contextOfFolder('fixtures/baremetal/healthy');
    // Verdicts still agree (the return path carries the drop), but the destination hop has no block.
    expect(disagreements(context)).toContainEqual(expect.stringMatching(/destination-forwarding drops .* no block/));
  });

  it('fails a check whose verdicts differ, and one whose blocks name another step', async () => {
    useChecks([{ ...forwardingCheck('both'), blocks: () => [] }]);
    const context = await contextOfFolder('fixtures/baremetal/healthy');
    expect(disagreements(context)).toContainEqual(`bm-cp-01 > ${STUCK}: explain says dropped, the matrix delivered`);
    useChecks([forwardingCheck('wrong-step')]);
    expect(disagreements(context)).toContainEqual(expect.stringMatching(/source-forwarding drops .* no block/));
  });
});
