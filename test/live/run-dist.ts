import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

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
