import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { fixture } from '../sources/helpers.js';
import { runCliCaptured as cli } from '../support/cli.js';

/**
 * A fork controls the dumps. Names in them must never run when a maintainer runs the --plan-script output (as it
 * is, or with its commented steps uncommented) or copies a printed command. The commands run under bash and sh with
 * a PATH holding only shims that log their arguments: a payload either creates a PWNED file (shell redirection
 * needs no program) or calls a program that is not there ("not found").
 */

const MARKER = 'PWNED';
const PROGRAMS = ['aws', 'gcloud', 'az', 'kubectl', 'grep', 'sed', 'cat'];
const SHELLS = ['bash', 'sh'] as const;

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'hostgw-attack-'));
  dirs.push(dir);
  return dir;
}

interface Scenario {
  readonly name: string;
  readonly source: string;
  /** Dump text (a whole JSON string value or part of one) and the hostile text that replaces it everywhere. */
  readonly replace: Readonly<Record<string, string>>;
  /** Replacements of the JSON text as it is (no escaping). */
  readonly raw?: Readonly<Record<string, string>>;
  /** Names that are valid but need quoting: they must reach the programs as one argument, byte for byte. */
  readonly quotedArgs?: readonly string[];
  /** Valid names that must still reach the programs (the commands for them are not withheld). */
  readonly plainArgs?: readonly string[];
  /** What the text report must say about the commands it withholds. */
  readonly withheld?: readonly string[];
}

const SCENARIOS: readonly Scenario[] = [
  {
    name: 'aws: node names, an ENI id, the ConfigMap namespace',
    source: 'aws/broken',
    replace: {
      'ip-10-0-1-201.ec2.internal': `ip-10-0-1-201$(echo>${MARKER}-node)`,
      'ip-10-0-1-166.ec2.internal': `ip-10-0-1-166\necho>${MARKER}-newline\ntouch ${MARKER}-newline-touch\n#`,
      'eni-0a5b7c9d1e3f46802': `eni-0a5b7c9d1e3f46802;echo>${MARKER}-eni`,
      'kube-flannel': `kube-flannel;echo>${MARKER}-namespace`,
    },
    raw: { '\\"Type\\": \\"host-gw\\"': '\\"Type\\": \\"vxlan\\"' },
    plainArgs: ['eni-0b7c9d1e3f5a68024', 'us-east-1'],
    withheld: [
      `Command withheld: the node name "ip-10-0-1-201$(echo>${MARKER}-node)" is not a valid Kubernetes node name`,
      `Command withheld: the node name "ip-10-0-1-166\\necho>${MARKER}-newline\\ntouch ${MARKER}-newline-touch\\n#" is not a valid Kubernetes node name`,
      `Command withheld: the namespace "kube-flannel;echo>${MARKER}-namespace" is not a valid Kubernetes namespace`,
    ],
  },
  {
    name: 'aws: an AWS Config rule name and the region of its ARN',
    source: 'policy/aws',
    replace: {
      'securityhub-ec2-enis-source-destination-check-enabled-0deac96e': `securityhub-\`echo>${MARKER}-rule\``,
      'arn:aws:config:us-east-1:': `arn:aws:config:us-east-1$(echo>${MARKER}-region):`,
    },
    withheld: ['Command withheld: the AWS Config rule name "securityhub-`echo>'],
  },
  {
    name: 'gce: tags, route names, an instance name with a leading dash, CR and bidi marks',
    source: 'gce/broken',
    replace: {
      'linux-pool': `linux-pool\necho>${MARKER}-tag`,
      'stg-pods-k8s-win-1': `stg-pods-k8s-win-1\`echo>${MARKER}-route\``,
      'nat-egress-10-48-5-64': `nat-egress\u202e;echo>${MARKER}-prune\r`,
      'k8s-lin-1': `-k8s-lin-1;echo>${MARKER}-dash`,
    },
    plainArgs: ['hostgw-k8s-net-2a1537efd5', 'acme-staging'],
    withheld: [
      `Command withheld: the route name "nat-egress\\u202e;echo>${MARKER}-prune\\r" is not a valid Compute Engine route name`,
    ],
  },
  {
    name: 'gce: organisation policy values in the here-document',
    source: 'policy/gce',
    replace: {
      'projects/northwind-k8s/zones/us-central1-a/instances/k8s-cp-0': `projects/northwind-k8s/zones/us-central1-a/instances/k8s-cp-0\nEOF\necho>${MARKER}-heredoc\ncat <<'EOF'`,
    },
    withheld: [
      'Command withheld: the policy value "projects/northwind-k8s/zones/us-central1-a/instances/k8s-cp-0\\nEOF',
    ],
  },
  {
    name: 'azure: a resource group that needs quoting, a route name, a node name with line breaks',
    source: 'azure/broken',
    replace: {
      'k8s-prod-rg': 'k8s-prod(rg)',
      'pods-k8s-lin-3': `pods-k8s-lin-3$(echo>${MARKER}-azure)`,
      'k8s-win-2': `k8s-win-2\u2028\necho>${MARKER}-azure-node`,
    },
    withheld: [
      'Command withheld: the resource id "/subscriptions/c2a7e5f1-8b3d-4a6c-9e0f-1d4b7a2c5e83/resourcegroups/k8s-prod(rg)/',
    ],
    quotedArgs: [
      '/subscriptions/c2a7e5f1-8b3d-4a6c-9e0f-1d4b7a2c5e83/resourcegroups/k8s-prod(rg)/providers/microsoft.network/networkinterfaces/k8s-lin-2-nic',
      'k8s-prod(rg)',
    ],
  },
];

/** The scenario's dumps with the names replaced; YAML files become JSON, so any text can go into a string. */
async function hostileDumps(scenario: Scenario): Promise<string> {
  const dir = await tempDir();
  const source = fixture(scenario.source);
  for (const file of await readdir(source)) {
    const raw = await readFile(join(source, file), 'utf8');
    let text = /\.ya?ml$/.test(file) ? JSON.stringify(parseYaml(raw), null, 2) : raw;
    // Inside a JSON string: the replacement is escaped as JSON.
    for (const [from, to] of Object.entries(scenario.replace))
      text = text.split(from).join(JSON.stringify(to).slice(1, -1));
    for (const [from, to] of Object.entries(scenario.raw ?? {})) text = text.split(from).join(to);
    await writeFile(join(dir, file.replace(/\.ya?ml$/, '.json')), text);
  }
  return dir;
}

interface Call {
  readonly program: string;
  readonly args: readonly string[];
}

/** A folder of shims that append their name and arguments, NUL-delimited with a count, to a log. */
async function shimFolder(): Promise<{ bin: string; log: string }> {
  const dir = await tempDir();
  const bin = join(dir, 'bin');
  const log = join(dir, 'calls.log');
  await mkdir(bin);
  await writeFile(log, '');
  for (const program of PROGRAMS) {
    const path = join(bin, program);
    await writeFile(path, `#!/bin/sh\nprintf '%s\\0' "\${0##*/}" "$#" "$@" >> '${log}'\nexit 0\n`);
    await chmod(path, 0o755);
  }
  return { bin, log };
}

function parseCalls(log: string): Call[] {
  const fields = log.split('\0');
  const calls: Call[] = [];
  for (let i = 0; i + 1 < fields.length;) {
    const program = fields[i]!;
    const count = Number(fields[i + 1]);
    calls.push({ program, args: fields.slice(i + 2, i + 2 + count) });
    i += 2 + count;
  }
  return calls;
}

interface Run {
  readonly code: number;
  readonly stderr: string;
  readonly calls: Call[];
  readonly created: string[];
}

/** Runs a script (a file, or `-c` text) in a fresh folder, with only the shims on the PATH. */
async function runShell(shell: (typeof SHELLS)[number], args: readonly string[]): Promise<Run> {
  const { bin, log } = await shimFolder();
  const cwd = await tempDir();
  const { code, stderr } = await new Promise<{ code: number; stderr: string }>((resolve) => {
    // --norc: bash reads ~/.bashrc when its input is a socket, as from a remote shell daemon (and from Node).
    execFile(
      `/bin/${shell}`,
      [...(shell === 'bash' ? ['--norc', '--noprofile'] : []), ...args],
      { cwd, env: { PATH: bin, HOME: cwd }, timeout: 20_000 },
      (error, _stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stderr }),
    );
  });
  return {
    code,
    stderr,
    calls: parseCalls(await readFile(log, 'utf8')),
    created: (await readdir(cwd)).filter((name) => name.includes(MARKER)),
  };
}

/** The hostile names of a scenario, to recognise any part of them in an argument. */
function hostileNames(scenario: Scenario): string[] {
  return Object.values(scenario.replace).filter((to) => to.includes(MARKER));
}

function expectNothingInjected(run: Run, scenario: Scenario): void {
  expect(run.created, 'a payload wrote a file').toEqual([]);
  expect(run.stderr, 'something outside the shims was called').not.toMatch(/not found/);
  for (const call of run.calls) {
    expect(PROGRAMS).toContain(call.program);
    for (const arg of call.args) {
      // A hostile name may only ever arrive whole, as one argument; never split, never as an option.
      if (arg.includes(MARKER))
        expect(hostileNames(scenario).some((name) => arg === name || arg.endsWith(`=${name}`))).toBe(true);
      expect(arg.startsWith('-') && arg.includes(MARKER)).toBe(false);
    }
  }
}

function expectArguments(run: Run, wanted: readonly string[]): void {
  const args = new Set(run.calls.flatMap((call) => call.args));
  for (const name of wanted) expect([...args], `${name} arrives as one argument`).toContain(name);
}

const COMMAND = /^(aws|gcloud|az|kubectl|cat) /;
const MANUAL = '#   manual: ';

/**
 * The script with the commands of the steps a person must decide on (network, prune, and manual steps that are
 * commands) uncommented, as they would be to run them. Steps are separated by blank lines.
 */
function uncommented(script: string): string {
  return script
    .split('\n\n')
    .map((step) => {
      const lines = step.split('\n');
      const mark = lines.findIndex((line) => line.endsWith('uncomment to run'));
      if (mark >= 0)
        return lines.map((line, i) => (i > mark && line.startsWith('# ') ? line.slice(2) : line)).join('\n');
      const manual = lines.filter((line) => line.startsWith(MANUAL));
      if (manual.length > 0 && COMMAND.test(manual[0]!.slice(MANUAL.length)))
        return lines.map((line) => (line.startsWith(MANUAL) ? line.slice(MANUAL.length) : line)).join('\n');
      return step;
    })
    .join('\n\n');
}

describe('hostile names never run from the plan script or a printed command', () => {
  describe.each(SCENARIOS)('$name', (scenario) => {
    let prepared:
      | Promise<{
          script: string;
          scriptPath: string;
          json: { findings: { remediation: { text: string; command?: string } }[] };
          text: string;
          markdown: string;
        }>
      | undefined;
    function prepare() {
      prepared ??= (async () => {
        const dumps = await hostileDumps(scenario);
        const out = await tempDir();
        const scriptPath = join(out, 'plan.sh');
        const json = await cli(
          'check',
          dumps,
          '--fix',
          'plan',
          '--fix-scope',
          'node',
          '--plan-script',
          scriptPath,
          '--format',
          'json',
        );
        expect(json.stderr).not.toMatch(/at .*\.ts:\d+/);
        const text = await cli('check', dumps, '--fix', 'plan', '--format', 'text');
        const markdown = await cli('check', dumps, '--fix', 'plan', '--format', 'markdown');
        return {
          script: await readFile(scriptPath, 'utf8'),
          scriptPath,
          json: JSON.parse(json.stdout),
          text: text.stdout,
          markdown: markdown.stdout,
        };
      })();
      return prepared;
    }

    it.each(SHELLS)('the plan script under %s runs only the shims, every name one argument', async (shell) => {
      const { scriptPath } = await prepare();
      const run = await runShell(shell, [scriptPath]);
      expectNothingInjected(run, scenario);
      expect(run.code, run.stderr).toBe(0);
      expectArguments(run, [...(scenario.quotedArgs ?? []), ...(scenario.plainArgs ?? [])]);
    });

    it.each(SHELLS)('with the network, prune and manual commands uncommented, under %s', async (shell) => {
      const { script } = await prepare();
      const run = await runShell(shell, ['-c', uncommented(script)]);
      expectNothingInjected(run, scenario);
      expect(run.code, run.stderr).toBe(0);
    });

    it('writes no control character raw, and no step line of a commented step runs', async () => {
      const { script } = await prepare();
      expect(script).not.toMatch(
        /[\r\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069\u200b-\u200d\ufeff\u2028\u2029]/,
      );
      const lines = script.split('\n');
      // Every line is a comment, blank, the preamble, or a command of a node-scope step (which starts with a program).
      for (const line of lines)
        expect(
          line === '' || line.startsWith('#') || line === 'set -eu' || /^(aws|gcloud|az|kubectl) /.test(line),
          line,
        ).toBe(true);
    });

    it.each(SHELLS)('each printed command, copied into %s, runs only the shims', async (shell) => {
      const { json } = await prepare();
      const commands = json.findings.flatMap((finding) =>
        finding.remediation.command ? [finding.remediation.command] : [],
      );
      for (const command of commands) expectNothingInjected(await runShell(shell, ['-c', command]), scenario);
    });

    it('the text and markdown reports withhold the commands naming invalid values, and say why', async () => {
      const { text, markdown, json } = await prepare();
      for (const reason of scenario.withheld ?? []) expect(text).toContain(reason);
      for (const finding of json.findings) {
        const command = finding.remediation.command;
        if (command === undefined) continue;
        // A command in any report is either free of the hostile names or holds them quoted: checked by running it above.
        for (const name of hostileNames(scenario))
          expect(command.includes(name) && !command.includes(`'${name}'`)).toBe(false);
        expect(text).toContain(command.split('\n')[0]);
      }
      // The plan in the text report shows a step's text after "$ " when it has no command: only commands count here.
      for (const line of text.split('\n').filter((row) => /^\s*\$ (aws|gcloud|az|kubectl) /.test(row)))
        expect(line).not.toContain(MARKER);
      for (const line of markdown.split('\n').filter((row) => /^\s*(aws|gcloud|az|kubectl) /.test(row)))
        expect(line).not.toContain(MARKER);
    });
  });
});
