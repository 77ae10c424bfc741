import type { Cloud } from '../types.js';
import { govcObjectCollect } from './dumps/object-collect.js';
import { govcVmInfo } from './dumps/vm-info.js';
import { vsphere } from './profile.js';

/** govc dumps name the VMs, their guest NICs and port groups; no live reader or applier of its own yet. */
export const vsphereCloud: Cloud = {
  profile: vsphere,
  readers: { network: [govcVmInfo, govcObjectCollect], firewall: [], policy: [] },
};
