import { fstatSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { neutraliseWorkflowCommands } from '../io/workflow-commands.js';
import { writeBaseline } from '../engine/baseline.js';
import { runCheck } from '../engine/check.js';
import { runWithFixes, type FixOptions } from '../engine/fix.js';
import { fileRoots, resolveOptions } from '../engine/settings.js';
import { TOOL } from '../engine/tool.js';
import { EXIT_BUG, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UserError } from '../errors.js';
import { writeFileSafely } from '../io/write.js';
import { redact } from '../model/secrets.js';
import type { Provider } from '../model/provider.js';
import type { AzureEnvironment, LiveOptions } from '../sources/live/types.js';
import { renderFleetMarkdown } from '../report/fleet.js';
import { render } from '../report/index.js';
import type { FailOn, Format } from '../report/types.js';
import type { Severity } from '../model/finding.js';
import { RULES } from '../rules/index.js';
import { knownFormats } from '../engine/formats.js';
import { readReports } from './merge.js';
import { collect, collectCidr, collectNodeSelector, parseFailOn, parseFormat, parseCount, parseProvider, parseSeconds, parseSeverity } from './options.js';

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly isTty: boolean;
  readonly env: NodeJS.ProcessEnv;
}

/**
 * In a workflow the runner parses what we print for workflow commands, and names in it come from the dumps.
 * A redirect to a file is not read by the runner and stays byte for byte.
 */
function writer(stream: NodeJS.WriteStream & { fd: number }): (text: string) => void {
  let runnerReads: boolean | undefined;
  return (text) => {
    runnerReads ??= process.env.GITHUB_ACTIONS === 'true' && !isFile(stream.fd);
    stream.write(runnerReads ? neutraliseWorkflowCommands(text) : text);
  };
}

function isFile(fd: number): boolean {
  try {
    return fstatSync(fd).isFile();
  } catch {
    return false;
  }
}

const processIo: Io = {
  stdout: writer(process.stdout),
  stderr: writer(process.stderr),
  isTty: process.stdout.isTTY === true,
  env: process.env,
};

interface CheckFlags {
  format: Format;
  output?: string;
  failOn?: FailOn;
  severity?: Severity;
  provider?: Provider;
  clusterCidr: string[];
  nodeSelector: string[];
  ignore: string[];
  config?: string;
  strict?: boolean;
  baseline?: string;
  writeBaseline?: string;
  clusterName?: string;
  color?: boolean;
  live?: boolean;
  kubeconfig?: string;
  context?: string;
  awsRegion?: string;
  awsEndpoint?: string;
  gcpProject?: string;
  gcpEndpoint?: string;
  azureSubscription?: string;
  azureEndpoint?: string;
  azureEnvironment?: AzureEnvironment;
  timeout: number;
  saveSnapshot?: string;
  fix?: 'plan' | 'apply';
  fixScope: 'node' | 'network';
  prune?: boolean;
  maxChanges: number;
  force?: boolean;
  planScript?: string;
}

function fixOptions(flags: CheckFlags): FixOptions | undefined {
  if (!flags.fix) {
    if (flags.planScript) return { mode: 'plan', fixScope: flags.fixScope, prune: flags.prune ?? false, maxChanges: flags.maxChanges, force: false, planScript: flags.planScript };
    return undefined;
  }
  return { mode: flags.fix, fixScope: flags.fixScope, prune: flags.prune ?? false, maxChanges: flags.maxChanges, force: flags.force ?? false, planScript: flags.planScript };
}

function liveOptions(flags: CheckFlags, io: Io): LiveOptions | undefined {
  if (!flags.live) {
    const stray = (['kubeconfig', 'context', 'saveSnapshot'] as const).find((name) => flags[name] !== undefined);
    if (stray) throw new UserError(`--${stray.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} needs --live`);
    return undefined;
  }
  return {
    kubeconfig: flags.kubeconfig,
    context: flags.context,
    provider: flags.provider,
    awsRegion: flags.awsRegion,
    awsEndpoint: flags.awsEndpoint,
    gcpProject: flags.gcpProject,
    gcpEndpoint: flags.gcpEndpoint,
    azureSubscription: flags.azureSubscription,
    azureEndpoint: flags.azureEndpoint,
    azureEnvironment: flags.azureEnvironment,
    timeoutMs: flags.timeout * 1000,
    log: (line) => io.stderr(`hostgw-preflight: ${line}\n`),
  };
}

async function checkCommand(paths: string[], flags: CheckFlags, io: Io): Promise<number> {
  const live = liveOptions(flags, io);
  if (paths.length === 0 && !live) throw new UserError('give files or folders to check, or --live to read the running cluster');
  const options = await resolveOptions({
    live,
    saveSnapshot: flags.saveSnapshot,
    paths,
    provider: flags.provider,
    clusterCidrs: flags.clusterCidr,
    nodeSelectors: flags.nodeSelector,
    ignore: flags.ignore,
    ignoreSource: '--ignore',
    config: flags.config,
    strict: flags.strict,
    failOn: flags.failOn,
    severity: flags.severity,
    baseline: flags.baseline,
    cluster: flags.clusterName,
    environment: { env: io.env, action: false },
  });
  const failOn = options.failOn;
  const fix = fixOptions(flags);
  const log = (line: string) => io.stderr(`hostgw-preflight: ${line}\n`);
  const { report, unrecognised, skipped } = fix ? await runWithFixes(options, fix, log) : await runCheck(options);
  if (flags.writeBaseline) {
    await writeBaseline(flags.writeBaseline, report.findings, options.files);
    io.stderr(`hostgw-preflight: ${report.findings.length} findings written to the baseline ${flags.writeBaseline}\n`);
  }
  for (const file of unrecognised) io.stderr(`hostgw-preflight: ${file}: skipped, not in a known format\n`);
  for (const { file, reason } of skipped) io.stderr(`hostgw-preflight: ${file}: skipped, ${reason}\n`);
  const color = flags.color ?? (flags.output === undefined && io.isTty && io.env.NO_COLOR === undefined);
  const text = render(flags.format, report, { color });
  if (flags.output) {
    await writeFileSafely(flags.output, text, { label: '--output', roots: options.files });
    const { errors, warnings, notes, passed } = report.summary;
    io.stderr(`hostgw-preflight: ${errors} errors, ${warnings} warnings, ${notes} notes (fail-on: ${failOn}): ${passed ? 'passed' : 'FAILED'}; report written to ${flags.output}\n`);
  } else io.stdout(text);
  return report.summary.passed ? EXIT_OK : EXIT_FINDINGS;
}

function listRules(format: string, io: Io): number {
  if (format === 'json') io.stdout(`${JSON.stringify(RULES.map((rule) => rule.meta), null, 2)}\n`);
  else for (const { id, severity, title } of RULES.map((rule) => rule.meta)) io.stdout(`${id.padEnd(22)} ${severity.padEnd(8)} ${title}\n`);
  return EXIT_OK;
}

function program(io: Io, done: (code: number) => void): Command {
  const cli = new Command('hostgw-preflight')
    .description('Checks that flannel host-gw (Windows: L2bridge) networking can work: cloud anti-spoofing off, one L2 subnet, a route per pod CIDR.')
    .version(TOOL.version)
    .exitOverride()
    // Usage errors are one line, prefixed like every other error of the tool (commander puts suggestions on a second line).
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (text, write) => write(`hostgw-preflight: ${text.replace(/^error: /, '').replace(/\s*\n\s*(?=\S)/g, ' ').trim()}\n`) })
    .showSuggestionAfterError();

  cli
    .command('check')
    .description('check dumps of a cluster and its cloud (files or folders; formats are recognised by content)')
    .argument('[paths...]', 'files or folders to read (optional with --live)')
    .addOption(new Option('-f, --format <format>', 'output format: text, json, sarif, markdown').argParser(parseFormat).default('text'))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding is at or above: error, warning, note, never (default: error)').argParser(parseFailOn))
    .addOption(new Option('--severity <severity>', 'report only findings at or above: error, warning, note (default: note)').argParser(parseSeverity))
    .addOption(new Option('--provider <provider>', 'override the inferred provider: aws, gce, azure, vsphere, baremetal').argParser(parseProvider))
    .option('--cluster-cidr <cidr>', 'cluster CIDR when no flannel ConfigMap is given (repeatable)', collectCidr, [])
    .option('--node-selector <glob-or-tag>', 'Terraform: the machines that are Kubernetes nodes, by address glob or tag:KEY=VALUE (repeatable)', collectNodeSelector, [])
    .option('--ignore <rule[:target]>', 'suppress a rule, optionally for one node or resource (* wildcards; repeatable)', collect, [])
    .option('-c, --config <file>', 'configuration file (default: .hostgw-preflight.yml if present)')
    .option('--strict', 'report check-incomplete findings as errors')
    .option('--baseline <file>', 'accepted findings (from --write-baseline): still reported, never failing')
    .option('--write-baseline <file>', 'write the current findings as the new baseline')
    .option('--cluster-name <name>', 'name of the cluster, carried into the reports (for fleets)')
    .option('--live', 'read the running cluster (kubeconfig) and its cloud (SDK default credentials)')
    .option('--kubeconfig <path-or-content>', 'kubeconfig file, or its content (default: KUBECONFIG, ~/.kube/config, in-cluster)')
    .option('--context <name>', 'kubeconfig context')
    .option('--aws-region <region>', 'AWS region (default: from the nodes\' providerIDs, then AWS_REGION)')
    .option('--aws-endpoint <url>', 'EC2 endpoint URL (AWS_ENDPOINT_URL_EC2 is honoured too)')
    .option('--gcp-project <project>', 'GCP project (default: from the nodes\' providerIDs)')
    .option('--gcp-endpoint <url>', 'Compute Engine API base URL (e.g. a Private Service Connect endpoint)')
    .option('--azure-subscription <id>', 'Azure subscription (default: from the nodes\' providerIDs)')
    .option('--azure-endpoint <url>', 'Azure Resource Manager URL')
    .addOption(new Option('--azure-environment <name>', 'Azure cloud').choices(['AzurePublicCloud', 'AzureChinaCloud', 'AzureUSGovernment']))
    .addOption(new Option('--timeout <seconds>', 'time budget for all API calls in live mode').argParser(parseSeconds).default(300))
    .option('--save-snapshot <dir>', 'with --live: write what was read, in the file formats, to this folder')
    .addOption(new Option('--fix [mode]', 'remediation: plan (default) shows the plan in every output; apply carries it out (live mode only)').choices(['plan', 'apply']).preset('plan'))
    .addOption(new Option('--fix-scope <scope>', 'node: only the nodes\' own resources; network: also associations, tags and shared routes').choices(['node', 'network']).default('node'))
    .option('--prune', 'with --fix: delete stale routes too')
    .addOption(new Option('--max-changes <n>', 'refuse a plan with more changes than this (unless --force)').argParser(parseCount).default(50))
    .option('--force', 'apply a plan larger than --max-changes')
    .option('--plan-script <file>', 'write the plan as a reviewable shell script of aws/gcloud/az commands')
    .option('--color', 'force colours').option('--no-color', 'disable colours')
    .addHelpText('after', `\nInput formats: ${knownFormats()}\n\nExit codes: 0 passed, 1 findings at or above --fail-on, 2 usage or input error, 3 internal error.`)
    .action(async (paths: string[], flags: CheckFlags) => done(await checkCommand(paths, flags, io)));

  cli
    .command('merge')
    .description('merge the JSON reports of several clusters into one fleet table (markdown)')
    .argument('<reports...>', 'JSON reports written by check --format json')
    .option('-o, --output <file>', 'write the table to a file instead of standard output')
    .option('--fail-on-any', 'exit 1 when any cluster failed')
    .action(async (files: string[], flags: { output?: string; failOnAny?: boolean }) => {
      const entries = await readReports(files);
      const table = renderFleetMarkdown(entries);
      if (flags.output) await writeFileSafely(flags.output, table, { label: '--output', roots: await fileRoots({ env: io.env, action: false }) });
      else io.stdout(table);
      done(flags.failOnAny && entries.some((entry) => !entry.summary.passed) ? EXIT_FINDINGS : EXIT_OK);
    });

  cli
    .command('rules')
    .description('list the rule catalogue')
    .addOption(new Option('-f, --format <format>', 'text or json').choices(['text', 'json']).default('text'))
    .action((flags: { format: string }) => done(listRules(flags.format, io)));
  return cli;
}

/** The CLI entry: parses argv, runs, and maps every outcome to an exit code. Never throws. */
export async function runCli(argv: readonly string[], io: Io = processIo): Promise<number> {
  let code = EXIT_OK;
  try {
    const cli = program(io, (result) => (code = result));
    if (argv.length === 0) {
      io.stderr(cli.helpInformation());
      return EXIT_USAGE;
    }
    await cli.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are "errors" to commander; they already printed what they had to.
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help' ? EXIT_OK : EXIT_USAGE;
    }
    if (error instanceof UserError) {
      io.stderr(`hostgw-preflight: ${error.format()}\n`);
      return EXIT_USAGE;
    }
    io.stderr(`hostgw-preflight: internal error, please report it: ${redact((error as Error)?.stack ?? String(error))}\n`);
    return EXIT_BUG;
  }
}
