import { expect } from 'vitest';
import { parseMermaid, type Parsed } from './parse.js';

export type Ok = Extract<Parsed, { ok: true }>;

/** Each source through Mermaid's parser (one worker for all of them); a rejected one fails with its source. */
export async function parsedAll(sources: readonly string[]): Promise<Ok[]> {
  const results = await parseMermaid(sources);
  return results.map((result, index) => {
    if (!result.ok) throw new Error(`Mermaid rejects the diagram: ${result.error}\n${sources[index]}`);
    return result;
  });
}

export async function parsed(source: string): Promise<Ok> {
  const [result] = await parsedAll([source]);
  return result!;
}

/** Every line is one the writer makes; a label is one quoted string; nothing else can reach the diagram. */
const LABEL = '"[^"\\n]*"';
export const ID = '(?:n|g|rt|b)[0-9]+';
const STATEMENTS = [
  '^flowchart LR$',
  `^  subgraph g[0-9]+\\[${LABEL}\\]$`,
  '^  end$',
  `^ {2,4}${ID}(?:\\[${LABEL}\\]|\\[\\(${LABEL}\\)\\]|>${LABEL}\\])(?::::(?:dropped|unknown|table))?$`,
  `^  ${ID} (?:<?-->|<?-\\.->|-\\.-)(?:\\|${LABEL}\\|)? ${ID}$`,
  '^  linkStyle [0-9,]+ [a-z:#0-9,. -]+$',
  '^  classDef (?:dropped|unknown|table) [a-z:#0-9,. -]+$',
].map((source) => new RegExp(source));

export function expectOnlyOurStatements(source: string): void {
  for (const line of source.trimEnd().split('\n')) {
    expect(
      STATEMENTS.some((statement) => statement.test(line)),
      line,
    ).toBe(true);
  }
}

export function expectNothingInjected(result: Ok): void {
  expect(result.type).toBe('flowchart-v2');
  expect(result.config).toEqual({});
  expect(result.tooltips).toEqual([]);
  expect(result.classes.every((name) => ['dropped', 'unknown', 'table'].includes(name))).toBe(true);
  for (const vertex of result.vertices) {
    expect(vertex.id).toMatch(new RegExp(`^${ID}$`));
    expect(vertex.link).toBeUndefined();
    expect(vertex.haveCallback).toBe(false);
    expect(vertex.styles).toEqual([]);
    expect(vertex.classes.every((name) => ['dropped', 'unknown', 'table'].includes(name))).toBe(true);
  }
}
