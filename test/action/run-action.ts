/**
 * Runs the bundled dist/index.js the way the runner does: INPUT_* variables, file commands (GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY), an event payload, and the GitHub API at a local stand-in.
 */
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { FakeGitHub } from '../support/github/fake-github.js';

const exec = promisify(execFile);
export const ROOT = resolve('.');
export const TOKEN = 'ghs_e2eSecretToken0123456789';

export interface StepResult {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Where a step runs: the GitHub stand-in it talks to, and a scratch folder (RUNNER_TEMP, events, file commands). */
export interface StepPlace {
  github: FakeGitHub;
  work: string;
}

/** GITHUB_OUTPUT uses heredoc blocks: name<<delimiter, value lines, delimiter. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!match) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i]!);
    outputs[match[1]!] = value.join('\n');
  }
  return outputs;
}

async function event(work: string, name: string, payload: object): Promise<string> {
  const file = join(work, `${name}-event.json`);
  await writeFile(file, JSON.stringify(payload));
  return file;
}

const repository = { name: 'infra', owner: { login: 'acme' }, full_name: 'acme/infra' };

export const pullRequestEvent = (work: string) =>
  event(work, 'pull_request', {
    action: 'synchronize',
    number: 42,
    pull_request: {
      number: 42,
      head: { sha: 'c0ffee0000000000000000000000000000000001', ref: 'infra-change' },
      base: { ref: 'main' },
    },
    repository,
  });

export const scheduleEvent = (work: string) => event(work, 'schedule', { schedule: '17 * * * *', repository });

export async function runAction(
  { github, work }: StepPlace,
  inputs: Record<string, string>,
  eventName: string,
  eventPath: string,
  environment: NodeJS.ProcessEnv = {},
): Promise<StepResult> {
  const outputFile = join(work, `output-${Date.now()}-${Math.random()}`);
  const summaryFile = join(work, `summary-${Date.now()}-${Math.random()}`);
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const defaults = {
    'github-token': TOKEN,
    'fail-on': 'error',
    severity: 'note',
    format: 'text',
    annotations: 'true',
    comment: 'off',
    'drift-issue': 'off',
    fix: 'off',
    live: 'false',
    'cluster-name': 'default',
  };
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: 'true',
    GITHUB_API_URL: github.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/infra',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SHA: 'c0ffee0000000000000000000000000000000002',
    GITHUB_RUN_ID: '7001',
    GITHUB_WORKSPACE: ROOT,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: work,
    ...environment,
  };
  for (const [name, value] of Object.entries({ ...defaults, ...inputs }))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  let code = 0;
  let stdout: string;
  let stderr: string;
  try {
    ({ stdout, stderr } = await exec(process.execPath, [join(ROOT, 'dist/index.js')], {
      cwd: ROOT,
      env,
      maxBuffer: 64 * 1024 * 1024,
    }));
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    code = failure.code;
    stdout = failure.stdout;
    stderr = failure.stderr;
  }
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
  };
}
