/** The one bundle dist/ holds; dist/cli.js and dist/index.js are thin entries into it. */
export { runCli } from './cli/main.js';

/** The Action and its GitHub client load only when the Action runs, keeping the CLI's start-up small. */
export async function runAction(): Promise<void> {
  const { run } = await import('./action/main.js');
  await run();
}
