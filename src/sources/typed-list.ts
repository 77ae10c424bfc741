import type { Path, ReadContext } from './context.js';
import { isRecord, type Json } from './values.js';

/**
 * gcloud and az print bare JSON arrays whose items carry their type (`kind: compute#route`,
 * `type: Microsoft.Network/routeTables`): the list is recognised by its items.
 */
export function isListOf(value: unknown, key: 'kind' | 'type', expected: string): value is Json[] {
  if (!Array.isArray(value) || value.length === 0) return false;
  const first = value[0];
  return (
    isRecord(first) && typeof first[key] === 'string' && (first[key] as string).toLowerCase() === expected.toLowerCase()
  );
}

export function eachOfList(
  value: unknown,
  key: 'kind' | 'type',
  expected: string,
  context: ReadContext,
  read: (item: Json, path: Path) => void,
): number {
  const items = value as unknown[];
  const lower = expected.toLowerCase();
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const type = isRecord(item) ? item[key] : undefined;
    if (typeof type !== 'string' || type.toLowerCase() !== lower) {
      context.fail([i], `item ${i} is not a ${expected} like the rest of the list`);
    }
    read(item as Json, [i]);
  }
  return items.length;
}
