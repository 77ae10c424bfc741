import { gceInstanceKey, gcePath } from '../../../model/instance-key.js';
import type { Mapping } from '../../../sources/terraform/mapping.js';
import { knownString, type ResourceInstance } from '../../../sources/terraform/plan.js';
import { str } from '../../../sources/values.js';

/** GCE names: a resource's project and zone fall back to the google provider block's. */

export function projectOf(m: Mapping, instance: ResourceInstance): string | undefined {
  return knownString(instance, ['project']) ?? m.plan.providerArgument('google', 'project');
}

export function zoneOf(m: Mapping, instance: ResourceInstance): string | undefined {
  return knownString(instance, ['zone']) ?? m.plan.providerArgument('google', 'zone');
}

/** Networks compare as "projects/P/global/networks/N", however the plan spells them (URL, path, bare name). */
function networkFromValue(value: string, project: string | undefined): string {
  if (value.includes('projects/')) return gcePath(value);
  const name = value.split('/').pop() ?? value;
  return project ? `projects/${project}/global/networks/${name}` : name;
}

function networkIdOf(m: Mapping, network: ResourceInstance): string {
  const selfLink = knownString(network, ['self_link']);
  if (selfLink) return gcePath(selfLink);
  const name = knownString(network, ['name']);
  return name ? networkFromValue(name, projectOf(m, network)) : network.address;
}

export function subnetworkIdOf(m: Mapping, subnetwork: ResourceInstance): string {
  const selfLink = knownString(subnetwork, ['self_link']);
  if (selfLink) return gcePath(selfLink);
  const name = knownString(subnetwork, ['name']);
  const region = knownString(subnetwork, ['region']);
  const project = projectOf(m, subnetwork);
  return name && region && project ? `projects/${project}/regions/${region}/subnetworks/${name}` : subnetwork.address;
}

/** The network an attribute names or refers to; a subnetwork's network when only that is given. */
export function networkOf(
  m: Mapping,
  instance: ResourceInstance,
  path: (string | number)[],
  subnetworkPath?: (string | number)[],
): { id?: string; why?: string } {
  const project = projectOf(m, instance);
  const network = m.single(instance, path, ['google_compute_network']);
  if (network.kind === 'known' && str(network.value)) return { id: networkFromValue(str(network.value)!, project) };
  if (network.kind === 'target') return { id: networkIdOf(m, network.target) };
  if (subnetworkPath) {
    const subnetwork = m.single(instance, subnetworkPath, ['google_compute_subnetwork']);
    if (subnetwork.kind === 'target') {
      const viaSubnet = networkOf(m, subnetwork.target, ['network']);
      if (viaSubnet.id) return viaSubnet;
    }
    if (subnetwork.kind === 'known') {
      const target = m.plan.ofTypeOrData('google_compute_subnetwork').find((candidate) => {
        const link = knownString(candidate, ['self_link']);
        return link !== undefined && gcePath(link) === gcePath(String(subnetwork.value));
      });
      if (target) return networkOf(m, target, ['network']);
    }
  }
  return { why: network.kind === 'unknown' ? network.why : `${path.join('.')} is not set` };
}

export function subnetworkOf(m: Mapping, instance: ResourceInstance, path: (string | number)[]): string | undefined {
  const subnetwork = m.single(instance, path, ['google_compute_subnetwork']);
  if (subnetwork.kind === 'target') return subnetworkIdOf(m, subnetwork.target);
  if (subnetwork.kind !== 'known' || !str(subnetwork.value)) return undefined;
  const value = str(subnetwork.value)!;
  if (value.includes('projects/')) return gcePath(value);
  const zone = knownString(instance, ['zone']);
  const region = knownString(instance, ['region']) ?? zone?.replace(/-[a-z]$/, '');
  const project = projectOf(m, instance);
  return region && project ? `projects/${project}/regions/${region}/subnetworks/${value}` : value;
}

/** The instance key of a google_compute_instance whose project, zone and name are known. */
export function instanceKeyOf(m: Mapping, instance: ResourceInstance): string | undefined {
  const name = knownString(instance, ['name']);
  const zone = zoneOf(m, instance);
  const project = projectOf(m, instance);
  return name && zone && project ? gceInstanceKey(project, zone, name) : undefined;
}
