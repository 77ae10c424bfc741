import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importCycles, importGraph, relativeSpecifiers } from './import-graph.js';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));

describe('import graph of src/', () => {
  it('has no import cycles, type imports included', () => {
    const cycles = importCycles(importGraph(SRC));
    const message = cycles.map((files) => `cycle: ${files.join(' <-> ')}`).join('\n');
    expect(message, message).toBe('');
  });

  it('sees every relative import form a file can use', () => {
    const source = [
      "import { a } from './a.js';",
      "import type {\n  B,\n  C,\n} from '../b.js';",
      "import d, { e } from './d.js';",
      "import * as f from './f.js';",
      "export { g } from './g.js';",
      "export type { H } from './h.js';",
      "export * from './i.js';",
      "import './side-effect.js';",
      "const j = await import('./j.js');",
      "import { readFile } from 'node:fs';",
    ].join('\n');
    expect(relativeSpecifiers(source).sort()).toEqual(
      ['../b.js', './a.js', './d.js', './f.js', './g.js', './h.js', './i.js', './j.js', './side-effect.js'].sort(),
    );
  });

  it('finds a cycle through a type-only import, and none in a chain', () => {
    const cyclic = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(importCycles(cyclic)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
    expect(
      importCycles(
        new Map([
          ['a.ts', ['b.ts']],
          ['b.ts', []],
        ]),
      ),
    ).toEqual([]);
  });
});
