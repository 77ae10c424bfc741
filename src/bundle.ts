/** The one bundle dist/ holds; dist/cli.js and dist/index.js are thin entries into it. */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

// google-gax (the GCE client) reads the CommonJS __dirname, which an ES module bundle lacks: point it at the
// bundle's folder, where ncc copies the assets the client looks for.
const shim = globalThis as { __dirname?: string };
shim.__dirname ??= dirname(fileURLToPath(import.meta.url));

export { runCli } from './cli/main.js';

/** The Action and its GitHub client load only when the Action runs, keeping the CLI's start-up small. */
export async function runAction(): Promise<void> {
  const { run } = await import('./action/main.js');
  await run();
}

/** The merge sub-action (merge/action.yml), from the same bundle as the Action. */
export async function runMerge(): Promise<void> {
  const { runMerge } = await import('./action/merge.js');
  await runMerge();
}
