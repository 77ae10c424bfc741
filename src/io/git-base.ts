import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { UserError } from '../errors.js';
import { joinShell, shell, type Shell } from '../model/shell.js';

const exec = promisify(execFile);
const MAX_OUTPUT = 512 * 1024 * 1024;

/** A full commit id (SHA-1, or SHA-256 in repositories that use it): nothing else is ever put on a git command line. */
const COMMIT_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

export function isCommitSha(value: unknown): value is string {
  return typeof value === 'string' && COMMIT_SHA.test(value);
}

/** Runs git in the repository without a shell; `command` is the same call, quoted, for the log. */
async function git(repo: string, args: readonly string[], input?: Buffer): Promise<Buffer> {
  const run = exec('git', ['-C', repo, ...args], {
    encoding: 'buffer',
    maxBuffer: MAX_OUTPUT,
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
  });
  if (input !== undefined) run.child.stdin?.end(input);
  return (await run).stdout;
}

/** One entry of `git ls-tree -r -z`: "<mode> <type> <object>\t<path>". */
interface TreeFile {
  readonly object: string;
  readonly path: string;
}

/**
 * Regular files only: a link in the base's tree is never written out (it could lead anywhere on the runner), and a
 * path is taken only when it stays inside the folder it is written to.
 */
function regularFiles(listing: Buffer, named: ReadonlySet<string>): TreeFile[] {
  return listing
    .toString('utf8')
    .split('\0')
    .flatMap((entry) => {
      const match = /^(100644|100755) blob ([0-9a-f]+)\t(.+)$/s.exec(entry);
      if (!match) return [];
      const path = match[3]!;
      const safe =
        !path.startsWith('/') && path.split('/').every((part) => part !== '..' && part !== '' && part !== '.');
      return safe && (named.has(path) || walked(path)) ? [{ object: match[2]!, path }] : [];
    });
}

/**
 * What the loader would read of a folder (JSON and YAML files outside dot-folders and node_modules): the rest of the
 * base tree is never read out of git, however large the repository.
 */
function walked(path: string): boolean {
  const parts = path.split('/');
  return /\.(json|ya?ml)$/i.test(path) && parts.every((part) => !part.startsWith('.') && part !== 'node_modules');
}

/** `git cat-file --batch` output: "<object> blob <size>\n<content>\n" per object, in the order asked. */
function splitBatch(output: Buffer, count: number): Buffer[] {
  const contents: Buffer[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const end = output.indexOf(0x0a, at);
    const header = output.subarray(at, end).toString('utf8').split(' ');
    const size = Number(header[2]);
    if (header[1] !== 'blob' || !Number.isInteger(size))
      throw new Error(`git cat-file: unexpected "${header.join(' ')}"`);
    contents.push(output.subarray(end + 1, end + 1 + size));
    at = end + 1 + size + 1;
  }
  return contents;
}

/** Every file written and every folder above one: a path asked for that is in neither is not in the base. */
function presentIn(files: readonly TreeFile[]): Set<string> {
  const present = new Set<string>();
  for (const { path } of files)
    for (let end = path.length; end > 0; end = path.lastIndexOf('/', end - 1)) present.add(path.slice(0, end));
  return present;
}

export interface BaseCheckout {
  /** The repository (the workspace), read and, when the commit is missing, fetched into; never written otherwise. */
  readonly repo: string;
  readonly sha: string;
  /** Paths relative to the repository's root: the files and folders to take from the base commit. */
  readonly paths: readonly string[];
  /** A fresh folder outside the workspace the base's files are written to. */
  readonly into: string;
  /** Each git command run, quoted, for the log. */
  readonly log: (command: Shell) => void;
}

async function ensureCommit(repo: string, sha: string, log: (command: Shell) => void): Promise<void> {
  const present = await git(repo, ['cat-file', '-e', `${sha}^{commit}`]).then(
    () => true,
    () => false,
  );
  if (present) return;
  log(shell`git fetch --no-tags --depth=1 origin ${sha}`);
  await git(repo, ['fetch', '--no-tags', '--depth=1', 'origin', sha]);
}

/**
 * Writes the given paths as they are at the commit `sha` into `into` (fetching the commit when the checkout is
 * shallow), and returns those of them the commit has, under `into`. The sha is refused unless it is a full commit id.
 */
export async function checkoutBaseFiles(checkout: BaseCheckout): Promise<string[]> {
  const { repo, sha, paths, into, log } = checkout;
  if (!isCommitSha(sha))
    throw new UserError(`the base commit ${JSON.stringify(sha)} is not a full commit sha: refused`);
  await ensureCommit(repo, sha, log);
  log(joinShell([shell`git ls-tree -r -z --full-tree ${sha} --`, ...paths.map((path) => shell`${path}`)], ' '));
  const listing = await git(repo, ['ls-tree', '-r', '-z', '--full-tree', sha, '--', ...paths]);
  const files = regularFiles(listing, new Set(paths));
  if (files.length > 0) {
    const batch = await git(
      repo,
      ['cat-file', '--batch'],
      Buffer.from(files.map((file) => `${file.object}\n`).join('')),
    );
    const contents = splitBatch(batch, files.length);
    for (const [i, file] of files.entries()) {
      const target = join(into, file.path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, contents[i]!, { flag: 'wx' });
    }
  }
  const present = presentIn(files);
  return paths.filter((path) => path === '.' || present.has(path)).map((path) => join(into, path));
}
