import type { ProviderProfile } from '../types.js';

const GOVC = '`govc vm.info -json` of the node VMs (docs/formats.md#vsphere-govc)';

/** No cloud API to check or call: the rules that apply are subnet membership, pod CIDRs and the backend. */
export const vsphere: ProviderProfile = {
  id: 'vsphere',
  displayName: 'vSphere',
  dumps: {
    instances: GOVC,
    interfaces: GOVC,
    subnets: `${GOVC}, or a HostGwInventory with spec.subnets`,
  },
  segment: {
    noun: 'port group',
    move: (node, id) => `Connect the network adapter of ${node} that carries its node IP to port group ${id}`,
  },
};
