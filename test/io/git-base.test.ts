import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { checkoutBaseFiles, isCommitSha } from '../../src/io/git-base.js';
import type { Shell } from '../../src/model/shell.js';
import { compareRepo, gitIn, type CompareRepo } from '../support/compare-repo.js';

const exec = promisify(execFile);

let work: string;
let repo: CompareRepo;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'hostgw-git-base-'));
  repo = await compareRepo(work);
});

afterAll(() => rm(work, { recursive: true, force: true }));

describe('checkoutBaseFiles', () => {
  it('writes the paths as they are at the base commit, fetching it into a shallow clone', async () => {
    const clone = join(work, 'shallow');
    await exec('git', ['clone', '-q', '--depth=1', `file://${repo.dir}`, clone]);
    const git = gitIn(clone);
    await expect(git('cat-file', '-e', `${repo.base}^{commit}`)).rejects.toThrow();
    const into = await mkdtemp(join(work, 'base-'));
    const commands: Shell[] = [];
    const paths = await checkoutBaseFiles({
      repo: clone,
      sha: repo.base,
      paths: ['cluster', 'not-there-yet'],
      into,
      log: (command) => commands.push(command),
    });
    expect(paths).toEqual([join(into, 'cluster')]);
    expect(commands[0]!.text).toBe(`git fetch --no-tags --depth=1 origin ${repo.base}`);
    const atBase = await repo.git('show', `${repo.base}:cluster/network-interfaces.json`);
    expect((await readFile(join(into, 'cluster/network-interfaces.json'), 'utf8')).trim()).toBe(atBase);
    expect((await readdir(join(into, 'cluster'))).sort()).toEqual((await readdir(repo.cluster)).sort());
  });

  it('never writes a link of the base tree out', async () => {
    await symlink('/etc/passwd', join(repo.dir, 'cluster', 'passwd.json'));
    await repo.git('add', '.');
    await repo.git('commit', '-q', '-m', 'a link');
    const sha = await repo.git('rev-parse', 'HEAD');
    const into = await mkdtemp(join(work, 'base-'));
    await checkoutBaseFiles({ repo: repo.dir, sha, paths: ['.'], into, log: () => {} });
    expect(await readdir(join(into, 'cluster'))).not.toContain('passwd.json');
    await repo.git('reset', '-q', '--hard', repo.fixAndBreak);
  });

  it('reads out of git only what the loader reads of a folder, and files named whatever their kind', async () => {
    await writeFile(join(repo.dir, 'disk.img'), Buffer.alloc(1024 * 1024));
    await mkdir(join(repo.dir, '.github'), { recursive: true });
    await writeFile(join(repo.dir, '.github', 'ci.yml'), 'on: push\n');
    await writeFile(join(repo.dir, 'cluster', 'notes.txt'), 'named explicitly\n');
    await repo.git('add', '.');
    await repo.git('commit', '-q', '-m', 'other files');
    const sha = await repo.git('rev-parse', 'HEAD');
    const into = await mkdtemp(join(work, 'base-'));
    await checkoutBaseFiles({ repo: repo.dir, sha, paths: ['.', 'cluster/notes.txt'], into, log: () => {} });
    expect((await readdir(into)).sort()).toEqual(['cluster']);
    expect(await readdir(join(into, 'cluster'))).toContain('notes.txt');
    expect(await readdir(join(into, 'cluster'))).toContain('nodes.json');
    await repo.git('reset', '-q', '--hard', repo.fixAndBreak);
  });

  it('refuses a base that is not a full commit sha before building any command', async () => {
    for (const hostile of [
      '--upload-pack=touch /tmp/pwned',
      'main',
      'HEAD~1',
      `${repo.base.slice(0, 39)}`,
      `${repo.base}\n`,
    ]) {
      expect(isCommitSha(hostile)).toBe(false);
      const commands: Shell[] = [];
      const attempt = checkoutBaseFiles({
        repo: '/nonexistent-repository',
        sha: hostile,
        paths: ['.'],
        into: work,
        log: (command) => commands.push(command),
      });
      await expect(attempt).rejects.toThrow(UserError);
      await expect(attempt).rejects.toThrow(/is not a full commit sha: refused/);
      expect(commands).toEqual([]);
    }
    expect(isCommitSha(repo.base)).toBe(true);
  });
});
