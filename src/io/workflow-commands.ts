/*
 * The runner reads every line a step writes to stdout or stderr as a possible workflow command
 * (actions/runner: ProcessInvoker reads with StreamReader.ReadLine, so LF, CR and CRLF all end a line;
 * ActionCommand.TryParseV2 takes a line that starts with `::` once leading whitespace is trimmed;
 * the legacy ActionCommand.TryParse takes `##[` anywhere in a line). Names, file names and messages in our
 * output come from the pull request, so every plain line the Action prints, and the CLI's output in a
 * workflow step, goes through here.
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
  return text
    .split(LINE_ENDS)
    .map((part, index) => (index % 2 === 0 ? neutraliseLine(part) : part))
    .join('');
}
