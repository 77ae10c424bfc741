import { redactValue } from '../../model/secrets.js';
import type { Provider } from '../../model/provider.js';
import type { Gap } from '../../model/snapshot.js';
import { registerEnvironment } from './credentials.js';
import { parseProviderId } from '../../model/instance-key.js';
import { readKubernetes } from './kubernetes.js';
import type { Budget, CloudReader, LiveNode, LiveOptions, LiveResult } from './types.js';

function inferProvider(nodes: readonly LiveNode[]): Provider | undefined {
  const counts = new Map<Provider, number>();
  for (const node of nodes) {
    const provider = node.providerId ? parseProviderId(node.providerId).provider : undefined;
    if (provider) counts.set(provider, (counts.get(provider) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * Reads the running cluster, then its cloud, into dumps in the shapes file mode reads. Credentials are
 * registered first, and what comes back is redacted here, once: a server or proxy that echoes a token into a
 * status message, a node name or an annotation cannot carry it into a report, comment or saved snapshot.
 */
/** Each cloud's live reader, by provider; it loads, and with it the cloud's SDK, only when that cloud is read. */
export type CloudReaderLoader = (provider: Provider) => (() => Promise<CloudReader>) | undefined;

export async function readLive(
  options: LiveOptions,
  readerFor: CloudReaderLoader,
): Promise<LiveResult & { provider?: Provider }> {
  await registerEnvironment(process.env);
  const calls: Record<string, number> = {};
  const budget: Budget = {
    deadline: Date.now() + options.timeoutMs,
    count: (provider) => {
      calls[provider] = (calls[provider] ?? 0) + 1;
    },
  };
  const cluster = await readKubernetes(options, budget);
  // Nodes of clusters without the vSphere cloud provider carry no providerID: naming a vCenter says it.
  const provider = options.provider ?? (options.vsphereServer ? 'vsphere' : inferProvider(cluster.nodes));
  const gaps: Gap[] = [...cluster.gaps];
  const load = provider ? readerFor(provider) : undefined;
  const cloud = load ? await (await load()).read(cluster.nodes, options, budget) : { dumps: [], gaps: [] };
  gaps.push(...cloud.gaps);
  options.log(
    `read ${cluster.nodes.length} nodes${provider ? ` and their ${provider} resources` : ''} in ${Object.entries(calls)
      .map(([p, n]) => `${n} ${p} calls`)
      .join(', ')}`,
  );
  const dumps = [...cluster.dumps, ...cloud.dumps].map((dump) => ({ ...dump, value: redactValue(dump.value) }));
  return { dumps, gaps: redactValue(gaps), calls, provider };
}
