// Mermaid's own parser on diagrams sent by test/support/mermaid/parse.ts. Mermaid needs a DOM (DOMPurify), so it
// runs in a worker thread with happy-dom's window as its globals: the test files share one module graph
// (isolate: false), and a global window would leak into them.
import { parentPort, workerData } from 'node:worker_threads';
import { Window } from 'happy-dom';

const window = new Window();
globalThis.window = window;
globalThis.document = window.document;
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });

/** What the parsed diagram holds: enough for a test to see anything a label could have smuggled in. */
function describe(diagram) {
  const db = diagram.db;
  const vertices = [...db.getVertices().values()].map((vertex) => ({
    id: vertex.id,
    text: vertex.text,
    classes: vertex.classes,
    styles: vertex.styles,
    link: vertex.link,
    haveCallback: vertex.haveCallback ?? false,
  }));
  return {
    type: diagram.type,
    vertices,
    edges: db.getEdges().length,
    classes: [...db.getClasses().keys()],
    subgraphs: db.getSubGraphs().map((subgraph) => ({ id: subgraph.id, title: subgraph.title, nodes: subgraph.nodes })),
    tooltips: vertices.flatMap((vertex) => (db.getTooltip(vertex.id) ? [vertex.id] : [])),
  };
}

async function parse(text) {
  try {
    const result = await mermaid.parse(text);
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
    return { ok: true, config: result.config, ...describe(diagram) };
  } catch (error) {
    return { ok: false, error: String(error?.message ?? error) };
  }
}

const results = [];
for (const text of workerData) results.push(await parse(text));
parentPort.postMessage(results);
