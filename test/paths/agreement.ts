import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { PathBlock, PathVerdict } from '../../src/model/connectivity.js';
import { Topology } from '../../src/model/topology.js';
import type { ClusterSnapshot } from '../../src/model/snapshot.js';
import type { Finding } from '../../src/model/finding.js';
import { profileFor } from '../../src/clouds/index.js';
import { runCheck } from '../../src/engine/check.js';
import { pathBlocks } from '../../src/paths/blocks.js';
import { explain } from '../../src/paths/explain.js';
import { nodeGroups } from '../../src/paths/groups.js';
import { connectivity } from '../../src/paths/matrix.js';
import type { PathContext } from '../../src/paths/types.js';
import { ROOT } from '../rules/helpers.js';

export const MAX_NODES = 40;

/**
 * Fixture folders: the folders under fixtures/ holding an input file, taken whole (a Terraform root's modules
 * belong to it), relative to the repository root.
 */
export function fixtureFolders(folder = join(ROOT, 'fixtures')): string[] {
  const entries = readdirSync(folder, { withFileTypes: true });
  if (entries.some((entry) => entry.isFile() && entry.name !== 'README.md')) return [relative(ROOT, folder)];
  return entries
    .filter((entry) => entry.isDirectory())
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => fixtureFolders(join(folder, entry.name)));
}

/** The snapshot and findings of a folder, read as `check` reads it. */
export async function contextOfFolder(folder: string): Promise<PathContext> {
  const { snapshot, report } = await runCheck({
    paths: [join(ROOT, folder)],
    clusterCidrs: [],
    strict: false,
    failOn: 'error',
    suppressions: [],
    severities: {},
  });
  return contextOf(snapshot, report.findings);
}

export function contextOf(snapshot: ClusterSnapshot, findings: readonly Finding[] = []): PathContext {
  const topology = new Topology(snapshot);
  return { snapshot, topology, profile: profileFor(snapshot.provider), options: { strict: false }, findings };
}

function holds(block: PathBlock, from: string, to: string): boolean {
  return (block.from === 'all' || block.from.includes(from)) && (block.to === 'all' || block.to.includes(to));
}

/**
 * Where explain and the matrix disagree on a cluster: a pair whose trace verdict differs from the matrix's (each
 * node its own group, so each cell is one pair), or a hop with ok false that no ok-false block of its step holds.
 */
export function disagreements(context: PathContext): string[] {
  const names = nodeGroups(context).flatMap((group) => group.nodes);
  const singles = names.map((name, i) => ({
    id: `g${i + 1}`,
    label: name,
    os: 'unknown' as const,
    nodes: [name],
    routeTables: [],
  }));
  const blocks = pathBlocks(context);
  const verdicts = new Map<string, PathVerdict>();
  for (const cell of connectivity(singles, blocks).cells) {
    const verdict = cell.dropped ? 'dropped' : cell.unknown ? 'unknown' : 'delivered';
    verdicts.set(`${names[Number(cell.from.slice(1)) - 1]} > ${names[Number(cell.to.slice(1)) - 1]}`, verdict);
  }
  const problems: string[] = [];
  for (const a of names) {
    for (const b of names) {
      if (a === b) continue;
      const trace = explain(context, a, b);
      const matrix = verdicts.get(`${a} > ${b}`);
      if (trace.verdict !== matrix) problems.push(`${a} > ${b}: explain says ${trace.verdict}, the matrix ${matrix}`);
      const legs = [
        [trace.forward, a, b],
        [trace.return, b, a],
      ] as const;
      for (const [hops, from, to] of legs) {
        for (const hop of hops.filter((candidate) => candidate.ok === false)) {
          const matched = blocks.some(
            (block) => block.ok === false && block.step === hop.step && holds(block, from, to),
          );
          if (!matched)
            problems.push(`${from} > ${to}: ${hop.step} drops (${hop.detail}) but no block of the step does`);
        }
      }
    }
  }
  return problems;
}
