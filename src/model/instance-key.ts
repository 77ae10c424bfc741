import { memoByText } from './memo.js';
import type { Provider } from './provider.js';
import { namesNoCloud, uncheckedCloud, type UncheckedCloud } from './provider-schemes.js';

/**
 * Instance keys: one normalised spelling per cloud machine, so that a node's providerID, an instance listing and a
 * route's next hop all meet in the same map key. This module is the only one that builds or takes them apart.
 */
export type InstanceRef =
  | { readonly provider: 'aws'; readonly instanceId: string }
  | { readonly provider: 'gce'; readonly project: string; readonly zone: string; readonly name: string }
  /** The VM's resource id, lower-cased (Azure ids are case-insensitive). */
  | { readonly provider: 'azure'; readonly vmId: string }
  | { readonly provider: 'vsphere'; readonly uuid: string };

export function instanceKey(ref: InstanceRef): string {
  switch (ref.provider) {
    case 'aws':
      return `aws:${ref.instanceId}`;
    case 'gce':
      return `gce:${ref.project}/${ref.zone}/${ref.name}`;
    case 'azure':
      return `azure:${azureId(ref.vmId)}`;
    case 'vsphere':
      return `vsphere:${ref.uuid.toLowerCase()}`;
  }
}

/** The machine a key names, or undefined for anything that is not a key this module built. */
export function parseInstanceKey(key: string | undefined): InstanceRef | undefined {
  const colon = key?.indexOf(':') ?? -1;
  if (!key || colon < 0) return undefined;
  const rest = key.slice(colon + 1);
  switch (key.slice(0, colon)) {
    case 'aws':
      return rest ? { provider: 'aws', instanceId: rest } : undefined;
    case 'gce': {
      const [project, zone, name, extra] = rest.split('/');
      return project && zone && name && extra === undefined ? { provider: 'gce', project, zone, name } : undefined;
    }
    case 'azure':
      return rest ? { provider: 'azure', vmId: rest } : undefined;
    case 'vsphere':
      return rest ? { provider: 'vsphere', uuid: rest } : undefined;
    default:
      return undefined;
  }
}

/** The provider of a key's machine: "aws:i-0abc" → aws. */
export function instanceProvider(key: string | undefined): Provider | undefined {
  return parseInstanceKey(key)?.provider;
}

export function awsInstanceKey(instanceId: string): string {
  return instanceKey({ provider: 'aws', instanceId });
}

export function gceInstanceKey(project: string, zone: string, name: string): string {
  return instanceKey({ provider: 'gce', project, zone, name });
}

export function vsphereInstanceKey(uuid: string): string {
  return instanceKey({ provider: 'vsphere', uuid });
}

/**
 * A VM's BIOS UUID the other way round: SMBIOS before 2.6 stored the first three groups little-endian, so a guest
 * (and the providerID its cloud provider derives from it) can read "4221a1b2-c3d4-e5f6-…" as "b2a12142-d4c3-f6e5-…".
 * Undefined when the text is not a UUID.
 */
export function swappedUuid(uuid: string): string | undefined {
  const match = /^([0-9a-f]{8})-([0-9a-f]{4})-([0-9a-f]{4})(-[0-9a-f]{4}-[0-9a-f]{12})$/i.exec(uuid);
  if (!match) return undefined;
  const reversed = (hex: string) => hex.match(/../g)!.reverse().join('');
  return `${reversed(match[1]!)}-${reversed(match[2]!)}-${reversed(match[3]!)}${match[4]!}`.toLowerCase();
}

/** Azure resource ids are case-insensitive, and providerIDs spell `resourcegroups` in lower case. */
export function azureId(id: string): string {
  return id.toLowerCase();
}

export function azureInstanceKey(vmId: string): string {
  return instanceKey({ provider: 'azure', vmId });
}

/** "projects/p/zones/z/instances/n": the instance path GCE APIs and gcloud take. */
export function gceInstancePath(ref: { project: string; zone: string; name: string }): string {
  return `projects/${ref.project}/zones/${ref.zone}/instances/${ref.name}`;
}

/** "https://www.googleapis.com/compute/v1/projects/p/zones/z/instances/n" -> "projects/p/zones/z/instances/n". */
export function gcePath(url: string): string {
  const at = url.indexOf('projects/');
  return at >= 0 ? url.slice(at) : url;
}

/** The instance key of an instance URL (its selfLink, a route's nextHopInstance), or undefined for another URL. */
// Remembered per URL: every node's instance and every route to it name the same few thousand URLs.
export const gceInstanceKeyFromUrl = memoByText((url): string | undefined => {
  const match = /projects\/([^/]+)\/zones\/([^/]+)\/instances\/([^/]+)$/.exec(gcePath(url));
  return match ? gceInstanceKey(match[1]!, match[2]!, match[3]!) : undefined;
});

export interface ParsedProviderId {
  readonly provider?: Provider;
  readonly instanceKey?: string;
  /** The machine the providerID names, when it names one completely. */
  readonly ref?: InstanceRef;
  /** AWS: the availability zone (aws:///us-east-1a/i-…), which gives the region. */
  readonly zone?: string;
  /** A cloud this tool does not check (openstack://, hcloud://, an unknown scheme). */
  readonly uncheckedCloud?: UncheckedCloud;
  /** The distribution whose providerID names no cloud (k3s://, rke2://, kind://): joined by address, if at all. */
  readonly distribution?: string;
}

function withRef(ref: InstanceRef, extra: { zone?: string } = {}): ParsedProviderId {
  return { provider: ref.provider, instanceKey: instanceKey(ref), ref, ...extra };
}

/** A Kubernetes node's spec.providerID, read the way each cloud's controller manager writes it. */
export function parseProviderId(providerId: string): ParsedProviderId {
  const scheme = /^([a-z0-9-]+):\/\/(.*)$/i.exec(providerId);
  if (!scheme) return {};
  const rest = scheme[2]!;
  const name = scheme[1]!.toLowerCase();
  switch (name) {
    case 'aws': {
      const parts = rest.replace(/^\/+/, '').split('/');
      const id = parts.pop() ?? '';
      const zone = parts.length > 0 ? parts.pop() || undefined : undefined;
      return /^i-[0-9a-f]+$/.test(id)
        ? withRef({ provider: 'aws', instanceId: id }, { zone })
        : { provider: 'aws', zone };
    }
    case 'gce': {
      const [project, zone, name] = rest.split('/');
      return project && zone && name ? withRef({ provider: 'gce', project, zone, name }) : { provider: 'gce' };
    }
    case 'azure': {
      const path = rest.replace(/^\/*/, '/');
      return /^\/subscriptions\//i.test(path) ? withRef({ provider: 'azure', vmId: path }) : { provider: 'azure' };
    }
    case 'vsphere':
      return withRef({ provider: 'vsphere', uuid: rest.replace(/^\/*/, '') });
    default:
      return namesNoCloud(name) ? { distribution: name } : { uncheckedCloud: uncheckedCloud(name) };
  }
}
