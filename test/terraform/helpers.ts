import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll } from 'vitest';
import { runCheck, type CheckResult } from '../../src/engine/check.js';
import type { Finding } from '../../src/model/finding.js';

/** Parsed plan JSON: tests reach into it freely, as Terraform's output has no static type here. */
export type Json = any;

export const ROOT = resolve(import.meta.dirname, '../..');
export const TF = join(ROOT, 'fixtures', 'terraform');

const created: string[] = [];
afterAll(async () => {
  await Promise.all(created.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

export interface TfOptions {
  readonly nodeSelectors?: readonly string[];
  readonly strict?: boolean;
  readonly clusterCidrs?: readonly string[];
}

export async function check(paths: readonly string[], options: TfOptions = {}): Promise<CheckResult> {
  return runCheck({
    paths,
    clusterCidrs: options.clusterCidrs ?? [],
    strict: options.strict ?? false,
    failOn: 'error',
    suppressions: [],
    severities: {},
    nodeSelectors: options.nodeSelectors ?? [],
  });
}

/** A fixture folder's files, copied to a temporary folder for a test to edit. */
export interface Copy {
  readonly dir: string;
  /** Parsed JSON file ("plan.json", "nodes.json"); throws when absent. */
  json(name: string): Json;
  setJson(name: string, value: Json): void;
  text(name: string): string;
  setText(name: string, value: string): void;
  remove(name: string): void;
  /** Writes the edits and runs the check on the folder. */
  run(options?: TfOptions): Promise<CheckResult>;
}

async function walk(dir: string, base = dir): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path, base)));
    else out.push(relative(base, path));
  }
  return out;
}

export async function copyFixture(fixture: string): Promise<Copy> {
  const dir = await mkdtemp(join(tmpdir(), 'hostgw-tf-'));
  created.push(dir);
  await cp(join(TF, fixture), dir, { recursive: true });
  const texts = new Map<string, string>();
  for (const name of await walk(dir)) texts.set(name, await readFile(join(dir, name), 'utf8'));
  const parsed = new Map<string, Json>();
  const removed = new Set<string>();
  const copy: Copy = {
    dir,
    json(name) {
      if (!parsed.has(name)) {
        const text = texts.get(name);
        if (text === undefined) throw new Error(`${fixture} has no ${name} (files: ${[...texts.keys()].join(', ')})`);
        parsed.set(name, JSON.parse(text));
      }
      return parsed.get(name);
    },
    setJson(name, value) {
      parsed.set(name, value);
      texts.set(name, '');
      removed.delete(name);
    },
    text(name) {
      const text = texts.get(name);
      if (text === undefined) throw new Error(`${fixture} has no ${name}`);
      return text;
    },
    setText(name, value) {
      texts.set(name, value);
      removed.delete(name);
    },
    remove(name) {
      if (!texts.delete(name)) throw new Error(`${fixture} has no ${name}`);
      parsed.delete(name);
      removed.add(name);
    },
    async run(options) {
      for (const name of removed) await rm(join(dir, name), { force: true });
      for (const [name, text] of texts)
        await writeFile(join(dir, name), parsed.has(name) ? `${JSON.stringify(parsed.get(name), null, 2)}\n` : text);
      return check([dir], options);
    },
  };
  return copy;
}

/** The resource_changes entry of an address, failing loudly when the fixture changed. */
export function change(plan: Json, address: string): Json {
  const found = plan.resource_changes.find((entry: Json) => entry.address === address);
  if (!found)
    throw new Error(
      `no resource_changes entry ${address} in [${plan.resource_changes.map((entry: Json) => entry.address).join(', ')}]`,
    );
  return found;
}

export function after(plan: Json, address: string): Json {
  return change(plan, address).change.after;
}

/** A configuration resource by its path of module calls and its address inside the module. */
export function configResource(plan: Json, modules: readonly string[], address: string): Json {
  let module = plan.configuration.root_module;
  for (const name of modules) module = module.module_calls[name].module;
  const found = module.resources.find((resource: Json) => resource.address === address);
  if (!found) throw new Error(`no configuration resource ${address} in module ${modules.join('.') || '(root)'}`);
  return found;
}

export function findingsOf(result: CheckResult, ruleId: string): Finding[] {
  return result.report.findings.filter((finding) => finding.ruleId === ruleId);
}

/** "rule node-or-resource" per finding, sorted. */
export function summary(result: CheckResult): string[] {
  return result.report.findings.map((finding) => `${finding.ruleId} ${finding.node ?? finding.resource ?? '-'}`).sort();
}

export function listFindings(result: CheckResult): string {
  return (
    result.report.findings
      .map((f) => `  ${f.ruleId} [${f.severity}] node=${f.node ?? '-'} resource=${f.resource ?? '-'}: ${f.message}`)
      .join('\n') || '  (no findings)'
  );
}

export function only(result: CheckResult, ruleId: string): Finding {
  const found = findingsOf(result, ruleId);
  if (found.length !== 1)
    throw new Error(`expected exactly one ${ruleId} finding, got ${found.length}:\n${listFindings(result)}`);
  return found[0]!;
}

/** 1-based line (and column of the first non-blank character) of the first line of `text` matching `pattern`. */
export function lineOf(text: string, pattern: RegExp | string, below?: string): { line: number; column: number } {
  const lines = text.split('\n');
  const start = below === undefined ? 0 : lines.findIndex((line) => line.includes(below));
  if (start < 0) throw new Error(`no line holds ${below}`);
  const index = lines.findIndex(
    (line, i) => i >= start && (typeof pattern === 'string' ? line.includes(pattern) : pattern.test(line)),
  );
  if (index < 0) throw new Error(`no line matches ${pattern}`);
  return { line: index + 1, column: lines[index]!.length - lines[index]!.trimStart().length + 1 };
}

export function nodeNames(result: CheckResult): string[] {
  return result.snapshot.nodes.map((node) => node.name).sort();
}

export interface KubeNodeSpec {
  readonly name: string;
  readonly ip: string;
  readonly podCidr?: string;
  readonly providerID?: string;
  readonly os?: 'linux' | 'windows';
}

/** `kubectl get nodes -o json` for the given nodes (the fields the checks read, in kubectl's shape). */
export function kubeNodes(nodes: readonly KubeNodeSpec[]): Json {
  return {
    apiVersion: 'v1',
    items: nodes.map((node) => ({
      apiVersion: 'v1',
      kind: 'Node',
      metadata: {
        annotations: {
          'flannel.alpha.coreos.com/backend-type': 'host-gw',
          'flannel.alpha.coreos.com/public-ip': node.ip,
        },
        labels: { 'kubernetes.io/hostname': node.name, 'kubernetes.io/os': node.os ?? 'linux' },
        name: node.name,
      },
      spec: {
        ...(node.podCidr ? { podCIDR: node.podCidr, podCIDRs: [node.podCidr] } : {}),
        ...(node.providerID ? { providerID: node.providerID } : {}),
      },
      status: {
        addresses: [
          { address: node.ip, type: 'InternalIP' },
          { address: node.name, type: 'Hostname' },
        ],
      },
    })),
    kind: 'List',
    metadata: { resourceVersion: '' },
  };
}

/** Writes `files` (JSON values or text) into a fresh folder and returns it. */
export async function folderWith(files: Readonly<Record<string, Json>>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'hostgw-tf-'));
  created.push(dir);
  for (const [name, value] of Object.entries(files)) {
    const path = join(dir, name);
    await import('node:fs/promises').then((fs) => fs.mkdir(join(path, '..'), { recursive: true }));
    await writeFile(path, typeof value === 'string' ? value : `${JSON.stringify(value, null, 2)}\n`);
  }
  return dir;
}
