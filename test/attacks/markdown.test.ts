import { join } from 'node:path';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { afterAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/engine/check.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdownLimited } from '../../src/report/markdown.js';
import { TOOL } from '../../src/engine/tool.js';
import { removeTempDirs, writeFiles } from '../sources/helpers.js';
import { runCliCaptured } from '../support/cli.js';
import { hostileCluster } from './markdown-fixture.js';

afterAll(removeTempDirs);

/** What the Action posts: the size-limited markdown of a PR comment. */
const COMMENT_BYTES = 60 * 1024;
const LONG = 'n'.repeat(5000);

/** Names a fork author can put in a dump, each tried as node, route and cluster name. */
const HOSTILE: Readonly<Record<string, string>> = {
  'escaped pipe': 'a\\|b',
  pipe: '|',
  mention: '@team',
  'team mention': '@org/team',
  reference: '#123',
  'GH reference': 'GH-1',
  link: '[x](https://evil)',
  image: '![p](https://evil/p.png)',
  'raw HTML': '<img src=x>',
  'comment marker': '<!-- hostgw-preflight:comment:default -->',
  URL: 'https://evil.example',
  'www autolink': 'www.evil.example',
  backtick: '`',
  'backtick fence': '```',
  'newline and heading': 'x\n# heading',
  '5,000 characters': LONG,
};

/** How GitHub turns the markdown into HTML: GFM, raw HTML allowed (GitHub sanitises it afterwards, keeping <img> and <a>). */
function html(markdown: string): string {
  return micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
}

function decode(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The text GitHub's mention, reference and autolink filters see: everything outside <code>, <pre> and tags. */
function textOutsideCode(rendered: string): string {
  return decode(
    rendered
      .replace(/<pre>[\s\S]*?<\/pre>/g, ' ')
      .replace(/<code>[\s\S]*?<\/code>/g, ' ')
      .replace(/<[^>]*>/g, ' '),
  );
}

function codeTexts(rendered: string): string[] {
  return [...rendered.matchAll(/<code>([\s\S]*?)<\/code>/g)].map((match) => decode(match[1]!));
}

/** Every table as rows of cell HTML, header row first. */
function tables(rendered: string): string[][][] {
  return [...rendered.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((table) =>
    [...table[1]!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
      [...row[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => cell[1]!),
    ),
  );
}

/** The markdown tables as written: runs of lines starting with a pipe. */
function rawTables(markdown: string): string[][] {
  return markdown
    .split(/\n(?!\|)/)
    .map((block) => block.split('\n').filter((line) => line.startsWith('|')))
    .filter((rows) => rows.length > 0);
}

/** GFM splits a row at every pipe not escaped by a backslash, a backslash escaping only the character after it. */
function rawCellCount(row: string): number {
  let cells = 0;
  for (let i = 0; i < row.length; i++) {
    if (row[i] === '\\') i++;
    else if (row[i] === '|') cells++;
  }
  return cells - 1;
}

const ALLOWED_TAGS = new Set([
  'h2',
  'h3',
  'p',
  'strong',
  'em',
  'code',
  'pre',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'details',
  'summary',
  'ul',
  'li',
  'a',
  'br',
]);

/** The checks every rendering of hostile names must pass. */
function expectInert(markdown: string, numericColumns: Readonly<Record<string, number>>): string {
  const rendered = html(markdown);
  // Each table keeps its column count, as written and as rendered, and its numeric column still holds numbers.
  for (const [header, ...rows] of rawTables(markdown))
    for (const row of rows) expect(rawCellCount(row), row).toBe(rawCellCount(header!));
  for (const table of tables(rendered)) {
    const [header, ...rows] = table;
    for (const row of rows) expect(row).toHaveLength(header!.length);
    const column = header!.findIndex((cell) => cell in numericColumns);
    if (column >= 0) for (const row of rows) expect(row[column], row.join(' | ')).toMatch(/^\d+$/);
  }
  // Only the report's own tags; links only to the rule documentation.
  for (const [, tag] of rendered.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g))
    expect(ALLOWED_TAGS, `<${tag}>`).toContain(tag!.toLowerCase());
  for (const [, href] of rendered.matchAll(/<a href="([^"]*)"/g))
    expect(href!.startsWith(`${TOOL.informationUri}/blob/main/docs/rules.md#`), href).toBe(true);
  expect(rendered).not.toContain('<img');
  expect(rendered).not.toContain('<!--');
  expect(markdown.toLowerCase()).not.toContain('hostgw-preflight:comment');
  // Nothing GitHub would turn into a mention, reference or link is left in the text outside code.
  const outside = textOutsideCode(rendered);
  expect(outside).not.toMatch(/@|#\d|GH-\d|www\.|:\/\/|!\[|\]\(|<|`|\bevil\b/i);
  return rendered;
}

/** How the report shows a name: control characters escaped, cut after 100 characters. */
function shown(name: string): string {
  const escaped = name.replace(/\n/g, '\\n');
  return escaped.length > 100 ? `${escaped.slice(0, 100)}…` : escaped;
}

describe.each(Object.entries(HOSTILE))('markdown with a %s in node, route and cluster names', (_, name) => {
  it('renders the names as inline code only, in tables that keep their columns', async () => {
    const dir = await hostileCluster(name);
    const { report } = await runCheck({
      paths: [dir],
      clusterCidrs: [],
      strict: false,
      failOn: 'error',
      suppressions: [],
      severities: {},
      cluster: name,
    });
    const markdown = renderMarkdownLimited(report, { color: false }, COMMENT_BYTES);
    const rendered = expectInert(markdown, { Count: 1, Findings: 1 });

    const [, nodes] = tables(rendered);
    const nodeCells = nodes!
      .slice(1)
      .map((row) => decode(row[0]!.replace(/^<code>([\s\S]*)<\/code>(?: \(5,000 characters\))?$/, '$1')));
    expect(nodeCells).toContain(shown(name));
    expect(codeTexts(rendered)).toContain(shown(name));
    expect(rendered.match(/<h2>/g)).toHaveLength(1);
    for (const line of name.split('\n')) if (line.length > 1) expect(textOutsideCode(rendered)).not.toContain(line);
  });
});

describe('long names', () => {
  it('are cut after 100 characters with the full length noted', async () => {
    const dir = await hostileCluster(LONG);
    const { report } = await runCheck({
      paths: [dir],
      clusterCidrs: [],
      strict: false,
      failOn: 'error',
      suppressions: [],
      severities: {},
      cluster: LONG,
    });
    const rendered = html(renderMarkdownLimited(report, { color: false }, COMMENT_BYTES));
    const withoutCommands = rendered.replace(/<pre>[\s\S]*?<\/pre>/g, '');
    expect(withoutCommands).not.toContain('n'.repeat(101));
    expect(withoutCommands).toContain(`<code>${'n'.repeat(100)}…</code> (5,000 characters)`);
  });
});

describe('the fleet table (merge)', () => {
  it('keeps hostile cluster names from the reports it merges in inline code', async () => {
    const reports: Record<string, string> = {};
    for (const [label, name] of Object.entries(HOSTILE)) {
      const { report } = await runCheck({
        paths: [await hostileCluster(name)],
        clusterCidrs: [],
        strict: false,
        failOn: 'error',
        suppressions: [],
        severities: {},
        cluster: name,
      });
      reports[`${label}.json`] = renderJson(report, { color: false });
    }
    const dir = await writeFiles(reports);
    const merged = await runCliCaptured('merge', ...Object.keys(reports).map((file) => join(dir, file)));
    expect(merged.stderr).toBe('');
    const rendered = expectInert(merged.stdout, { Nodes: 1 });
    const [fleet] = tables(rendered);
    expect(fleet).toHaveLength(Object.keys(HOSTILE).length + 1);
    const clusters = fleet!
      .slice(1)
      .map((row) => decode(row[0]!.replace(/^<code>([\s\S]*)<\/code>(?: \(5,000 characters\))?$/, '$1')));
    expect(clusters.sort()).toEqual(Object.values(HOSTILE).map(shown).sort());
  });

  it('shows a report whose counts, provider and rule ids were forged as text, not markup', async () => {
    const forged = {
      version: 1,
      cluster: 'a\\|b',
      provider: '<img src=x>',
      summary: {
        nodes: '<img src=x>',
        errors: '| x | y',
        warnings: 1,
        notes: 0,
        passed: false,
        byRule: { '@team|x': '![p](https://evil/p.png)', '#123': 2 },
      },
      findings: [],
    };
    const dir = await writeFiles({ 'forged.json': JSON.stringify(forged) });
    const merged = await runCliCaptured('merge', join(dir, 'forged.json'));
    expect(merged.stderr).toBe('');
    const rendered = expectInert(merged.stdout, {});
    const [fleet] = tables(rendered);
    expect(fleet![1]!.slice(2, 6)).toEqual(['?', '?', '1', '0']);
    expect(codeTexts(rendered)).toEqual(expect.arrayContaining(['a\\|b', '<img src=x>', '@team|x', '#123']));
  });
});
