import type { ReadContext } from '../context.js';
import type { FormatReader } from '../format.js';
import { isRecord, record, str } from '../values.js';

/** RKE1 names the flannel backend per plugin: flannel itself, or flannel inside canal. */
const BACKEND_OPTIONS = ['flannel_backend_type', 'canal_flannel_backend_type'];

export const rkeCluster: FormatReader = {
  id: 'rke-cluster-yml',
  producedBy: 'RKE cluster.yml',
  matches(value) {
    if (!isRecord(value) || value.kind !== undefined) return false;
    return (
      isRecord(value.network) &&
      typeof value.network.plugin === 'string' &&
      (Array.isArray(value.nodes) || isRecord(value.services))
    );
  },
  read(value: unknown, context: ReadContext) {
    const cluster = record(value);
    const network = record(cluster.network);
    const plugin = str(network.plugin) ?? '';
    const options = record(network.options);
    const optionKey = BACKEND_OPTIONS.find((key) => options[key] !== undefined);
    const backendPath = optionKey ? ['network', 'options', optionKey] : ['network', 'plugin'];
    // RKE's flannel and canal default to vxlan when no backend option is given.
    const backendType =
      plugin === 'flannel' || plugin === 'canal' ? (str(options[optionKey ?? '']) ?? 'vxlan') : plugin;
    const clusterCidrPath = ['services', 'kube-controller', 'cluster_cidr'];
    const clusterCidr = record(record(cluster.services)['kube-controller']).cluster_cidr;
    context.builder.addFlannel({
      network: context.optionalCidr(clusterCidr, clusterCidrPath, 'RKE services.kube-controller.cluster_cidr'),
      backendType: `${backendType}`,
      describedBy: `RKE cluster.yml (network.plugin ${plugin})`,
      origin: context.origin(backendPath),
    });
    return 1;
  },
};
