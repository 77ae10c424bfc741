import type { Cloud } from '../types.js';
import { govcObjectCollect } from './dumps/object-collect.js';
import { govcVmInfo } from './dumps/vm-info.js';
import { vsphere } from './profile.js';

/** govc dumps, or vCenter's REST API read into the govc shape, name the VMs, their guest NICs and port groups. */
export const vsphereCloud: Cloud = {
  profile: vsphere,
  readers: { network: [govcVmInfo, govcObjectCollect], firewall: [], policy: [] },
  live: async () => (await import('./live/reader.js')).vsphereReader,
};
