import type { Path, ReadContext } from './context.js';
import { itemPath, typedItems } from './envelopes.js';
import { isRecord, type Json } from './values.js';

/**
 * gcloud and az print bare JSON arrays whose items carry their type (`kind: compute#route`,
 * `type: Microsoft.Network/routeTables`): the list is recognised by its items. The REST pages and single objects
 * of the same items are recognised alike (see envelopes.ts).
 */
export function isListOf(value: unknown, key: 'kind' | 'type', expected: string): boolean {
  return typedItems(value, key, expected) !== undefined;
}

export function eachOfList(
  value: unknown,
  key: 'kind' | 'type',
  expected: string,
  context: ReadContext,
  read: (item: Json, path: Path) => void,
): number {
  const lower = expected.toLowerCase();
  let count = 0;
  for (const group of typedItems(value, key, expected) ?? []) {
    const items = group.items;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      const type = isRecord(item) ? item[key] : undefined;
      const path = itemPath(group, i);
      if (typeof type !== 'string' || type.toLowerCase() !== lower) {
        context.fail(path, `item ${count} is not a ${expected} like the rest of the list`);
      }
      read(item as Json, path);
      count++;
    }
  }
  return count;
}
