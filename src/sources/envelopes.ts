import type { Path } from './context.js';
import { isRecord, type Json } from './values.js';

/**
 * The items of one document, wherever the tool that printed it put them: a bare array (gcloud, az, `--query`), a
 * page of a REST list (`items` in Google APIs, `value` in Resource Manager), the scopes of a Google aggregated list,
 * or one object (`show`, `describe`, `get`). Items keep the path they have in the file, so that findings and errors
 * point at them.
 */
export interface ItemGroup {
  readonly items: readonly unknown[];
  /** Where the array is in the document; for a single object, the object's own path. */
  readonly path: Path;
  readonly single?: true;
}

/** The path of the `i`th item of a group; a bare array's items allocate only their own one-element path. */
export function itemPath(group: ItemGroup, i: number): Path {
  if (group.single) return group.path;
  return group.path.length === 0 ? [i] : [...group.path, i];
}

function typed(item: unknown, key: string, lower: string): boolean {
  if (!isRecord(item)) return false;
  const type = item[key];
  return typeof type === 'string' && type.toLowerCase() === lower;
}

function firstTyped(items: unknown, key: string, lower: string): items is unknown[] {
  return Array.isArray(items) && items.length > 0 && typed(items[0], key, lower);
}

/**
 * A Google aggregated list: `items` keyed by scope (`zones/us-central1-a`, `regions/us-central1`), each holding the
 * scope's resources under their collection name (`instances`, `subnetworks`) or a `warning` such as
 * NO_RESULTS_ON_PAGE instead.
 */
function scopes(items: Json, key: string, lower: string, named: boolean): ItemGroup[] | undefined {
  const groups: ItemGroup[] = [];
  for (const [scope, entry] of Object.entries(items)) {
    if (!isRecord(entry)) continue;
    for (const [collection, list] of Object.entries(entry)) {
      if (collection !== 'warning' && Array.isArray(list))
        groups.push({ items: list, path: ['items', scope, collection] });
    }
  }
  // Without the list's own kind, the items must say what they are.
  return named || groups.some((group) => firstTyped(group.items, key, lower)) ? groups : undefined;
}

/** Google API lists: `{kind: "compute#routeList", items: [...]}` (no `items` when empty), aggregated lists too. */
function googleList(value: Json, key: string, lower: string): ItemGroup[] | undefined {
  const kind = typeof value.kind === 'string' ? value.kind.toLowerCase() : undefined;
  if (kind === `${lower}list` && (value.items === undefined || Array.isArray(value.items)))
    return [{ items: Array.isArray(value.items) ? value.items : [], path: ['items'] }];
  if (isRecord(value.items) && (kind === undefined || kind === `${lower}aggregatedlist`))
    return scopes(value.items, key, lower, kind !== undefined);
  if (kind === undefined && firstTyped(value.items, key, lower)) return [{ items: value.items, path: ['items'] }];
  return undefined;
}

/**
 * The groups of items whose `key` (`kind` for Google APIs, `type` for Resource Manager) is `expected`, in any of the
 * shapes above; undefined when the document holds none. Only the first item of a list is looked at here: the
 * reader checks the rest as it reads them.
 */
export function typedItems(value: unknown, key: 'kind' | 'type', expected: string): ItemGroup[] | undefined {
  const lower = expected.toLowerCase();
  if (Array.isArray(value)) return firstTyped(value, key, lower) ? [{ items: value, path: [] }] : undefined;
  if (!isRecord(value)) return undefined;
  if (typed(value, key, lower)) return [{ items: [value], path: [], single: true }];
  // Resource Manager (and OData) pages: `{value: [...], nextLink}`.
  if (firstTyped(value.value, key, lower)) return [{ items: value.value, path: ['value'] }];
  return key === 'kind' ? googleList(value, key, lower) : undefined;
}

/**
 * AWS CLI output: the `{"Subnets": [...]}` page, a bare array of items (`--query 'Subnets'`,
 * `--query 'Reservations[].Instances[]'`) or one item (`--query 'Subnets[0]'`), told apart by `isItem`.
 */
export function keyedItems(
  value: unknown,
  listKey: string | undefined,
  isItem: (item: Json) => boolean,
): ItemGroup | undefined {
  if (Array.isArray(value))
    return value.length > 0 && isRecord(value[0]) && isItem(value[0]) ? { items: value, path: [] } : undefined;
  if (!isRecord(value)) return undefined;
  if (listKey !== undefined && Array.isArray(value[listKey])) return { items: value[listKey], path: [listKey] };
  return isItem(value) ? { items: [value], path: [], single: true } : undefined;
}

/** An empty Resource Manager page (`{"value": []}`): nothing to read, whatever it lists. */
export function isEmptyPage(value: unknown): boolean {
  return (
    isRecord(value) &&
    Array.isArray(value.value) &&
    value.value.length === 0 &&
    Object.keys(value).every((key) => key === 'value' || key === 'nextLink')
  );
}
