/**
 * Finds the offsets of many values in a JSON text in one pass. A general JSON tree (jsonc-parser's parseTree)
 * builds a node for every value of the dump, when findings point at only a few of them; this walks a trie of the
 * wanted paths and skips everything else by bracket depth. It is one of the fast paths kept on measurement: see
 * docs/performance.md for what it saves, and test/robustness/json-locate.test.ts for the property test that holds
 * it to jsonc-parser's answers.
 */

type Segment = string | number;

interface Trie {
  wanted: boolean;
  children: Map<Segment, Trie>;
}

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
const COMMA = 44;
const COLON = 58;
/**
 * A run of text without brackets: whitespace, commas, colons, literals and whole strings (escapes included). The
 * repetitions are bounded because each one holds a backtracking entry: unbounded, a dump of a million short strings
 * overflows the regular expression stack. Sticky, so that lastIndex says where to match and where it stopped.
 */
const FLAT = /(?:[^"[\]{}]+|"[^"\\]*(?:\\[^][^"\\]*){0,64}"){1,64}/y;

/** How deep a value may nest for SHALLOW to consume it whole: a cloud listing's item nests four or five levels. */
const SHALLOW_DEPTH = 6;

/**
 * A whole object or array nesting at most SHALLOW_DEPTH levels, in one call: skipping a listing item otherwise
 * costs a call of FLAT per bracket. Every choice is decided by the next character (text without brackets or
 * quotes is taken greedily, then comes a string, a nested value or the closing bracket), so a failing match
 * backtracks in linear time; members and escapes are bounded like FLAT's. The text is valid JSON (it was parsed),
 * so the closing bracket of a value is its own kind and need not be paired with the opening one.
 */
const SHALLOW = (() => {
  const plain = '[^"[\\]{}]*';
  const string = '"[^"\\\\]*(?:\\\\[^][^"\\\\]*){0,64}"';
  let value = `[[{]${plain}(?:${string}${plain}){0,256}[\\]}]`;
  for (let depth = 2; depth <= SHALLOW_DEPTH; depth++)
    value = `[[{]${plain}(?:(?:${string}|${value})${plain}){0,256}[\\]}]`;
  return new RegExp(value, 'y');
})();

/** Items skipped per call of SKIP_ITEMS. */
const SKIP_RUN = 32;

/**
 * SKIP_RUN shallow values, each followed by its comma: a listing's items before the next wanted one, many per call,
 * since one call per item spends more on the call than on the match.
 */
const SKIP_ITEMS = new RegExp(`(?:${SHALLOW.source}[ \\t\\n\\r]*,[ \\t\\n\\r]*){${SKIP_RUN}}`, 'y');

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

class Scanner {
  /** Wanted values not found yet: at zero the walk unwinds at once instead of skipping the rest of the file. */
  private remaining: number;

  constructor(
    private readonly text: string,
    wanted: number,
    /** Record where the property name of a wanted member starts, rather than its value. */
    private readonly keys: boolean,
  ) {
    this.remaining = wanted;
  }

  space(at: number): number {
    while (at < this.text.length && isSpace(this.text.charCodeAt(at))) at++;
    return at;
  }

  /** Offset just past the string that starts at `at` (an opening quote): quotes are found with indexOf. */
  endOfString(at: number): number {
    for (let quote = this.text.indexOf('"', at + 1); quote !== -1; quote = this.text.indexOf('"', quote + 1)) {
      let backslashes = 0;
      while (this.text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
      if (backslashes % 2 === 0) return quote + 1;
    }
    return this.text.length;
  }

  /** Offset just past the value that starts at `at`. */
  skip(at: number): number {
    const code = this.text.charCodeAt(at);
    if (code === QUOTE) return this.endOfString(at);
    if (code === OPEN_OBJECT || code === OPEN_ARRAY) return this.skipContainer(at, true);
    let i = at;
    while (i < this.text.length) {
      const c = this.text.charCodeAt(i);
      if (c === COMMA || c === CLOSE_OBJECT || c === CLOSE_ARRAY || isSpace(c)) break;
      i++;
    }
    return i;
  }

  /**
   * Offset just past the object or array at `at`: by SHALLOW when it nests shallowly, else bracket by bracket,
   * trying SHALLOW once more on each direct member, so that one deep member (kubectl's managedFields) does not
   * leave its shallow siblings to the bracket loop, and no text is tried by SHALLOW more than twice.
   */
  private skipContainer(at: number, tryMembers: boolean): number {
    SHALLOW.lastIndex = at;
    if (SHALLOW.test(this.text)) return SHALLOW.lastIndex;
    // Text between brackets (whitespace, numbers, whole strings) is consumed by one regular expression call in
    // native code; JavaScript only counts the brackets.
    let depth = 0;
    let i = at;
    while (i < this.text.length) {
      const c = this.text.charCodeAt(i);
      if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
        if (depth === 1 && tryMembers) {
          i = this.skipContainer(i, false);
          continue;
        }
        depth++;
        i++;
      } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
        i++;
        if (--depth === 0) return i;
      } else {
        FLAT.lastIndex = i;
        // No progress: a string with more escapes than FLAT takes at once, or one left open at the end of the text.
        i = FLAT.test(this.text) ? FLAT.lastIndex : this.endOfString(i);
      }
    }
    return this.text.length;
  }

  /**
   * Visits the value at `at` for the trie node; records wanted offsets (`keyAt` instead when it is a member whose
   * property name is wanted); returns the offset past the value.
   */
  visit(at: number, node: Trie, path: Segment[], found: Map<string, number>, keyAt = at): number {
    if (node.wanted) {
      found.set(JSON.stringify(path), this.keys ? keyAt : at);
      this.remaining--;
    }
    if (node.children.size === 0) return this.skip(at);
    const code = this.text.charCodeAt(at);
    if (code === OPEN_ARRAY) return this.visitArray(at, node, path, found);
    if (code === OPEN_OBJECT) return this.visitObject(at, node, path, found);
    return this.skip(at);
  }

  private visitArray(at: number, node: Trie, path: Segment[], found: Map<string, number>): number {
    let i = this.space(at + 1);
    const wanted = [...node.children.keys()].filter((key) => typeof key === 'number').sort((a, b) => a - b);
    let nextWanted = 0;
    for (
      let index = 0;
      this.remaining > 0 && i < this.text.length && this.text.charCodeAt(i) !== CLOSE_ARRAY;
      index++
    ) {
      while (nextWanted < wanted.length && wanted[nextWanted]! < index) nextWanted++;
      // Items up to the next wanted one, SKIP_RUN at a time while they nest shallowly.
      for (let gap = (wanted[nextWanted] ?? Infinity) - index; gap >= SKIP_RUN; gap -= SKIP_RUN, index += SKIP_RUN) {
        SKIP_ITEMS.lastIndex = i;
        if (!SKIP_ITEMS.test(this.text)) break;
        i = SKIP_ITEMS.lastIndex;
      }
      const child = node.children.get(index);
      i = child ? this.visit(i, child, [...path, index], found) : this.skip(i);
      i = this.space(i);
      if (this.text.charCodeAt(i) === COMMA) i = this.space(i + 1);
    }
    return i + 1;
  }

  private visitObject(at: number, node: Trie, path: Segment[], found: Map<string, number>): number {
    let i = this.space(at + 1);
    while (this.remaining > 0 && i < this.text.length && this.text.charCodeAt(i) !== CLOSE_OBJECT) {
      const keyStart = i;
      const keyEnd = this.endOfString(i);
      const key = JSON.parse(this.text.slice(i, keyEnd)) as string;
      i = this.space(keyEnd);
      if (this.text.charCodeAt(i) === COLON) i = this.space(i + 1);
      const child = node.children.get(key);
      i = child ? this.visit(i, child, [...path, key], found, keyStart) : this.skip(i);
      i = this.space(i);
      if (this.text.charCodeAt(i) === COMMA) i = this.space(i + 1);
    }
    return i + 1;
  }
}

/**
 * Offsets of the values at `paths` (keyed by JSON.stringify(path)), or with `keys` of the property names holding
 * them (list items: still their values); paths that do not exist are left out.
 */
export function locateJsonPaths(
  text: string,
  paths: readonly (readonly Segment[])[],
  keys = false,
): Map<string, number> {
  const root: Trie = { wanted: false, children: new Map() };
  for (const path of paths) {
    let node = root;
    for (const segment of path) {
      let child = node.children.get(segment);
      if (!child) node.children.set(segment, (child = { wanted: false, children: new Map() }));
      node = child;
    }
    node.wanted = true;
  }
  const found = new Map<string, number>();
  const scanner = new Scanner(text, new Set(paths.map((path) => JSON.stringify(path))).size, keys);
  scanner.visit(scanner.space(0), root, [], found);
  return found;
}
