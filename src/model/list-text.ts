/**
 * "a, b, c and 4 more": the first `max` items, then a count, so a message stays one line however many nodes, peers
 * or routes it is about.
 */
export function firstOf<T>(items: readonly T[], max: number, text: (item: T) => string): string {
  const shown = items.slice(0, max).map(text).join(', ');
  return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}
