import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../errors.js';
import { addSecret } from '../../model/secrets.js';
import type { Gap } from '../../model/snapshot.js';
import { kubeconfigUserSecrets, looksLikeKubeconfigContent, registerKubeconfigContent } from './credentials.js';
import { withRetry } from './retry.js';
import type { Budget, Dump, LiveNode, LiveOptions } from './types.js';

const PAGE_SIZE = 500;
/** Where flannel's net-conf.json lives: upstream manifests, then older and RKE installs, then canal. */
const CONFIG_MAPS = [
  { namespace: 'kube-flannel', name: 'kube-flannel-cfg' },
  { namespace: 'kube-system', name: 'kube-flannel-cfg' },
  { namespace: 'kube-system', name: 'canal-config' },
];

type KubeModule = typeof import('@kubernetes/client-node');

type KubeConfig = InstanceType<KubeModule['KubeConfig']>;

/** Every user's secrets, whichever file, variable or in-cluster mount they were loaded from. */
function registerUsers(config: KubeConfig): void {
  for (const user of config.getUsers()) {
    const raw = {
      token: user.token,
      password: user.password,
      'client-key-data': user.keyData,
      'auth-provider': user.authProvider,
      exec: user.exec,
    };
    for (const value of kubeconfigUserSecrets(raw)) addSecret(value);
  }
}

/**
 * The credential actually sent (what an exec plugin printed, a token file held, or user:password as Basic) is
 * what a server or proxy echoes back: register it before the first request. Building it can fail (a missing
 * plugin or key file); the request then fails the same way and reports it.
 */
async function registerSentCredential(config: KubeConfig): Promise<void> {
  try {
    const init = await config.applyToFetchOptions({});
    const header = new Headers(init.headers as ConstructorParameters<typeof Headers>[0]).get('authorization');
    if (header) addSecret(header.replace(/^\S+\s+/, ''));
  } catch {
    // Reported by the request itself.
  }
}

/**
 * Whether the client would find a kubeconfig of its own. Without one it falls back to a cluster at
 * http://localhost:8080, and the run would fail with an HTTP error that says nothing about the missing kubeconfig.
 */
function hasDefaultKubeconfig(): boolean {
  return (
    Boolean(process.env.KUBECONFIG || process.env.KUBERNETES_SERVICE_HOST) ||
    existsSync(join(homedir(), '.kube', 'config'))
  );
}

async function kubeConfig(k8s: KubeModule, options: LiveOptions) {
  const config = new k8s.KubeConfig();
  try {
    if (options.kubeconfig && looksLikeKubeconfigContent(options.kubeconfig)) {
      registerKubeconfigContent(options.kubeconfig);
      config.loadFromString(options.kubeconfig);
    } else if (options.kubeconfig) config.loadFromFile(options.kubeconfig);
    else if (hasDefaultKubeconfig()) config.loadFromDefault();
    else
      throw new UserError(
        "no kubeconfig: none given (--kubeconfig, the Action's kubeconfig input), KUBECONFIG is not set, there is no ~/.kube/config, and this is not a pod (no in-cluster service account)",
      );
  } catch (error) {
    if (error instanceof UserError) throw error;
    // The kubeconfig may be a secret: name the problem, never echo the content.
    throw new UserError(`kubeconfig: cannot be loaded (${(error as Error).message.split('\n')[0]!.slice(0, 120)})`);
  }
  if (options.context) {
    if (!config.getContexts().some((context) => context.name === options.context))
      throw new UserError(`--context: no context named "${options.context}" in the kubeconfig`);
    config.setCurrentContext(options.context);
  }
  registerUsers(config);
  if (!config.getCurrentCluster())
    throw new UserError('kubeconfig: no current cluster (pass --kubeconfig, set KUBECONFIG, or run in a cluster)');
  await registerSentCredential(config);
  return config;
}

function statusOf(error: unknown): number | undefined {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'number' ? code : undefined;
}

/** client-node's messages carry response headers and bodies: build ours from the status and the Status reason. */
function kubeError(what: string, error: unknown): UserError {
  const status = statusOf(error);
  if (status === 401)
    return new UserError(`Kubernetes API: ${what}: unauthorized (401): check the kubeconfig's credentials`);
  if (status === 403)
    return new UserError(
      `Kubernetes API: ${what}: forbidden (403): the identity needs "list nodes" (ClusterRole rule: apiGroups [""], resources ["nodes"], verbs ["list"])`,
    );
  if (status !== undefined) {
    let reason = '';
    try {
      reason = `: ${(JSON.parse(String((error as { body?: unknown }).body)) as { message?: string }).message ?? ''}`;
    } catch {
      // A body that is not a Status object adds nothing worth printing.
    }
    return new UserError(`Kubernetes API: ${what} failed with HTTP ${status}${reason}`);
  }
  const e = error as { code?: string; message?: string };
  return new UserError(`Kubernetes API: ${what} failed: ${e.code ?? e.message?.split('\n')[0] ?? String(error)}`);
}

interface KubeItem {
  metadata?: { name?: string; annotations?: Record<string, string> };
  spec?: { providerID?: string };
  status?: { addresses?: { type: string; address: string }[] };
}

function toLiveNode(node: KubeItem): LiveNode {
  return {
    name: node.metadata?.name ?? '',
    providerId: node.spec?.providerID,
    internalIps: (node.status?.addresses ?? []).filter((a) => a.type === 'InternalIP').map((a) => a.address),
  };
}

/** Reads every node (paginated) and the flannel ConfigMap, as `kubectl get ... -o json` would print them. */
export async function readKubernetes(
  options: LiveOptions,
  budget: Budget,
): Promise<{ dumps: Dump[]; nodes: LiveNode[]; gaps: Gap[] }> {
  const k8s: KubeModule = await import('@kubernetes/client-node');
  const api = (await kubeConfig(k8s, options)).makeApiClient(k8s.CoreV1Api);
  const items: KubeItem[] = [];
  let token: string | undefined;
  let page = 0;
  do {
    const list = await withRetry('listing nodes', budget, 'kubernetes', () =>
      api.listNode({ limit: PAGE_SIZE, _continue: token }),
    ).catch((error) => {
      throw kubeError('list nodes', error);
    });
    items.push(...list.items);
    token = list.metadata?._continue || undefined;
    page++;
    if (token || page > 1) options.log(`reading nodes… ${items.length} after ${page} page(s)`);
  } while (token);

  const dumps: Dump[] = [
    {
      name: 'nodes.json',
      value: {
        apiVersion: 'v1',
        kind: 'List',
        items: items.map((item) => ({ apiVersion: 'v1', kind: 'Node', ...item })),
        metadata: { resourceVersion: '' },
      },
    },
  ];
  const gaps: Gap[] = [];
  for (const { namespace, name } of CONFIG_MAPS) {
    try {
      const configMap = await withRetry(`reading ConfigMap ${namespace}/${name}`, budget, 'kubernetes', () =>
        api.readNamespacedConfigMap({ name, namespace }),
      );
      dumps.push({ name: 'kube-flannel-cfg.json', value: { apiVersion: 'v1', kind: 'ConfigMap', ...configMap } });
      break;
    } catch (error) {
      const status = statusOf(error);
      if (status === 404) continue;
      if (status === 403) {
        gaps.push({
          message: `Kubernetes API: reading ConfigMap ${namespace}/${name} is forbidden (403): the flannel backend and cluster CIDR cannot be verified; grant "get configmaps" in ${namespace}`,
        });
        break;
      }
      throw kubeError(`get ConfigMap ${namespace}/${name}`, error);
    }
  }
  return { dumps, nodes: items.map(toLiveNode), gaps };
}
