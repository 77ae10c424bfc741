import * as core from '@actions/core';
import {
  ACTION_NAMES,
  DEFAULTS,
  parseSettings,
  RawReader,
  type ParsedSettings,
  type RawValue,
  type SettingName,
} from '../engine/settings.js';
import { addSecret, onSecret } from '../model/secrets.js';
import { info } from './log.js';

/**
 * Every input, validated; names and meanings follow trivy-action, checkov-action and kube-linter-action where they
 * overlap. The check, live and fix settings are built by the engine's settings builder, as for the CLI.
 */
export interface ActionInputs {
  /** The check, live and fix settings; `settings.run.paths` are the `path` patterns, not yet expanded. */
  readonly settings: ParsedSettings;
  readonly output?: string;
  readonly sarifFile?: string;
  readonly token: string;
  readonly comment: 'off' | 'update' | 'new';
  readonly driftIssue: 'off' | 'on';
  readonly annotations: AnnotationMode;
  /** Tells clusters apart in sticky comments, drift issues and check runs of a fleet (matrix) workflow. */
  readonly clusterName: string;
}

const COMMENT_MODES = ['off', 'update', 'new'] as const;
const ANNOTATION_MODES = ['all', 'changed', 'off', 'true', 'false'] as const;
/** `changed`: only findings in files the pull request changes are annotated. */
export type AnnotationMode = 'all' | 'changed' | 'off';
const DRIFT_ISSUE_MODES = ['off', 'on'] as const;

/** Inputs read as one value each, and those that are lists. */
const SINGLE_INPUTS: readonly SettingName[] = [
  'provider',
  'config',
  'strict',
  'format',
  'fail-on',
  'severity',
  'baseline',
  'live',
  'kubeconfig',
  'context',
  'aws-region',
  'aws-endpoint',
  'gcp-project',
  'gcp-endpoint',
  'azure-subscription',
  'azure-endpoint',
  'azure-environment',
  'vsphere-server',
  'timeout',
  'save-snapshot',
  'fix',
  'fix-scope',
  'prune',
  'max-changes',
  'force',
  'plan-script',
  'compare',
  'compare-to',
  'fail-scope',
];
const LIST_INPUTS: readonly SettingName[] = ['cluster-cidr', 'node-selector', 'ignore'];

export function optional(name: string): string | undefined {
  return core.getInput(name).trim() || undefined;
}

/**
 * One item per line; a one-line input may separate items with commas, as several popular actions do. A multi-line
 * input is taken line by line as is, so a path that contains a comma can be given on a line of its own.
 */
export function listInput(name: string): string[] {
  const input = core.getInput(name);
  return input
    .split(input.includes('\n') ? '\n' : ',')
    .map((item) => item.trim())
    .filter((item) => item && !item.startsWith('#'));
}

/** What the inputs said, for the settings builder: an empty input is one not given. */
function settingInputs(clusterName: string): ParsedSettings {
  const values: Partial<Record<SettingName, RawValue>> = {};
  for (const name of SINGLE_INPUTS) values[name] = optional(name);
  for (const name of LIST_INPUTS) values[name] = listInput(name);
  // The default name stands for no name: reports of a single cluster do not carry one.
  if (clusterName !== DEFAULTS['cluster-name']) values['cluster-name'] = clusterName;
  // Progress lines of live mode reach the log through the same guard as every other line.
  return parseSettings({
    paths: listInput('path'),
    values,
    names: ACTION_NAMES,
    environment: { env: process.env, action: true },
    log: info,
  });
}

/** `true` and `false`, the input's first values, still mean `all` and `off`. */
function annotationMode(value: (typeof ANNOTATION_MODES)[number]): AnnotationMode {
  return value === 'true' ? 'all' : value === 'false' ? 'off' : value;
}

export function readInputs(): ActionInputs {
  // Every credential the run learns (inputs, kubeconfig, environment, what a server is sent) is masked in the log
  // by value, never as a whole `key: value` line, which would leave the value itself bare wherever it is echoed.
  onSecret((value) => core.setSecret(value));
  const token = core.getInput('github-token');
  addSecret(token);
  const clusterName = optional('cluster-name') ?? DEFAULTS['cluster-name'];
  const settings = settingInputs(clusterName);
  const read = new RawReader(
    { comment: optional('comment'), 'drift-issue': optional('drift-issue'), annotations: optional('annotations') },
    ACTION_NAMES,
  );
  return {
    settings,
    output: optional('output'),
    sarifFile: optional('sarif-file'),
    token,
    comment: read.choice('comment', COMMENT_MODES) ?? DEFAULTS.comment,
    driftIssue: read.choice('drift-issue', DRIFT_ISSUE_MODES) ?? DEFAULTS['drift-issue'],
    annotations: annotationMode(read.choice('annotations', ANNOTATION_MODES) ?? DEFAULTS.annotations),
    clusterName,
  };
}
