import type { Command } from 'commander';
import { AZURE_ENVIRONMENTS, cliNames, DEFAULTS, type RawSettings, type RawValue } from '../engine/settings.js';
import { PROVIDERS } from '../model/provider.js';

/** Where a command writes and what it reads of its environment: the process's, or a test's. */
export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly isTty: boolean;
  readonly env: NodeJS.ProcessEnv;
}

/** Repeatable flags: commander keeps every value; the settings builder checks each one. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** What the command line said, by option name, for the settings builder; commander only splits argv. */
export function rawSettings(paths: string[], command: Command, io: Io): RawSettings {
  const given = command.opts();
  const values: Record<string, RawValue> = {};
  for (const option of command.options) {
    const value = given[option.attributeName()] as RawValue | undefined;
    if (option.long && !option.negate && value !== undefined) values[option.long.slice(2)] = value;
  }
  const flags = (name: string) => command.options.find((option) => option.long === `--${name}`)?.flags ?? `--${name}`;
  return {
    paths,
    values,
    names: cliNames(flags),
    environment: { env: io.env, action: false },
    log: (line) => io.stderr(`hostgw-preflight: ${line}\n`),
  };
}

/**
 * What the inputs cannot say (provider, cluster CIDRs, which machines are nodes), what to accept, the cluster's name.
 * `baselines`: the options that only a gate needs (check has them, explain does not).
 */
export function judgingOptions(command: Command, { baselines = true } = {}): Command {
  command
    .option('--provider <provider>', `override the inferred provider: ${PROVIDERS.join(', ')}`)
    .option('--cluster-cidr <cidr>', 'cluster CIDR when no flannel ConfigMap is given (repeatable)', collect, [])
    .option(
      '--node-selector <glob-or-tag>',
      'Terraform: the machines that are Kubernetes nodes, by address glob or tag:KEY=VALUE (repeatable)',
      collect,
      [],
    )
    .option(
      '--ignore <rule[:target]>',
      'suppress a rule, optionally for one node or resource (* wildcards; repeatable)',
      collect,
      [],
    )
    .option('-c, --config <file>', `configuration file (default: ${DEFAULTS.config} if present)`)
    .option('--strict', 'report check-incomplete findings as errors');
  if (baselines)
    command
      .option('--baseline <file>', 'accepted findings (from --write-baseline): still reported, never failing')
      .option('--write-baseline <file>', 'write the current findings as the new baseline');
  return command.option(
    '--cluster-name <name>',
    'name of the cluster, carried into the reports and the names of new GCE routes',
  );
}

export function liveOptions(command: Command): Command {
  return command
    .option('--live', 'read the running cluster (kubeconfig) and its cloud (SDK default credentials)')
    .option(
      '--kubeconfig <path-or-content>',
      'kubeconfig file, or its content (default: KUBECONFIG, ~/.kube/config, in-cluster)',
    )
    .option('--context <name>', 'kubeconfig context')
    .option('--aws-region <region>', "AWS region (default: from the nodes' providerIDs, then AWS_REGION)")
    .option('--aws-endpoint <url>', 'EC2 endpoint URL (AWS_ENDPOINT_URL_EC2 is honoured too)')
    .option('--gcp-project <project>', "GCP project (default: from the nodes' providerIDs)")
    .option('--gcp-endpoint <url>', 'Compute Engine API base URL (e.g. a Private Service Connect endpoint)')
    .option('--azure-subscription <id>', "Azure subscription (default: from the nodes' providerIDs)")
    .option('--azure-endpoint <url>', 'Azure Resource Manager URL')
    .option('--azure-environment <name>', `Azure cloud: ${AZURE_ENVIRONMENTS.join(', ')}`)
    .option('--vsphere-server <url>', 'vCenter URL (default: GOVC_URL)')
    .option('--timeout <seconds>', `time budget for all API calls in live mode (default: ${DEFAULTS.timeout})`)
    .option('--save-snapshot <dir>', 'with --live: write what was read, in the file formats, to this folder');
}

/** Files found in folders that were not read: said on standard error, as every command that reads inputs does. */
export function noteSkipped(
  checked: { readonly unrecognised: readonly string[]; readonly skipped: readonly { file: string; reason: string }[] },
  io: Io,
): void {
  for (const file of checked.unrecognised) io.stderr(`hostgw-preflight: ${file}: skipped, not in a known format\n`);
  for (const { file, reason } of checked.skipped) io.stderr(`hostgw-preflight: ${file}: skipped, ${reason}\n`);
}
