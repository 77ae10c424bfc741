// Draws the connectivity diagram of every fixture folder (and of a hostile-names cluster and a generated 5,000-node
// cluster) with @mermaid-js/mermaid-cli on the system's headless Chromium, and fails on any render error. Mermaid's
// parser alone (the tests) does not lay the diagram out; this does, the way GitHub's renderer will.
//
//   npm run render-diagrams -- [--out DIR] [--png] [--write-demo]
//
// Needs Chromium (Debian: apt-get install -y chromium); CHROMIUM_PATH overrides /usr/bin/chromium. Not part of
// npm test: CI has no browser. --write-demo writes fixtures/gce/broken's picture to docs/demo-diagram.svg.
// The sources are TypeScript: tsc compiles the engine, the reporter and the test helpers into node_modules/.cache.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { renderMermaid } from '@mermaid-js/mermaid-cli';
import puppeteer from 'puppeteer';
import { generateCluster } from '../bench/generate.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cache = path.join(root, 'node_modules', '.cache', 'hostgw-diagrams');
const compiled = path.join(cache, 'js');
const FIXTURES = path.join(root, 'fixtures');
const DEMO = { fixture: path.join('gce', 'broken'), file: path.join(root, 'docs', 'demo-diagram.svg') };

const { values: args } = parseArgs({
  options: {
    out: { type: 'string', default: path.join(cache, 'out') },
    png: { type: 'boolean', default: false },
    'write-demo': { type: 'boolean', default: false },
  },
});

function compile() {
  rmSync(compiled, { recursive: true, force: true });
  mkdirSync(compiled, { recursive: true });
  writeFileSync(path.join(compiled, 'package.json'), '{ "type": "module" }\n');
  const files = ['src/engine/check.ts', 'src/report/mermaid.ts', 'test/support/mermaid/hostile.ts', 'src/errors.ts'];
  const config = {
    extends: path.join(root, 'tsconfig.json'),
    compilerOptions: { noEmit: false, rootDir: root, outDir: compiled, sourceMap: false },
    files: files.map((file) => path.join(root, file)),
    include: [],
  };
  writeFileSync(path.join(cache, 'tsconfig.json'), JSON.stringify(config));
  const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', path.join(cache, 'tsconfig.json')], { stdio: 'inherit' });
  const load = (file) => import(pathToFileURL(path.join(compiled, file.replace(/\.ts$/, '.js'))).href);
  return Promise.all(files.map(load));
}

/** Every folder below fixtures/ that holds dumps itself: each is one cluster. */
function fixtureFolders(dir = FIXTURES) {
  const entries = readdirSync(dir, { withFileTypes: true });
  const nested = entries
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => fixtureFolders(path.join(dir, entry.name)));
  const holdsDumps = dir !== FIXTURES && entries.some((entry) => entry.isFile() && /\.(json|ya?ml)$/.test(entry.name));
  return holdsDumps ? [dir, ...nested] : nested;
}

/** name → Mermaid source, for each cluster that has a diagram. */
async function diagrams([{ runCheck }, { drawConnectivity }, { hostileCluster }, { UserError }]) {
  const out = new Map();
  const options = { clusterCidrs: [], strict: false, failOn: 'never', suppressions: [], severities: {} };
  const draw = async (name, paths) => {
    try {
      const { report } = await runCheck({ ...options, paths });
      const { connectivity } = report;
      if (connectivity === undefined || connectivity.groups.length === 0)
        console.log(`${name}: fewer than two nodes with a pod CIDR, no diagram`);
      else out.set(name, drawConnectivity(connectivity).text);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      console.log(`${name}: not a cluster on its own (${error.message.split('\n')[0]})`);
    }
  };
  for (const folder of fixtureFolders().sort()) await draw(path.relative(FIXTURES, folder), [folder]);
  out.set('hostile-names-nodes', drawConnectivity(hostileCluster(1)).text);
  out.set('hostile-names-groups', drawConnectivity(hostileCluster(3)).text);
  const generated = mkdtempSync(path.join(tmpdir(), 'hostgw-diagrams-'));
  try {
    generateCluster({ provider: 'gce', nodes: 5000, faults: true, seed: 1 }, generated);
    await draw('generated-gce-5000', [generated]);
  } finally {
    rmSync(generated, { recursive: true, force: true });
  }
  return out;
}

async function launch() {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    console.error(`no Chromium at ${executablePath}: apt-get install -y chromium, or set CHROMIUM_PATH`);
    process.exit(2);
  }
  // Chromium refuses to run as root with its sandbox on.
  const args = process.getuid?.() === 0 ? ['--no-sandbox', '--disable-setuid-sandbox'] : [];
  return puppeteer.launch({ executablePath, args, headless: true });
}

const MERMAID_CONFIG = { securityLevel: 'strict', maxEdges: 200, maxTextSize: 50_000 };

async function render(browser, sources) {
  const failures = [];
  for (const [name, source] of sources) {
    const base = path.join(args.out, name.replaceAll(path.sep, '-'));
    try {
      writeFileSync(`${base}.mmd`, source);
      const formats = args.png ? ['svg', 'png'] : ['svg'];
      for (const format of formats) {
        const { data } = await renderMermaid(browser, source, format, {
          mermaidConfig: MERMAID_CONFIG,
          backgroundColor: 'white',
        });
        writeFileSync(`${base}.${format}`, data);
        if (args['write-demo'] && format === 'svg' && name === DEMO.fixture) writeFileSync(DEMO.file, data);
      }
      console.log(`${name}: rendered ${base}.svg (${source.length} characters)`);
    } catch (error) {
      failures.push(name);
      console.error(`${name}: render failed: ${error?.message ?? error}`);
    }
  }
  return failures;
}

const modules = await compile();
const sources = await diagrams(modules);
mkdirSync(args.out, { recursive: true });
const browser = await launch();
let failures;
try {
  failures = await render(browser, sources);
} finally {
  await browser.close();
}
console.log(`${sources.size - failures.length} of ${sources.size} diagrams rendered into ${args.out}`);
if (failures.length > 0) process.exit(1);
