export const id = 134;
export const ids = [134];
export const modules = {

/***/ 12134:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readLive: () => (/* binding */ readLive)
});

// EXTERNAL MODULE: ./lib/model/secrets.js
var secrets = __webpack_require__(6796);
// EXTERNAL MODULE: ./lib/sources/live/credentials.js
var credentials = __webpack_require__(5031);
// EXTERNAL MODULE: ./lib/model/instance-key.js + 1 modules
var instance_key = __webpack_require__(63599);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: ./lib/sources/live/retry.js
var retry = __webpack_require__(41595);
;// CONCATENATED MODULE: ./lib/sources/live/kubernetes.js







const PAGE_SIZE = 500;
/** Where flannel's net-conf.json lives: upstream manifests, then older and RKE installs, then canal. */
const CONFIG_MAPS = [
    { namespace: 'kube-flannel', name: 'kube-flannel-cfg' },
    { namespace: 'kube-system', name: 'kube-flannel-cfg' },
    { namespace: 'kube-system', name: 'canal-config' },
];
/** Every user's secrets, whichever file, variable or in-cluster mount they were loaded from. */
function registerUsers(config) {
    for (const user of config.getUsers()) {
        const raw = {
            token: user.token,
            password: user.password,
            'client-key-data': user.keyData,
            'auth-provider': user.authProvider,
            exec: user.exec,
        };
        for (const value of (0,credentials/* kubeconfigUserSecrets */.Gf)(raw))
            (0,secrets/* addSecret */.Ck)(value);
    }
}
/**
 * The credential actually sent (what an exec plugin printed, a token file held, or user:password as Basic) is
 * what a server or proxy echoes back: register it before the first request. Building it can fail (a missing
 * plugin or key file); the request then fails the same way and reports it.
 */
async function registerSentCredential(config) {
    try {
        const init = await config.applyToFetchOptions({});
        const header = new Headers(init.headers).get('authorization');
        if (header)
            (0,secrets/* addSecret */.Ck)(header.replace(/^\S+\s+/, ''));
    }
    catch {
        // Reported by the request itself.
    }
}
/**
 * Whether the client would find a kubeconfig of its own. Without one it falls back to a cluster at
 * http://localhost:8080, and the run would fail with an HTTP error that says nothing about the missing kubeconfig.
 */
function hasDefaultKubeconfig() {
    return (Boolean(process.env.KUBECONFIG || process.env.KUBERNETES_SERVICE_HOST) ||
        (0,external_node_fs_.existsSync)((0,external_node_path_.join)((0,external_node_os_.homedir)(), '.kube', 'config')));
}
async function kubeConfig(k8s, options) {
    const config = new k8s.KubeConfig();
    try {
        if (options.kubeconfig && (0,credentials/* looksLikeKubeconfigContent */.SC)(options.kubeconfig)) {
            (0,credentials/* registerKubeconfigContent */.U$)(options.kubeconfig);
            config.loadFromString(options.kubeconfig);
        }
        else if (options.kubeconfig)
            config.loadFromFile(options.kubeconfig);
        else if (hasDefaultKubeconfig())
            config.loadFromDefault();
        else
            throw new errors/* UserError */.yo("no kubeconfig: none given (--kubeconfig, the Action's kubeconfig input), KUBECONFIG is not set, there is no ~/.kube/config, and this is not a pod (no in-cluster service account)");
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo)
            throw error;
        // The kubeconfig may be a secret: name the problem, never echo the content.
        throw new errors/* UserError */.yo(`kubeconfig: cannot be loaded (${error.message.split('\n')[0].slice(0, 120)})`);
    }
    if (options.context) {
        if (!config.getContexts().some((context) => context.name === options.context))
            throw new errors/* UserError */.yo(`--context: no context named "${options.context}" in the kubeconfig`);
        config.setCurrentContext(options.context);
    }
    registerUsers(config);
    if (!config.getCurrentCluster())
        throw new errors/* UserError */.yo('kubeconfig: no current cluster (pass --kubeconfig, set KUBECONFIG, or run in a cluster)');
    await registerSentCredential(config);
    return config;
}
function statusOf(error) {
    const code = error.code;
    return typeof code === 'number' ? code : undefined;
}
/** client-node's messages carry response headers and bodies: build ours from the status and the Status reason. */
function kubeError(what, error) {
    const status = statusOf(error);
    if (status === 401)
        return new errors/* UserError */.yo(`Kubernetes API: ${what}: unauthorized (401): check the kubeconfig's credentials`);
    if (status === 403)
        return new errors/* UserError */.yo(`Kubernetes API: ${what}: forbidden (403): the identity needs "list nodes" (ClusterRole rule: apiGroups [""], resources ["nodes"], verbs ["list"])`);
    if (status !== undefined) {
        let reason = '';
        try {
            reason = `: ${JSON.parse(String(error.body)).message ?? ''}`;
        }
        catch {
            // A body that is not a Status object adds nothing worth printing.
        }
        return new errors/* UserError */.yo(`Kubernetes API: ${what} failed with HTTP ${status}${reason}`);
    }
    const e = error;
    return new errors/* UserError */.yo(`Kubernetes API: ${what} failed: ${e.code ?? e.message?.split('\n')[0] ?? String(error)}`);
}
function toLiveNode(node) {
    return {
        name: node.metadata?.name ?? '',
        providerId: node.spec?.providerID,
        internalIps: (node.status?.addresses ?? []).filter((a) => a.type === 'InternalIP').map((a) => a.address),
    };
}
/** Reads every node (paginated) and the flannel ConfigMap, as `kubectl get ... -o json` would print them. */
async function readKubernetes(options, budget) {
    const k8s = await Promise.all(/* import() */[__webpack_require__.e(171), __webpack_require__.e(959)]).then(__webpack_require__.bind(__webpack_require__, 6959));
    const api = (await kubeConfig(k8s, options)).makeApiClient(k8s.CoreV1Api);
    const items = [];
    let token;
    let page = 0;
    do {
        const list = await (0,retry/* withRetry */.bD)('listing nodes', budget, 'kubernetes', () => api.listNode({ limit: PAGE_SIZE, _continue: token })).catch((error) => {
            throw kubeError('list nodes', error);
        });
        items.push(...list.items);
        token = list.metadata?._continue || undefined;
        page++;
        if (token || page > 1)
            options.log(`reading nodes… ${items.length} after ${page} page(s)`);
    } while (token);
    const dumps = [
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
    const gaps = [];
    for (const { namespace, name } of CONFIG_MAPS) {
        try {
            const configMap = await (0,retry/* withRetry */.bD)(`reading ConfigMap ${namespace}/${name}`, budget, 'kubernetes', () => api.readNamespacedConfigMap({ name, namespace }));
            dumps.push({ name: 'kube-flannel-cfg.json', value: { apiVersion: 'v1', kind: 'ConfigMap', ...configMap } });
            break;
        }
        catch (error) {
            const status = statusOf(error);
            if (status === 404)
                continue;
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

;// CONCATENATED MODULE: ./lib/sources/live/index.js




function inferProvider(nodes) {
    const counts = new Map();
    for (const node of nodes) {
        const provider = node.providerId ? (0,instance_key/* parseProviderId */.i6)(node.providerId).provider : undefined;
        if (provider)
            counts.set(provider, (counts.get(provider) ?? 0) + 1);
    }
    return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}
async function readLive(options, readerFor) {
    await (0,credentials/* registerEnvironment */.fL)(process.env);
    const calls = {};
    const budget = {
        deadline: Date.now() + options.timeoutMs,
        count: (provider) => {
            calls[provider] = (calls[provider] ?? 0) + 1;
        },
    };
    const cluster = await readKubernetes(options, budget);
    const provider = options.provider ?? inferProvider(cluster.nodes);
    const gaps = [...cluster.gaps];
    const load = provider ? readerFor(provider) : undefined;
    const cloud = load ? await (await load()).read(cluster.nodes, options, budget) : { dumps: [], gaps: [] };
    gaps.push(...cloud.gaps);
    options.log(`read ${cluster.nodes.length} nodes${provider ? ` and their ${provider} resources` : ''} in ${Object.entries(calls)
        .map(([p, n]) => `${n} ${p} calls`)
        .join(', ')}`);
    const dumps = [...cluster.dumps, ...cloud.dumps].map((dump) => ({ ...dump, value: (0,secrets/* redactValue */.FI)(dump.value) }));
    return { dumps, gaps: (0,secrets/* redactValue */.FI)(gaps), calls, provider };
}


/***/ }),

/***/ 41595:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bD: () => (/* binding */ withRetry)
/* harmony export */ });
/* unused harmony exports isTransient, retryAfterMs */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);

const BASE_DELAY_MS = 250;
const MAX_DELAY_MS = 8_000;
const MAX_ATTEMPTS = 6;
/** Throttling, server errors, timeouts and dropped connections: worth another try. */
function isTransient(error) {
    const e = error;
    const status = e.$metadata?.httpStatusCode ??
        e.statusCode ??
        e.status ??
        (typeof e.code === 'number' && e.code >= 100 ? e.code : undefined);
    if (status === 429 || (status !== undefined && status >= 500))
        return true;
    if (e.$retryable)
        return true;
    const name = `${e.name ?? ''} ${typeof e.code === 'string' ? e.code : ''}`;
    return (/Throttl|RequestLimitExceeded|TooManyRequests|ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE|socket hang up|UND_ERR|TimeoutError|RequestTimeout/i.test(name) || /socket hang up|ECONNRESET/i.test(String(error?.message)));
}
/** Seconds or an HTTP date, from whichever shape the SDK left the response headers in. */
function retryAfterMs(error) {
    const e = error;
    for (const headers of [e.headers, e.response?.headers, e.$response?.headers]) {
        if (!headers)
            continue;
        const value = typeof headers.get === 'function'
            ? headers.get('retry-after')
            : headers['retry-after'];
        if (!value)
            continue;
        const seconds = Number(value);
        if (Number.isFinite(seconds))
            return seconds * 1000;
        const date = Date.parse(value);
        if (Number.isFinite(date))
            return Math.max(0, date - Date.now());
    }
    return undefined;
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Runs one API call, retrying transient failures with capped exponential backoff and full jitter (or the
 * server's Retry-After), within the run's total time budget.
 */
async function withRetry(what, budget, provider, call) {
    for (let attempt = 1;; attempt++) {
        if (Date.now() > budget.deadline)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`--timeout reached while ${what}`);
        budget.count(provider);
        try {
            return await call();
        }
        catch (error) {
            if (attempt >= MAX_ATTEMPTS || !isTransient(error))
                throw error;
            const backoff = Math.random() * Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (attempt - 1));
            const delay = Math.min(retryAfterMs(error) ?? backoff, Math.max(0, budget.deadline - Date.now()));
            await sleep(delay);
        }
    }
}


/***/ })

};
