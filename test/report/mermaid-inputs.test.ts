import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error the benchmark's generator is plain JavaScript without type declarations
import { generateCluster } from '../../bench/generate.mjs';
import { UserError } from '../../src/errors.js';
import type { ConnectivityCell, NodeGroup } from '../../src/model/connectivity.js';
import { renderMarkdown, renderMarkdownLimited } from '../../src/report/markdown.js';
import { connectivityDiagram, drawConnectivity } from '../../src/report/mermaid.js';
import { MERMAID_LIMITS } from '../../src/report/mermaid-graph.js';
import type { Report } from '../../src/report/types.js';
import { expectNothingInjected, expectOnlyOurStatements, parsed, parsedAll } from '../support/mermaid/expect.js';
import { block, group } from '../support/mermaid/connectivity.js';
import { hostileCluster } from '../support/mermaid/hostile.js';
import { mermaidSource } from '../support/mermaid/parse.js';
import { check, FIXTURES, fixtureFolders } from '../sources/helpers.js';

const work: string[] = [];
afterAll(async () => {
  await Promise.all(work.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** The engine's report, with the connectivity it computed. */
async function reportOf(folder: string): Promise<Report | undefined> {
  try {
    return (await check(folder)).report;
  } catch (error) {
    if (error instanceof UserError) return undefined;
    throw error;
  }
}

describe('the diagram of every fixture folder', () => {
  it('is in the markdown report and Mermaid parses it', async () => {
    const drawn: string[] = [];
    const names: string[] = [];
    for (const folder of fixtureFolders().sort()) {
      const report = await reportOf(folder);
      // A plan of machines still to be created has no node with a pod CIDR yet: no group, nothing to draw.
      if (report === undefined || (report.connectivity?.groups.length ?? 0) === 0) continue;
      const source = mermaidSource(renderMarkdown(report, { color: false }));
      expect(source, relative(FIXTURES, folder)).toBeDefined();
      expectOnlyOurStatements(source!);
      drawn.push(source!);
      names.push(relative(FIXTURES, folder));
    }
    expect(names).toContain(join('gce', 'broken'));
    for (const result of await parsedAll(drawn)) expectNothingInjected(result);
  });

  it('gives way to a one-line note when the markdown must fit a smaller budget', async () => {
    const report = (await reportOf(join(FIXTURES, 'gce', 'broken')))!;
    const whole = renderMarkdownLimited(report, { color: false }, 1 << 20);
    expect(whole).toContain('```mermaid');
    const limit = Buffer.byteLength(whole) - 1;
    const cut = renderMarkdownLimited(report, { color: false }, limit, 'https://github.com/o/r/actions/runs/1');
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(limit);
    expect(cut).not.toContain('```mermaid');
    expect(cut).toContain('_The connectivity diagram does not fit in this size limit; the [full report](');
    // Nothing else had to go: the findings are all there.
    expect(cut).not.toContain('not shown');
  });
});

describe('names from inputs', () => {
  it('never add a directive, link, class, style or node to the diagram, in either view', async () => {
    const small = drawConnectivity(hostileCluster(1));
    const large = drawConnectivity(hostileCluster(3));
    expect([small.view, large.view]).toEqual(['nodes', 'groups']);
    const [nodes, groups] = await parsedAll([small.text, large.text]);
    for (const [drawing, result] of [
      [small, nodes!],
      [large, groups!],
    ] as const) {
      expectOnlyOurStatements(drawing.text);
      expectNothingInjected(result);
      // Inside a quoted label a word like click is text; outside one, only the writer's own statements remain.
      expect(drawing.text.replace(/"[^"\n]*"/g, '""')).not.toMatch(/click|style n|classDef x|subgraph x|http/);
      expect(drawing.text).not.toMatch(/%%|<img|<!--|`|@someone|\]\(|\u202e|\u0000|\u001b/);
    }
    // 19 nodes, 2 route tables, the every-node note: no vertex more.
    expect(nodes!.vertices.filter((vertex) => /^(n|rt|b)[0-9]+$/.test(vertex.id))).toHaveLength(22);
    expect(groups!.vertices.map((vertex) => vertex.id).sort()).toEqual(['b1', 'g1', 'g2', 'rt1', 'rt2']);
  });

  it('cannot break out of the fence in the markdown report', () => {
    const markdown = connectivityDiagram({ connectivity: hostileCluster(1) } as unknown as Report)!;
    expect(markdown.match(/^```/gm)).toEqual(['```', '```']);
  });
});

describe('a 5,000-node cluster', () => {
  it('is drawn as groups within the edge and character limits, from the generated dumps', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hostgw-mermaid-'));
    work.push(dir);
    generateCluster({ provider: 'gce', nodes: 5000, faults: true, seed: 1 }, dir);
    const report = (await reportOf(dir))!;
    const drawing = drawConnectivity(report.connectivity!);
    expect(drawing.view).toBe('groups');
    expect(drawing.text.length).toBeLessThanOrEqual(MERMAID_LIMITS.maxChars);
    const result = await parsed(drawing.text);
    expect(result.edges).toBeLessThanOrEqual(MERMAID_LIMITS.maxEdges);
    expectNothingInjected(result);
  });

  it('keeps 200 edges and 50,000 characters when 500 groups break in every way', async () => {
    const groups: NodeGroup[] = Array.from({ length: 500 }, (_, i) =>
      group(
        i + 1,
        `subnet-${i} 10.${i >> 8}.${i & 255}.0/24, linux`,
        Array.from({ length: 10 }, (_, n) => `node-${i}-${n}`),
        [`rt-${i % 40}`],
      ),
    );
    const cells: ConnectivityCell[] = groups.flatMap((from, i) =>
      groups.flatMap((to, j) => {
        if ((i + j) % 3 !== 0) return [];
        const dropped = (i * j) % 2 === 0 ? 100 : 0;
        return [
          {
            from: from.id,
            to: to.id,
            pairs: 100,
            delivered: 0,
            dropped,
            unknown: 100 - dropped,
            rules: ['route-missing', 'check-incomplete'],
          },
        ];
      }),
    );
    const totals = { pairs: 0, delivered: 0, dropped: 0, unknown: 0 };
    const drawing = drawConnectivity({
      groups,
      cells,
      totals,
      blocks: [block('forwarding-disabled', ['node-1-1'], 'all')],
    });
    expect(drawing.text.length).toBeLessThanOrEqual(MERMAID_LIMITS.maxChars);
    expect(drawing.edgesNotDrawn).toBeGreaterThan(0);
    const result = await parsed(drawing.text);
    expect(result.edges).toBe(MERMAID_LIMITS.maxEdges);
    expectNothingInjected(result);
    // The dropped edges come before any unknown one.
    expect(drawing.text).not.toMatch(/-\.->/);
  });
});
