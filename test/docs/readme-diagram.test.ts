import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/report/markdown.js';
import { mermaidSource } from '../support/mermaid/parse.js';
import { check, FIXTURES } from '../sources/helpers.js';

describe("the README's Explain section", () => {
  it('shows the diagram the engine draws for the demo cluster', async () => {
    const { report } = await check(join(FIXTURES, 'gce', 'broken'));
    const drawn = mermaidSource(renderMarkdown(report, { color: false }));
    expect(drawn).toBeDefined();
    expect(mermaidSource(readFileSync('README.md', 'utf8'))).toBe(drawn);
  });
});
