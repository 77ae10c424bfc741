import { severityCounts } from './plural.js';
import type { PlanEntry } from '../model/fix-spec.js';
import type { FixOutcome, Report, Summary } from './types.js';

/** Plan and fix results as plain data for the JSON report: the API steps, not the SDK parameters. */
export function planJson(entry: PlanEntry): object {
  return {
    action: entry.action,
    provider: entry.provider,
    resource: entry.resource,
    node: entry.node,
    ruleId: entry.ruleId,
    reason: entry.reason,
    api: entry.api,
    cli: entry.cli,
    scope: entry.scope,
    applies: entry.applies,
  };
}

export function outcomeJson(outcome: FixOutcome): object {
  return {
    action: outcome.action,
    ruleId: outcome.ruleId,
    node: outcome.node,
    resource: outcome.resource,
    status: outcome.status,
    detail: outcome.detail,
    reason: outcome.reason,
  };
}

export function scopeNote(entry: PlanEntry): string {
  if (entry.scope === 'manual') return 'manual';
  if (entry.applies) return entry.scope;
  return entry.scope === 'prune' ? 'prune (needs --prune)' : 'network (needs --fix-scope network)';
}

export function subject(entry: PlanEntry | FixOutcome): string {
  return entry.node ?? entry.resource ?? 'cluster';
}

export function beforeAfter(before: Summary, after: Summary): string {
  return `before: ${severityCounts(before, false)}; after: ${severityCounts(after, false)}`;
}

export function hasPlan(report: Report): boolean {
  return report.plan !== undefined;
}
