import { expect } from 'vitest';
import { profileFor } from '../../src/clouds/index.js';
import { Topology } from '../../src/model/topology.js';
import type { Hop, PathBlock, PathStep, Trace } from '../../src/model/connectivity.js';
import { verdictOf } from '../../src/paths/explain.js';
import type { PathContext } from '../../src/paths/types.js';
import { runFixture, type Mutator } from '../rules/helpers.js';

/** A fixture folder (edited by `mutate`) read and checked as the CLI does, as the path checks' context. */
export async function pathContext(fixture: string, mutate?: Mutator): Promise<PathContext> {
  const result = await runFixture(fixture, mutate);
  const { snapshot } = result;
  return {
    snapshot,
    topology: new Topology(snapshot),
    profile: profileFor(snapshot.provider),
    options: { strict: false },
    findings: result.report.findings,
  };
}

/** Whether a block holds the one-way flow from node `from` to the pods of node `to`. */
export function holds(block: PathBlock, from: string, to: string): boolean {
  return (block.from === 'all' || block.from.includes(from)) && (block.to === 'all' || block.to.includes(to));
}

/** The one hop of a direction that is not ok, failing with the whole trace when there is none or several. */
export function failing(trace: Trace, direction: 'forward' | 'return' = 'forward'): Hop {
  const bad = trace[direction].filter((hop) => hop.ok !== true);
  expect(bad, JSON.stringify(trace, null, 1)).toHaveLength(1);
  return bad[0]!;
}

/** The remediation of the one finding of a rule about a node or resource. */
export function findingOf(context: PathContext, ruleId: string, about: { node?: string; resource?: string }) {
  const found = context.findings!.filter(
    (finding) =>
      finding.ruleId === ruleId &&
      (about.node === undefined || finding.node === about.node) &&
      (about.resource === undefined || finding.resource === about.resource),
  );
  expect(found, `${ruleId} ${JSON.stringify(about)}`).toHaveLength(1);
  return found[0]!;
}

/**
 * A trace cut down to the steps of the checks under test, its verdict recomputed from them: a fixture broken in
 * several ways (forwarding off as well) still shows what the route or firewall steps decide.
 */
export function onlySteps(trace: Trace, steps: readonly PathStep[]): Trace {
  const forward = trace.forward.filter((hop) => steps.includes(hop.step));
  const back = trace.return.filter((hop) => steps.includes(hop.step));
  return { ...trace, forward, return: back, verdict: verdictOf([...forward, ...back]) };
}
