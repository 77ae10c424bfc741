import type { ErrorObject } from 'ajv';
import { UserError } from '../errors.js';
import { shown } from './context.js';
import { oneLine } from './one-line.js';
import type { SourceDocument } from './document.js';

function toPath(pointer: string): (string | number)[] {
  return pointer
    .split('/')
    .slice(1)
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment.replace(/~1/g, '/').replace(/~0/g, '~')));
}

function describe(error: ErrorObject): string {
  switch (error.keyword) {
    case 'additionalProperties':
      return `unknown property ${shown(error.params.additionalProperty)}`;
    case 'enum':
      return `must be one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return error.message ?? 'is invalid';
  }
}

/** Turns the first JSON Schema error into one line at the file, line and column of the offending value or key. */
export function schemaError(
  error: ErrorObject,
  document: SourceDocument,
  doc: number,
  what: string,
  hint?: string,
): UserError {
  const path = toPath(error.instancePath);
  const unknownKey = error.keyword === 'additionalProperties';
  const position = document.position(
    { doc, path: unknownKey ? [...path, String(error.params.additionalProperty)] : path },
    unknownKey,
  );
  const where = error.instancePath || '/';
  return new UserError(
    oneLine(`${what}: ${where}: ${hint ?? describe(error)}`),
    document.file,
    position?.line,
    position?.column,
  );
}
