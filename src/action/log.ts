import { randomBytes } from 'node:crypto';
import { EOL } from 'node:os';

/*
 * The runner reads every line a step writes to stdout or stderr as a possible workflow command
 * (actions/runner: ProcessInvoker reads with StreamReader.ReadLine, so LF, CR and CRLF all end a line;
 * ActionCommand.TryParseV2 takes a line that starts with `::` once leading whitespace is trimmed;
 * the legacy ActionCommand.TryParse takes `##[` anywhere in a line). Names, file names and messages in our
 * output come from the pull request, so every plain line the Action prints goes through this module.
 *
 * Not through here: annotations, groups, masks and setFailed are written by @actions/core's issueCommand,
 * whose escapeData turns %, CR and LF of the message into %25, %0D, %0A (one line, data after our own `::`),
 * and whose escapeProperty also escapes `:` and `,`, so a title or file cannot end the properties early.
 */

/** Invisible, and not whitespace to the runner's TrimStart: splits `::` and `##[` so neither is seen. */
const BREAK = '\u200b';
/**
 * Leading characters the runner might trim: every whitespace (.NET Char.IsWhiteSpace is a subset of \s, NEL,
 * \p{Z}) plus control and format characters, so a character we do not count cannot hide a command start.
 */
const COMMAND_START = /^([\s\u0085\p{Z}\p{Cc}\p{Cf}]*):(?=:)/u;
const LEGACY_PREFIX = /##\[/g;
const LINE_ENDS = /(\r\n|\r|\n)/;

function neutraliseLine(line: string): string {
  return line.replace(COMMAND_START, `$1:${BREAK}`).replace(LEGACY_PREFIX, `##${BREAK}[`);
}

/**
 * Text that no runner reads as a workflow command: `::` at the start of a line (after any whitespace) and
 * `##[` anywhere get a zero-width space inside. Line ends are kept as they were; nothing else changes.
 */
export function neutraliseWorkflowCommands(text: string): string {
  if (!text.includes('::') && !text.includes('##[')) return text;
  // split with a capturing group alternates lines and their line ends: only the lines are rewritten.
  return text.split(LINE_ENDS).map((part, index) => (index % 2 === 0 ? neutraliseLine(part) : part)).join('');
}

/** A file name on one line: a name may hold line ends or other control characters, shown escaped instead. */
export function oneLine(text: string): string {
  return text.replace(/\p{Cc}/gu, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`));
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
  process.stdout.write(`::stop-commands::${stopToken}${EOL}${neutraliseWorkflowCommands(text)}${EOL}::${stopToken}::${EOL}`);
}
