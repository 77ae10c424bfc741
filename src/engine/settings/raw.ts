import { UserError } from '../../errors.js';
import type { Problem, SettingNames } from './names.js';

/** The settings that turn into check, live and fix settings, by their shared CLI-flag and Action-input name. */
export type SettingName =
  | 'provider'
  | 'cluster-cidr'
  | 'node-selector'
  | 'ignore'
  | 'config'
  | 'strict'
  | 'format'
  | 'fail-on'
  | 'severity'
  | 'baseline'
  | 'cluster-name'
  | 'live'
  | 'kubeconfig'
  | 'context'
  | 'aws-region'
  | 'aws-endpoint'
  | 'gcp-project'
  | 'gcp-endpoint'
  | 'azure-subscription'
  | 'azure-endpoint'
  | 'azure-environment'
  | 'vsphere-server'
  | 'timeout'
  | 'save-snapshot'
  | 'fix'
  | 'fix-scope'
  | 'prune'
  | 'max-changes'
  | 'force'
  | 'plan-script'
  | 'compare'
  | 'compare-to'
  | 'fail-scope';

/** A flag is true or absent; an input is text ("true", "off"); a repeated flag or multi-line input is a list. */
export type RawValue = string | boolean | readonly string[];

export interface RunEnvironment {
  readonly env: NodeJS.ProcessEnv;
  /** True in the Action; the CLI tells from GITHUB_ACTIONS. */
  readonly action: boolean;
}

/** What the user said, before any validation: the one thing each shell builds, from argv or from inputs. */
export interface RawSettings {
  /** Files and folders (CLI) or patterns (Action), as given. */
  readonly paths: readonly string[];
  /** Absent or undefined: not given. The shells pass what the user wrote; defaults are applied by the builder. */
  readonly values: Readonly<Partial<Record<SettingName, RawValue>>>;
  /** Who gave them, which decides how messages name them. */
  readonly names: SettingNames;
  /** Where the run happens, which decides where files may be written and links may lead (see fileRoots). */
  readonly environment?: RunEnvironment;
  /** Progress lines of live mode. */
  readonly log: (line: string) => void;
}

/** Typed reads of raw values: each rejects a bad value with one line naming the option as its user wrote it. */
export class RawReader {
  constructor(
    private readonly values: Readonly<Partial<Record<string, RawValue>>>,
    private readonly names: SettingNames,
  ) {}

  private fail(option: string, value: string, problem: Problem): never {
    throw new UserError(this.names.invalid(option, value, problem));
  }

  private one(option: string): string | boolean | undefined {
    const value = this.values[option];
    // A list given for a single value (a repeated input line): the last one wins, as with repeated flags.
    return Array.isArray(value) ? value.at(-1) : (value as string | boolean | undefined);
  }

  given(option: string): boolean {
    return this.one(option) !== undefined;
  }

  text(option: string): string | undefined {
    const value = this.one(option);
    return typeof value === 'boolean' ? (value ? 'true' : 'false') : value;
  }

  list(option: string): readonly string[] {
    const value = this.values[option];
    if (value === undefined) return [];
    return typeof value === 'string' ? [value] : Array.isArray(value) ? value : [String(value)];
  }

  choice<T extends string>(option: string, allowed: readonly T[]): T | undefined {
    const value = this.text(option);
    if (value !== undefined && !(allowed as readonly string[]).includes(value))
      this.fail(option, value, { kind: 'choice', allowed });
    return value as T | undefined;
  }

  bool(option: string): boolean | undefined {
    const value = this.one(option);
    if (value === undefined || typeof value === 'boolean') return value;
    if (/^(true|yes|on)$/i.test(value)) return true;
    if (/^(false|no|off)$/i.test(value)) return false;
    return this.fail(option, value, { kind: 'boolean' });
  }

  count(option: string): number | undefined {
    const value = this.text(option);
    if (value === undefined) return undefined;
    if (!/^\d+$/.test(value)) this.fail(option, value, { kind: 'count' });
    return Number(value);
  }

  seconds(option: string): number | undefined {
    const value = this.text(option);
    if (value === undefined) return undefined;
    const seconds = Number(value);
    if (!Number.isFinite(seconds) || seconds <= 0) this.fail(option, value, { kind: 'seconds' });
    return seconds;
  }

  /** Each item of a list, checked by `check`, which returns what is wrong with it, if anything. */
  items(option: string, check: (item: string) => Problem | undefined): readonly string[] {
    const items = this.list(option);
    for (const item of items) {
      const problem = check(item);
      if (problem) this.fail(option, item, problem);
    }
    return items;
  }
}
