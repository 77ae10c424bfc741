import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { check, FIXTURES, fixtureFolders } from '../sources/helpers.js';

/*
 * Users keep baselines of finding fingerprints: a refactor that changes one silently un-baselines a finding.
 * This pins every fingerprint of every fixture folder. After an intended change, regenerate with
 * UPDATE_GOLDEN=1 npx vitest run test/golden and review the diff of fingerprints.json.
 */
const GOLDEN = new URL('./fingerprints.json', import.meta.url);

async function fingerprints(folder: string): Promise<string[]> {
  try {
    const { report } = await check(folder);
    return report.findings
      .map((finding) => `${finding.fingerprint} ${finding.ruleId} ${finding.node ?? finding.resource ?? 'cluster'}`)
      .sort();
  } catch (error) {
    if (error instanceof UserError) return [`input error: ${error.format().replace(FIXTURES, '')}`];
    throw error;
  }
}

async function current(): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {};
  for (const folder of fixtureFolders().sort()) result[relative(FIXTURES, folder)] = await fingerprints(folder);
  return result;
}

describe('finding fingerprints', () => {
  it('stay byte-identical on every fixture folder (users baseline them)', async () => {
    const now = await current();
    if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, `${JSON.stringify(now, null, 2)}\n`);
    expect(now).toEqual(JSON.parse(readFileSync(GOLDEN, 'utf8')));
  });
});
