/**
 * Every command the tool prints or writes (text, markdown, JSON, SARIF, the plan script) is built here: values
 * from a dump are quoted by one function, and a value that fails its naming rule withholds the whole command.
 */

/** Characters a POSIX shell leaves alone in a word: such a value needs no quotes. */
const PLAIN_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** Quotes a value as one POSIX shell word; `sh` and `bash` read it back byte for byte (any string without NUL). */
export function quote(value: string): string {
  return PLAIN_WORD.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * Characters that end or hide a line in a script, a terminal or an editor: C0/C1 controls, DEL, line and paragraph
 * separators, bidi embeddings, overrides and isolates, and zero-width characters.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const ANY_CONTROL = new RegExp(CONTROL.source);

export function hasControl(text: string): boolean {
  return ANY_CONTROL.test(text);
}

/** Shows control characters as escapes ("\n", "\u202e"), so text written into a comment stays on its line and reads as it is. */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (char) => NAMED[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Shell text and, when some value in it failed its naming rule, why it must not be shown as a command. */
export class Shell {
  constructor(
    readonly text: string,
    readonly problems: readonly string[] = [],
  ) {}
}

/** A value that failed validation: it never reaches the text, only the reason does. */
export function refused(problem: string): Shell {
  return new Shell('', [problem]);
}

type Part = Shell | string | number;

function render(part: Part): Shell {
  if (part instanceof Shell) return part;
  if (typeof part === 'number') return new Shell(String(part));
  return new Shell(quote(part));
}

/**
 * A command from a template: the literal text is the tool's own; every interpolated string is quoted as one word,
 * numbers are written as they are, and Shell parts (validated names, sub-commands) carry their problems along.
 */
export function shell(strings: TemplateStringsArray, ...parts: readonly Part[]): Shell {
  let text = strings[0]!;
  const problems: string[] = [];
  parts.forEach((part, i) => {
    const rendered = render(part);
    text += rendered.text + strings[i + 1]!;
    problems.push(...rendered.problems);
  });
  return new Shell(text, problems);
}

/** Commands or fragments joined by the tool's own separator (" && ", "\n", " "). */
export function joinShell(parts: readonly Shell[], separator: string): Shell {
  return new Shell(
    parts.map((part) => part.text).join(separator),
    parts.flatMap((part) => part.problems),
  );
}

/** What a finding shows: the command, or, when a value failed its naming rule, the text saying why there is none. */
export function withCommand<T extends { readonly text: string }>(
  remediation: T,
  command: Shell,
): T & { readonly command?: string } {
  if (command.problems.length === 0) return { ...remediation, command: command.text };
  const reasons = [...new Set(command.problems)].join('; ');
  return { ...remediation, text: `${remediation.text} Command withheld: ${reasons}.` };
}
