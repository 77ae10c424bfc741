import type { Rule } from './types.js';

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
  *check({ topology, profile }) {
    const forwarding = profile.forwarding;
    for (const view of topology.views) {
      if (view.interfaces.length === 0 && view.node.forwarding === false) {
        yield {
          node: view.node.name,
          message: `node ${view.node.name} does not allow IP forwarding (declared by the inventory): pod traffic to and from it is dropped`,
          remediation: forwarding?.enable(view, undefined) ?? { text: 'Allow forwarding of foreign addresses on the node\'s network port (hypervisor or switch security policy).' },
          origin: view.node.origin,
        };
      }
      if (!forwarding) continue;
      for (const iface of view.interfaces) {
        if (iface.forwarding !== false) continue;
        const carried = iface.ips.filter((ip) => view.ips.has(ip)).join(', ');
        yield {
          node: view.node.name,
          resource: iface.id,
          message: `${forwarding.blockedState} on ${iface.name} (carries ${view.node.os === 'windows' ? 'Windows ' : ''}node ${view.node.name}'s IP ${carried}): the cloud drops pod traffic to and from this node`,
          remediation: forwarding.enable(view, iface),
          origin: iface.origin,
        };
      }
    }
  },
};
