import { UserError } from '../errors.js';
import type { FleetEntry } from '../report/fleet.js';
import { SourceDocument } from '../sources/document.js';
import { isRecord, str } from '../sources/values.js';

/** Reads the JSON reports of several clusters (`check --format json`) for the fleet table. */
export async function readReports(files: readonly string[]): Promise<FleetEntry[]> {
  const entries: FleetEntry[] = [];
  for (const file of files) {
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
