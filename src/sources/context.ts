import { UserError } from '../errors.js';
import { canonicalIp, parseCidr, type Cidr } from '../model/cidr.js';
import type { Origin } from '../model/origin.js';
import type { SnapshotBuilder } from './builder.js';
import type { SourceDocument } from './document.js';
import { oneLine } from './one-line.js';

export type Path = readonly (string | number)[];

/** Absent optional values: left out, null, or an empty string (kubectl and az print all three). */
export function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

const SHOWN_LENGTH = 60;

/** A value quoted in a message: JSON, cut short, since a wrong value can be a whole object or a megabyte string. */
export function shown(value: unknown): string {
  if (value === undefined) return '(missing)';
  const text = JSON.stringify(value);
  return text.length > SHOWN_LENGTH ? `${text.slice(0, SHOWN_LENGTH)}…` : text;
}

/**
 * What a format reader gets: where it is reading, somewhere to put what it read, and ways to complain precisely.
 * Readers parse first and call these only when parsing failed
 * (`parseCidr(value) ?? context.cidr(value, [...path, 'destRange'], ...)`): these complain, they are not parsers.
 */
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
  cidr(value: unknown, path: Path, what: string): Cidr {
    const cidr = parseCidr(value);
    if (!cidr) this.fail(path, `${what}: ${shown(value)} is not a valid CIDR`);
    return cidr;
  }

  ip(value: unknown, path: Path, what: string): string {
    const ip = canonicalIp(value);
    if (!ip) this.fail(path, `${what}: ${shown(value)} is not a valid IP address`);
    return ip;
  }

  /** Optional values: absent is fine, malformed is not. */
  optionalIp(value: unknown, path: Path, what: string): string | undefined {
    return isAbsent(value) ? undefined : this.ip(value, path, what);
  }

  optionalCidr(value: unknown, path: Path, what: string): Cidr | undefined {
    return isAbsent(value) ? undefined : this.cidr(value, path, what);
  }
}
