import * as core from '@actions/core';
import { UserError } from '../errors.js';
import type { FixOptions } from '../engine/fix.js';
import { parseCidr } from '../model/cidr.js';
import { addSecret, onSecret } from '../model/secrets.js';
import { PROVIDERS, type Provider } from '../model/provider.js';
import { looksLikeKubeconfigContent, registerKubeconfigContent } from '../sources/live/credentials.js';
import type { AzureEnvironment, LiveOptions } from '../sources/live/types.js';
import { FORMATS, type FailOn, type Format } from '../report/types.js';
import { SEVERITIES, type Severity } from '../model/finding.js';
import { parseNodeSelector } from '../sources/terraform/select.js';

/** Every input, validated; names and meanings follow trivy-action, checkov-action and kube-linter-action where they overlap. */
export interface ActionInputs {
  readonly patterns: readonly string[];
  readonly provider?: Provider;
  readonly clusterCidrs: readonly string[];
  /** Terraform inputs: which machines are Kubernetes nodes (resource address globs, tag:KEY=VALUE). */
  readonly nodeSelectors: readonly string[];
  readonly format: Format;
  readonly output?: string;
  readonly sarifFile?: string;
  readonly severity: Severity;
  readonly failOn: FailOn;
  readonly baseline?: string;
  readonly ignore: readonly string[];
  readonly config?: string;
  readonly strict?: boolean;
  readonly token: string;
  readonly comment: 'off' | 'update' | 'new';
  readonly driftIssue: 'off' | 'on';
  readonly annotations: boolean;
  /** Tells clusters apart in sticky comments, drift issues and check runs of a fleet (matrix) workflow. */
  readonly clusterName: string;
  readonly live?: LiveOptions;
  readonly saveSnapshot?: string;
  readonly fix?: FixOptions;
}

function optional(name: string): string | undefined {
  return core.getInput(name).trim() || undefined;
}

function oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = optional(name) ?? fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UserError(`input "${name}": "${value}" is not one of ${allowed.join(', ')}`);
  return value as T;
}

function bool(name: string, fallback: boolean): boolean {
  const value = optional(name);
  if (value === undefined) return fallback;
  if (/^(true|yes|on)$/i.test(value)) return true;
  if (/^(false|no|off)$/i.test(value)) return false;
  throw new UserError(`input "${name}": "${value}" is not true or false`);
}

/** Multi-line inputs also accept commas, as several popular actions do. */
function list(name: string): string[] {
  return core.getInput(name).split(/[\n,]/).map((item) => item.trim()).filter((item) => item && !item.startsWith('#'));
}

function count(name: string, fallback: number): number {
  const value = optional(name);
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw new UserError(`input "${name}": "${value}" is not a whole number`);
  return Number(value);
}

/** Nothing changes unless `fix: apply` is asked for; `plan` only adds the plan to every output. */
function fixInputs(): FixOptions | undefined {
  const mode = oneOf('fix', ['off', 'plan', 'apply'], 'off');
  if (mode === 'off') return undefined;
  return {
    mode,
    fixScope: oneOf('fix-scope', ['node', 'network'], 'node'),
    prune: bool('prune', false),
    maxChanges: count('max-changes', 50),
    force: bool('force', false),
    planScript: optional('plan-script'),
  };
}

function seconds(name: string, fallback: number): number {
  const value = optional(name);
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0) throw new UserError(`input "${name}": "${value}" is not a number of seconds`);
  return parsed;
}

function liveInputs(provider: Provider | undefined): LiveOptions | undefined {
  const kubeconfig = optional('kubeconfig');
  // Often the content of a secret: its credentials are masked now, before any error can quote it. A path is read
  // (and its credentials registered) by the live reader.
  if (kubeconfig && looksLikeKubeconfigContent(kubeconfig)) registerKubeconfigContent(kubeconfig);
  if (!bool('live', false)) {
    const stray = ['kubeconfig', 'context', 'save-snapshot'].find((name) => optional(name) !== undefined);
    if (stray) throw new UserError(`input "${stray}" is only used with "live: true"`);
    return undefined;
  }
  return {
    kubeconfig,
    context: optional('context'),
    provider,
    awsRegion: optional('aws-region'),
    awsEndpoint: optional('aws-endpoint'),
    gcpProject: optional('gcp-project'),
    gcpEndpoint: optional('gcp-endpoint'),
    azureSubscription: optional('azure-subscription'),
    azureEndpoint: optional('azure-endpoint'),
    azureEnvironment: optional('azure-environment') === undefined ? undefined : oneOf<AzureEnvironment>('azure-environment', ['AzurePublicCloud', 'AzureChinaCloud', 'AzureUSGovernment'], 'AzurePublicCloud'),
    timeoutMs: seconds('timeout', 300) * 1000,
    log: (line) => core.info(line),
  };
}

export function readInputs(): ActionInputs {
  // Every credential the run learns (inputs, kubeconfig, environment, what a server is sent) is masked in the log
  // by value, never as a whole `key: value` line, which would leave the value itself bare wherever it is echoed.
  onSecret((value) => core.setSecret(value));
  const token = core.getInput('github-token');
  addSecret(token);
  const clusterCidrs = list('cluster-cidr');
  for (const cidr of clusterCidrs) if (!parseCidr(cidr)) throw new UserError(`input "cluster-cidr": "${cidr}" is not a valid CIDR`);
  const nodeSelectors = list('node-selector');
  for (const selector of nodeSelectors) {
    try {
      parseNodeSelector(selector);
    } catch (error) {
      throw new UserError(`input "node-selector": ${(error as Error).message}`);
    }
  }
  const provider = optional('provider') === undefined ? undefined : oneOf('provider', PROVIDERS, 'baremetal');
  const live = liveInputs(provider);
  const patterns = list('path');
  if (patterns.length === 0 && !live) throw new UserError('input "path": give at least one file, folder or glob, or set "live: true"');
  const strict = optional('strict');
  return {
    patterns,
    live,
    saveSnapshot: optional('save-snapshot'),
    fix: fixInputs(),
    provider,
    clusterCidrs,
    nodeSelectors,
    format: oneOf('format', FORMATS, 'text'),
    output: optional('output'),
    sarifFile: optional('sarif-file'),
    severity: oneOf('severity', SEVERITIES, 'note'),
    failOn: oneOf<FailOn>('fail-on', [...SEVERITIES, 'never'], 'error'),
    baseline: optional('baseline'),
    ignore: list('ignore'),
    config: optional('config'),
    strict: strict === undefined ? undefined : bool('strict', false),
    token,
    comment: oneOf('comment', ['off', 'update', 'new'], 'off'),
    driftIssue: oneOf('drift-issue', ['off', 'on'], 'off'),
    annotations: bool('annotations', true),
    clusterName: optional('cluster-name') ?? 'default',
  };
}
