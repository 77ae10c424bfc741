import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/rules/index.js';

const readme = await readFile('README.md', 'utf8');
const action = parse(await readFile('action.yml', 'utf8')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown>; runs: { using: string; main: string } };
const inputsSource = await readFile('src/action/inputs.ts', 'utf8');

describe('documentation stays in step with the code', () => {
  it.each(RULES.map((rule) => rule.meta))('documents rule $id in the catalogue with its anchor', (meta) => {
    expect(readme).toContain(`### \`${meta.id}\``);
    expect(readme).toContain(`[\`${meta.id}\`](#${meta.id})`);
  });

  it('runs the Action on node24 from dist/index.js', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it.each(Object.keys(action.inputs))('documents and reads the Action input %s', (name) => {
    expect(readme).toMatch(new RegExp(`\\| [^\\n]*\`${name}\``));
    expect(inputsSource).toContain(`'${name}'`);
  });

  it.each(Object.keys(action.outputs))('documents the Action output %s', (name) => {
    expect(readme).toMatch(new RegExp(`\\| [^\\n]*\`${name}\``));
  });

  it('opens with the two quick-start commands', () => {
    const block = /```sh\n([\s\S]*?)```/.exec(readme)![1]!;
    expect(block).toMatch(/^node dist\/cli\.js check fixtures\/\S+/m);
    expect(block).toMatch(/^npm cit\b/m);
  });
});
