import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import { UserError } from '../errors.js';

/** What an input file may be: the limits that keep a crafted file from exhausting memory, stack or time. */

/** Files larger than this are refused: no real dump of a 5,000-node cluster comes close. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

/**
 * Objects and lists nested deeper than this are refused: real dumps nest a few dozen levels at most, and the
 * position lookups, the YAML parser and error messages recurse once per level (a crafted file overflows the stack).
 */
export const MAX_DEPTH = 128;

/**
 * Heap a parse takes per value the pre-scan counts, at the costliest shapes measured: JSON.parse of an object with
 * many keys (~75 bytes); for YAML, the `yaml` package's nodes, kept for positions, at `[:,:]` and `- - - -` lines
 * (~360). Real dumps cost less per counted value (YAML ~160, counted ~2.7 times per value).
 */
export const JSON_HEAP_PER_VALUE = 80;
export const YAML_HEAP_PER_VALUE = 400;

const CHUNK_BYTES = 1024 * 1024;

/**
 * The file's content, or undefined when it is larger than MAX_FILE_BYTES: refused from its size before reading
 * when it is a regular file, after reading that much when it is a pipe or device (`<(kubectl ...)`, /dev/zero).
 * Synchronous: files are read one after the other anyway, and the promise API reads a large file in many small
 * thread-pool round trips, each idle in between.
 */
export function readCapped(file: string): Buffer | undefined {
  const fd = openSync(file, 'r');
  try {
    const info = fstatSync(fd);
    if (info.size > MAX_FILE_BYTES) return undefined;
    if (info.isFile()) return readFileSync(fd);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buffer = Buffer.alloc(CHUNK_BYTES);
      const bytesRead = readSync(fd, buffer, 0, CHUNK_BYTES, null);
      if (bytesRead === 0) return Buffer.concat(chunks, total);
      total += bytesRead;
      if (total > MAX_FILE_BYTES) return undefined;
      chunks.push(buffer.subarray(0, bytesRead));
    }
  } finally {
    closeSync(fd);
  }
}

export const TOO_DEEP = `objects and lists nested more than ${MAX_DEPTH} levels deep`;

/**
 * Values a parse may make: three quarters of the heap still free, at the worst cost per value, so that what passes
 * the pre-scan parses without Node aborting out of memory (an abort is no clear error and no exit 2). Real dumps cost
 * well under the worst, and a file of the costliest shape is refused by its reader right after.
 */
export function valueBudget(heapPerValue: number): number {
  const { heap_size_limit: limit, used_heap_size: used } = getHeapStatistics();
  return Math.floor(((limit - used) * 3) / 4 / heapPerValue);
}

export function refuseMany(file: string, values: number, heapPerValue: number): void {
  const budget = valueBudget(heapPerValue);
  if (values <= budget) return;
  const limitMb = Math.round(getHeapStatistics().heap_size_limit / 1024 / 1024);
  throw new UserError(
    `too many values to parse in this process's memory (up to ${values} counted, room for ${budget} in a ${limitMb} MiB heap); if the file is genuine, give Node more (NODE_OPTIONS=--max-old-space-size=MiB)`,
    file,
  );
}

export function tooDeep(file: string): UserError {
  return new UserError(TOO_DEEP, file);
}

export function isStackOverflow(error: unknown): boolean {
  return (
    error instanceof RangeError ||
    (error instanceof Error && error.message.includes('Maximum call stack size exceeded'))
  );
}

/** For JSON held in a string of a document (net-conf.json), parsed by a reader. */
export function nestedTooDeep(value: unknown): boolean {
  return deeperThan(value, MAX_DEPTH);
}

export function refuseDeep(file: string, values: unknown[]): unknown[] {
  if (values.some(nestedTooDeep)) throw tooDeep(file);
  return values;
}

/**
 * Descends at most `levels` levels itself, so it cannot overflow on the input it is guarding against. It visits
 * every value of every parsed file, so it walks containers in place rather than listing each one's values first
 * (docs/performance.md).
 */
function deeperThan(value: unknown, levels: number): boolean {
  if (typeof value !== 'object' || value === null) return false;
  return containerDeeperThan(value, levels);
}

function containerDeeperThan(container: object, levels: number): boolean {
  if (levels === 0) return true;
  if (Array.isArray(container)) {
    for (let i = 0; i < container.length; i++) {
      const item: unknown = container[i];
      if (typeof item === 'object' && item !== null && containerDeeperThan(item, levels - 1)) return true;
    }
    return false;
  }
  for (const key in container) {
    const item: unknown = (container as Record<string, unknown>)[key];
    if (typeof item === 'object' && item !== null && containerDeeperThan(item, levels - 1)) return true;
  }
  return false;
}

/** Bracket depth of JSON text, strings skipped; for text that JSON.parse refused. */
export function jsonTextDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) max = Math.max(max, ++depth);
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}
