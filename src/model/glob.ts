/**
 * `*` globs (suppression targets, Terraform node selectors) matched without regular expressions: a glob comes from a
 * file a pull request can change, and as a backtracking RegExp six `*` against a 200-character name ran for minutes.
 * The glob runs as a set of states over the text, O(text × glob) at worst.
 *
 * Semantics are those of the RegExp `^part.*part$` the globs used to compile to: only `*` is special, and it matches
 * any run of characters except line breaks (`.` without the `s` flag), so a name carrying a line break is never
 * matched across it by a wildcard.
 */

const STAR = -1;

export interface Glob {
  /** True when the glob matches the whole text. */
  matches(text: string): boolean;
  /**
   * True when the glob matches the whole text, or a leading part of it that is followed by one of `separators` and
   * then anything but a line break: `^glob(?:[seps].*)?$`.
   */
  matchesWithin(text: string, separators: string): boolean;
}

export function compileGlob(glob: string): Glob {
  const tokens = tokenize(glob);
  return {
    matches: (text) => run(tokens, text, undefined),
    matchesWithin: (text, separators) => run(tokens, text, separators),
  };
}

/** Character codes, STAR for a run of `*` (several in a row match what one does). */
function tokenize(glob: string): Int32Array {
  const tokens: number[] = [];
  for (let i = 0; i < glob.length; i++) {
    const code = glob.charCodeAt(i);
    if (code === 0x2a) {
      if (tokens[tokens.length - 1] !== STAR) tokens.push(STAR);
    } else tokens.push(code);
  }
  return Int32Array.from(tokens);
}

function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}

/**
 * state[j] says the first j tokens can match the text read so far. With separators, a match of all tokens followed by
 * a separator opens the "inside" state, which then reads anything but a line break to the end.
 */
function run(tokens: Int32Array, text: string, separators: string | undefined): boolean {
  const size = tokens.length + 1;
  let current = new Uint8Array(size);
  let next = new Uint8Array(size);
  current[0] = 1;
  close(tokens, current);
  let inside = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const lineBreak = isLineBreak(code);
    inside =
      (inside && !lineBreak) ||
      (separators !== undefined && current[tokens.length] === 1 && separators.includes(text[i]!));
    next.fill(0);
    let alive = inside;
    for (let j = 0; j < tokens.length; j++) {
      if (current[j] === 0) continue;
      const token = tokens[j]!;
      const reached = token === STAR ? (lineBreak ? -1 : j) : token === code ? j + 1 : -1;
      if (reached >= 0) {
        next[reached] = 1;
        alive = true;
      }
    }
    if (!alive) return false;
    close(tokens, next);
    [current, next] = [next, current];
  }
  return current[tokens.length] === 1 || inside;
}

/** A star can match nothing: reaching it also reaches the token after it. */
function close(tokens: Int32Array, state: Uint8Array): void {
  for (let j = 0; j < tokens.length; j++) if (state[j] === 1 && tokens[j] === STAR) state[j + 1] = 1;
}
