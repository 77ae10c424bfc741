import type { FormatReader } from './format.js';
import { inventory } from './inventory/inventory.js';
import { flannelConfigMap } from './kubernetes/flannel-configmap.js';
import { kubectlList } from './kubernetes/list.js';
import { kubectlNodes } from './kubernetes/nodes.js';
import { RKE_READERS } from './kubernetes/rancher-cluster.js';

/** The cloud-neutral formats: Kubernetes objects, cluster configs and the native inventory (clouds add theirs). */
export const CLUSTER_READERS: readonly FormatReader[] = [
  kubectlList,
  kubectlNodes,
  flannelConfigMap,
  ...RKE_READERS,
  inventory,
];
