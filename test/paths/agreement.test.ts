import { describe, expect, it } from 'vitest';
import { contextOfFolder, disagreements, fixtureFolders, MAX_NODES } from './agreement.js';

// Until path checks are registered every pair is delivered both ways; test/paths/agreement-bites.test.ts shows the
// comparison fails on checks whose blocks and hops disagree.
describe('explain and the connectivity matrix agree on every pair of every small fixture', () => {
  it('finds the fixture folders', () => {
    expect(fixtureFolders()).toEqual(expect.arrayContaining(['fixtures/gce/broken', 'fixtures/inventory']));
  });

  it.each(fixtureFolders())('%s', async (folder) => {
    const context = await contextOfFolder(folder);
    if (context.snapshot.nodes.length > MAX_NODES) return;
    expect(disagreements(context)).toEqual([]);
  });
});
