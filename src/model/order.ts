/**
 * Code-unit order for names and identifiers. Not localeCompare: its order follows the runner's locale, and a report
 * or a baseline would differ between machines.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
