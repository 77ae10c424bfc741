/** Narrowing helpers for parsed JSON/YAML, where any field may be missing or of the wrong type. */

export type Json = Record<string, unknown>;

export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function records(value: unknown): Json[] {
  return list(value).filter(isRecord);
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

export function record(value: unknown): Json {
  return isRecord(value) ? value : {};
}

/** The first of several spellings of a key that is present (az CLI versions differ in casing). */
export function pick(object: Json, ...keys: string[]): unknown {
  for (const key of keys) if (object[key] !== undefined) return object[key];
  return undefined;
}
