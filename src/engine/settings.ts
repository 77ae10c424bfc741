import { tmpdir } from 'node:os';
import { confinedTo, UNCONFINED, type FileRoots } from '../io/roots.js';
import type { Provider } from '../model/provider.js';
import type { LiveOptions } from '../sources/live/types.js';
import type { FailOn } from '../report/types.js';
import type { Severity } from '../model/finding.js';
import { readBaseline } from './baseline.js';
import type { CheckOptions } from './check.js';
import { loadConfig } from './config-file.js';
import { parseIgnore } from './suppress.js';

/** What a user can set, from CLI flags or Action inputs; both shells turn it into CheckOptions here. */
export interface RunSettings {
  readonly paths: readonly string[];
  readonly provider?: Provider;
  readonly clusterCidrs: readonly string[];
  readonly ignore: readonly string[];
  readonly config?: string;
  readonly strict?: boolean;
  readonly failOn?: FailOn;
  readonly severity?: Severity;
  readonly baseline?: string;
  readonly cluster?: string;
  readonly live?: LiveOptions;
  readonly saveSnapshot?: string;
  /** --node-selector / input node-selector: which Terraform machines are Kubernetes nodes. */
  readonly nodeSelectors?: readonly string[];
  /** Names the origin of --ignore values in messages: "--ignore" or "input ignore". */
  readonly ignoreSource: string;
  /** Where the run happens, which decides where files may be written and links may lead (see fileRoots). */
  readonly environment?: RunEnvironment;
}

export interface RunEnvironment {
  readonly env: NodeJS.ProcessEnv;
  /** True in the Action; the CLI tells from GITHUB_ACTIONS. */
  readonly action: boolean;
}

/**
 * The one place that decides which runs are confined. The Action always runs on a runner over a checkout a fork
 * may control; so does the CLI in a workflow's `run:` step (GITHUB_ACTIONS=true), which is just as exposed. Both
 * write, and follow links, only inside GITHUB_WORKSPACE and RUNNER_TEMP (the working directory and the system temp
 * folder when the runner did not set them). Anywhere else the CLI runs in its user's own shell and writes where
 * it is told, still never through a symbolic link.
 */
export async function fileRoots(environment: RunEnvironment | undefined): Promise<FileRoots> {
  if (!environment || (!environment.action && environment.env.GITHUB_ACTIONS !== 'true')) return UNCONFINED;
  const { env } = environment;
  return await confinedTo(env.GITHUB_WORKSPACE || process.cwd(), env.RUNNER_TEMP || tmpdir());
}

/** The name of an option as the user wrote it: "--strict" on the command line, 'input "strict"' in the Action. */
function optionName(settings: RunSettings, name: string): string {
  return settings.ignoreSource.startsWith('--') ? `--${name}` : `input "${name}"`;
}

/** Settings given explicitly win over the configuration file, which wins over the defaults. */
export async function resolveOptions(settings: RunSettings): Promise<CheckOptions & { readonly files: FileRoots }> {
  const files = await fileRoots(settings.environment);
  const { file, config, suppressions } = await loadConfig(settings.config, files);
  const sourceOf = (explicit: unknown, inFile: unknown, name: string) =>
    explicit !== undefined ? optionName(settings, name) : inFile !== undefined ? file : undefined;
  return {
    paths: settings.paths,
    provider: settings.provider ?? config.provider,
    clusterCidrs: [...(config.clusterCIDRs ?? []), ...settings.clusterCidrs],
    strict: settings.strict ?? config.strict ?? false,
    failOn: settings.failOn ?? config.failOn ?? 'error',
    minSeverity: settings.severity ?? 'note',
    suppressions: [...suppressions, ...settings.ignore.map((text) => parseIgnore(text, settings.ignoreSource))],
    severities: config.severity ?? {},
    baseline: settings.baseline ? await readBaseline(settings.baseline, files) : undefined,
    cluster: settings.cluster,
    live: settings.live,
    saveSnapshot: settings.saveSnapshot,
    nodeSelectors: settings.nodeSelectors,
    files,
    settingSources: {
      config: file,
      baseline: settings.baseline,
      strict: sourceOf(settings.strict, config.strict, 'strict'),
      failOn: sourceOf(settings.failOn, config.failOn, 'fail-on'),
    },
  };
}
