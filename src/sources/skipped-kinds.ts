import { isRecord } from './values.js';

/** How many kinds a source line names before it cuts the list short. */
const NAMED_KINDS = 3;

/** What a Kubernetes kind looks like (CamelCase, a letter first): anything else is not named, only counted. */
const KIND = /^[A-Za-z][A-Za-z0-9]{0,62}$/;

/** The `kind` of a document a format reader did not take, as the sources list names it. */
export function kindOf(value: unknown): string {
  if (!isRecord(value) || typeof value.kind !== 'string' || value.kind === '') return '(no kind)';
  return KIND.test(value.kind) ? value.kind : '(not a kind)';
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
