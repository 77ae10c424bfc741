import type { Cloud } from '../types.js';
import { baremetal } from './profile.js';

/** Read from the native inventory: no cloud API to read or call. */
export const baremetalCloud: Cloud = { profile: baremetal, readers: { network: [], firewall: [], policy: [] } };
