import { severityCounts } from '../report/plural.js';
import { fstatSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { neutraliseWorkflowCommands } from '../io/workflow-commands.js';
import { writeBaseline } from '../engine/baseline.js';
import { runCheck } from '../engine/check.js';
import { compareToOption } from '../engine/compare-base.js';
import { runWithFixes } from '../engine/fix.js';
import { buildSettings, DEFAULTS, FAIL_ON, fileRoots, type RawSettings } from '../engine/settings.js';
import { TOOL } from '../engine/tool.js';
import { EXIT_BUG, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UserError } from '../errors.js';
import { writeFileSafely } from '../io/write.js';
import { redact } from '../model/secrets.js';
import { renderFleetMarkdown } from '../report/fleet.js';
import { render } from '../report/index.js';
import { FAIL_SCOPES, FORMATS } from '../report/types.js';
import { SEVERITIES } from '../model/finding.js';
import { RULES } from '../rules/index.js';
import { knownFormats } from '../engine/formats.js';
import { readReports } from '../report/fleet-reports.js';
import { addExplain } from './explain.js';
import { judgingOptions, liveOptions, noteSkipped, rawSettings, type Io } from './options.js';

export type { Io } from './options.js';

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

/** The check flags that are the CLI's own: where and how the report is written. */
interface OutputFlags {
  output?: string;
  writeBaseline?: string;
  color?: boolean;
}

async function checkCommand(raw: RawSettings, flags: OutputFlags, io: Io): Promise<number> {
  const { check: options, fix, format } = await buildSettings(raw);
  const checked = fix ? await runWithFixes(options, fix, raw.log) : await runCheck(options);
  const { unrecognised, skipped } = checked;
  const report = await compareToOption(checked.report, options);
  if (flags.writeBaseline) {
    await writeBaseline(flags.writeBaseline, report.findings, options.files);
    io.stderr(`hostgw-preflight: ${report.findings.length} findings written to the baseline ${flags.writeBaseline}\n`);
  }
  noteSkipped({ unrecognised, skipped }, io);
  const color = flags.color ?? (flags.output === undefined && io.isTty && io.env.NO_COLOR === undefined);
  const text = render(format, report, { color });
  if (flags.output) {
    await writeFileSafely(flags.output, text, { label: '--output', roots: options.files });
    const { passed } = report.summary;
    io.stderr(
      `hostgw-preflight: ${severityCounts(report.summary)} (fail-on: ${options.failOn}): ${passed ? 'passed' : 'FAILED'}; report written to ${flags.output}\n`,
    );
  } else io.stdout(text);
  return report.summary.passed ? EXIT_OK : EXIT_FINDINGS;
}

function listRules(format: string, io: Io): number {
  if (format === 'json')
    io.stdout(
      `${JSON.stringify(
        RULES.map((rule) => rule.meta),
        null,
        2,
      )}\n`,
    );
  else
    for (const { id, severity, title } of RULES.map((rule) => rule.meta))
      io.stdout(`${id.padEnd(22)} ${severity.padEnd(8)} ${title}\n`);
  return EXIT_OK;
}

/** Where the report goes and what fails the run. */
function reportOptions(command: Command): Command {
  return command
    .option('-f, --format <format>', `output format: ${FORMATS.join(', ')} (default: ${DEFAULTS.format})`)
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option(
      '--fail-on <severity>',
      `exit 1 when a finding is at or above: ${FAIL_ON.join(', ')} (default: ${DEFAULTS['fail-on']})`,
    )
    .option(
      '--severity <severity>',
      `report only findings at or above: ${SEVERITIES.join(', ')} (default: ${DEFAULTS.severity})`,
    )
    .option(
      '--compare-to <dir-or-report>',
      'the base to compare with: a JSON report (--format json) or its dumps; findings are marked new or unchanged, and gone ones fixed',
    )
    .option(
      '--fail-scope <scope>',
      `which findings --fail-on applies to: ${FAIL_SCOPES.join(', ')}; new needs --compare-to (default: ${DEFAULTS['fail-scope']})`,
    );
}

function fixOptions(command: Command): Command {
  return command
    .addOption(
      new Option(
        '--fix [mode]',
        'remediation: plan (default) shows the plan in every output; apply carries it out (live mode only)',
      ).preset('plan'),
    )
    .option(
      '--fix-scope <scope>',
      `node: only the nodes' own resources; network: also associations, tags and shared routes (default: ${DEFAULTS['fix-scope']})`,
    )
    .option('--prune', 'with --fix: delete stale routes too')
    .option(
      '--max-changes <n>',
      `refuse a plan with more changes than this (unless --force) (default: ${DEFAULTS['max-changes']})`,
    )
    .option('--force', 'apply a plan larger than --max-changes')
    .option('--plan-script <file>', 'write the plan as a reviewable shell script of aws/gcloud/az commands');
}

function addCheck(cli: Command, io: Io, done: (code: number) => void): void {
  const check = cli
    .command('check')
    .description('check dumps of a cluster and its cloud (files or folders; formats are recognised by content)')
    .argument('[paths...]', 'files or folders to read (optional with --live)');
  // The help lists the options in the order they are added.
  for (const group of [reportOptions, (command: Command) => judgingOptions(command), liveOptions, fixOptions])
    group(check);
  check
    .option('--color', 'force colours')
    .option('--no-color', 'disable colours')
    .addHelpText(
      'after',
      `\nInput formats: ${knownFormats()}\n\nExit codes: 0 passed, 1 findings at or above --fail-on, 2 usage or input error, 3 internal error.`,
    )
    .action(async (paths: string[], flags: OutputFlags, command: Command) =>
      done(await checkCommand(rawSettings(paths, command, io), flags, io)),
    );
}

function addMerge(cli: Command, io: Io, done: (code: number) => void): void {
  cli
    .command('merge')
    .description('merge the JSON reports of several clusters into one fleet table (markdown)')
    .argument('<reports...>', 'JSON reports written by check --format json')
    .option('-o, --output <file>', 'write the table to a file instead of standard output')
    .option('--fail-on-any', 'exit 1 when any cluster failed')
    .action(async (files: string[], flags: { output?: string; failOnAny?: boolean }) => {
      const entries = await readReports(files);
      const table = renderFleetMarkdown(entries);
      if (flags.output)
        await writeFileSafely(flags.output, table, {
          label: '--output',
          roots: await fileRoots({ env: io.env, action: false }),
        });
      else io.stdout(table);
      done(flags.failOnAny && entries.some((entry) => !entry.summary.passed) ? EXIT_FINDINGS : EXIT_OK);
    });
}

function addRules(cli: Command, io: Io, done: (code: number) => void): void {
  cli
    .command('rules')
    .description('list the rule catalogue')
    .addOption(new Option('-f, --format <format>', 'text or json').choices(['text', 'json']).default('text'))
    .action((flags: { format: string }) => done(listRules(flags.format, io)));
}

function program(io: Io, done: (code: number) => void): Command {
  const cli = new Command('hostgw-preflight')
    .description(
      'Checks that flannel host-gw (Windows: L2bridge) networking can work: cloud anti-spoofing off, one L2 subnet, a route per pod CIDR.',
    )
    .version(TOOL.version)
    .exitOverride()
    // Usage errors are one line, prefixed like every other error of the tool (commander puts suggestions on a second line).
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (text, write) =>
        write(
          `hostgw-preflight: ${text
            .replace(/^error: /, '')
            .replace(/\s*\n\s*(?=\S)/g, ' ')
            .trim()}\n`,
        ),
    })
    .showSuggestionAfterError();
  for (const add of [addCheck, addExplain, addMerge, addRules]) add(cli, io, done);
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
      return error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.code === 'commander.help'
        ? EXIT_OK
        : EXIT_USAGE;
    }
    if (error instanceof UserError) {
      io.stderr(`hostgw-preflight: ${error.format()}\n`);
      return EXIT_USAGE;
    }
    io.stderr(
      `hostgw-preflight: internal error, please report it: ${redact((error as Error)?.stack ?? String(error))}\n`,
    );
    return EXIT_BUG;
  }
}
