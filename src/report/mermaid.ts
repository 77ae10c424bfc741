import type { Connectivity } from '../model/connectivity.js';
import { drawFlowchart, MERMAID_LIMITS, type Drawn, type Flowchart, type Limits } from './mermaid-graph.js';
import { groupFlowchart } from './mermaid-groups.js';
import { nodeFlowchart } from './mermaid-nodes.js';
import { plural } from './plural.js';
import type { Report } from './types.js';

/** Up to this many nodes the diagram draws each node; beyond, one box per group keeps it readable. */
export const NODE_VIEW_MAX = 40;

export type DiagramView = 'nodes' | 'groups';

export interface ConnectivityDrawing extends Drawn {
  readonly view: DiagramView;
}

function nodeCount(connectivity: Connectivity): number {
  return new Set(connectivity.groups.flatMap((group) => group.nodes)).size;
}

function flowchart(connectivity: Connectivity, view: DiagramView): Flowchart {
  return view === 'nodes' ? nodeFlowchart(connectivity) : groupFlowchart(connectivity);
}

/** The Mermaid source of the connectivity, within Mermaid's limits, and what had to be left out. */
export function drawConnectivity(connectivity: Connectivity, limits: Limits = MERMAID_LIMITS): ConnectivityDrawing {
  const view: DiagramView = nodeCount(connectivity) <= NODE_VIEW_MAX ? 'nodes' : 'groups';
  return { view, ...drawFlowchart(flowchart(connectivity, view), limits) };
}

const LEGEND: Readonly<Record<DiagramView, string>> = {
  nodes:
    'Boxes are nodes, framed by subnet or network and OS; cylinders are route tables. ' +
    'Red arrow: pod traffic dropped, labelled with the rule; grey dashed arrow: unknown, the inputs cannot decide; ' +
    'red node: it drops traffic to or from every node (✗ rule).',
  groups:
    'Boxes are groups of nodes (subnet or network and OS) with their node count; cylinders are route tables. ' +
    'Red arrow: node pairs whose pod traffic is dropped, with the rules; grey dashed arrow: pairs the inputs ' +
    'cannot decide; red box: some of its nodes drop traffic to or from every node (✗ rule).',
};

function notDrawnLine(drawing: Drawn): string | undefined {
  const parts = [
    ...(drawing.edgesNotDrawn > 0 ? [plural(drawing.edgesNotDrawn, 'edge')] : []),
    ...(drawing.boxesNotDrawn > 0 ? [`${drawing.boxesNotDrawn} ${drawing.boxesNotDrawn === 1 ? 'box' : 'boxes'}`] : []),
  ];
  if (parts.length === 0) return undefined;
  return (
    `_…${parts.join(' and ')} not drawn (Mermaid's limits: 200 edges, 50,000 characters; the most important ` +
    `are kept, dropped first); the connectivity matrix in the JSON report counts every pair._`
  );
}

/**
 * The cluster's connectivity as a Mermaid flowchart in a fenced block, a legend line, and a line saying what was
 * not drawn; undefined when the report has no connectivity (fewer than two nodes, or the matrix was not computed).
 */
export function connectivityDiagram(report: Report): string | undefined {
  const connectivity = report.connectivity;
  if (connectivity === undefined || connectivity.groups.length === 0) return undefined;
  const drawing = drawConnectivity(connectivity);
  const lines = ['```mermaid', drawing.text.trimEnd(), '```', '', `Legend: ${LEGEND[drawing.view]}`];
  const notDrawn = notDrawnLine(drawing);
  if (notDrawn !== undefined) lines.push('', notDrawn);
  return lines.join('\n');
}
