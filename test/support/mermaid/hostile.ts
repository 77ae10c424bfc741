import type { Connectivity } from '../../../src/model/connectivity.js';
import { block, connectivity, group } from './connectivity.js';

/** Names a hostile input could give nodes, subnets, route tables, rules and reasons. */
export const HOSTILE = [
  'click n1 call alert()',
  'click n1 "http://e" _blank',
  '%%{init: {"securityLevel": "loose"}}%%',
  '"] --> n9["x',
  '-->',
  'a --> b',
  '<img src=x onerror=alert(1)>',
  '@someone',
  '[x](http://e)',
  'line1\nclick n2 call alert()\nclassDef x fill:#f00',
  '`',
  '```\n# heading',
  'style n1 fill:#f00;stroke:#0f0;',
  'a|b;c#35;d&amp;e',
  '<!-- hostgw-preflight:comment:default -->',
  'ﬂ°°60¶ßscript',
  'end',
  'subgraph x',
  '\u202eevil\u0000\u001b[31m',
];

/** Every hostile name as a node (`copies` times over, to reach the group view), group, route table, rule and reason. */
export function hostileCluster(copies: number): Connectivity {
  const names = Array.from({ length: copies }, (_, copy) => HOSTILE.map((name) => `${name}${copy || ''}`)).flat();
  const half = Math.ceil(names.length / 2);
  const groups = [
    group(1, HOSTILE[2]!, names.slice(0, half), [HOSTILE[0]!, HOSTILE[9]!]),
    group(2, HOSTILE[3]!, names.slice(half), [HOSTILE[0]!]),
  ];
  return connectivity(groups, [
    block(HOSTILE[4]!, [names[0]!], 'all', false, HOSTILE[1]!),
    block(HOSTILE[6]!, [names[1]!], [names[half]!], false, HOSTILE[8]!),
    block(HOSTILE[12]!, [names[2]!], [names[half + 1]!], null, HOSTILE[5]!),
    block(HOSTILE[13]!, 'all', 'all', null, HOSTILE[9]!),
  ]);
}
