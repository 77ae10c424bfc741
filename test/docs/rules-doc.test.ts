import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { RULE_DOCS_PATH, renderRuleDocs } from '../../src/report/rule-docs.js';
import { RULES } from '../../src/rules/index.js';

const metas = RULES.map((rule) => rule.meta);

async function committed(): Promise<string | undefined> {
  return readFile(RULE_DOCS_PATH, 'utf8').catch(() => undefined);
}

describe("docs/rules.md, generated from the rules' metadata", () => {
  it('is up to date', async () => {
    // A plain comparison, not toEqual: the failure must say what to do, and a 30 KB diff would bury it.
    if ((await committed()) !== renderRuleDocs(metas)) expect.fail(`${RULE_DOCS_PATH} is stale: run npm run docs`);
  });

  it.each(metas)('documents $id fully', (meta) => {
    for (const part of [meta.docs.checks, meta.docs.needs, meta.docs.remediation, meta.docs.fix]) {
      expect(part.length).toBeGreaterThan(0);
      for (const paragraph of part) expect(paragraph.trim()).not.toBe('');
    }
    expect(meta.docs.summary).not.toBe('');
    expect(meta.docs.providers.length).toBeGreaterThan(0);
  });

  it('gives every rule an index row linking to its section', () => {
    const doc = renderRuleDocs(metas);
    for (const meta of metas) {
      expect(doc).toContain(`| [\`${meta.id}\`](#${meta.id}) |`);
      expect(doc).toContain(`\n## \`${meta.id}\`\n`);
    }
  });

  it.each(metas)('links $id in its metadata to its section (reports link there)', (meta) => {
    expect(meta.docsUrl).toBe(`${RULE_DOCS_PATH}#${meta.id}`);
  });

  it('keeps a table row on one line whatever the metadata holds', () => {
    const [meta] = metas;
    const doc = renderRuleDocs([{ ...meta!, docs: { ...meta!.docs, summary: 'a | b\nc' } }]);
    expect(doc).toContain(`| a \\| b c |`);
  });
});

describe("the README's rule catalogue", () => {
  // Earlier SARIF results and PR comments link to README#<id>: the anchor stays, next to the link on to
  // docs/rules.md.
  it.each(metas)('keeps the anchor of $id on its row, linking to its section in docs/rules.md', async (meta) => {
    const readme = await readFile('README.md', 'utf8');
    expect(readme).toContain(`| <a id="${meta.id}"></a>[\`${meta.id}\`](docs/rules.md#${meta.id}) |`);
    expect(meta.docsUrl).toBe(`docs/rules.md#${meta.id}`);
  });
});
