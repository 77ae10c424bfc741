import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { swappedUuid } from '../../src/model/instance-key.js';
import { check, json, removeTempDirs, snapshotOf, writeFileIn, writeFiles } from './helpers.js';

afterAll(removeTempDirs);

const UUID = '4221a1b2-c3d4-e5f6-0718-293a4b5c6d7e';

function nodes(...specs: { name: string; ip: string; providerID?: string }[]): string {
  return json({
    apiVersion: 'v1',
    kind: 'List',
    items: specs.map((spec) => ({
      apiVersion: 'v1',
      kind: 'Node',
      metadata: { name: spec.name, annotations: { 'flannel.alpha.coreos.com/backend-type': 'host-gw' } },
      spec: { podCIDR: '10.244.0.0/24', ...(spec.providerID ? { providerID: spec.providerID } : {}) },
      status: { addresses: [{ address: spec.ip, type: 'InternalIP' }] },
    })),
  });
}

describe('swappedUuid', () => {
  it('reverses the bytes of the first three groups, and back', () => {
    expect(swappedUuid(UUID)).toBe('b2a12142-d4c3-f6e5-0718-293a4b5c6d7e');
    expect(swappedUuid(swappedUuid(UUID.toUpperCase())!)).toBe(UUID);
    expect(swappedUuid('not-a-uuid')).toBeUndefined();
    // vCenter's config.uuid and the guest's product_uuid of one VM, as published in vmware/pyvmomi issue #688.
    expect(swappedUuid('421F245C-7FA8-60FA-6AF6-A46351CED0EB')).toBe('5c241f42-a87f-fa60-6af6-a46351ced0eb');
  });
});

describe('govc readers', () => {
  it('reads the mixed casing of govc 0.31 (PascalCase list, camelCase VMs) and joins an upper-case providerID', async () => {
    const dir = await writeFiles({
      'nodes.json': nodes({ name: 'n1', ip: '10.1.0.5', providerID: `vsphere://${UUID.toUpperCase()}` }),
      'vms.json': json({
        VirtualMachines: [
          {
            self: { type: 'VirtualMachine', value: 'vm-7' },
            name: 'n1',
            config: { uuid: UUID },
            guest: {
              toolsRunningStatus: 'guestToolsExecutingScripts',
              net: [
                {
                  network: 'pg-a',
                  ipAddress: ['10.1.0.5'],
                  ipConfig: { ipAddress: [{ ipAddress: '10.1.0.5', prefixLength: 22, state: 'preferred' }] },
                  deviceConfigId: 4000,
                },
              ],
            },
          },
        ],
      }),
    });
    const snapshot = await snapshotOf(join(dir, 'nodes.json'), join(dir, 'vms.json'));
    expect(snapshot.instances.map((i) => [i.key, i.name])).toEqual([[`vsphere:${UUID}`, 'n1']]);
    expect(snapshot.subnets.map((s) => [s.id, s.cidrs.map((c) => c.text)])).toEqual([['pg-a', ['10.1.0.0/22']]]);
    expect(snapshot.interfaces[0]).toMatchObject({ instanceKey: `vsphere:${UUID}`, ips: ['10.1.0.5'] });
    expect(snapshot.gaps).toEqual([]);
  });

  it('keys a VM by the UUID as vCenter spells it when nodes name it in both byte orders', async () => {
    const dir = await writeFiles({
      'nodes.json': nodes(
        { name: 'n1', ip: '10.1.0.5', providerID: `vsphere://${swappedUuid(UUID)!}` },
        { name: 'n2', ip: '10.1.0.6', providerID: `vsphere://${UUID}` },
      ),
      'vms.json': json({ virtualMachines: [{ name: 'vm-b', config: { uuid: UUID }, guest: {} }] }),
    });
    const { snapshot } = await check(join(dir, 'nodes.json'), join(dir, 'vms.json'));
    expect(snapshot.instances.map((i) => i.key)).toEqual([`vsphere:${UUID}`]);
  });

  it('keys a VM by the swapped UUID when only that one names a node, which joins it by providerID', async () => {
    const swapped = swappedUuid(UUID)!;
    const dir = await writeFiles({
      'nodes.json': nodes({ name: 'n1', ip: '10.1.0.5', providerID: `vsphere://${swapped}` }),
      'vms.json': json({
        virtualMachines: [
          {
            name: 'vm-b',
            config: { uuid: UUID },
            guest: { toolsRunningStatus: 'guestToolsRunning', net: [{ network: 'pg-a', ipAddress: ['10.9.9.9'] }] },
          },
        ],
      }),
    });
    const { snapshot } = await check(join(dir, 'nodes.json'), join(dir, 'vms.json'));
    expect(snapshot.instances.map((i) => i.key)).toEqual([`vsphere:${swapped}`]);
    // The VM reports another address than the node's: only the providerID can have joined them.
    expect(snapshot.nodes[0]!.instanceKey).toBe(`vsphere:${swapped}`);
    expect(snapshot.interfaces.map((iface) => [iface.instanceKey, iface.subnetId])).toEqual([
      [`vsphere:${swapped}`, 'pg-a'],
    ]);
  });

  it('reads ObjectContent (obj, propSet) in PascalCase with the vim25 array as {GuestNicInfo: [...]}', async () => {
    const file = await writeFileIn(
      'collect.json',
      json([
        { Obj: { Type: 'Datastore', Value: 'datastore-1' }, PropSet: [{ Name: 'name', Val: 'ds' }] },
        {
          Obj: { Type: 'VirtualMachine', Value: 'vm-9' },
          PropSet: [
            { Name: 'config.uuid', Val: UUID },
            { Name: 'name', Val: 'n9' },
            {
              Name: 'guest.net',
              Val: {
                GuestNicInfo: [
                  {
                    Network: 'pg-b',
                    IpAddress: ['10.2.0.9'],
                    IpConfig: { IpAddress: [{ IpAddress: '10.2.0.9', PrefixLength: 24 }] },
                  },
                ],
              },
            },
          ],
        },
      ]),
    );
    const snapshot = await snapshotOf(file);
    expect(snapshot.provider).toBe('vsphere');
    expect(snapshot.instances.map((i) => i.name)).toEqual(['n9']);
    expect(snapshot.subnets.map((s) => [s.id, s.cidrs.map((c) => c.text)])).toEqual([['pg-b', ['10.2.0.0/24']]]);
  });

  it('names the file and line of a VM without config.uuid, as an input error', async () => {
    const file = await writeFileIn('vms.json', json({ virtualMachines: [{ name: 'lost', guest: {} }] }));
    await expect(check(file)).rejects.toMatchObject({
      name: 'UserError',
      message: 'VM lost has no config.uuid',
      file,
      line: 3,
    });
  });
});
