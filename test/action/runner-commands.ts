/**
 * How the Actions runner reads a step's output, after actions/runner (src/Runner.Common/ActionCommand.cs,
 * src/Runner.Worker/ActionCommandManager.cs, src/Runner.Sdk/ProcessInvoker.cs):
 * - lines end at LF, CR or CRLF (StreamReader.ReadLine);
 * - TryParseV2: after TrimStart, a line starting with `::`, a registered name up to a space or the next `::`;
 * - TryParse (legacy): `##[` anywhere, a registered name up to a space or `]`;
 * - `stop-commands` ignores every command until one named by its token; names compare case-insensitively.
 */

export interface RunnerCommand {
  readonly name: string;
  /** Raw properties text (V2: after the space; legacy: after the space up to `]`). */
  readonly properties: string;
  readonly data: string;
  readonly line: string;
}

export const RUNNER_LINE_ENDS = /\r\n|\r|\n/;

/** The commands a current runner registers (its IActionCommandExtension list plus stop-commands). */
const REGISTERED = [
  'add-mask',
  'add-matcher',
  'remove-matcher',
  'debug',
  'notice',
  'warning',
  'error',
  'group',
  'endgroup',
  'echo',
  'save-state',
  'set-output',
  'set-env',
  'add-path',
  'stop-commands',
];

/** .NET's String.TrimStart(): Char.IsWhiteSpace, i.e. \t-\r, NEL and the Unicode space separators. */
const trimStart = (line: string): string =>
  line.replace(/^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/, '');

function parseV2(line: string, registered: Set<string>): RunnerCommand | undefined {
  const message = trimStart(line);
  if (!message.startsWith('::')) return undefined;
  const end = message.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = message.slice(2, end);
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  if (!registered.has(name.toLowerCase())) return undefined;
  return { name, properties: space < 0 ? '' : info.slice(space + 1), data: message.slice(end + 2), line };
}

function parseLegacy(line: string, registered: Set<string>): RunnerCommand | undefined {
  const prefix = line.indexOf('##[');
  if (prefix < 0) return undefined;
  const bracket = line.indexOf(']', prefix);
  if (bracket < 0) return undefined;
  const info = line.slice(prefix + 3, bracket);
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  if (!registered.has(name.toLowerCase())) return undefined;
  return { name, properties: space < 0 ? '' : info.slice(space + 1), data: line.slice(bracket + 1), line };
}

/** Every command the runner would carry out for this output, in order, stop-commands and its resume included. */
export function runnerCommands(output: string): RunnerCommand[] {
  const registered = new Set(REGISTERED);
  const done: RunnerCommand[] = [];
  let stopToken: string | undefined;
  for (const line of output.split(RUNNER_LINE_ENDS)) {
    const command = parseV2(line, registered) ?? parseLegacy(line, registered);
    if (!command) continue;
    const name = command.name.toLowerCase();
    if (stopToken !== undefined) {
      if (name !== stopToken) continue;
      registered.delete(stopToken);
      stopToken = undefined;
      done.push(command);
    } else if (name === 'stop-commands') {
      stopToken = command.data.toLowerCase();
      registered.add(stopToken);
      done.push(command);
    } else done.push(command);
  }
  return done;
}

/** Stricter than the runner: every line it could take as a command of any name, stopped or not, even if invisible format characters counted as whitespace. */
export function commandShapedLines(output: string): string[] {
  return output.split(RUNNER_LINE_ENDS).filter((line) => /^[\s\u0085\p{Cf}]*::/u.test(line) || line.includes('##['));
}
