/**
 * The credentials this run holds (kubeconfig tokens and keys, cloud keys from the environment), so that every
 * boundary where text leaves the tool (error messages, reports, saved snapshots) can take them out, even when a
 * server or proxy echoes one back. One registry per process: the run is one process.
 */

/** What a secret is replaced with. */
export const REDACTED = '[REDACTED]';
/** Shorter values are ignored: redacting "admin" or "true" everywhere would garble reports and protect nothing. */
export const MIN_SECRET_LENGTH = 6;

/** Armour lines of a PEM block name its type, not its content; redacting them would only blur reports. */
const PEM_ARMOUR = /^-----(BEGIN|END) [A-Z0-9 ]+-----$/;

const pieces = new Set<string>();
/** Pieces plus the forms they take once escaped into JSON or a URL. */
const forms = new Set<string>();
const listeners: ((piece: string) => void)[] = [];
let pattern: RegExp | undefined;

/** The whole value and, for a multi-line one (a PEM key), each of its lines: log lines are masked one at a time. */
export function secretPieces(value: unknown): string[] {
  if (typeof value !== 'string' && typeof value !== 'number') return [];
  const whole = String(value).trim();
  const lines = whole.includes('\n') ? whole.split(/\r?\n|\r/).map((line) => line.trim()) : [];
  return [...new Set([whole, ...lines])].filter(
    (piece) => piece.length >= MIN_SECRET_LENGTH && !PEM_ARMOUR.test(piece),
  );
}

function escapedForms(piece: string): string[] {
  const json = JSON.stringify(piece).slice(1, -1);
  let uri = piece;
  try {
    uri = encodeURIComponent(piece);
  } catch {
    // A lone surrogate cannot be URI-encoded, so it cannot travel in a URL either.
  }
  return [piece, json, uri];
}

/** Registers a credential (strings and numbers; anything else is ignored). */
export function addSecret(value: unknown): void {
  for (const piece of secretPieces(value)) {
    if (pieces.has(piece)) continue;
    pieces.add(piece);
    for (const form of escapedForms(piece)) forms.add(form);
    pattern = undefined;
    for (const listener of listeners) listener(piece);
  }
}

/** Called with every piece registered, those already known included: the Action passes each to the runner's mask. */
export function onSecret(listener: (piece: string) => void): void {
  listeners.push(listener);
  for (const piece of pieces) listener(piece);
}

/** For tests, which run many CLI invocations in one process. */
export function forgetSecrets(): void {
  pieces.clear();
  forms.clear();
  listeners.length = 0;
  pattern = undefined;
}

function secretPattern(): RegExp {
  if (pattern) return pattern;
  // Longest first, so that a whole value goes before one of its lines.
  const alternatives = [...forms]
    .sort((a, b) => b.length - a.length)
    .map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  pattern = new RegExp(alternatives.join('|'), 'g');
  return pattern;
}

/** The text with every registered credential replaced by REDACTED. */
export function redact(text: string): string {
  if (forms.size === 0) return text;
  return text.replace(secretPattern(), REDACTED);
}

/** A copy of a JSON-like value (objects, arrays, strings) with every string and key redacted. */
export function redactValue<T>(value: T): T {
  if (forms.size === 0) return value;
  return redactDeep(value) as T;
}

function redactDeep(value: unknown): unknown {
  if (typeof value === 'string') return redact(value);
  if (Array.isArray(value)) return value.map(redactDeep);
  if (typeof value !== 'object' || value === null) return value;
  // Dates and the like serialise themselves and hold no names; API models (class instances) are copied as data.
  if (
    typeof (value as { toJSON?: unknown }).toJSON === 'function' ||
    value instanceof Map ||
    value instanceof Set ||
    ArrayBuffer.isView(value)
  )
    return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [redact(key), redactDeep(item)]));
}
