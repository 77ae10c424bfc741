import { groupBy } from '../model/group.js';
import { plural } from './plural.js';
import { DEFAULT_SOURCE, type Acceptance, type Comparison } from './types.js';

function findings(count: number): string {
  return `${count} finding${count === 1 ? '' : 's'}`;
}

function kindText(entry: Acceptance): string {
  switch (entry.kind) {
    case 'ignored':
      return `${entry.count} ignored`;
    case 'lowered':
      return `${entry.count} lowered to ${entry.severity ?? 'a lower severity'}`;
    case 'not-strict':
      return `${entry.count} check-incomplete with strict off`;
    case 'fail-on':
      return `${entry.count} passing with fail-on never`;
    case 'baselined':
      return `${entry.count} in the baseline`;
    case 'unchanged':
      return `${entry.count} unchanged from the base`;
  }
}

function sourcePart(source: string, entries: readonly Acceptance[], name: (text: string) => string): string {
  const total = entries.reduce((sum, entry) => sum + entry.count, 0);
  if (entries.every((entry) => entry.kind === 'baselined')) {
    return `${source === DEFAULT_SOURCE ? 'the baseline' : `baseline ${name(source)}`} accepts ${total}`;
  }
  const who = source === DEFAULT_SOURCE ? 'the defaults accept' : `${name(source)} accepts`;
  return `${who} ${findings(total)} (${entries.map(kindText).join(', ')})`;
}

/**
 * One line saying which files and settings let findings pass, e.g. "`.hostgw-preflight.yml` accepts 4 findings
 * (3 ignored, 1 lowered to warning); baseline `b.json` accepts 2"; undefined when nothing is accepted.
 * `name` renders a file or option name for the output format.
 */
export function acceptanceLine(
  accepted: readonly Acceptance[] | undefined,
  name: (text: string) => string,
): string | undefined {
  const bySource = groupBy(accepted?.filter((entry) => entry.count > 0) ?? [], (entry) => entry.source);
  if (bySource.size === 0) return undefined;
  return `${[...bySource].map(([source, entries]) => sourcePart(source, entries, name)).join('; ')}.`;
}

/** "adds 2 findings, fixes 1, 5 unchanged": what a change does to the findings of its base. */
export function changeCounts(compare: Comparison, format: (count: number) => string = String): string {
  return `adds ${plural(compare.new, 'finding', format)}, fixes ${format(compare.fixed.length)}, ${compare.unchanged} unchanged`;
}
