import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/rules/index.js';

const readme = await readFile('README.md', 'utf8');
const README_MAX_BYTES = 25 * 1024;
const action = parse(await readFile('action.yml', 'utf8')) as {
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
};
const inputsSource = await readFile('src/action/inputs.ts', 'utf8');

/**
 * The table rows of the section the README's `(docs/….md#anchor)` link leads to: the documented inputs are the
 * ones a reader reaches from the front door, not any mention somewhere in the docs.
 */
async function tableRowsLinkedFromReadme(anchor: 'inputs' | 'outputs'): Promise<string> {
  const link = new RegExp(`\\]\\((docs/[\\w-]+\\.md)#${anchor}\\)`).exec(readme);
  if (!link) expect.fail(`README.md links to no docs page section #${anchor}`);
  const page = await readFile(link[1]!, 'utf8');
  const section = new RegExp(`^## ${anchor}\\n([\\s\\S]*?)(?=^## |(?![\\s\\S]))`, 'im').exec(page);
  if (!section) expect.fail(`${link[1]} has no "## ${anchor}" section`);
  return section[1]!
    .split('\n')
    .filter((line) => line.startsWith('| '))
    .join('\n');
}

describe('documentation stays in step with the code', () => {
  it.each(RULES.map((rule) => rule.meta))(
    'lists rule $id in the README, linking to its section of docs/rules.md',
    (meta) => {
      expect(readme).toContain(`[\`${meta.id}\`](docs/rules.md#${meta.id})`);
    },
  );

  it('runs the Action on node24 from dist/index.js', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it.each(Object.keys(action.inputs))('documents and reads the Action input %s', async (name) => {
    expect(await tableRowsLinkedFromReadme('inputs')).toMatch(new RegExp(`^\\| [^\\n]*\`${name}\``, 'm'));
    expect(inputsSource).toContain(`'${name}'`);
  });

  it.each(Object.keys(action.outputs))('documents the Action output %s', async (name) => {
    expect(await tableRowsLinkedFromReadme('outputs')).toMatch(new RegExp(`^\\| [^\\n]*\`${name}\``, 'm'));
  });

  it(`keeps the README a front door of at most ${README_MAX_BYTES} bytes`, () => {
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(README_MAX_BYTES);
  });

  it('opens with the two quick-start commands', () => {
    const block = /```sh\n([\s\S]*?)```/.exec(readme)![1]!;
    expect(block).toMatch(/^node dist\/cli\.js check fixtures\/\S+/m);
    expect(block).toMatch(/^npm cit\b/m);
  });
});
