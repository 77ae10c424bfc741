import { UserError } from '../errors.js';

const GLOB_CHARS = /[*?[\]]/;

/**
 * Plain paths are passed through (folders are walked by the loader); globs are expanded, and one that
 * matches nothing is an error rather than a silently empty check.
 */
export async function expandPatterns(patterns: readonly string[], input = 'path'): Promise<string[]> {
  const paths: string[] = [];
  for (const pattern of patterns) {
    if (!GLOB_CHARS.test(pattern) || pattern.startsWith('!')) {
      if (!pattern.startsWith('!')) paths.push(pattern);
      continue;
    }
    const exclusions = patterns.filter((p) => p.startsWith('!'));
    // Linked folders are not descended into (one committed as `dumps/x -> /` would walk the runner's disk); a
    // linked file still matches, and the loader refuses it when it leads out of the workspace.
    // Loaded for the first glob only: plain paths, the usual input, do not pay for it at start-up.
    const glob = await import('@actions/glob');
    const globber = await glob.create([pattern, ...exclusions].join('\n'), {
      matchDirectories: false,
      implicitDescendants: true,
      followSymbolicLinks: false,
    });
    const matches = (await globber.glob()).sort();
    if (matches.length === 0) throw new UserError(`input "${input}": no file matches ${JSON.stringify(pattern)}`);
    paths.push(...matches.map((match) => relativeToWorkspace(match)));
  }
  return [...new Set(paths)];
}

function relativeToWorkspace(file: string): string {
  const root = `${process.cwd()}/`;
  return file.startsWith(root) ? file.slice(root.length) : file;
}
