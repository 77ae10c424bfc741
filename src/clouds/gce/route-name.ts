import { createHash } from 'node:crypto';
import type { Cidr } from '../../model/cidr.js';
import { lastSegment } from '../shared/names.js';

/** GCE's limit on resource names (RFC 1035: a lower-case letter first, a letter or digit last). */
const MAX = 63;
const PREFIX = 'hostgw-';
const HASH_LENGTH = 10;

/** A name segment GCE accepts: lower case, digits and single dashes, none at either end. */
function sanitise(text: string, max: number): string {
  const clean = text
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+/, '');
  return clean.slice(0, max).replace(/-+$/, '');
}

/**
 * The name of a new pod route: `hostgw-<cluster>-<hash>`. Route names are unique per project, which several
 * clusters (and leftovers of earlier ones) share, so a node name alone collides. The hash covers the cluster as
 * given, the network and the pod CIDR, so the name is the same on every run for one range of one cluster, and
 * differs between clusters whose sanitised names happen to read alike. Without --cluster-name the cluster is
 * known by its network's name.
 */
export function gceRouteName(cluster: string | undefined, network: string | undefined, cidr: Cidr): string {
  const identity = cluster ?? (network ? lastSegment(network) : '');
  const hash = createHash('sha256')
    .update(`${identity}\n${network ?? ''}\n${cidr.text}`)
    .digest('hex')
    .slice(0, HASH_LENGTH);
  const label = sanitise(identity, MAX - PREFIX.length - HASH_LENGTH - 1);
  return `${PREFIX}${label ? `${label}-` : ''}${hash}`;
}
