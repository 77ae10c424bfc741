import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { lstat, mkdir, open, realpath, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { allowed, OUTSIDE_ROOTS, type FileRoots } from './roots.js';

export const THROUGH_LINK = 'refusing to write through a symbolic link';

export interface WriteTarget {
  /** The flag or input that named the file, for errors: "--output", 'input "sarif-file"'. */
  readonly label: string;
  readonly roots: FileRoots;
  /** Permissions of the new file, less the umask, as with writeFile (the plan script is 0o755). */
  readonly mode?: number;
  /** Create missing parent folders (a snapshot folder, the Action's report paths); otherwise a missing one is ENOENT. */
  readonly createFolders?: boolean;
}

/** A reason to refuse, as opposed to an error from the file system. */
class Refusal extends Error {}

/**
 * Creates the missing folders of `folder` one at a time under the real path of the deepest existing one, and
 * returns the real path of `folder`. Checking the existing part first means no folder is ever created through a
 * link that leads outside the roots (mkdir -p would create it at the link's target).
 */
async function realFolder(folder: string, roots: FileRoots, create: boolean): Promise<string> {
  const missing: string[] = [];
  let existing = folder;
  let real: string;
  for (;;) {
    try {
      real = await realpath(existing);
      break;
    } catch (error) {
      // A dangling link also gives ENOENT: it is then "missing", and creating it below fails with EEXIST.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || dirname(existing) === existing) throw error;
      missing.unshift(basename(existing));
      existing = dirname(existing);
    }
  }
  if (!allowed(real, roots)) throw new Refusal(`${OUTSIDE_ROOTS} (it leads to ${real})`);
  if (missing.length > 0 && !create) throw Object.assign(new Error('no such folder'), { code: 'ENOENT' });
  for (const name of missing) {
    real = join(real, name);
    await mkdir(real).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
      const info = await lstat(real);
      if (info.isSymbolicLink()) throw new Refusal(THROUGH_LINK);
      if (!info.isDirectory()) throw error;
    });
  }
  return real;
}

/** Writes a temporary file beside the target and renames it over: a rename replaces a link, never writes through it. */
async function replace(target: string, text: string, mode: number): Promise<void> {
  const temp = join(dirname(target), `.hostgw-preflight-${randomBytes(8).toString('hex')}.tmp`);
  // O_EXCL and O_NOFOLLOW: a link planted under the temporary name is never followed.
  const handle = await open(
    temp,
    constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0),
    mode,
  );
  try {
    try {
      await handle.writeFile(text);
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/**
 * The one way the tool writes a file: never through a symbolic link (the file itself, or a parent folder leading
 * outside the roots of a confined run), an existing file replaced atomically. Errors are one line naming the
 * flag or input, the path and why.
 */
export async function writeFileSafely(file: string, text: string, target: WriteTarget): Promise<void> {
  try {
    const path = resolve(file);
    const final = join(await realFolder(dirname(path), target.roots, target.createFolders ?? false), basename(path));
    const existing = await lstat(final).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    if (existing?.isSymbolicLink()) throw new Refusal(THROUGH_LINK);
    if (existing?.isDirectory()) throw new Refusal('EISDIR');
    if (existing && !existing.isFile()) throw new Refusal('not a regular file');
    await replace(final, text, target.mode ?? 0o666);
  } catch (error) {
    const why =
      error instanceof Refusal ? error.message : ((error as NodeJS.ErrnoException).code ?? (error as Error).message);
    throw new UserError(`${target.label}: cannot write ${file}: ${why}`);
  }
}
