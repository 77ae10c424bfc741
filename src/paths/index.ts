import { cloudRoute } from './checks/cloud-route.js';
import { firewall } from './checks/firewall.js';
import type { PathCheck } from './types.js';

/** The path checks, in the order a packet meets their steps. */
export const PATH_CHECKS: readonly PathCheck[] = [cloudRoute, firewall];
