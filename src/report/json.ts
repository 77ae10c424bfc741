import { outcomeJson, planJson } from './plan.js';
import type { SourceFile } from '../model/snapshot.js';
import type { Finding } from '../model/finding.js';
import type { Connectivity } from '../model/connectivity.js';
import type { Acceptance, Comparison, NodeStatus, Renderer, Report, Summary } from './types.js';

// Objects are rebuilt field by field so that the key order of the output does not depend on how the engine
// happened to construct them; JSON.stringify drops the undefined optional fields.

function findingJson(finding: Finding): object {
  const { remediation, location } = finding;
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    node: finding.node,
    resource: finding.resource,
    provider: finding.provider,
    remediation: { text: remediation.text, command: remediation.command },
    location: location && { file: location.file, line: location.line, column: location.column },
    fingerprint: finding.fingerprint,
    baselined: finding.baselined,
    change: finding.change,
  };
}

function compareJson(compare: Comparison): object {
  return {
    base: compare.base,
    failScope: compare.failScope,
    new: compare.new,
    unchanged: compare.unchanged,
    fixed: compare.fixed.map((finding) => ({
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: finding.message,
      node: finding.node,
      resource: finding.resource,
      fingerprint: finding.fingerprint,
    })),
  };
}

function summaryJson(summary: Summary): object {
  const byRule = Object.fromEntries(Object.entries(summary.byRule).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return {
    nodes: summary.nodes,
    errors: summary.errors,
    warnings: summary.warnings,
    notes: summary.notes,
    suppressed: summary.suppressed,
    baselined: summary.baselined,
    belowThreshold: summary.belowThreshold,
    byRule,
    failOn: summary.failOn,
    passed: summary.passed,
  };
}

function acceptanceJson(entry: Acceptance): object {
  return { source: entry.source, kind: entry.kind, severity: entry.severity, count: entry.count };
}

function nodeJson(node: NodeStatus): object {
  return {
    name: node.name,
    os: node.os,
    internalIps: node.internalIps,
    podCidrs: node.podCidrs,
    forwarding: node.forwarding,
    subnet: node.subnet,
    routes: node.routes,
    findings: node.findings,
  };
}

/** Groups, cells and totals; the blocks stay out (diagrams read them from the report object, not the JSON). */
function connectivityJson(connectivity: Connectivity): object {
  return {
    groups: connectivity.groups.map((group) => ({
      id: group.id,
      label: group.label,
      segment: group.segment,
      os: group.os,
      nodes: group.nodes,
      routeTables: group.routeTables,
    })),
    cells: connectivity.cells.map((cell) => ({
      from: cell.from,
      to: cell.to,
      pairs: cell.pairs,
      delivered: cell.delivered,
      dropped: cell.dropped,
      unknown: cell.unknown,
      rules: cell.rules,
    })),
    totals: {
      pairs: connectivity.totals.pairs,
      delivered: connectivity.totals.delivered,
      dropped: connectivity.totals.dropped,
      unknown: connectivity.totals.unknown,
    },
    outside: connectivity.outside?.map((entry) => ({ node: entry.node, reason: entry.reason })),
  };
}

function sourceJson(source: SourceFile): object {
  return { file: source.file, format: source.format, items: source.items };
}

export const renderJson: Renderer = (report: Report) =>
  `${JSON.stringify(
    {
      version: 1,
      tool: { name: report.tool.name, version: report.tool.version, informationUri: report.tool.informationUri },
      cluster: report.cluster,
      provider: report.provider,
      providerReason: report.providerReason,
      clusterCidrs: report.clusterCidrs,
      summary: summaryJson(report.summary),
      accepted: report.accepted?.map(acceptanceJson),
      findings: report.findings.map(findingJson),
      nodes: report.nodes.map(nodeJson),
      plan: report.plan?.map(planJson),
      fixResults: report.fixResults?.map(outcomeJson),
      before: report.before && summaryJson(report.before),
      compare: report.compare && compareJson(report.compare),
      sources: report.sources.map(sourceJson),
      connectivity: report.connectivity && connectivityJson(report.connectivity),
    },
    null,
    2,
  )}\n`;
