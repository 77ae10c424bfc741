// Local ESLint rules for the layers of src/: imports go only downward, and no file reaches itself through imports.
// Both resolve relative specifiers the way the TypeScript sources write them ('./x.js' is './x.ts'); type-only and
// dynamic imports count, since a type cycle still couples the modules.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** The file a relative specifier names ('./x.js' is './x.ts'; a JSON import names itself), if there is one. */
function resolveSpecifier(fromFile, specifier) {
  const target = resolve(dirname(fromFile), specifier);
  const candidates = [target.replace(/\.js$/, '.ts'), `${target}.ts`, join(target, 'index.ts')];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

function sourceSpecifier(node) {
  const source = node?.type === 'TSLiteralType' ? node.literal : node;
  return source?.type === 'Literal' && typeof source.value === 'string' ? source.value : undefined;
}

/** Calls check(specifierNode, specifier) for every relative import, re-export and dynamic import of a file. */
function relativeImports(check) {
  const visit = (node) => {
    const specifier = sourceSpecifier(node);
    if (specifier?.startsWith('.')) check(node, specifier);
  };
  return {
    ImportDeclaration: (node) => visit(node.source),
    ExportNamedDeclaration: (node) => visit(node.source),
    ExportAllDeclaration: (node) => visit(node.source),
    ImportExpression: (node) => visit(node.source),
    TSImportType: (node) => visit(node.argument),
  };
}

function listTypeScript(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return listTypeScript(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Maps each file under folder to the component (a Set) of files it shares an import cycle with. */
function cycleComponents(folder) {
  const files = new Set(listTypeScript(folder));
  const graph = new Map();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles
      .filter(({ fileName }) => fileName.startsWith('.'))
      .map(({ fileName }) => resolveSpecifier(file, fileName))
      .filter((target) => files.has(target));
    graph.set(file, targets);
  }
  return stronglyConnected(graph);
}

/** Tarjan's algorithm; keeps only components that are cycles (more than one file, or a file importing itself). */
function stronglyConnected(graph) {
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const componentOf = new Map();
  const visit = (node) => {
    index.set(node, index.size);
    low.set(node, index.get(node));
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) visit(next);
      if (onStack.has(next)) low.set(node, Math.min(low.get(node), low.get(next)));
    }
    if (low.get(node) !== index.get(node)) return;
    const component = new Set();
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      component.add(member);
    } while (member !== node);
    if (component.size > 1 || graph.get(node).includes(node))
      for (const file of component) componentOf.set(file, component);
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return componentOf;
}

/**
 * layers: lowest first, each { name, rank, paths }; a path ending in '/' is a folder. A file belongs to the layer of
 * its longest matching path; it may import its own layer and layers of a lower rank, never another of its rank.
 * root: the folder the paths are relative to. cycleRoot: the folder whose import graph no-cycle checks.
 */
export function layersPlugin({ root, layers, cycleRoot }) {
  const layerOf = (absolutePath) => {
    const path = relative(root, absolutePath).split('\\').join('/');
    let found;
    for (const layer of layers) {
      for (const prefix of layer.paths) {
        const matches = prefix.endsWith('/') ? `${path}/`.startsWith(prefix) : path === prefix;
        if (matches && (!found || prefix.length > found.prefix.length)) found = { layer, prefix };
      }
    }
    return found?.layer;
  };

  const downwardImports = {
    meta: {
      type: 'problem',
      docs: { description: 'A layer of src/ imports only its own and lower layers.' },
      messages: { upward: '{{from}} must not import {{to}} ({{specifier}}): layers import only downward.' },
      schema: [],
    },
    create(context) {
      const from = layerOf(context.filename);
      if (!from) return {};
      return relativeImports((node, specifier) => {
        const target = resolveSpecifier(context.filename, specifier);
        const to = target && layerOf(target);
        if (!to || to === from || to.rank < from.rank) return;
        context.report({ node, messageId: 'upward', data: { from: from.name, to: to.name, specifier } });
      });
    },
  };

  // The import graph is read once per ESLint process: right for `npm run lint`; an editor's long-lived ESLint
  // server sees cycles as they were when it started.
  let components;
  const noCycle = {
    meta: {
      type: 'problem',
      docs: { description: 'No import cycles under the checked folder, type-only imports included.' },
      messages: { cycle: '{{specifier}} leads back to this file: an import cycle of {{size}} files.' },
      schema: [],
    },
    create(context) {
      components ??= cycleComponents(cycleRoot);
      const component = components.get(context.filename);
      if (!component) return {};
      return relativeImports((node, specifier) => {
        if (!component.has(resolveSpecifier(context.filename, specifier))) return;
        context.report({ node, messageId: 'cycle', data: { specifier, size: component.size } });
      });
    },
  };

  return { rules: { 'downward-imports': downwardImports, 'no-cycle': noCycle } };
}
