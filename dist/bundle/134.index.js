export const id = 134;
export const ids = [134];
export const modules = {

/***/ 5031:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gf: () => (/* binding */ kubeconfigUserSecrets),
/* harmony export */   SC: () => (/* binding */ looksLikeKubeconfigContent),
/* harmony export */   U$: () => (/* binding */ registerKubeconfigContent),
/* harmony export */   fL: () => (/* binding */ registerEnvironment)
/* harmony export */ });
/* unused harmony export registerKubeconfig */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38815);
/* harmony import */ var _model_secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6796);




/**
 * Which credentials of a kubeconfig and of the environment are registered as secrets, and why:
 * - kubeconfig user: `token`, `password`, `client-key-data` (and the PEM key it encodes, line by line), the
 *   secret-named fields of `auth-provider.config` (access-token, refresh-token, client-secret, id-token), and of
 *   an `exec` plugin the values of secret-named `env` entries and of secret-named flags in `args`. Not
 *   `client-certificate-data`, `idp-certificate-authority-data` or `username`: public or identifying, not secret,
 *   and identities are what RBAC error messages name to help the user. Not every exec env value or argument
 *   either: they mostly carry regions, profiles and cluster names ("us-east-1"), and redacting those everywhere
 *   would blank out half of a report. The credential an exec plugin or token file actually produces is
 *   registered from the request itself (see kubernetes.ts).
 * - environment: the cloud keys the SDKs read (AWS_ACCESS_KEY_ID too, as aws-actions/configure-aws-credentials
 *   masks it), the private key and client secret of GOOGLE_APPLICATION_CREDENTIALS, vSphere passwords, GitHub
 *   tokens, and passwords written into proxy or govc URLs.
 */
const SECRET_NAME = /token|secret|passw(or)?d|credential|private.?key|api.?key|access.?key/i;
const ENV_SECRETS = [
    'AWS_ACCESS_KEY_ID',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
    'AWS_SECURITY_TOKEN',
    'AWS_CONTAINER_AUTHORIZATION_TOKEN',
    'AZURE_CLIENT_SECRET',
    'AZURE_CLIENT_CERTIFICATE_PASSWORD',
    'AZURE_PASSWORD',
    'GITHUB_TOKEN',
    'GH_TOKEN',
    'GOVC_PASSWORD',
    'VSPHERE_PASSWORD',
];
const ENV_URLS = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'ALL_PROXY', 'all_proxy', 'GOVC_URL'];
const GOOGLE_KEY_FIELDS = ['private_key', 'private_key_id', 'client_secret', 'refresh_token'];
/** A service-account key is about 2.3 KB; anything far larger is not one, and is not read into memory. */
const GOOGLE_KEY_MAX_BYTES = 1024 * 1024;
function isObj(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function decodedPem(base64) {
    if (typeof base64 !== 'string')
        return undefined;
    const text = Buffer.from(base64, 'base64').toString('utf8');
    return text.includes('-----BEGIN') ? text : undefined;
}
/** Values of `--token=X`, `--token X`, `--client-secret X`...; flags with other names are left alone. */
function secretArgs(args) {
    if (!Array.isArray(args))
        return [];
    const values = [];
    args.forEach((arg, i) => {
        const match = typeof arg === 'string' ? /^--?([^=]+)(?:=(.*))?$/s.exec(arg) : null;
        if (!match || !SECRET_NAME.test(match[1]))
            return;
        values.push(match[2] ?? args[i + 1]);
    });
    return values;
}
/** The secrets of one kubeconfig `user:` entry, in the file's own key names. */
function kubeconfigUserSecrets(user) {
    if (!isObj(user))
        return [];
    const values = [user.token, user.password, user['client-key-data'], decodedPem(user['client-key-data'])];
    const provider = user['auth-provider'];
    if (isObj(provider) && isObj(provider.config)) {
        for (const [key, value] of Object.entries(provider.config))
            if (SECRET_NAME.test(key))
                values.push(value);
    }
    const exec = user.exec;
    if (isObj(exec)) {
        if (Array.isArray(exec.env))
            for (const entry of exec.env)
                if (isObj(entry) && typeof entry.name === 'string' && SECRET_NAME.test(entry.name))
                    values.push(entry.value);
        values.push(...secretArgs(exec.args));
    }
    return values.filter((value) => value !== undefined && value !== null);
}
/** --kubeconfig and the input take a path or the content itself (as passed from a secret). */
function looksLikeKubeconfigContent(value) {
    return value.includes('\n') || /^\s*(apiVersion|clusters|kind)\s*:/.test(value) || value.trimStart().startsWith('{');
}
/** Registers the secrets of every user of a kubeconfig object (as parsed from YAML or JSON). */
function registerKubeconfig(config) {
    const users = isObj(config) && Array.isArray(config.users) ? config.users : [];
    for (const entry of users)
        if (isObj(entry))
            for (const value of kubeconfigUserSecrets(entry.user))
                (0,_model_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .addSecret */ .Ck)(value);
}
/**
 * Registers the secrets of a kubeconfig given as text, before anything (a loader's parse error) can quote it.
 * Text that does not parse still has its values registered: the part after `key:` of every line, and lines
 * without a key (a wrapped base64 value) whole.
 */
function registerKubeconfigContent(text) {
    try {
        registerKubeconfig((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(text));
        return;
    }
    catch {
        // Not YAML: fall through to the line-by-line values.
    }
    for (const line of text.split(/\r?\n|\r/)) {
        const keyed = /^\s*-?\s*[\w.-]+\s*:\s*(.*)$/.exec(line);
        (0,_model_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .addSecret */ .Ck)((keyed ? keyed[1] : line).replace(/^["']|["']$/g, ''));
    }
}
function urlPassword(value) {
    if (!value)
        return undefined;
    try {
        const password = new URL(value).password;
        return password ? decodeURIComponent(password) : undefined;
    }
    catch {
        return undefined;
    }
}
/** The secret fields of a Google credentials file; a file that is missing, huge or not JSON adds nothing. */
async function googleKeySecrets(file) {
    if (!file)
        return [];
    try {
        // Non-blocking, so that a FIFO in the variable cannot hang the run at open.
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
        try {
            const stat = await handle.stat();
            if (!stat.isFile() || stat.size > GOOGLE_KEY_MAX_BYTES)
                return [];
            const key = JSON.parse(await handle.readFile('utf8'));
            return isObj(key) ? GOOGLE_KEY_FIELDS.map((field) => key[field]) : [];
        }
        finally {
            await handle.close();
        }
    }
    catch {
        // The SDK reports an unreadable key file itself, in its own words.
        return [];
    }
}
/** Registers the cloud credentials the SDKs will read from this environment. */
async function registerEnvironment(env) {
    for (const name of ENV_SECRETS)
        (0,_model_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .addSecret */ .Ck)(env[name]);
    for (const name of ENV_URLS)
        (0,_model_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .addSecret */ .Ck)(urlPassword(env[name]));
    for (const value of await googleKeySecrets(env.GOOGLE_APPLICATION_CREDENTIALS))
        (0,_model_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .addSecret */ .Ck)(value);
}


/***/ }),

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
// EXTERNAL MODULE: ./lib/sources/provider-id.js
var provider_id = __webpack_require__(3147);
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
        const raw = { token: user.token, password: user.password, 'client-key-data': user.keyData, 'auth-provider': user.authProvider, exec: user.exec };
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
async function kubeConfig(k8s, options) {
    const config = new k8s.KubeConfig();
    try {
        if (options.kubeconfig && (0,credentials/* looksLikeKubeconfigContent */.SC)(options.kubeconfig)) {
            (0,credentials/* registerKubeconfigContent */.U$)(options.kubeconfig);
            config.loadFromString(options.kubeconfig);
        }
        else if (options.kubeconfig)
            config.loadFromFile(options.kubeconfig);
        else
            config.loadFromDefault();
    }
    catch (error) {
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
    const dumps = [{ name: 'nodes.json', value: { apiVersion: 'v1', kind: 'List', items: items.map((item) => ({ apiVersion: 'v1', kind: 'Node', ...item })), metadata: { resourceVersion: '' } } }];
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
                gaps.push({ message: `Kubernetes API: reading ConfigMap ${namespace}/${name} is forbidden (403): the flannel backend and cluster CIDR cannot be verified; grant "get configmaps" in ${namespace}` });
                break;
            }
            throw kubeError(`get ConfigMap ${namespace}/${name}`, error);
        }
    }
    return { dumps, nodes: items.map(toLiveNode), gaps };
}

;// CONCATENATED MODULE: ./lib/sources/live/index.js




/** Each cloud's reader, and with it its SDK, loads only when that cloud is read. */
const CLOUD_READERS = {
    aws: async () => (await __webpack_require__.e(/* import() */ 369).then(__webpack_require__.bind(__webpack_require__, 71369))).awsReader,
    gce: async () => (await __webpack_require__.e(/* import() */ 788).then(__webpack_require__.bind(__webpack_require__, 84788))).gceReader,
    azure: async () => (await __webpack_require__.e(/* import() */ 882).then(__webpack_require__.bind(__webpack_require__, 14882))).azureReader,
};
function inferProvider(nodes) {
    const counts = new Map();
    for (const node of nodes) {
        const provider = node.providerId ? (0,provider_id/* parseProviderId */.i6)(node.providerId).provider : undefined;
        if (provider)
            counts.set(provider, (counts.get(provider) ?? 0) + 1);
    }
    return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}
/**
 * Reads the running cluster, then its cloud, into dumps in the shapes file mode reads. Credentials are
 * registered first, and what comes back is redacted here, once: a server or proxy that echoes a token into a
 * status message, a node name or an annotation cannot carry it into a report, comment or saved snapshot.
 */
async function readLive(options) {
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
    const load = provider ? CLOUD_READERS[provider] : undefined;
    const cloud = load ? await (await load()).read(cluster.nodes, options, budget) : { dumps: [], gaps: [] };
    gaps.push(...cloud.gaps);
    options.log(`read ${cluster.nodes.length} nodes${provider ? ` and their ${provider} resources` : ''} in ${Object.entries(calls).map(([p, n]) => `${n} ${p} calls`).join(', ')}`);
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
    const status = e.$metadata?.httpStatusCode ?? e.statusCode ?? e.status ?? (typeof e.code === 'number' && e.code >= 100 ? e.code : undefined);
    if (status === 429 || (status !== undefined && status >= 500))
        return true;
    if (e.$retryable)
        return true;
    const name = `${e.name ?? ''} ${typeof e.code === 'string' ? e.code : ''}`;
    return /Throttl|RequestLimitExceeded|TooManyRequests|ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE|socket hang up|UND_ERR|TimeoutError|RequestTimeout/i.test(name) || /socket hang up|ECONNRESET/i.test(String(error?.message));
}
/** Seconds or an HTTP date, from whichever shape the SDK left the response headers in. */
function retryAfterMs(error) {
    const e = error;
    for (const headers of [e.headers, e.response?.headers, e.$response?.headers]) {
        if (!headers)
            continue;
        const value = typeof headers.get === 'function' ? headers.get('retry-after') : headers['retry-after'];
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
