import { readdir, realpath, stat } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import { join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { allowed, namedInside, OUTSIDE_ROOTS, UNCONFINED, type FileRoots } from '../io/roots.js';
import { compareText } from '../model/order.js';
import { SnapshotBuilder } from './builder.js';
import { ReadContext } from './context.js';
import { SourceDocument } from './document.js';
import { isEmptyPage } from './envelopes.js';
import type { FormatReader } from './format.js';
import { kindOf, skippedFormat } from './skipped-kinds.js';

/** Extensions considered when walking a folder; files named explicitly are read whatever their name. */
const WALKED_EXTENSIONS = /\.(json|ya?ml)$/i;

export interface LoadedInputs {
  readonly builder: SnapshotBuilder;
  /** Files found by walking folders that are in no known format: named in the report, not read. */
  readonly unrecognised: readonly string[];
  /** Files found by walking folders that were not read for another reason (a link leading outside the roots). */
  readonly skipped: readonly SkippedFile[];
  /** Parsed files by path, kept to turn origins into line numbers for the findings that need them. */
  readonly documents: ReadonlyMap<string, SourceDocument>;
}

export interface SkippedFile {
  readonly file: string;
  /** Completes "FILE: skipped, …". */
  readonly reason: string;
}

/** How a walk treats symbolic links: where they may lead, and where those that may not are recorded. */
interface Walk {
  readonly roots: FileRoots;
  /** Real path of the folder named to walk: links within it are followed wherever it is (a ConfigMap volume). */
  readonly top: string;
  readonly skipped: SkippedFile[];
}

/**
 * Symbolic links to files count: a ConfigMap mounted as a volume holds nothing else. In a confined run a link
 * leading outside the roots and the walked folder is not followed but named: the checkout may hold links
 * committed by a fork, pointing at the runner's secrets.
 */
async function isFile(entry: Dirent, path: string, walk: Walk): Promise<boolean> {
  if (entry.isFile()) return true;
  if (!entry.isSymbolicLink()) return false;
  const target = await realpath(path).catch(() => undefined);
  if (target === undefined) return false;
  if (!allowed(target, walk.roots, [walk.top])) {
    walk.skipped.push({ file: path, reason: `a symbolic link leading ${OUTSIDE_ROOTS}` });
    return false;
  }
  return (await stat(target).catch(() => undefined))?.isFile() === true;
}

async function walkFolder(folder: string, walk: Walk): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => compareText(a.name, b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(folder, entry.name);
    // Not push(...list): spread arguments overflow the stack beyond ~100,000 files.
    if (entry.isDirectory()) for (const file of await walkFolder(path, walk)) files.push(file);
    else if (WALKED_EXTENSIONS.test(entry.name) && (await isFile(entry, path, walk))) files.push(path);
  }
  return files;
}

/**
 * Paths named by the user or workflow are read wherever they are (`${{ runner.temp }}/dumps`), except one in the
 * checkout that a link (the path itself or a parent folder) turns into a path outside the roots.
 */
async function refuseEscape(path: string, roots: FileRoots): Promise<string> {
  const target = await realpath(path);
  if (namedInside(path, roots) && !allowed(target, roots)) {
    throw new UserError(`a symbolic link leads ${OUTSIDE_ROOTS} (to ${target}): refusing to read it`, path);
  }
  return target;
}

export function knownFormats(readers: readonly FormatReader[]): string {
  return [...new Set(readers.map((reader) => reader.producedBy))].join('; ');
}

async function expand(
  paths: readonly string[],
  roots: FileRoots,
  skipped: SkippedFile[],
): Promise<{ file: string; explicit: boolean }[]> {
  const files: { file: string; explicit: boolean }[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new UserError('no such file or folder', path);
    const top = await refuseEscape(path, roots);
    if (info.isDirectory()) {
      const found = await walkFolder(path, { roots, top, skipped });
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
 * Reads the documents of one parsed file into the builder; returns false when none is in a known format.
 * Recognition is by content, document by document. In a file with at least one recognised document the others
 * are counted and skipped: `kube-flannel.yml` and canal ship their ConfigMap among RBAC objects and DaemonSets.
 */
export async function readDocument(
  source: SourceDocument,
  builder: SnapshotBuilder,
  readers: readonly FormatReader[],
): Promise<boolean> {
  const { file } = source;
  const skipped: string[] = [];
  let recognised = false;
  for (const [index, value] of source.values.entries()) {
    if (value === null || value === undefined) continue;
    if (await readOne(value, new ReadContext(source, index, builder), readers)) recognised = true;
    else skipped.push(kindOf(value));
  }
  if (skipped.length > 0 && !recognised) return false;
  if (skipped.length > 0) builder.addSource({ file, format: skippedFormat(skipped), items: skipped.length });
  source.releaseValues();
  return true;
}

/** Reads one document with the reader that recognises it; false when none does. */
async function readOne(value: unknown, context: ReadContext, readers: readonly FormatReader[]): Promise<boolean> {
  const file = context.source.file;
  if ((Array.isArray(value) && value.length === 0) || isEmptyPage(value)) {
    context.builder.addSource({ file, format: 'empty list', items: 0 });
    return true;
  }
  const reader = readers.find((candidate) => candidate.matches(value));
  if (!reader) return false;
  const items = await reader.read(value, context);
  context.builder.addSource({ file, format: reader.id, items });
  if (reader.provider) context.builder.addCloudData(reader.provider, reader.id);
  return true;
}

/** Reads every file into one builder; `roots` confine where symbolic links may lead (see FileRoots). */
export async function loadInputs(
  paths: readonly string[],
  readers: readonly FormatReader[],
  builder = new SnapshotBuilder(),
  roots: FileRoots = UNCONFINED,
): Promise<LoadedInputs> {
  const unrecognised: string[] = [];
  const skipped: SkippedFile[] = [];
  const documents = new Map<string, SourceDocument>();
  for (const { file, explicit } of await expand(paths, roots, skipped)) {
    const source = await SourceDocument.load(file);
    documents.set(file, source);
    if (await readDocument(source, builder, readers)) continue;
    if (explicit)
      throw new UserError(`not a format hostgw-preflight reads. Known formats: ${knownFormats(readers)}`, file);
    unrecognised.push(file);
    builder.addSource({ file, format: 'unrecognised', items: 0 });
  }
  return { builder, unrecognised, skipped, documents };
}
