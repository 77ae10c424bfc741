#!/usr/bin/env node
// `npm run bench`: times the built CLI on synthetic clusters against a read-and-parse floor, measures cold
// start and bundle size, prints a table and writes bench/results.json. See bench/README.md.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCluster, PROVIDERS } from './generate.mjs';

const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url));
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
const ACTION = join(ROOT, 'dist', 'index.js');
const PRELOAD = pathToFileURL(join(BENCH_DIR, 'peak-rss.mjs')).href;
const FLOOR = join(BENCH_DIR, 'floor.mjs');
const COLD_FIXTURE = join('fixtures', 'gce', 'healthy');
const RESULTS = join(BENCH_DIR, 'results.json');
const DEFAULT_SIZES = [100, 1000, 2000, 5000];
const COLD_RUNS = 5;
const MiB = 1024 * 1024;

const USAGE = `usage: npm run bench -- [--sizes 100,1000] [--providers gce,aws] [--dual-stack] [--runs 3] [--healthy] [--floor-only] [--no-live]
  --no-live     skip the live-mode half (vitest with the local cloud and Kubernetes servers)
  --dual-stack  add a dual-stack gce row at the largest size
  --healthy     generate clusters without faults (default sprinkles ~0.5% faults)
  --floor-only  skip the CLI (for when dist/cli.js is not built yet)`;

function parseOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string' },
      providers: { type: 'string' },
      'dual-stack': { type: 'boolean', default: false },
      runs: { type: 'string', default: '3' },
      healthy: { type: 'boolean', default: false },
      'floor-only': { type: 'boolean', default: false },
      'no-live': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const list = (text) =>
    text
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  const sizes = values.sizes ? list(values.sizes).map(Number) : DEFAULT_SIZES;
  const providers = values.providers ? list(values.providers) : PROVIDERS;
  const runs = Number(values.runs);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`bad --sizes ${values.sizes}`);
  const unknown = providers.filter((p) => !PROVIDERS.includes(p));
  if (unknown.length) throw new Error(`unknown provider(s) ${unknown.join(', ')}; use ${PROVIDERS.join(', ')}`);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`bad --runs ${values.runs}`);
  return {
    help: values.help,
    sizes,
    providers,
    runs,
    dualStack: values['dual-stack'],
    faults: !values.healthy,
    floorOnly: values['floor-only'],
    live: !values['no-live'] && !values['floor-only'],
  };
}

function benchCases({ providers, sizes, dualStack }) {
  const cases = providers.flatMap((provider) => sizes.map((nodes) => ({ provider, nodes, dualStack: false })));
  if (dualStack && providers.includes('gce'))
    cases.push({ provider: 'gce', nodes: Math.max(...sizes), dualStack: true });
  // pod-traffic-blocked groups nodes by the rule sets they see; 1,000 nodes and 200 rules show it is not pairwise.
  if (providers.includes('gce') && sizes.includes(1000))
    cases.push({ provider: 'gce', nodes: 1000, dualStack: false, firewallRules: 200 });
  // The same rules at the largest size, and with the pod rule holding only part of the pod range: the analysis
  // then splits the pod CIDRs at the rules' boundaries, and should stay a small multiple of the whole-range row.
  const largest = Math.max(...sizes);
  if (providers.includes('gce') && largest > 1000) {
    cases.push({ provider: 'gce', nodes: largest, dualStack: false, firewallRules: 200 });
    cases.push({ provider: 'gce', nodes: largest, dualStack: false, firewallRules: 200, partialPodRule: true });
  }
  return cases;
}

// ---------------------------------------------------------------------------------------------------------------
// Measuring child processes

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** One `node` child: wall time around spawnSync and, when rssFile is given, its self-reported peak RSS. */
function runNode(args, rssFile, env = process.env) {
  const preload = rssFile ? ['--import', PRELOAD] : [];
  if (rssFile) rmSync(rssFile, { force: true });
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [...preload, ...args], {
    cwd: ROOT,
    env: rssFile ? { ...env, HOSTGW_BENCH_RSS_FILE: rssFile } : env,
    encoding: 'utf8',
    maxBuffer: 256 * MiB,
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (child.error) throw child.error;
  const rssKiB = rssFile && existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : undefined;
  return { wallMs, rssKiB, status: child.status, signal: child.signal, stderr: child.stderr };
}

/**
 * Runs each command once untimed (it warms caches; the first spawn is often an outlier), then `runs` rounds of one
 * run each, in turns: a shared VM drifts by 5-10 % within a minute, and measuring one command after the other put
 * that drift into their ratio. Per command: median wall, max peak RSS, or the first run that did not exit 0 or 1.
 */
function measureInTurns(commands, runs) {
  const samples = commands.map(() => []);
  for (let round = 0; round <= runs; round++) {
    for (const [i, { args, rssFile, env }] of commands.entries()) {
      const sample = runNode(args, rssFile, env);
      if (crashed(sample)) return commands.map((_, j) => (j === i ? { crash: sample } : {}));
      if (round > 0) samples[i].push(sample);
    }
  }
  return samples.map((taken) => {
    const rss = taken.map((s) => s.rssKiB).filter((v) => v !== undefined);
    return {
      wallMs: median(taken.map((s) => s.wallMs)),
      runsMs: taken.map((s) => round(s.wallMs, 1)),
      peakRssMb: rss.length ? Math.max(...rss) / 1024 : undefined,
      status: taken.at(-1).status,
    };
  });
}

function crashed(sample) {
  return sample.signal !== null || (sample.status !== 0 && sample.status !== 1);
}

function round(value, digits) {
  return value === undefined ? undefined : Number(value.toFixed(digits));
}

// ---------------------------------------------------------------------------------------------------------------
// One benchmark row

function benchCase(spec, options, workDir) {
  const name = `${spec.provider}-${spec.nodes}${spec.dualStack ? '-dual-stack' : ''}${spec.firewallRules ? `-fw${spec.firewallRules}` : ''}${spec.partialPodRule ? '-partial' : ''}`;
  const dir = join(workDir, name);
  const outFile = join(workDir, 'out', `${name}.json`);
  const rssFile = join(workDir, 'out', `${name}.rss`);
  const generated = generateCluster({ ...spec, faults: options.faults, seed: 1 }, dir);
  try {
    const cliArgs = [CLI, 'check', dir, '--format', 'json', '--output', outFile, '--fail-on', 'never'];
    const [floor, cli] = measureInTurns(
      options.floorOnly
        ? [{ args: [FLOOR, dir], rssFile }]
        : [
            { args: [FLOOR, dir], rssFile },
            { args: cliArgs, rssFile },
          ],
      options.runs,
    );
    if (floor.crash) throw new Error(`floor reader failed on ${dir}:\n${floor.crash.stderr}`);
    const row = {
      provider: spec.provider,
      nodes: spec.nodes,
      variant: spec.firewallRules
        ? `${spec.firewallRules} fw rules${spec.partialPodRule ? ', pod rule partial' : ''}`
        : spec.dualStack
          ? 'dual-stack'
          : 'ipv4',
      faults: Object.values(generated.faults).reduce((sum, names) => sum + names.length, 0),
      filesMb: round(generated.bytes / MiB, 2),
      floorMs: round(floor.wallMs, 1),
      floorRunsMs: floor.runsMs,
      floorRssMb: round(floor.peakRssMb, 1),
    };
    if (options.floorOnly) return { row };
    if (cli.crash) return { row, crash: { ...cli.crash, command: `node ${cliArgs.join(' ')}` } };
    Object.assign(row, {
      cliMs: round(cli.wallMs, 1),
      cliRunsMs: cli.runsMs,
      cliExit: cli.status,
      peakRssMb: round(cli.peakRssMb, 1),
      ratio: round(cli.wallMs / floor.wallMs, 2),
      ...readFindings(outFile),
    });
    return { row };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function readFindings(outFile) {
  try {
    const report = JSON.parse(readFileSync(outFile, 'utf8'));
    const { errors, warnings, notes } = report.summary ?? {};
    return { findings: report.findings?.length, errors, warnings, notes };
  } catch (error) {
    return { findings: undefined, findingsError: `could not read ${outFile}: ${error.message}` };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Cold start and bundle

/**
 * The environment the runner gives a JavaScript action: its inputs as INPUT_* variables (action.yml's defaults for the
 * rest), file commands in files. No token: nothing is posted for a healthy fixture.
 */
function actionEnv(workDir) {
  const outputs = join(workDir, 'action-output');
  const summary = join(workDir, 'action-summary');
  const inputs = {
    path: COLD_FIXTURE,
    format: 'text',
    severity: 'note',
    'fail-on': 'error',
    annotations: 'true',
    comment: 'off',
    'drift-issue': 'off',
    fix: 'off',
    live: 'false',
    'cluster-name': 'default',
    'github-token': '',
  };
  const env = {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: ROOT,
    GITHUB_OUTPUT: outputs,
    GITHUB_STEP_SUMMARY: summary,
    RUNNER_TEMP: workDir,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REPOSITORY: 'acme/infra',
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  writeFileSync(outputs, '');
  writeFileSync(summary, '');
  return env;
}

/** Cold start of both entries on the small demo fixture, against a bare `node -e 0`. */
function coldStart(workDir) {
  if (!existsSync(join(ROOT, COLD_FIXTURE))) {
    return { skipped: `${COLD_FIXTURE} does not exist` };
  }
  const cliArgs = [CLI, 'check', COLD_FIXTURE, '--format', 'json', '--fail-on', 'never'];
  const [cli, action, bare] = measureInTurns(
    [{ args: cliArgs }, { args: [ACTION], env: actionEnv(workDir) }, { args: ['-e', '0'] }],
    COLD_RUNS,
  );
  if (cli.crash) return { crash: { ...cli.crash, command: `node ${cliArgs.join(' ')}` } };
  if (action.crash) return { crash: { ...action.crash, command: `INPUT_PATH=${COLD_FIXTURE} ... node ${ACTION}` } };
  return {
    cliMs: round(cli.wallMs, 1),
    cliRunsMs: cli.runsMs,
    actionMs: round(action.wallMs, 1),
    actionRunsMs: action.runsMs,
    nodeMs: round(bare.wallMs, 1),
    nodeRunsMs: bare.runsMs,
    ratio: round(cli.wallMs / bare.wallMs, 2),
    actionRatio: round(action.wallMs / bare.wallMs, 2),
  };
}

/** Bytes of every file under dir, recursively. */
function treeBytes(dir) {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
    const path = join(dir, entry.name);
    return sum + (entry.isDirectory() ? treeBytes(path) : statSync(path).size);
  }, 0);
}

function bundleSizes() {
  const dist = join(ROOT, 'dist');
  if (!existsSync(dist)) return { skipped: 'dist/ does not exist' };
  const entries = Object.fromEntries(
    readdirSync(dist, { withFileTypes: true })
      .map((entry) => {
        const path = join(dist, entry.name);
        return [
          entry.isDirectory() ? `${entry.name}/` : entry.name,
          entry.isDirectory() ? treeBytes(path) : statSync(path).size,
        ];
      })
      .sort((a, b) => b[1] - a[1]),
  );
  const indexJs = join(dist, 'index.js');
  return {
    totalBytes: treeBytes(dist),
    entries,
    ...(existsSync(indexJs) ? { indexJsBytes: statSync(indexJs).size } : {}),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Output

const COLUMNS = [
  ['provider', 'provider'],
  ['nodes', 'nodes'],
  ['variant', 'variant'],
  ['files MB', 'filesMb'],
  ['cli wall ms', 'cliMs'],
  ['peak RSS MB', 'peakRssMb'],
  ['floor ms', 'floorMs'],
  ['floor RSS MB', 'floorRssMb'],
  ['ratio', 'ratio'],
  ['findings', 'findings'],
];

function printTable(rows) {
  const cells = rows.map((row) => COLUMNS.map(([, key]) => (row[key] === undefined ? '-' : String(row[key]))));
  const widths = COLUMNS.map(([title], i) => Math.max(title.length, ...cells.map((c) => c[i].length)));
  const line = (values) => values.map((v, i) => (i < 3 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ');
  console.log(line(COLUMNS.map(([title]) => title)));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const c of cells) console.log(line(c));
}

function printColdStart(cold) {
  if (cold.skipped) return console.log(`cold start: skipped (${cold.skipped})`);
  if (cold.crash) return;
  console.log(
    `cold start (${COLD_FIXTURE}, median of ${COLD_RUNS}): dist/cli.js ${cold.cliMs} ms (${cold.ratio}x), ` +
      `dist/index.js ${cold.actionMs} ms (${cold.actionRatio}x), node -e 0 ${cold.nodeMs} ms`,
  );
}

function printBundle(bundle) {
  if (bundle.skipped) return console.log(`bundle: skipped (${bundle.skipped})`);
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
  const parts = Object.entries(bundle.entries).map(([name, bytes]) => `${name} ${kb(bytes)}`);
  console.log(`bundle: dist/ ${kb(bundle.totalBytes)} total (${parts.join(', ')})`);
  if (bundle.indexJsBytes !== undefined) console.log(`        dist/index.js is ${kb(bundle.indexJsBytes)}`);
}

function reportCrash(crash) {
  const how = crash.signal ? `signal ${crash.signal}` : `exit code ${crash.status}`;
  console.error(`\nCLI crashed (${how}): ${crash.command}\n${crash.stderr || '(no stderr)'}`);
}

// ---------------------------------------------------------------------------------------------------------------

function main() {
  const options = parseOptions(process.argv.slice(2));
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  if (!options.floorOnly && !existsSync(CLI)) {
    console.error(`bench: ${CLI} does not exist. Build the CLI first (npm run build), or run with --floor-only.`);
    return 1;
  }
  const workDir = mkdtempSync(join(tmpdir(), 'hostgw-bench-'));
  const cleanUp = () => rmSync(workDir, { recursive: true, force: true });
  process.once('SIGINT', () => (cleanUp(), process.exit(130)));
  try {
    mkdirSync(join(workDir, 'out'));
    const rows = [];
    const crashes = [];
    for (const spec of benchCases(options)) {
      const { row, crash } = benchCase(spec, options, workDir);
      rows.push(row);
      if (crash) crashes.push(crash);
    }
    const cold = options.floorOnly ? { skipped: '--floor-only' } : coldStart(workDir);
    if (cold.crash) crashes.push(cold.crash);
    const bundle = bundleSizes();

    console.log(
      `\nhostgw-preflight bench: node ${process.version}, ${cpus().length} CPUs, median of ${options.runs} runs (floor and CLI in turns), ` +
        `${options.faults ? '~0.5% faults' : 'healthy clusters'}\n`,
    );
    printTable(rows);
    console.log('');
    printColdStart(cold);
    printBundle(bundle);
    writeResults(options, rows, cold, bundle);
    console.log(`\nwrote ${RESULTS}`);
    for (const crash of crashes) reportCrash(crash);
    if (crashes.length) return 1;
    const matrix = options.floorOnly ? 0 : connectivityBench(options);
    return matrix || (options.live ? liveBench() : 0);
  } finally {
    cleanUp();
  }
}

/**
 * The live-mode half runs under vitest, which can start the TypeScript test servers; it is started from here so
 * that `npm run bench -- <options>` gives the options to this script rather than to vitest.
 */
function liveBench() {
  console.log('\nlive mode (bench/live.bench.ts):');
  return benchFile('bench/live.bench.ts');
}

function benchFile(file, env = process.env) {
  const vitest = join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
  const child = spawnSync(process.execPath, [vitest, 'run', '--config', join('bench', 'vitest.config.ts'), file], {
    cwd: ROOT,
    stdio: 'inherit',
    env,
  });
  return child.status ?? 1;
}

/** The connectivity step timed on its own, in process, at the largest size (bench/connectivity.bench.ts). */
function connectivityBench(options) {
  console.log('\nconnectivity step (bench/connectivity.bench.ts):');
  return benchFile('bench/connectivity.bench.ts', {
    ...process.env,
    HOSTGW_BENCH_SIZES: String(Math.max(...options.sizes)),
    HOSTGW_BENCH_PROVIDERS: options.providers.join(','),
    HOSTGW_BENCH_RUNS: String(Math.max(options.runs, 11)),
  });
}

function writeResults(options, rows, cold, bundle) {
  const { crash, ...coldStartResult } = cold;
  const results = {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpus: { count: cpus().length, model: cpus()[0]?.model },
    runs: options.runs,
    faults: options.faults,
    results: rows,
    coldStart: crash ? { crashed: true } : coldStartResult,
    bundle,
  };
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`bench: ${error.message}\n${USAGE}`);
  process.exitCode = 2;
}
