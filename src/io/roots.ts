import { realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * Where a run may write, and where a symbolic link found in its inputs may lead. A confined run (on a GitHub
 * runner) works on a checkout that a pull request from a fork controls, symbolic links included: it stays inside
 * the workspace and the runner's temp folder. An unconfined run (a user's own shell) writes where it is told, but
 * never through a symbolic link. Which runs are confined is decided in one place: fileRoots() in engine/settings.
 */
export interface FileRoots {
  readonly confined?: Confinement;
}

export interface Confinement {
  /** Real path of GITHUB_WORKSPACE: the only place the configuration file and the baseline are read from. */
  readonly workspace: string;
  /** Real path of RUNNER_TEMP. */
  readonly temp: string;
  /** The same folders as named (before resolving links): tells a path in the checkout from one named elsewhere. */
  readonly named: readonly string[];
}

export const UNCONFINED: FileRoots = {};

export const OUTSIDE_ROOTS = 'outside GITHUB_WORKSPACE and RUNNER_TEMP';

/** A folder that does not exist (yet) stands for itself: the runner creates RUNNER_TEMP, a test may not. */
async function real(folder: string): Promise<string> {
  return await realpath(folder).catch(() => resolve(folder));
}

export async function confinedTo(workspace: string, temp: string): Promise<FileRoots> {
  return {
    confined: { workspace: await real(workspace), temp: await real(temp), named: [resolve(workspace), resolve(temp)] },
  };
}

/** True when `path` (absolute) is `root` or lies below it. */
export function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** True when a real path lies in the workspace, RUNNER_TEMP or one of `more`; always true when unconfined. */
export function allowed(realPath: string, roots: FileRoots, more: readonly string[] = []): boolean {
  const { confined } = roots;
  if (!confined) return true;
  return [confined.workspace, confined.temp, ...more].some((root) => isInside(realPath, root));
}

/** True when a path lies in the roots as named or as resolved, before following any link of its own. */
export function namedInside(path: string, roots: FileRoots): boolean {
  const { confined } = roots;
  if (!confined) return false;
  const absolute = resolve(path);
  return [confined.workspace, confined.temp, ...confined.named].some((root) => isInside(absolute, root));
}
