import { isAbsent, type Path, type ReadContext } from '../context.js';
import { isRecord, record, str, type Json } from '../values.js';

/*
 * What RKE1 assumes when cluster.yml leaves a setting out (rancher/rke cluster/defaults.go: DefaultNetworkPlugin,
 * DefaultFlannelBackendVxLan, DefaultClusterCIDR). Rancher provisions RKE1 clusters with RKE, so its cluster config
 * files and v3 API objects get the same defaults.
 */
const DEFAULT_PLUGIN = 'canal';
const DEFAULT_BACKEND = 'vxlan';
const DEFAULT_CLUSTER_CIDR = '10.42.0.0/16';

/**
 * RKE reads flannel's backend from `flannel_backend_type` and canal's from `canal_flannel_backend_type`, each only
 * for its own plugin (cluster/network.go): canal with only `flannel_backend_type` set runs vxlan.
 */
const BACKEND_OPTION: Readonly<Record<string, string>> = {
  flannel: 'flannel_backend_type',
  canal: 'canal_flannel_backend_type',
};

/** The kube-controller service as cluster.yml, Rancher 2.0.5/2.0.6 config files and the v3 API spell it. */
const CONTROLLER_KEYS = ['kube-controller', 'kube_controller', 'kubeController'];
const CLUSTER_CIDR_KEYS = ['cluster_cidr', 'clusterCidr'];

/** Where an RKE configuration sits and what messages call it. */
export interface RkeConfigAt {
  /** The path of the configuration in its document: [] for cluster.yml, the nesting key for Rancher's shapes. */
  readonly path: Path;
  /** "RKE cluster.yml", "Rancher cluster config file", "Rancher cluster c-xxxxx". */
  readonly label: string;
}

interface Setting {
  readonly value: string;
  readonly path: Path;
}

function backendOf(plugin: string, network: Readonly<Json>, at: Path, defaulted: string[]): Setting {
  const option = BACKEND_OPTION[plugin];
  // calico, weave, aci, none: no flannel at all, which backend-mismatch reports by the plugin's name.
  if (!option) return { value: plugin, path: [...at, 'network', 'plugin'] };
  const options = record(network.options);
  const value = str(options[option]);
  if (value) return { value, path: [...at, 'network', 'options', option] };
  const other = Object.keys(BACKEND_OPTION).find((key) => key !== plugin && str(options[BACKEND_OPTION[key]!]));
  const ignored = other === undefined ? undefined : BACKEND_OPTION[other]!;
  const note = ignored ? ` (${ignored} is read for plugin ${other} only)` : '';
  defaulted.push(`flannel backend ${DEFAULT_BACKEND}${note}`);
  const path = ignored ? [...at, 'network', 'options', ignored] : isRecord(network) ? [...at, 'network'] : at;
  return { value: DEFAULT_BACKEND, path };
}

function clusterCidrOf(config: Readonly<Json>, at: Path, defaulted: string[]): { value: unknown; path: Path } {
  const services = record(config.services);
  for (const service of CONTROLLER_KEYS) {
    const controller = record(services[service]);
    // RKE takes an empty value as left out.
    for (const key of CLUSTER_CIDR_KEYS)
      if (!isAbsent(controller[key])) return { value: controller[key], path: [...at, 'services', service, key] };
  }
  defaulted.push(`cluster_cidr ${DEFAULT_CLUSTER_CIDR}`);
  return { value: DEFAULT_CLUSTER_CIDR, path: at };
}

/**
 * Reads the flannel settings of one RKE1 configuration (cluster.yml, or the same settings nested by Rancher), with
 * RKE's defaults for what it leaves out, named in `defaulted` so that messages can say they were assumed.
 */
export function readRkeConfig(config: Readonly<Json>, at: RkeConfigAt, context: ReadContext): void {
  const network = record(config.network);
  const defaulted: string[] = [];
  const plugin = str(network.plugin) ?? DEFAULT_PLUGIN;
  if (str(network.plugin) === undefined) defaulted.push(`network.plugin ${DEFAULT_PLUGIN}`);
  const backend = backendOf(plugin, network, at.path, defaulted);
  const cidr = clusterCidrOf(config, at.path, defaulted);
  context.builder.addFlannel({
    network: context.optionalCidr(cidr.value, cidr.path, `${at.label} services.kube-controller.cluster_cidr`),
    backendType: backend.value,
    describedBy: `${at.label} (network.plugin ${plugin})`,
    ...(defaulted.length > 0 ? { defaulted } : {}),
    origin: context.origin(backend.path),
  });
}
