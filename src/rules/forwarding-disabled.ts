import type { ClusterSnapshot, NetworkInterface } from '../model/snapshot.js';
import type { NodeView } from '../model/topology.js';
import type { Rule } from './types.js';

/** A planned node's addresses may be known only after apply: then every interface of its machine is its own. */
function interfacesOf(view: NodeView, snapshot: ClusterSnapshot): readonly NetworkInterface[] {
  if (!view.node.planned || view.interfaces.length > 0 || !view.instanceKey) return view.interfaces;
  return snapshot.interfaces.filter((iface) => iface.instanceKey === view.instanceKey);
}

export const forwardingDisabled: Rule = {
  meta: {
    id: 'forwarding-disabled',
    title: "A node's cloud anti-spoofing check is still on",
    severity: 'error',
    helpAnchor: 'forwarding-disabled',
    description:
      'host-gw sends pod traffic to the node that owns the pod CIDR with the pod addresses as source and destination. ' +
      'Clouds drop such packets unless the interface may forward traffic that is not its own: AWS source/destination check ' +
      '(per ENI), GCE canIpForward, Azure NIC IP forwarding. This applies to Linux and Windows nodes alike.',
    remediation:
      'Turn the check off on every interface that carries the node IP: AWS modify-network-interface-attribute --no-source-dest-check, ' +
      'GCE canIpForward=true (and in the instance template), Azure az network nic update --ip-forwarding true.',
  },
  *check({ topology, profile, snapshot }) {
    const forwarding = profile.forwarding;
    for (const view of topology.views) {
      const interfaces = interfacesOf(view, snapshot);
      if (interfaces.length === 0 && view.node.forwarding === false) {
        yield {
          node: view.node.name,
          message: `node ${view.node.name} does not allow IP forwarding (declared by the inventory): pod traffic to and from it is dropped`,
          remediation: forwarding?.enable(view, undefined) ?? { text: 'Allow forwarding of foreign addresses on the node\'s network port (hypervisor or switch security policy).' },
          origin: view.node.origin,
        };
      }
      if (!forwarding) continue;
      for (const iface of interfaces) {
        if (iface.forwarding !== false) continue;
        const carried = iface.ips.filter((ip) => view.ips.includes(ip)).join(', ');
        const whose = carried ? `carries ${view.node.os === 'windows' ? 'Windows ' : ''}node ${view.node.name}'s IP ${carried}` : `of planned ${view.node.os === 'windows' ? 'Windows ' : ''}node ${view.node.name}`;
        yield {
          node: view.node.name,
          resource: iface.id,
          // A state machines only start in (a launch template's) may still be changed at boot: a warning.
          severity: iface.forwardingCaveat ? 'warning' : undefined,
          message: iface.forwardingCaveat
            ? `${forwarding.blockedState} on ${iface.name} (${whose}): ${iface.forwardingCaveat}: the cloud would drop pod traffic to and from those nodes`
            : `${forwarding.blockedState} on ${iface.name} (${whose}): the cloud drops pod traffic to and from this node`,
          remediation: iface.remediation ?? forwarding.enable(view, iface),
          origin: iface.origin,
        };
      }
    }
  },
};
