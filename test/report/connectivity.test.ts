import { beforeAll, describe, expect, it } from 'vitest';
import type { NodeGroup, PathBlock } from '../../src/model/connectivity.js';
import { connectivity } from '../../src/paths/matrix.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown, renderMarkdownLimited } from '../../src/report/markdown.js';
import { GRID_MAX_GROUPS } from '../../src/report/connectivity-rows.js';
import { renderText, TEXT_CONNECTIVITY_ROWS } from '../../src/report/text.js';
import type { Report } from '../../src/report/types.js';
import { runFixture } from '../rules/helpers.js';

const plain = { color: false };
const HOSTILE = 'evil [x](https://e.example) <img src=x> @someone | \u001b[31m\u202e';

function groups(count: number, label = (i: number) => `subnet-${i} 10.0.${i}.0/24, linux`): NodeGroup[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `g${i + 1}`,
    label: label(i),
    segment: `subnet-${i}`,
    os: 'linux',
    nodes: [`n${i}a`, `n${i}b`],
    routeTables: [],
  }));
}

const DROP: PathBlock = {
  step: 'route-lookup',
  ok: false,
  ruleId: 'route-missing',
  from: 'all',
  to: ['n1a'],
  reason: 'no route',
};

let base: Report;
beforeAll(async () => {
  base = (await runFixture('fixtures/gce/healthy')).report;
});

function withMatrix(count: number, label?: (i: number) => string): Report {
  return { ...base, connectivity: { ...connectivity(groups(count, label), [DROP]), outside: [] } };
}

describe('connectivity in the reports', () => {
  it('is set by the engine and written under its own JSON key, without the blocks', () => {
    expect(base.connectivity?.groups.map((group) => group.id)).toEqual(['g1', 'g2']);
    const json = JSON.parse(renderJson(withMatrix(2), plain));
    expect(Object.keys(json).at(-1)).toBe('connectivity');
    expect(Object.keys(json.connectivity)).toEqual(['groups', 'cells', 'totals', 'outside']);
    expect(json.connectivity.totals).toEqual({ pairs: 12, delivered: 6, dropped: 6, unknown: 0 });
    expect(json.connectivity.cells[1]).toEqual({
      from: 'g1',
      to: 'g2',
      pairs: 4,
      delivered: 2,
      dropped: 2,
      unknown: 0,
      rules: ['route-missing'],
    });
  });

  it('shows a groups × groups grid with counts per cell and the rules, and a total', () => {
    const markdown = renderMarkdown(withMatrix(2), plain);
    expect(markdown).toContain('6 delivered, 6 dropped, 0 unknown of 12 node pairs in 2 groups');
    expect(markdown).toContain('| From ↓ to → | Nodes | g1 | g2 | Rules |');
    expect(markdown).toContain(
      '| ❌ g1 `subnet-0 10.0.0.0/24, linux` | 2 | ✅ all 2 delivered | ❌ 2 of 4 dropped | `route-missing` |',
    );
    expect(markdown).toContain('| ❌ g2 `subnet-1 10.0.1.0/24, linux` | 2 | ❌ 2 of 4 dropped | ❌ 2 of 2 dropped |');
    const text = renderText(withMatrix(2), plain);
    expect(text).toContain('Connectivity  6 delivered, 6 dropped, 0 unknown of 12 node pairs in 2 groups');
    expect(text).toContain(
      '  g1  subnet-0 10.0.0.0/24, linux  2 nodes\n      → g1 all 2 delivered · g2 2 of 4 dropped  (route-missing)',
    );
  });

  it('folds each group into one row past the grid size, naming the groups dropped towards', () => {
    const markdown = renderMarkdown(withMatrix(GRID_MAX_GROUPS + 1), plain);
    expect(markdown).toContain('| Group | Nodes | Delivered | Dropped | Unknown | Rules |');
    expect(markdown).toContain('| ❌ g1 `subnet-0 10.0.0.0/24, linux` | 2 | 32 | 2 → g2 | 0 | `route-missing` |');
    const text = renderText(withMatrix(GRID_MAX_GROUPS + 1), plain);
    expect(text).toContain(
      '  g1  subnet-0 10.0.0.0/24, linux  2 nodes\n      32 delivered, 2 dropped → g2  (route-missing)',
    );
  });

  it('escapes group labels from the inputs', () => {
    const report = withMatrix(2, () => HOSTILE);
    const markdown = renderMarkdown(report, plain);
    const row = markdown.split('\n').find((line) => line.startsWith('| ❌ g1'))!;
    expect(row).toBeDefined();
    expect(row).not.toContain('](');
    expect(row).not.toContain('<img');
    expect(row).not.toContain('\u001b');
    expect(row.split(' | ')).toHaveLength(5);
    const text = renderText(report, plain);
    expect(text).not.toContain('\u001b');
    expect(text).not.toContain('\u202e');
    expect(text).toContain('\\x1b[31m\\u202e');
  });

  it('cuts the rows to the text and markdown budgets, saying how many groups are not shown', () => {
    const report = withMatrix(TEXT_CONNECTIVITY_ROWS + 5);
    const text = renderText(report, plain);
    expect(text).toContain('…5 more groups not shown; see the JSON report');
    expect(text).toContain(`g${TEXT_CONNECTIVITY_ROWS} `);
    expect(text).not.toContain(`g${TEXT_CONNECTIVITY_ROWS + 1} `);
    const big = withMatrix(150);
    const whole = renderMarkdown(big, plain);
    // The diagram goes first when the document must shrink: cut deeper than it, into the rows.
    const start = whole.indexOf('### Connectivity diagram');
    const diagram = whole.slice(start, whole.indexOf('\n### ', start + 1));
    expect(diagram.length).toBeGreaterThan(0);
    const limit = whole.length - diagram.length - 5000;
    const cut = renderMarkdownLimited(big, plain, limit, 'https://run.example/1');
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(limit);
    const shown = cut.split('\n').filter((line) => /^\| [❌✅❔] g\d+ /.test(line)).length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(150);
    expect(cut).toContain(`_…${150 - shown} more groups not shown; see the [full report](https://run.example/1)_`);
  });
});
