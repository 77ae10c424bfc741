import { canonicalIp } from '../../../model/cidr.js';
import { isAbsent, type ReadContext } from '../../../sources/context.js';
import type { FormatReader } from '../../../sources/format.js';
import { gceInstanceKeyFromUrl, gcePath } from '../../../model/instance-key.js';
import { eachOfList, isListOf } from '../../../sources/typed-list.js';
import { record, records, str, strings, type Json } from '../../../sources/values.js';

const KIND = 'compute#instance';

function serviceAccounts(instance: Json): string[] | undefined {
  const emails: string[] = [];
  for (const account of records(instance.serviceAccounts)) {
    const email = str(account.email);
    if (email) emails.push(email);
  }
  return emails.length > 0 ? emails : undefined;
}

/** The managed instance group an instance belongs to, from its created-by metadata item. */
function createdBy(instance: Json): string | undefined {
  for (const item of records(record(instance.metadata).items)) if (item.key === 'created-by') return str(item.value);
  return undefined;
}

export const gcloudInstances: FormatReader = {
  id: 'gcloud-instances',
  producedBy: 'gcloud compute instances list --format=json',
  matches: (value) => isListOf(value, 'kind', KIND),
  read(value: unknown, context: ReadContext) {
    const count = eachOfList(value, 'kind', KIND, context, (instance, path) => {
      const selfLink = str(instance.selfLink);
      const key = selfLink ? gceInstanceKeyFromUrl(selfLink) : undefined;
      if (!selfLink || !key)
        context.fail(path, 'instance without a selfLink of the form projects/P/zones/Z/instances/N');
      const nics = records(instance.networkInterfaces);
      const id = gcePath(selfLink);
      const name = str(instance.name);
      context.builder.addInstance({
        key,
        provider: 'gce',
        id,
        name,
        network: nics[0] && str(nics[0].network) ? gcePath(str(nics[0].network)!) : undefined,
        tags: strings(record(instance.tags).items),
        serviceAccounts: serviceAccounts(instance),
        managedBy: createdBy(instance),
        origin: context.origin(path),
      });
      // The API leaves canIpForward out when it is false.
      const forwarding = instance.canIpForward === true;
      for (let i = 0; i < nics.length; i++) {
        const nic = nics[i]!;
        const v4 =
          canonicalIp(nic.networkIP) ??
          context.ip(nic.networkIP, [...path, 'networkInterfaces', i, 'networkIP'], `${key}: networkIP`);
        const v6 = isAbsent(nic.ipv6Address)
          ? undefined
          : (canonicalIp(nic.ipv6Address) ??
            context.ip(nic.ipv6Address, [...path, 'networkInterfaces', i, 'ipv6Address'], `${key}: ipv6Address`));
        context.builder.addInterface(
          {
            id: `${id}/${str(nic.name) ?? `nic${i}`}`,
            name: `${name ?? key}/${str(nic.name) ?? `nic${i}`}`,
            provider: 'gce',
            instanceKey: key,
            ips: v6 ? [v4, v6] : [v4],
            subnetId: str(nic.subnetwork) ? gcePath(str(nic.subnetwork)!) : undefined,
            networkId: str(nic.network) ? gcePath(str(nic.network)!) : undefined,
            forwarding,
            origin: context.origin(instance.canIpForward === undefined ? path : [...path, 'canIpForward']),
          },
          true,
        );
      }
    });
    context.builder.markPresent('instances');
    return count;
  },
};
