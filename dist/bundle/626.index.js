export const id = 626;
export const ids = [626,290];
export const modules = {

/***/ 45626:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   azureApplier: () => (/* binding */ azureApplier)
/* harmony export */ });
/* harmony import */ var _live_reader_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41290);
/* harmony import */ var _shared_applier_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86133);


/** "/subscriptions/s/resourcegroups/g/providers/microsoft.network/routetables/t" → its names by type. */
function parse(id) {
    const segments = id.split('/').filter(Boolean);
    const parts = {};
    for (let i = 0; i + 1 < segments.length; i += 2)
        parts[segments[i].toLowerCase()] = segments[i + 1];
    return { subscription: parts.subscriptions ?? '', group: parts.resourcegroups ?? '', parts };
}
/** Azure Policy denials name the assignment in the error: report it, not a stack. */
function explain(error, api) {
    const e = error;
    if (e.code === 'RequestDisallowedByPolicy') {
        const info = e.details?.error?.additionalInfo?.find((entry) => entry.type === 'PolicyViolation')?.info;
        const assignment = info?.policyAssignmentDisplayName ??
            info?.policyAssignmentName ??
            /"policyAssignment":\{"name":"([^"]+)"/.exec(e.message ?? '')?.[1] ??
            'an Azure Policy assignment';
        const definition = info?.policyDefinitionDisplayName ?? /"policyDefinition":\{"name":"([^"]+)"/.exec(e.message ?? '')?.[1];
        const id = info?.policyAssignmentId ? ` (${info.policyAssignmentId})` : '';
        const assignmentId = info?.policyAssignmentId ?? /"policyAssignment":\{"name":"[^"]*","id":"([^"]+)"/.exec(e.message ?? '')?.[1];
        return new _shared_applier_js__WEBPACK_IMPORTED_MODULE_1__/* .FixDenied */ .n(`${api} was denied by Azure Policy assignment "${assignment}"${id}${definition ? `, definition "${definition}"` : ''}: request an exemption for the cluster's NICs`, 'policy', {
            provider: 'azure',
            kind: 'azure-policy-assignment',
            name: assignment,
            id: assignmentId,
            definition,
            scope: info?.policyAssignmentScope,
        });
    }
    if (e.statusCode === 403)
        return new _shared_applier_js__WEBPACK_IMPORTED_MODULE_1__/* .FixDenied */ .n(`${api} was denied (${e.code ?? '403'}): grant ${api}`, 'permission');
    if (e.statusCode === 409 || e.statusCode === 412)
        return new _shared_applier_js__WEBPACK_IMPORTED_MODULE_1__/* .FixDenied */ .n(`${api} conflicted (${e.code ?? e.statusCode}); retry later`, 'conflict');
    return new _shared_applier_js__WEBPACK_IMPORTED_MODULE_1__/* .FixDenied */ .n(`${api} failed: ${e.code ?? ''} ${(e.message ?? String(error)).split('\n')[0]}`.trim(), 'failed');
}
async function nicIpForwarding(action, options) {
    const { subscription, group, parts } = parse(action.nicId);
    const azure = await (0,_live_reader_js__WEBPACK_IMPORTED_MODULE_0__.networkClient)(options, subscription);
    const name = parts.networkinterfaces;
    const nic = await azure.networkInterfaces
        .get(group, name)
        .catch((error) => Promise.reject(explain(error, 'Microsoft.Network/networkInterfaces/read')));
    if (nic.enableIPForwarding)
        return `IP forwarding already on for ${name}`;
    await azure.networkInterfaces
        .beginCreateOrUpdateAndWait(group, name, { ...nic, enableIPForwarding: true })
        .catch((error) => Promise.reject(explain(error, 'Microsoft.Network/networkInterfaces/write')));
    return `IP forwarding on for ${name}`;
}
async function routeUpsert(action, options) {
    const { subscription, group, parts } = parse(action.tableId);
    const azure = await (0,_live_reader_js__WEBPACK_IMPORTED_MODULE_0__.networkClient)(options, subscription);
    await azure.routes
        .beginCreateOrUpdateAndWait(group, parts.routetables, action.name, {
        addressPrefix: action.addressPrefix,
        nextHopType: 'VirtualAppliance',
        nextHopIpAddress: action.nextHopIp,
    })
        .catch((error) => Promise.reject(explain(error, 'Microsoft.Network/routeTables/routes/write')));
    return `route ${action.name} (${action.addressPrefix} via ${action.nextHopIp}) in ${parts.routetables}`;
}
async function routeDelete(action, options) {
    const { subscription, group, parts } = parse(action.tableId);
    const azure = await (0,_live_reader_js__WEBPACK_IMPORTED_MODULE_0__.networkClient)(options, subscription);
    await azure.routes
        .beginDeleteAndWait(group, parts.routetables, action.name)
        .catch((error) => Promise.reject(explain(error, 'Microsoft.Network/routeTables/routes/delete')));
    return `deleted route ${action.name} from ${parts.routetables}`;
}
async function subnetRouteTable(action, options) {
    const { subscription, group, parts } = parse(action.subnetId);
    const azure = await (0,_live_reader_js__WEBPACK_IMPORTED_MODULE_0__.networkClient)(options, subscription);
    const subnet = await azure.subnets
        .get(group, parts.virtualnetworks, parts.subnets)
        .catch((error) => Promise.reject(explain(error, 'Microsoft.Network/virtualNetworks/subnets/read')));
    await azure.subnets
        .beginCreateOrUpdateAndWait(group, parts.virtualnetworks, parts.subnets, {
        ...subnet,
        routeTable: { id: action.tableId },
    })
        .catch((error) => Promise.reject(explain(error, 'Microsoft.Network/virtualNetworks/subnets/write')));
    return `associated ${parts.subnets} with ${action.tableId.split('/').pop()}`;
}
async function nsgRuleCreate(action, options) {
    const { subscription, group, parts } = parse(action.nsgId);
    const azure = await (0,_live_reader_js__WEBPACK_IMPORTED_MODULE_0__.networkClient)(options, subscription);
    const nsg = parts.networksecuritygroups;
    const { rule } = action;
    // A PUT creates or updates: an earlier apply's rule of the same name is simply written again.
    await azure.securityRules
        .beginCreateOrUpdateAndWait(group, nsg, rule.name, {
        priority: rule.priority,
        direction: rule.direction,
        access: 'Allow',
        protocol: rule.protocol,
        sourceAddressPrefixes: [...rule.sourcePrefixes],
        sourcePortRange: '*',
        destinationAddressPrefixes: [...rule.destinationPrefixes],
        destinationPortRange: '*',
        description: 'host-gw pod traffic, created by hostgw-preflight',
    })
        .catch((error) => Promise.reject(explain(error, 'Microsoft.Network/networkSecurityGroups/securityRules/write')));
    return `${rule.direction.toLowerCase()} rule ${rule.name} (${rule.protocol}, priority ${rule.priority}) in ${nsg}`;
}
const HANDLERS = {
    'azure-nic-ip-forwarding': nicIpForwarding,
    'azure-route-upsert': routeUpsert,
    'azure-route-delete': routeDelete,
    'azure-subnet-route-table': subnetRouteTable,
    'azure-nsg-rule-create': nsgRuleCreate,
};
function handlerOf(action) {
    return HANDLERS[action.kind];
}
const azureApplier = {
    async apply(action, options) {
        const handler = handlerOf(action);
        if (!handler)
            throw new _shared_applier_js__WEBPACK_IMPORTED_MODULE_1__/* .FixDenied */ .n(`${action.kind} is not an Azure action`, 'failed');
        return handler(action, options);
    },
};


/***/ }),

/***/ 41290:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  azureReader: () => (/* binding */ azureReader),
  networkClient: () => (/* binding */ networkClient)
});

// EXTERNAL MODULE: ./lib/model/instance-key.js + 1 modules
var instance_key = __webpack_require__(63599);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
;// CONCATENATED MODULE: ./lib/clouds/azure/live/listings.js
/** Nothing read yet; policy assignments count as read only once there is a subscription to read them from. */
function emptyListings(subscriptions) {
    return {
        nics: [],
        vnets: [],
        tables: [],
        nsgs: [],
        assignments: [],
        nicsRead: true,
        tablesRead: true,
        nsgsRead: true,
        assignmentsRead: subscriptions > 0,
    };
}
/** The SDK returns what az prints (both flatten `properties`), minus undefined fields. */
function plain(value) {
    return JSON.parse(JSON.stringify(value));
}
/** A listing that failed is left out: absent data is check-incomplete, never "not found". */
function dumpsOf(listings) {
    const dumps = [];
    if (listings.nicsRead)
        dumps.push({ name: 'az-nics.json', value: plain(listings.nics), kinds: ['instances', 'interfaces'] });
    dumps.push({ name: 'az-vnets.json', value: plain(listings.vnets), kinds: ['networks', 'subnets'] });
    // No route tables at all is the fault to report (every pod CIDR unrouted), not missing data.
    if (listings.tablesRead)
        dumps.push({ name: 'az-route-tables.json', value: plain(listings.tables), kinds: ['routeTables', 'routes'] });
    if (listings.nsgsRead)
        dumps.push({ name: 'az-nsgs.json', value: plain(listings.nsgs), kinds: ['firewalls'] });
    if (listings.assignmentsRead)
        dumps.push({ name: 'az-policy-assignments.json', value: listings.assignments });
    return dumps;
}

;// CONCATENATED MODULE: ./lib/clouds/azure/live/reader.js



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
                    throw new errors/* UserError */.yo(`--timeout reached while ${what}`);
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
            if (error instanceof errors/* UserError */.yo)
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
        const ref = (0,instance_key/* parseProviderId */.i6)(node.providerId ?? '').ref;
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
/** The resource groups, within this subscription, of the resources these ids name. */
function groupsIn(subscription, ids) {
    return ids
        .map((id) => scopeOf(id))
        .filter((s) => s?.subscription === subscription.id)
        .map((s) => s.resourceGroup);
}
async function listNics({ reader, nodeGroups }, into) {
    const found = [];
    for (const group of [...nodeGroups].sort()) {
        const items = await reader.nics(group);
        if (items === undefined)
            into.nicsRead = false;
        found.push(...(items ?? []));
    }
    into.nics.push(...found);
    return found;
}
async function listVnets({ reader }, vnetGroups, into) {
    const found = [];
    for (const group of [...vnetGroups].sort())
        found.push(...((await reader.vnets(group)) ?? []));
    into.vnets.push(...found);
    return found;
}
/** The route tables of the node and VNet groups, and of wherever the subnets' own route tables live. */
async function listRouteTables(sub, vnetGroups, vnets, into) {
    const subnetTables = vnets.flatMap((vnet) => (vnet.subnets ?? []).map((subnet) => subnet.routeTable?.id));
    const groups = new Set([...sub.nodeGroups, ...vnetGroups, ...groupsIn(sub, subnetTables)]);
    for (const group of [...groups].sort()) {
        const items = await sub.reader.routeTables(group);
        if (items === undefined)
            into.tablesRead = false;
        into.tables.push(...(items ?? []));
    }
}
/** NSGs: the node groups, the VNet groups, and wherever the NICs' and subnets' own NSGs live. */
async function listNsgs(sub, vnetGroups, nics, vnets, into) {
    const nsgRefs = [
        ...nics.map((nic) => nic.networkSecurityGroup?.id),
        ...vnets.flatMap((vnet) => (vnet.subnets ?? []).map((subnet) => subnet.networkSecurityGroup?.id)),
    ];
    const groups = new Set([...sub.nodeGroups, ...vnetGroups, ...groupsIn(sub, nsgRefs)]);
    for (const group of [...groups].sort()) {
        const items = await sub.reader.nsgs(group);
        if (items === undefined)
            into.nsgsRead = false;
        into.nsgs.push(...(items ?? []));
    }
}
async function listPolicyAssignments({ reader }, into) {
    const policies = await reader.policyAssignments();
    if (policies === undefined)
        into.assignmentsRead = false;
    into.assignments.push(...(policies ?? []));
}
async function readSubscription(sub, into) {
    const nics = await listNics(sub, into);
    const subnetIds = nics.flatMap((nic) => (nic.ipConfigurations ?? []).map((config) => config.subnet?.id));
    const vnetGroups = new Set(groupsIn(sub, subnetIds));
    const vnets = await listVnets(sub, vnetGroups, into);
    await listRouteTables(sub, vnetGroups, vnets, into);
    await listNsgs(sub, vnetGroups, nics, vnets, into);
    // Last, so a denial here (Network Reader lacks it) costs nothing else: what can refuse the forwarding fix.
    await listPolicyAssignments(sub, into);
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
        const listings = emptyListings(groups.size);
        for (const [id, nodeGroups] of groups) {
            const reader = new SubscriptionReader(await networkClient(options, id), id, options, budget);
            await readSubscription({ id, reader, nodeGroups }, listings);
            gaps.push(...reader.gaps);
        }
        return { dumps: dumpsOf(listings), gaps };
    },
};


/***/ })

};
