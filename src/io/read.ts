import { realpath, stat } from 'node:fs/promises';
import { UserError } from '../errors.js';
import { isInside, type FileRoots } from './roots.js';

/**
 * The configuration file and the baseline decide what the gate accepts: in a confined run they are read only
 * from a regular file inside the workspace, never through a link leading elsewhere (a symlinked
 * .hostgw-preflight.yml pointing at /etc/passwd is not read). A FIFO or a device is refused everywhere: reading one
 * would hang or never end. `what` names the file's role in the error: "the configuration file".
 */
export async function checkTrustedFile(file: string, what: string, roots: FileRoots): Promise<void> {
  // A missing file (or a dangling link) is left to the reader, which reports it as it always has.
  const real = await realpath(file).catch(() => undefined);
  if (real === undefined) return;
  const workspace = roots.confined?.workspace;
  if (workspace !== undefined && !isInside(real, workspace)) {
    throw new UserError(`${what} leads outside the workspace (to ${real}): refusing to read it`, file);
  }
  if (!(await stat(real)).isFile()) throw new UserError(`${what} is not a regular file`, file);
}
