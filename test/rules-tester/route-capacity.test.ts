import { routeCapacity } from '../../src/rules/route-capacity.js';
import { ruleTester } from '../support/rule-tester.js';
import { cluster, node, route } from '../support/snapshot-builder.js';

/** n GCE nodes, the first `routed` of them with their route. */
function gce(n: number, routed = n) {
  const nodes = Array.from({ length: n }, (_, i) =>
    node(`n${i}`, { ip: `10.0.${i >> 8}.${i & 255}`, podCidr: `10.${100 + (i >> 8)}.${i & 255}.0/24`, vm: {} }),
  );
  const routes = nodes.slice(0, routed).map((spec) => route(String(spec.podCidr), spec.name));
  return cluster({ provider: 'gce', nodes, routes, present: ['routes'] });
}

ruleTester(routeCapacity).run({
  valid: [
    { name: 'well under the GCE project quota', snapshot: gce(200) },
    {
      name: 'no route listing: nothing to count',
      snapshot: cluster({ provider: 'gce', nodes: [node('a', { ip: '10.0.0.2', podCidr: '10.244.0.0/24', vm: {} })] }),
    },
  ],
  invalid: [
    {
      name: 'near the quota: a note',
      snapshot: gce(230),
      findings: [
        {
          severity: 'note',
          resource: 'p',
          messageIncludes: 'project p holds 230 routes: 230 of the default quota of 250',
        },
      ],
    },
    {
      name: 'over the quota once the missing routes are created: a warning',
      snapshot: gce(260, 240),
      findings: [
        {
          severity: 'warning',
          resource: 'p',
          messageIncludes:
            'holds 240 routes and needs 20 more for current nodes: 260 of the default quota of 250 — over it',
        },
      ],
    },
  ],
});
