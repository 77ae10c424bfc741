import { describe, expect, it } from 'vitest';
import { moduleSteps, parseTraversal } from '../../src/sources/terraform/address.js';
import { PlanData, terraformKind, valueAt } from '../../src/sources/terraform/plan.js';
import { Resolver, type Resolved } from '../../src/sources/terraform/references.js';
import { C, R, cfg, planJson, type Res } from './plans.js';
import type { Json } from './helpers.js';

function resolver(
  resources: Res[],
  root: Json,
  extra: Json = {},
): { plan: PlanData; resolve: (address: string, path: (string | number)[]) => Resolved } {
  const plan = PlanData.read(planJson(resources, root, extra), 'plan');
  const resolver = new Resolver(plan);
  return {
    plan,
    resolve: (address, path) => {
      const instance = plan.get(address);
      if (!instance) throw new Error(`no instance ${address}`);
      return resolver.resolve(instance, path);
    },
  };
}

function targets(resolved: Resolved): string[] {
  if (resolved.kind !== 'refs') throw new Error(`expected references, got ${JSON.stringify(resolved)}`);
  return resolved.targets.map((target) => target.address).sort();
}

function why(resolved: Resolved): string {
  if (resolved.kind !== 'unknown') throw new Error(`expected unknown, got ${JSON.stringify(resolved)}`);
  return resolved.why;
}

const subnet = (address: string): Res => ({ address, after: { cidr_block: '10.0.1.0/24' }, unknown: ['id'] });

describe('addresses and references', () => {
  it('parses traversals with numeric and string keys', () => {
    expect(parseTraversal('module.a[0].aws_instance.node["w-1"].id')).toEqual([
      { attr: 'module' },
      { attr: 'a' },
      { key: 0 },
      { attr: 'aws_instance' },
      { attr: 'node' },
      { key: 'w-1' },
      { attr: 'id' },
    ]);
    expect(parseTraversal('aws_subnet.x[count.index]')).toBeUndefined();
    expect(moduleSteps('module.cluster.module.pool["b"]')).toEqual([{ name: 'cluster' }, { name: 'pool', key: 'b' }]);
  });

  it('tells a plan from a state from other JSON', () => {
    expect(terraformKind({ format_version: '1.2', terraform_version: '1.9.8', planned_values: {} })).toBe('plan');
    expect(terraformKind({ format_version: '1.0', terraform_version: '1.5.7', values: { root_module: {} } })).toBe(
      'state',
    );
    expect(terraformKind({ format_version: '1.0', values: { root_module: {} } })).toBeUndefined();
    expect(terraformKind({ version: 4, terraform_version: '1.9.8', resources: [] })).toBeUndefined();
  });

  it('tells a value unknown until apply from one that is not set', () => {
    const { plan } = resolver(
      [
        {
          address: 'aws_instance.a',
          after: { subnet_id: null, source_dest_check: null, tags: { Name: 'a' } },
          unknown: ['subnet_id'],
        },
      ],
      {},
    );
    const instance = plan.get('aws_instance.a')!;
    expect(valueAt(instance, ['subnet_id'])).toEqual({ state: 'unknown' });
    expect(valueAt(instance, ['source_dest_check'])).toEqual({ state: 'absent' });
    expect(valueAt(instance, ['tags', 'Name'])).toEqual({ state: 'known', value: 'a' });
  });

  it('leaves destroyed objects out and keeps them apart', () => {
    const { plan } = resolver(
      [
        { address: 'aws_instance.old', before: { id: 'i-1' }, actions: ['delete'] },
        { address: 'aws_instance.new', after: {} },
      ],
      {},
    );
    expect(plan.get('aws_instance.old')).toBeUndefined();
    expect(plan.deleted.map((instance) => instance.address)).toEqual(['aws_instance.old']);
  });
});

describe('following references through the configuration', () => {
  it('returns a known value as it is, without following anything', () => {
    const { resolve } = resolver([{ address: 'aws_instance.a', after: { subnet_id: 'subnet-0abc' } }], {
      resources: [cfg('aws_instance.a', { subnet_id: R('aws_subnet.x.id', 'aws_subnet.x') })],
    });
    expect(resolve('aws_instance.a', ['subnet_id'])).toEqual({ kind: 'known', value: 'subnet-0abc' });
  });

  it('finds the resource an unknown id comes from', () => {
    const { resolve } = resolver(
      [subnet('aws_subnet.nodes'), { address: 'aws_instance.a', after: {}, unknown: ['subnet_id'] }],
      {
        resources: [
          cfg('aws_subnet.nodes', {}),
          cfg('aws_instance.a', { subnet_id: R('aws_subnet.nodes.id', 'aws_subnet.nodes') }),
        ],
      },
    );
    expect(targets(resolve('aws_instance.a', ['subnet_id']))).toEqual(['aws_subnet.nodes']);
  });

  it('follows a module variable to the argument of the module call', () => {
    const { resolve } = resolver(
      [
        subnet('aws_subnet.nodes'),
        { address: 'module.workers.aws_instance.node[0]', after: {}, unknown: ['subnet_id'] },
      ],
      {
        resources: [cfg('aws_subnet.nodes', {})],
        module_calls: {
          workers: {
            source: './modules/workers',
            expressions: { subnet_id: R('aws_subnet.nodes.id', 'aws_subnet.nodes') },
            module: {
              resources: [cfg('aws_instance.node', { subnet_id: R('var.subnet_id') }, { count_expression: C(1) })],
            },
          },
        },
      },
    );
    expect(targets(resolve('module.workers.aws_instance.node[0]', ['subnet_id']))).toEqual(['aws_subnet.nodes']);
  });

  it('picks the element with the same count.index when both resources have the same keys', () => {
    const resources: Res[] = [
      subnet('aws_subnet.s[0]'),
      subnet('aws_subnet.s[1]'),
      { address: 'aws_instance.n[0]', unknown: ['subnet_id'] },
      { address: 'aws_instance.n[1]', unknown: ['subnet_id'] },
    ];
    const root = {
      resources: [cfg('aws_subnet.s', {}), cfg('aws_instance.n', { subnet_id: R('aws_subnet.s', 'count.index') })],
    };
    const { resolve } = resolver(resources, root);
    expect(targets(resolve('aws_instance.n[1]', ['subnet_id']))).toEqual(['aws_subnet.s[1]']);
    expect(targets(resolve('aws_instance.n[0]', ['subnet_id']))).toEqual(['aws_subnet.s[0]']);
  });

  it('does not guess an element when the keys differ (count.index % 2 and the like)', () => {
    const resources: Res[] = [
      subnet('aws_subnet.s[0]'),
      subnet('aws_subnet.s[1]'),
      ...[0, 1, 2].map((i) => ({ address: `aws_instance.n[${i}]`, unknown: ['subnet_id'] })),
    ];
    const root = {
      resources: [cfg('aws_subnet.s', {}), cfg('aws_instance.n', { subnet_id: R('aws_subnet.s', 'count.index') })],
    };
    expect(why(resolver(resources, root).resolve('aws_instance.n[2]', ['subnet_id']))).toContain(
      'an element of aws_subnet.s chosen by an expression',
    );
  });

  it('picks the element with the same each.key', () => {
    const resources: Res[] = [
      subnet('aws_subnet.s["a"]'),
      subnet('aws_subnet.s["b"]'),
      { address: 'aws_instance.n["a"]', unknown: ['subnet_id'] },
      { address: 'aws_instance.n["b"]', unknown: ['subnet_id'] },
    ];
    const root = {
      resources: [cfg('aws_subnet.s', {}), cfg('aws_instance.n', { subnet_id: R('aws_subnet.s', 'each.key') })],
    };
    expect(targets(resolver(resources, root).resolve('aws_instance.n["b"]', ['subnet_id']))).toEqual([
      'aws_subnet.s["b"]',
    ]);
  });

  it('uses a literal index in the reference', () => {
    const resources: Res[] = [
      subnet('aws_subnet.s[0]'),
      subnet('aws_subnet.s[1]'),
      { address: 'aws_instance.a', unknown: ['subnet_id'] },
    ];
    const root = {
      resources: [
        cfg('aws_subnet.s', {}),
        cfg('aws_instance.a', { subnet_id: R('aws_subnet.s[1].id', 'aws_subnet.s[1]', 'aws_subnet.s') }),
      ],
    };
    expect(targets(resolver(resources, root).resolve('aws_instance.a', ['subnet_id']))).toEqual(['aws_subnet.s[1]']);
  });

  it('returns every element for a whole collection (splat) and lets the caller decide', () => {
    const resources: Res[] = [
      subnet('aws_subnet.s[0]'),
      subnet('aws_subnet.s[1]'),
      { address: 'aws_autoscaling_group.g', unknown: ['vpc_zone_identifier'] },
    ];
    const root = {
      resources: [cfg('aws_subnet.s', {}), cfg('aws_autoscaling_group.g', { vpc_zone_identifier: R('aws_subnet.s') })],
    };
    expect(targets(resolver(resources, root).resolve('aws_autoscaling_group.g', ['vpc_zone_identifier']))).toEqual([
      'aws_subnet.s[0]',
      'aws_subnet.s[1]',
    ]);
  });

  it("follows a module output indexed by the caller's count.index (nested modules)", () => {
    const instances: Res[] = [0, 1].map((i) => ({
      address: `module.cluster.module.pool.google_compute_instance.node[${i}]`,
      after: { name: `n${i}` },
      unknown: ['self_link'],
    }));
    const routes: Res[] = [0, 1].map((i) => ({
      address: `module.cluster.google_compute_route.pods[${i}]`,
      after: { dest_range: `10.52.${i}.0/24` },
      unknown: ['next_hop_instance'],
    }));
    const root = {
      module_calls: {
        cluster: {
          source: './cluster',
          expressions: {},
          module: {
            resources: [
              cfg(
                'google_compute_route.pods',
                { next_hop_instance: R('module.pool.self_links', 'module.pool', 'count.index') },
                { count_expression: C(2) },
              ),
            ],
            module_calls: {
              pool: {
                source: '../pool',
                expressions: {},
                module: {
                  outputs: { self_links: { expression: R('google_compute_instance.node') } },
                  resources: [cfg('google_compute_instance.node', {}, { count_expression: C(2) })],
                },
              },
            },
          },
        },
      },
    };
    const { resolve } = resolver([...instances, ...routes], root);
    expect(targets(resolve('module.cluster.google_compute_route.pods[1]', ['next_hop_instance']))).toEqual([
      'module.cluster.module.pool.google_compute_instance.node[1]',
    ]);
    expect(targets(resolve('module.cluster.google_compute_route.pods[0]', ['next_hop_instance']))).toEqual([
      'module.cluster.module.pool.google_compute_instance.node[0]',
    ]);
  });

  it('resolves count.index of a module call in the module instance it belongs to', () => {
    const resources: Res[] = [
      subnet('aws_subnet.s[0]'),
      subnet('aws_subnet.s[1]'),
      { address: 'module.m[1].aws_instance.a', unknown: ['subnet_id'] },
      { address: 'module.m[0].aws_instance.a', unknown: ['subnet_id'] },
    ];
    const root = {
      resources: [cfg('aws_subnet.s', {})],
      module_calls: {
        m: {
          source: './m',
          expressions: { subnet_id: R('aws_subnet.s', 'count.index') },
          module: { resources: [cfg('aws_instance.a', { subnet_id: R('var.subnet_id') })] },
        },
      },
    };
    expect(targets(resolver(resources, root).resolve('module.m[1].aws_instance.a', ['subnet_id']))).toEqual([
      'aws_subnet.s[1]',
    ]);
  });

  it('follows nested block attributes', () => {
    const resources: Res[] = [
      { address: 'google_compute_network.vpc', after: { name: 'vpc' }, unknown: ['self_link'] },
      {
        address: 'google_compute_instance.a',
        after: { network_interface: [{ network: null }] },
        unknown: { network_interface: [{ network: true }] },
      },
    ];
    const root = {
      resources: [
        cfg('google_compute_network.vpc', {}),
        cfg('google_compute_instance.a', {
          network_interface: [{ network: R('google_compute_network.vpc.self_link', 'google_compute_network.vpc') }],
        }),
      ],
    };
    expect(
      targets(resolver(resources, root).resolve('google_compute_instance.a', ['network_interface', 0, 'network'])),
    ).toEqual(['google_compute_network.vpc']);
  });

  it('reaches data sources', () => {
    const resources: Res[] = [
      { address: 'data.aws_subnet.nodes', after: {}, unknown: ['id'], actions: ['read'] },
      { address: 'aws_instance.a', unknown: ['subnet_id'] },
    ];
    const root = {
      resources: [
        cfg('data.aws_subnet.nodes', {}),
        cfg('aws_instance.a', { subnet_id: R('data.aws_subnet.nodes.id', 'data.aws_subnet.nodes') }),
      ],
    };
    expect(targets(resolver(resources, root).resolve('aws_instance.a', ['subnet_id']))).toEqual([
      'data.aws_subnet.nodes',
    ]);
  });

  it('says so, instead of guessing, for local values and for_each element values', () => {
    const resources: Res[] = [
      subnet('aws_subnet.s'),
      { address: 'aws_instance.a', unknown: ['subnet_id'] },
      { address: 'aws_instance.b["x"]', unknown: ['subnet_id'] },
    ];
    const root = {
      resources: [
        cfg('aws_subnet.s', {}),
        cfg('aws_instance.a', { subnet_id: R('local.subnet') }),
        cfg(
          'aws_instance.b',
          { subnet_id: R('each.value.subnet', 'each.value') },
          { for_each_expression: R('var.nodes') },
        ),
      ],
    };
    const { resolve } = resolver(resources, root);
    expect(why(resolve('aws_instance.a', ['subnet_id']))).toBe(
      'subnet_id is known only after apply and comes from local.subnet, a local value (plans do not show local values)',
    );
    expect(why(resolve('aws_instance.b["x"]', ['subnet_id']))).toContain('each.value');
  });

  it('says when a reference names nothing the plan holds', () => {
    const { resolve } = resolver([{ address: 'aws_instance.a', unknown: ['subnet_id'] }], {
      resources: [cfg('aws_instance.a', { subnet_id: R('aws_subnet.gone.id', 'aws_subnet.gone') })],
    });
    expect(why(resolve('aws_instance.a', ['subnet_id']))).toContain('aws_subnet.gone, which is not in the plan');
  });

  it('does not follow what has no expression (computed by the provider)', () => {
    const { resolve } = resolver([{ address: 'aws_instance.a', unknown: ['private_ip'] }], {
      resources: [cfg('aws_instance.a', {})],
    });
    expect(why(resolve('aws_instance.a', ['private_ip']))).toBe('private_ip is known only after apply');
  });
});
