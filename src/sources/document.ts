import type { ParseError } from 'jsonc-parser';
import {
  LineCounter,
  parseAllDocuments,
  isMap,
  isNode,
  isScalar,
  isSeq,
  YAMLParseError,
  type Document,
  type YAMLError,
} from 'yaml';
import { UserError } from '../errors.js';
import type { Origin } from '../model/origin.js';
import {
  isStackOverflow,
  JSON_HEAP_PER_VALUE,
  jsonTextDepth,
  MAX_DEPTH,
  MAX_FILE_BYTES,
  readCapped,
  refuseDeep,
  refuseMany,
  tooDeep,
  valueBudget,
  YAML_HEAP_PER_VALUE,
} from './input-limits.js';
import { locateJsonPaths } from './json-locate.js';
import { oneLine } from './one-line.js';
import { jsonValueBound, scanYaml } from './text-scan.js';

export interface Position {
  readonly line: number;
  readonly column: number;
}

/**
 * A parsed input file. Values are parsed with the fastest parser for the syntax; source positions are
 * worked out only when a finding or an error needs one, so large clean dumps never pay for them.
 */
export class SourceDocument {
  private constructor(
    readonly file: string,
    readonly text: string,
    readonly syntax: 'json' | 'yaml',
    private parsed: readonly unknown[],
    private readonly yamlDocs: readonly Document.Parsed[],
    private readonly yamlLines: LineCounter | undefined,
  ) {}

  static async load(file: string): Promise<SourceDocument> {
    let buffer: Buffer | undefined;
    try {
      buffer = readCapped(file);
    } catch (error) {
      throw new UserError(`cannot read file: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, file);
    }
    if (!buffer) throw new UserError(`file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB`, file);
    return await SourceDocument.parse(file, decode(buffer));
  }

  /** A document read from an API rather than a file: same reading, no source positions. */
  static fromValue(name: string, value: unknown): SourceDocument {
    return new SourceDocument(name, '', 'json', [value], [], undefined);
  }

  /** The parsed documents of the file (a YAML stream holds several), until released. */
  get values(): readonly unknown[] {
    return this.parsed;
  }

  /**
   * Drops the parsed values once they are read into the snapshot: positions come from the text, and nothing else
   * needs the values, which for a large dump are tens of megabytes held until the end of the run.
   */
  releaseValues(): void {
    this.parsed = [];
  }

  /** True for API-read documents: findings about them have no file location. */
  get virtual(): boolean {
    return this.text === '';
  }

  /** Parses a file's text; async only for an invalid JSON text, whose error is located by a parser loaded then. */
  static async parse(file: string, raw: string): Promise<SourceDocument> {
    const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (text.includes('\u0000')) throw new UserError('not a text file (binary content)', file);
    const first = text.trimStart()[0];
    if (first === '{' || first === '[') {
      refuseMany(file, jsonValueBound(text, valueBudget(JSON_HEAP_PER_VALUE)), JSON_HEAP_PER_VALUE);
      const value = parseJson(text);
      if (value !== NOT_JSON) return new SourceDocument(file, text, 'json', refuseDeep(file, [value]), [], undefined);
      // YAML flow mappings also start with "{": only report the JSON error when YAML cannot read it either.
      const yaml = SourceDocument.tryYaml(file, text);
      if (yaml) return yaml;
      throw await SourceDocument.jsonError(file, text);
    }
    const yaml = SourceDocument.tryYaml(file, text, true);
    if (!yaml) throw new UserError('empty file', file);
    return yaml;
  }

  private static tryYaml(file: string, text: string, raise = false): SourceDocument | undefined {
    const shape = scanYaml(text);
    if (shape.depth > MAX_DEPTH) throw tooDeep(file);
    refuseMany(file, shape.values, YAML_HEAP_PER_VALUE);
    const lineCounter = new LineCounter();
    // The package's own unique-key check compares each key with every earlier one: minutes for a 1 MB mapping.
    const docs = parseAllDocuments(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
    const list = Array.isArray(docs) ? docs : [];
    const error = list.map((d) => d.errors[0] ?? duplicateKey(d)).find((e) => e !== undefined);
    if (error) {
      if (isStackOverflow(error)) throw tooDeep(file);
      if (!raise) return undefined;
      const pos = lineCounter.linePos(error.pos[0]);
      throw new UserError(`invalid YAML: ${firstLine(error.message)}`, file, pos.line, pos.col);
    }
    const values = list.map((d) => {
      try {
        return d.toJS({ maxAliasCount: 1000 });
      } catch (error) {
        if (isStackOverflow(error)) throw tooDeep(file);
        throw new UserError(`invalid YAML: ${firstLine((error as Error).message)}`, file);
      }
    });
    const present = values.filter((v) => v !== null && v !== undefined);
    if (present.length === 0) return undefined;
    return new SourceDocument(file, text, 'yaml', refuseDeep(file, values), list, lineCounter);
  }

  /** jsonc-parser names and places the first error; it is loaded here, since valid dumps never need it. */
  private static async jsonError(file: string, text: string): Promise<UserError> {
    // The error-reporting parser recurses per level.
    if (jsonTextDepth(text) > MAX_DEPTH) return tooDeep(file);
    const { parse: parseJsonWithErrors, printParseErrorCode } = await import('jsonc-parser');
    const errors: ParseError[] = [];
    parseJsonWithErrors(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const error = errors[0];
    if (!error) return new UserError('invalid JSON', file);
    const doc = new SourceDocument(file, text, 'json', [], [], undefined);
    const pos = doc.offsetToPosition(error.offset);
    const what =
      error.offset >= text.trimEnd().length
        ? 'unexpected end of input (truncated dump?)'
        : describeJsonError(printParseErrorCode(error.error));
    return new UserError(`invalid JSON: ${what}`, file, pos.line, pos.column);
  }

  /**
   * Line and column of the value at `path` in document `doc`, when it can be found; with `key`, of the
   * property name that holds it instead (for "unknown property" errors).
   */
  position(origin: Pick<Origin, 'doc' | 'path'>, key = false): Position | undefined {
    if (this.syntax === 'json') return this.positions([origin], key)[0];
    const yamlDoc = this.yamlDocs[origin.doc];
    if (!yamlDoc || !this.yamlLines) return undefined;
    const node = key
      ? this.yamlKey(yamlDoc, origin.path)
      : origin.path.length === 0
        ? yamlDoc.contents
        : yamlDoc.getIn(origin.path, true);
    if (!isNode(node) || !node.range) return undefined;
    const pos = this.yamlLines.linePos(node.range[0]);
    return { line: pos.line, column: pos.col };
  }

  /**
   * Positions of many values at once: one pass over a JSON text, however many findings point into it. With `keys`,
   * of the property names that hold them (an item of a list has none: its value's).
   */
  positions(origins: readonly Pick<Origin, 'doc' | 'path'>[], keys = false): (Position | undefined)[] {
    if (this.syntax === 'yaml') return origins.map((origin) => this.position(origin, keys));
    if (this.virtual) return origins.map(() => undefined);
    const found = locateJsonPaths(
      this.text,
      origins.map((origin) => origin.path),
      keys,
    );
    const offsets = origins.map((origin) => found.get(JSON.stringify(origin.path)));
    const positions = this.offsetsToPositions(offsets.filter((offset): offset is number => offset !== undefined));
    let next = 0;
    return offsets.map((offset) => (offset === undefined ? undefined : positions[next++]));
  }

  private yamlKey(yamlDoc: Document.Parsed, path: Origin['path']): unknown {
    const parent = path.length <= 1 ? yamlDoc.contents : yamlDoc.getIn(path.slice(0, -1), true);
    if (!isMap(parent)) return undefined;
    return parent.items.find((pair) => isScalar(pair.key) && pair.key.value === path[path.length - 1])?.key;
  }

  private offsetToPosition(offset: number): Position {
    return this.offsetsToPositions([offset])[0]!;
  }

  /** Line and column of each offset, counting newlines once up to the last one. */
  private offsetsToPositions(offsets: readonly number[]): Position[] {
    const order = offsets.map((offset, i) => ({ offset, i })).sort((a, b) => a.offset - b.offset);
    const positions: Position[] = new Array(offsets.length);
    let line = 1;
    let lineStart = 0;
    for (const { offset, i } of order) {
      for (
        let next = this.text.indexOf('\n', lineStart);
        next !== -1 && next < offset;
        next = this.text.indexOf('\n', lineStart)
      ) {
        line++;
        lineStart = next + 1;
      }
      positions[i] = { line, column: offset - lineStart + 1 };
    }
    return positions;
  }
}

const NOT_JSON = Symbol('not JSON');

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return NOT_JSON;
  }
}

/**
 * A key that repeats an earlier one of its mapping, as the error the package's own check would give, found in
 * one pass with a set per mapping. Keys are compared as that check does: scalars by value, anything else by identity.
 */
function duplicateKey(doc: Document.Parsed): YAMLError | undefined {
  const pending: unknown[] = [doc.contents];
  while (pending.length > 0) {
    const node = pending.pop();
    if (isSeq(node)) for (const item of node.items) pending.push(item);
    if (!isMap(node)) continue;
    const seen = new Set<unknown>();
    for (const pair of node.items) {
      const key = pair.key;
      if (isScalar(key) && !Number.isNaN(key.value)) {
        if (seen.has(key.value))
          return new YAMLParseError(
            key.range ? [key.range[0], key.range[1]] : [0, 0],
            'DUPLICATE_KEY',
            'Map keys must be unique',
          );
        seen.add(key.value);
      } else pending.push(key);
      pending.push(pair.value);
    }
  }
  return undefined;
}

/**
 * Windows PowerShell 5 redirects (`kubectl get nodes -o json > nodes.json`) write UTF-16LE with a byte-order mark;
 * `Out-File -Encoding BigEndianUnicode` writes UTF-16BE, which Node decodes only as LE, so its bytes are swapped.
 */
function decode(buffer: Buffer): string {
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return buffer.toString('utf16le');
  if (buffer[0] === 0xfe && buffer[1] === 0xff)
    return Buffer.from(buffer.subarray(0, buffer.length & ~1))
      .swap16()
      .toString('utf16le');
  return buffer.toString('utf8');
}

/** YAML errors quote the offending text, which can hold control characters. */
function firstLine(message: string): string {
  return oneLine(message.split('\n')[0]!.trim());
}

function describeJsonError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
