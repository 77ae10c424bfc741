import { isRecord } from './values.js';

/** How many kinds a source line names before it cuts the list short. */
const NAMED_KINDS = 3;

/** The `kind` of a document a format reader did not take, as the sources list names it. */
export function kindOf(value: unknown): string {
  return isRecord(value) && typeof value.kind === 'string' && value.kind !== '' ? value.kind : '(no kind)';
}

/**
 * The sources-list entry for the documents of a recognised file that no reader takes (a manifest's Namespace,
 * RBAC and DaemonSet around its ConfigMap): counted and named, never an error, since shipped manifests hold them.
 */
export function skippedFormat(kinds: readonly string[]): string {
  const unique = [...new Set(kinds)].sort();
  const named = unique.slice(0, NAMED_KINDS).join(', ');
  return `skipped (${unique.length > NAMED_KINDS ? `${named}, …` : named})`;
}
