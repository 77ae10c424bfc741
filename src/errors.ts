import { redact } from './model/secrets.js';

/**
 * A problem with what the user gave us (arguments, files, values): reported as one line, exit code 2,
 * never with a stack trace. Anything else that escapes is a bug and is reported as such.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    // A server may echo a credential into what we quote of its answer: never carry it, not even in `message`.
    super(redact(message));
    this.name = 'UserError';
  }

  /** "file:line:col: message", the shape editors and GitHub problem matchers understand. */
  format(): string {
    // User strings end up in messages (rule names, values): one line, whatever they contain.
    // Redacted again: a credential registered after the error was made (a later, echoed one) is taken out too.
    const message = redact(this.message).replace(/[\u0000-\u001f\u007f]/g, (c) =>
      c === '\n' ? '\\n' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
    );
    if (this.file === undefined) return message;
    const position =
      this.line === undefined ? '' : `:${this.line}${this.column === undefined ? '' : `:${this.column}`}`;
    return `${redact(this.file)}${position}: ${message}`;
  }
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
/** Distinct from user errors so a CI log tells "your config is wrong" from "the tool broke". */
export const EXIT_BUG = 3;
