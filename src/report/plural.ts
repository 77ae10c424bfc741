/** "1 warning", "3 errors": counts in messages read as English, whatever the count. */
export function plural(count: number, word: string, format: (count: number) => string = String): string {
  return `${format(count)} ${word}${count === 1 ? '' : 's'}`;
}

/** "3 errors, 1 warning, 0 notes" for a report's summary (notes left out when `withNotes` is false). */
export function severityCounts(
  summary: { readonly errors: number; readonly warnings: number; readonly notes: number },
  withNotes = true,
): string {
  const counts = [plural(summary.errors, 'error'), plural(summary.warnings, 'warning')];
  return (withNotes ? [...counts, plural(summary.notes, 'note')] : counts).join(', ');
}
