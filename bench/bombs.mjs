#!/usr/bin/env node
// `npm run bench:bombs`: wall time and peak RSS of the built CLI on parser bombs (files a pull request could commit)
// under a small heap, and on real-shaped 5,000-node dumps in JSON and YAML with Node's default heap.
// The bombs must end in exit 2 with one line; the dumps in exit 0 or 1. See bench/README.md.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { generateCluster } from './generate.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PRELOAD = pathToFileURL(fileURLToPath(new URL('peak-rss.mjs', import.meta.url))).href;
const RESULTS = fileURLToPath(new URL('bombs-results.json', import.meta.url));
const MiB = 1024 * 1024;

const USAGE = `usage: npm run bench:bombs -- [--heap 512] [--nodes 5000] [--provider aws] [--cli dist/cli.js] [--runs 3] [--timeout 120]
  --heap      --max-old-space-size (MiB) for the bombs (default 512)
  --nodes     size of the real-shaped dumps (default 5000; 0 skips them)
  --cli       the CLI to measure, e.g. an older build to compare with
  --timeout   seconds before a run is stopped (reported as exit SIGTERM)`;

/** Each bomb: a file name and its content, written only while it is measured. */
const BOMBS = [
  ['1 MiB of [', 'open.json', () => '['.repeat(MiB)],
  ['1 MiB of {"a":', 'objects.json', () => '{"a":'.repeat(MiB / 5)],
  ['40 MB YAML list of 10M scalars', 'list.yaml', () => '- 1\n'.repeat(10_000_000)],
  ['30 MB JSON list of 10M {}', 'empty-objects.json', () => `[${'{},'.repeat(10_000_000)}{}]`],
  ['YAML alias bomb (10^10 laughs)', 'laughs.yaml', aliasBomb],
  ['1 MiB deep YAML flow', 'flow.yaml', () => `kind: Node\nmetadata:\n  labels:\n    x: ${'['.repeat(MiB)}\n`],
  ['1 MiB compact YAML - - -', 'compact.yaml', () => `items:\n  ${'- '.repeat(MiB / 2)}1\n`],
  ['YAML mapping of 100k keys', 'keys.yaml', () => Array.from({ length: 100_000 }, (_, i) => `k${i}: ${i}\n`).join('')],
];

function aliasBomb() {
  const lines = [`a0: &a0 [${Array(10).fill('"lol"').join(', ')}]`];
  for (let i = 1; i < 10; i++)
    lines.push(
      `a${i}: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(', ')}]`,
    );
  return `${lines.join('\n')}\n`;
}

function parseOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      heap: { type: 'string', default: '512' },
      nodes: { type: 'string', default: '5000' },
      provider: { type: 'string', default: 'aws' },
      cli: { type: 'string', default: join(ROOT, 'dist', 'cli.js') },
      runs: { type: 'string', default: '3' },
      timeout: { type: 'string', default: '120' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  return {
    help: values.help,
    heap: Number(values.heap),
    nodes: Number(values.nodes),
    provider: values.provider,
    cli: values.cli,
    runs: Number(values.runs),
    timeoutMs: Number(values.timeout) * 1000,
  };
}

/** One CLI run in a child: wall time, self-reported peak RSS, exit, and the first line of stderr. */
function measure(cli, args, nodeFlags, workDir, timeoutMs) {
  const rssFile = join(workDir, 'rss');
  rmSync(rssFile, { force: true });
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [...nodeFlags, '--import', PRELOAD, cli, ...args], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1', HOSTGW_BENCH_RSS_FILE: rssFile },
    encoding: 'utf8',
    maxBuffer: 256 * MiB,
    timeout: timeoutMs,
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  let peakRssMb;
  try {
    peakRssMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
  } catch {
    peakRssMb = undefined; // an abort skips the exit hook
  }
  const stderrLines = child.stderr.trimEnd().split('\n');
  return {
    wallMs,
    peakRssMb,
    exit: child.status ?? child.signal,
    stderrLines: stderrLines.length,
    message: stderrLines[0].slice(0, 150),
  };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

function measureRuns(runs, ...args) {
  const samples = Array.from({ length: runs }, () => measure(...args));
  return {
    ...samples.at(-1),
    wallMs: median(samples.map((s) => s.wallMs)),
    peakRssMb: Math.max(...samples.map((s) => s.peakRssMb ?? 0)) || undefined,
  };
}

/** The JSON dump generated for the benchmark, and the same documents as YAML in kubectl's style. */
function realDumps(options, workDir) {
  const jsonDir = join(workDir, `${options.provider}-${options.nodes}-json`);
  const yamlDir = join(workDir, `${options.provider}-${options.nodes}-yaml`);
  generateCluster(
    { provider: options.provider, nodes: options.nodes, dualStack: false, faults: true, seed: 1 },
    jsonDir,
  );
  mkdirSync(yamlDir);
  for (const name of readdirSync(jsonDir)) {
    const text = readFileSync(join(jsonDir, name), 'utf8');
    const yamlText = name.endsWith('.json') ? stringify(JSON.parse(text), { indentSeq: false, lineWidth: 0 }) : text;
    writeFileSync(join(yamlDir, name.replace(/\.json$/, '.yaml')), yamlText);
  }
  return [
    [`${options.provider} ${options.nodes} nodes, JSON`, jsonDir],
    [`${options.provider} ${options.nodes} nodes, YAML`, yamlDir],
  ];
}

function dirMb(dir) {
  return readdirSync(dir).reduce((sum, name) => sum + statSync(join(dir, name)).size, 0) / MiB;
}

function printTable(rows) {
  const columns = [
    ['case', 'case'],
    ['MB', 'mb'],
    ['heap', 'heap'],
    ['exit', 'exit'],
    ['wall ms', 'wallMs'],
    ['peak RSS MB', 'peakRssMb'],
    ['message', 'message'],
  ];
  const cell = (row, key) =>
    row[key] === undefined
      ? '-'
      : typeof row[key] === 'number'
        ? String(Math.round(row[key] * 10) / 10)
        : String(row[key]);
  const widths = columns.map(([title, key]) => Math.max(title.length, ...rows.map((row) => cell(row, key).length)));
  const line = (cells) =>
    cells.map((c, i) => (i === 0 || i === columns.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(columns.map(([title]) => title)));
  for (const row of rows) console.log(line(columns.map(([, key]) => cell(row, key))));
}

function main() {
  const options = parseOptions(process.argv.slice(2));
  if (options.help) return (console.log(USAGE), 0);
  const workDir = mkdtempSync(join(tmpdir(), 'hostgw-bombs-'));
  try {
    const rows = [];
    let failed = false;
    for (const [name, file, content] of BOMBS) {
      const path = join(workDir, file);
      const text = content();
      writeFileSync(path, text);
      const result = measure(
        options.cli,
        ['check', path],
        [`--max-old-space-size=${options.heap}`],
        workDir,
        options.timeoutMs,
      );
      rmSync(path);
      const held = result.exit === 2 && result.stderrLines === 1;
      failed ||= !held;
      rows.push({ case: name, mb: Buffer.byteLength(text) / MiB, heap: options.heap, ...result, held });
    }
    if (options.nodes > 0) {
      for (const [name, dir] of realDumps(options, workDir)) {
        const args = ['check', dir, '--format', 'json', '--output', join(workDir, 'report.json'), '--fail-on', 'never'];
        const result = measureRuns(options.runs, options.cli, args, [], workDir, options.timeoutMs);
        failed ||= result.exit !== 0;
        rows.push({ case: name, mb: dirMb(dir), heap: 'default', ...result, runs: options.runs });
      }
    }
    console.log(
      `\nhostgw-preflight bombs: ${options.cli}, node ${process.version}, ${cpus().length} CPUs; dumps: median of ${options.runs}\n`,
    );
    printTable(rows);
    writeFileSync(
      RESULTS,
      `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cli: options.cli, rows }, null, 2)}\n`,
    );
    console.log(`\nwrote ${RESULTS}`);
    return failed ? 1 : 0;
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

process.exitCode = main();
