import { parseProviderId } from '../../../model/instance-key.js';
import { gceInstanceKey, gcePath } from '../../../model/instance-key.js';
import type { ResourceMapper } from '../../../sources/terraform/cloud.js';
import { labelsOf, where } from '../../../sources/terraform/mapping.js';
import { isCreated, known, knownString, type ResourceInstance } from '../../../sources/terraform/plan.js';
import { records, strings } from '../../../sources/values.js';
import { projectOf, zoneOf } from './common.js';
import { forwardingOf, interfacesOf } from './network-interfaces.js';

/** A node whose project is unknown is matched by the zone and name its providerID ends with. */
function zoneAndName(zone: string, name: string): (providerId: string) => boolean {
  return (providerId) => {
    const ref = parseProviderId(providerId).ref;
    return ref?.provider === 'gce' && ref.zone === zone && ref.name === name;
  };
}

function cloudIdOf(
  instance: ResourceInstance,
  key: { project?: string; zone?: string; name?: string; cloudKey?: string },
): string | undefined {
  const selfLink = knownString(instance, ['self_link']);
  return selfLink
    ? gcePath(selfLink)
    : key.cloudKey
      ? `projects/${key.project}/zones/${key.zone}/instances/${key.name}`
      : undefined;
}

/** google_compute_instance: can_ip_forward (false when not set), network, subnetwork, network_ip and tags. */
export const instanceMapper: ResourceMapper = {
  map(instance, m) {
    const name = knownString(instance, ['name']);
    const zone = zoneOf(m, instance);
    const project = projectOf(m, instance);
    const cloudKey = name && zone && project ? gceInstanceKey(project, zone, name) : undefined;
    const origin = m.origin(instance, { attributes: ['can_ip_forward'], path: ['can_ip_forward'] });
    const forwarding = forwardingOf(m, instance, instance.address);
    const { interfaces, network } = interfacesOf(m, instance, instance.address, forwarding, {
      remediation: {
        text: `Set can_ip_forward = true in ${instance.address}${where(origin)} (Terraform stops or recreates the instance to change it).`,
      },
    });
    const beforeIp = m.ip(records(instance.before?.network_interface)[0]?.network_ip);
    const machine = {
      address: instance.address,
      provider: 'gce' as const,
      pool: false,
      cloudKey,
      cloudId: cloudIdOf(instance, { project, zone, name, cloudKey }),
      names: name ? [name.toLowerCase()] : [],
      ips: interfaces.flatMap((iface) => iface.ips),
      previous: { ips: isCreated(instance) && beforeIp ? [beforeIp] : [] },
      providerIdMatches: name && zone && !project ? zoneAndName(zone, name) : undefined,
      network,
      networkTags: strings(known(instance, ['tags'])),
      labels: labelsOf(instance, 'effective_labels', 'labels'),
      os: 'unknown' as const,
      interfaces,
      subnetIds: interfaces[0]?.subnetId ? [interfaces[0].subnetId] : [],
      created: isCreated(instance),
      origin: m.origin(instance),
    };
    return { machine };
  },
};
