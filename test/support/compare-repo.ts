/**
 * A real git repository with a base and two head commits of one cluster's dumps (fixtures/aws/broken):
 * `fixOnly` turns off the source/destination check of ENI eni-0a5b7c9d1e3f46802 (a fault of the base, fixed);
 * `fixAndBreak` also turns it on for eni-0c2d3e4f5a6b78901 (a new fault). The base's other faults are old debt.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);

export const FIXED_ENI = 'eni-0a5b7c9d1e3f46802';
export const BROKEN_ENI = 'eni-0c2d3e4f5a6b78901';

export interface CompareRepo {
  readonly dir: string;
  /** The cluster's dumps, inside the repository. */
  readonly cluster: string;
  readonly base: string;
  readonly fixOnly: string;
  readonly fixAndBreak: string;
  readonly git: (...args: string[]) => Promise<string>;
}

const IDENTITY = {
  GIT_AUTHOR_NAME: 'test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
};

export function gitIn(dir: string): (...args: string[]) => Promise<string> {
  return async (...args) =>
    (await exec('git', ['-C', dir, ...args], { env: { ...process.env, ...IDENTITY } })).stdout.trim();
}

async function setSourceDestCheck(file: string, eni: string, on: boolean): Promise<void> {
  const dump = JSON.parse(await readFile(file, 'utf8')) as {
    NetworkInterfaces: { NetworkInterfaceId: string; SourceDestCheck: boolean }[];
  };
  for (const item of dump.NetworkInterfaces) if (item.NetworkInterfaceId === eni) item.SourceDestCheck = on;
  await writeFile(file, `${JSON.stringify(dump, null, 4)}\n`);
}

async function commit(git: CompareRepo['git'], message: string): Promise<string> {
  await git('add', '.');
  await git('commit', '-q', '-m', message);
  return await git('rev-parse', 'HEAD');
}

export async function compareRepo(parent: string = tmpdir()): Promise<CompareRepo> {
  const dir = await mkdtemp(join(parent, 'hostgw-compare-repo-'));
  const git = gitIn(dir);
  await git('init', '-q', '-b', 'main');
  const cluster = join(dir, 'cluster');
  await cp(resolve('fixtures/aws/broken'), cluster, { recursive: true });
  const base = await commit(git, 'base');
  const enis = join(cluster, 'network-interfaces.json');
  await setSourceDestCheck(enis, FIXED_ENI, false);
  const fixOnly = await commit(git, 'fix one fault');
  await setSourceDestCheck(enis, BROKEN_ENI, true);
  const fixAndBreak = await commit(git, 'fix one fault, add another');
  return { dir, cluster, base, fixOnly, fixAndBreak, git };
}
