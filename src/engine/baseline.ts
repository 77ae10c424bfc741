import { createHash } from 'node:crypto';
import { UserError } from '../errors.js';
import { checkTrustedFile } from '../io/read.js';
import { UNCONFINED, type FileRoots } from '../io/roots.js';
import { writeFileSafely } from '../io/write.js';
import type { Finding, FindingDraft } from '../model/finding.js';
import { SourceDocument } from '../sources/document.js';
import { isRecord, list, str } from '../sources/values.js';
import { TOOL } from './tool.js';

/** Messages carry counts and details that change between runs; identity is what the finding is about. */
export function fingerprint(ruleId: string, draft: FindingDraft): string {
  return createHash('sha256')
    .update([ruleId, draft.node ?? '', draft.resource ?? '', draft.key ?? '', draft.about ?? ''].join('\u0000'))
    .digest('hex')
    .slice(0, 32);
}

/** Reads a baseline written by --write-baseline: the fingerprints of accepted findings. */
export async function readBaseline(file: string, roots: FileRoots = UNCONFINED): Promise<ReadonlySet<string>> {
  await checkTrustedFile(file, 'the baseline', roots);
  const document = await SourceDocument.load(file);
  const value = document.values[0];
  if (!isRecord(value) || value.kind !== 'HostGwBaseline' || !Array.isArray(value.findings)) {
    throw new UserError('not a hostgw-preflight baseline (write one with --write-baseline)', file);
  }
  return new Set(
    list(value.findings).flatMap((entry) =>
      isRecord(entry) && str(entry.fingerprint) ? [str(entry.fingerprint)!] : [],
    ),
  );
}

/** The accepted findings, with enough context for a reviewer of the baseline file to see what was accepted. */
export async function writeBaseline(
  file: string,
  findings: readonly Finding[],
  roots: FileRoots = UNCONFINED,
): Promise<void> {
  const baseline = {
    kind: 'HostGwBaseline',
    version: 1,
    tool: `${TOOL.name} ${TOOL.version}`,
    findings: findings.map(({ fingerprint, ruleId, node, resource, message }) => ({
      fingerprint,
      ruleId,
      node,
      resource,
      message,
    })),
  };
  await writeFileSafely(file, `${JSON.stringify(baseline, null, 2)}\n`, { label: '--write-baseline', roots });
}
