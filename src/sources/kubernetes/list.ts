import { shown, type ReadContext } from '../context.js';
import type { FormatReader } from '../format.js';
import { isRecord, list, record } from '../values.js';
import { isFlannelConfigMap, readFlannelConfigMap } from './flannel-configmap.js';
import { readNode } from './nodes.js';

function isReadableItem(item: unknown): boolean {
  return (isRecord(item) && item.kind === 'Node') || isFlannelConfigMap(item);
}

/** `kubectl get nodes,configmaps -o yaml` and plain `kubectl get nodes -o json` both print a `kind: List`. */
export const kubectlList: FormatReader = {
  id: 'kubectl-list',
  producedBy: 'kubectl get nodes -o json (a List of Nodes, optionally with the flannel ConfigMap)',
  matches(value) {
    if (!isRecord(value) || value.kind !== 'List' || !Array.isArray(value.items)) return false;
    return value.items.length === 0 ? true : value.items.some(isReadableItem);
  },
  read(value: unknown, context: ReadContext) {
    const items = list(record(value).items);
    items.forEach((item, i) => {
      if (isRecord(item) && item.kind === 'Node') readNode(item, ['items', i], context);
      else if (isFlannelConfigMap(item)) readFlannelConfigMap(item, ['items', i], context);
      // `kubectl get nodes,configmaps` also lists kube-root-ca.crt, which every namespace holds.
      else if (isRecord(item) && item.kind === 'ConfigMap') return;
      else
        context.fail(
          ['items', i],
          `List item of kind ${shown(record(item).kind ?? null)} is not a Node or the flannel ConfigMap`,
        );
    });
    context.builder.markPresent('nodes');
    return items.length;
  },
};
