import { named } from '../model/names/index.js';
import { shell, withCommand, type Shell } from '../model/shell.js';
import type { Rule } from './types.js';

const HOST_GW = 'host-gw';
const CONFIGMAP = 'ConfigMap ';

/** `kubectl edit` for a flannel ConfigMap ("ConfigMap NAMESPACE/NAME"); nothing for other sources (RKE cluster.yml). */
function editCommand(describedBy: string): Shell | undefined {
  if (!describedBy.startsWith(CONFIGMAP)) return undefined;
  const ref = describedBy.slice(CONFIGMAP.length);
  const slash = ref.indexOf('/');
  return shell`kubectl -n ${named('kubernetes-namespace', ref.slice(0, slash))} edit configmap ${named('kubernetes-configmap', ref.slice(slash + 1))}`;
}

export const backendMismatch: Rule = {
  meta: {
    id: 'backend-mismatch',
    title: 'flannel is not configured for host-gw, or nodes disagree',
    severity: 'error',
    docsUrl: 'docs/rules.md#backend-mismatch',
    description:
      'These checks are for the host-gw backend (L2bridge on Windows). A ConfigMap or RKE cluster.yml with another backend, or nodes whose ' +
      'flannel.alpha.coreos.com/backend-type annotation differs, mean the cluster runs something else, or mixes backends that cannot reach each other.',
    remediation:
      'Set Backend.Type to "host-gw" in net-conf.json of kube-flannel-cfg (RKE: network.options.flannel_backend_type), then restart the flannel DaemonSets on Linux and Windows.',
    docs: {
      summary: 'flannel is not configured for host-gw, or nodes disagree',
      providers: ['aws', 'gce', 'azure', 'vsphere', 'baremetal'],
      checks: [
        "The flannel ConfigMap (`net-conf.json` `Backend.Type`), RKE's `flannel_backend_type` or a node's `flannel.alpha.coreos.com/backend-type` annotation says something other than `host-gw`, or nodes disagree.",
      ],
      needs: [
        'The nodes: `kubectl get nodes -o json` (or `-o yaml`), a native inventory, or live mode.',
        'The flannel ConfigMap (`kubectl -n kube-flannel get cm kube-flannel-cfg -o yaml`) or RKE `cluster.yml`, when available.',
      ],
      remediation: ['Set `"Backend": {"Type": "host-gw"}` and restart the flannel DaemonSets (Linux and Windows).'],
      fix: ['Manual: the plan says what a person must do; apply leaves it alone.'],
    },
  },
  *check({ snapshot, topology }) {
    const declared = snapshot.flannel.filter((config) => config.backendType !== undefined);
    for (const config of declared) {
      if (config.backendType === HOST_GW) continue;
      const text =
        'Set Backend.Type to "host-gw" in net-conf.json, then restart the flannel DaemonSets on Linux and Windows.';
      const edit = editCommand(config.describedBy);
      yield {
        resource: config.describedBy,
        message: `${config.describedBy} sets the flannel backend to "${config.backendType}", not "${HOST_GW}"`,
        remediation: edit ? withCommand({ text }, edit) : { text, command: undefined },
        origin: config.origin,
      };
    }
    const expected = declared[0]?.backendType ?? HOST_GW;
    for (const view of topology.views) {
      const actual = view.node.backendType;
      // A node still on host-gw is where the cluster should be; the ConfigMap finding covers the cluster.
      if (actual === undefined || actual === expected || actual === HOST_GW) continue;
      yield {
        node: view.node.name,
        message: `node ${view.node.name} runs flannel backend "${actual}" (annotation flannel.alpha.coreos.com/backend-type) but the cluster is configured for "${expected}"`,
        remediation: withCommand(
          {
            text: `Restart flannel on ${view.node.name} so it picks up the configured backend (on Windows, also check the flannel config on the host).`,
          },
          // A valid node name is one plain word, so it can follow "spec.nodeName=" inside the selector word.
          shell`kubectl -n kube-flannel delete pod --field-selector spec.nodeName=${named('kubernetes-node', view.node.name)} -l app=flannel`,
        ),
        origin: view.node.origin,
      };
    }
  },
  *gaps({ snapshot, topology }) {
    const backendKnown =
      snapshot.flannel.some((config) => config.backendType) || topology.views.some((view) => view.node.backendType);
    // Planned nodes (infrastructure code only) run no flannel yet: the backend matters once real nodes are checked.
    if (backendKnown || !topology.views.some((view) => !view.node.planned)) return;
    yield {
      message: 'the flannel backend is unknown (no flannel ConfigMap, no backend-type annotation on any node)',
      remediation: { text: 'Add the flannel ConfigMap: kubectl -n kube-flannel get cm kube-flannel-cfg -o yaml.' },
    };
  },
};
