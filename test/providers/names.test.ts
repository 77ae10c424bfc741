import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentAfter } from '../../src/clouds/shared/names.js';
import { gceRouteName } from '../../src/clouds/gce/route-name.js';
import { parseCidr } from '../../src/model/cidr.js';

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

describe('gceRouteName', () => {
  const net = 'projects/acme-staging/global/networks/k8s-net';
  const cidr = (text: string) => parseCidr(text)!;

  it('is hostgw-<cluster>-<10 hex>, by the network name without a cluster name, the same on every call', () => {
    expect(gceRouteName(undefined, net, cidr('10.48.2.0/24'))).toBe('hostgw-k8s-net-2a1537efd5');
    expect(gceRouteName('prod', net, cidr('10.48.2.0/24'))).toMatch(/^hostgw-prod-[0-9a-f]{10}$/);
    expect(gceRouteName('prod', net, cidr('10.48.2.0/24'))).toBe(gceRouteName('prod', net, cidr('10.48.2.0/24')));
  });

  it('differs by range, network and cluster, also between clusters whose names sanitise alike', () => {
    const names = new Set([
      gceRouteName('prod', net, cidr('10.48.2.0/24')),
      gceRouteName('prod', net, cidr('10.48.3.0/24')),
      gceRouteName('prod', net, cidr('fd00:48:2::/64')),
      gceRouteName('prod', 'projects/acme-staging/global/networks/other', cidr('10.48.2.0/24')),
      gceRouteName('Prod', net, cidr('10.48.2.0/24')),
      gceRouteName('prod!', net, cidr('10.48.2.0/24')),
    ]);
    expect(names.size).toBe(6);
  });

  it('is a name GCE accepts whatever the cluster is called', () => {
    fc.assert(
      fc.property(fc.option(fc.string({ maxLength: 200 }), { nil: undefined }), fc.string(), (cluster, network) => {
        const name = gceRouteName(cluster, network, cidr('10.244.7.0/24'));
        expect(name).toMatch(/^[a-z]([-a-z0-9]*[a-z0-9])?$/);
        expect(name.length).toBeLessThanOrEqual(63);
        expect(name).not.toContain('--');
      }),
    );
    expect(gceRouteName('---', undefined, cidr('10.244.7.0/24'))).toMatch(/^hostgw-[0-9a-f]{10}$/);
  });
});
