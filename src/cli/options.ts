/** Repeatable flags: commander keeps every value; the settings builder checks each one. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
