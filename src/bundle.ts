/** The one bundle dist/ holds; dist/cli.js and dist/index.js are thin entries into it. */
export { runCli } from './cli/main.js';
