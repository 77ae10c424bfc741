import { groupBy } from '../model/group.js';
import { UserError } from '../errors.js';
import { parseCidr } from '../model/cidr.js';
import type { Origin } from '../model/origin.js';
import type { Provider } from '../model/provider.js';
import type { ClusterSnapshot } from '../model/snapshot.js';
import { Topology } from '../model/topology.js';
import { FORMAT_READERS, profileFor } from '../clouds/index.js';
import type { FailOn, FailScope, Report } from '../report/types.js';
import { draftsOf, RULES } from '../rules/index.js';
import { clusterConnectivity } from '../paths/cluster.js';
import type { RuleContext, RuleOptions } from '../rules/types.js';
import type { Finding, FindingDraft, Location, Severity } from '../model/finding.js';
import type { FileRoots } from '../io/roots.js';
import type { SourceDocument } from '../sources/document.js';
import { SnapshotBuilder } from '../sources/builder.js';
import type { LiveOptions } from '../sources/live/types.js';
import { loadInputs, type SkippedFile } from '../sources/load.js';
import { DEFAULTS } from './settings/defaults.js';
import { acceptances, type SettingSources } from './acceptance.js';
import { fingerprint } from './baseline.js';
import { nodeStatuses } from './node-status.js';
import { suppressor, type Suppression } from './suppress.js';
import { TOOL } from './tool.js';

export interface CheckOptions {
  readonly paths: readonly string[];
  readonly provider?: Provider;
  readonly clusterCidrs: readonly string[];
  readonly strict: boolean;
  readonly failOn: FailOn;
  readonly suppressions: readonly Suppression[];
  /** Per-rule severity overrides from the config file. */
  readonly severities: Readonly<Record<string, Severity>>;
  /** Findings below this severity are left out of the report (default: note, i.e. everything). */
  readonly minSeverity?: Severity;
  /** Fingerprints of accepted findings: still reported, never failing. */
  readonly baseline?: ReadonlySet<string>;
  readonly cluster?: string;
  /** Read the running cluster and its cloud too (or only, when there are no paths). */
  readonly live?: LiveOptions;
  /** With live: write what was read, in the file formats, to this folder. */
  readonly saveSnapshot?: string;
  /** Terraform inputs: which machines are Kubernetes nodes (resource address globs, tag:KEY=VALUE). */
  readonly nodeSelectors?: readonly string[];
  /** Where files may be written and links may lead (see FileRoots); unconfined when absent. */
  readonly files?: FileRoots;
  /** A saved JSON report or dumps of the base to compare the findings with (see compare.ts). */
  readonly compareTo?: string;
  /** The Action's `compare: base`: the paths at the pull request's base commit are the base. */
  readonly compareBase?: boolean;
  /** new: only findings the base did not have fail the run. */
  readonly failScope?: FailScope;
  /** Where strict, fail-on, the configuration file and the baseline came from: the report names what they let pass. */
  readonly settingSources?: SettingSources;
}

export interface CheckResult {
  readonly report: Report;
  readonly snapshot: ClusterSnapshot;
  /** Files found in folders that are in no known format. */
  readonly unrecognised: readonly string[];
  /** Files found in folders that were not read for another reason (a link leading outside the roots). */
  readonly skipped: readonly SkippedFile[];
  /** Live mode: API calls made per provider. */
  readonly calls?: Readonly<Record<string, number>>;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, note: 1 };

/**
 * A finding raised outside the rules' own pass (an apply the cloud refused by policy), given to the engine so that it
 * takes the same severity, suppression, baseline and fingerprint path as the rules' findings.
 */
export interface ExtraDraft {
  readonly ruleId: string;
  readonly draft: FindingDraft;
}

export function atOrAbove(severity: Severity, threshold: FailOn): boolean {
  return threshold !== 'never' && RANK[severity] >= RANK[threshold];
}

/** File, line and column for every origin, resolving each file's positions in one pass. */
function locateAll(
  origins: readonly (Origin | undefined)[],
  documents: ReadonlyMap<string, SourceDocument>,
): (Location | undefined)[] {
  const locations: (Location | undefined)[] = origins.map((origin) =>
    origin?.line !== undefined ? { file: origin.file, line: origin.line, column: origin.column } : undefined,
  );
  const byFile = groupBy(origins.keys(), (i) => (origins[i]?.line === undefined ? origins[i]?.file : undefined));
  for (const [file, indexes] of byFile) {
    const document = documents.get(file);
    if (document?.virtual) continue;
    const positions = document ? document.positions(indexes.map((i) => origins[i]!)) : [];
    indexes.forEach((originIndex, k) => {
      locations[originIndex] = { file, line: positions[k]?.line, column: positions[k]?.column };
    });
  }
  return locations;
}

type EvaluateOptions = Pick<
  CheckOptions,
  'strict' | 'failOn' | 'suppressions' | 'severities' | 'minSeverity' | 'baseline' | 'cluster' | 'settingSources'
>;

/** A rule's draft with the severity it is reported at, and the one it would have without the configuration's mapping. */
interface JudgedDraft {
  readonly id: string;
  readonly draft: FindingDraft;
  readonly severity: Severity;
  readonly unmapped: Severity;
}

/** Every rule's drafts, in rule order, each followed by the extra drafts raised on that rule's behalf. */
function collectDrafts(context: RuleContext, options: EvaluateOptions, extra: readonly ExtraDraft[]): JudgedDraft[] {
  const drafts: JudgedDraft[] = [];
  for (const rule of RULES) {
    const id = rule.meta.id;
    const unmappedOf = (draft: FindingDraft): Severity =>
      options.strict && rule.meta.errorWhenStrict ? 'error' : (draft.severity ?? rule.meta.severity);
    const add = (draft: FindingDraft) =>
      drafts.push({ id, draft, severity: options.severities[id] ?? unmappedOf(draft), unmapped: unmappedOf(draft) });
    for (const draft of draftsOf(rule, context)) add(draft);
    for (const { draft } of extra.filter((entry) => entry.ruleId === id)) add(draft);
  }
  return drafts;
}

function toFindings(
  drafts: readonly JudgedDraft[],
  provider: Provider,
  documents: ReadonlyMap<string, SourceDocument>,
): Finding[] {
  const locations = locateAll(
    drafts.map(({ draft }) => draft.origin),
    documents,
  );
  return drafts.map(({ id, draft, severity }, i) => ({
    ruleId: id,
    severity,
    message: draft.message,
    node: draft.node,
    resource: draft.resource,
    provider,
    remediation: draft.remediation,
    location: locations[i],
    fingerprint: fingerprint(id, draft),
    baselined: false,
  }));
}

/** The findings left after suppressions (kept), and of those the ones at or above the threshold (reported). */
function sift(all: readonly Finding[], options: EvaluateOptions): { kept: Finding[]; findings: Finding[] } {
  const suppressed = suppressor(options.suppressions);
  const kept = all.filter((finding) => !suppressed(finding));
  const reported = kept.filter((finding) => atOrAbove(finding.severity, options.minSeverity ?? DEFAULTS.severity));
  const findings = options.baseline
    ? reported.map((finding) => ({ ...finding, baselined: options.baseline!.has(finding.fingerprint) }))
    : reported;
  return { kept, findings };
}

function summarise(
  snapshot: ClusterSnapshot,
  counts: { all: number; kept: number },
  findings: readonly Finding[],
  failOn: FailOn,
): Report['summary'] {
  const count = (severity: Severity) => findings.filter((finding) => finding.severity === severity).length;
  const byRule: Record<string, number> = {};
  for (const finding of findings) byRule[finding.ruleId] = (byRule[finding.ruleId] ?? 0) + 1;
  return {
    nodes: snapshot.nodes.length,
    errors: count('error'),
    warnings: count('warning'),
    notes: count('note'),
    suppressed: counts.all - counts.kept,
    baselined: findings.filter((finding) => finding.baselined).length,
    belowThreshold: counts.kept - findings.length,
    byRule,
    failOn,
    passed: !findings.some((finding) => !finding.baselined && atOrAbove(finding.severity, failOn)),
  };
}

/** Runs every rule over a snapshot: the part of the engine shared by file and live mode. */
export function evaluate(
  snapshot: ClusterSnapshot,
  options: EvaluateOptions,
  documents: ReadonlyMap<string, SourceDocument> = new Map(),
  extra: readonly ExtraDraft[] = [],
): Report {
  const topology = new Topology(snapshot);
  const profile = profileFor(snapshot.provider);
  const ruleOptions: RuleOptions = { strict: options.strict, cluster: options.cluster };
  const context: RuleContext = { snapshot, topology, profile, options: ruleOptions };
  const drafts = collectDrafts(context, options, extra);
  const all = toFindings(drafts, snapshot.provider, documents);
  const { kept, findings } = sift(all, options);
  // Every finding, suppressed or not: a pair a suppressed finding explains is dropped all the same.
  const connectivity = snapshot.nodes.length >= 2 ? clusterConnectivity({ ...context, findings: all }) : undefined;
  return {
    tool: TOOL,
    cluster: options.cluster,
    provider: snapshot.provider,
    providerReason: snapshot.providerReason,
    clusterCidrs: snapshot.clusterCidrs.map((cidr) => cidr.text),
    findings,
    nodes: nodeStatuses(topology, profile, findings),
    accepted: acceptances({
      judged: all.map((finding, i) => ({ finding, unmapped: drafts[i]!.unmapped })),
      suppressions: options.suppressions,
      reported: findings,
      strict: options.strict,
      severities: options.severities,
      failOn: options.failOn,
      sources: options.settingSources ?? {},
    }),
    sources: snapshot.sources,
    rules: RULES.map((rule) => rule.meta),
    summary: summarise(snapshot, { all: all.length, kept: kept.length }, findings, options.failOn),
    connectivity,
  };
}

/** Reads the inputs (files, the live cluster, or both) into one snapshot and runs the rules. */
export async function runCheck(options: CheckOptions, extra: readonly ExtraDraft[] = []): Promise<CheckResult> {
  const builder = new SnapshotBuilder();
  const documents = new Map<string, SourceDocument>();
  let calls: Readonly<Record<string, number>> | undefined;
  if (options.live) {
    const { loadLive } = await import('./live.js');
    const live = await loadLive(options.live, options.saveSnapshot, builder, options.files);
    for (const [file, document] of live.documents) documents.set(file, document);
    calls = live.calls;
  }
  const loaded =
    options.paths.length > 0 ? await loadInputs(options.paths, FORMAT_READERS, builder, options.files) : undefined;
  for (const [file, document] of loaded?.documents ?? []) documents.set(file, document);
  const unrecognised = loaded?.unrecognised ?? [];
  const skipped = loaded?.skipped ?? [];
  for (const text of options.clusterCidrs) {
    const cidr = parseCidr(text);
    if (!cidr) throw new UserError(`--cluster-cidr: ${JSON.stringify(text)} is not a valid CIDR`);
    builder.addClusterCidr(cidr);
  }
  const snapshot = builder.build(options.provider, { nodeSelectors: options.nodeSelectors ?? [] });
  return { report: evaluate(snapshot, options, documents, extra), snapshot, unrecognised, skipped, calls };
}
