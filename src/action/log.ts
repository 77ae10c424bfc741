import { randomBytes } from 'node:crypto';
import { EOL } from 'node:os';
import { neutraliseWorkflowCommands } from '../io/workflow-commands.js';

/** A file name on one line: a name may hold line ends or other control characters, shown escaped instead. */
export function oneLine(text: string): string {
  return text.replace(/\p{Cc}/gu, (c) =>
    c === '\n' ? '\\n' : c === '\r' ? '\\r' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
}

/** One log line (or several): what core.info does, after neutralising. */
export function info(text: string): void {
  process.stdout.write(neutraliseWorkflowCommands(text) + EOL);
}

let stopToken: string | undefined;

/**
 * Large blocks of input text (the report, the skipped files) are also fenced with stop-commands, so that a
 * command form we did not foresee stays text as well. The runner then ignores every command until it sees
 * the token, which is random per run (the pull request cannot guess it) and masked by the runner itself.
 * @actions/core v3 has no helper for this; the two lines are the documented `::stop-commands::TOKEN` and `::TOKEN::`.
 */
export function infoBlock(text: string): void {
  stopToken ??= randomBytes(16).toString('hex');
  process.stdout.write(
    `::stop-commands::${stopToken}${EOL}${neutraliseWorkflowCommands(text)}${EOL}::${stopToken}::${EOL}`,
  );
}
