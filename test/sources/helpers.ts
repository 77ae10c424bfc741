import { readdirSync } from 'node:fs';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCheck, type CheckResult } from '../../src/engine/check.js';
import type { ClusterSnapshot } from '../../src/model/snapshot.js';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

/** Every folder below fixtures/ that holds dumps itself: each is one cluster (Terraform module sources hold none). */
export function fixtureFolders(dir = FIXTURES): string[] {
  const entries = readdirSync(dir, { withFileTypes: true });
  const nested = entries
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => fixtureFolders(join(dir, entry.name)));
  const holdsDumps = dir !== FIXTURES && entries.some((entry) => entry.isFile() && /\.(json|ya?ml)$/.test(entry.name));
  return holdsDumps ? [dir, ...nested] : nested;
}

export function fixture(...parts: string[]): string {
  return join(FIXTURES, ...parts);
}

const created: string[] = [];

/** A fresh folder holding `files` (relative paths; Buffers are written as they are). */
export async function writeFiles(files: Readonly<Record<string, string | Buffer>>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'hostgw-sources-'));
  created.push(dir);
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
  }
  return dir;
}

/** Writes one file into a fresh folder and returns its path. */
export async function writeFileIn(name: string, content: string | Buffer): Promise<string> {
  return join(await writeFiles({ [name]: content }), name);
}

export async function removeTempDirs(): Promise<void> {
  await Promise.all(created.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

export async function check(...paths: string[]): Promise<CheckResult> {
  return runCheck({ paths, clusterCidrs: [], strict: false, failOn: 'never', suppressions: [], severities: {} });
}

export async function snapshotOf(...paths: string[]): Promise<ClusterSnapshot> {
  return (await check(...paths)).snapshot;
}

/** Pretty JSON the way kubectl prints it (4-space indent). */
export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 4)}\n`;
}

export function texts(cidrs: readonly { readonly text: string }[]): string[] {
  return cidrs.map((cidr) => cidr.text);
}

export function byName<T extends { readonly name?: string }>(items: readonly T[], name: string): T {
  const found = items.find((item) => item.name === name);
  if (!found) throw new Error(`no item named ${name} in [${items.map((item) => item.name).join(', ')}]`);
  return found;
}

export function byId<T extends { readonly id: string }>(items: readonly T[], id: string): T {
  const found = items.find((item) => item.id === id);
  if (!found) throw new Error(`no item with id ${id} in [${items.map((item) => item.id).join(', ')}]`);
  return found;
}
