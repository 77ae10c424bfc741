import { describe, expect, it } from 'vitest';
import type { Connectivity } from '../../src/model/connectivity.js';
import { connectivityDiagram, drawConnectivity, NODE_VIEW_MAX } from '../../src/report/mermaid.js';
import { mermaidText } from '../../src/report/mermaid-escape.js';
import { MERMAID_LIMITS } from '../../src/report/mermaid-graph.js';
import type { Report } from '../../src/report/types.js';
import { block, connectivity, group } from '../support/mermaid/connectivity.js';
import { expectNothingInjected, expectOnlyOurStatements, parsed } from '../support/mermaid/expect.js';
import { mermaidSource } from '../support/mermaid/parse.js';

function report(value: Connectivity | undefined): Report {
  return { connectivity: value } as unknown as Report;
}

const SMALL = connectivity(
  [
    group(1, 'subnet-a 10.0.1.0/24, linux', ['node-a', 'node-b', 'node-c'], ['rt-main']),
    group(2, 'subnet-b 10.0.2.0/24, linux', ['node-d', 'node-e'], ['rt-main', 'rt-b']),
    group(3, 'subnet-b 10.0.2.0/24, windows', ['win-1'], ['rt-win']),
  ],
  [
    block('forwarding-disabled', ['node-c'], 'all'),
    block('route-missing', ['node-a', 'node-b'], ['node-d', 'node-e']),
    block('route-missing', ['node-d', 'node-e'], ['node-a', 'node-b']),
    block('check-incomplete', ['win-1'], ['node-a'], null),
  ],
);

describe('connectivityDiagram', () => {
  it('draws nothing without connectivity', () => {
    expect(connectivityDiagram(report(undefined))).toBeUndefined();
    expect(connectivityDiagram(report(connectivity([], [])))).toBeUndefined();
  });

  it('draws a small cluster node by node, in subgraphs, with its route tables and broken paths', async () => {
    const markdown = connectivityDiagram(report(SMALL))!;
    expect(markdown).toMatch(/^```mermaid\nflowchart LR\n/);
    expect(markdown).toContain('\n```\n\nLegend: ');
    const source = mermaidSource(markdown)!;
    expectOnlyOurStatements(source);
    const result = await parsed(source);
    expectNothingInjected(result);
    expect(result.subgraphs.map((each) => each.id)).toEqual(['g1', 'g2', 'g3']);
    // node-c's forwarding is one red node, not an edge to each peer.
    expect(source).toContain('n3["node-c<br/>✗ forwarding-disabled #40;to all#41;"]:::dropped');
    // The route-missing blocks both ways cover the whole of g2: one edge to its subgraph, two arrowheads.
    expect(source).toMatch(/^ {2}n1 <-->\|"route-missing"\| g2$/m);
    expect(source).toMatch(/^ {2}n2 <-->\|"route-missing"\| g2$/m);
    expect(source).toMatch(/^ {2}n6 -\.->\|"check-incomplete"\| n1$/m);
    // rt-main serves two groups: beside them, attached to both; rt-b and rt-win sit inside their one subgraph.
    expect(source).toMatch(/^ {2}rt1 -\.- g1$/m);
    expect(source).toMatch(/^ {2}rt1 -\.- g2$/m);
    expect(source).toMatch(/^ {4}rt2\[\("rt-b"\)\]:::table$/m);
    expect(source).toMatch(/^ {2}linkStyle 0,1 stroke:#d00000/m);
    expect(source).toMatch(/^ {2}linkStyle 2 stroke:#777777.*dasharray/m);
    expect(result.edges).toBe(5);
  });

  it('reads a block from every other node to one node as a mark on that node, not an edge from each peer', () => {
    const nodes = ['a', 'b', 'c', 'd'];
    const value = connectivity([group(1, 'subnet-a', nodes)], [block('route-missing', ['a', 'b', 'd'], ['c'])]);
    const { text } = drawConnectivity(value);
    expect(text).toContain('n3["c<br/>✗ route-missing #40;from all#41;"]:::dropped');
    expect(text).not.toMatch(/-->/);
  });

  it('draws groups, with node counts and the pair counts of the cells, beyond the node view', async () => {
    const names = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}-${i}`);
    const a = names('a', 30);
    const b = names('b', 20);
    const value = connectivity(
      [group(1, 'subnet-a, linux', a), group(2, 'subnet-b, linux', b)],
      [block('forwarding-disabled', ['a-3'], 'all'), block('route-missing', a, b), block('route-missing', b, a)],
    );
    const drawing = drawConnectivity(value);
    expect(a.length + b.length).toBeGreaterThan(NODE_VIEW_MAX);
    expect(drawing.view).toBe('groups');
    expectOnlyOurStatements(drawing.text);
    expectNothingInjected(await parsed(drawing.text));
    expect(drawing.text).toContain(
      'g1["subnet-a, linux<br/>30 nodes<br/>✗ forwarding-disabled #40;to all, 1 node#41;"]:::dropped',
    );
    // Each cell counts node pairs once per direction; a-3 drops its pairs with every peer.
    expect(drawing.text).toMatch(/^ {2}g1 <-->\|"600 dropped<br\/>route-missing, forwarding-disabled"\| g2$/m);
    expect(drawing.text).toMatch(/^ {2}g1 -->\|"58 dropped<br\/>forwarding-disabled"\| g1$/m);
  });

  it('keeps the most important edges within the limits and says how many it left out', async () => {
    const groups = Array.from({ length: 30 }, (_, i) => group(i + 1, `subnet-${i}`, [`x-${i}-a`, `x-${i}-b`]));
    const pairs = groups.flatMap((from, i) =>
      groups.flatMap((to, j) =>
        i < j
          ? [block(j % 3 === 0 ? 'route-missing' : 'no-data', from.nodes, to.nodes, j % 3 === 0 ? false : null)]
          : [],
      ),
    );
    const drawing = drawConnectivity(connectivity(groups, pairs));
    const result = await parsed(drawing.text);
    expect(result.edges).toBeLessThanOrEqual(MERMAID_LIMITS.maxEdges);
    expect(drawing.edgesNotDrawn).toBe(pairs.length - result.edges);
    // Dropped edges come first: every one of them is drawn before any unknown one.
    const dropped = pairs.filter((each) => each.ok === false).length;
    expect((drawing.text.match(/^ {2}g[0-9]+ <?-->/gm) ?? []).length).toBe(dropped);
    const markdown = connectivityDiagram(report(connectivity(groups, pairs)))!;
    expect(markdown).toContain(`_…${drawing.edgesNotDrawn} edges not drawn`);
    expect(markdown.split('```')[2]).toContain('not drawn');
  });

  it('stays within the character limit when labels are long, dropping boxes last', () => {
    const groups = Array.from({ length: 2000 }, (_, i) => group(i + 1, `${'%'.repeat(80)}-${i}`, [`n-${i}`]));
    const totals = { pairs: 0, delivered: 0, dropped: 0, unknown: 0 };
    const drawing = drawConnectivity({ groups, cells: [], totals, blocks: [] });
    expect(drawing.text.length).toBeLessThanOrEqual(MERMAID_LIMITS.maxChars);
    expect(drawing.boxesNotDrawn).toBeGreaterThan(0);
  });
});

describe('mermaidText', () => {
  it('writes every character that means something to Mermaid, markdown or HTML as an entity', () => {
    expect(mermaidText('a"b')).toBe('a#34;b');
    expect(mermaidText('%%{init: {}}%%')).toBe('#37;#37;#123;init#58; #123;#125;#125;#37;#37;');
    expect(mermaidText('<img src=x>')).toBe('#60;img src=x#62;');
    expect(mermaidText('a\nclick n1')).toBe('a#92;nclick n1');
    const hostile = mermaidText('`x` @me #1 a|b; [x](http://e) "]; <!-- -->');
    expect(hostile.replace(/#[0-9]+;/g, '')).not.toMatch(/[^A-Za-z0-9 ._,/=+-]/);
    expect(mermaidText('ﬂ°°60¶ß')).toBe('fl°°60¶ß');
  });

  it('cuts a long name with an ellipsis', () => {
    expect(mermaidText('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
