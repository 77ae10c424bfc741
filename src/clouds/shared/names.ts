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
  // Called per route and per node: no split into segments. An id that starts with the marker as spelled (GCE
  // paths) needs no lower-casing; others (Azure's case-insensitive ids) are lower-cased once.
  const wanted = `${marker.toLowerCase()}/`;
  let start = marker.length + 1;
  if (!id.startsWith(`${marker}/`)) {
    const lower = id.toLowerCase();
    // Lower-casing a few characters ("İ") changes the length, and with it every offset.
    if (lower.length !== id.length || wanted.length !== marker.length + 1) return segmentAfterBySplit(id, marker);
    if (!lower.startsWith(wanted)) {
      const found = lower.indexOf(`/${wanted}`);
      if (found < 0) return undefined;
      start = found + 1 + wanted.length;
    }
  }
  const end = id.indexOf('/', start);
  return id.slice(start, end < 0 ? undefined : end);
}

function segmentAfterBySplit(id: string, marker: string): string | undefined {
  const parts = id.split('/');
  const index = parts.findIndex((part) => part.toLowerCase() === marker.toLowerCase());
  return index >= 0 ? parts[index + 1] : undefined;
}

/** " --region R" for an AWS command, or nothing when the region is unknown (the CLI's default region applies). */
export function awsRegionFlag(region: string | undefined): Shell {
  return region ? shell` --region ${named('aws-region', region)}` : shell``;
}
