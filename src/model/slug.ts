/**
 * A name from an input made safe as one path segment or identifier part: letters, digits, `.`, `_` and `-`, at
 * most 64 characters. Distinct names can map to one slug; callers that need uniqueness add a counter.
 */
export function slug(name: string): string {
  const safe = name
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .slice(0, 64)
    .replace(/^[.-]+|[.-]+$/g, '');
  return safe === '' ? 'cluster' : safe;
}
