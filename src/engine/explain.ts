import { profileFor } from '../clouds/index.js';
import { EXIT_FINDINGS, EXIT_OK } from '../errors.js';
import type { Trace } from '../model/connectivity.js';
import { Topology } from '../model/topology.js';
import { explain } from '../paths/explain.js';
import type { PathContext } from '../paths/types.js';
import { runCheck, type CheckOptions, type CheckResult } from './check.js';

export interface ExplainResult {
  readonly trace: Trace;
  readonly check: CheckResult;
}

/** The path context of a finished check: its snapshot, and its findings for the hops' remediations. */
export function pathContextOf(check: CheckResult, options: Pick<CheckOptions, 'strict' | 'cluster'>): PathContext {
  const { snapshot, report } = check;
  return {
    snapshot,
    topology: new Topology(snapshot),
    profile: profileFor(snapshot.provider),
    options: { strict: options.strict, cluster: options.cluster },
    findings: report.findings,
  };
}

/** Reads the inputs as `check` does, then follows pod traffic from a node to a node or pod IP and back. */
export async function runExplain(options: CheckOptions, from: string, to: string): Promise<ExplainResult> {
  const check = await runCheck(options);
  return { trace: explain(pathContextOf(check, options), from, to), check };
}

/** 0 when the traffic is delivered both ways, 1 when it is dropped or the inputs cannot tell. */
export function explainExitCode(trace: Trace): number {
  return trace.verdict === 'delivered' ? EXIT_OK : EXIT_FINDINGS;
}
