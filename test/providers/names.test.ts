import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentAfter } from '../../src/clouds/shared/names.js';

/** The obvious definition, kept here as the reference for the one that avoids splitting every id. */
function reference(id: string, marker: string): string | undefined {
  const parts = id.split('/');
  const index = parts.findIndex((part) => part.toLowerCase() === marker.toLowerCase());
  return index >= 0 ? parts[index + 1] : undefined;
}

describe('segmentAfter', () => {
  it('finds the segment after a marker in GCE paths and Azure ids, ignoring case', () => {
    expect(segmentAfter('projects/p/zones/z/instances/n', 'zones')).toBe('z');
    expect(segmentAfter('https://www.googleapis.com/compute/v1/projects/acme/global/routes/r', 'projects')).toBe(
      'acme',
    );
    expect(
      segmentAfter('/subscriptions/S/resourceGroups/RG/providers/Microsoft.Network/routeTables/T', 'resourcegroups'),
    ).toBe('RG');
    expect(segmentAfter('projects/p', 'zones')).toBeUndefined();
    expect(segmentAfter('a/projects', 'projects')).toBeUndefined();
    expect(segmentAfter('xprojects/p', 'projects')).toBeUndefined();
  });

  it('agrees with splitting the id into segments (fast-check)', () => {
    const segment = fc.string({
      unit: fc.constantFrom('a', 'P', 'projects', 'Projects', 'zones', 'İ', 'x', ''),
      maxLength: 3,
    });
    fc.assert(
      fc.property(
        fc.array(segment, { maxLength: 6 }),
        fc.constantFrom('projects', 'zones', 'a', 'i̇'),
        (segments, marker) => {
          const id = segments.join('/');
          expect(segmentAfter(id, marker)).toBe(reference(id, marker));
        },
      ),
      { seed: 424_242, numRuns: 2_000 },
    );
  });
});
