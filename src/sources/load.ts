import { readdir, stat } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import { join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { compareText } from '../model/order.js';
import { SnapshotBuilder } from './builder.js';
import { ReadContext } from './context.js';
import { SourceDocument } from './document.js';
import { FORMAT_READERS } from './formats.js';

/** Extensions considered when walking a folder; files named explicitly are read whatever their name. */
const WALKED_EXTENSIONS = /\.(json|ya?ml)$/i;

export interface LoadedInputs {
  readonly builder: SnapshotBuilder;
  /** Files found by walking folders that are in no known format: named in the report, not read. */
  readonly unrecognised: readonly string[];
  /** Parsed files by path, kept to turn origins into line numbers for the findings that need them. */
  readonly documents: ReadonlyMap<string, SourceDocument>;
}

/** Symbolic links to files count: a ConfigMap mounted as a volume holds nothing else. */
async function isFile(entry: Dirent, path: string): Promise<boolean> {
  if (entry.isFile()) return true;
  return entry.isSymbolicLink() && (await stat(path).catch(() => undefined))?.isFile() === true;
}

async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => compareText(a.name, b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(folder, entry.name);
    // Not push(...list): spread arguments overflow the stack beyond ~100,000 files.
    if (entry.isDirectory()) for (const file of await walk(path)) files.push(file);
    else if (WALKED_EXTENSIONS.test(entry.name) && (await isFile(entry, path))) files.push(path);
  }
  return files;
}

export function knownFormats(): string {
  return FORMAT_READERS.map((reader) => reader.producedBy).join('; ');
}

async function expand(paths: readonly string[]): Promise<{ file: string; explicit: boolean }[]> {
  const files: { file: string; explicit: boolean }[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new UserError('no such file or folder', path);
    if (info.isDirectory()) {
      const found = await walk(path);
      if (found.length === 0) throw new UserError('folder holds no .json, .yaml or .yml file', path);
      for (const file of found) files.push({ file, explicit: false });
    } else files.push({ file: path, explicit: true });
  }
  // A file named twice (`check dumps/ dumps/nodes.json`) is read once, or its objects would be counted twice.
  const seen = new Set<string>();
  return files.filter(({ file }) => {
    const key = resolve(file);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Reads one parsed document into the builder; returns false when it is in no known format. Recognition is by
 * content, document by document.
 */
export async function readDocument(source: SourceDocument, builder: SnapshotBuilder): Promise<boolean> {
  const { file } = source;
  for (const [index, value] of source.values.entries()) {
    if (value === null || value === undefined) continue;
    if (Array.isArray(value) && value.length === 0) {
      builder.addSource({ file, format: 'empty list', items: 0 });
      continue;
    }
    const reader = FORMAT_READERS.find((candidate) => candidate.matches(value));
    if (!reader) return false;
    const items = await reader.read(value, new ReadContext(source, index, builder));
    builder.addSource({ file, format: reader.id, items });
  }
  source.releaseValues();
  return true;
}

/** Reads every file into one builder. */
export async function loadInputs(paths: readonly string[], builder = new SnapshotBuilder()): Promise<LoadedInputs> {
  const unrecognised: string[] = [];
  const documents = new Map<string, SourceDocument>();
  for (const { file, explicit } of await expand(paths)) {
    const source = await SourceDocument.load(file);
    documents.set(file, source);
    if (await readDocument(source, builder)) continue;
    if (explicit) throw new UserError(`not a format hostgw-preflight reads. Known formats: ${knownFormats()}`, file);
    unrecognised.push(file);
    builder.addSource({ file, format: 'unrecognised', items: 0 });
  }
  return { builder, unrecognised, documents };
}
