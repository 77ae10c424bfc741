import type { Command } from 'commander';
import { explainExitCode, runExplain } from '../engine/explain.js';
import { buildSettings } from '../engine/settings.js';
import { UserError } from '../errors.js';
import { renderTrace, TRACE_FORMATS, type TraceFormat } from '../report/trace.js';
import { judgingOptions, liveOptions, noteSkipped, rawSettings, type Io } from './options.js';

interface ExplainFlags {
  readonly from: string;
  readonly to: string;
}

function traceFormat(format: string): TraceFormat {
  if ((TRACE_FORMATS as readonly string[]).includes(format)) return format as TraceFormat;
  throw new UserError(`--format: explain writes ${TRACE_FORMATS.join(', ')}, not ${JSON.stringify(format)}`);
}

async function explainCommand(paths: string[], flags: ExplainFlags, command: Command, io: Io): Promise<number> {
  const { check: options, format } = await buildSettings(rawSettings(paths, command, io));
  const chosen = traceFormat(format);
  const { trace, check } = await runExplain(options, flags.from, flags.to);
  noteSkipped(check, io);
  io.stdout(renderTrace(chosen, trace));
  return explainExitCode(trace);
}

/** `explain`: follows pod traffic between two nodes hop by hop, both ways, from the same inputs as `check`. */
export function addExplain(cli: Command, io: Io, done: (code: number) => void): void {
  const explain = cli
    .command('explain')
    .description("trace pod traffic from a node to another node's pods (or one pod IP) hop by hop, and back")
    .argument('[paths...]', 'files or folders to read, as for check (optional with --live)')
    .requiredOption('--from <node>', 'the node whose pods send')
    .requiredOption('--to <node-or-ip>', 'a node (its whole pod CIDR, each address family) or a pod IP')
    .option('-f, --format <format>', `output format: ${TRACE_FORMATS.join(', ')} (default: text)`);
  judgingOptions(explain, { baselines: false });
  liveOptions(explain);
  explain
    .addHelpText(
      'after',
      '\nExit codes: 0 delivered both ways, 1 dropped or unknown (data missing), 2 usage or input error, 3 internal error.',
    )
    .action(async (paths: string[], flags: ExplainFlags, command: Command) =>
      done(await explainCommand(paths, flags, command, io)),
    );
}
