import { cloudRoute } from './checks/cloud-route.js';
import { firewall } from './checks/firewall.js';
import { destinationForwarding, sourceForwarding } from './checks/forwarding.js';
import { hostRoute } from './checks/host-route.js';
import { onLink } from './checks/on-link.js';
import type { PathCheck } from './types.js';

/** The path checks, in the order a packet meets their steps. */
export const PATH_CHECKS: readonly PathCheck[] = [
  sourceForwarding,
  hostRoute,
  cloudRoute,
  onLink,
  firewall,
  destinationForwarding,
];
