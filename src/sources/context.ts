import { UserError } from '../errors.js';
import { canonicalIp, parseCidr, type Cidr } from '../model/cidr.js';
import type { Origin } from '../model/snapshot.js';
import type { SnapshotBuilder } from './builder.js';
import type { SourceDocument } from './document.js';

export type Path = readonly (string | number)[];

/**
 * Where a value sits, or what it is called in a message: given as a function where a reader checks a value per
 * item of a 5,000-node dump, so that the path array and the message are built only for a value that is wrong.
 */
export type Lazy<T> = T | (() => T);

function resolve<T>(lazy: Lazy<T>): T {
  return typeof lazy === 'function' ? (lazy as () => T)() : lazy;
}

const SHOWN_LENGTH = 60;

/** A value quoted in a message: JSON, cut short, since a wrong value can be a whole object or a megabyte string. */
export function shown(value: unknown): string {
  if (value === undefined) return '(missing)';
  const text = JSON.stringify(value);
  return text.length > SHOWN_LENGTH ? `${text.slice(0, SHOWN_LENGTH)}…` : text;
}

/** Errors are one line: control characters and line breaks from names and values in the input are escaped. */
export function oneLine(message: string): string {
  return message.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => (c === '\n' ? '\\n' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

/** What a format reader gets: where it is reading, somewhere to put what it read, and ways to complain precisely. */
export class ReadContext {
  constructor(
    readonly source: SourceDocument,
    readonly doc: number,
    readonly builder: SnapshotBuilder,
  ) {}

  origin(path: Path): Origin {
    return { file: this.source.file, doc: this.doc, path };
  }

  fail(path: Path, message: string): never {
    const pos = this.source.position({ doc: this.doc, path });
    throw new UserError(oneLine(message), this.source.file, pos?.line, pos?.column);
  }

  /** A required CIDR: a malformed one is an input error naming the field. */
  cidr(value: unknown, path: Lazy<Path>, what: Lazy<string>): Cidr {
    const cidr = typeof value === 'string' ? parseCidr(value) : undefined;
    if (!cidr) this.fail(resolve(path), `${resolve(what)}: ${shown(value)} is not a valid CIDR`);
    return cidr;
  }

  ip(value: unknown, path: Lazy<Path>, what: Lazy<string>): string {
    const ip = typeof value === 'string' ? canonicalIp(value) : undefined;
    if (!ip) this.fail(resolve(path), `${resolve(what)}: ${shown(value)} is not a valid IP address`);
    return ip;
  }

  /** Optional values: absent is fine, malformed is not. */
  optionalIp(value: unknown, path: Lazy<Path>, what: Lazy<string>): string | undefined {
    return value === undefined || value === null || value === '' ? undefined : this.ip(value, path, what);
  }

  optionalCidr(value: unknown, path: Lazy<Path>, what: Lazy<string>): Cidr | undefined {
    return value === undefined || value === null || value === '' ? undefined : this.cidr(value, path, what);
  }
}
