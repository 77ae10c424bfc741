/** The line under a table or list cut to fit: how many are not shown and where they are. */
export type NotShown = (count: number, word: string) => string;

/** `fullReport` links the run that holds the whole report; without it the reader is sent to the JSON report. */
export function notShownIn(fullReport: string | undefined): NotShown {
  const where = fullReport ? `see the [full report](${fullReport})` : 'see the JSON report';
  return (count, word) => `_…${count} more ${word}${count === 1 ? '' : 's'} not shown; ${where}_`;
}
