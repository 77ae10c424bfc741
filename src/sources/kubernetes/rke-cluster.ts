import type { ReadContext } from '../context.js';
import type { FormatReader } from '../format.js';
import { isRecord, record, records, type Json } from '../values.js';
import { readRkeConfig } from './rke-config.js';

/** The top-level keys of an RKE1 cluster.yml (rancher/rke types/rke_types.go, RancherKubernetesEngineConfig). */
const RKE_KEYS = new Set([
  'nodes',
  'services',
  'network',
  'authentication',
  'addons',
  'addons_include',
  'system_images',
  'ssh_key_path',
  'ssh_cert_path',
  'ssh_agent_auth',
  'authorization',
  'ignore_docker_version',
  'enable_cri_dockerd',
  'kubernetes_version',
  'private_registries',
  'ingress',
  'cluster_name',
  'cloud_provider',
  'prefix_path',
  'win_prefix_path',
  'addon_job_timeout',
  'bastion_host',
  'monitoring',
  'restore',
  'rotate_certificates',
  'rotate_encryption_key',
  'dns',
  'upgrade_strategy',
  'cri_dockerd_stream_server_address',
  'cri_dockerd_stream_server_port',
]);

/** Rancher's own settings, beside RKE's at the top level of Rancher 2.0-2.2 cluster config files. */
const RANCHER_KEYS = new Set([
  'docker_root_dir',
  'enable_cluster_alerting',
  'enable_cluster_monitoring',
  'enable_network_policy',
  'local_cluster_auth_endpoint',
  'windows_prefered_cluster',
  'default_pod_security_policy_template_id',
]);

/**
 * Keys hardly any other YAML has at its top level. Words other tools use too (nodes, services, network, ingress,
 * addons, dns, cluster_name) make a file RKE's only with a marker below.
 */
const RKE_ONLY_KEYS = [
  'ssh_key_path',
  'ssh_cert_path',
  'ssh_agent_auth',
  'system_images',
  'ignore_docker_version',
  'enable_cri_dockerd',
  'addons_include',
  'addon_job_timeout',
  'bastion_host',
  'prefix_path',
  'win_prefix_path',
  'rotate_encryption_key',
  'cri_dockerd_stream_server_address',
];

/** Service names that only RKE (and Rancher 2.0.5/2.0.6, with underscores) uses under `services`. */
const RKE_SERVICES = ['kube-api', 'kube-controller', 'kube_api', 'kube_controller', 'kubeproxy'];
const RKE_NETWORK_OPTIONS = /^(canal_|flannel_|calico_|weave_|aci_)/;

/** An RKE node: an SSH address with its Kubernetes roles or SSH user. */
function hasRkeNodes(value: Json): boolean {
  return records(value.nodes).some(
    (node) => node.address !== undefined && (Array.isArray(node.role) || 'user' in node),
  );
}

function hasRkeServices(value: Json): boolean {
  const services = record(value.services);
  return RKE_SERVICES.some((name) => name in services);
}

function hasRkeNetwork(value: Json): boolean {
  const network = record(value.network);
  return (
    typeof network.plugin === 'string' ||
    Object.keys(record(network.options)).some((key) => RKE_NETWORK_OPTIONS.test(key))
  );
}

/**
 * An RKE1 cluster.yml with any subset of its sections: RKE's nodes, services or network settings, or, when every
 * top-level key is one of RKE's (or Rancher's, in its older config files), a key that only RKE uses. Kubernetes objects (`kind`) are never one.
 */
export function isRkeClusterYml(value: unknown): value is Json {
  if (!isRecord(value) || value.kind !== undefined || value.apiVersion !== undefined) return false;
  if (hasRkeNodes(value) || hasRkeServices(value)) return true;
  const keys = Object.keys(value);
  if (keys.length === 0 || !keys.every((key) => RKE_KEYS.has(key) || RANCHER_KEYS.has(key))) return false;
  return hasRkeNetwork(value) || RKE_ONLY_KEYS.some((key) => key in value);
}

export const rkeCluster: FormatReader = {
  id: 'rke-cluster-yml',
  producedBy: 'RKE cluster.yml',
  matches: isRkeClusterYml,
  read(value: unknown, context: ReadContext) {
    readRkeConfig(record(value), { path: [], label: 'RKE cluster.yml' }, context);
    return 1;
  },
};
