import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { removeTempDirs, writeFiles } from '../sources/helpers.js';
import { runCliCaptured } from '../support/cli.js';

afterAll(removeTempDirs);

const EVIL = `Evil\n::warning::pwned $(touch x) | @someone ${'A'.repeat(5_000)}`;

/** A manifest whose extra documents carry crafted kinds, beside a node whose providerID has a 3,000-character scheme. */
function manifest(): string {
  const node = {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name: 'n1' },
    spec: { podCIDR: '10.42.0.0/24', providerID: `zzz${'b'.repeat(3_000)}://x` },
    status: { addresses: [{ type: 'InternalIP', address: '10.0.0.1' }] },
  };
  const others = [
    { apiVersion: 'v1', kind: EVIL, metadata: { name: 'x' } },
    { apiVersion: 'v1', kind: '::error::x|@someone' },
  ];
  return [node, ...others].map((document) => stringify(document)).join('---\n');
}

describe('texts built from skipped documents and unknown providerID schemes', () => {
  it('name no crafted kind and cut a long scheme, in every format', async () => {
    const dir = await writeFiles({ 'multi.yaml': manifest() });
    for (const format of ['text', 'markdown', 'json']) {
      const result = await runCliCaptured('check', dir, '--format', format);
      expect(result.code).toBe(0);
      for (const line of result.stdout.split('\n')) {
        expect(line).not.toMatch(/^\s*::/);
        expect(line.length).toBeLessThan(1_000);
      }
      expect(result.stdout).not.toContain('pwned');
      expect(result.stdout).not.toContain('@someone');
      // Markdown leaves the sources list out; text and JSON name the kinds they skipped.
      if (format !== 'markdown') expect(result.stdout).toContain('(not a kind)');
      expect(result.stdout).toContain(`zzz${'b'.repeat(37)}…://`);
    }
  });
});
