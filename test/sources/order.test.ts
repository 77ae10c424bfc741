import { describe, expect, it } from 'vitest';
import { SnapshotBuilder } from '../../src/sources/builder.js';

describe('snapshot order', () => {
  it('lists nodes in code-unit order of their names, whatever the runner locale', () => {
    const builder = new SnapshotBuilder();
    // localeCompare would put "node-10" before "Node-a" and "node-a" beside "Node-a".
    for (const name of ['node-b', 'node-a', 'Node-a', 'node-9', 'node-10']) {
      builder.addNode({
        name,
        os: 'linux',
        internalIps: [],
        podCidrs: [],
        provider: 'baremetal',
        backendType: 'host-gw',
      });
    }
    expect(builder.build().nodes.map((node) => node.name)).toEqual(['Node-a', 'node-10', 'node-9', 'node-a', 'node-b']);
  });
});
