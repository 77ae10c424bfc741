import { describe, expect, it } from 'vitest';
import { parseProviderId } from '../../src/model/instance-key.js';

describe('parseProviderId: every scheme', () => {
  it('reads vSphere as vSphere', () => {
    expect(parseProviderId('vsphere://4204a0f5-1b2c-3d4e-5f60-718293a4b5c6')).toMatchObject({
      provider: 'vsphere',
      instanceKey: 'vsphere:4204a0f5-1b2c-3d4e-5f60-718293a4b5c6',
    });
  });

  it('takes k3s, rke2 and kind as naming no cloud and no machine', () => {
    for (const [id, distribution] of [
      ['k3s://ip-10-0-1-23', 'k3s'],
      ['rke2://worker-1', 'rke2'],
      ['kind://docker/kind/kind-worker', 'kind'],
    ]) {
      const parsed = parseProviderId(id!);
      expect(parsed).toEqual({ distribution });
    }
  });

  it('names the clouds it does not check, and what is not verified there', () => {
    const openstack = parseProviderId('openstack:///6f2c1d9e-8a57-4b1f-9d3e-2c4b5a6d7e8f');
    expect(openstack.provider).toBeUndefined();
    expect(openstack.uncheckedCloud).toMatchObject({ scheme: 'openstack', name: 'OpenStack' });
    expect(openstack.uncheckedCloud?.unverified).toContain('allowed-address-pairs');
    expect(parseProviderId('hcloud://40123456').uncheckedCloud?.name).toBe('Hetzner Cloud');
    expect(parseProviderId('equinixmetal://1e2f3a4b').uncheckedCloud?.name).toBe('Equinix Metal');
    expect(parseProviderId('Unknown-Cloud://x').uncheckedCloud?.name).toBe('unknown-cloud://');
  });
});
