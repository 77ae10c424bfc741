import { named } from '../../model/names/index.js';
import type { Remediation } from '../../model/remediation.js';
import { shell, withCommand, type Shell } from '../../model/shell.js';
import type { FlannelConfig } from '../../model/snapshot.js';

/**
 * What each kind of flannel backend source needs to say host-gw, and what makes the nodes take it. Sources are told
 * apart by their describedBy, which their readers start with the tool's name ("ConfigMap ns/name", "RKE cluster.yml").
 */
export interface SourceKind {
  /** Whose defaults the reader assumed ("RKE default: …"). */
  readonly owner: string;
  /** "says" for a configuration; "asks for" where a tool still has to roll it out. */
  readonly verb: string;
  readonly set: string;
  readonly apply: string;
  /** What makes the nodes take what the source says. */
  readonly next: string;
  readonly command?: Shell;
}

const CONFIGMAP = 'ConfigMap ';

/** `kubectl edit` for a flannel ConfigMap ("ConfigMap NAMESPACE/NAME"). */
function editConfigMap(describedBy: string): Shell {
  const ref = describedBy.slice(CONFIGMAP.length);
  const slash = ref.indexOf('/');
  return shell`kubectl -n ${named('kubernetes-namespace', ref.slice(0, slash))} edit configmap ${named('kubernetes-configmap', ref.slice(slash + 1))}`;
}

const NET_CONF: Omit<SourceKind, 'command'> = {
  owner: 'flannel',
  verb: 'says',
  set: 'Set Backend.Type to "host-gw" in net-conf.json',
  apply: 'restart the flannel DaemonSets on Linux and Windows',
  next: 'restarting the flannel pods',
};

/** RKE reads canal's backend from canal_flannel_backend_type and flannel's from flannel_backend_type. */
function rkeOption(describedBy: string): string {
  return describedBy.includes('(network.plugin flannel)') ? 'flannel_backend_type' : 'canal_flannel_backend_type';
}

function rkeKind(describedBy: string): SourceKind {
  const option = rkeOption(describedBy);
  if (describedBy.startsWith('RKE cluster.yml'))
    return {
      owner: 'RKE',
      verb: 'asks for',
      set: `Set network.options.${option}: host-gw in cluster.yml`,
      apply: 'run `rke up`',
      next: 'the next `rke up`',
    };
  // "Rancher cluster c-m8z4q (network.plugin canal)": a v3 API object names its cluster.
  const id = /^Rancher cluster (c-[a-z0-9]+) /.exec(describedBy)?.[1] ?? '<id>';
  return {
    owner: 'RKE',
    verb: 'asks for',
    set: `In Rancher, edit the cluster (Edit Config, Edit as YAML) and set rancher_kubernetes_engine_config.network.options.${option}: host-gw (API: rancherKubernetesEngineConfig.network.options, PUT /v3/clusters/${id})`,
    apply: 'save it: Rancher runs RKE on the nodes',
    next: "Rancher's next update of the cluster",
  };
}

const K3S: SourceKind = {
  owner: 'k3s',
  verb: 'says',
  set: 'Set flannel-backend: host-gw in the k3s config.yaml (/etc/rancher/k3s/config.yaml) of every server',
  apply: 'restart k3s on every server (systemctl restart k3s)',
  next: 'the next restart of k3s',
};

const RKE2: SourceKind = {
  owner: 'RKE2',
  verb: 'says',
  set: 'RKE2 takes the flannel backend from its chart values: add a HelmChartConfig for rke2-canal (or rke2-flannel) with flannel.backend: host-gw in valuesContent to /var/lib/rancher/rke2/server/manifests/',
  apply: 'restart rke2-server on every server (systemctl restart rke2-server)',
  next: 'the next restart of rke2-server',
};

const K3S_OR_RKE2: SourceKind = {
  owner: 'k3s and RKE2',
  verb: 'says',
  set: 'On k3s set flannel-backend: host-gw in config.yaml; on RKE2 add a HelmChartConfig for rke2-canal (or rke2-flannel) with flannel.backend: host-gw in valuesContent to /var/lib/rancher/rke2/server/manifests/',
  apply: 'restart k3s or rke2-server on every server',
  next: 'the next restart of the servers',
};

const HELM_CHART_CONFIG: SourceKind = {
  owner: 'chart',
  verb: 'says',
  set: 'Set flannel.backend: host-gw in the valuesContent of the HelmChartConfig',
  apply: 'the Helm controller redeploys the chart; then restart the flannel pods',
  next: 'the next deployment of the chart',
};

const SERVER_ARGS: SourceKind = {
  owner: 'server',
  verb: 'runs',
  set: 'Start the servers with the host-gw flannel backend (k3s: flannel-backend in config.yaml or --flannel-backend; RKE2: the rke2-canal/rke2-flannel chart values)',
  apply: 'restart them',
  next: 'the next restart of the servers',
};

/** flannel's backends; anything else a source names is another CNI (RKE's network.plugin, RKE2's cni). */
const FLANNEL_BACKENDS = new Set([
  'host-gw',
  'vxlan',
  'udp',
  'ipip',
  'ipsec',
  'wireguard',
  'wireguard-native',
  'alloc',
  'extension',
  'gce',
  'aws-vpc',
  'ali-vpc',
  'tencent-vpc',
]);

export function isFlannelBackend(backend: string | undefined): boolean {
  return backend !== undefined && FLANNEL_BACKENDS.has(backend.toLowerCase());
}

/** A distribution told to deploy another CNI must first be told to deploy flannel (canal or flannel). */
function switchingCni(kind: SourceKind, config: FlannelConfig): SourceKind {
  if (isFlannelBackend(config.backendType)) return kind;
  if (kind === RKE2) return { ...kind, set: `Set cni: canal (or flannel) in config.yaml, and ${lowerFirst(kind.set)}` };
  if (kind.owner === 'RKE')
    return { ...kind, set: `Set network.plugin: canal (or flannel), and ${lowerFirst(kind.set)}` };
  return kind;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

export function kindOf(config: FlannelConfig): SourceKind {
  return switchingCni(sourceKind(config), config);
}

function sourceKind(config: FlannelConfig): SourceKind {
  const by = config.describedBy;
  if (by.startsWith(CONFIGMAP)) return { ...NET_CONF, command: editConfigMap(by) };
  if (by.startsWith('RKE2')) return RKE2;
  if (by.startsWith('RKE ') || by.startsWith('Rancher ')) return rkeKind(by);
  if (by.startsWith('k3s config.yaml')) return K3S;
  if (by.startsWith('k3s or RKE2 config.yaml')) return K3S_OR_RKE2;
  if (by.startsWith('HelmChartConfig')) return HELM_CHART_CONFIG;
  if (config.running) return SERVER_ARGS;
  return NET_CONF;
}

/** What to do about a source, with its command where there is one. */
export function remediationOf(kind: SourceKind, text: string): Remediation {
  return kind.command ? withCommand({ text }, kind.command) : { text, command: undefined };
}

/** " (RKE default: network.plugin canal, flannel backend vxlan)" when the reader assumed defaults. */
export function defaultsNote(config: FlannelConfig, kind: SourceKind): string {
  return config.defaulted?.length ? ` (${kind.owner} default: ${config.defaulted.join(', ')})` : '';
}

const SHOWN_NODES = 2;

/** "node a runs vxlan", "nodes a, b and 3 more run vxlan", "all 12 nodes run vxlan". */
export function nodesRunning(names: readonly string[], backend: string, annotated: number): string {
  if (names.length === 1) return `node ${names[0]} runs ${backend}`;
  if (names.length === annotated && names.length > SHOWN_NODES) return `all ${names.length} nodes run ${backend}`;
  const shown = names.slice(0, SHOWN_NODES).join(', ');
  const rest = names.length - SHOWN_NODES;
  return rest > 0 ? `nodes ${shown} and ${rest} more run ${backend}` : `nodes ${names.join(' and ')} run ${backend}`;
}
