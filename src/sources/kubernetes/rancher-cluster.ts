import type { Path, ReadContext } from '../context.js';
import type { FormatReader } from '../format.js';
import { isRecord, list, record, str, type Json } from '../values.js';
import { rkeCluster } from './rke-cluster.js';
import { readRkeConfig } from './rke-config.js';

/** Rancher's cluster config file nests the RKE cluster.yml settings under this key, in cluster.yml's snake case. */
const FILE_KEY = 'rancher_kubernetes_engine_config';
/** The v3 API spells the same settings in camel case, except the keys of `network.options`, a plain map. */
const API_KEY = 'rancherKubernetesEngineConfig';

/** Rancher's "Edit as YAML" cluster config file (Rancher 2.3 and later). */
export const rancherClusterConfig: FormatReader = {
  id: 'rancher-cluster-config',
  producedBy: 'Rancher cluster config file (rancher_kubernetes_engine_config)',
  matches(value) {
    return isRecord(value) && value.kind === undefined && isRecord(value[FILE_KEY]);
  },
  read(value: unknown, context: ReadContext) {
    const config = record(record(value)[FILE_KEY]);
    readRkeConfig(config, { path: [FILE_KEY], label: 'Rancher cluster config file' }, context);
    return 1;
  },
};

/**
 * The RKE settings of a v3 cluster: what it asks for (`rancherKubernetesEngineConfig`), else what Rancher last
 * applied (`appliedSpec`). Imported, hosted, k3s and RKE2 clusters have neither.
 */
function rkeConfigOf(cluster: Json): { config: Json; path: Path } | undefined {
  if (isRecord(cluster[API_KEY])) return { config: cluster[API_KEY], path: [API_KEY] };
  const applied = record(cluster.appliedSpec)[API_KEY];
  return isRecord(applied) ? { config: applied, path: ['appliedSpec', API_KEY] } : undefined;
}

function isApiCluster(value: unknown): value is Json {
  return isRecord(value) && value.type === 'cluster' && rkeConfigOf(value) !== undefined;
}

function isApiCollection(value: unknown): value is Json {
  return (
    isRecord(value) && value.type === 'collection' && value.resourceType === 'cluster' && Array.isArray(value.data)
  );
}

function readApiCluster(cluster: Json, at: Path, context: ReadContext): void {
  const found = rkeConfigOf(cluster)!;
  const label = `Rancher cluster ${str(cluster.id) ?? str(cluster.name) ?? '?'}`;
  readRkeConfig(found.config, { path: [...at, ...found.path], label }, context);
}

/** `GET /v3/clusters/<id>` (one cluster) and `GET /v3/clusters` (a collection) of the Rancher API. */
export const rancherApiCluster: FormatReader = {
  id: 'rancher-v3-cluster',
  producedBy: 'Rancher API GET /v3/clusters/<id> (or /v3/clusters)',
  matches(value) {
    return isApiCluster(value) || isApiCollection(value);
  },
  read(value: unknown, context: ReadContext) {
    if (isApiCluster(value)) {
      readApiCluster(value, [], context);
      return 1;
    }
    const data = list(record(value).data);
    const rke = data.flatMap((cluster, i) => (isApiCluster(cluster) ? [{ cluster, i }] : []));
    // Every cluster of a Rancher server is listed: their flannel settings describe different clusters.
    if (rke.length > 1) {
      const ids = rke.map(({ cluster }) => str(cluster.id) ?? '?').join(', ');
      context.fail(['data'], `lists ${rke.length} RKE clusters (${ids}): give the one checked, GET /v3/clusters/<id>`);
    }
    for (const { cluster, i } of rke) readApiCluster(cluster, ['data', i], context);
    return data.length;
  },
};

/** RKE1's settings in the shapes RKE and Rancher write them; Rancher's nest them, so they are tried first. */
export const RKE_READERS: readonly FormatReader[] = [rancherClusterConfig, rancherApiCluster, rkeCluster];
