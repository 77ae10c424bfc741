/**
 * Passes over an input text before it is parsed, allocating nothing per value: they bound what parsing it would cost.
 * A megabyte of `[` or forty megabytes of `- 1` lines are small files that parse into more objects than the heap
 * holds; the parsers cannot be stopped halfway, so the text is measured first.
 */
export interface TextShape {
  /** At least the number of values the text parses into (containers and scalars; keys and alias expansion aside). */
  readonly values: number;
  /** Nesting of flow collections, roughly (see scanYaml). */
  readonly depth: number;
}

const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const COMMA = 0x2c;
const COLON = 0x3a;
const HASH = 0x23;
const DASH = 0x2d;
const QUESTION = 0x3f;
const NEWLINE = 0x0a;

/**
 * At least the number of values JSON.parse makes of the text, looked at only as closely as `enough` needs. A value
 * takes a character and two take a comma between them (a container its two brackets), so a text of n characters holds
 * at most (n + 1) / 2 values: a text short enough for that to be within `enough` is not looked at, which with the
 * heap Node gives by default is every real dump. Otherwise: every value but the first follows a `[`, `{` or `,`,
 * counted with indexOf, inside strings too, which only over-estimates.
 */
export function jsonValueBound(text: string, enough: number): number {
  const byLength = Math.floor((text.length + 1) / 2);
  if (byLength <= enough) return byLength;
  return 1 + occurrences(text, ',') + occurrences(text, '[') + occurrences(text, '{');
}

function occurrences(text: string, char: string): number {
  let count = 0;
  for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1)) count++;
  return count;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === NEWLINE || code === 0x0d || code === 0x09;
}

/**
 * YAML: every node starts a word (a run of non-blank characters) or follows a `[`, `{`, `,` or a `:` before one of
 * those (`[:,:]` is two maps in a list), but for an empty block node (`key:` or `-` at the end of a line), of which a line holds one;
 * so words, those characters and lines bound the values. Nothing is skipped: whether a quote starts a string depends on context this pass does
 * not track, and skipping a false one would hide what follows, so words inside strings, block scalars and comments
 * count too (an over-estimate, never an under-estimate).
 *
 * Depth counts `[` and `{` that start a token, less `]` and `}`, and starts again at 0 on a line that starts at column
 * 0 with anything else than a flow indicator or a comment: there a block node starts, outside every flow collection.
 * That keeps unbalanced brackets in the strings of one item from adding up over a whole dump. Block collections
 * nest by indentation, which costs the parser nothing to refuse, except when written compactly on one line
 * (`- - - - x`): those `-` and `?` words count as depth too.
 */
export function scanYaml(text: string): TextShape {
  let words = 0;
  let indicators = 0;
  let lines = 1;
  let depth = 0;
  let maxDepth = 0;
  let compact = 0;
  let compactLine = true;
  let previous = NEWLINE;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      if (code === NEWLINE) {
        lines++;
        compact = 0;
        compactLine = true;
      }
      previous = code;
      continue;
    }
    if (previous === NEWLINE && !isFlowIndicator(code) && code !== HASH) depth = 0;
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : NEWLINE;
    if (isSpace(previous)) {
      words++;
      if (compactLine && (code === DASH || code === QUESTION) && isSpace(next)) {
        if (++compact > maxDepth) maxDepth = compact;
      } else compactLine = false;
    }
    if (code === OPEN_BRACKET || code === OPEN_BRACE) {
      indicators++;
      if ((isSpace(previous) || isFlowIndicator(previous) || previous === COLON) && ++depth > maxDepth)
        maxDepth = depth;
    } else if (code === COMMA) indicators++;
    else if (code === COLON && isFlowIndicator(next)) indicators++;
    else if ((code === CLOSE_BRACKET || code === CLOSE_BRACE) && depth > 0) depth--;
    previous = code;
  }
  return { values: words + indicators + lines, depth: maxDepth };
}

function isFlowIndicator(code: number): boolean {
  return (
    code === OPEN_BRACKET || code === OPEN_BRACE || code === CLOSE_BRACKET || code === CLOSE_BRACE || code === COMMA
  );
}
