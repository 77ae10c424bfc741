export const id = 187;
export const ids = [187];
export const modules = {

/***/ 54701:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M6: () => (/* binding */ parseTraversal),
/* harmony export */   TD: () => (/* binding */ formatKey),
/* harmony export */   Vz: () => (/* binding */ joinAddress),
/* harmony export */   Zr: () => (/* binding */ sameKeys),
/* harmony export */   a2: () => (/* binding */ moduleSteps),
/* harmony export */   ik: () => (/* binding */ resourceKey),
/* harmony export */   xs: () => (/* binding */ keyId)
/* harmony export */ });
/**
 * Terraform addresses and references as `terraform show -json` prints them: `module.a[0].aws_instance.node["x"]`,
 * `aws_subnet.nodes[0].id`, `var.subnet_id`. Only literal index keys appear in them; an index computed from an
 * expression (`[count.index]`) shows up as separate references instead.
 */
const IDENT = /^[A-Za-z_][A-Za-z0-9_-]*/;
/** "a.b[0].c[\"k\"]" → steps; undefined when the text is not a plain traversal. */
function parseTraversal(text) {
    const steps = [];
    let rest = text.trim();
    let first = true;
    while (rest.length > 0) {
        if (!first && rest[0] === '.')
            rest = rest.slice(1);
        else if (rest[0] === '[') {
            const close = closingBracket(rest);
            if (close < 0)
                return undefined;
            const inner = rest.slice(1, close).trim();
            if (/^\d+$/.test(inner))
                steps.push({ key: Number(inner) });
            else if (inner.startsWith('"')) {
                try {
                    steps.push({ key: JSON.parse(inner) });
                }
                catch {
                    return undefined;
                }
            }
            else
                return undefined;
            rest = rest.slice(close + 1);
            continue;
        }
        else if (!first)
            return undefined;
        const ident = IDENT.exec(rest);
        if (!ident)
            return undefined;
        steps.push({ attr: ident[0] });
        rest = rest.slice(ident[0].length);
        first = false;
    }
    return steps;
}
function closingBracket(text) {
    let inString = false;
    for (let i = 1; i < text.length; i++) {
        const c = text[i];
        if (inString) {
            if (c === '\\')
                i++;
            else if (c === '"')
                inString = false;
        }
        else if (c === '"')
            inString = true;
        else if (c === ']')
            return i;
    }
    return -1;
}
/** The index part of an address: "", "[0]" or "[\"key\"]". */
function formatKey(key) {
    if (key === undefined)
        return '';
    return typeof key === 'number' ? `[${key}]` : `[${JSON.stringify(key)}]`;
}
/** Keys compared across count (numbers) and for_each (strings) without confusing 0 and "0". */
function keyId(key) {
    return key === undefined ? '-' : typeof key === 'number' ? `#${key}` : `"${key}"`;
}
function sameKeys(a, b) {
    if (!b || a.length !== b.length)
        return false;
    const set = new Set(a.map(keyId));
    return b.every((key) => set.has(keyId(key)));
}
/** "module.a[0].module.b" → [{ name: "a", key: 0 }, { name: "b" }]; "" (the root module) → []. */
function moduleSteps(moduleAddress) {
    if (!moduleAddress)
        return [];
    const steps = parseTraversal(moduleAddress) ?? [];
    const result = [];
    for (let i = 0; i < steps.length; i++) {
        const step = steps[i];
        const next = steps[i + 1];
        if (!('attr' in step) || step.attr !== 'module' || !next || !('attr' in next))
            continue;
        const key = steps[i + 2];
        if (key && 'key' in key) {
            result.push({ name: next.attr, key: key.key });
            i += 2;
        }
        else {
            result.push({ name: next.attr });
            i += 1;
        }
    }
    return result;
}
function joinAddress(prefix, part) {
    return prefix ? `${prefix}.${part}` : part;
}
/** The address of a resource in configuration terms: "aws_instance.node", "data.aws_subnet.nodes". */
function resourceKey(mode, type, name) {
    return mode === 'data' ? `data.${type}.${name}` : `${type}.${name}`;
}


/***/ }),

/***/ 58187:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ft: () => (/* binding */ blockTags),
/* harmony export */   PC: () => (/* binding */ labelsOf),
/* harmony export */   X9: () => (/* binding */ Mapping),
/* harmony export */   _M: () => (/* binding */ where)
/* harmony export */ });
/* harmony import */ var _model_cidr_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1359);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62073);
/* harmony import */ var _modules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22604);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(53772);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71218);
/* harmony import */ var _references_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(63619);






/** " (main.tf:12)" when the origin is a line of a `.tf` file, for remediation texts. */
function where(origin) {
    return origin.line !== undefined ? ` (${origin.file}:${origin.line})` : '';
}
/**
 * What the resource mappers of one document share: the plan, reference resolution, source locations, the claims
 * of the resources mapped so far, and where gaps go.
 */
class Mapping {
    plan;
    resolver;
    locator;
    read;
    gaps;
    claims = new Map();
    constructor(plan, resolver, locator, read, 
    /** The document's gaps: what cannot be verified, in the order the mappers find it. */
    gaps) {
        this.plan = plan;
        this.resolver = resolver;
        this.locator = locator;
        this.read = read;
        this.gaps = gaps;
    }
    /** `by` takes `resource` over (an instance its ENI, a group its template); the first claim wins. */
    claim(resource, by) {
        if (!this.claims.has(resource))
            this.claims.set(resource, by);
    }
    claimant(resource) {
        return this.claims.get(resource);
    }
    /** The instance key of a machine only this document knows (no cloud id yet). */
    localKey(address) {
        return (0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .localInstanceKey */ .y)(this.read.source.file, address);
    }
    /**
     * Where findings about a resource point: the `.tf` block (at the first of `attributes` set in it), or else the
     * resource in the plan JSON (at `path` inside its values when present).
     */
    origin(instance, options = {}) {
        const position = this.locator.find(instance, options);
        if (position)
            return { file: position.file, doc: 0, path: [], line: position.line, column: position.column };
        const path = options.path && has(instance.values, options.path) ? [...instance.path, ...options.path] : instance.entry;
        return this.read.origin(path);
    }
    gap(message, details = {}) {
        this.gaps.push({ message, ...details });
    }
    /** The one resource (of `types`) an attribute refers to, its known value, or why neither can be known. */
    single(instance, path, types) {
        const resolved = this.resolver.resolve(instance, path);
        if (resolved.kind !== 'refs')
            return resolved;
        const targets = types ? resolved.targets.filter((target) => types.includes(target.type)) : resolved.targets;
        if (targets.length === 1)
            return { kind: 'target', target: targets[0] };
        const attribute = (0,_references_js__WEBPACK_IMPORTED_MODULE_4__/* .attributeText */ .o)(path);
        if (targets.length === 0)
            return {
                kind: 'unknown',
                why: `${attribute} is known only after apply and refers to no ${types?.join(' or ') ?? 'resource'}`,
            };
        return {
            kind: 'unknown',
            why: `${attribute} is known only after apply and may be any of ${targets.map((target) => target.address).join(', ')}`,
        };
    }
    /** Like `single`, for an expression matched by hand (an inline block of a set, found by its name). */
    followSingle(instance, expression, attribute, types) {
        const resolved = this.resolver.expression(instance, (0,_modules_js__WEBPACK_IMPORTED_MODULE_2__/* .isExpression */ .BH)(expression) ? expression : undefined, attribute);
        if (resolved.kind !== 'refs')
            return resolved;
        const targets = resolved.targets.filter((target) => types.includes(target.type));
        if (targets.length === 1)
            return { kind: 'target', target: targets[0] };
        return {
            kind: 'unknown',
            why: targets.length === 0
                ? `${attribute} is known only after apply and refers to no ${types.join(' or ')}`
                : `${attribute} is known only after apply and may be any of ${targets.map((target) => target.address).join(', ')}`,
        };
    }
    /** A list attribute: its known values and the resources (of `types`) its unknown part refers to. */
    many(instance, path, types) {
        const resolved = this.resolver.resolve(instance, path);
        switch (resolved.kind) {
            case 'known':
                return { values: (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)(resolved.value), targets: [] };
            case 'absent':
                return { values: [], targets: [] };
            case 'unknown':
                return { values: [], targets: [], why: resolved.why };
            default: {
                const targets = types
                    ? resolved.targets.filter((target) => types.includes(target.type))
                    : [...resolved.targets];
                return targets.length > 0
                    ? { values: [], targets }
                    : {
                        values: [],
                        targets,
                        why: `${(0,_references_js__WEBPACK_IMPORTED_MODULE_4__/* .attributeText */ .o)(path)} is known only after apply and refers to no ${types?.join(' or ') ?? 'resource'}`,
                    };
            }
        }
    }
    /** A known IP address, canonical; anything else (unknown, empty, malformed) is undefined. */
    ip(value) {
        return typeof value === 'string' && value !== '' ? (0,_model_cidr_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalIp */ .IZ)(value) : undefined;
    }
    /** A CIDR the provider validated already: malformed is an input error naming the attribute. */
    cidr(instance, path, value) {
        const cidr = typeof value === 'string' ? (0,_model_cidr_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCidr */ .GN)(value) : undefined;
        if (!cidr)
            this.read.fail([...instance.path, ...path], `${instance.address}: ${(0,_references_js__WEBPACK_IMPORTED_MODULE_4__/* .attributeText */ .o)(path)}: ${JSON.stringify(value)} is not a valid CIDR`);
        return cidr;
    }
    optionalCidrs(instance, path) {
        const value = (0,_plan_js__WEBPACK_IMPORTED_MODULE_3__/* .valueAt */ .fK)(instance, path);
        if (value.state !== 'known')
            return [];
        const values = Array.isArray(value.value) ? value.value : [value.value];
        return values
            .filter((item) => item !== '' && item !== null)
            .map((item, i) => this.cidr(instance, Array.isArray(value.value) ? [...path, i] : path, item));
    }
}
function has(values, path) {
    let node = values;
    for (const step of path) {
        if (!((0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(node) || Array.isArray(node)) || !(step in node))
            return false;
        node = node[step];
    }
    return true;
}
/** Tags (AWS, Azure) or labels (GCE) as a plain string map; `tags_all` includes the provider's default tags. */
function labelsOf(instance, ...keys) {
    const labels = {};
    for (const key of keys) {
        for (const [name, value] of Object.entries((0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1)(instance.values[key])))
            if (typeof value === 'string')
                labels[name] = value;
    }
    return labels;
}
/** AWS `tag { key, value }` blocks of an auto scaling group, and `tag_specifications` of a launch template. */
function blockTags(blocks) {
    const labels = {};
    for (const block of (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .records */ .V0)(blocks)) {
        const key = (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(block.key);
        if (key)
            labels[key] = typeof block.value === 'string' ? block.value : '';
    }
    return labels;
}


/***/ }),

/***/ 53772:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ TfModel),
/* harmony export */   y: () => (/* binding */ localInstanceKey)
/* harmony export */ });
class TfModel {
    file;
    machines = [];
    /** Interfaces of machines the plan does not declare (an ENI attached to a given instance id, an Azure NIC of another VM). */
    externalInterfaces = [];
    subnets = [];
    networks = [];
    routes = [];
    tables = [];
    associations = [];
    gaps = [];
    present = new Set();
    byAddress = new Map();
    constructor(
    /** The plan or state file, to tell apart machines of the same address in two stacks. */
    file) {
        this.file = file;
    }
    addMachine(machine) {
        this.machines.push(machine);
        if (!this.byAddress.has(machine.address))
            this.byAddress.set(machine.address, machine);
    }
    machine(address) {
        return this.byAddress.get(address);
    }
}
/** The instance key of a machine only the plan knows (no cloud id yet): unique per plan file and address. */
function localInstanceKey(file, address) {
    return `terraform:${file}:${address}`;
}


/***/ }),

/***/ 22604:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BH: () => (/* binding */ isExpression),
/* harmony export */   ur: () => (/* binding */ expressionAt),
/* harmony export */   vo: () => (/* binding */ readConfigModule)
/* harmony export */ });
/* unused harmony export moduleAt */
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62073);
/* harmony import */ var _address_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54701);


/** An expression object holds only `constant_value` and/or `references`; anything else is a nested block. */
function isExpression(value) {
    if (!(0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(value))
        return false;
    const keys = Object.keys(value);
    return keys.length > 0 && keys.every((key) => key === 'constant_value' || key === 'references');
}
function readConfigModule(value, path = []) {
    const module = (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1)(value);
    const resources = new Map();
    for (const resource of (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .records */ .V0)(module.resources)) {
        const type = (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(resource.type);
        const name = (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(resource.name);
        if (!type || !name)
            continue;
        const mode = resource.mode === 'data' ? 'data' : 'managed';
        resources.set((0,_address_js__WEBPACK_IMPORTED_MODULE_1__/* .resourceKey */ .ik)(mode, type, name), {
            key: (0,_address_js__WEBPACK_IMPORTED_MODULE_1__/* .resourceKey */ .ik)(mode, type, name),
            mode,
            type,
            name,
            expressions: (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1)(resource.expressions),
        });
    }
    const calls = new Map();
    for (const [name, call] of Object.entries((0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1)(module.module_calls))) {
        const callRecord = (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1)(call);
        calls.set(name, {
            name,
            source: (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(callRecord.source),
            expressions: (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1)(callRecord.expressions),
            module: readConfigModule(callRecord.module, [...path, name]),
        });
    }
    const outputs = new Map();
    for (const [name, output] of Object.entries((0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1)(module.outputs))) {
        const expression = (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1)(output).expression;
        if (isExpression(expression))
            outputs.set(name, expression);
    }
    return { path, resources, calls, outputs };
}
/** The configuration module at a path of call names. */
function moduleAt(root, path) {
    let module = root;
    for (const name of path)
        module = module?.calls.get(name)?.module;
    return module;
}
/** The expression of an attribute (or of a whole list attribute) of a resource, following nested blocks. */
function expressionAt(expressions, path) {
    let node = expressions;
    for (const step of path) {
        if (isExpression(node))
            return node;
        if (typeof step === 'number') {
            if (!Array.isArray(node))
                return undefined;
            node = node[step];
        }
        else {
            if (!(0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(node))
                return undefined;
            node = node[step];
        }
    }
    return isExpression(node) ? node : undefined;
}


/***/ }),

/***/ 71218:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ isCreated),
/* harmony export */   Xb: () => (/* binding */ knownString),
/* harmony export */   e7: () => (/* binding */ PlanData),
/* harmony export */   eO: () => (/* binding */ known),
/* harmony export */   fK: () => (/* binding */ valueAt)
/* harmony export */ });
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62073);
/* harmony import */ var _address_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54701);
/* harmony import */ var _modules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22604);
/* harmony import */ var _kind_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(94251);




function containsUnknown(tree) {
    if (tree === true)
        return true;
    if (Array.isArray(tree))
        return tree.some(containsUnknown);
    if ((0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(tree))
        return Object.values(tree).some(containsUnknown);
    return false;
}
/** The value at `path` of an instance, telling apart "unknown until apply" from "not set". */
function valueAt(instance, path) {
    let value = instance.values;
    let unknown = instance.unknown;
    for (const step of path) {
        if (unknown === true)
            return { state: 'unknown' };
        value = (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(value) || Array.isArray(value) ? value[step] : undefined;
        unknown =
            (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(unknown) || Array.isArray(unknown) ? unknown[step] : undefined;
    }
    if (containsUnknown(unknown))
        return { state: 'unknown' };
    return value === null || value === undefined ? { state: 'absent' } : { state: 'known', value };
}
/** The known value at `path`, or undefined (unknown or not set). */
function known(instance, path) {
    const value = valueAt(instance, path);
    return value.state === 'known' ? value.value : undefined;
}
function knownString(instance, path) {
    return (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(known(instance, path));
}
/** True when the plan creates the object (or replaces it): it does not exist as described yet. */
function isCreated(instance) {
    return instance.actions.includes('create');
}
function keyOf(value) {
    return typeof value === 'number' || typeof value === 'string' ? value : undefined;
}
/** Everything a plan or state says about resources, indexed for reference resolution. */
class PlanData {
    kind;
    instances;
    deleted;
    root;
    providerConfig;
    variables;
    byResource = new Map();
    byAddress = new Map();
    modules = new Map();
    moduleKeyValues = new Map();
    constructor(kind, instances, 
    /** Objects the plan destroys (values: as they are before the apply). */
    deleted, 
    /** Absent for a state: states carry no configuration. */
    root, providerConfig, variables) {
        this.kind = kind;
        this.instances = instances;
        this.deleted = deleted;
        this.root = root;
        this.providerConfig = providerConfig;
        this.variables = variables;
        for (const instance of instances) {
            const key = `${instance.module}|${(0,_address_js__WEBPACK_IMPORTED_MODULE_3__/* .resourceKey */ .ik)(instance.mode, instance.type, instance.name)}`;
            const bucket = this.byResource.get(key);
            if (bucket)
                bucket.push(instance);
            else
                this.byResource.set(key, [instance]);
            this.byAddress.set(instance.address, instance);
            let prefix = '';
            for (const step of (0,_address_js__WEBPACK_IMPORTED_MODULE_3__/* .moduleSteps */ .a2)(instance.module)) {
                const slot = `${prefix}|${step.name}`;
                let keys = this.modules.get(slot);
                if (!keys)
                    this.modules.set(slot, (keys = new Set()));
                keys.add((0,_address_js__WEBPACK_IMPORTED_MODULE_3__/* .keyId */ .xs)(step.key));
                this.moduleKeyValues.set(`${slot}|${(0,_address_js__WEBPACK_IMPORTED_MODULE_3__/* .keyId */ .xs)(step.key)}`, step.key);
                prefix = (0,_address_js__WEBPACK_IMPORTED_MODULE_3__/* .joinAddress */ .Vz)(prefix, `module.${step.name}${(0,_address_js__WEBPACK_IMPORTED_MODULE_3__/* .formatKey */ .TD)(step.key)}`);
            }
        }
    }
    static read(value, kind) {
        const instances = [];
        const deleted = [];
        const seen = new Set();
        const add = (instance) => {
            if (seen.has(instance.address))
                return;
            seen.add(instance.address);
            instances.push(instance);
        };
        if (kind === 'plan') {
            (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .records */ .V0)(value.resource_changes).forEach((change, i) => {
                const read = readChange(change, i);
                if (!read)
                    return;
                if (read.deleted) {
                    seen.add(read.instance.address);
                    deleted.push(read.instance);
                }
                else
                    add(read.instance);
            });
            walkModule((0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1)(value.planned_values).root_module, ['planned_values', 'root_module'], '', add);
            walkModule((0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1)((0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1)(value.prior_state).values).root_module, ['prior_state', 'values', 'root_module'], '', add);
        }
        else {
            walkModule((0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1)(value.values).root_module, ['values', 'root_module'], '', add);
        }
        const configuration = (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1)(value.configuration);
        return new PlanData(kind, instances, deleted, kind === 'plan' ? (0,_modules_js__WEBPACK_IMPORTED_MODULE_1__/* .readConfigModule */ .vo)(configuration.root_module) : undefined, (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1)(configuration.provider_config), (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1)(value.variables));
    }
    get(address) {
        return this.byAddress.get(address);
    }
    /** The instances of one resource in one module instance (several with count/for_each). */
    instancesOf(module, key) {
        return this.byResource.get(`${module}|${key}`) ?? [];
    }
    siblings(instance) {
        return this.instancesOf(instance.module, (0,_address_js__WEBPACK_IMPORTED_MODULE_3__/* .resourceKey */ .ik)(instance.mode, instance.type, instance.name));
    }
    /** The keys of the instances of module call `name` inside module instance `parent`. */
    moduleKeys(parent, name) {
        const slot = `${parent}|${name}`;
        return [...(this.modules.get(slot) ?? [])].map((id) => this.moduleKeyValues.get(`${slot}|${id}`));
    }
    ofType(...types) {
        return this.instances.filter((instance) => instance.mode === 'managed' && types.includes(instance.type));
    }
    /** Managed resources and data sources of these types (data sources describe existing objects, e.g. a subnet). */
    ofTypeOrData(...types) {
        return this.instances.filter((instance) => types.includes(instance.type));
    }
    /** A constant argument of a provider block: `provider "google" { project = "…" }`. */
    providerArgument(provider, argument) {
        const expression = (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1)((0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1)((0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1)(this.providerConfig[provider]).expressions)[argument]);
        const constant = (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(expression.constant_value);
        if (constant)
            return constant;
        const reference = (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(expression.references).find((ref) => typeof ref === 'string' && ref.startsWith('var.'));
        return reference ? (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)((0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1)(this.variables[reference.slice(4)]).value) : undefined;
    }
}
/**
 * One entry of resource_changes: the object as it will be after the apply, or as it was before when the plan
 * destroys it (destroyed objects, and `removed` blocks that only forget them, are not there after the apply).
 */
function readChange(change, i) {
    const address = (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(change.address);
    const type = (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(change.type);
    const name = (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(change.name);
    if (!address || !type || !name)
        return undefined;
    const body = (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1)(change.change);
    const actions = (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(body.actions).filter((action) => typeof action === 'string');
    const module = (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(change.module_address) ?? '';
    const common = {
        address,
        module,
        configPath: (0,_address_js__WEBPACK_IMPORTED_MODULE_3__/* .moduleSteps */ .a2)(module).map((step) => step.name),
        mode: change.mode === 'data' ? 'data' : 'managed',
        type,
        name,
        index: keyOf(change.index),
        actions,
        entry: ['resource_changes', i],
    };
    if (!actions.includes('create') && (actions.includes('delete') || actions.includes('forget'))) {
        return {
            instance: {
                ...common,
                values: (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1)(body.before),
                unknown: {},
                path: ['resource_changes', i, 'change', 'before'],
            },
            deleted: true,
        };
    }
    const after = {
        values: (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1)(body.after),
        unknown: body.after_unknown ?? {},
        before: (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(body.before) ? body.before : undefined,
        path: ['resource_changes', i, 'change', 'after'],
    };
    return { instance: { ...common, ...after }, deleted: false };
}
/** planned_values / prior_state / state module trees: resources and child_modules, recursively. */
function walkModule(value, path, module, add) {
    if (!(0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(value))
        return;
    (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .records */ .V0)(value.resources).forEach((resource, i) => {
        const address = (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(resource.address);
        const type = (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(resource.type);
        const name = (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(resource.name);
        if (!address || !type || !name)
            return;
        add({
            address,
            module,
            configPath: (0,_address_js__WEBPACK_IMPORTED_MODULE_3__/* .moduleSteps */ .a2)(module).map((step) => step.name),
            mode: resource.mode === 'data' ? 'data' : 'managed',
            type,
            name,
            index: keyOf(resource.index),
            values: (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1)(resource.values),
            unknown: {},
            actions: ['no-op'],
            path: [...path, 'resources', i, 'values'],
            entry: [...path, 'resources', i],
        });
    });
    (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .records */ .V0)(value.child_modules).forEach((child, i) => walkModule(child, [...path, 'child_modules', i], (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(child.address) ?? module, add));
}


/***/ }),

/***/ 63619:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ attributeText),
/* harmony export */   x: () => (/* binding */ Resolver)
/* harmony export */ });
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62073);
/* harmony import */ var _address_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54701);
/* harmony import */ var _modules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22604);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71218);




const MAX_DEPTH = 32;
function attrAt(steps, i) {
    const step = steps[i];
    return step && 'attr' in step ? step.attr : undefined;
}
function keyAt(steps, i) {
    const step = steps[i];
    return step && 'key' in step ? step.key : undefined;
}
/** Groups the references of one expression by what they name ("aws_subnet.nodes[0].id", "aws_subnet.nodes[0]", "aws_subnet.nodes" are one). */
function subjects(references) {
    const byId = new Map();
    const get = (id, make) => {
        let subject = byId.get(id);
        if (!subject)
            byId.set(id, (subject = make()));
        return subject;
    };
    for (const text of references) {
        const steps = typeof text === 'string' ? (0,_address_js__WEBPACK_IMPORTED_MODULE_3__/* .parseTraversal */ .M6)(text) : undefined;
        const head = steps && attrAt(steps, 0);
        if (steps && head)
            addSubject(steps, head, get);
    }
    return [...byId.values()];
}
function addSubject(steps, head, get) {
    switch (head) {
        case 'var':
            if (attrAt(steps, 1))
                get(`var.${attrAt(steps, 1)}`, () => ({ kind: 'var', name: attrAt(steps, 1) }));
            break;
        case 'local':
            if (attrAt(steps, 1))
                get(`local.${attrAt(steps, 1)}`, () => ({ kind: 'local', name: attrAt(steps, 1) }));
            break;
        case 'count':
            get('count', () => ({ kind: 'index' }));
            break;
        case 'each':
            if (attrAt(steps, 1) === 'value')
                get('each.value', () => ({ kind: 'each-value' }));
            else
                get('count', () => ({ kind: 'index' }));
            break;
        case 'module':
            addModule(steps, get);
            break;
        case 'path':
        case 'terraform':
        case 'self':
            break;
        default:
            addResource(steps, head, get);
    }
}
/** module.NAME[KEY].OUTPUT: the module call, with the instance keys and outputs used. */
function addModule(steps, get) {
    const name = attrAt(steps, 1);
    if (!name)
        return;
    const subject = get(`module.${name}`, () => ({
        kind: 'module',
        name,
        outputs: new Set(),
        keys: new Map(),
    }));
    const key = keyAt(steps, 2);
    if (key !== undefined)
        subject.keys.set((0,_address_js__WEBPACK_IMPORTED_MODULE_3__/* .keyId */ .xs)(key), key);
    const output = attrAt(steps, key === undefined ? 2 : 3);
    if (output)
        subject.outputs.add(output);
}
/** TYPE.NAME[KEY] or data.TYPE.NAME[KEY]: the resource, with the instance keys used. */
function addResource(steps, head, get) {
    const data = head === 'data';
    const type = data ? attrAt(steps, 1) : head;
    const name = attrAt(steps, data ? 2 : 1);
    if (!type || !name)
        return;
    const key = (0,_address_js__WEBPACK_IMPORTED_MODULE_3__/* .resourceKey */ .ik)(data ? 'data' : 'managed', type, name);
    const subject = get(key, () => ({
        kind: 'resource',
        key,
        keys: new Set(),
        rawKeys: new Map(),
    }));
    const index = keyAt(steps, data ? 3 : 2);
    if (index !== undefined) {
        subject.keys.add((0,_address_js__WEBPACK_IMPORTED_MODULE_3__/* .keyId */ .xs)(index));
        subject.rawKeys.set((0,_address_js__WEBPACK_IMPORTED_MODULE_3__/* .keyId */ .xs)(index), index);
    }
}
class Resolver {
    plan;
    constructor(plan) {
        this.plan = plan;
    }
    /** What attribute `path` of `from` is, or which resources it comes from when it is known only after apply. */
    resolve(from, path) {
        const value = (0,_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .valueAt */ .fK)(from, path);
        if (value.state === 'known')
            return { kind: 'known', value: value.value };
        if (value.state === 'absent')
            return { kind: 'absent' };
        const config = this.plan.root && this.scopeOf(from, this.plan.root);
        return this.expression(from, config ? (0,_modules_js__WEBPACK_IMPORTED_MODULE_1__/* .expressionAt */ .ur)(config.expressions, path) : undefined, attributeText(path));
    }
    /** The configuration expressions of an instance's resource block (for blocks matched by content, not position). */
    configExpressions(instance) {
        return this.plan.root && this.scopeOf(instance, this.plan.root)?.expressions;
    }
    /** Which resources an expression of `from`'s configuration refers to; `attribute` names it in messages. */
    expression(from, expression, attribute) {
        const config = this.plan.root && this.scopeOf(from, this.plan.root);
        if (!config || !expression || !(0,_modules_js__WEBPACK_IMPORTED_MODULE_1__/* .isExpression */ .BH)(expression))
            return { kind: 'unknown', why: `${attribute} is known only after apply` };
        const followed = this.follow(expression, config.scope, 0, undefined);
        const targets = [...new Set(followed.targets)];
        if (followed.unresolved.length === 0 && targets.length > 0)
            return { kind: 'refs', targets };
        return {
            kind: 'unknown',
            why: followed.unresolved.length > 0
                ? `${attribute} is known only after apply and comes from ${[...new Set(followed.unresolved)].join(' and ')}`
                : `${attribute} is known only after apply`,
        };
    }
    scopeOf(instance, root) {
        let scope = { module: root, prefix: '' };
        for (const step of (0,_address_js__WEBPACK_IMPORTED_MODULE_3__/* .moduleSteps */ .a2)(instance.module)) {
            const call = scope.module.calls.get(step.name);
            if (!call)
                return undefined;
            const callScope = { ...scope, key: step.key, siblings: this.plan.moduleKeys(scope.prefix, step.name) };
            scope = {
                module: call.module,
                prefix: (0,_address_js__WEBPACK_IMPORTED_MODULE_3__/* .joinAddress */ .Vz)(scope.prefix, `module.${step.name}${(0,_address_js__WEBPACK_IMPORTED_MODULE_3__/* .formatKey */ .TD)(step.key)}`),
                call: { expressions: call.expressions, scope: callScope },
            };
        }
        const resource = scope.module.resources.get((0,_address_js__WEBPACK_IMPORTED_MODULE_3__/* .resourceKey */ .ik)(instance.mode, instance.type, instance.name));
        if (!resource)
            return undefined;
        return {
            scope: { ...scope, key: instance.index, siblings: this.plan.siblings(instance).map((sibling) => sibling.index) },
            expressions: resource.expressions,
        };
    }
    follow(expression, scope, depth, inherited) {
        const result = { targets: [], unresolved: [] };
        if (depth > MAX_DEPTH) {
            result.unresolved.push('a chain of references too long to follow');
            return result;
        }
        const all = subjects(Array.isArray(expression.references) ? expression.references : []);
        const indexed = all.some((subject) => subject.kind === 'index');
        // An index computed in this expression applies to what it references; otherwise one from further out may.
        const hint = indexed ? { key: scope.key, siblings: scope.siblings } : inherited;
        for (const subject of all) {
            switch (subject.kind) {
                case 'resource':
                    this.resource(subject, scope, hint, indexed || inherited !== undefined, result);
                    break;
                case 'var': {
                    if (!scope.call)
                        break; // root variables are known values: they relate to no resource
                    const argument = (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1)(scope.call.expressions)[subject.name];
                    if ((0,_modules_js__WEBPACK_IMPORTED_MODULE_1__/* .isExpression */ .BH)(argument))
                        merge(result, this.follow(argument, scope.call.scope, depth + 1, hint));
                    break;
                }
                case 'module':
                    this.moduleOutputs(subject, scope, depth, hint, result);
                    break;
                case 'local':
                    result.unresolved.push(`local.${subject.name}, a local value (plans do not show local values)`);
                    break;
                case 'each-value':
                    result.unresolved.push('each.value, the value of a for_each element');
                    break;
                default:
                    break;
            }
        }
        return result;
    }
    resource(subject, scope, hint, indexedByExpression, result) {
        const instances = this.plan.instancesOf(scope.prefix, subject.key);
        const name = (0,_address_js__WEBPACK_IMPORTED_MODULE_3__/* .joinAddress */ .Vz)(scope.prefix, subject.key);
        if (instances.length === 0) {
            result.unresolved.push(`${name}, which is not in the plan`);
            return;
        }
        if (subject.keys.size > 0) {
            for (const [id, key] of subject.rawKeys) {
                const instance = instances.find((candidate) => (0,_address_js__WEBPACK_IMPORTED_MODULE_3__/* .keyId */ .xs)(candidate.index) === id);
                if (instance)
                    result.targets.push(instance);
                else
                    result.unresolved.push(`${name}${(0,_address_js__WEBPACK_IMPORTED_MODULE_3__/* .formatKey */ .TD)(key)}, which is not in the plan`);
            }
            return;
        }
        if (instances.length === 1 && instances[0].index === undefined) {
            result.targets.push(instances[0]);
            return;
        }
        if (indexedByExpression) {
            // `aws_subnet.nodes[count.index]`: the same key as the referring object, when both have the same keys.
            const keys = instances.map((instance) => instance.index);
            const match = hint && hint.key !== undefined && (0,_address_js__WEBPACK_IMPORTED_MODULE_3__/* .sameKeys */ .Zr)(keys, hint.siblings)
                ? instances.find((instance) => (0,_address_js__WEBPACK_IMPORTED_MODULE_3__/* .keyId */ .xs)(instance.index) === (0,_address_js__WEBPACK_IMPORTED_MODULE_3__/* .keyId */ .xs)(hint.key))
                : undefined;
            if (match)
                result.targets.push(match);
            else
                result.unresolved.push(`an element of ${name} chosen by an expression`);
            return;
        }
        // A whole collection (a splat, or every instance): list attributes refer to all of them.
        result.targets.push(...instances);
    }
    moduleOutputs(subject, scope, depth, hint, result) {
        const call = scope.module.calls.get(subject.name);
        const name = (0,_address_js__WEBPACK_IMPORTED_MODULE_3__/* .joinAddress */ .Vz)(scope.prefix, `module.${subject.name}`);
        if (!call || subject.outputs.size === 0) {
            result.unresolved.push(call ? `${name} as a whole` : `${name}, which is not in the configuration`);
            return;
        }
        const present = this.plan.moduleKeys(scope.prefix, subject.name);
        let keys;
        if (subject.keys.size > 0)
            keys = [...subject.keys.values()];
        else if (present.length === 1 && present[0] === undefined)
            keys = [undefined];
        else if (present.length === 0)
            keys = [undefined];
        else {
            result.unresolved.push(`one of the instances of ${name}`);
            return;
        }
        for (const key of keys) {
            const prefix = (0,_address_js__WEBPACK_IMPORTED_MODULE_3__/* .joinAddress */ .Vz)(scope.prefix, `module.${subject.name}${(0,_address_js__WEBPACK_IMPORTED_MODULE_3__/* .formatKey */ .TD)(key)}`);
            const callScope = { ...scope, key, siblings: present };
            const child = { module: call.module, prefix, call: { expressions: call.expressions, scope: callScope } };
            for (const output of subject.outputs) {
                const expression = call.module.outputs.get(output);
                if (!expression)
                    result.unresolved.push(`output ${output}, which ${prefix} does not have`);
                else
                    merge(result, this.follow(expression, child, depth + 1, hint));
            }
        }
    }
}
function merge(into, from) {
    into.targets.push(...from.targets);
    into.unresolved.push(...from.unresolved);
}
/** ["network_interface", 0, "subnetwork"] → "network_interface[0].subnetwork" */
function attributeText(path) {
    return path.map((step, i) => (typeof step === 'number' ? `[${step}]` : i === 0 ? step : `.${step}`)).join('');
}


/***/ })

};
