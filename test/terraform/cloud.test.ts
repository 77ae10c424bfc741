import { describe, expect, it } from 'vitest';
import { SnapshotBuilder, type Join } from '../../src/sources/builder.js';
import { ReadContext } from '../../src/sources/context.js';
import { SourceDocument } from '../../src/sources/document.js';
import type { ResourceMapper, TerraformCloud } from '../../src/sources/terraform/cloud.js';
import { knownString } from '../../src/sources/terraform/plan.js';
import { terraformReader } from '../../src/sources/terraform/reader.js';
import { planJson } from './plans.js';

/** A cloud the core has never heard of: one resource type, one machine per resource. */
const machineMapper: ResourceMapper = {
  map(resource, m) {
    const ip = m.ip(knownString(resource, ['ip']));
    const machine = {
      address: resource.address,
      provider: 'vsphere' as const,
      pool: false,
      names: [],
      ips: ip ? [ip] : [],
      previous: { ips: [] },
      networkTags: [],
      labels: {},
      os: 'unknown' as const,
      interfaces: [],
      subnetIds: [],
      created: true,
      origin: m.origin(resource),
    };
    return { machine };
  },
};
const exampleCloud: TerraformCloud = { provider: 'vsphere', load: async () => ({ example_machine: machineMapper }) };

const plan = planJson([
  { address: 'example_machine.a', after: { ip: '10.0.0.5' } },
  { address: 'example_machine.b', after: { ip: '10.0.0.6' } },
  { address: 'aws_instance.ignored', after: { private_ip: '10.0.0.7' } },
]);

async function read(builder: SnapshotBuilder): Promise<number> {
  const reader = terraformReader([exampleCloud]);
  expect(reader.matches(plan)).toBe(true);
  return reader.read(plan, new ReadContext(SourceDocument.fromValue('plan.json', plan), 0, builder));
}

describe('terraformReader maps with the clouds it is given', () => {
  it('maps only the resource types of those clouds, and joins the machines when the snapshot is built', async () => {
    const builder = new SnapshotBuilder();
    expect(await read(builder)).toBe(2);
    const snapshot = builder.build();
    expect(snapshot.nodes.map((node) => [node.name, node.planned, node.internalIps])).toEqual([
      ['example_machine.a', true, ['10.0.0.5']],
      ['example_machine.b', true, ['10.0.0.6']],
    ]);
    expect(snapshot.instances.map((instance) => instance.key)).toEqual([
      'terraform:plan.json:example_machine.a',
      'terraform:plan.json:example_machine.b',
    ]);
  });

  it('joins with the nodes of the other inputs', async () => {
    const builder = new SnapshotBuilder();
    await read(builder);
    builder.addNode({ name: 'worker-1', os: 'linux', internalIps: ['10.0.0.5'], podCidrs: [] });
    const first = builder.build();
    // The machine that has the node's address is the node's machine: it becomes no planned node of its own.
    expect(first.nodes.map((node) => [node.name, node.planned ?? false])).toEqual([
      ['example_machine.b', true],
      ['worker-1', false],
    ]);
  });
});

describe('SnapshotBuilder.collect', () => {
  it('runs a join once, with everything collected for it and the nodes read so far in name order', () => {
    const builder = new SnapshotBuilder();
    const calls: [readonly string[], string[]][] = [];
    const join: Join<string> = (items, nodes) => calls.push([items, nodes.map((node) => node.name)]);
    builder.collect(join, 'first');
    builder.addNode({ name: 'b', os: 'linux', internalIps: [], podCidrs: [] });
    builder.addNode({ name: 'a', os: 'linux', internalIps: [], podCidrs: [] });
    builder.collect(join, 'second');
    builder.build();
    builder.build();
    expect(calls).toEqual([
      [
        ['first', 'second'],
        ['a', 'b'],
      ],
    ]);
  });
});
