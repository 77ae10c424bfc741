/**
 * Every string from an input reaches GitHub-flavoured markdown (job summary, PR comment, drift issue, fleet table)
 * through this module. The markdown is posted on the repository's behalf, so a hostile name must not render as a
 * link, image, raw HTML, heading, extra table column, @mention or #reference, nor plant one of the HTML-comment
 * markers that the Action later searches raw comment bodies for.
 */

/** Names longer than this many characters are cut, with the full length noted. */
export const NAME_CAP = 100;

/** Characters that would move the cursor, reorder or hide text: shown as escapes, never written raw. */
const INVISIBLE =
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;
/**
 * A code span cannot carry these verbatim: a pipe splits a table cell even inside backticks, and `\|` cannot be
 * written there at all (GFM pairs the backslash with whatever precedes it); HTML-comment delimiters and our marker
 * prefix would stay literal in the raw body, where the sticky comment and drift issue look for their markers.
 */
const MARKER_LIKE = /<!--|-->|hostgw-preflight:/i;
const NOT_FOR_CODE_SPAN = new RegExp(`\\||${MARKER_LIKE.source}`, 'i');
/** A prose word: ASCII letters (hyphen or apostrophe inside), or a short number; optionally in sentence punctuation. */
const PROSE_WORD = /^\(?(?:[A-Za-z]+(?:['-][A-Za-z]+)*|[0-9]{1,6})?'?[),.:;]{0,2}$/;
/** A token's leading "(" and trailing "'s", "'", ")", ",", ".", ":", ";" around the name inside. */
const SENTENCE_PUNCTUATION = /^(?<lead>\(?)(?<core>.*?)(?<trail>(?:'s|')?[),.:;]{0,2})$/s;
/** GitHub links hex strings of 7 or more characters to commits. */
const HEX_RUN = /[a-fA-F]{7,}/;

/** The text with control, bidi and zero-width characters shown as escapes (\n, \x1b, \u202e). */
export function visible(text: string): string {
  return text.replace(INVISIBLE, (c) => {
    const code = c.charCodeAt(0);
    return (
      NAMED[c] ??
      (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`)
    );
  });
}

function codePoints(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** At most NAME_CAP characters; a longer text is cut with an ellipsis and says how long it was. */
function capped(text: string): { readonly shown: string; readonly note: string } {
  const shown = visible(text);
  if (codePoints(shown) <= NAME_CAP) return { shown, note: '' };
  return {
    shown: `${[...shown].slice(0, NAME_CAP).join('')}…`,
    note: ` (${codePoints(text).toLocaleString('en-US')} characters)`,
  };
}

function longestRun(text: string, char: string): number {
  let longest = 0;
  let run = 0;
  for (const c of text) {
    run = c === char ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return longest;
}

/** Every ASCII punctuation character as a decimal character reference: nothing left for markdown to parse. */
function entities(text: string): string {
  return text.replace(ASCII_PUNCTUATION, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A CommonMark code span: the fence is one backtick longer than any run inside, and a space pads content that
 * starts or ends with a backtick, or with a space at both ends (one space each side is stripped when rendering).
 */
function backtickSpan(text: string): string {
  const ticks = '`'.repeat(longestRun(text, '`') + 1);
  const padded =
    text.startsWith('`') || text.endsWith('`') || (text.startsWith(' ') && text.endsWith(' ') && text.trim() !== '');
  const pad = padded ? ' ' : '';
  return `${ticks}${pad}${text}${pad}${ticks}`;
}

/**
 * An input string (name, file, resource) as inline code: safe in a table cell, a list item or a heading. GitHub's
 * mention, reference, emoji and autolink filters skip code, so nothing in it links or notifies anyone.
 */
export function code(text: string): string {
  if (text === '') return '*(empty)*';
  const { shown, note } = capped(text);
  return `${inlineCode(shown)}${note}`;
}

/**
 * A command as inline code in a table cell, never cut: a command is only useful whole. Shell pipes are common
 * there, so they are escaped as \| (GFM removes the backslash before the code span is parsed) as long as no
 * backslash precedes one; otherwise the command goes in entity-encoded <code> like any text a span cannot carry.
 */
export function commandCell(text: string): string {
  if (text === '') return '*(empty)*';
  const shown = visible(text);
  if (MARKER_LIKE.test(shown) || shown.includes('\\|')) return `<code>${entities(shown)}</code>`;
  return backtickSpan(shown).replace(/\|/g, '\\|');
}

function inlineCode(shown: string): string {
  return NOT_FOR_CODE_SPAN.test(shown) ? `<code>${entities(shown)}</code>` : backtickSpan(shown);
}

/** Input strings as a comma-separated list of inline code, or the placeholder when there are none. */
export function codeList(values: readonly string[], none: string): string {
  return values.length > 0 ? values.map(code).join(', ') : none;
}

const HTML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Our own rule ids and titles inside the report's HTML (<summary>), where markdown does not apply. */
export function html(text: string): string {
  return text.replace(/[&<>]/g, (c) => HTML_ENTITIES[c] ?? c);
}

/** Our own text (titles, labels) with every ASCII punctuation character escaped: it renders as written. */
export function plain(text: string): string {
  return escapePunctuation(visible(text));
}

function escapePunctuation(text: string): string {
  return text.replace(ASCII_PUNCTUATION, '\\$&');
}

function isProseWord(token: string): boolean {
  return PROSE_WORD.test(token) && !HEX_RUN.test(token) && token.length <= NAME_CAP;
}

/**
 * A message or remediation sentence, which the rules build with names inside. Backslash escapes alone are not
 * enough: GitHub finds mentions, #references, GH-1, commit hashes and emoji in the rendered text, after the
 * escapes are gone. So only plain words (letters, short numbers, sentence punctuation) stay prose; every other
 * run of tokens (names, CIDRs, paths, anything with @ # < [ ` | or a control character) becomes inline code.
 * Normal messages read as "Route `k8s-node-c` sends `10.244.2.0/24` to `node-b`".
 */
export function prose(text: string): string {
  const out: string[] = [];
  let pending: string[] = [];
  const flush = () => {
    // Each pending token is at most NAME_CAP long already; the run of them is shown whole.
    if (pending.length > 0) out.push(inlineCode(visible(pending.join(' '))));
    pending = [];
  };
  for (const token of text.split(' ')) {
    if (isProseWord(token)) {
      flush();
      out.push(escapePunctuation(token));
      continue;
    }
    // Sentence punctuation around a name stays prose, so that "node-a's" and "(10.0.0.0/24)," read naturally.
    const { lead, core, trail } = SENTENCE_PUNCTUATION.exec(token)!.groups!;
    if (core === '') {
      flush();
      out.push(escapePunctuation(token));
    } else if (lead || trail || codePoints(core!) > NAME_CAP) {
      flush();
      out.push(`${escapePunctuation(lead!)}${code(core!)}${escapePunctuation(trail!)}`);
    } else pending.push(token);
  }
  flush();
  return out.join(' ');
}

/**
 * A fenced code block (commands), indented to sit in a list item. Inside a fence nothing renders; only text that
 * would leave a marker-like HTML comment in the raw body goes to an HTML <pre> block, fully entity-encoded.
 */
export function codeBlock(text: string, lang: string, indent: string): string[] {
  const lines = text.split(/\r?\n/).map(visible);
  if (lines.some((line) => MARKER_LIKE.test(line))) {
    const encoded = lines.map(entities);
    encoded[0] = `<pre><code>${encoded[0]}`;
    encoded[encoded.length - 1] += '</code></pre>';
    return encoded.map((line) => `${indent}${line}`);
  }
  const marker = '`'.repeat(Math.max(3, ...lines.map((line) => longestRun(line, '`') + 1)));
  return [`${marker}${lang}`, ...lines, marker].map((line) => `${indent}${line}`);
}
