import type { Path, ReadContext } from '../context.js';
import { nestedTooDeep, TOO_DEEP } from '../input-limits.js';
import type { FormatReader } from '../format.js';
import { isRecord, record, str, type Json } from '../values.js';

const NET_CONF = 'net-conf.json';
/**
 * Upstream manifests, RKE and older kube-system installs name it one of these, and it always carries net-conf.json.
 * Others are taken when they carry net-conf.json, in any namespace: canal's `canal-config`, or a Windows manifest's.
 * The Windows manifests' `kube-flannel-windows-cfg` usually holds only CNI settings (it reads net-conf.json from
 * kube-flannel-cfg), so its name alone does not make it the flannel configuration.
 */
const CONFIGMAP_NAMES = new Set(['kube-flannel-cfg', 'flannel-cfg']);

/**
 * A net-conf.json field as flanneld reads it: Go's JSON decoding matches field names without regard to case, and
 * published Windows host-gw configurations write `"Backend": {"name": "cbr0", "type": "host-gw"}`.
 */
function field(object: Record<string, unknown>, name: string): unknown {
  if (Object.hasOwn(object, name)) return object[name];
  const lower = name.toLowerCase();
  const key = Object.keys(object).find((candidate) => candidate.toLowerCase() === lower);
  return key === undefined ? undefined : object[key];
}

export function isFlannelConfigMap(value: unknown): value is Json {
  if (!isRecord(value) || value.kind !== 'ConfigMap') return false;
  const name = str(record(value.metadata).name) ?? '';
  return CONFIGMAP_NAMES.has(name) || typeof record(value.data)[NET_CONF] === 'string';
}

export function readFlannelConfigMap(configMap: Json, path: Path, context: ReadContext): void {
  const metadata = record(configMap.metadata);
  const describedBy = `ConfigMap ${str(metadata.namespace) ?? 'default'}/${str(metadata.name) ?? '?'}`;
  const dataPath = [...path, 'data', NET_CONF];
  const text = record(configMap.data)[NET_CONF];
  if (typeof text !== 'string') context.fail([...path, 'data'], `${describedBy} has no ${NET_CONF}`);
  let netConf: unknown;
  try {
    netConf = JSON.parse(text);
  } catch (error) {
    context.fail(dataPath, `${describedBy}: ${NET_CONF} is not valid JSON (${(error as Error).message})`);
  }
  if (!isRecord(netConf)) context.fail(dataPath, `${describedBy}: ${NET_CONF} is not a JSON object`);
  if (nestedTooDeep(netConf)) context.fail(dataPath, `${describedBy}: ${NET_CONF}: ${TOO_DEEP}`);
  context.builder.addFlannel({
    network: context.optionalCidr(field(netConf, 'Network'), dataPath, `${describedBy}: Network`),
    ipv6Network: context.optionalCidr(field(netConf, 'IPv6Network'), dataPath, `${describedBy}: IPv6Network`),
    backendType: str(field(record(field(netConf, 'Backend')), 'Type')),
    describedBy,
    origin: context.origin(dataPath),
  });
}

export const flannelConfigMap: FormatReader = {
  id: 'flannel-configmap',
  producedBy: 'kubectl -n kube-flannel get configmap kube-flannel-cfg -o yaml (or -o json)',
  matches: isFlannelConfigMap,
  read(value: unknown, context: ReadContext) {
    readFlannelConfigMap(value as Json, [], context);
    return 1;
  },
};
