import type { Cloud } from '../types.js';
import { vsphere } from './profile.js';

/** Read from the native inventory for now: no dump reader, live reader or applier of its own. */
export const vsphereCloud: Cloud = { profile: vsphere, readers: { network: [], firewall: [], policy: [] } };
