// Reads the relative imports of every TypeScript file under a folder and finds import cycles.
// Dependency-free on purpose: the guard must not break when a linter or bundler changes.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const BINDINGS = String.raw`(?:type\s+)?(?:\{[^}]*\}|\*(?:\s+as\s+[\w$]+)?|[\w$]+(?:\s*,\s*(?:\{[^}]*\}|\*\s+as\s+[\w$]+))?)`;
const SPECIFIER = String.raw`['"](\.{1,2}/[^'"]*|\.{1,2})['"]`;
const PATTERNS = [
  new RegExp(String.raw`\b(?:import|export)\s+${BINDINGS}\s*from\s*${SPECIFIER}`, 'g'),
  new RegExp(String.raw`\bimport\s*${SPECIFIER}`, 'g'),
  new RegExp(String.raw`\bimport\s*\(\s*${SPECIFIER}\s*\)`, 'g'),
];

export function relativeSpecifiers(source: string): string[] {
  const found = new Set<string>();
  for (const pattern of PATTERNS) {
    for (const match of source.matchAll(pattern)) found.add(match[1]!);
  }
  return [...found];
}

function listTypeScript(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return listTypeScript(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveSpecifier(fromFile: string, specifier: string): string | undefined {
  const target = resolve(dirname(fromFile), specifier);
  const candidates = [target.replace(/\.js$/, '.ts'), `${target}.ts`, join(target, 'index.ts')];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

/** Maps each file (relative to root) to the files it imports (relative to root). */
export function importGraph(root: string): Map<string, string[]> {
  const files = listTypeScript(root);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets = relativeSpecifiers(readFileSync(file, 'utf8'))
      .map((specifier) => resolveSpecifier(file, specifier))
      .filter((target): target is string => target !== undefined)
      .map((target) => relative(root, target));
    graph.set(relative(root, file), [...new Set(targets)].sort());
  }
  return graph;
}

/** Strongly connected components of more than one file, or of one file importing itself (Tarjan). */
export function importCycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || graph.get(node)?.includes(node)) cycles.push(component.sort());
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return cycles;
}
