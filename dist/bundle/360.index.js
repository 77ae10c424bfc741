export const id = 360;
export const ids = [360];
export const modules = {

/***/ 27360:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  clientOptions: () => (/* binding */ clientOptions),
  gceReader: () => (/* binding */ gceReader)
});

// EXTERNAL MODULE: ./lib/model/instance-key.js + 1 modules
var instance_key = __webpack_require__(63599);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: ./lib/sources/live/retry.js
var retry = __webpack_require__(41595);
;// CONCATENATED MODULE: ./lib/clouds/gce/live/listings.js
/** Nothing read yet, and nothing failed. */
function emptyListings() {
    return {
        instances: [],
        routes: [],
        firewalls: [],
        subnetworks: [],
        policies: [],
        instancesRead: true,
        routesRead: true,
        firewallsRead: true,
    };
}
/** gcloud prints what the API returns, minus protobuf's bookkeeping (`_field` twins) and unset fields. */
function plain(value) {
    if (Array.isArray(value))
        return value.map(plain);
    if (value === null || typeof value !== 'object')
        return value;
    const out = {};
    for (const [key, field] of Object.entries(value)) {
        if (key.startsWith('_') || field === undefined || field === null)
            continue;
        out[key] = plain(field);
    }
    return out;
}
/** A listing that failed is left out: absent data is check-incomplete, never "no route" or "not found". */
function dumpsOf(listings) {
    const kinds = (items, kind) => items.map((item) => ({ kind, ...plain(item) }));
    const dumps = [];
    if (listings.instancesRead)
        dumps.push({
            name: 'gcloud-instances.json',
            value: kinds(listings.instances, 'compute#instance'),
            kinds: ['instances', 'interfaces'],
        });
    if (listings.routesRead)
        dumps.push({ name: 'gcloud-routes.json', value: kinds(listings.routes, 'compute#route'), kinds: ['routes'] });
    if (listings.firewallsRead)
        dumps.push({
            name: 'gcloud-firewall-rules.json',
            value: kinds(listings.firewalls, 'compute#firewall'),
            kinds: ['firewalls'],
        });
    dumps.push({
        name: 'gcloud-subnets.json',
        value: kinds(listings.subnetworks, 'compute#subnetwork'),
        kinds: ['subnets'],
    });
    dumps.push(...listings.policies);
    return dumps;
}

;// CONCATENATED MODULE: ./lib/clouds/gce/live/reader.js




const PAGE_SIZE = 500;
const API = 'https://www.googleapis.com/compute/v1/';
const ORG_POLICY_API = 'https://orgpolicy.googleapis.com';
/**
 * REST transport always; a custom endpoint (Private Service Connect, tests) as host, port and protocol. The
 * project is known from the providerIDs: naming it spares the auth library its own search (gcloud, metadata).
 */
function clientOptions(options, projectId) {
    if (!options.gcpEndpoint)
        return { fallback: true, projectId };
    const url = new URL(options.gcpEndpoint);
    return {
        fallback: true,
        projectId,
        apiEndpoint: url.hostname,
        port: url.port ? Number(url.port) : undefined,
        protocol: url.protocol.replace(':', ''),
    };
}
function isDenied(error) {
    const code = error.code;
    return code === 403 || code === 7 || code === 401 || code === 16;
}
function describe(error) {
    const message = error.message ?? String(error);
    try {
        return JSON.parse(message).error?.message ?? message;
    }
    catch {
        return message.split('\n')[0];
    }
}
function target(node, fallbackProject) {
    const ref = (0,instance_key/* parseProviderId */.i6)(node.providerId ?? '').ref;
    if (ref?.provider === 'gce')
        return { project: ref.project, zone: ref.zone };
    return fallbackProject ? { project: fallbackProject } : undefined;
}
class ProjectReader {
    compute;
    project;
    options;
    budget;
    gaps = [];
    constructor(compute, project, options, budget) {
        this.compute = compute;
        this.project = project;
        this.options = options;
        this.budget = budget;
    }
    async pages(what, permission, fetch) {
        const items = [];
        let token;
        let count = 0;
        try {
            do {
                const page = await (0,retry/* withRetry */.bD)(what, this.budget, 'gce', () => fetch(token));
                items.push(...page.items);
                token = page.next;
                if (++count > 1 || token)
                    this.options.log(`${what}… ${items.length} after ${count} page(s)`);
            } while (token);
            return items;
        }
        catch (error) {
            this.gaps.push({
                message: isDenied(error)
                    ? `GCE ${this.project}: ${what} was denied: grant ${permission} (e.g. roles/compute.viewer) (${describe(error)})`
                    : `GCE ${this.project}: ${what} failed after retries (${describe(error)})`,
            });
            return undefined;
        }
    }
    /** Per zone, so the calls follow the nodes' zones rather than everything the project runs. */
    async instancesInZone(zone) {
        const client = new this.compute.InstancesClient(clientOptions(this.options, this.project));
        return this.pages(`reading instances in ${this.project}/${zone}`, 'compute.instances.list', async (pageToken) => {
            const [items, next] = await client.list({ project: this.project, zone, maxResults: PAGE_SIZE, pageToken }, { autoPaginate: false });
            return { items, next: next?.pageToken ?? undefined };
        });
    }
    /** Nodes without a providerID could be anywhere in the project: one aggregated listing finds them. */
    async allInstances() {
        const client = new this.compute.InstancesClient(clientOptions(this.options, this.project));
        return this.pages(`reading all instances of ${this.project}`, 'compute.instances.list', async () => {
            const items = [];
            for await (const [, scoped] of client.aggregatedListAsync({ project: this.project, maxResults: PAGE_SIZE, returnPartialSuccess: true }, { autoPaginate: false })) {
                items.push(...(scoped.instances ?? []));
            }
            return { items };
        });
    }
    async routes(network) {
        const client = new this.compute.RoutesClient(clientOptions(this.options, this.project));
        return this.pages(`reading routes of ${network.split('/').pop()}`, 'compute.routes.list', async (pageToken) => {
            const [items, next] = await client.list({ project: this.project, filter: `network = "${API}${network}"`, maxResults: PAGE_SIZE, pageToken }, { autoPaginate: false });
            return { items, next: next?.pageToken ?? undefined };
        });
    }
    /** The firewall rules of one network (not every network of the project). */
    async firewalls(network) {
        const client = new this.compute.FirewallsClient(clientOptions(this.options, this.project));
        return this.pages(`reading firewall rules of ${network.split('/').pop()}`, 'compute.firewalls.list', async (pageToken) => {
            const [items, next] = await client.list({ project: this.project, filter: `network = "${API}${network}"`, maxResults: PAGE_SIZE, pageToken }, { autoPaginate: false });
            return { items, next: next?.pageToken ?? undefined };
        });
    }
    /**
     * The effective organisation policy of the project for one constraint (Organization Policy API v2, permission
     * orgpolicy.policies.get), with the credentials of the compute clients. --gcp-endpoint serves it too.
     */
    async effectivePolicy(constraint) {
        const client = new this.compute.InstancesClient(clientOptions(this.options, this.project));
        const endpoint = this.options.gcpEndpoint ? new URL(this.options.gcpEndpoint).origin : ORG_POLICY_API;
        const url = `${endpoint}/v2/projects/${encodeURIComponent(this.project)}/policies/${constraint}:getEffectivePolicy`;
        const what = `reading the effective organisation policy ${constraint}`;
        try {
            const response = await (0,retry/* withRetry */.bD)(what, this.budget, 'gce', () => client.auth.request({ url, method: 'GET', retry: false }));
            return response.data;
        }
        catch (error) {
            if (error instanceof errors/* UserError */.yo)
                throw error;
            const status = error.status ??
                error.response?.status;
            const data = error.response?.data;
            const message = data?.error?.message ?? describe(error);
            this.gaps.push({
                message: status === 403 || status === 401
                    ? `GCE ${this.project}: ${what} was denied: grant orgpolicy.policies.get (e.g. roles/orgpolicy.policyViewer) to check whether the policy refuses IP forwarding (${message})`
                    : `GCE ${this.project}: ${what} failed after retries (${message})`,
            });
            return undefined;
        }
    }
    async subnetworks(region) {
        const client = new this.compute.SubnetworksClient(clientOptions(this.options, this.project));
        return this.pages(`reading subnetworks in ${region}`, 'compute.subnetworks.list', async (pageToken) => {
            const [items, next] = await client.list({ project: this.project, region, maxResults: PAGE_SIZE, pageToken }, { autoPaginate: false });
            return { items, next: next?.pageToken ?? undefined };
        });
    }
}
function path(url) {
    if (!url)
        return undefined;
    const at = url.indexOf('projects/');
    return at >= 0 ? url.slice(at) : undefined;
}
function projectsOfNodes(nodes, options, gaps) {
    const projects = new Map();
    for (const node of nodes) {
        const where = target(node, options.gcpProject);
        if (!where) {
            gaps.push({
                node: node.name,
                message: `node ${node.name}: its GCP project is unknown (no providerID): pass --gcp-project`,
            });
            continue;
        }
        const entry = projects.get(where.project) ?? { zones: new Set(), unplaced: false };
        if (where.zone)
            entry.zones.add(where.zone);
        else
            entry.unplaced = true;
        projects.set(where.project, entry);
    }
    return projects;
}
/** Lists the instances; returns their network interfaces. */
async function listInstances(reader, { zones, unplaced }, into) {
    const found = [];
    const listings = unplaced ? [reader.allInstances()] : [...zones].sort().map((zone) => reader.instancesInZone(zone));
    for (const listing of listings) {
        const items = await listing;
        if (items === undefined)
            into.instancesRead = false;
        found.push(...(items ?? []));
    }
    into.instances.push(...found);
    return found.flatMap((instance) => instance.networkInterfaces ?? []);
}
/**
 * The routes and firewall rules of each network the nodes are on, read in the project that owns the network: on a
 * Shared VPC that is the host project named in the network's URL, not the instances' service project.
 */
async function listNetworkRules(readerOf, nics, into) {
    for (const network of new Set(nics.map((nic) => path(nic.network)).filter((n) => Boolean(n)))) {
        const reader = readerOf(network.split('/')[1]);
        const items = await reader.routes(network);
        if (items === undefined)
            into.routesRead = false;
        into.routes.push(...(items ?? []));
        const rules = await reader.firewalls(network);
        if (rules === undefined)
            into.firewallsRead = false;
        into.firewalls.push(...(rules ?? []));
    }
}
/** The subnetworks of the nodes' regions, in the project each subnetwork URL names (a Shared VPC's host project). */
async function listSubnetworks(readerOf, nics, into) {
    const scopes = new Set(nics
        .map((nic) => /projects\/([^/]+)\/regions\/([^/]+)\//.exec(nic.subnetwork ?? ''))
        .filter((m) => Boolean(m))
        .map((m) => `${m[1]}/${m[2]}`));
    for (const scope of [...scopes].sort()) {
        const [project, region] = scope.split('/');
        into.subnetworks.push(...((await readerOf(project).subnetworks(region)) ?? []));
    }
}
/** The project's instances and its IP forwarding policy; returns the instances' network interfaces. */
async function readProject(reader, project, targets, into) {
    const nics = await listInstances(reader, targets, into);
    // Whether the project may enable IP forwarding at all: an organisation policy can refuse the forwarding fix.
    const policy = await reader.effectivePolicy('compute.vmCanIpForward');
    if (policy !== undefined)
        into.policies.push({ name: `gcloud-org-policy-${project}.json`, value: plain(policy) });
    return nics;
}
/**
 * Reads the nodes' instances zone by zone (an aggregated listing only for nodes without a providerID), the
 * routes and firewall rules of their networks and the subnetworks of their regions, each in the project that owns
 * it: calls grow with pages, not nodes.
 */
const gceReader = {
    async read(nodes, options, budget) {
        const compute = await Promise.all(/* import() */[__webpack_require__.e(324), __webpack_require__.e(933)]).then(__webpack_require__.t.bind(__webpack_require__, 77933, 19));
        const gaps = [];
        const projects = projectsOfNodes(nodes, options, gaps);
        const listings = emptyListings();
        const readers = new Map();
        const readerOf = (project) => {
            let reader = readers.get(project);
            if (!reader)
                readers.set(project, (reader = new ProjectReader(compute, project, options, budget)));
            return reader;
        };
        const nics = [];
        for (const [project, targets] of projects)
            nics.push(...(await readProject(readerOf(project), project, targets, listings)));
        await listNetworkRules(readerOf, nics, listings);
        await listSubnetworks(readerOf, nics, listings);
        for (const reader of readers.values())
            gaps.push(...reader.gaps);
        return { dumps: dumpsOf(listings), gaps };
    },
};


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
