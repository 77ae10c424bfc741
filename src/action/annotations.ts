import { relative, resolve } from 'node:path';
import * as core from '@actions/core';
import type { Finding, Severity } from '../model/finding.js';

export interface AnnotationTarget {
  readonly path: string;
  readonly line: number;
  readonly column?: number;
}

/** Annotation paths are relative to the repository root, whatever the step's working directory. */
export function annotationTarget(finding: Finding, fallbackFile: string | undefined): AnnotationTarget | undefined {
  const file = finding.location?.file ?? fallbackFile;
  if (!file) return undefined;
  const root = process.env.GITHUB_WORKSPACE ?? process.cwd();
  return {
    path: relative(root, resolve(file)).split('\\').join('/'),
    line: finding.location?.line ?? 1,
    column: finding.location?.column,
  };
}

export function title(finding: Finding): string {
  return `hostgw-preflight ${finding.ruleId}${finding.node ? ` (${finding.node})` : ''}`;
}

export function annotationText(finding: Finding): string {
  return finding.remediation.command ? `${finding.message}\nFix: ${finding.remediation.command}` : finding.message;
}

const EMIT: Record<Severity, typeof core.error> = { error: core.error, warning: core.warning, note: core.notice };

/** Emits one workflow-command annotation per finding. */
export function emitAnnotations(findings: readonly Finding[], fallbackFile: string | undefined): void {
  for (const finding of findings) {
    const target = annotationTarget(finding, fallbackFile);
    EMIT[finding.severity](annotationText(finding), {
      title: title(finding),
      file: target?.path,
      startLine: target?.line,
      startColumn: target?.column,
    });
  }
}
