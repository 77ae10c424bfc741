import path from 'node:path';
import { slug } from '../model/slug.js';
import type { RuleMeta } from '../rules/types.js';
import type { Finding, Severity } from '../model/finding.js';
import type { Renderer, Report } from './types.js';
import { omittedNotification, selectSarifFindings } from './sarif-limits.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const FALLBACK_URI = 'hostgw-preflight';
const TAGS = ['networking', 'flannel', 'host-gw'];
const PROBLEM_SEVERITY: Record<Severity, string> = { error: 'error', warning: 'warning', note: 'recommendation' };

/** The rule's section of docs/rules.md on the repository's main branch. */
export function helpUri(report: Report, rule: RuleMeta): string {
  return `${report.tool.informationUri}/blob/main/${rule.docsUrl}`;
}

function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

function ruleDescriptor(report: Report, rule: RuleMeta): object {
  const uri = helpUri(report, rule);
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description },
    help: {
      text: rule.remediation,
      markdown: `**${rule.title}**\n\n${rule.description}\n\n${rule.remediation}\n\n[Rule documentation](${uri})`,
    },
    helpUri: uri,
    defaultConfiguration: { level: rule.severity },
    properties: { tags: TAGS, precision: 'high', 'problem.severity': PROBLEM_SEVERITY[rule.severity] },
  };
}

/** SARIF wants a URI reference relative to the checkout (%SRCROOT%), with forward slashes and escaped segments. */
function artifactUri(file: string): string {
  const relative = path.relative(process.cwd(), path.resolve(file)).split(path.sep).join('/');
  return relative.split('/').map(encodeURIComponent).join('/');
}

function physicalLocation(uri: string, line: number, column?: number): object {
  return {
    physicalLocation: {
      artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
      region: { startLine: line, startColumn: column },
    },
  };
}

/** GitHub code scanning rejects results without a location, so findings without one point at the first input. */
function resultLocation(report: Report, finding: Finding): object {
  const { location } = finding;
  if (location !== undefined) return physicalLocation(artifactUri(location.file), location.line ?? 1, location.column);
  const source = report.sources[0];
  return physicalLocation(source === undefined ? FALLBACK_URI : artifactUri(source.file), 1);
}

function messageText(finding: Finding): string {
  const { command } = finding.remediation;
  return command === undefined ? finding.message : `${finding.message}\nFix: ${command}`;
}

function result(report: Report, finding: Finding, ruleIndex: ReadonlyMap<string, number>): object {
  return {
    ruleId: finding.ruleId,
    // Undefined (so left out) for a rule missing from report.rules: ruleId alone is still valid SARIF.
    ruleIndex: ruleIndex.get(finding.ruleId),
    level: finding.severity,
    message: { text: messageText(finding) },
    locations: [resultLocation(report, finding)],
    partialFingerprints: { 'hostgwFinding/v1': finding.fingerprint },
    // Compared with a base, the state is the comparison's; otherwise the baseline's, as before.
    baselineState: finding.change ?? (finding.baselined ? 'unchanged' : 'new'),
    properties: { node: finding.node, resource: finding.resource, provider: finding.provider },
  };
}

function runProperties(report: Report, resultsOmitted: number): object {
  const { summary } = report;
  return {
    provider: report.provider,
    providerReason: report.providerReason,
    nodes: summary.nodes,
    errors: summary.errors,
    warnings: summary.warnings,
    notes: summary.notes,
    suppressed: summary.suppressed,
    failOn: summary.failOn,
    passed: summary.passed,
    ...(resultsOmitted > 0 ? { resultsOmitted } : {}),
  };
}

/** Said only when findings were left out: a run's invocation is where SARIF carries the tool's own notices. */
function invocations(omitted: number): object {
  if (omitted === 0) return {};
  return { invocations: [{ executionSuccessful: true, toolExecutionNotifications: [omittedNotification(omitted)] }] };
}

export const renderSarif: Renderer = (report) => {
  const ruleIndex = new Map(report.rules.map((rule, i) => [rule.id, i]));
  const { findings, omitted } = selectSarifFindings(report.findings);
  const sarif = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: report.tool.informationUri,
            rules: report.rules.map((rule) => ruleDescriptor(report, rule)),
          },
        },
        // upload-sarif applies its `category` only to a file without automationDetails: set it only when a cluster
        // name keeps the uploads of a fleet apart, so that otherwise the workflow's category decides.
        ...(report.cluster ? { automationDetails: { id: `hostgw-preflight/${slug(report.cluster)}/` } } : {}),
        ...invocations(omitted),
        results: findings.map((finding) => result(report, finding, ruleIndex)),
        properties: runProperties(report, omitted),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
};
