import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { compareText } from '../../model/order.js';
import { isRecord, record, records, str } from '../values.js';
import type { ConfigModule } from './modules.js';

/**
 * Finds the `.tf` block of a resource, so that findings land on the line a pull request changes: the root module
 * is the folder of the plan file, child modules are found from their `source` (local paths) or Terraform's
 * `.terraform/modules/modules.json` (registry and git modules, after `terraform init`). When the plan file lies
 * in the working tree but not next to its `.tf` files, the one folder of the working tree that declares every
 * root-module resource is taken as the root module.
 */

export interface TfPosition {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

interface Block {
  readonly file: string;
  /** 0-based index of the line holding `resource "T" "N"`, and of the line closing the block. */
  readonly start: number;
  readonly end: number;
  readonly column: number;
  readonly lines: readonly string[];
}

export interface BlockRef {
  readonly configPath: readonly string[];
  readonly mode: 'managed' | 'data';
  readonly type: string;
  readonly name: string;
}

const BLOCK = /^(\s*)(resource|data)\s+"?([A-Za-z0-9_-]+)"?\s+"?([A-Za-z0-9_-]+)"?\s*\{?/;
const MAX_TREE_FILES = 5000;
const MAX_TREE_DEPTH = 8;
const MAX_TF_BYTES = 4 * 1024 * 1024;

function blockId(mode: string, type: string, name: string): string {
  return `${mode === 'data' ? 'data' : 'resource'} ${type} ${name}`;
}

/** Braces outside strings and comments: enough to find where a block ends in ordinary HCL. */
function blockEnd(lines: readonly string[], start: number): number {
  let depth = 0;
  let opened = false;
  let inComment = false;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    let inString = false;
    for (let j = 0; j < line.length; j++) {
      const c = line[j];
      if (inComment) {
        if (c === '*' && line[j + 1] === '/') {
          inComment = false;
          j++;
        }
        continue;
      }
      if (inString) {
        if (c === '\\') j++;
        else if (c === '"') inString = false;
        continue;
      }
      if (c === '"') inString = true;
      else if (c === '#' || (c === '/' && line[j + 1] === '/')) break;
      else if (c === '/' && line[j + 1] === '*') {
        inComment = true;
        j++;
      } else if (c === '{') {
        depth++;
        opened = true;
      } else if (c === '}') {
        depth--;
        if (opened && depth === 0) return i;
      }
    }
  }
  return lines.length - 1;
}

function parseBlocks(file: string, text: string): Map<string, Block> {
  const lines = text.split(/\r?\n/);
  const blocks = new Map<string, Block>();
  for (let i = 0; i < lines.length; i++) {
    const match = BLOCK.exec(lines[i]!);
    if (!match) continue;
    const id = blockId(match[2] === 'data' ? 'data' : 'managed', match[3]!, match[4]!);
    if (!blocks.has(id))
      blocks.set(id, { file, start: i, end: blockEnd(lines, i), column: match[1]!.length + 1, lines });
  }
  return blocks;
}

export class SourceLocator {
  private readonly folders = new Map<string, Map<string, Block>>();
  private readonly moduleDirs = new Map<string, string | undefined>();
  private rootDir: string;
  private modulesJson: Map<string, string> | undefined;

  constructor(
    private readonly planFile: string,
    private readonly root: ConfigModule | undefined,
    private readonly cwd: string = process.cwd(),
  ) {
    this.rootDir = dirname(planFile);
  }

  /** Reads the `.tf` files of every module the plan's resources are declared in. */
  async prepare(refs: readonly BlockRef[]): Promise<void> {
    this.modulesJson = await readModulesJson(this.rootDir);
    const rootBlocks = await this.folder(this.rootDir);
    const rootRefs = refs.filter((ref) => ref.configPath.length === 0);
    if (rootRefs.length > 0 && !rootRefs.some((ref) => rootBlocks.has(blockId(ref.mode, ref.type, ref.name)))) {
      const found = await this.findRootInTree(rootRefs);
      if (found) {
        this.rootDir = found;
        this.modulesJson = await readModulesJson(found);
      }
    }
    for (const path of new Set(refs.map((ref) => ref.configPath.join('\u0000')))) {
      const dir = this.moduleDir(path === '' ? [] : path.split('\u0000'));
      if (dir) await this.folder(dir);
    }
  }

  /**
   * The position of a resource block; with `attributes`, of the first of them set inside the block (the line a
   * change to it touches); with `literal`, of the first line inside the block holding that quoted string.
   */
  find(ref: BlockRef, options: { attributes?: readonly string[]; literal?: string } = {}): TfPosition | undefined {
    const dir = this.moduleDir(ref.configPath);
    const block = dir ? this.folders.get(dir)?.get(blockId(ref.mode, ref.type, ref.name)) : undefined;
    if (!block) return undefined;
    const inside = (test: (line: string) => number) => {
      for (let i = block.start + 1; i <= block.end; i++) {
        const column = test(block.lines[i]!);
        if (column >= 0) return { file: block.file, line: i + 1, column: column + 1 };
      }
      return undefined;
    };
    for (const attribute of options.attributes ?? []) {
      const pattern = new RegExp(`^(\\s*)${attribute}\\s*=`);
      const found = inside((line) => {
        const match = pattern.exec(line);
        return match ? match[1]!.length : -1;
      });
      if (found) return found;
    }
    if (options.literal !== undefined) {
      const quoted = JSON.stringify(options.literal);
      const found = inside((line) => {
        const at = line.indexOf(quoted);
        return at < 0 ? -1 : line.length - line.trimStart().length;
      });
      if (found) return found;
    }
    return { file: block.file, line: block.start + 1, column: block.column };
  }

  private moduleDir(path: readonly string[]): string | undefined {
    const id = path.join('.');
    if (this.moduleDirs.has(id)) return this.moduleDirs.get(id);
    let dir: string | undefined = this.rootDir;
    let module = this.root;
    for (let i = 0; i < path.length && dir !== undefined; i++) {
      const call = module?.calls.get(path[i]!);
      module = call?.module;
      const source = call?.source;
      const installed = this.modulesJson?.get(path.slice(0, i + 1).join('.'));
      if (source && /^\.\.?(\/|\\|$)/.test(source)) dir = join(dir, source);
      else if (installed !== undefined) dir = join(this.rootDir, installed);
      else dir = undefined;
    }
    this.moduleDirs.set(id, dir);
    return dir;
  }

  private async folder(dir: string): Promise<Map<string, Block>> {
    const cached = this.folders.get(dir);
    if (cached) return cached;
    const blocks = new Map<string, Block>();
    this.folders.set(dir, blocks);
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries.sort((a, b) => compareText(a.name, b.name))) {
      if (!entry.name.endsWith('.tf')) continue;
      const file = join(dir, entry.name);
      const info = await stat(file).catch(() => undefined);
      if (!info?.isFile() || info.size > MAX_TF_BYTES) continue;
      const text = await readFile(file, 'utf8').catch(() => undefined);
      if (text === undefined) continue;
      for (const [id, block] of parseBlocks(file, text)) if (!blocks.has(id)) blocks.set(id, block);
    }
    return blocks;
  }

  /** The one folder of the working tree declaring every root-module resource of the plan, if the plan file is in it. */
  private async findRootInTree(refs: readonly BlockRef[]): Promise<string | undefined> {
    const inTree = relative(this.cwd, isAbsolute(this.planFile) ? this.planFile : join(process.cwd(), this.planFile));
    if (inTree.startsWith('..') || isAbsolute(inTree)) return undefined;
    const candidates: string[] = [];
    const budget = { files: MAX_TREE_FILES };
    const walk = async (dir: string, depth: number): Promise<void> => {
      if (depth > MAX_TREE_DEPTH || budget.files <= 0) return;
      const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
      if (entries.some((entry) => entry.isFile() && entry.name.endsWith('.tf'))) {
        budget.files--;
        // Named relative to the process's folder, like the plan file: these names end up in the report.
        const shown = relative(process.cwd(), dir) || '.';
        const blocks = await this.folder(shown);
        if (refs.every((ref) => blocks.has(blockId(ref.mode, ref.type, ref.name)))) candidates.push(shown);
      }
      for (const entry of entries.sort((a, b) => compareText(a.name, b.name))) {
        if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules')
          await walk(join(dir, entry.name), depth + 1);
      }
    };
    await walk(this.cwd, 0);
    return candidates.length === 1 ? candidates[0] : undefined;
  }
}

/** `.terraform/modules/modules.json`: module keys ("workers", "cluster.pool") to the folders `terraform init` installed them in. */
async function readModulesJson(rootDir: string): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  const text = await readFile(join(rootDir, '.terraform', 'modules', 'modules.json'), 'utf8').catch(() => undefined);
  if (!text) return map;
  try {
    const value: unknown = JSON.parse(text);
    for (const entry of records(record(value).Modules)) {
      const key = str(entry.Key);
      const dir = str(entry.Dir);
      if (key && dir && isRecord(entry)) map.set(key, dir);
    }
  } catch {
    // A damaged modules.json only costs the locations inside those modules.
  }
  return map;
}
