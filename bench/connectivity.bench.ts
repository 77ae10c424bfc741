// The connectivity step timed on its own, in process, on the 5,000-node clusters of `npm run bench`: every rule on a
// fresh topology, then clusterConnectivity() on that same context (as evaluate() runs them: the route and firewall
// analyses the rules cached are shared, nothing else is), and connectivity() with a few blocks per faulty node (what
// the path checks report). The share is read against the rules and against the whole check of the CLI. Run by `npm run bench`
// through vitest (it runs the TypeScript sources); not part of the test suite. Results: bench/connectivity-results.json.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, it } from 'vitest';
import { profileFor } from '../src/clouds/index.js';
import { runCheck } from '../src/engine/check.js';
import type { PathBlock } from '../src/model/connectivity.js';
import { Topology } from '../src/model/topology.js';
import { clusterConnectivity } from '../src/paths/cluster.js';
import { nodeGroups } from '../src/paths/groups.js';
import { connectivity } from '../src/paths/matrix.js';
import { draftsOf, RULES } from '../src/rules/index.js';
import type { RuleContext } from '../src/rules/types.js';
// @ts-expect-error: the generator is plain JavaScript without types.
import { generateCluster } from './generate.mjs';

const SIZES = (process.env.HOSTGW_BENCH_SIZES ?? '5000').split(',').map(Number);
const PROVIDERS = (process.env.HOSTGW_BENCH_PROVIDERS ?? 'aws,gce,azure').split(',');
const RUNS = Number(process.env.HOSTGW_BENCH_RUNS ?? '11');
const rows: Record<string, unknown>[] = [];

const OPTIONS = { strict: false, failOn: 'never', suppressions: [], severities: {} } as const;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Median wall time of each function over `runs` rounds after one untimed round, the functions in turns within a
 * round: the machine drifts, and timing one after the other would put the drift into their ratio.
 */
function timeInTurns(runs: number, functions: readonly (() => unknown)[]): number[] {
  const samples = functions.map((): number[] => []);
  for (let round = 0; round <= runs; round++) {
    functions.forEach((run, i) => {
      const started = process.hrtime.bigint();
      run();
      if (round > 0) samples[i]!.push(Number(process.hrtime.bigint() - started) / 1e6);
    });
  }
  return samples.map(median);
}

/** The CLI's median wall time on the same cluster, from the table `npm run bench` wrote just before this runs. */
function cliCheckMs(provider: string, nodes: number): number | undefined {
  try {
    const rows = JSON.parse(readFileSync('bench/results.json', 'utf8')).results as Record<string, unknown>[];
    const row = rows.find((r) => r.provider === provider && r.nodes === nodes && r.variant === 'ipv4');
    return typeof row?.cliMs === 'number' ? row.cliMs : undefined;
  } catch {
    return undefined;
  }
}

/** What the path checks report for broken nodes: each drops what it sends and what it receives. */
function faultBlocks(nodes: readonly string[]): PathBlock[] {
  return nodes.flatMap((node): PathBlock[] => [
    { step: 'source-forwarding', ok: false, ruleId: 'forwarding-disabled', from: [node], to: 'all', reason: node },
    { step: 'destination-forwarding', ok: false, ruleId: 'forwarding-disabled', from: 'all', to: [node], reason: node },
    { step: 'route-lookup', ok: null, ruleId: 'check-incomplete', from: 'all', to: [node], reason: node },
  ]);
}

for (const provider of PROVIDERS) {
  for (const nodes of SIZES) {
    it(`${provider} ${nodes}`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'hostgw-bench-connectivity-'));
      try {
        const generated = generateCluster({ provider, nodes, faults: true, seed: 1 }, dir);
        const { snapshot, report } = await runCheck({ ...OPTIONS, paths: [dir], clusterCidrs: [] });
        const fresh = (): RuleContext => ({
          snapshot,
          topology: new Topology(snapshot),
          profile: profileFor(snapshot.provider),
          options: { strict: false },
        });
        let context = fresh();
        const broken = Object.values(generated.faults as Record<string, string[]>).flat();
        const groups = nodeGroups(context);
        const blocks = faultBlocks(broken);
        const [rulesMs, matrixMs, blocksMs] = timeInTurns(RUNS, [
          () => {
            context = fresh();
            for (const rule of RULES) for (const draft of draftsOf(rule, context)) void draft;
          },
          () => clusterConnectivity({ ...context, findings: report.findings }),
          () => connectivity(groups, blocks),
        ]) as [number, number, number];
        const checkMs = cliCheckMs(provider, nodes);
        rows.push({
          provider,
          nodes,
          groups: groups.length,
          rulesMs: Number(rulesMs.toFixed(1)),
          connectivityMs: Number(matrixMs.toFixed(2)),
          ofRulesPercent: Number(((100 * matrixMs) / rulesMs).toFixed(2)),
          ...(checkMs !== undefined && { checkMs, ofCheckPercent: Number(((100 * matrixMs) / checkMs).toFixed(2)) }),
          syntheticBlocks: blocks.length,
          syntheticMs: Number(blocksMs.toFixed(2)),
        });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }, 600_000);
  }
}

afterAll(() => {
  const header = 'provider  nodes  groups  rules ms  connectivity ms  of rules %  of check %  blocks  with blocks ms';
  const lines = rows.map((r) =>
    [
      String(r.provider).padEnd(8),
      String(r.nodes).padStart(5),
      String(r.groups).padStart(6),
      String(r.rulesMs).padStart(8),
      String(r.connectivityMs).padStart(15),
      String(r.ofRulesPercent).padStart(10),
      String(r.ofCheckPercent ?? '-').padStart(10),
      String(r.syntheticBlocks).padStart(6),
      String(r.syntheticMs).padStart(14),
    ].join('  '),
  );
  console.log(
    [
      '',
      `connectivity step, in process (median of ${RUNS}; of rules %: against the rules it follows; of check %: against`,
      `the CLI's whole check of the same cluster in the table above, the budget the issue sets at 10 %):`,
      header,
      '-'.repeat(header.length),
      ...lines,
    ].join('\n'),
  );
  const results = { date: new Date().toISOString(), node: process.version, runs: RUNS, rows };
  writeFileSync('bench/connectivity-results.json', `${JSON.stringify(results, null, 2)}\n`);
});
