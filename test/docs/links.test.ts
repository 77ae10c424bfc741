import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';

/** The documentation a reader can reach: the front door and every page under docs/. */
const PAGES = [
  'README.md',
  ...readdirSync('docs')
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`),
];

const rendered = new Map<string, string>();

// Rendered by micromark, as GitHub renders it: links inside code spans and fenced blocks are not links.
// Kept per text: docs/rules.md is the target of many links.
function render(markdown: string): string {
  let html = rendered.get(markdown);
  if (html === undefined) {
    html = micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true });
    rendered.set(markdown, html);
  }
  return html;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&(quot|lt|gt|amp);/g, (_, name: string) => ({ quot: '"', lt: '<', gt: '>', amp: '&' })[name]!);
}

/** GitHub's heading anchor: lower case, punctuation dropped, each space a hyphen, repeats numbered -1, -2… */
function headingSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
    .replace(/ /g, '-');
}

/** Every anchor a link can land on in a page: heading slugs and explicit `<a id>`/`<a name>`. */
function anchorsOf(markdown: string): Set<string> {
  const html = render(markdown);
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const [, inner] of html.matchAll(/<h[1-6]>(.*?)<\/h[1-6]>/g)) {
    const base = headingSlug(decodeEntities(inner!.replace(/<[^>]*>/g, '')));
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  for (const [, id] of html.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(id!);
  return anchors;
}

/** The relative link targets of a page (hrefs and image sources), external URLs left out. */
function relativeLinksOf(markdown: string): string[] {
  const targets = [...render(markdown).matchAll(/<(?:a\s[^>]*?href|img\s[^>]*?src)="([^"]*)"/g)].map(([, url]) =>
    decodeEntities(url!),
  );
  return targets.filter((url) => !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url));
}

/** Why a link from `page` (a path from the repository root) leads nowhere, or undefined when it resolves. */
function brokenReason(page: string, link: string, read: (path: string) => string | undefined): string | undefined {
  const hash = link.indexOf('#');
  const path = hash < 0 ? link : link.slice(0, hash);
  const anchor = hash < 0 ? undefined : decodeURIComponent(link.slice(hash + 1));
  const target = path === '' ? page : normalize(join(dirname(page), decodeURIComponent(path)));
  if (target.startsWith('..') || target.startsWith('/')) return 'leaves the repository';
  const text = read(target);
  if (text === undefined) return `${target} does not exist`;
  if (anchor === undefined) return undefined;
  if (!target.endsWith('.md')) return `an anchor into ${target}, which is not a markdown page`;
  return anchorsOf(text).has(anchor) ? undefined : `${target} has no anchor #${anchor}`;
}

/** Reads a repository file: its text, '' for a folder (GitHub shows its listing), undefined when absent. */
function readRepoFile(path: string): string | undefined {
  if (!existsSync(path)) return undefined;
  return statSync(path).isDirectory() ? '' : readFileSync(path, 'utf8');
}

describe('the link checker', () => {
  const pages: Record<string, string> = {
    'README.md': '# Title\n\n## Live mode\n\n## Live mode\n\n<a id="forwarding-disabled"></a>\n',
    'docs/a.md': '# A `b` & c: d\n\n```md\n[not a link](missing.md)\n```\n',
  };
  const read = (path: string) => pages[path];

  it('finds GitHub-style heading slugs, numbered repeats and explicit anchors', () => {
    expect([...anchorsOf(pages['README.md']!)]).toEqual(['title', 'live-mode', 'live-mode-1', 'forwarding-disabled']);
    expect([...anchorsOf(pages['docs/a.md']!)]).toEqual(['a-b--c-d']);
  });

  it('resolves links relative to the page, with or without an anchor', () => {
    expect(brokenReason('docs/a.md', '../README.md#live-mode-1', read)).toBeUndefined();
    expect(brokenReason('README.md', 'docs/a.md#a-b--c-d', read)).toBeUndefined();
    expect(brokenReason('README.md', '#forwarding-disabled', read)).toBeUndefined();
  });

  it('names a missing file, a missing anchor and a link out of the repository', () => {
    expect(brokenReason('README.md', 'docs/b.md', read)).toBe('docs/b.md does not exist');
    expect(brokenReason('docs/a.md', 'a.md#fixes', read)).toBe('docs/a.md has no anchor #fixes');
    expect(brokenReason('docs/a.md', '../../etc/passwd', read)).toBe('leaves the repository');
  });

  it('ignores code and external URLs', () => {
    expect(relativeLinksOf(pages['docs/a.md']!)).toEqual([]);
    expect(relativeLinksOf('[x](https://example.com/a.md) [y](mailto:a@b.c) ![i](img/a.png) [z](b.md#c)')).toEqual([
      'img/a.png',
      'b.md#c',
    ]);
  });
});

describe("the documentation's links", () => {
  it.each(PAGES)('every relative link and anchor of %s resolves', (page) => {
    const broken = relativeLinksOf(readFileSync(page, 'utf8'))
      .map((link) => ({ link, reason: brokenReason(page, link, readRepoFile) }))
      .filter(({ reason }) => reason !== undefined)
      .map(({ link, reason }) => `${link}: ${reason}`);
    expect(broken).toEqual([]);
  });

  it('links every page under docs/ from the README', () => {
    const linked = new Set(
      relativeLinksOf(readFileSync('README.md', 'utf8')).map((link) => normalize(link.split('#')[0]!)),
    );
    expect(PAGES.filter((page) => page !== 'README.md' && !linked.has(page))).toEqual([]);
  });
});
