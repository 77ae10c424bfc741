/** Narrowing helpers for parsed JSON/YAML, where any field may be missing or of the wrong type. */

export type Json = Record<string, unknown>;

export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

// Shared and frozen, so that no reader can add to what stands for a missing list or object.
const NO_ITEMS: readonly never[] = Object.freeze([]);
const NO_FIELDS: Readonly<Json> = Object.freeze({});

export function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : NO_ITEMS;
}

/**
 * The objects of a list, other items left out: the list itself when every item is one (nearly always), so that
 * reading a dump does not copy each of its lists (docs/performance.md).
 */
export function records(value: unknown): readonly Json[] {
  if (!Array.isArray(value)) return NO_ITEMS;
  return value.every(isRecord) ? (value as Json[]) : value.filter(isRecord);
}

/** The strings of a list (tags, names), other items left out: the list itself when every item is one. */
export function strings(value: unknown): readonly string[] {
  if (!Array.isArray(value)) return NO_ITEMS;
  return value.every(isString) ? (value as string[]) : value.filter(isString);
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

export function bool(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'True') return true;
  if (value === 'false' || value === 'False') return false;
  return undefined;
}

export function num(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  // A string of 400 digits is Infinity as a number.
  if (typeof value === 'string' && /^\d+$/.test(value) && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}

export function record(value: unknown): Readonly<Json> {
  return isRecord(value) ? value : NO_FIELDS;
}

/** The first of several spellings of a key that is present (az CLI versions differ in casing). */
export function pick(object: Json, ...keys: string[]): unknown {
  for (const key of keys) if (object[key] !== undefined) return object[key];
  return undefined;
}
