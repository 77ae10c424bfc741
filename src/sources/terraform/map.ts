import type { Provider } from '../../model/provider.js';
import type { LoadedCloud, MappedResource, ResourceMapper, ResourceMappers } from './cloud.js';
import type { Mapping } from './mapping.js';
import type { TfModel } from './model.js';

/** The types of each mapper, in the order of the record: a mapper shared by several types reads them together. */
function byMapper(mappers: ResourceMappers): Map<ResourceMapper, string[]> {
  const groups = new Map<ResourceMapper, string[]>();
  for (const [type, mapper] of Object.entries(mappers)) {
    const types = groups.get(mapper);
    if (types) types.push(type);
    else groups.set(mapper, [type]);
  }
  return groups;
}

/** Adds what one resource mapped to into the document's model. */
function addMapped(model: TfModel, provider: Provider, mapped: MappedResource): void {
  if (mapped.machine) {
    model.addMachine(mapped.machine);
    model.present.add('instances').add('interfaces');
  }
  if (mapped.attached) {
    const { iface, instanceKey } = mapped.attached;
    const machine = mapped.attached.machine ? model.machine(mapped.attached.machine) : undefined;
    if (machine) {
      machine.interfaces.push(iface);
      machine.ips.push(...iface.ips);
    } else model.externalInterfaces.push({ provider, iface, instanceKey });
    model.present.add('instances').add('interfaces');
  }
  if (mapped.network) model.networks.push(mapped.network);
  if (mapped.subnet) model.subnets.push(mapped.subnet);
  if (mapped.table) model.tables.push(mapped.table);
  if (mapped.routes) model.routes.push(...mapped.routes);
  if (mapped.association) model.associations.push(mapped.association);
  if (mapped.network) model.present.add('networks');
  if (mapped.subnet) model.present.add('subnets');
  for (const kind of mapped.present ?? []) model.present.add(kind);
}

/** Maps every resource some cloud has a mapper for into `model`; returns how many resources it mapped. */
export function mapResources(m: Mapping, clouds: readonly LoadedCloud[], model: TfModel): number {
  let count = 0;
  for (const { provider, mappers } of clouds) {
    for (const [mapper, types] of byMapper(mappers)) {
      for (const resource of mapper.data ? m.plan.ofTypeOrData(...types) : m.plan.ofType(...types)) {
        const mapped = mapper.map(resource, m);
        for (const claimed of mapped.claims ?? []) m.claim(claimed, resource);
        addMapped(model, provider, mapped);
        count++;
      }
    }
  }
  return count;
}
