import { visible } from './markdown-escape.js';

/**
 * Names from inputs reach the Mermaid diagram only through this module, as the text of a quoted label. Mermaid
 * reads `#code;` inside a label as a character, so everything but letters, digits and a few separators is written
 * that way: no quote can end the label, no `%%` start a comment or `%%{init}` block, no newline start a `click`,
 * `style` or `classDef` statement, no `<` open HTML, no backtick open a markdown string or close the fence, and no
 * `:` lets Mermaid's own `style…:…#…;` pre-pass eat an escape. Ids are never built from input (see mermaid-graph).
 */

/** Characters written as they are; every other ASCII character becomes an entity. */
const SAFE_ASCII = /[A-Za-z0-9 ._,/=+-]/;

/**
 * Mermaid parses with `#code;` swapped for placeholders that start with the ligature ﬂ and decodes them after: an
 * input holding one could forge an escape, so the ligature is written as the two letters it stands for.
 */
const PLACEHOLDER_START = /\ufb02/g;

/** Labels longer than this many characters are cut with an ellipsis: a box is read at a glance. */
export const LABEL_CAP = 60;

function entity(char: string): string {
  return `#${char.codePointAt(0)!};`;
}

function needsEntity(char: string): boolean {
  return char < '\u0080' && !SAFE_ASCII.test(char);
}

/** An input string as the text of a quoted Mermaid label: control characters shown as escapes, cut at `cap`. */
export function mermaidText(text: string, cap = LABEL_CAP): string {
  const chars = [...visible(text).replace(PLACEHOLDER_START, 'fl')];
  const shown = chars.length > cap ? [...chars.slice(0, cap - 1), '…'] : chars;
  return shown.map((char) => (needsEntity(char) ? entity(char) : char)).join('');
}

/** Lines of a label (each escaped and cut on its own) joined by the line breaks Mermaid draws. */
export function mermaidLabel(lines: readonly string[], cap = LABEL_CAP): string {
  return `"${lines.map((line) => mermaidText(line, cap)).join('<br/>')}"`;
}
