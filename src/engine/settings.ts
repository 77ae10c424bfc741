import { tmpdir } from 'node:os';
import { confinedTo, UNCONFINED, type FileRoots } from '../io/roots.js';
import type { FixOptions } from './fix.js';
import type { Format } from '../report/types.js';
import { readBaseline } from './baseline.js';
import type { CheckOptions } from './check.js';
import { loadConfig } from './config-file.js';
import { DEFAULTS } from './settings/defaults.js';
import { parseSettings, type RunSettings } from './settings/parse.js';
import type { RawSettings, RunEnvironment } from './settings/raw.js';
import { parseIgnore } from './suppress.js';

export { DEFAULTS } from './settings/defaults.js';
export { ACTION_NAMES, cliNames, type Problem, type SettingNames } from './settings/names.js';
export {
  AZURE_ENVIRONMENTS,
  FAIL_ON,
  FIX_MODES,
  COMPARE_MODES,
  FIX_SCOPES,
  parseSettings,
  type ParsedSettings,
  type RunSettings,
} from './settings/parse.js';
export { RawReader, type RawSettings, type RawValue, type RunEnvironment, type SettingName } from './settings/raw.js';

export type ResolvedCheckOptions = CheckOptions & { readonly files: FileRoots };

/** Everything a run needs, built from what the user said (see buildSettings). */
export interface Settings {
  /** The check's settings; `check.live` holds live mode's, when asked for. */
  readonly check: ResolvedCheckOptions;
  /** Absent: no fix asked for. */
  readonly fix?: FixOptions;
  readonly format: Format;
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

/** Settings given explicitly win over the configuration file, which wins over the defaults. */
export async function resolveOptions(settings: RunSettings): Promise<ResolvedCheckOptions> {
  const files = await fileRoots(settings.environment);
  const { file, config, suppressions } = await loadConfig(settings.config, files);
  const sourceOf = (explicit: unknown, inFile: unknown, name: string) =>
    explicit !== undefined ? settings.names.name(name) : inFile !== undefined ? file : undefined;
  return {
    paths: settings.paths,
    provider: settings.provider ?? config.provider,
    clusterCidrs: [...(config.clusterCIDRs ?? []), ...settings.clusterCidrs],
    strict: settings.strict ?? config.strict ?? DEFAULTS.strict,
    failOn: settings.failOn ?? config.failOn ?? DEFAULTS['fail-on'],
    minSeverity: settings.severity ?? DEFAULTS.severity,
    suppressions: [...suppressions, ...settings.ignore.map((text) => parseIgnore(text, settings.names.name('ignore')))],
    severities: config.severity ?? {},
    baseline: settings.baseline ? await readBaseline(settings.baseline, files) : undefined,
    cluster: settings.cluster,
    live: settings.live,
    saveSnapshot: settings.saveSnapshot,
    nodeSelectors: settings.nodeSelectors,
    compareTo: settings.compareTo,
    compareBase: settings.compareBase,
    failScope: settings.failScope ?? DEFAULTS['fail-scope'],
    files,
    settingSources: {
      config: file,
      baseline: settings.baseline,
      strict: sourceOf(settings.strict, config.strict, 'strict'),
      failOn: sourceOf(settings.failOn, config.failOn, 'fail-on'),
      failScope: settings.failScope !== undefined ? settings.names.name('fail-scope') : undefined,
    },
  };
}

/** The one builder both shells call: validates what the user said, then merges in the configuration file. */
export async function buildSettings(raw: RawSettings): Promise<Settings> {
  const { run, fix, format } = parseSettings(raw);
  return { check: await resolveOptions(run), fix, format };
}
