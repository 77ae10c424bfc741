import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';
import { parseAllDocuments, stringify } from 'yaml';
import { runCheck, type CheckResult } from '../../src/engine/check.js';
import type { Provider } from '../../src/model/provider.js';
import type { Finding } from '../../src/model/finding.js';

/** Parsed dump content: tests reach into it freely, as the real tools' output has no static type. */
export type Json = any;

export const ROOT = resolve(import.meta.dirname, '../..');

/** A fixture folder's files, parsed, by path relative to the folder ("nodes.json", "sub/x.yaml"). */
export interface FixtureFiles {
  /** The parsed content; throws when the fixture has no such file, so a typo fails the test instead of passing it. */
  get(name: string): Json;
  has(name: string): boolean;
  /** Replaces a file's content or adds a new file (format from the extension). */
  set(name: string, value: Json): void;
  delete(name: string): void;
  names(): string[];
}

export type Mutator = (files: FixtureFiles) => void | Promise<void>;

export interface RunOptions {
  readonly strict?: boolean;
  readonly clusterCidrs?: readonly string[];
  readonly provider?: Provider;
}

interface Parsed {
  value: Json;
  syntax: 'json' | 'yaml';
  indent: number;
}

const PARSED = /\.(json|ya?ml)$/i;

async function walk(folder: string, base = folder): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path, base)));
    else if (entry.isFile()) files.push(relative(base, path));
  }
  return files.sort();
}

function jsonIndent(text: string): number {
  const indented = /\n( +)\S/.exec(text);
  return indented ? indented[1]!.length : 2;
}

function parse(name: string, text: string): Parsed {
  if (extname(name).toLowerCase() === '.json')
    return { value: JSON.parse(text), syntax: 'json', indent: jsonIndent(text) };
  const docs = parseAllDocuments(text);
  if (!Array.isArray(docs) || docs.length !== 1)
    throw new Error(`${name}: the helper handles single-document YAML only`);
  return { value: docs[0]!.toJS(), syntax: 'yaml', indent: 2 };
}

function serialise(parsed: Parsed): string {
  if (parsed.syntax === 'json') return `${JSON.stringify(parsed.value, null, parsed.indent)}\n`;
  // kubectl style: unindented block sequences.
  return stringify(parsed.value, { indentSeq: false, lineWidth: 0 });
}

/**
 * Copies a fixture folder to a temporary directory, lets `mutate` edit its parsed JSON/YAML files, writes them back
 * in their own format and runs runCheck on the copy with the CLI defaults (fail on error, not strict, nothing
 * suppressed, no severity overrides, no --cluster-cidr).
 */
export async function runFixture(fixture: string, mutate?: Mutator, options: RunOptions = {}): Promise<CheckResult> {
  const source = isAbsolute(fixture) ? fixture : join(ROOT, fixture);
  const dir = await mkdtemp(join(tmpdir(), 'hostgw-rules-'));
  try {
    await cp(source, dir, { recursive: true });
    const files = new Map<string, Parsed>();
    for (const name of await walk(dir)) {
      if (PARSED.test(name)) files.set(name, parse(name, await readFile(join(dir, name), 'utf8')));
    }
    const removed = new Set<string>();
    const api: FixtureFiles = {
      get(name) {
        const parsed = files.get(name);
        if (!parsed) throw new Error(`${fixture} has no file ${name} (files: ${[...files.keys()].join(', ')})`);
        return parsed.value;
      },
      has: (name) => files.has(name),
      set(name, value) {
        const existing = files.get(name);
        const syntax = extname(name).toLowerCase() === '.json' ? 'json' : 'yaml';
        files.set(name, { value, syntax, indent: existing?.indent ?? 2 });
        removed.delete(name);
      },
      delete(name) {
        if (!files.delete(name)) throw new Error(`${fixture} has no file ${name}`);
        removed.add(name);
      },
      names: () => [...files.keys()],
    };
    await mutate?.(api);
    for (const name of removed) await rm(join(dir, name));
    for (const [name, parsed] of files) await writeFile(join(dir, name), serialise(parsed));
    return await runCheck({
      paths: [dir],
      provider: options.provider,
      clusterCidrs: options.clusterCidrs ?? [],
      strict: options.strict ?? false,
      failOn: 'error',
      suppressions: [],
      severities: {},
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function findingsOf(result: CheckResult, ruleId: string): Finding[] {
  return result.report.findings.filter((finding) => finding.ruleId === ruleId);
}

/** "rule-id node-or-resource" per finding, sorted: the shape the fixture README tables describe. */
export function summary(result: CheckResult): string[] {
  return result.report.findings.map((finding) => `${finding.ruleId} ${finding.node ?? finding.resource ?? '-'}`).sort();
}

/** The one finding of a rule, failing with the full list when there are none or several. */
export function only(result: CheckResult, ruleId: string): Finding {
  const found = findingsOf(result, ruleId);
  if (found.length !== 1)
    throw new Error(`expected exactly one ${ruleId} finding, got ${found.length}:\n${listFindings(result)}`);
  return found[0]!;
}

export function listFindings(result: CheckResult): string {
  return (
    result.report.findings
      .map((f) => `  ${f.ruleId} [${f.severity}] node=${f.node ?? '-'} resource=${f.resource ?? '-'}: ${f.message}`)
      .join('\n') || '  (no findings)'
  );
}

/** A list entry by its `name` (gcloud, az), failing loudly when the fixture changed under the test. */
export function named(list: Json[], name: string): Json {
  const item = list.find((entry: Json) => entry.name === name);
  if (!item) throw new Error(`no entry named ${name} in [${list.map((entry: Json) => entry.name).join(', ')}]`);
  return item;
}

/** A kubectl Node of a NodeList by metadata.name. */
export function node(list: Json, name: string): Json {
  const item = list.items.find((entry: Json) => entry.metadata.name === name);
  if (!item) throw new Error(`no node ${name}`);
  return item;
}

/** Sets a node's pod CIDRs the way the API server stores them (podCIDR = first of podCIDRs). */
export function setPodCidrs(nodeObject: Json, cidrs: string[]): void {
  if (cidrs.length === 0) {
    delete nodeObject.spec.podCIDR;
    delete nodeObject.spec.podCIDRs;
    return;
  }
  nodeObject.spec.podCIDR = cidrs[0];
  nodeObject.spec.podCIDRs = cidrs;
}

/** Edits the net-conf.json embedded as a string in the flannel ConfigMap. */
export function editNetConf(configMap: Json, edit: (netConf: Json) => void): void {
  const netConf = JSON.parse(configMap.data['net-conf.json']);
  edit(netConf);
  configMap.data['net-conf.json'] = JSON.stringify(netConf, null, 2);
}

const GCE_API = 'https://www.googleapis.com/compute/v1';

export interface GceRouteSpec {
  readonly project: string;
  readonly network: string;
  readonly name: string;
  readonly destRange: string;
  /** "zone/instance" for nextHopInstance, or an IP for nextHopIp. */
  readonly instance?: string;
  readonly ip?: string;
  readonly priority?: number;
  readonly tags?: string[];
}

/** A route as `gcloud compute routes list --format=json` prints it. */
export function gceRoute(spec: GceRouteSpec): Json {
  const route: Json = {
    creationTimestamp: '2026-09-01T00:00:00.000-07:00',
    destRange: spec.destRange,
    id: String(1_000_000 + spec.name.length),
    kind: 'compute#route',
    name: spec.name,
    network: `${GCE_API}/projects/${spec.project}/global/networks/${spec.network}`,
    priority: spec.priority ?? 1000,
    selfLink: `${GCE_API}/projects/${spec.project}/global/routes/${spec.name}`,
  };
  if (spec.instance) {
    const [zone, name] = spec.instance.split('/');
    route.nextHopInstance = `${GCE_API}/projects/${spec.project}/zones/${zone}/instances/${name}`;
  }
  if (spec.ip) route.nextHopIp = spec.ip;
  if (spec.tags) route.tags = spec.tags;
  return route;
}

/** A user-defined route as `az network route-table list -o json` prints it inside its table. */
export function azureRoute(table: Json, name: string, addressPrefix: string, nextHopIpAddress?: string): Json {
  const route: Json = {
    addressPrefix,
    etag: 'W/"00000000-0000-0000-0000-000000000000"',
    hasBgpOverride: false,
    id: `${table.id}/routes/${name}`,
    name,
    nextHopType: nextHopIpAddress ? 'VirtualAppliance' : 'None',
    provisioningState: 'Succeeded',
    resourceGroup: table.resourceGroup,
    type: 'Microsoft.Network/routeTables/routes',
  };
  if (nextHopIpAddress) route.nextHopIpAddress = nextHopIpAddress;
  return route;
}

/** Removes the entry named `name` from a list, failing when it is not there. */
export function remove(list: Json[], name: string): Json {
  const index = list.findIndex((entry: Json) => entry.name === name);
  if (index < 0) throw new Error(`no entry named ${name} to remove`);
  return list.splice(index, 1)[0];
}
