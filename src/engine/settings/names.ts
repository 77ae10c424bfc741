/**
 * How messages name a setting, in the words of where it was given: `--max-changes` on the command line,
 * `input "max-changes"` in the Action. The builder knows what is wrong; these say it the way each user wrote it.
 */

/** What a value failed to be. */
export type Problem =
  | { readonly kind: 'choice'; readonly allowed: readonly string[] }
  | { readonly kind: 'count' }
  | { readonly kind: 'seconds' }
  | { readonly kind: 'cidr' }
  | { readonly kind: 'boolean' }
  /** A reason worded by the value's own parser (a node selector's). */
  | { readonly kind: 'message'; readonly text: string };

export interface SettingNames {
  /** The option as the user wrote it: "--strict" or 'input "strict"'. */
  name(option: string): string;
  /** One line for a value that does not parse. */
  invalid(option: string, value: string, problem: Problem): string;
  /** An option that only means something in live mode, given without it. */
  needsLive(option: string): string;
  /** Neither paths nor live mode: nothing to check. */
  readonly noPaths: string;
  /** How to name a base to compare with. */
  readonly compareNeeded: string;
}

/**
 * Command-line naming. `flags` gives an option's full spelling ("-f, --format <format>"); the lines match those
 * commander prints for its own usage errors, so every bad argument reads alike.
 */
export function cliNames(flags: (option: string) => string = (option) => `--${option}`): SettingNames {
  const reason = (problem: Problem): string => {
    switch (problem.kind) {
      case 'choice':
        return `expected one of ${problem.allowed.join(', ')}`;
      case 'count':
        return 'expected a whole number';
      case 'seconds':
        return 'expected a number of seconds';
      case 'cidr':
        return 'not a valid CIDR';
      case 'boolean':
        return 'expected true or false';
      case 'message':
        return problem.text;
    }
  };
  return {
    name: (option) => `--${option}`,
    invalid: (option, value, problem) => `option '${flags(option)}' argument '${value}' is invalid. ${reason(problem)}`,
    needsLive: (option) => `--${option} needs --live`,
    noPaths: 'give files or folders to check, or --live to read the running cluster',
    compareNeeded: 'give --compare-to with a saved JSON report or the dumps of the base',
  };
}

/** Action naming: inputs as they appear in a workflow's `with:`. */
export const ACTION_NAMES: SettingNames = {
  name: (option) => `input "${option}"`,
  invalid: (option, value, problem) => {
    const quoted = `"${value}"`;
    switch (problem.kind) {
      case 'choice':
        return `input "${option}": ${quoted} is not one of ${problem.allowed.join(', ')}`;
      case 'count':
        return `input "${option}": ${quoted} is not a whole number`;
      case 'seconds':
        return `input "${option}": ${quoted} is not a number of seconds`;
      case 'cidr':
        return `input "${option}": ${quoted} is not a valid CIDR`;
      case 'boolean':
        return `input "${option}": ${quoted} is not true or false`;
      case 'message':
        return `input "${option}": ${problem.text}`;
    }
  },
  needsLive: (option) => `input "${option}" is only used with "live: true"`,
  noPaths: 'input "path": give at least one file, folder or glob, or set "live: true"',
  compareNeeded: 'set "compare: base" or "compare-to"',
};
