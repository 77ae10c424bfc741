import { UserError } from '../../errors.js';
import type { FixOptions } from '../fix.js';
import { parseCidr } from '../../model/cidr.js';
import { PROVIDERS, type Provider } from '../../model/provider.js';
import { FAIL_SCOPES, FORMATS, type FailOn, type FailScope, type Format } from '../../report/types.js';
import { SEVERITIES, type Severity } from '../../model/finding.js';
import { looksLikeKubeconfigContent, registerKubeconfigContent } from '../../sources/live/credentials.js';
import type { AzureEnvironment, LiveOptions } from '../../sources/live/types.js';
import { parseNodeSelector } from '../../sources/terraform/select.js';
import { DEFAULTS } from './defaults.js';
import type { Problem, SettingNames } from './names.js';
import { RawReader, type RawSettings, type RunEnvironment, type SettingName } from './raw.js';

/** Validated settings, before the configuration file is merged in (see resolveOptions). */
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
  /** A saved JSON report or dumps of the base to compare with. */
  readonly compareTo?: string;
  /** The Action's `compare: base`: also check the paths as they are at the pull request's base commit. */
  readonly compareBase: boolean;
  readonly failScope?: FailScope;
  /** Who gave the settings: names them in messages ("--ignore", 'input "ignore"'). */
  readonly names: SettingNames;
  readonly environment?: RunEnvironment;
}

export interface ParsedSettings {
  readonly run: RunSettings;
  /** Absent: no fix asked for. */
  readonly fix?: FixOptions;
  /** The report's format: standard output's on the command line, the `output` file's in the Action. */
  readonly format: Format;
}

export const FAIL_ON: readonly FailOn[] = [...SEVERITIES, 'never'];
export const AZURE_ENVIRONMENTS: readonly AzureEnvironment[] = [
  'AzurePublicCloud',
  'AzureChinaCloud',
  'AzureUSGovernment',
];
export const FIX_MODES = ['off', 'plan', 'apply'] as const;
export const COMPARE_MODES = ['off', 'base'] as const;
export const FIX_SCOPES: readonly FixOptions['fixScope'][] = ['node', 'network'];
/** Given without live mode, these would be silently ignored: refused instead. */
const LIVE_ONLY: readonly SettingName[] = ['kubeconfig', 'context', 'save-snapshot'];

const cidrProblem = (value: string): Problem | undefined => (parseCidr(value) ? undefined : { kind: 'cidr' });

function selectorProblem(value: string): Problem | undefined {
  try {
    parseNodeSelector(value);
    return undefined;
  } catch (error) {
    return { kind: 'message', text: (error as Error).message };
  }
}

/** A bad live-mode value is refused even with live mode off, as the CLI always did: a typo is never silent. */
function liveSettings(read: RawReader, raw: RawSettings, provider: Provider | undefined): LiveOptions | undefined {
  const kubeconfig = read.text('kubeconfig');
  // Often the content of a secret: its credentials are registered now, before any error can quote it. A path is
  // read (and its credentials registered) by the live reader.
  if (kubeconfig && looksLikeKubeconfigContent(kubeconfig)) registerKubeconfigContent(kubeconfig);
  const timeout = read.seconds('timeout') ?? DEFAULTS.timeout;
  const azureEnvironment = read.choice('azure-environment', AZURE_ENVIRONMENTS);
  if (!(read.bool('live') ?? DEFAULTS.live)) {
    const stray = LIVE_ONLY.find((option) => read.given(option));
    if (stray) throw new UserError(raw.names.needsLive(stray));
    return undefined;
  }
  return {
    kubeconfig,
    context: read.text('context'),
    provider,
    awsRegion: read.text('aws-region'),
    awsEndpoint: read.text('aws-endpoint'),
    gcpProject: read.text('gcp-project'),
    gcpEndpoint: read.text('gcp-endpoint'),
    azureSubscription: read.text('azure-subscription'),
    azureEndpoint: read.text('azure-endpoint'),
    azureEnvironment,
    vsphereServer: read.text('vsphere-server'),
    timeoutMs: timeout * 1000,
    log: raw.log,
  };
}

/** Nothing changes unless apply is asked for; a plan script alone asks for the plan. */
function fixSettings(read: RawReader): FixOptions | undefined {
  const asked = read.choice('fix', FIX_MODES) ?? DEFAULTS.fix;
  const fixScope = read.choice('fix-scope', FIX_SCOPES) ?? DEFAULTS['fix-scope'];
  const prune = read.bool('prune') ?? DEFAULTS.prune;
  const maxChanges = read.count('max-changes') ?? DEFAULTS['max-changes'];
  const force = read.bool('force') ?? DEFAULTS.force;
  const planScript = read.text('plan-script');
  if (asked === 'off' && planScript === undefined) return undefined;
  const mode = asked === 'off' ? 'plan' : asked;
  return { mode, fixScope, prune, maxChanges, force: asked !== 'off' && force, planScript };
}

/** fail-scope new gates on what a change adds: without a base to compare with, it is refused rather than ignored. */
function compareSettings(
  read: RawReader,
  raw: RawSettings,
): Pick<RunSettings, 'compareTo' | 'compareBase' | 'failScope'> {
  const compareBase = (read.choice('compare', COMPARE_MODES) ?? DEFAULTS.compare) === 'base';
  const compareTo = read.text('compare-to');
  const failScope = read.choice('fail-scope', FAIL_SCOPES);
  if (failScope === 'new' && !compareTo && !compareBase)
    throw new UserError(
      `${raw.names.name('fail-scope')} "new" needs a base to compare with: ${raw.names.compareNeeded}`,
    );
  return { compareTo, compareBase, failScope };
}

/**
 * Validates what the user said, on the command line or in the Action's inputs, with one message naming the option
 * as they wrote it. Defaults come from DEFAULTS; the configuration file is merged in later, by resolveOptions.
 */
export function parseSettings(raw: RawSettings): ParsedSettings {
  const read = new RawReader(raw.values, raw.names);
  const clusterCidrs = read.items('cluster-cidr', cidrProblem);
  const nodeSelectors = read.items('node-selector', selectorProblem);
  const provider = read.choice('provider', PROVIDERS);
  const live = liveSettings(read, raw, provider);
  const compare = compareSettings(read, raw);
  const run: RunSettings = {
    paths: raw.paths,
    provider,
    clusterCidrs,
    nodeSelectors,
    ignore: read.list('ignore'),
    config: read.text('config'),
    strict: read.bool('strict'),
    failOn: read.choice('fail-on', FAIL_ON),
    severity: read.choice('severity', SEVERITIES),
    baseline: read.text('baseline'),
    cluster: read.text('cluster-name'),
    live,
    saveSnapshot: read.text('save-snapshot'),
    ...compare,
    names: raw.names,
    environment: raw.environment,
  };
  const fix = fixSettings(read);
  const format = read.choice('format', FORMATS) ?? DEFAULTS.format;
  if (raw.paths.length === 0 && !live) throw new UserError(raw.names.noPaths);
  return { run, fix, format };
}
