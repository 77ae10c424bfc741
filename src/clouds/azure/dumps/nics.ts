import { canonicalIp } from '../../../model/cidr.js';
import { isAbsent, type ReadContext } from '../../../sources/context.js';
import type { FormatReader } from '../../../sources/format.js';
import { azureId, azureInstanceKey } from '../../../model/instance-key.js';
import { eachOfList, isListOf } from '../../../sources/typed-list.js';
import { bool, pick, record, records, str } from '../../../sources/values.js';
import { vnetOfSubnet } from '../ids.js';
import { armObject } from './arm.js';
import { nsgOf } from './nsgs.js';

const TYPE = 'Microsoft.Network/networkInterfaces';

export const azNics: FormatReader = {
  id: 'az-network-nic-list',
  producedBy: 'az network nic list -o json (also az vmss nic list)',
  matches: (value) => isListOf(value, 'type', TYPE),
  read(value: unknown, context: ReadContext) {
    const count = eachOfList(value, 'type', TYPE, context, (item, path) => {
      const { fields: nic, at } = armObject(item, path);
      const id = str(nic.id);
      if (!id) context.fail(path, 'network interface without id');
      const ips: string[] = [];
      let subnetId: string | undefined;
      records(nic.ipConfigurations).forEach((raw, i) => {
        const { fields: config, at: configAt } = armObject(raw, [...at('ipConfigurations'), i]);
        // az CLI versions disagree on casing: privateIPAddress (older, and the REST API) and privateIpAddress (newer).
        const key = config.privateIPAddress !== undefined ? 'privateIPAddress' : 'privateIpAddress';
        const value = config[key];
        // A configuration with privateIPAddressPrefixLength holds a range ("172.20.2.16/28"), not a node's address.
        const ip =
          isAbsent(value) || config.privateIPAddressPrefixLength !== undefined
            ? undefined
            : (canonicalIp(value) ?? context.ip(value, configAt(key), `${str(nic.name) ?? id}: ${key}`));
        if (ip) ips.push(ip);
        const subnet = str(record(config.subnet).id);
        if (subnet && (!subnetId || config.primary === true)) subnetId = azureId(subnet);
      });
      const vm = str(record(nic.virtualMachine).id);
      const forwardingKey = nic.enableIPForwarding !== undefined ? 'enableIPForwarding' : 'enableIpForwarding';
      context.builder.addInterface(
        {
          id: azureId(id),
          name: str(nic.name) ?? id,
          provider: 'azure',
          instanceKey: vm ? azureInstanceKey(vm) : undefined,
          ips,
          subnetId,
          networkId: subnetId ? vnetOfSubnet(subnetId) : undefined,
          forwarding: bool(pick(nic, 'enableIPForwarding', 'enableIpForwarding')),
          securityGroupIds: nsgOf(nic),
          origin: context.origin(at(forwardingKey)),
        },
        true,
      );
      if (vm) {
        context.builder.addInstance({
          key: azureInstanceKey(vm),
          provider: 'azure',
          id: azureId(vm),
          name: vm.split('/').pop(),
          tags: [],
          origin: context.origin(at('virtualMachine')),
        });
      }
    });
    context.builder.markPresent('interfaces');
    return count;
  },
};
