import { runCheck, type CheckResult } from '../../src/engine/check.js';
import { pathContextOf } from '../../src/engine/explain.js';
import type { Hop, PathStep, Trace } from '../../src/model/connectivity.js';
import { explain } from '../../src/paths/explain.js';
import { runFixture, type Mutator } from '../rules/helpers.js';

/** The check of real files, with the CLI's defaults. */
export async function checkFiles(...paths: string[]): Promise<CheckResult> {
  return await runCheck({ paths, clusterCidrs: [], strict: false, failOn: 'error', suppressions: [], severities: {} });
}

export function traceOf(result: CheckResult, from: string, to: string): Trace {
  return explain(pathContextOf(result, { strict: false }), from, to);
}

/** A fixture folder, edited by `mutate`, traced from a node to a node or pod IP. */
export async function traceFixture(fixture: string, from: string, to: string, mutate?: Mutator): Promise<Trace> {
  return traceOf(await runFixture(fixture, mutate), from, to);
}

/** The hops that do not pass, as "direction step ok ruleId": what a person on call reads first. */
export function failing(trace: Trace): string[] {
  const line = (direction: string) => (hop: Hop) => `${direction} ${hop.step} ${hop.ok} ${hop.ruleId ?? '-'}`;
  return [
    ...trace.forward.filter((hop) => hop.ok !== true).map(line('forward')),
    ...trace.return.filter((hop) => hop.ok !== true).map(line('return')),
  ];
}

export function hop(trace: Trace, direction: 'forward' | 'return', step: PathStep): Hop {
  const found = trace[direction].find((candidate) => candidate.step === step);
  if (!found) throw new Error(`no ${step} hop ${direction}: ${JSON.stringify(trace[direction])}`);
  return found;
}
