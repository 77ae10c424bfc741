export const id = 386;
export const ids = [386];
export const modules = {

/***/ 35386:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   azureReader: () => (/* binding */ azureReader),
/* harmony export */   networkClient: () => (/* binding */ networkClient)
/* harmony export */ });
/* harmony import */ var _model_instance_key_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59200);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);


/** Resource Manager and sign-in per national cloud; --azure-endpoint and AZURE_AUTHORITY_HOST override them. */
const CLOUDS = {
    AzurePublicCloud: { arm: 'https://management.azure.com', login: 'https://login.microsoftonline.com' },
    AzureChinaCloud: { arm: 'https://management.chinacloudapi.cn', login: 'https://login.chinacloudapi.cn' },
    AzureUSGovernment: { arm: 'https://management.usgovcloudapi.net', login: 'https://login.microsoftonline.us' },
};
const POLICY_API_VERSION = '2022-06-01';
/** Resource Manager's address for this cloud, without a trailing slash. */
function armEndpoint(options) {
    return (options.azureEndpoint ?? CLOUDS[options.azureEnvironment ?? 'AzurePublicCloud'].arm).replace(/\/+$/, '');
}
/** ARM nests an assignment's fields under `properties`; az prints them flattened, keys sorted. */
function azPolicyShape(item) {
    if (typeof item !== 'object' || item === null)
        return item;
    const { properties, ...rest } = item;
    const flat = {
        ...(typeof properties === 'object' && properties !== null ? properties : {}),
        ...rest,
    };
    return Object.fromEntries(Object.keys(flat)
        .sort()
        .map((key) => [key, flat[key]]));
}
function scopeOf(id) {
    const match = /\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\//i.exec(id ?? '');
    return match ? { subscription: match[1].toLowerCase(), resourceGroup: match[2].toLowerCase() } : undefined;
}
function statusOf(error) {
    return error.statusCode;
}
/** The SDK returns what az prints (both flatten `properties`), minus undefined fields. */
function plain(value) {
    return JSON.parse(JSON.stringify(value));
}
class SubscriptionReader {
    client;
    subscription;
    options;
    budget;
    gaps = [];
    constructor(client, subscription, options, budget) {
        this.client = client;
        this.subscription = subscription;
        this.options = options;
        this.budget = budget;
    }
    /** Pages through one listing; denial or exhausted retries leave a gap naming the Resource Manager action. */
    async list(what, action, pages) {
        const items = [];
        let count = 0;
        try {
            for await (const page of pages) {
                this.budget.count('azure');
                items.push(...page);
                if (++count > 1)
                    this.options.log(`${what}… ${items.length} after ${count} page(s)`);
            }
            if (count === 0)
                this.budget.count('azure');
            return items;
        }
        catch (error) {
            const status = statusOf(error);
            const code = error.code ?? '';
            this.gaps.push({
                message: status === 403 || status === 401
                    ? `Azure ${this.subscription}: ${what} was denied (${code}): grant ${action} (built-in role "Reader" or "Network Reader")`
                    : status === 404
                        ? `Azure ${this.subscription}: ${what}: not found (${code})`
                        : `Azure ${this.subscription}: ${what} failed after retries (${code || error.message?.split('\n')[0]})`,
            });
            return undefined;
        }
    }
    nics(group) {
        return this.list(`reading network interfaces of ${group}`, 'Microsoft.Network/networkInterfaces/read', this.client.networkInterfaces.list(group).byPage());
    }
    vnets(group) {
        return this.list(`reading virtual networks of ${group}`, 'Microsoft.Network/virtualNetworks/read', this.client.virtualNetworks.list(group).byPage());
    }
    /**
     * Azure Policy assignments that apply to the subscription (inherited from management groups, its own, and those of
     * its resource groups), as `az policy assignment list --disable-scope-strict-match` prints them. Permission
     * Microsoft.Authorization/policyAssignments/read (in Reader); a denial is a gap, never a failure.
     */
    async policyAssignments() {
        const { createPipelineRequest } = await Promise.all(/* import() */[__webpack_require__.e(171), __webpack_require__.e(411)]).then(__webpack_require__.bind(__webpack_require__, 4792));
        const what = 'reading policy assignments';
        const items = [];
        let url = `${armEndpoint(this.options)}/subscriptions/${encodeURIComponent(this.subscription)}/providers/Microsoft.Authorization/policyAssignments?api-version=${POLICY_API_VERSION}`;
        let pages = 0;
        try {
            while (url) {
                if (Date.now() > this.budget.deadline)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`--timeout reached while ${what}`);
                this.budget.count('azure');
                // The network client's pipeline: same credential, same retries of 429 and 5xx, same endpoint.
                const response = await this.client.sendRequest(createPipelineRequest({ url, method: 'GET' }));
                const body = JSON.parse(response.bodyAsText || '{}');
                if (response.status !== 200) {
                    const code = body.error?.code ?? String(response.status);
                    this.gaps.push({
                        message: response.status === 403 || response.status === 401
                            ? `Azure ${this.subscription}: ${what} was denied (${code}): grant Microsoft.Authorization/policyAssignments/read (built-in role "Reader") to check for policies that refuse IP forwarding`
                            : `Azure ${this.subscription}: ${what} failed (${code}: ${body.error?.message?.split('\n')[0] ?? ''})`,
                    });
                    return undefined;
                }
                items.push(...(body.value ?? []).map(azPolicyShape));
                url = body.nextLink;
                if (++pages > 1)
                    this.options.log(`${what}… ${items.length} after ${pages} page(s)`);
            }
            return items;
        }
        catch (error) {
            if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo)
                throw error;
            this.gaps.push({
                message: `Azure ${this.subscription}: ${what} failed after retries (${error.code ?? error.message?.split('\n')[0]})`,
            });
            return undefined;
        }
    }
    nsgs(group) {
        return this.list(`reading network security groups of ${group}`, 'Microsoft.Network/networkSecurityGroups/read', this.client.networkSecurityGroups.list(group).byPage());
    }
    routeTables(group) {
        return this.list(`reading route tables of ${group}`, 'Microsoft.Network/routeTables/read', this.client.routeTables.list(group).byPage());
    }
}
/** One Resource Manager client per subscription, for reading and for fixing alike. */
async function networkClient(options, subscription) {
    const network = await Promise.all(/* import() */[__webpack_require__.e(171), __webpack_require__.e(411), __webpack_require__.e(738), __webpack_require__.e(307)]).then(__webpack_require__.bind(__webpack_require__, 98307));
    const { DefaultAzureCredential } = await Promise.all(/* import() */[__webpack_require__.e(171), __webpack_require__.e(411), __webpack_require__.e(738), __webpack_require__.e(324), __webpack_require__.e(952)]).then(__webpack_require__.bind(__webpack_require__, 23952));
    const cloud = CLOUDS[options.azureEnvironment ?? 'AzurePublicCloud'];
    const authorityHost = process.env.AZURE_AUTHORITY_HOST ?? cloud.login;
    // Instance discovery asks the public cloud about the authority: meaningless (and unreachable) for private ones.
    const credential = new DefaultAzureCredential({
        authorityHost,
        disableInstanceDiscovery: Boolean(process.env.AZURE_AUTHORITY_HOST) || options.azureEnvironment !== undefined,
    });
    return new network.NetworkManagementClient(credential, subscription, {
        endpoint: options.azureEndpoint ?? cloud.arm,
        retryOptions: { maxRetries: 5, maxRetryDelayInMs: 8_000 },
    });
}
function groupsOfNodes(nodes, options, gaps) {
    const groups = new Map();
    for (const node of nodes) {
        const ref = (0,_model_instance_key_js__WEBPACK_IMPORTED_MODULE_1__/* .parseProviderId */ .i6)(node.providerId ?? '').ref;
        const scope = scopeOf(ref?.provider === 'azure' ? ref.vmId : undefined);
        if (!scope) {
            gaps.push({ node: node.name, message: `node ${node.name}: its Azure resource group is unknown (no providerID)` });
            continue;
        }
        const subscription = options.azureSubscription?.toLowerCase() ?? scope.subscription;
        groups.set(subscription, (groups.get(subscription) ?? new Set()).add(scope.resourceGroup));
    }
    return groups;
}
/**
 * Reads NICs in the nodes' resource groups, then the virtual networks their subnets belong to (with each subnet's
 * route table), then the route tables and network security groups of every group involved: a few listings per
 * resource group.
 */
const azureReader = {
    async read(nodes, options, budget) {
        const gaps = [];
        const groups = groupsOfNodes(nodes, options, gaps);
        const nics = [];
        const vnets = [];
        const tables = [];
        let nicsRead = true;
        let tablesRead = true;
        const nsgs = [];
        let nsgsRead = true;
        const assignments = [];
        let assignmentsRead = groups.size > 0;
        for (const [subscription, nodeGroups] of groups) {
            const reader = new SubscriptionReader(await networkClient(options, subscription), subscription, options, budget);
            const found = [];
            for (const group of [...nodeGroups].sort()) {
                const items = await reader.nics(group);
                if (items === undefined)
                    nicsRead = false;
                found.push(...(items ?? []));
            }
            nics.push(...found);
            const subnetIds = found.flatMap((nic) => (nic.ipConfigurations ?? []).map((config) => config.subnet?.id));
            const vnetGroups = new Set(subnetIds
                .map((id) => scopeOf(id))
                .filter((s) => s?.subscription === subscription)
                .map((s) => s.resourceGroup));
            const foundVnets = [];
            for (const group of [...vnetGroups].sort())
                foundVnets.push(...((await reader.vnets(group)) ?? []));
            vnets.push(...foundVnets);
            const tableGroups = new Set([...nodeGroups, ...vnetGroups]);
            for (const vnet of foundVnets) {
                for (const subnet of vnet.subnets ?? []) {
                    const scope = scopeOf(subnet.routeTable?.id);
                    if (scope?.subscription === subscription)
                        tableGroups.add(scope.resourceGroup);
                }
            }
            for (const group of [...tableGroups].sort()) {
                const items = await reader.routeTables(group);
                if (items === undefined)
                    tablesRead = false;
                tables.push(...(items ?? []));
            }
            // NSGs: the node groups, the VNet groups, and wherever the NICs' and subnets' own NSGs live.
            const nsgGroups = new Set([...nodeGroups, ...vnetGroups]);
            const nsgRefs = [
                ...found.map((nic) => nic.networkSecurityGroup?.id),
                ...foundVnets.flatMap((vnet) => (vnet.subnets ?? []).map((subnet) => subnet.networkSecurityGroup?.id)),
            ];
            for (const id of nsgRefs) {
                const scope = scopeOf(id);
                if (scope?.subscription === subscription)
                    nsgGroups.add(scope.resourceGroup);
            }
            for (const group of [...nsgGroups].sort()) {
                const items = await reader.nsgs(group);
                if (items === undefined)
                    nsgsRead = false;
                nsgs.push(...(items ?? []));
            }
            // Last, so a denial here (Network Reader lacks it) costs nothing else: what can refuse the forwarding fix.
            const policies = await reader.policyAssignments();
            if (policies === undefined)
                assignmentsRead = false;
            assignments.push(...(policies ?? []));
            gaps.push(...reader.gaps);
        }
        const dumps = [];
        if (nicsRead)
            dumps.push({ name: 'az-nics.json', value: plain(nics), kinds: ['instances', 'interfaces'] });
        dumps.push({ name: 'az-vnets.json', value: plain(vnets), kinds: ['networks', 'subnets'] });
        // No route tables at all is the fault to report (every pod CIDR unrouted), not missing data.
        if (tablesRead)
            dumps.push({ name: 'az-route-tables.json', value: plain(tables), kinds: ['routeTables', 'routes'] });
        if (nsgsRead)
            dumps.push({ name: 'az-nsgs.json', value: plain(nsgs), kinds: ['firewalls'] });
        if (assignmentsRead)
            dumps.push({ name: 'az-policy-assignments.json', value: assignments });
        return { dumps, gaps };
    },
};


/***/ })

};
