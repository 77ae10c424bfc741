import type { ReadContext } from '../context.js';
import type { FormatReader } from '../format.js';
import { isRecord, list, record } from '../values.js';
import { isFlannelConfigMap, readFlannelConfigMap } from './flannel-configmap.js';
import { isFlannelHelmChartConfig, readHelmChartConfig } from './helm-chart-config.js';
import { readNode } from './nodes.js';

function isReadableItem(item: unknown): boolean {
  return (isRecord(item) && item.kind === 'Node') || isFlannelConfigMap(item) || isFlannelHelmChartConfig(item);
}

/** `kubectl get nodes,configmaps -o yaml` and plain `kubectl get nodes -o json` both print a `kind: List`. */
export const kubectlList: FormatReader = {
  id: 'kubectl-list',
  producedBy:
    'kubectl get nodes -o json or -o yaml (a List; `kubectl get nodes,configmaps -A` adds the flannel ConfigMap)',
  matches(value) {
    if (!isRecord(value) || value.kind !== 'List' || !Array.isArray(value.items)) return false;
    return value.items.length === 0 ? true : value.items.some(isReadableItem);
  },
  read(value: unknown, context: ReadContext) {
    const items = list(record(value).items);
    // `kubectl get all,configmaps -o yaml` lists far more than nodes and flannel's ConfigMap (kube-root-ca.crt,
    // DaemonSets, ServiceAccounts): those are counted among the items and skipped, as in a multi-document file.
    items.forEach((item, i) => {
      if (isRecord(item) && item.kind === 'Node') readNode(item, ['items', i], context);
      else if (isFlannelConfigMap(item)) readFlannelConfigMap(item, ['items', i], context);
      else if (isFlannelHelmChartConfig(item)) readHelmChartConfig(item, ['items', i], context);
    });
    context.builder.markPresent('nodes');
    return items.length;
  },
};
