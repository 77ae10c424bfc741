import { lstat, stat } from 'node:fs/promises';
import { UserError } from '../errors.js';
import type { FleetEntry } from './fleet.js';
import { SourceDocument } from '../sources/document.js';
import { isRecord, str } from '../sources/values.js';

/**
 * A report of a 5,000-node cluster with every finding is a few MiB; the reports a merge reads may come from the
 * artifacts of a fork, so a larger file is refused before it is read.
 */
export const MAX_REPORT_BYTES = 32 * 1024 * 1024;

export interface ReportReading {
  readonly maxBytes?: number;
  /** In a workflow a report is an artifact, never a link: one found there is refused rather than followed. */
  readonly refuseLinks?: boolean;
}

async function checkFile(file: string, { maxBytes = MAX_REPORT_BYTES, refuseLinks }: ReportReading): Promise<void> {
  const info = await (refuseLinks ? lstat : stat)(file).catch((error: NodeJS.ErrnoException) => {
    throw new UserError(`cannot read file: ${error.code ?? String(error)}`, file);
  });
  if (!info.isFile()) throw new UserError('not a regular file: not read', file);
  if (info.size > maxBytes) throw new UserError(`report is larger than ${maxBytes / 1024 / 1024} MiB`, file);
}

/** Reads the JSON reports of several clusters (`check --format json`) for the fleet table. */
export async function readReports(files: readonly string[], reading: ReportReading = {}): Promise<FleetEntry[]> {
  const entries: FleetEntry[] = [];
  for (const file of files) {
    await checkFile(file, reading);
    const value = (await SourceDocument.load(file)).values[0];
    if (!isRecord(value) || value.version !== 1 || !isRecord(value.summary) || !Array.isArray(value.findings)) {
      throw new UserError('not a hostgw-preflight JSON report (check --format json)', file);
    }
    entries.push({
      file,
      cluster: str(value.cluster),
      provider: str(value.provider) ?? '?',
      summary: value.summary as unknown as FleetEntry['summary'],
    });
  }
  return entries;
}
