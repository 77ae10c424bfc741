export const id = 692;
export const ids = [692];
export const modules = {

/***/ 5692:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readTerraform: () => (/* binding */ readTerraform)
});

// EXTERNAL MODULE: ./lib/sources/values.js
var values = __webpack_require__(62073);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: ./lib/sources/terraform/model.js
var terraform_model = __webpack_require__(53772);
// EXTERNAL MODULE: ./lib/sources/terraform/select.js
var terraform_select = __webpack_require__(5885);
;// CONCATENATED MODULE: ./lib/sources/terraform/join.js



const fileAddress = (file, address) => `${file}\u0000${address}`;
function toInterface(iface, provider, instanceKey) {
    return {
        id: iface.id,
        name: iface.name,
        provider,
        instanceKey,
        ips: iface.ips,
        subnetId: iface.subnetId,
        forwarding: iface.forwarding,
        forwardingCaveat: iface.caveat,
        remediation: iface.remediation,
        origin: iface.origin,
    };
}
/** false when one interface blocks forwarding, true when all allow it, undefined otherwise. */
function forwardingOf(interfaces) {
    if (interfaces.some((iface) => iface.forwarding === false))
        return false;
    return interfaces.length > 0 && interfaces.every((iface) => iface.forwarding === true) ? true : undefined;
}
/**
 * Matches Terraform machines to the Kubernetes nodes read from the other inputs, most certain link first: the
 * instance key (providerID), an address, a providerID the machine's partial identity fits, a name. Pools never match.
 */
function matchNodes(entries, nodes) {
    const matches = new Map();
    const byAddress = new Set();
    const taken = new Set();
    const byKey = new Map();
    const byIp = new Map();
    const byName = new Map();
    for (const node of nodes) {
        if (node.instanceKey && !byKey.has(node.instanceKey))
            byKey.set(node.instanceKey, node);
        for (const ip of node.internalIps)
            if (!byIp.has(ip))
                byIp.set(ip, node);
        if (!byName.has(node.name.toLowerCase()))
            byName.set(node.name.toLowerCase(), node);
    }
    const passes = [
        (machine) => [machine.cloudKey, machine.previous.cloudKey].map((key) => (key ? byKey.get(key) : undefined)),
        (machine) => [...machine.ips, ...machine.previous.ips].map((ip) => byIp.get(ip)),
        (machine) => machine.providerIdMatches
            ? nodes.filter((node) => node.providerId !== undefined && machine.providerIdMatches(node.providerId))
            : [],
        (machine) => machine.names.map((name) => byName.get(name)),
    ];
    for (const pass of passes) {
        for (const { machine } of entries) {
            if (machine.pool || matches.has(machine))
                continue;
            const node = pass(machine).find((candidate) => candidate !== undefined && !taken.has(candidate));
            if (!node)
                continue;
            matches.set(machine, node);
            if (pass === passes[1])
                byAddress.add(machine);
            taken.add(node);
        }
    }
    return { nodes: matches, byAddress };
}
function instanceOf(machine, key, id, name) {
    return {
        key,
        provider: machine.provider,
        id,
        name,
        network: machine.network,
        tags: machine.networkTags,
        managedBy: machine.managedBy,
        origin: machine.origin,
    };
}
/** A machine that is the node of another input: the node keeps its name and gains the machine's instance key. */
function enrichNode(machine, node, key, byAddress, out) {
    // A replaced machine comes back with an address known only after apply: like a new one, all its interfaces count.
    const holdsNodeIp = machine.ips.some((ip) => node.internalIps.includes(ip));
    const planned = machine.created && !holdsNodeIp;
    // A node without providerID that only shares an address with the machine keeps none: the snapshot joins it by
    // address, and only to a machine of the cluster's network that no other machine shares the address with.
    const byAddressOnly = byAddress && !node.instanceKey && holdsNodeIp;
    if ((!node.instanceKey || planned) && !byAddressOnly) {
        out.nodes.push({
            name: node.name,
            os: node.os,
            internalIps: [],
            podCidrs: [],
            instanceKey: key,
            planned: planned || undefined,
            subnetId: planned ? machine.subnetIds[0] : undefined,
        });
    }
}
/** A selected machine no other input knows: a planned node (no pod CIDR yet); returns the node's name. */
function plannedNode(machine, key, out) {
    // No `provider`: that field says what a providerID declares, and a planned node has none yet.
    const base = { os: machine.os, internalIps: machine.ips, podCidrs: [], planned: true, origin: machine.origin };
    if (!(machine.pool && machine.subnetIds.length > 1)) {
        out.nodes.push({
            ...base,
            name: machine.address,
            instanceKey: key,
            subnetId: machine.subnetIds[0],
            forwarding: forwardingOf(machine.interfaces),
        });
        return machine.address;
    }
    // A pool spread over several subnets: one planned node per subnet, so that the layer-2 check sees the split.
    machine.subnetIds.forEach((subnetId, i) => {
        const splitKey = i === 0 ? key : `${key}#${subnetId}`;
        if (i > 0)
            out.instances.push(instanceOf(machine, splitKey, machine.address, machine.address));
        out.nodes.push({
            ...base,
            name: `${machine.address} in ${subnetId}`,
            instanceKey: splitKey,
            subnetId,
            forwarding: i === 0 ? forwardingOf(machine.interfaces) : undefined,
        });
    });
    return `${machine.address} in ${machine.subnetIds[0]}`;
}
/** Machines that are nodes of other inputs enrich them; the selected others become planned nodes. */
function joinMachines(entries, nodes, selectors, out) {
    const { nodes: matches, byAddress } = matchNodes(entries, nodes);
    const selected = (0,terraform_select/* selectNodes */.Iw)(entries.map((entry) => entry.machine), selectors);
    const keys = new Map();
    const nodeNames = new Map();
    for (const { model, machine } of entries) {
        const node = matches.get(machine);
        const key = node?.instanceKey ?? machine.cloudKey ?? (0,terraform_model/* localInstanceKey */.y)(model.file, machine.address);
        keys.set(fileAddress(model.file, machine.address), key);
        out.instances.push(instanceOf(machine, key, machine.cloudId ?? machine.address, machine.names[0] ?? machine.address));
        const interfaces = machine.pool && machine.subnetIds.length > 1 ? machine.interfaces.slice(0, 1) : machine.interfaces;
        for (const iface of interfaces)
            out.interfaces.push(toInterface(iface, machine.provider, key));
        if (node) {
            nodeNames.set(machine, node.name);
            enrichNode(machine, node, key, byAddress.has(machine), out);
        }
        else if (selected.has(machine)) {
            nodeNames.set(machine, plannedNode(machine, key, out));
        }
    }
    return { keys, nodeNames };
}
/** A route to a machine of the same document goes to the instance key the machine was joined to. */
function joinRoutes(model, joined, out) {
    for (const route of model.routes) {
        let nextHop;
        if (route.nextHop.kind === 'machine') {
            const key = joined.keys.get(fileAddress(model.file, route.nextHop.address));
            nextHop = key
                ? { kind: 'instance', instanceKey: key, text: route.nextHop.text }
                : { kind: 'other', text: route.nextHop.text };
        }
        else
            nextHop = route.nextHop;
        out.routes.push({ ...route, nextHop });
    }
}
/** The rest of one document: networks, routes, and gaps, which name the node of their machine. */
function joinModel(model, joined, out) {
    for (const { provider, iface, instanceKey } of model.externalInterfaces)
        out.interfaces.push(toInterface(iface, provider, instanceKey));
    out.subnets.push(...model.subnets);
    out.networks.push(...model.networks);
    out.tables.push(...model.tables);
    out.associations.push(...model.associations);
    joinRoutes(model, joined, out);
    for (const gap of model.gaps) {
        const machine = gap.machine ? model.machine(gap.machine) : undefined;
        // What cannot be known about a machine that is no node does not matter.
        if (machine && !joined.nodeNames.has(machine))
            continue;
        out.gaps.push({
            message: gap.message,
            node: machine ? joined.nodeNames.get(machine) : undefined,
            resource: gap.resource,
            origin: gap.origin,
        });
    }
    for (const kind of model.present)
        out.present.add(kind);
}
/**
 * Joins what the Terraform documents describe with the nodes the other inputs read: machines that are Kubernetes
 * nodes enrich those nodes; the others that `selectors` select (or follow a tagging convention) become planned nodes.
 */
function joinTerraform(models, nodes, selectors) {
    const out = {
        instances: [],
        interfaces: [],
        nodes: [],
        subnets: [],
        networks: [],
        tables: [],
        associations: [],
        routes: [],
        gaps: [],
        present: new Set(),
    };
    const entries = models.flatMap((model) => model.machines.map((machine) => ({ model, machine })));
    const joined = joinMachines(entries, nodes, selectors, out);
    for (const model of models)
        joinModel(model, joined, out);
    return out;
}
function addJoined(builder, joined) {
    for (const instance of joined.instances)
        builder.addInstance(instance);
    for (const iface of joined.interfaces)
        builder.addInterface(iface, true);
    for (const node of joined.nodes)
        builder.addNode(node);
    for (const subnet of joined.subnets)
        builder.addSubnet(subnet);
    for (const network of joined.networks)
        builder.addNetwork(network);
    for (const table of joined.tables)
        builder.addRouteTable(table);
    for (const { tableId, subnetId } of joined.associations)
        builder.associate(tableId, subnetId);
    for (const route of joined.routes)
        builder.addRoute(route);
    for (const gap of joined.gaps)
        builder.addGap(gap);
    for (const kind of joined.present)
        builder.markPresent(kind);
}
function parseSelectors(options) {
    return options.nodeSelectors.map((text) => {
        try {
            return (0,terraform_select/* parseNodeSelector */.Pf)(text);
        }
        catch (error) {
            throw new errors/* UserError */.yo(`--node-selector: ${error.message}`);
        }
    });
}
/** The build step of the Terraform documents: the builder runs it once, with every document's model. */
const terraformJoin = (models, nodes, options, builder) => {
    if (models.length === 0)
        return;
    const selectors = parseSelectors(options);
    addJoined(builder, joinTerraform(models, nodes.filter((node) => !node.planned), selectors));
};

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/model/order.js
var order = __webpack_require__(4209);
;// CONCATENATED MODULE: ./lib/sources/terraform/locator.js




const BLOCK = /^(\s*)(resource|data)\s+"?([A-Za-z0-9_-]+)"?\s+"?([A-Za-z0-9_-]+)"?\s*\{?/;
const MAX_TREE_FILES = 5000;
const MAX_TREE_DEPTH = 8;
const MAX_TF_BYTES = 4 * 1024 * 1024;
function blockId(mode, type, name) {
    return `${mode === 'data' ? 'data' : 'resource'} ${type} ${name}`;
}
/** Braces outside strings and comments: enough to find where a block ends in ordinary HCL. */
function blockEnd(lines, start) {
    let depth = 0;
    let opened = false;
    let inComment = false;
    for (let i = start; i < lines.length; i++) {
        const line = lines[i];
        let inString = false;
        for (let j = 0; j < line.length; j++) {
            const c = line[j];
            if (inComment) {
                if (c === '*' && line[j + 1] === '/') {
                    inComment = false;
                    j++;
                }
                continue;
            }
            if (inString) {
                if (c === '\\')
                    j++;
                else if (c === '"')
                    inString = false;
                continue;
            }
            if (c === '"')
                inString = true;
            else if (c === '#' || (c === '/' && line[j + 1] === '/'))
                break;
            else if (c === '/' && line[j + 1] === '*') {
                inComment = true;
                j++;
            }
            else if (c === '{') {
                depth++;
                opened = true;
            }
            else if (c === '}') {
                depth--;
                if (opened && depth === 0)
                    return i;
            }
        }
    }
    return lines.length - 1;
}
function parseBlocks(file, text) {
    const lines = text.split(/\r?\n/);
    const blocks = new Map();
    for (let i = 0; i < lines.length; i++) {
        const match = BLOCK.exec(lines[i]);
        if (!match)
            continue;
        const id = blockId(match[2] === 'data' ? 'data' : 'managed', match[3], match[4]);
        if (!blocks.has(id))
            blocks.set(id, { file, start: i, end: blockEnd(lines, i), column: match[1].length + 1, lines });
    }
    return blocks;
}
class SourceLocator {
    planFile;
    root;
    cwd;
    folders = new Map();
    moduleDirs = new Map();
    rootDir;
    modulesJson;
    constructor(planFile, root, cwd = process.cwd()) {
        this.planFile = planFile;
        this.root = root;
        this.cwd = cwd;
        this.rootDir = (0,external_node_path_.dirname)(planFile);
    }
    /** Reads the `.tf` files of every module the plan's resources are declared in. */
    async prepare(refs) {
        this.modulesJson = await readModulesJson(this.rootDir);
        const rootBlocks = await this.folder(this.rootDir);
        const rootRefs = refs.filter((ref) => ref.configPath.length === 0);
        if (rootRefs.length > 0 && !rootRefs.some((ref) => rootBlocks.has(blockId(ref.mode, ref.type, ref.name)))) {
            const found = await this.findRootInTree(rootRefs);
            if (found) {
                this.rootDir = found;
                this.modulesJson = await readModulesJson(found);
            }
        }
        for (const path of new Set(refs.map((ref) => ref.configPath.join('\u0000')))) {
            const dir = this.moduleDir(path === '' ? [] : path.split('\u0000'));
            if (dir)
                await this.folder(dir);
        }
    }
    /**
     * The position of a resource block; with `attributes`, of the first of them set inside the block (the line a
     * change to it touches); with `literal`, of the first line inside the block holding that quoted string.
     */
    find(ref, options = {}) {
        const dir = this.moduleDir(ref.configPath);
        const block = dir ? this.folders.get(dir)?.get(blockId(ref.mode, ref.type, ref.name)) : undefined;
        if (!block)
            return undefined;
        const inside = (test) => {
            for (let i = block.start + 1; i <= block.end; i++) {
                const column = test(block.lines[i]);
                if (column >= 0)
                    return { file: block.file, line: i + 1, column: column + 1 };
            }
            return undefined;
        };
        for (const attribute of options.attributes ?? []) {
            const pattern = new RegExp(`^(\\s*)${attribute}\\s*=`);
            const found = inside((line) => {
                const match = pattern.exec(line);
                return match ? match[1].length : -1;
            });
            if (found)
                return found;
        }
        if (options.literal !== undefined) {
            const quoted = JSON.stringify(options.literal);
            const found = inside((line) => {
                const at = line.indexOf(quoted);
                return at < 0 ? -1 : line.length - line.trimStart().length;
            });
            if (found)
                return found;
        }
        return { file: block.file, line: block.start + 1, column: block.column };
    }
    moduleDir(path) {
        const id = path.join('.');
        if (this.moduleDirs.has(id))
            return this.moduleDirs.get(id);
        let dir = this.rootDir;
        let module = this.root;
        for (let i = 0; i < path.length && dir !== undefined; i++) {
            const call = module?.calls.get(path[i]);
            module = call?.module;
            const source = call?.source;
            const installed = this.modulesJson?.get(path.slice(0, i + 1).join('.'));
            if (source && /^\.\.?(\/|\\|$)/.test(source))
                dir = (0,external_node_path_.join)(dir, source);
            else if (installed !== undefined)
                dir = (0,external_node_path_.join)(this.rootDir, installed);
            else
                dir = undefined;
        }
        this.moduleDirs.set(id, dir);
        return dir;
    }
    async folder(dir) {
        const cached = this.folders.get(dir);
        if (cached)
            return cached;
        const blocks = new Map();
        this.folders.set(dir, blocks);
        const entries = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => []);
        for (const entry of entries.sort((a, b) => (0,order/* compareText */.n)(a.name, b.name))) {
            if (!entry.name.endsWith('.tf'))
                continue;
            const file = (0,external_node_path_.join)(dir, entry.name);
            const info = await (0,promises_.stat)(file).catch(() => undefined);
            if (!info?.isFile() || info.size > MAX_TF_BYTES)
                continue;
            const text = await (0,promises_.readFile)(file, 'utf8').catch(() => undefined);
            if (text === undefined)
                continue;
            for (const [id, block] of parseBlocks(file, text))
                if (!blocks.has(id))
                    blocks.set(id, block);
        }
        return blocks;
    }
    /** The one folder of the working tree declaring every root-module resource of the plan, if the plan file is in it. */
    async findRootInTree(refs) {
        const inTree = (0,external_node_path_.relative)(this.cwd, (0,external_node_path_.isAbsolute)(this.planFile) ? this.planFile : (0,external_node_path_.join)(process.cwd(), this.planFile));
        if (inTree.startsWith('..') || (0,external_node_path_.isAbsolute)(inTree))
            return undefined;
        const candidates = [];
        const budget = { files: MAX_TREE_FILES };
        const walk = async (dir, depth) => {
            if (depth > MAX_TREE_DEPTH || budget.files <= 0)
                return;
            const entries = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => []);
            if (entries.some((entry) => entry.isFile() && entry.name.endsWith('.tf'))) {
                budget.files--;
                // Named relative to the process's folder, like the plan file: these names end up in the report.
                const shown = (0,external_node_path_.relative)(process.cwd(), dir) || '.';
                const blocks = await this.folder(shown);
                if (refs.every((ref) => blocks.has(blockId(ref.mode, ref.type, ref.name))))
                    candidates.push(shown);
            }
            for (const entry of entries.sort((a, b) => (0,order/* compareText */.n)(a.name, b.name))) {
                if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules')
                    await walk((0,external_node_path_.join)(dir, entry.name), depth + 1);
            }
        };
        await walk(this.cwd, 0);
        return candidates.length === 1 ? candidates[0] : undefined;
    }
}
/** `.terraform/modules/modules.json`: module keys ("workers", "cluster.pool") to the folders `terraform init` installed them in. */
async function readModulesJson(rootDir) {
    const map = new Map();
    const text = await (0,promises_.readFile)((0,external_node_path_.join)(rootDir, '.terraform', 'modules', 'modules.json'), 'utf8').catch(() => undefined);
    if (!text)
        return map;
    try {
        const value = JSON.parse(text);
        for (const entry of (0,values/* records */.V0)((0,values/* record */.g1)(value).Modules)) {
            const key = (0,values/* str */.gx)(entry.Key);
            const dir = (0,values/* str */.gx)(entry.Dir);
            if (key && dir && (0,values/* isRecord */.u4)(entry))
                map.set(key, dir);
        }
    }
    catch {
        // A damaged modules.json only costs the locations inside those modules.
    }
    return map;
}

;// CONCATENATED MODULE: ./lib/sources/terraform/map.js
/** The types of each mapper, in the order of the record: a mapper shared by several types reads them together. */
function byMapper(mappers) {
    const groups = new Map();
    for (const [type, mapper] of Object.entries(mappers)) {
        const types = groups.get(mapper);
        if (types)
            types.push(type);
        else
            groups.set(mapper, [type]);
    }
    return groups;
}
/** Adds what one resource mapped to into the document's model. */
function addMapped(model, provider, mapped) {
    if (mapped.machine) {
        model.addMachine(mapped.machine);
        model.present.add('instances').add('interfaces');
    }
    if (mapped.attached) {
        const { iface, instanceKey } = mapped.attached;
        const machine = mapped.attached.machine ? model.machine(mapped.attached.machine) : undefined;
        if (machine) {
            machine.interfaces.push(iface);
            machine.ips.push(...iface.ips);
        }
        else
            model.externalInterfaces.push({ provider, iface, instanceKey });
        model.present.add('instances').add('interfaces');
    }
    if (mapped.network)
        model.networks.push(mapped.network);
    if (mapped.subnet)
        model.subnets.push(mapped.subnet);
    if (mapped.table)
        model.tables.push(mapped.table);
    if (mapped.routes)
        model.routes.push(...mapped.routes);
    if (mapped.association)
        model.associations.push(mapped.association);
    if (mapped.network)
        model.present.add('networks');
    if (mapped.subnet)
        model.present.add('subnets');
    for (const kind of mapped.present ?? [])
        model.present.add(kind);
}
/** Maps every resource some cloud has a mapper for into `model`; returns how many resources it mapped. */
function mapResources(m, clouds, model) {
    let count = 0;
    for (const { provider, mappers } of clouds) {
        for (const [mapper, types] of byMapper(mappers)) {
            for (const resource of mapper.data ? m.plan.ofTypeOrData(...types) : m.plan.ofType(...types)) {
                const mapped = mapper.map(resource, m);
                for (const claimed of mapped.claims ?? [])
                    m.claim(claimed, resource);
                addMapped(model, provider, mapped);
                count++;
            }
        }
    }
    return count;
}

// EXTERNAL MODULE: ./lib/sources/terraform/mapping.js
var mapping = __webpack_require__(58187);
// EXTERNAL MODULE: ./lib/sources/terraform/plan.js
var terraform_plan = __webpack_require__(71218);
// EXTERNAL MODULE: ./lib/sources/terraform/references.js
var references = __webpack_require__(63619);
;// CONCATENATED MODULE: ./lib/sources/terraform/read.js








/**
 * Reads one `terraform show -json` document: its resources, mapped by the clouds' mappers into a model that the
 * builder joins with the other inputs once all are read. Returns the number of resources mapped.
 */
async function readTerraform(value, kind, context, clouds) {
    const plan = terraform_plan/* PlanData */.e7.read((0,values/* record */.g1)(value), kind);
    const locator = new SourceLocator(context.source.file, plan.root);
    await locator.prepare(plan.instances);
    const model = new terraform_model/* TfModel */.c(context.source.file);
    const count = mapResources(new mapping/* Mapping */.X9(plan, new references/* Resolver */.x(plan), locator, context, model.gaps), clouds, model);
    context.builder.collect(terraformJoin, model);
    return count;
}


/***/ })

};
