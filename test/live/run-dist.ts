import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { runCliCaptured } from '../support/cli.js';

const exec = promisify(execFile);

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the bundled CLI in a child process with exactly the given environment (plus PATH and HOME), so the
 * SDKs' own environment handling (endpoints, credentials, CA certificates) is what is tested.
 */
export async function runDist(args: readonly string[], env: Record<string, string>): Promise<CliRun> {
  try {
    const { stdout, stderr } = await exec(process.execPath, ['dist/cli.js', ...args], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', NO_COLOR: '1', ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** "ruleId node-or-resource" per finding, sorted: what file mode and live mode must agree on. */
export function findingKeys(stdout: string): string[] {
  return (JSON.parse(stdout) as { findings: { ruleId: string; node?: string; resource?: string }[] }).findings
    .map((finding) => `${finding.ruleId} ${finding.node ?? finding.resource ?? ''}`)
    .sort();
}

/**
 * Runs the CLI in this process with `env` added to process.env for the call, where the SDKs read it, and restores
 * it after. Each cloud's SDK then loads once per test file instead of once per case; the cases that check how the
 * bundle meets a clean environment run through runDist.
 */
export async function runInProcess(args: readonly string[], env: Record<string, string>): Promise<CliRun> {
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, env);
  try {
    return await runCliCaptured(...args);
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}
