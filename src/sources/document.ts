import { readFile } from 'node:fs/promises';
import { parse as parseJsonWithErrors, parseTree, findNodeAtLocation, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { LineCounter, parseAllDocuments, isMap, isNode, isScalar, type Document } from 'yaml';
import { UserError } from '../errors.js';
import type { Origin } from '../model/snapshot.js';

/** Files larger than this are refused: no real dump of a 5,000-node cluster comes close. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

export interface Position {
  readonly line: number;
  readonly column: number;
}

/**
 * A parsed input file. Values are parsed with the fastest parser for the syntax; source positions are
 * worked out only when a finding or an error needs one, so large clean dumps never pay for them.
 */
export class SourceDocument {
  private jsonTree: ReturnType<typeof parseTree> | undefined;
  private lineStarts: number[] | undefined;

  private constructor(
    readonly file: string,
    readonly text: string,
    readonly syntax: 'json' | 'yaml',
    readonly values: readonly unknown[],
    private readonly yamlDocs: readonly Document.Parsed[],
    private readonly yamlLines: LineCounter | undefined,
  ) {}

  static async load(file: string): Promise<SourceDocument> {
    let buffer: Buffer;
    try {
      buffer = await readFile(file);
    } catch (error) {
      throw new UserError(`cannot read file: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, file);
    }
    if (buffer.length > MAX_FILE_BYTES) throw new UserError(`file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB`, file);
    return SourceDocument.parse(file, decode(buffer));
  }

  /** A document read from an API rather than a file: same reading, no source positions. */
  static fromValue(name: string, value: unknown): SourceDocument {
    return new SourceDocument(name, '', 'json', [value], [], undefined);
  }

  /** True for API-read documents: findings about them have no file location. */
  get virtual(): boolean {
    return this.text === '';
  }

  static parse(file: string, raw: string): SourceDocument {
    const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (text.includes('\u0000')) throw new UserError('not a text file (binary content)', file);
    const first = text.trimStart()[0];
    if (first === '{' || first === '[') {
      try {
        return new SourceDocument(file, text, 'json', [JSON.parse(text)], [], undefined);
      } catch {
        // YAML flow mappings also start with "{": only report the JSON error when YAML cannot read it either.
        const yaml = SourceDocument.tryYaml(file, text);
        if (yaml) return yaml;
        throw SourceDocument.jsonError(file, text);
      }
    }
    const yaml = SourceDocument.tryYaml(file, text, true);
    if (!yaml) throw new UserError('empty file', file);
    return yaml;
  }

  private static tryYaml(file: string, text: string, raise = false): SourceDocument | undefined {
    const lineCounter = new LineCounter();
    const docs = parseAllDocuments(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
    const list = Array.isArray(docs) ? docs : [];
    const failed = list.find((d) => d.errors.length > 0);
    if (failed) {
      if (!raise) return undefined;
      const error = failed.errors[0]!;
      const pos = lineCounter.linePos(error.pos[0]);
      throw new UserError(`invalid YAML: ${firstLine(error.message)}`, file, pos.line, pos.col);
    }
    const values = list.map((d) => {
      try {
        return d.toJS({ maxAliasCount: 1000 });
      } catch (error) {
        throw new UserError(`invalid YAML: ${firstLine((error as Error).message)}`, file);
      }
    });
    const present = values.filter((v) => v !== null && v !== undefined);
    if (present.length === 0) return undefined;
    return new SourceDocument(file, text, 'yaml', values, list, lineCounter);
  }

  private static jsonError(file: string, text: string): UserError {
    const errors: ParseError[] = [];
    parseJsonWithErrors(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const error = errors[0];
    if (!error) return new UserError('invalid JSON', file);
    const doc = new SourceDocument(file, text, 'json', [], [], undefined);
    const pos = doc.offsetToPosition(error.offset);
    const what = error.offset >= text.trimEnd().length ? 'unexpected end of input (truncated dump?)' : describeJsonError(printParseErrorCode(error.error));
    return new UserError(`invalid JSON: ${what}`, file, pos.line, pos.column);
  }

  /**
   * Line and column of the value at `path` in document `doc`, when it can be found; with `key`, of the
   * property name that holds it instead (for "unknown property" errors).
   */
  position(origin: Pick<Origin, 'doc' | 'path'>, key = false): Position | undefined {
    if (this.syntax === 'json') {
      this.jsonTree ??= parseTree(this.text);
      if (!this.jsonTree) return undefined;
      const node = findNodeAtLocation(this.jsonTree, [...origin.path]);
      const target = key && node?.parent?.type === 'property' ? node.parent : node;
      return target ? this.offsetToPosition(target.offset) : undefined;
    }
    const yamlDoc = this.yamlDocs[origin.doc];
    if (!yamlDoc || !this.yamlLines) return undefined;
    const node = key ? this.yamlKey(yamlDoc, origin.path) : origin.path.length === 0 ? yamlDoc.contents : yamlDoc.getIn(origin.path, true);
    if (!isNode(node) || !node.range) return undefined;
    const pos = this.yamlLines.linePos(node.range[0]);
    return { line: pos.line, column: pos.col };
  }

  private yamlKey(yamlDoc: Document.Parsed, path: Origin['path']): unknown {
    const parent = path.length <= 1 ? yamlDoc.contents : yamlDoc.getIn(path.slice(0, -1), true);
    if (!isMap(parent)) return undefined;
    return parent.items.find((pair) => isScalar(pair.key) && pair.key.value === path[path.length - 1])?.key;
  }

  private offsetToPosition(offset: number): Position {
    if (!this.lineStarts) {
      const starts = [0];
      for (let i = 0; i < this.text.length; i++) if (this.text.charCodeAt(i) === 10) starts.push(i + 1);
      this.lineStarts = starts;
    }
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.lineStarts[low]! + 1 };
  }
}

/** Windows PowerShell 5 redirects (`kubectl get nodes -o json > nodes.json`) write UTF-16LE with a byte-order mark. */
function decode(buffer: Buffer): string {
  return buffer[0] === 0xff && buffer[1] === 0xfe ? buffer.toString('utf16le') : buffer.toString('utf8');
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}

function describeJsonError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
