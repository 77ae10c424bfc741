import type { Cidr } from '../../model/cidr.js';
import { named } from '../../model/names/index.js';
import { shell, type Shell } from '../../model/shell.js';

/** A route name both GCE (RFC 1035, 63 chars) and Azure accept: lower case, digits and dashes. */
export function routeName(nodeName: string, cidr: Cidr): string {
  const base = `hostgw-${nodeName}`.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
  const suffix = cidr.family === 6 ? '-v6' : '';
  return `${base.slice(0, 63 - suffix.length).replace(/-+$/, '')}${suffix}`;
}

/** The last segment of a URL or resource id. */
export function lastSegment(id: string): string {
  return id.split('/').filter(Boolean).pop() ?? id;
}

/** The segment after a marker in a path: segmentAfter("projects/p/zones/z/instances/n", "zones") === "z". */
export function segmentAfter(id: string, marker: string): string | undefined {
  // Case-insensitive: Azure resource ids are, and tools spell "resourceGroups" in either case.
  const wanted = marker.toLowerCase();
  const parts = id.split('/');
  const index = parts.findIndex((part) => part.toLowerCase() === wanted);
  return index >= 0 ? parts[index + 1] : undefined;
}

/** " --region R" for an AWS command, or nothing when the region is unknown (the CLI's default region applies). */
export function awsRegionFlag(region: string | undefined): Shell {
  return region ? shell` --region ${named('aws-region', region)}` : shell``;
}
