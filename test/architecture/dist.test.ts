import { execFile } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const exec = promisify(execFile);

/** dist/ is committed and downloaded by every workflow run that uses the Action. */
const MAX_DIST_BYTES = 15_000_000;
/** The only file of dist/ that is not JavaScript: it makes the bundle's chunks ES modules. */
const NOT_JS = ['bundle/package.json'];

async function files(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

describe('dist/', () => {
  it('holds only the entries and minified chunks of the bundle, within 15 MB', async () => {
    const all = await files('dist');
    const names = all.map((file) => relative('dist', file).split('\\').join('/'));
    expect(names.filter((name) => !name.endsWith('.js') && !NOT_JS.includes(name))).toEqual([]);
    expect(names.filter((name) => !name.startsWith('bundle/'))).toEqual(['cli.js', 'index.js', 'main.js', 'merge.js']);
    const sizes = await Promise.all(all.map(async (file) => (await stat(file)).size));
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBeLessThanOrEqual(MAX_DIST_BYTES);
    // Minified: no chunk keeps the dependencies' comment blocks and indentation.
    for (const file of all.filter((name) => name.startsWith('dist/bundle/') && name.endsWith('.js'))) {
      const text = await readFile(file, 'utf8');
      expect(text.split('\n').length, file).toBeLessThan(text.length / 200 + 50);
    }
  });

  it('keeps the cloud SDKs and the Kubernetes client out of the start-up chunk: they load only in live mode', async () => {
    const entry = await readFile('dist/bundle/index.js', 'utf8');
    for (const sdkName of ['EC2Client', 'NetworkManagementClient', 'InstancesClient', 'KubeConfig'])
      expect(entry, sdkName).not.toMatch(new RegExp(`class ${sdkName}\\b`));
    const chunks = (await readdir('dist/bundle')).filter((name) => name !== 'index.js' && name.endsWith('.js'));
    const texts = await Promise.all(chunks.map((name) => readFile(join('dist/bundle', name), 'utf8')));
    for (const sdkName of ['EC2Client', 'NetworkManagementClient', 'InstancesClient', 'KubeConfig'])
      expect(
        texts.some((text) => new RegExp(`class ${sdkName}\\b`).test(text)),
        sdkName,
      ).toBe(true);
  });

  it('exports run() from dist/main.js without running the Action on import (as @github/local-action needs)', async () => {
    const { stdout } = await exec(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "const m = await import('./dist/main.js'); console.log(Object.keys(m), typeof m.run);",
      ],
      { env: { PATH: process.env.PATH, INPUT_PATH: 'fixtures/gce/broken' } },
    );
    expect(stdout).toBe("[ 'run' ] function\n");
  });
});
