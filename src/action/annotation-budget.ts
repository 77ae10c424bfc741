import type { Finding, Severity } from '../model/finding.js';
import { annotationTarget } from './annotations.js';

/** GitHub shows this many annotations per level from one step's workflow commands; more need a check run. */
export const WORKFLOW_COMMAND_LIMIT = 10;

const RANK: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

export interface AnnotationPlan {
  /** Annotated by workflow commands, at most the limit per level. */
  readonly commands: readonly Finding[];
  /** Beyond the limit: for a check run, when the token may create one. */
  readonly overflow: readonly Finding[];
  /** In files the pull request does not change (`annotations: changed`): in the summary and comment only. */
  readonly elsewhere: number;
}

export interface BudgetOptions {
  readonly fallbackFile: string | undefined;
  /** The files the pull request changes, relative to the repository root; undefined when not known. */
  readonly changed?: ReadonlySet<string>;
  /** Annotate only findings in `changed` (else those rank first). */
  readonly onlyChanged: boolean;
  /** A failing step's own error line is one of the level's annotations: one place is kept for it. */
  readonly failing: boolean;
}

/** What a pull request's reviewer can act on: what it adds (compare), then what is in the files it changes. */
function relevance(finding: Finding, inChangedFile: boolean): number {
  return (finding.change === 'new' ? 2 : 0) + (inChangedFile ? 1 : 0);
}

/**
 * Which findings become workflow commands: the most severe first and, among equals, those the pull request adds
 * and those in files it changes, so that what a reviewer can act on is among the few GitHub shows.
 */
export function planAnnotations(findings: readonly Finding[], options: BudgetOptions): AnnotationPlan {
  const { changed, onlyChanged, fallbackFile } = options;
  const inChange = (finding: Finding) => {
    const target = annotationTarget(finding, fallbackFile);
    return target !== undefined && changed !== undefined && changed.has(target.path);
  };
  const scoped = onlyChanged && changed ? findings.filter(inChange) : findings;
  const ordered = scoped
    .map((finding, index) => ({ finding, index, relevance: relevance(finding, inChange(finding)) }))
    .sort(
      (a, b) => RANK[a.finding.severity] - RANK[b.finding.severity] || b.relevance - a.relevance || a.index - b.index,
    );
  const room: Record<Severity, number> = {
    error: WORKFLOW_COMMAND_LIMIT - (options.failing ? 1 : 0),
    warning: WORKFLOW_COMMAND_LIMIT,
    note: WORKFLOW_COMMAND_LIMIT,
  };
  const commands: Finding[] = [];
  const overflow: Finding[] = [];
  for (const { finding } of ordered) {
    if (room[finding.severity] > 0) {
      room[finding.severity]--;
      commands.push(finding);
    } else overflow.push(finding);
  }
  return { commands, overflow, elsewhere: findings.length - scoped.length };
}
