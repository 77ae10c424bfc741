import { canonicalIp } from '../../model/cidr.js';
import { isAbsent, type ReadContext } from '../context.js';
import type { FormatReader } from '../format.js';
import { gceInstanceKeyFromUrl, gcePath } from '../provider-id.js';
import { eachOfList, isListOf } from '../typed-list.js';
import { list, record, records, str } from '../values.js';

const KIND = 'compute#instance';

export const gcloudInstances: FormatReader = {
  id: 'gcloud-instances',
  producedBy: 'gcloud compute instances list --format=json',
  matches: (value) => isListOf(value, 'kind', KIND),
  read(value: unknown, context: ReadContext) {
    const count = eachOfList(value, 'kind', KIND, context, (instance, path) => {
      const selfLink = str(instance.selfLink);
      const key = selfLink ? gceInstanceKeyFromUrl(selfLink) : undefined;
      if (!selfLink || !key) context.fail(path, 'instance without a selfLink of the form projects/P/zones/Z/instances/N');
      const nics = records(instance.networkInterfaces);
      const createdBy = records(record(instance.metadata).items).find((item) => item.key === 'created-by');
      const accounts = records(instance.serviceAccounts).flatMap((account) => (str(account.email) ? [str(account.email)!] : []));
      context.builder.addInstance({
        key,
        provider: 'gce',
        id: gcePath(selfLink),
        name: str(instance.name),
        network: nics[0] && str(nics[0].network) ? gcePath(str(nics[0].network)!) : undefined,
        tags: list(record(instance.tags).items).filter((t): t is string => typeof t === 'string'),
        serviceAccounts: accounts.length > 0 ? accounts : undefined,
        managedBy: str(createdBy?.value),
        origin: context.origin(path),
      });
      // The API leaves canIpForward out when it is false.
      const forwarding = instance.canIpForward === true;
      nics.forEach((nic, i) => {
        const ips = [canonicalIp(nic.networkIP) ?? context.ip(nic.networkIP, [...path, 'networkInterfaces', i, 'networkIP'], `${key}: networkIP`)];
        const v6 = isAbsent(nic.ipv6Address) ? undefined : (canonicalIp(nic.ipv6Address) ?? context.ip(nic.ipv6Address, [...path, 'networkInterfaces', i, 'ipv6Address'], `${key}: ipv6Address`));
        if (v6) ips.push(v6);
        context.builder.addInterface({
          id: `${gcePath(selfLink)}/${str(nic.name) ?? `nic${i}`}`,
          name: `${str(instance.name) ?? key}/${str(nic.name) ?? `nic${i}`}`,
          provider: 'gce',
          instanceKey: key,
          ips,
          subnetId: str(nic.subnetwork) ? gcePath(str(nic.subnetwork)!) : undefined,
          forwarding,
          origin: context.origin(instance.canIpForward === undefined ? path : [...path, 'canIpForward']),
        }, true);
      });
    });
    context.builder.markPresent('instances');
    return count;
  },
};
