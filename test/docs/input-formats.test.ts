import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORMAT_READERS } from '../../src/clouds/index.js';

/** The README's input-format table: the `id` cells of its rows (the last column). */
function tableIds(): string[] {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## Input formats'));
  const table = section.slice(0, section.indexOf('\n\n', section.indexOf('| input |')));
  return table
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| input |'))
    .flatMap((line) => [...(line.split(' | ').at(-1) ?? '').matchAll(/`([a-z0-9-]+)`/g)].map((match) => match[1]!));
}

describe("the README's input-format table", () => {
  it('lists every format the tool reads, once, and nothing else', () => {
    const ids = tableIds();
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(FORMAT_READERS.map((reader) => reader.id).sort());
  });
});
