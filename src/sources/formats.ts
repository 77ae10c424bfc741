import type { FormatReader } from './format.js';
import { HOST_READERS } from './host/readers.js';
import { inventory } from './inventory/inventory.js';
import { flannelConfigMap } from './kubernetes/flannel-configmap.js';
import { helmChartConfig } from './kubernetes/helm-chart-config.js';
import { k3sConfig } from './kubernetes/k3s-config.js';
import { kubectlList } from './kubernetes/list.js';
import { kubectlNodes } from './kubernetes/nodes.js';
import { RKE_READERS } from './kubernetes/rancher-cluster.js';
import { k3sOrRke2Config, rke2Config } from './kubernetes/rke2-config.js';

/** The cloud-neutral formats: Kubernetes objects, cluster configs and the native inventory (clouds add theirs). */
export const CLUSTER_READERS: readonly FormatReader[] = [
  kubectlList,
  kubectlNodes,
  flannelConfigMap,
  helmChartConfig,
  ...RKE_READERS,
  ...HOST_READERS,
  // Flat files of flag names: after every format with a kind or a nested shape, so they take nothing of theirs.
  k3sConfig,
  rke2Config,
  k3sOrRke2Config,
  inventory,
];
