import fc from 'fast-check';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { code, codeBlock, commandCell, NAME_CAP, plain, prose, visible } from '../../src/report/markdown-escape.js';

function html(markdown: string): string {
  return micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
}

function decode(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The paragraph's text as a reader sees it, tags removed. */
function textOf(rendered: string): string {
  return decode(rendered.replace(/^<p>|<\/p>\n?$/g, '').replace(/<[^>]*>/g, ''));
}

function outsideCode(rendered: string): string {
  return textOf(rendered.replace(/<code>[\s\S]*?<\/code>/g, ' '));
}

/** A table row with the escaped text in the first of two cells: the row must keep two cells, the second "z". */
function tableCells(cell: string): string[] {
  const rendered = html(`| a | b |\n| --- | --- |\n| ${cell} | z |\n`);
  const body = rendered.slice(rendered.indexOf('<tbody>'));
  return [...body.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((match) => match[1]!);
}

const TRICKY = [
  'a',
  'b',
  'Z',
  's',
  'w',
  'G',
  'H',
  '1',
  '7',
  ' ',
  ' ',
  '@',
  '#',
  '|',
  '\\',
  '`',
  '<',
  '>',
  '!',
  '[',
  ']',
  '(',
  ')',
  '*',
  '_',
  '~',
  '-',
  ':',
  '/',
  '.',
  ',',
  ';',
  "'",
  '"',
  '&',
  '=',
  '\n',
  '\r',
  '\t',
  '\u202e',
  '\u200b',
  '\u0000',
  'é',
  '😀',
];
const SAMPLES = [
  'a\\|b',
  '@org/team',
  '#123',
  'GH-1',
  '[x](https://evil)',
  '![p](https://evil/p.png)',
  '<img src=x>',
  '<!-- hostgw-preflight:comment:default -->',
  'www.evil.example',
  '```',
  'x\n# heading',
  'deadbeefcafe',
];
const hostile = fc.oneof(fc.string({ unit: fc.constantFrom(...TRICKY), maxLength: 60 }), fc.constantFrom(...SAMPLES));
const INVISIBLE = /[\u0000-\u001f\u202e\u200b]/;
const printable = fc.oneof(
  fc.string({ unit: fc.constantFrom(...TRICKY.filter((c) => !INVISIBLE.test(c))), maxLength: 60 }),
  fc.constantFrom(...SAMPLES.filter((s) => !INVISIBLE.test(s))),
);

describe('code', () => {
  it('renders any text as one code element holding exactly the visible text, in or out of a table', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        fc.pre(text !== '');
        const rendered = html(code(text));
        expect(rendered.match(/<code>/g)).toHaveLength(1);
        expect(textOf(rendered)).toBe(visible(text));
        const cells = tableCells(code(text));
        expect(cells).toHaveLength(2);
        expect(cells[1]).toBe('z');
        expect(decode(cells[0]!.replace(/<\/?code>/g, ''))).toBe(visible(text));
      }),
      { numRuns: 500 },
    );
  });

  it('uses a longer fence than any backtick run and pads text that starts or ends with a backtick', () => {
    expect(code('a`b')).toBe('``a`b``');
    expect(code('```')).toBe('```` ``` ````');
    expect(code(' a ')).toBe('`  a  `');
    expect(code('')).toBe('*(empty)*');
  });

  it('puts text with a pipe or an HTML comment in entity-encoded <code>, which GFM tables cannot split', () => {
    expect(code('a\\|b')).toBe('<code>a&#92;&#124;b</code>');
    expect(code('<!-- hostgw-preflight:comment:x -->')).not.toMatch(/<!--|hostgw-preflight:/);
  });

  it('cuts long text after NAME_CAP characters and notes the full length', () => {
    expect(code('n'.repeat(5000))).toBe(`\`${'n'.repeat(NAME_CAP)}…\` (5,000 characters)`);
  });
});

describe('commandCell', () => {
  it('keeps any command whole in one table cell, shell pipes included', () => {
    fc.assert(
      fc.property(fc.oneof(hostile, fc.constant("a || b 'x\\|y'")), fc.integer({ min: 0, max: 300 }), (text, extra) => {
        fc.pre(text !== '');
        const command = `${text} ${'x'.repeat(extra)}`;
        const cells = tableCells(commandCell(command));
        expect(cells).toHaveLength(2);
        expect(cells[1]).toBe('z');
        expect(decode(cells[0]!.replace(/<\/?code>/g, ''))).toBe(visible(command));
      }),
      { numRuns: 300 },
    );
    expect(commandCell('a || b')).toBe('`a \\|\\| b`');
  });
});

describe('prose', () => {
  it('leaves only plain words and sentence punctuation outside code, and keeps table cells whole', () => {
    fc.assert(
      fc.property(
        fc.array(hostile, { maxLength: 4 }).map((parts) => parts.join(' ')),
        (text) => {
          const rendered = html(prose(text));
          expect(outsideCode(rendered)).toMatch(/^[A-Za-z0-9 (),.:;'\-…\n]*$/);
          expect(rendered.replace(/<\/?(p|code)>/g, '')).not.toMatch(/<[a-z!]/i);
          const cells = tableCells(prose(text) || 'x');
          expect(cells).toHaveLength(2);
          expect(cells[1]).toBe('z');
        },
      ),
      { numRuns: 500 },
    );
  });

  it('renders back to the same text when nothing needed escaping or cutting', () => {
    fc.assert(
      fc.property(printable, (text) => {
        fc.pre(text === text.trim());
        expect(textOf(html(prose(text)))).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('reads naturally: names, numbers with dots and paths in code, words and punctuation as prose', () => {
    expect(prose('Route k8s-node-c sends 10.244.2.0/24 to node-b (zone us-central1-a).')).toBe(
      'Route `k8s-node-c` sends `10.244.2.0/24` to node\\-b \\(zone `us-central1-a`\\)\\.',
    );
    expect(prose('hi @team see #123')).toBe('hi `@team` see `#123`');
    const names = Array.from({ length: 30 }, (_, i) => `node-${i}`).join(' ');
    expect(prose(`nodes ${names} differ`)).toBe(`nodes \`${names}\` differ`);
  });
});

describe('plain', () => {
  it('escapes every ASCII punctuation character of our own text', () => {
    expect(plain('host-gw [x](y)')).toBe('host\\-gw \\[x\\]\\(y\\)');
    expect(textOf(html(plain('<b>*x*</b>')))).toBe('<b>*x*</b>');
  });
});

describe('codeBlock', () => {
  it('shows a command verbatim in a fence longer than its backtick runs', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const rendered = html(codeBlock(text, 'sh', '').join('\n'));
        expect(rendered.match(/<pre>/g)).toHaveLength(1);
        const body = rendered.replace(/^<pre><code[^>]*>|<\/code><\/pre>\n?$/g, '');
        expect(decode(body).replace(/\n$/, '')).toBe(text.split(/\r?\n/).map(visible).join('\n'));
      }),
      { numRuns: 300 },
    );
  });
});
