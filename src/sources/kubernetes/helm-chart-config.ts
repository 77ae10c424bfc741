import { LineCounter, parseDocument } from 'yaml';
import type { Path, ReadContext } from '../context.js';
import type { FormatReader } from '../format.js';
import {
  isStackOverflow,
  MAX_DEPTH,
  nestedTooDeep,
  TOO_DEEP,
  valueBudget,
  YAML_HEAP_PER_VALUE,
} from '../input-limits.js';
import { oneLine } from '../one-line.js';
import { scanYaml } from '../text-scan.js';
import { isRecord, record, str, type Json } from '../values.js';
import { CHART_DEFAULT_BACKEND, distributionJoin, FLANNEL_CHARTS } from './distribution-join.js';

const CHARTS = new Set(Object.values(FLANNEL_CHARTS));
/** HelmChartConfigs apply to the HelmChart of the same name and namespace: RKE2's charts are in kube-system. */
const NAMESPACE = 'kube-system';

/** An override of RKE2's canal or flannel chart (`kubectl get helmchartconfig -n kube-system rke2-canal -o yaml`). */
export function isFlannelHelmChartConfig(value: unknown): value is Json {
  if (!isRecord(value) || value.kind !== 'HelmChartConfig') return false;
  if (!(str(value.apiVersion) ?? '').startsWith('helm.cattle.io/')) return false;
  const metadata = record(value.metadata);
  return CHARTS.has(str(metadata.name) ?? '') && (str(metadata.namespace) ?? NAMESPACE) === NAMESPACE;
}

/**
 * The chart values of `spec.valuesContent`, a YAML text inside the file: held to the limits of the file's own
 * parse (nesting, values for the heap left), since it is as much the user's input as the file.
 */
function parseValues(text: string, path: Path, where: string, context: ReadContext): unknown {
  const shape = scanYaml(text);
  if (shape.depth > MAX_DEPTH) context.fail(path, `${where}: ${TOO_DEEP}`);
  if (shape.values > valueBudget(YAML_HEAP_PER_VALUE)) context.fail(path, `${where}: too many values to parse`);
  const lineCounter = new LineCounter();
  try {
    const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
    const error = doc.errors[0];
    if (error) {
      const line = lineCounter.linePos(error.pos[0]).line;
      context.fail(path, `${where} line ${line}: invalid YAML: ${oneLine(error.message.split('\n')[0]!.trim())}`);
    }
    const values: unknown = doc.toJS({ maxAliasCount: 1000 });
    if (nestedTooDeep(values)) context.fail(path, `${where}: ${TOO_DEEP}`);
    return values;
  } catch (error) {
    if (isStackOverflow(error)) context.fail(path, `${where}: ${TOO_DEEP}`);
    throw error;
  }
}

/** Reads the flannel backend a HelmChartConfig sets for its chart (`flannel.backend`), or the chart's default. */
export function readHelmChartConfig(object: Json, path: Path, context: ReadContext): void {
  const metadata = record(object.metadata);
  const chart = str(metadata.name)!;
  const describedBy = `HelmChartConfig ${NAMESPACE}/${chart}`;
  const valuesPath = [...path, 'spec', 'valuesContent'];
  const text = record(object.spec).valuesContent;
  if (text !== undefined && text !== null && typeof text !== 'string')
    context.fail(valuesPath, `${describedBy}: spec.valuesContent is not a string`);
  const values =
    typeof text === 'string' ? parseValues(text, valuesPath, `${describedBy}: spec.valuesContent`, context) : undefined;
  if (values !== undefined && values !== null && !isRecord(values))
    context.fail(valuesPath, `${describedBy}: spec.valuesContent is not a mapping of chart values`);
  const backend = record(record(values).flannel).backend;
  const set = typeof backend === 'string' || typeof backend === 'number';
  context.builder.collect(distributionJoin, {
    from: 'helm',
    chart,
    config: {
      backendType: set ? String(backend) : CHART_DEFAULT_BACKEND,
      describedBy,
      defaulted: set ? [] : [`flannel.backend ${CHART_DEFAULT_BACKEND}`],
      origin: context.origin(typeof text === 'string' ? valuesPath : path),
    },
  });
}

export const helmChartConfig: FormatReader = {
  id: 'rke2-helmchartconfig',
  producedBy: 'kubectl get helmchartconfig -n kube-system rke2-canal -o yaml (or rke2-flannel; RKE2 chart overrides)',
  matches: isFlannelHelmChartConfig,
  read(value: unknown, context: ReadContext) {
    readHelmChartConfig(value as Json, [], context);
    return 1;
  },
};
