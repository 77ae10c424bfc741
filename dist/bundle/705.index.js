export const id = 705;
export const ids = [705];
export const modules = {

/***/ 1705:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readTerraform: () => (/* binding */ readTerraform)
});

// EXTERNAL MODULE: ./lib/sources/values.js
var sources_values = __webpack_require__(62073);
// EXTERNAL MODULE: ./lib/sources/provider-id.js
var provider_id = __webpack_require__(3147);
// EXTERNAL MODULE: ./lib/model/cidr.js
var model_cidr = __webpack_require__(1359);
;// CONCATENATED MODULE: ./lib/sources/terraform/address.js
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

;// CONCATENATED MODULE: ./lib/sources/terraform/modules.js


/** An expression object holds only `constant_value` and/or `references`; anything else is a nested block. */
function isExpression(value) {
    if (!(0,sources_values/* isRecord */.u4)(value))
        return false;
    const keys = Object.keys(value);
    return keys.length > 0 && keys.every((key) => key === 'constant_value' || key === 'references');
}
function readConfigModule(value, path = []) {
    const module = (0,sources_values/* record */.g1)(value);
    const resources = new Map();
    for (const resource of (0,sources_values/* records */.V0)(module.resources)) {
        const type = (0,sources_values/* str */.gx)(resource.type);
        const name = (0,sources_values/* str */.gx)(resource.name);
        if (!type || !name)
            continue;
        const mode = resource.mode === 'data' ? 'data' : 'managed';
        resources.set(resourceKey(mode, type, name), { key: resourceKey(mode, type, name), mode, type, name, expressions: (0,sources_values/* record */.g1)(resource.expressions) });
    }
    const calls = new Map();
    for (const [name, call] of Object.entries((0,sources_values/* record */.g1)(module.module_calls))) {
        const callRecord = (0,sources_values/* record */.g1)(call);
        calls.set(name, {
            name,
            source: (0,sources_values/* str */.gx)(callRecord.source),
            expressions: (0,sources_values/* record */.g1)(callRecord.expressions),
            module: readConfigModule(callRecord.module, [...path, name]),
        });
    }
    const outputs = new Map();
    for (const [name, output] of Object.entries((0,sources_values/* record */.g1)(module.outputs))) {
        const expression = (0,sources_values/* record */.g1)(output).expression;
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
            if (!(0,sources_values/* isRecord */.u4)(node))
                return undefined;
            node = node[step];
        }
    }
    return isExpression(node) ? node : undefined;
}

// EXTERNAL MODULE: ./lib/sources/terraform/kind.js
var kind = __webpack_require__(94251);
;// CONCATENATED MODULE: ./lib/sources/terraform/plan.js




function containsUnknown(tree) {
    if (tree === true)
        return true;
    if (Array.isArray(tree))
        return tree.some(containsUnknown);
    if ((0,sources_values/* isRecord */.u4)(tree))
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
        value = (0,sources_values/* isRecord */.u4)(value) || Array.isArray(value) ? value[step] : undefined;
        unknown = (0,sources_values/* isRecord */.u4)(unknown) || Array.isArray(unknown) ? unknown[step] : undefined;
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
    return (0,sources_values/* str */.gx)(known(instance, path));
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
            const key = `${instance.module}|${resourceKey(instance.mode, instance.type, instance.name)}`;
            const bucket = this.byResource.get(key);
            if (bucket)
                bucket.push(instance);
            else
                this.byResource.set(key, [instance]);
            this.byAddress.set(instance.address, instance);
            let prefix = '';
            for (const step of moduleSteps(instance.module)) {
                const slot = `${prefix}|${step.name}`;
                let keys = this.modules.get(slot);
                if (!keys)
                    this.modules.set(slot, (keys = new Set()));
                keys.add(keyId(step.key));
                this.moduleKeyValues.set(`${slot}|${keyId(step.key)}`, step.key);
                prefix = joinAddress(prefix, `module.${step.name}${formatKey(step.key)}`);
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
            (0,sources_values/* records */.V0)(value.resource_changes).forEach((change, i) => {
                const address = (0,sources_values/* str */.gx)(change.address);
                const type = (0,sources_values/* str */.gx)(change.type);
                const name = (0,sources_values/* str */.gx)(change.name);
                if (!address || !type || !name)
                    return;
                const body = (0,sources_values/* record */.g1)(change.change);
                const actions = (0,sources_values/* list */.p_)(body.actions).filter((action) => typeof action === 'string');
                // Destroyed objects (and `removed` blocks that only forget them) are not there after the apply.
                const module = (0,sources_values/* str */.gx)(change.module_address) ?? '';
                if (!actions.includes('create') && (actions.includes('delete') || actions.includes('forget'))) {
                    seen.add(address);
                    deleted.push({
                        address, module, configPath: moduleSteps(module).map((step) => step.name), mode: change.mode === 'data' ? 'data' : 'managed', type, name,
                        index: keyOf(change.index), values: (0,sources_values/* record */.g1)(body.before), unknown: {}, actions, path: ['resource_changes', i, 'change', 'before'], entry: ['resource_changes', i],
                    });
                    return;
                }
                add({
                    address,
                    module,
                    configPath: moduleSteps(module).map((step) => step.name),
                    mode: change.mode === 'data' ? 'data' : 'managed',
                    type,
                    name,
                    index: keyOf(change.index),
                    values: (0,sources_values/* record */.g1)(body.after),
                    unknown: body.after_unknown ?? {},
                    before: (0,sources_values/* isRecord */.u4)(body.before) ? body.before : undefined,
                    actions,
                    path: ['resource_changes', i, 'change', 'after'],
                    entry: ['resource_changes', i],
                });
            });
            walkModule((0,sources_values/* record */.g1)(value.planned_values).root_module, ['planned_values', 'root_module'], '', add);
            walkModule((0,sources_values/* record */.g1)((0,sources_values/* record */.g1)(value.prior_state).values).root_module, ['prior_state', 'values', 'root_module'], '', add);
        }
        else {
            walkModule((0,sources_values/* record */.g1)(value.values).root_module, ['values', 'root_module'], '', add);
        }
        const configuration = (0,sources_values/* record */.g1)(value.configuration);
        return new PlanData(kind, instances, deleted, kind === 'plan' ? readConfigModule(configuration.root_module) : undefined, (0,sources_values/* record */.g1)(configuration.provider_config), (0,sources_values/* record */.g1)(value.variables));
    }
    get(address) {
        return this.byAddress.get(address);
    }
    /** The instances of one resource in one module instance (several with count/for_each). */
    instancesOf(module, key) {
        return this.byResource.get(`${module}|${key}`) ?? [];
    }
    siblings(instance) {
        return this.instancesOf(instance.module, resourceKey(instance.mode, instance.type, instance.name));
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
        const expression = (0,sources_values/* record */.g1)((0,sources_values/* record */.g1)((0,sources_values/* record */.g1)(this.providerConfig[provider]).expressions)[argument]);
        const constant = (0,sources_values/* str */.gx)(expression.constant_value);
        if (constant)
            return constant;
        const reference = (0,sources_values/* list */.p_)(expression.references).find((ref) => typeof ref === 'string' && ref.startsWith('var.'));
        return reference ? (0,sources_values/* str */.gx)((0,sources_values/* record */.g1)(this.variables[reference.slice(4)]).value) : undefined;
    }
}
/** planned_values / prior_state / state module trees: resources and child_modules, recursively. */
function walkModule(value, path, module, add) {
    if (!(0,sources_values/* isRecord */.u4)(value))
        return;
    (0,sources_values/* records */.V0)(value.resources).forEach((resource, i) => {
        const address = (0,sources_values/* str */.gx)(resource.address);
        const type = (0,sources_values/* str */.gx)(resource.type);
        const name = (0,sources_values/* str */.gx)(resource.name);
        if (!address || !type || !name)
            return;
        add({
            address,
            module,
            configPath: moduleSteps(module).map((step) => step.name),
            mode: resource.mode === 'data' ? 'data' : 'managed',
            type,
            name,
            index: keyOf(resource.index),
            values: (0,sources_values/* record */.g1)(resource.values),
            unknown: {},
            actions: ['no-op'],
            path: [...path, 'resources', i, 'values'],
            entry: [...path, 'resources', i],
        });
    });
    (0,sources_values/* records */.V0)(value.child_modules).forEach((child, i) => walkModule(child, [...path, 'child_modules', i], (0,sources_values/* str */.gx)(child.address) ?? module, add));
}

;// CONCATENATED MODULE: ./lib/sources/terraform/references.js




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
        const steps = typeof text === 'string' ? parseTraversal(text) : undefined;
        const head = steps && attrAt(steps, 0);
        if (!steps || !head)
            continue;
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
            case 'module': {
                const name = attrAt(steps, 1);
                if (!name)
                    break;
                const subject = get(`module.${name}`, () => ({ kind: 'module', name, outputs: new Set(), keys: new Map() }));
                const key = keyAt(steps, 2);
                if (key !== undefined)
                    subject.keys.set(keyId(key), key);
                const output = attrAt(steps, key === undefined ? 2 : 3);
                if (output)
                    subject.outputs.add(output);
                break;
            }
            case 'path':
            case 'terraform':
            case 'self':
                break;
            default: {
                const data = head === 'data';
                const type = data ? attrAt(steps, 1) : head;
                const name = attrAt(steps, data ? 2 : 1);
                if (!type || !name)
                    break;
                const key = resourceKey(data ? 'data' : 'managed', type, name);
                const subject = get(key, () => ({ kind: 'resource', key, keys: new Set(), rawKeys: new Map() }));
                const index = keyAt(steps, data ? 3 : 2);
                if (index !== undefined) {
                    subject.keys.add(keyId(index));
                    subject.rawKeys.set(keyId(index), index);
                }
            }
        }
    }
    return [...byId.values()];
}
class Resolver {
    plan;
    constructor(plan) {
        this.plan = plan;
    }
    /** What attribute `path` of `from` is, or which resources it comes from when it is known only after apply. */
    resolve(from, path) {
        const value = valueAt(from, path);
        if (value.state === 'known')
            return { kind: 'known', value: value.value };
        if (value.state === 'absent')
            return { kind: 'absent' };
        const config = this.plan.root && this.scopeOf(from, this.plan.root);
        return this.expression(from, config ? expressionAt(config.expressions, path) : undefined, attributeText(path));
    }
    /** The configuration expressions of an instance's resource block (for blocks matched by content, not position). */
    configExpressions(instance) {
        return this.plan.root && this.scopeOf(instance, this.plan.root)?.expressions;
    }
    /** Which resources an expression of `from`'s configuration refers to; `attribute` names it in messages. */
    expression(from, expression, attribute) {
        const config = this.plan.root && this.scopeOf(from, this.plan.root);
        if (!config || !expression || !isExpression(expression))
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
        for (const step of moduleSteps(instance.module)) {
            const call = scope.module.calls.get(step.name);
            if (!call)
                return undefined;
            const callScope = { ...scope, key: step.key, siblings: this.plan.moduleKeys(scope.prefix, step.name) };
            scope = { module: call.module, prefix: joinAddress(scope.prefix, `module.${step.name}${formatKey(step.key)}`), call: { expressions: call.expressions, scope: callScope } };
        }
        const resource = scope.module.resources.get(resourceKey(instance.mode, instance.type, instance.name));
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
                    const argument = (0,sources_values/* record */.g1)(scope.call.expressions)[subject.name];
                    if (isExpression(argument))
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
        const name = joinAddress(scope.prefix, subject.key);
        if (instances.length === 0) {
            result.unresolved.push(`${name}, which is not in the plan`);
            return;
        }
        if (subject.keys.size > 0) {
            for (const [id, key] of subject.rawKeys) {
                const instance = instances.find((candidate) => keyId(candidate.index) === id);
                if (instance)
                    result.targets.push(instance);
                else
                    result.unresolved.push(`${name}${formatKey(key)}, which is not in the plan`);
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
            const match = hint && hint.key !== undefined && sameKeys(keys, hint.siblings) ? instances.find((instance) => keyId(instance.index) === keyId(hint.key)) : undefined;
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
        const name = joinAddress(scope.prefix, `module.${subject.name}`);
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
            const prefix = joinAddress(scope.prefix, `module.${subject.name}${formatKey(key)}`);
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

;// CONCATENATED MODULE: ./lib/sources/terraform/mapping.js





/** What the per-cloud mappers share: the plan, reference resolution, source locations and the model being filled. */
class Mapping {
    plan;
    resolver;
    locator;
    read;
    model;
    constructor(plan, resolver, locator, read, model) {
        this.plan = plan;
        this.resolver = resolver;
        this.locator = locator;
        this.read = read;
        this.model = model;
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
        this.model.gaps.push({ message, ...details });
    }
    /** The one resource (of `types`) an attribute refers to, its known value, or why neither can be known. */
    single(instance, path, types) {
        const resolved = this.resolver.resolve(instance, path);
        if (resolved.kind !== 'refs')
            return resolved;
        const targets = types ? resolved.targets.filter((target) => types.includes(target.type)) : resolved.targets;
        if (targets.length === 1)
            return { kind: 'target', target: targets[0] };
        const attribute = attributeText(path);
        if (targets.length === 0)
            return { kind: 'unknown', why: `${attribute} is known only after apply and refers to no ${types?.join(' or ') ?? 'resource'}` };
        return { kind: 'unknown', why: `${attribute} is known only after apply and may be any of ${targets.map((target) => target.address).join(', ')}` };
    }
    /** Like `single`, for an expression matched by hand (an inline block of a set, found by its name). */
    followSingle(instance, expression, attribute, types) {
        const resolved = this.resolver.expression(instance, isExpression(expression) ? expression : undefined, attribute);
        if (resolved.kind !== 'refs')
            return resolved;
        const targets = resolved.targets.filter((target) => types.includes(target.type));
        if (targets.length === 1)
            return { kind: 'target', target: targets[0] };
        return { kind: 'unknown', why: targets.length === 0 ? `${attribute} is known only after apply and refers to no ${types.join(' or ')}` : `${attribute} is known only after apply and may be any of ${targets.map((target) => target.address).join(', ')}` };
    }
    /** A list attribute: its known values and the resources (of `types`) its unknown part refers to. */
    many(instance, path, types) {
        const resolved = this.resolver.resolve(instance, path);
        switch (resolved.kind) {
            case 'known':
                return { values: (0,sources_values/* list */.p_)(resolved.value), targets: [] };
            case 'absent':
                return { values: [], targets: [] };
            case 'unknown':
                return { values: [], targets: [], why: resolved.why };
            default: {
                const targets = types ? resolved.targets.filter((target) => types.includes(target.type)) : [...resolved.targets];
                return targets.length > 0 ? { values: [], targets } : { values: [], targets, why: `${attributeText(path)} is known only after apply and refers to no ${types?.join(' or ') ?? 'resource'}` };
            }
        }
    }
    /** A known IP address, canonical; anything else (unknown, empty, malformed) is undefined. */
    ip(value) {
        return typeof value === 'string' && value !== '' ? (0,model_cidr/* canonicalIp */.IZ)(value) : undefined;
    }
    /** A CIDR the provider validated already: malformed is an input error naming the attribute. */
    cidr(instance, path, value) {
        const cidr = typeof value === 'string' ? (0,model_cidr/* parseCidr */.GN)(value) : undefined;
        if (!cidr)
            this.read.fail([...instance.path, ...path], `${instance.address}: ${attributeText(path)}: ${JSON.stringify(value)} is not a valid CIDR`);
        return cidr;
    }
    optionalCidrs(instance, path) {
        const value = valueAt(instance, path);
        if (value.state !== 'known')
            return [];
        const values = Array.isArray(value.value) ? value.value : [value.value];
        return values.filter((item) => item !== '' && item !== null).map((item, i) => this.cidr(instance, Array.isArray(value.value) ? [...path, i] : path, item));
    }
}
function has(values, path) {
    let node = values;
    for (const step of path) {
        if (!((0,sources_values/* isRecord */.u4)(node) || Array.isArray(node)) || !(step in node))
            return false;
        node = node[step];
    }
    return true;
}
/** Tags (AWS, Azure) or labels (GCE) as a plain string map; `tags_all` includes the provider's default tags. */
function labelsOf(instance, ...keys) {
    const labels = {};
    for (const key of keys) {
        for (const [name, value] of Object.entries((0,sources_values/* record */.g1)(instance.values[key])))
            if (typeof value === 'string')
                labels[name] = value;
    }
    return labels;
}
/** AWS `tag { key, value }` blocks of an auto scaling group, and `tag_specifications` of a launch template. */
function blockTags(blocks) {
    const labels = {};
    for (const block of (0,sources_values/* records */.V0)(blocks)) {
        const key = (0,sources_values/* str */.gx)(block.key);
        if (key)
            labels[key] = typeof block.value === 'string' ? block.value : '';
    }
    return labels;
}

;// CONCATENATED MODULE: ./lib/sources/terraform/aws.js




/**
 * AWS: aws_instance and aws_network_interface (the source/destination check is per ENI and DEFAULTS TO ON when
 * source_dest_check is not set), aws_subnet and aws_vpc (one layer-2 subnet), and aws_launch_template /
 * aws_autoscaling_group node pools: a launch template cannot turn the check off.
 */
const LAUNCH_TEMPLATE_CAVEAT = 'an EC2 launch template cannot turn the source/destination check off, so every instance launched from it comes up with the check on unless something turns it off at boot';
const BOOT_COMMAND = "TOKEN=$(curl -sX PUT http://169.254.169.254/latest/api/token -H 'X-aws-ec2-metadata-token-ttl-seconds: 300')" +
    ' && IMDS() { curl -s -H "X-aws-ec2-metadata-token: $TOKEN" "http://169.254.169.254/latest/meta-data/$1"; }' +
    ' && aws ec2 modify-instance-attribute --region "$(IMDS placement/region)" --instance-id "$(IMDS instance-id)" --no-source-dest-check';
function where(origin) {
    return origin.line !== undefined ? ` (${origin.file}:${origin.line})` : '';
}
/** The id other resources use for a subnet, VPC or ENI: the cloud id when the plan knows it, else the address. */
function idOf(instance) {
    return knownString(instance, ['id']) ?? instance.address;
}
function addressesOf(m, values) {
    return values.map((value) => m.ip(value)).filter((ip) => ip !== undefined);
}
/** source_dest_check of an instance or ENI: true (check on) when not set; unknown is a gap, never a guess. */
function forwardingOf(m, instance, machine) {
    const value = valueAt(instance, ['source_dest_check']);
    if (value.state === 'absent')
        return false;
    if (value.state === 'known') {
        const check = (0,sources_values/* bool */.lc)(value.value);
        return check === undefined ? undefined : !check;
    }
    const resolved = m.resolver.resolve(instance, ['source_dest_check']);
    m.gap(`${instance.address}: ${resolved.kind === 'unknown' ? resolved.why : 'source_dest_check is known only after apply'}: whether the source/destination check is off cannot be verified`, {
        machine,
        resource: instance.address,
        origin: m.origin(instance, { attributes: ['source_dest_check'], path: ['source_dest_check'] }),
    });
    return undefined;
}
function subnetOf(m, instance, path) {
    const subnet = m.single(instance, path, ['aws_subnet']);
    switch (subnet.kind) {
        case 'known':
            return { id: (0,sources_values/* str */.gx)(subnet.value) };
        case 'target':
            return { id: idOf(subnet.target) };
        case 'absent':
            return { why: `${path.join('.')} is not set (the default subnet of the availability zone is used)` };
        default:
            return { why: subnet.why };
    }
}
function eniInterface(m, eni, machine) {
    const origin = m.origin(eni, { attributes: ['source_dest_check'], path: ['source_dest_check'] });
    const subnet = subnetOf(m, eni, ['subnet_id']);
    if (subnet.why)
        m.gap(`${eni.address}: ${subnet.why}: its subnet cannot be verified`, { machine, resource: eni.address, origin: m.origin(eni, { attributes: ['subnet_id'] }) });
    return {
        id: eni.address,
        name: eni.address,
        ips: [...new Set(addressesOf(m, [known(eni, ['private_ip']), ...(0,sources_values/* list */.p_)(known(eni, ['private_ips'])), ...(0,sources_values/* list */.p_)(known(eni, ['ipv6_addresses']))]))],
        subnetId: subnet.id,
        forwarding: forwardingOf(m, eni, machine),
        remediation: { text: `Set source_dest_check = false in ${eni.address}${where(origin)}: the check is on unless it is set.` },
        origin,
    };
}
/** The instance an ENI is attached to: an aws_instance of the plan, or a given instance id. */
function attachmentOf(m, eni) {
    const blocks = (0,sources_values/* records */.V0)(eni.values.attachment);
    for (let i = 0; i < blocks.length; i++) {
        const attached = m.single(eni, ['attachment', i, 'instance'], ['aws_instance']);
        if (attached.kind === 'target')
            return { target: attached.target };
        if (attached.kind === 'known' && (0,sources_values/* str */.gx)(attached.value))
            return { instanceId: (0,sources_values/* str */.gx)(attached.value) };
    }
    for (const attachment of m.plan.ofType('aws_network_interface_attachment')) {
        const target = m.single(attachment, ['network_interface_id'], ['aws_network_interface']);
        const matches = target.kind === 'target' ? target.target === eni : target.kind === 'known' && target.value === knownString(eni, ['id']);
        if (!matches)
            continue;
        const attached = m.single(attachment, ['instance_id'], ['aws_instance']);
        if (attached.kind === 'target')
            return { target: attached.target };
        if (attached.kind === 'known' && (0,sources_values/* str */.gx)(attached.value))
            return { instanceId: (0,sources_values/* str */.gx)(attached.value) };
    }
    return undefined;
}
/** `enis` collects the aws_network_interface resources the instance's network_interface blocks use. */
function instanceMachine(m, instance, enis) {
    const id = knownString(instance, ['id']);
    const interfaces = [];
    // network_interface blocks: the primary ENI is an aws_network_interface resource, and its own check applies.
    const attached = (0,sources_values/* records */.V0)(instance.values.network_interface).map((block, i) => ({ block, i }));
    for (const { i } of attached.sort((a, b) => Number(a.block.device_index ?? 0) - Number(b.block.device_index ?? 0))) {
        const eni = m.single(instance, ['network_interface', i, 'network_interface_id'], ['aws_network_interface']);
        if (eni.kind === 'target') {
            interfaces.push(eniInterface(m, eni.target, instance.address));
            enis.add(eni.target);
        }
        else if (eni.kind === 'known') {
            const target = m.plan.ofType('aws_network_interface').find((candidate) => knownString(candidate, ['id']) === eni.value);
            if (target) {
                interfaces.push(eniInterface(m, target, instance.address));
                enis.add(target);
            }
        }
        else if (eni.kind === 'unknown') {
            m.gap(`${instance.address}: ${eni.why}: its network interface cannot be verified`, { machine: instance.address, resource: instance.address, origin: m.origin(instance, { attributes: ['network_interface_id'] }) });
        }
    }
    if (attached.length === 0) {
        const origin = m.origin(instance, { attributes: ['source_dest_check'], path: ['source_dest_check'] });
        const subnet = subnetOf(m, instance, ['subnet_id']);
        if (subnet.why)
            m.gap(`${instance.address}: ${subnet.why}: whether it shares one layer-2 subnet with the other nodes cannot be verified`, { machine: instance.address, resource: instance.address, origin: m.origin(instance, { attributes: ['subnet_id'] }) });
        interfaces.push({
            id: instance.address,
            name: instance.address,
            ips: [...new Set(addressesOf(m, [known(instance, ['private_ip']), ...(0,sources_values/* list */.p_)(known(instance, ['secondary_private_ips'])), ...(0,sources_values/* list */.p_)(known(instance, ['ipv6_addresses']))]))],
            subnetId: subnet.id,
            forwarding: forwardingOf(m, instance, instance.address),
            remediation: {
                text: `Set source_dest_check = false in ${instance.address}${where(origin)}: the check is on unless it is set (an existing instance is updated in place).`,
            },
            origin,
        });
    }
    const before = instance.before;
    const replaced = isCreated(instance);
    return {
        address: instance.address,
        provider: 'aws',
        pool: false,
        cloudKey: id ? (0,provider_id/* awsInstanceKey */.yq)(id) : undefined,
        cloudId: id,
        names: [knownString(instance, ['private_dns']), (0,sources_values/* str */.gx)((0,sources_values/* record */.g1)(instance.values.tags).Name)].filter((name) => name !== undefined).map((name) => name.toLowerCase()),
        ips: interfaces.flatMap((iface) => iface.ips),
        previous: {
            cloudKey: replaced && (0,sources_values/* str */.gx)(before?.id) ? (0,provider_id/* awsInstanceKey */.yq)((0,sources_values/* str */.gx)(before?.id)) : undefined,
            ips: replaced ? addressesOf(m, [before?.private_ip, ...(0,sources_values/* list */.p_)(before?.secondary_private_ips)]) : [],
        },
        networkTags: [],
        labels: labelsOf(instance, 'tags_all', 'tags'),
        os: 'unknown',
        interfaces,
        subnetIds: interfaces.flatMap((iface) => (iface.subnetId ? [iface.subnetId] : [])).slice(0, 1),
        created: isCreated(instance),
        managedBy: (0,sources_values/* str */.gx)((0,sources_values/* record */.g1)(instance.values.tags)['aws:autoscaling:groupName']),
        origin: m.origin(instance),
    };
}
/** The launch template (or launch configuration) an auto scaling group launches from. */
function templateOf(m, group) {
    const candidates = [
        ['launch_template', 0, 'id'],
        ['launch_template', 0, 'name'],
        ['mixed_instances_policy', 0, 'launch_template', 0, 'launch_template_specification', 0, 'launch_template_id'],
        ['mixed_instances_policy', 0, 'launch_template', 0, 'launch_template_specification', 0, 'launch_template_name'],
        ['launch_configuration'],
    ];
    for (const path of candidates) {
        const found = m.single(group, path, ['aws_launch_template', 'aws_launch_configuration']);
        if (found.kind === 'target')
            return found.target;
        if (found.kind === 'known') {
            const match = m.plan.ofType('aws_launch_template', 'aws_launch_configuration').find((template) => knownString(template, ['id']) === found.value || knownString(template, ['name']) === found.value);
            if (match)
                return match;
        }
    }
    return undefined;
}
function poolMachine(m, pool, template) {
    const subnetIds = [];
    const zones = m.many(pool, ['vpc_zone_identifier'], ['aws_subnet']);
    subnetIds.push(...zones.values.filter((value) => typeof value === 'string'), ...zones.targets.map(idOf));
    if (subnetIds.length === 0 && template && pool !== template) {
        const fromTemplate = subnetOf(m, template, ['network_interfaces', 0, 'subnet_id']);
        if (fromTemplate.id)
            subnetIds.push(fromTemplate.id);
    }
    else if (subnetIds.length === 0 && pool === template) {
        const own = subnetOf(m, pool, ['network_interfaces', 0, 'subnet_id']);
        if (own.id)
            subnetIds.push(own.id);
    }
    if (subnetIds.length === 0) {
        const why = zones.why ?? 'no subnet is given (vpc_zone_identifier or the launch template\'s network_interfaces)';
        m.gap(`${pool.address}: ${why}: the subnets its nodes land in cannot be verified`, { machine: pool.address, resource: pool.address, origin: m.origin(pool, { attributes: ['vpc_zone_identifier'] }) });
    }
    const source = template ?? pool;
    const origin = m.origin(source, template ? {} : { attributes: ['launch_template', 'mixed_instances_policy'] });
    const instanceTags = Object.assign({}, ...(0,sources_values/* records */.V0)(template?.values.tag_specifications).filter((spec) => spec.resource_type === 'instance').map((spec) => labelsOfValue(spec.tags)));
    return {
        address: pool.address,
        provider: 'aws',
        pool: true,
        names: [],
        ips: [],
        previous: { ips: [] },
        networkTags: [],
        labels: { ...instanceTags, ...labelsOfValue(pool.values.tags_all), ...blockTags(pool.values.tag) },
        os: 'unknown',
        interfaces: [
            {
                id: source.address,
                name: source.address,
                ips: [],
                subnetId: subnetIds[0],
                forwarding: false,
                caveat: pool === source ? LAUNCH_TEMPLATE_CAVEAT : LAUNCH_TEMPLATE_CAVEAT.replace('launched from it', `${pool.address} launches`),
                remediation: {
                    text: `Turn the check off when each instance boots: in the user data of ${source.address}${where(origin)}, call modify-instance-attribute for the instance itself (its instance role needs ec2:ModifyInstanceAttribute), or do it from a lifecycle hook.`,
                    command: BOOT_COMMAND,
                },
                origin,
            },
        ],
        subnetIds: [...new Set(subnetIds)],
        created: true,
        managedBy: pool.address,
        origin: m.origin(pool),
    };
}
function labelsOfValue(value) {
    const labels = {};
    for (const [key, item] of Object.entries((0,sources_values/* record */.g1)(value)))
        if (typeof item === 'string')
            labels[key] = item;
    return labels;
}
function mapAws(m) {
    let count = 0;
    for (const vpc of m.plan.ofTypeOrData('aws_vpc')) {
        m.model.networks.push({
            id: idOf(vpc),
            name: (0,sources_values/* str */.gx)((0,sources_values/* record */.g1)(vpc.values.tags).Name) ?? vpc.address,
            cidrs: [...m.optionalCidrs(vpc, ['cidr_block']), ...m.optionalCidrs(vpc, ['ipv6_cidr_block'])],
            origin: m.origin(vpc, { attributes: ['cidr_block'] }),
        });
        m.model.present.add('networks');
        count++;
    }
    for (const subnet of m.plan.ofTypeOrData('aws_subnet')) {
        const vpc = m.single(subnet, ['vpc_id'], ['aws_vpc']);
        m.model.subnets.push({
            id: idOf(subnet),
            name: (0,sources_values/* str */.gx)((0,sources_values/* record */.g1)(subnet.values.tags).Name) ?? subnet.address,
            cidrs: [...m.optionalCidrs(subnet, ['cidr_block']), ...m.optionalCidrs(subnet, ['ipv6_cidr_block'])],
            networkId: vpc.kind === 'target' ? idOf(vpc.target) : vpc.kind === 'known' ? (0,sources_values/* str */.gx)(vpc.value) : undefined,
            origin: m.origin(subnet, { attributes: ['cidr_block'] }),
        });
        m.model.present.add('subnets');
        count++;
    }
    const enis = new Set();
    for (const instance of m.plan.ofType('aws_instance')) {
        m.model.machines.push(instanceMachine(m, instance, enis));
        count++;
    }
    // ENIs attached through an `attachment` block or an aws_network_interface_attachment, not the instance's own blocks.
    for (const eni of m.plan.ofType('aws_network_interface')) {
        count++;
        if (enis.has(eni))
            continue;
        const attachment = attachmentOf(m, eni);
        const machine = attachment?.target ? m.model.machine(attachment.target.address) : undefined;
        const iface = eniInterface(m, eni, machine?.address ?? eni.address);
        if (machine) {
            machine.interfaces.push(iface);
            machine.ips.push(...iface.ips);
        }
        else {
            m.model.externalInterfaces.push({ provider: 'aws', iface, instanceKey: attachment?.instanceId ? (0,provider_id/* awsInstanceKey */.yq)(attachment.instanceId) : `terraform:${m.model.file}:${eni.address}` });
        }
    }
    const used = new Set();
    for (const group of m.plan.ofType('aws_autoscaling_group')) {
        const template = templateOf(m, group);
        if (template)
            used.add(template);
        m.model.machines.push(poolMachine(m, group, template));
        count++;
    }
    for (const template of m.plan.ofType('aws_launch_template')) {
        count++;
        if (!used.has(template))
            m.model.machines.push(poolMachine(m, template, template));
    }
    if (m.model.machines.some((machine) => machine.provider === 'aws')) {
        m.model.present.add('instances');
        m.model.present.add('interfaces');
    }
    return count;
}

;// CONCATENATED MODULE: ./lib/sources/terraform/azure.js




/**
 * Azure: azurerm_network_interface IP forwarding (ip_forwarding_enabled in azurerm 4.x, enable_ip_forwarding in
 * 3.x; off when not set) and the VMs using the NICs, scale sets' network_interface blocks, azurerm_route_table
 * (inline routes) and azurerm_route, azurerm_subnet_route_table_association, azurerm_subnet, azurerm_virtual_network.
 */
const VM_TYPES = ['azurerm_linux_virtual_machine', 'azurerm_windows_virtual_machine', 'azurerm_virtual_machine'];
const VMSS_TYPES = ['azurerm_linux_virtual_machine_scale_set', 'azurerm_windows_virtual_machine_scale_set', 'azurerm_orchestrated_virtual_machine_scale_set'];
const FORWARDING_KEYS = ['ip_forwarding_enabled', 'enable_ip_forwarding'];
function azure_where(origin) {
    return origin.line !== undefined ? ` (${origin.file}:${origin.line})` : '';
}
/** Resource ids compare in lower case, as everywhere else in the model; the address stands in while the id is unknown. */
function azure_idOf(instance) {
    const id = knownString(instance, ['id']);
    return id ? (0,provider_id/* azureId */.BQ)(id) : instance.address;
}
/** The forwarding attribute the provider version uses: whichever the block holds (4.x renamed it). */
function forwardingKey(block, unknown) {
    return FORWARDING_KEYS.find((key) => key in block || ((0,sources_values/* isRecord */.u4)(unknown) && key in unknown)) ?? FORWARDING_KEYS[0];
}
function isWindows(instance) {
    return instance.type.includes('windows') || (0,sources_values/* records */.V0)(instance.values.os_profile_windows_config).length > 0;
}
class Azure {
    m;
    /** NIC resources to the VM that uses them. */
    vmOfNic = new Map();
    constructor(m) {
        this.m = m;
    }
    tableIdFromName(name, resourceGroup) {
        const table = this.m.plan.ofTypeOrData('azurerm_route_table').find((candidate) => knownString(candidate, ['name']) === name && (!resourceGroup || knownString(candidate, ['resource_group_name'])?.toLowerCase() === resourceGroup.toLowerCase()));
        return table ? azure_idOf(table) : undefined;
    }
    /** A subnet or route table id attribute: the resource it refers to, or the id it names. */
    reference(instance, path, types) {
        const found = this.m.single(instance, path, types);
        if (found.kind === 'target')
            return { id: azure_idOf(found.target) };
        if (found.kind === 'known' && (0,sources_values/* str */.gx)(found.value))
            return { id: (0,provider_id/* azureId */.BQ)((0,sources_values/* str */.gx)(found.value)) };
        return { why: found.kind === 'unknown' ? found.why : `${path.join('.')} is not set` };
    }
    forwarding(instance, path, machine) {
        const value = valueAt(instance, path);
        if (value.state === 'absent')
            return false;
        if (value.state === 'known')
            return (0,sources_values/* bool */.lc)(value.value);
        const resolved = this.m.resolver.resolve(instance, path);
        this.m.gap(`${instance.address}: ${resolved.kind === 'unknown' ? resolved.why : `${path.join('.')} is known only after apply`}: whether IP forwarding is enabled cannot be verified`, {
            machine,
            resource: instance.address,
            origin: this.m.origin(instance, { attributes: [String(path[path.length - 1])], path }),
        });
        return undefined;
    }
    nic(nic, machine) {
        const key = forwardingKey(nic.values, nic.unknown);
        const origin = this.m.origin(nic, { attributes: [key], path: [key] });
        const configurations = (0,sources_values/* records */.V0)(nic.values.ip_configuration);
        const primary = Math.max(0, configurations.findIndex((config) => config.primary === true));
        const subnet = configurations.length > 0 ? this.reference(nic, ['ip_configuration', primary, 'subnet_id'], ['azurerm_subnet']) : { why: 'no ip_configuration' };
        if (subnet.why)
            this.m.gap(`${nic.address}: ${subnet.why}: which route table applies to it cannot be verified`, { machine, resource: nic.address, origin: this.m.origin(nic, { attributes: ['subnet_id'] }) });
        const ips = [
            ...configurations.map((_, i) => known(nic, ['ip_configuration', i, 'private_ip_address'])),
            ...(0,sources_values/* list */.p_)(known(nic, ['private_ip_addresses'])),
        ].map((value) => this.m.ip(value)).filter((ip) => ip !== undefined);
        return {
            id: nic.address,
            name: nic.address,
            ips: [...new Set(ips)],
            subnetId: subnet.id,
            forwarding: this.forwarding(nic, [key], machine),
            remediation: { text: `Set ${key} = true in ${nic.address}${azure_where(origin)}${key === 'enable_ip_forwarding' ? ' (ip_forwarding_enabled from azurerm 4.0 on)' : ''}; Azure changes it in place.` },
            origin,
        };
    }
    nicsOf(vm) {
        const nics = this.m.many(vm, ['network_interface_ids'], ['azurerm_network_interface']);
        const byId = nics.values
            .filter((value) => typeof value === 'string')
            .map((id) => this.m.plan.ofType('azurerm_network_interface').find((nic) => knownString(nic, ['id'])?.toLowerCase() === id.toLowerCase()))
            .filter((nic) => nic !== undefined);
        if (nics.why)
            this.m.gap(`${vm.address}: ${nics.why}: its network interfaces cannot be verified`, { machine: vm.address, resource: vm.address, origin: this.m.origin(vm, { attributes: ['network_interface_ids'] }) });
        const result = [...byId, ...nics.targets];
        for (const nic of result)
            if (!this.vmOfNic.has(nic))
                this.vmOfNic.set(nic, vm);
        return result;
    }
    vm(vm, nics) {
        const interfaces = nics.map((nic) => this.nic(nic, vm.address));
        const id = knownString(vm, ['id']);
        const name = knownString(vm, ['name']);
        const resourceGroup = knownString(vm, ['resource_group_name']);
        const beforeId = (0,sources_values/* str */.gx)(vm.before?.id);
        const created = isCreated(vm);
        return {
            address: vm.address,
            provider: 'azure',
            pool: false,
            cloudKey: id ? (0,provider_id/* azureInstanceKey */.GH)(id) : undefined,
            cloudId: id ? (0,provider_id/* azureId */.BQ)(id) : undefined,
            names: [name, knownString(vm, ['computer_name'])].filter((item) => item !== undefined).map((item) => item.toLowerCase()),
            ips: interfaces.flatMap((iface) => iface.ips),
            previous: {
                cloudKey: created && beforeId ? (0,provider_id/* azureInstanceKey */.GH)(beforeId) : undefined,
                ips: created ? [this.m.ip(vm.before?.private_ip_address)].filter((ip) => ip !== undefined) : [],
            },
            providerIdMatches: !id && name && resourceGroup
                ? (providerId) => {
                    const match = /\/resourcegroups\/([^/]+)\/providers\/microsoft\.compute\/virtualmachines\/([^/]+)$/i.exec(providerId);
                    return match?.[1]?.toLowerCase() === resourceGroup.toLowerCase() && match[2]?.toLowerCase() === name.toLowerCase();
                }
                : undefined,
            networkTags: [],
            labels: labelsOf(vm, 'tags'),
            os: isWindows(vm) ? 'windows' : 'unknown',
            interfaces,
            subnetIds: interfaces[0]?.subnetId ? [interfaces[0].subnetId] : [],
            created,
            origin: this.m.origin(vm),
        };
    }
    scaleSet(set) {
        const blocks = (0,sources_values/* records */.V0)(set.values.network_interface);
        const unknownBlocks = (0,sources_values/* record */.g1)(set.unknown).network_interface;
        const interfaces = blocks.map((block, i) => {
            const key = forwardingKey(block, (0,sources_values/* list */.p_)(unknownBlocks)[i]);
            const origin = this.m.origin(set, { attributes: [key], path: ['network_interface', i, key] });
            const configurations = (0,sources_values/* records */.V0)(block.ip_configuration);
            const primary = Math.max(0, configurations.findIndex((config) => config.primary === true));
            const subnet = configurations.length > 0 ? this.reference(set, ['network_interface', i, 'ip_configuration', primary, 'subnet_id'], ['azurerm_subnet']) : { why: 'no ip_configuration' };
            if (subnet.why && (block.primary === true || blocks.length === 1)) {
                this.m.gap(`${set.address}: ${subnet.why}: the subnet of its nodes cannot be verified`, { machine: set.address, resource: set.address, origin: this.m.origin(set, { attributes: ['subnet_id'] }) });
            }
            const name = knownString(set, ['name']);
            const group = knownString(set, ['resource_group_name']);
            const label = blocks.length === 1 || block.primary === true ? set.address : `${set.address}.network_interface[${JSON.stringify((0,sources_values/* str */.gx)(block.name) ?? i)}]`;
            return {
                id: label,
                name: label,
                ips: [],
                subnetId: subnet.id,
                forwarding: this.forwarding(set, ['network_interface', i, key], set.address),
                remediation: {
                    text: `Set ${key} = true in the network_interface block of ${set.address}${azure_where(origin)}; with a Manual upgrade policy, also bring the existing instances up to date.`,
                    command: name && group ? `az vmss update-instances --resource-group ${group} --name ${name} --instance-ids '*'` : undefined,
                },
                origin,
            };
        });
        // The primary interface carries the node address; list it first.
        interfaces.sort((a, b) => Number(b.id === set.address) - Number(a.id === set.address));
        return {
            address: set.address,
            provider: 'azure',
            pool: true,
            names: [],
            ips: [],
            previous: { ips: [] },
            networkTags: [],
            labels: labelsOf(set, 'tags'),
            os: isWindows(set) ? 'windows' : 'unknown',
            interfaces,
            subnetIds: interfaces[0]?.subnetId ? [interfaces[0].subnetId] : [],
            created: true,
            managedBy: set.address,
            origin: this.m.origin(set),
        };
    }
    /** VirtualAppliance routes point at an IP; one known only after apply is followed to the NIC or VM it is the address of. */
    nextHop(route, hopType, ipPath, resolve) {
        if (hopType !== 'VirtualAppliance')
            return { hop: { kind: 'other', text: hopType } };
        const found = resolve();
        if (found.kind === 'known') {
            const ip = this.m.ip(found.value);
            return ip ? { hop: { kind: 'ip', ip, text: `VirtualAppliance ${ip}` } } : { why: `${ipPath.join('.')} ${JSON.stringify(found.value)} is not an IP address` };
        }
        if (found.kind === 'target') {
            const vm = VM_TYPES.includes(found.target.type) ? found.target : this.vmOfNic.get(found.target);
            if (vm)
                return { hop: { kind: 'machine', address: vm.address, text: `VirtualAppliance ${vm.address}` } };
            if (found.target.type === 'azurerm_network_interface') {
                return { hop: { kind: 'instance', instanceKey: nicKey(this.m, found.target), text: `VirtualAppliance ${found.target.address}` } };
            }
            return { why: `${ipPath.join('.')} is known only after apply and is the address of ${found.target.address}, not of a VM` };
        }
        return { why: found.kind === 'unknown' ? found.why : `${ipPath.join('.')} is not set` };
    }
    addRoute(route, body) {
        const hopType = (0,sources_values/* str */.gx)(body.hopType);
        const { hop, why } = hopType ? this.nextHop(route, hopType, body.ipPath, body.resolve) : { hop: undefined, why: 'next_hop_type is known only after apply' };
        if (typeof body.prefix !== 'string' || !hop) {
            this.m.gap(`${route.address}: route ${body.name}: ${typeof body.prefix !== 'string' ? 'address_prefix is known only after apply' : why}: the route cannot be checked`, { resource: body.name, origin: body.origin });
            return;
        }
        this.m.model.routes.push({
            id: body.id,
            name: body.name,
            provider: 'azure',
            dest: this.m.cidr(route, body.prefixPath, body.prefix),
            nextHop: hop,
            priority: 0,
            tags: [],
            tableId: body.tableId,
            system: false,
            origin: body.origin,
        });
    }
}
/** The instance key of a NIC no VM of the plan uses: its VM when Azure knows it, else the NIC itself (joined by address). */
function nicKey(m, nic) {
    const vm = knownString(nic, ['virtual_machine_id']);
    return vm ? (0,provider_id/* azureInstanceKey */.GH)(vm) : `terraform:${m.model.file}:${nic.address}`;
}
function mapAzure(m) {
    const azure = new Azure(m);
    let count = 0;
    for (const vnet of m.plan.ofTypeOrData('azurerm_virtual_network')) {
        m.model.networks.push({ id: azure_idOf(vnet), name: knownString(vnet, ['name']) ?? vnet.address, cidrs: m.optionalCidrs(vnet, ['address_space']), origin: m.origin(vnet, { attributes: ['address_space'] }) });
        m.model.present.add('networks');
        count++;
    }
    for (const subnet of m.plan.ofTypeOrData('azurerm_subnet')) {
        const vnetName = knownString(subnet, ['virtual_network_name']);
        const vnet = vnetName ? m.plan.ofTypeOrData('azurerm_virtual_network').find((candidate) => knownString(candidate, ['name']) === vnetName) : undefined;
        m.model.subnets.push({
            id: azure_idOf(subnet),
            name: knownString(subnet, ['name']) ?? subnet.address,
            cidrs: [...m.optionalCidrs(subnet, ['address_prefixes']), ...m.optionalCidrs(subnet, ['address_prefix'])],
            networkId: vnet ? azure_idOf(vnet) : undefined,
            origin: m.origin(subnet, { attributes: ['address_prefixes', 'address_prefix'] }),
        });
        m.model.present.add('subnets');
        count++;
    }
    const used = new Set();
    for (const vm of m.plan.ofType(...VM_TYPES)) {
        const nics = azure.nicsOf(vm);
        nics.forEach((nic) => used.add(nic));
        m.model.machines.push(azure.vm(vm, nics));
        count++;
    }
    for (const nic of m.plan.ofType('azurerm_network_interface')) {
        count++;
        if (used.has(nic))
            continue;
        m.model.externalInterfaces.push({ provider: 'azure', iface: azure.nic(nic, nic.address), instanceKey: nicKey(m, nic) });
    }
    for (const set of m.plan.ofType(...VMSS_TYPES)) {
        m.model.machines.push(azure.scaleSet(set));
        count++;
    }
    if (m.model.machines.some((machine) => machine.provider === 'azure') || m.model.externalInterfaces.length > 0) {
        m.model.present.add('instances');
        m.model.present.add('interfaces');
    }
    for (const table of m.plan.ofTypeOrData('azurerm_route_table')) {
        count++;
        const tableId = azure_idOf(table);
        const name = knownString(table, ['name']) ?? table.address;
        const associated = (0,sources_values/* list */.p_)(known(table, ['subnets'])).filter((id) => typeof id === 'string').map(provider_id/* azureId */.BQ);
        m.model.tables.push({ id: tableId, name, subnetIds: associated, origin: m.origin(table) });
        const config = m.resolver.configExpressions(table);
        // The table's `route` attribute also lists routes of separate azurerm_route resources: not those the plan destroys.
        const destroyed = new Set(m.plan.deleted.filter((route) => route.type === 'azurerm_route' && (0,sources_values/* str */.gx)(route.values.route_table_name) === name).map((route) => (0,sources_values/* str */.gx)(route.values.name)));
        (0,sources_values/* records */.V0)(table.values.route).forEach((route, i) => {
            const routeName = (0,sources_values/* str */.gx)(route.name) ?? `${name}/route[${i}]`;
            if (destroyed.has(routeName))
                return;
            // Inline routes are a set: match the configuration block by name, not by position.
            const block = (0,sources_values/* records */.V0)(config?.route).find((candidate) => (0,sources_values/* record */.g1)(candidate.name).constant_value === routeName);
            azure.addRoute(table, {
                name: routeName,
                prefix: route.address_prefix,
                prefixPath: ['route', i, 'address_prefix'],
                hopType: route.next_hop_type,
                ipPath: ['route', i, 'next_hop_in_ip_address'],
                tableId,
                id: `${tableId}/routes/${routeName}`.toLowerCase(),
                origin: m.origin(table, { literal: routeName }),
                resolve: () => {
                    const value = valueAt(table, ['route', i, 'next_hop_in_ip_address']);
                    if (value.state === 'known')
                        return { kind: 'known', value: value.value };
                    if (value.state === 'absent')
                        return { kind: 'absent' };
                    return m.followSingle(table, block ? (0,sources_values/* record */.g1)(block.next_hop_in_ip_address) : undefined, `route ${routeName}: next_hop_in_ip_address`, ['azurerm_network_interface', ...VM_TYPES]);
                },
            });
        });
    }
    for (const route of m.plan.ofType('azurerm_route')) {
        count++;
        const name = knownString(route, ['name']) ?? route.address;
        const origin = m.origin(route);
        const table = m.single(route, ['route_table_name'], ['azurerm_route_table']);
        const tableId = table.kind === 'target' ? azure_idOf(table.target) : table.kind === 'known' && (0,sources_values/* str */.gx)(table.value) ? azure.tableIdFromName((0,sources_values/* str */.gx)(table.value), knownString(route, ['resource_group_name'])) : undefined;
        if (!tableId) {
            const why = table.kind === 'unknown' ? table.why : `route table ${JSON.stringify(table.kind === 'known' ? table.value : null)} is not in the plan`;
            m.gap(`${route.address}: ${why}: the subnets the route applies to cannot be verified`, { resource: name, origin });
            continue;
        }
        const id = knownString(route, ['id']);
        azure.addRoute(route, {
            name,
            prefix: known(route, ['address_prefix']),
            prefixPath: ['address_prefix'],
            hopType: known(route, ['next_hop_type']),
            ipPath: ['next_hop_in_ip_address'],
            tableId,
            id: id ? (0,provider_id/* azureId */.BQ)(id) : `${tableId}/routes/${name}`.toLowerCase(),
            origin,
            resolve: () => m.single(route, ['next_hop_in_ip_address'], ['azurerm_network_interface', ...VM_TYPES]),
        });
    }
    for (const association of m.plan.ofType('azurerm_subnet_route_table_association')) {
        count++;
        const subnet = azure.reference(association, ['subnet_id'], ['azurerm_subnet']);
        const table = azure.reference(association, ['route_table_id'], ['azurerm_route_table']);
        if (subnet.id && table.id)
            m.model.associations.push({ tableId: table.id, subnetId: subnet.id });
        else {
            m.gap(`${association.address}: ${subnet.why ?? table.why}: which subnet uses which route table cannot be verified`, {
                resource: association.address,
                origin: m.origin(association, { attributes: [subnet.why ? 'subnet_id' : 'route_table_id'] }),
            });
        }
    }
    if (m.plan.ofTypeOrData('azurerm_route_table', 'azurerm_route').length > 0) {
        m.model.present.add('routes');
        m.model.present.add('routeTables');
    }
    return count;
}

;// CONCATENATED MODULE: ./lib/sources/terraform/gce.js




/**
 * GCE: google_compute_instance (can_ip_forward, false when not set; network, subnetwork, network_ip, tags),
 * google_compute_instance_template with the managed instance groups that use it (their future nodes),
 * google_compute_route (dest_range, next hop, tags, priority, network) and google_compute_subnetwork.
 */
const TEMPLATE_CAVEAT = 'the instance template sets canIpForward false for every instance the managed instance group creates from it (a template cannot be changed, only replaced)';
const OTHER_NEXT_HOPS = ['next_hop_gateway', 'next_hop_ilb', 'next_hop_vpn_tunnel', 'next_hop_network'];
function gce_where(origin) {
    return origin.line !== undefined ? ` (${origin.file}:${origin.line})` : '';
}
class Gce {
    m;
    defaultProject;
    defaultZone;
    constructor(m) {
        this.m = m;
        this.defaultProject = m.plan.providerArgument('google', 'project');
        this.defaultZone = m.plan.providerArgument('google', 'zone');
    }
    project(instance) {
        return knownString(instance, ['project']) ?? this.defaultProject;
    }
    /** Networks compare as "projects/P/global/networks/N", however the plan spells them (URL, path, bare name). */
    networkFromValue(value, project) {
        if (value.includes('projects/'))
            return (0,provider_id/* gcePath */.Lp)(value);
        const name = value.split('/').pop() ?? value;
        return project ? `projects/${project}/global/networks/${name}` : name;
    }
    networkIdOf(network) {
        const selfLink = knownString(network, ['self_link']);
        if (selfLink)
            return (0,provider_id/* gcePath */.Lp)(selfLink);
        const name = knownString(network, ['name']);
        return name ? this.networkFromValue(name, this.project(network)) : network.address;
    }
    subnetworkIdOf(subnetwork) {
        const selfLink = knownString(subnetwork, ['self_link']);
        if (selfLink)
            return (0,provider_id/* gcePath */.Lp)(selfLink);
        const name = knownString(subnetwork, ['name']);
        const region = knownString(subnetwork, ['region']);
        const project = this.project(subnetwork);
        return name && region && project ? `projects/${project}/regions/${region}/subnetworks/${name}` : subnetwork.address;
    }
    /** The network an attribute names or refers to; a subnetwork's network when only that is given. */
    network(instance, path, subnetworkPath) {
        const project = this.project(instance);
        const network = this.m.single(instance, path, ['google_compute_network']);
        if (network.kind === 'known' && (0,sources_values/* str */.gx)(network.value))
            return { id: this.networkFromValue((0,sources_values/* str */.gx)(network.value), project) };
        if (network.kind === 'target')
            return { id: this.networkIdOf(network.target) };
        if (subnetworkPath) {
            const subnetwork = this.m.single(instance, subnetworkPath, ['google_compute_subnetwork']);
            if (subnetwork.kind === 'target') {
                const viaSubnet = this.network(subnetwork.target, ['network']);
                if (viaSubnet.id)
                    return viaSubnet;
            }
            if (subnetwork.kind === 'known') {
                const target = this.m.plan.ofTypeOrData('google_compute_subnetwork').find((candidate) => {
                    const link = knownString(candidate, ['self_link']);
                    return link !== undefined && (0,provider_id/* gcePath */.Lp)(link) === (0,provider_id/* gcePath */.Lp)(String(subnetwork.value));
                });
                if (target)
                    return this.network(target, ['network']);
            }
        }
        return { why: network.kind === 'unknown' ? network.why : `${path.join('.')} is not set` };
    }
    subnetwork(instance, path) {
        const subnetwork = this.m.single(instance, path, ['google_compute_subnetwork']);
        if (subnetwork.kind === 'target')
            return this.subnetworkIdOf(subnetwork.target);
        if (subnetwork.kind !== 'known' || !(0,sources_values/* str */.gx)(subnetwork.value))
            return undefined;
        const value = (0,sources_values/* str */.gx)(subnetwork.value);
        if (value.includes('projects/'))
            return (0,provider_id/* gcePath */.Lp)(value);
        const zone = knownString(instance, ['zone']);
        const region = knownString(instance, ['region']) ?? zone?.replace(/-[a-z]$/, '');
        const project = this.project(instance);
        return region && project ? `projects/${project}/regions/${region}/subnetworks/${value}` : value;
    }
    /** can_ip_forward: false when not set; unknown is a gap. */
    forwarding(instance, machine) {
        const value = valueAt(instance, ['can_ip_forward']);
        if (value.state === 'absent')
            return false;
        if (value.state === 'known')
            return (0,sources_values/* bool */.lc)(value.value);
        const resolved = this.m.resolver.resolve(instance, ['can_ip_forward']);
        this.m.gap(`${instance.address}: ${resolved.kind === 'unknown' ? resolved.why : 'can_ip_forward is known only after apply'}: whether IP forwarding is allowed cannot be verified`, {
            machine,
            resource: instance.address,
            origin: this.m.origin(instance, { attributes: ['can_ip_forward'], path: ['can_ip_forward'] }),
        });
        return undefined;
    }
    interfaces(instance, machine, forwarding, extra) {
        const origin = this.m.origin(instance, { attributes: ['can_ip_forward'], path: ['can_ip_forward'] });
        let network;
        const interfaces = (0,sources_values/* records */.V0)(instance.values.network_interface).map((_, i) => {
            const found = this.network(instance, ['network_interface', i, 'network'], ['network_interface', i, 'subnetwork']);
            if (i === 0)
                network = found.id;
            if (i === 0 && found.why) {
                this.m.gap(`${instance.address}: ${found.why}: which routes apply to it cannot be verified`, { machine, resource: instance.address, origin: this.m.origin(instance, { attributes: ['network', 'subnetwork'] }) });
            }
            const ips = [this.m.ip(known(instance, ['network_interface', i, 'network_ip'])), this.m.ip(known(instance, ['network_interface', i, 'ipv6_address']))];
            return {
                id: i === 0 ? instance.address : `${instance.address}.network_interface[${i}]`,
                name: i === 0 ? instance.address : `${instance.address}.network_interface[${i}]`,
                ips: ips.filter((ip) => ip !== undefined),
                subnetId: this.subnetwork(instance, ['network_interface', i, 'subnetwork']),
                forwarding,
                ...extra,
                origin,
            };
        });
        if (interfaces.length === 0) {
            this.m.gap(`${instance.address}: no network_interface: its network cannot be verified`, { machine, resource: instance.address, origin: this.m.origin(instance) });
        }
        return { interfaces, network };
    }
    instance(instance) {
        const name = knownString(instance, ['name']);
        const zone = knownString(instance, ['zone']) ?? this.defaultZone;
        const project = this.project(instance);
        const cloudKey = name && zone && project ? (0,provider_id/* gceInstanceKey */.aq)(project, zone, name) : undefined;
        const origin = this.m.origin(instance, { attributes: ['can_ip_forward'], path: ['can_ip_forward'] });
        const forwarding = this.forwarding(instance, instance.address);
        const { interfaces, network } = this.interfaces(instance, instance.address, forwarding, {
            remediation: { text: `Set can_ip_forward = true in ${instance.address}${gce_where(origin)} (Terraform stops or recreates the instance to change it).` },
        });
        const selfLink = knownString(instance, ['self_link']);
        const beforeIp = this.m.ip((0,sources_values/* records */.V0)(instance.before?.network_interface)[0]?.network_ip);
        return {
            address: instance.address,
            provider: 'gce',
            pool: false,
            cloudKey,
            cloudId: selfLink ? (0,provider_id/* gcePath */.Lp)(selfLink) : cloudKey ? `projects/${project}/zones/${zone}/instances/${name}` : undefined,
            names: name ? [name.toLowerCase()] : [],
            ips: interfaces.flatMap((iface) => iface.ips),
            previous: { ips: isCreated(instance) && beforeIp ? [beforeIp] : [] },
            providerIdMatches: name && zone && !project
                ? (providerId) => {
                    const match = /^gce:\/\/[^/]+\/([^/]+)\/([^/]+)$/.exec(providerId);
                    return match?.[1] === zone && match[2] === name;
                }
                : undefined,
            network,
            networkTags: (0,sources_values/* strings */.P$)(known(instance, ['tags'])),
            labels: labelsOf(instance, 'effective_labels', 'labels'),
            os: 'unknown',
            interfaces,
            subnetIds: interfaces[0]?.subnetId ? [interfaces[0].subnetId] : [],
            created: isCreated(instance),
            origin: this.m.origin(instance),
        };
    }
    /** A managed instance group (or an instance template no group in the plan uses): nodes still to be created. */
    pool(group, template) {
        const pool = group ?? template;
        const origin = this.m.origin(template, { attributes: ['can_ip_forward'], path: ['can_ip_forward'] });
        const forwarding = this.forwarding(template, pool.address);
        const { interfaces, network } = this.interfaces(template, pool.address, forwarding, {
            caveat: TEMPLATE_CAVEAT,
            remediation: {
                text: `Set can_ip_forward = true in ${template.address}${gce_where(origin)}; Terraform creates a new template (use name_prefix with create_before_destroy), then roll the group so its instances are recreated from it.`,
            },
        });
        return {
            address: pool.address,
            provider: 'gce',
            pool: true,
            names: [],
            ips: [],
            previous: { ips: [] },
            network,
            networkTags: (0,sources_values/* strings */.P$)(known(template, ['tags'])),
            labels: labelsOf(template, 'effective_labels', 'labels'),
            os: 'unknown',
            interfaces: interfaces.slice(0, 1),
            subnetIds: interfaces[0]?.subnetId ? [interfaces[0].subnetId] : [],
            created: true,
            managedBy: pool.address,
            origin: this.m.origin(pool),
        };
    }
    templateOf(group) {
        const paths = [...(0,sources_values/* records */.V0)(group.values.version).map((_, i) => ['version', i, 'instance_template']), ['instance_template']];
        for (const path of paths) {
            const found = this.m.single(group, path, ['google_compute_instance_template', 'google_compute_region_instance_template']);
            if (found.kind === 'target')
                return found.target;
            if (found.kind === 'known' && (0,sources_values/* str */.gx)(found.value)) {
                const value = (0,provider_id/* gcePath */.Lp)((0,sources_values/* str */.gx)(found.value));
                const match = this.m.plan.ofType('google_compute_instance_template', 'google_compute_region_instance_template').find((template) => {
                    const link = knownString(template, ['self_link']);
                    return (link !== undefined && (0,provider_id/* gcePath */.Lp)(link) === value) || knownString(template, ['id']) === value || knownString(template, ['name']) === value.split('/').pop();
                });
                if (match)
                    return match;
            }
        }
        return undefined;
    }
    nextHop(route) {
        const instance = this.m.single(route, ['next_hop_instance'], ['google_compute_instance']);
        if (instance.kind === 'target')
            return { hop: { kind: 'machine', address: instance.target.address, text: `instance ${instance.target.address}` } };
        if (instance.kind === 'known' && (0,sources_values/* str */.gx)(instance.value)) {
            const value = (0,sources_values/* str */.gx)(instance.value);
            const key = value.includes('/')
                ? (0,provider_id/* gceInstanceKeyFromUrl */.rd)(value)
                : (() => {
                    const zone = knownString(route, ['next_hop_instance_zone']) ?? this.defaultZone;
                    const project = this.project(route);
                    return zone && project ? (0,provider_id/* gceInstanceKey */.aq)(project, zone, value) : undefined;
                })();
            if (!key)
                return { why: `next_hop_instance ${JSON.stringify(value)} names no zone (next_hop_instance_zone)` };
            const machine = this.m.plan.ofType('google_compute_instance').find((candidate) => this.keyOf(candidate) === key);
            if (machine)
                return { hop: { kind: 'machine', address: machine.address, text: `instance ${machine.address}` } };
            return { hop: { kind: 'instance', instanceKey: key, text: `instance ${value.includes('/') ? (0,provider_id/* gcePath */.Lp)(value) : value}` } };
        }
        if (instance.kind === 'unknown')
            return { why: instance.why };
        const ip = this.m.single(route, ['next_hop_ip'], ['google_compute_instance']);
        if (ip.kind === 'known') {
            const address = this.m.ip(ip.value);
            return address ? { hop: { kind: 'ip', ip: address, text: `IP ${address}` } } : { why: `next_hop_ip ${JSON.stringify(ip.value)} is not an IP address` };
        }
        if (ip.kind === 'target')
            return { hop: { kind: 'machine', address: ip.target.address, text: `instance ${ip.target.address}` } };
        if (ip.kind === 'unknown')
            return { why: ip.why };
        for (const attribute of OTHER_NEXT_HOPS) {
            const value = valueAt(route, [attribute]);
            if (value.state === 'known')
                return { hop: { kind: 'other', text: `${attribute.replace(/^next_hop_/, '')} ${String(value.value).split('/').pop()}` } };
            if (value.state === 'unknown')
                return { hop: { kind: 'other', text: `${attribute.replace(/^next_hop_/, '')} (known after apply)` } };
        }
        return { why: 'the route has no next hop' };
    }
    keyOf(instance) {
        const name = knownString(instance, ['name']);
        const zone = knownString(instance, ['zone']) ?? this.defaultZone;
        const project = this.project(instance);
        return name && zone && project ? (0,provider_id/* gceInstanceKey */.aq)(project, zone, name) : undefined;
    }
    route(route) {
        const m = this.m;
        const name = knownString(route, ['name']) ?? route.address;
        const origin = m.origin(route);
        const destination = valueAt(route, ['dest_range']);
        const { hop, why } = this.nextHop(route);
        if (destination.state !== 'known' || !hop) {
            const resolved = destination.state === 'known' ? undefined : m.resolver.resolve(route, ['dest_range']);
            const reason = resolved ? (resolved.kind === 'unknown' ? resolved.why : 'dest_range is not set') : why;
            m.gap(`${route.address}: ${reason}: the route cannot be checked`, { resource: route.address, origin });
            return;
        }
        const network = this.network(route, ['network']);
        if (!network.id)
            m.gap(`${route.address}: ${network.why}: which instances the route applies to cannot be verified`, { resource: route.address, origin });
        const project = this.project(route);
        const selfLink = knownString(route, ['self_link']);
        m.model.routes.push({
            id: selfLink ? (0,provider_id/* gcePath */.Lp)(selfLink) : project && knownString(route, ['name']) ? `projects/${project}/global/routes/${name}` : route.address,
            name,
            provider: 'gce',
            dest: m.cidr(route, ['dest_range'], destination.value),
            nextHop: hop,
            priority: (0,sources_values/* num */.bu)(known(route, ['priority'])) ?? 1000,
            network: network.id,
            tags: (0,sources_values/* strings */.P$)(known(route, ['tags'])),
            system: false,
            origin,
        });
    }
}
function mapGce(m) {
    const gce = new Gce(m);
    let count = 0;
    for (const subnetwork of m.plan.ofTypeOrData('google_compute_subnetwork')) {
        const range = m.optionalCidrs(subnetwork, ['ip_cidr_range']);
        const network = gce.network(subnetwork, ['network']);
        m.model.subnets.push({
            id: gce.subnetworkIdOf(subnetwork),
            name: knownString(subnetwork, ['name']) ?? subnetwork.address,
            cidrs: [...range, ...m.optionalCidrs(subnetwork, ['ipv6_cidr_range'])],
            networkId: network.id,
            origin: m.origin(subnetwork, { attributes: ['ip_cidr_range'] }),
        });
        m.model.present.add('subnets');
        count++;
    }
    for (const instance of m.plan.ofType('google_compute_instance')) {
        m.model.machines.push(gce.instance(instance));
        count++;
    }
    const used = new Set();
    for (const group of m.plan.ofType('google_compute_instance_group_manager', 'google_compute_region_instance_group_manager')) {
        count++;
        const template = gce.templateOf(group);
        if (!template)
            continue;
        used.add(template);
        m.model.machines.push(gce.pool(group, template));
    }
    for (const template of m.plan.ofType('google_compute_instance_template', 'google_compute_region_instance_template')) {
        count++;
        if (!used.has(template))
            m.model.machines.push(gce.pool(undefined, template));
    }
    if (m.model.machines.some((machine) => machine.provider === 'gce')) {
        m.model.present.add('instances');
        m.model.present.add('interfaces');
    }
    const routes = m.plan.ofType('google_compute_route');
    for (const route of routes)
        gce.route(route);
    if (routes.length > 0)
        m.model.present.add('routes');
    return count + routes.length;
}

// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: ./lib/sources/terraform/select.js
var terraform_select = __webpack_require__(5885);
;// CONCATENATED MODULE: ./lib/sources/terraform/finish.js


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
function finish_forwardingOf(interfaces) {
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
        (machine) => (machine.providerIdMatches ? nodes.filter((node) => node.providerId !== undefined && machine.providerIdMatches(node.providerId)) : []),
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
/**
 * Turns what the Terraform readers collected into snapshot objects, once every input is read: machines that are
 * Kubernetes nodes from other inputs enrich those nodes; the selected others become planned nodes (no pod CIDR).
 */
function finishTerraform(builder, models, options) {
    if (models.length === 0)
        return;
    const selectors = options.nodeSelectors.map((text) => {
        try {
            return (0,terraform_select/* parseNodeSelector */.Pf)(text);
        }
        catch (error) {
            throw new errors/* UserError */.yo(`--node-selector: ${error.message}`);
        }
    });
    const nodes = builder.build().nodes.filter((node) => !node.planned);
    const entries = models.flatMap((model) => model.machines.map((machine) => ({ model, machine })));
    const { nodes: matches, byAddress } = matchNodes(entries, nodes);
    const selected = (0,terraform_select/* selectNodes */.Iw)(entries.map((entry) => entry.machine), selectors);
    const keys = new Map();
    const nodeNames = new Map();
    for (const { model, machine } of entries) {
        const node = matches.get(machine);
        const key = node?.instanceKey ?? machine.cloudKey ?? `terraform:${model.file}:${machine.address}`;
        keys.set(machine, key);
        builder.addInstance({
            key,
            provider: machine.provider,
            id: machine.cloudId ?? machine.address,
            name: machine.names[0] ?? machine.address,
            network: machine.network,
            tags: machine.networkTags,
            managedBy: machine.managedBy,
            origin: machine.origin,
        });
        const interfaces = machine.pool && machine.subnetIds.length > 1 ? machine.interfaces.slice(0, 1) : machine.interfaces;
        for (const iface of interfaces)
            builder.addInterface(toInterface(iface, machine.provider, key), true);
        if (node) {
            nodeNames.set(machine, node.name);
            // A replaced machine comes back with an address known only after apply: like a new one, all its interfaces count.
            const holdsNodeIp = machine.ips.some((ip) => node.internalIps.includes(ip));
            const planned = machine.created && !holdsNodeIp;
            // A node without providerID that only shares an address with the machine keeps none: the snapshot joins it by
            // address, and only to a machine of the cluster's network that no other machine shares the address with.
            const byAddressOnly = byAddress.has(machine) && !node.instanceKey && holdsNodeIp;
            if ((!node.instanceKey || planned) && !byAddressOnly) {
                builder.addNode({ name: node.name, os: node.os, internalIps: [], podCidrs: [], instanceKey: key, planned: planned || undefined, subnetId: planned ? machine.subnetIds[0] : undefined });
            }
        }
        else if (selected.has(machine)) {
            // No `provider`: that field says what a providerID declares, and a planned node has none yet.
            const base = { os: machine.os, internalIps: machine.ips, podCidrs: [], planned: true, origin: machine.origin };
            if (machine.pool && machine.subnetIds.length > 1) {
                // A pool spread over several subnets: one planned node per subnet, so that the layer-2 check sees the split.
                machine.subnetIds.forEach((subnetId, i) => {
                    const name = `${machine.address} in ${subnetId}`;
                    const splitKey = i === 0 ? key : `${key}#${subnetId}`;
                    if (i > 0)
                        builder.addInstance({ key: splitKey, provider: machine.provider, id: machine.address, name: machine.address, network: machine.network, tags: machine.networkTags, managedBy: machine.managedBy, origin: machine.origin });
                    if (i === 0)
                        nodeNames.set(machine, name);
                    builder.addNode({ ...base, name, instanceKey: splitKey, subnetId, forwarding: i === 0 ? finish_forwardingOf(machine.interfaces) : undefined });
                });
            }
            else {
                nodeNames.set(machine, machine.address);
                builder.addNode({ ...base, name: machine.address, instanceKey: key, subnetId: machine.subnetIds[0], forwarding: finish_forwardingOf(machine.interfaces) });
            }
        }
    }
    const machineKey = new Map();
    for (const { model, machine } of entries)
        machineKey.set(`${model.file}\u0000${machine.address}`, keys.get(machine));
    for (const model of models) {
        for (const { provider, iface, instanceKey } of model.externalInterfaces)
            builder.addInterface(toInterface(iface, provider, instanceKey), true);
        for (const subnet of model.subnets)
            builder.addSubnet(subnet);
        for (const network of model.networks)
            builder.addNetwork(network);
        for (const table of model.tables)
            builder.addRouteTable(table);
        for (const { tableId, subnetId } of model.associations)
            builder.associate(tableId, subnetId);
        for (const route of model.routes) {
            let nextHop;
            if (route.nextHop.kind === 'machine') {
                const key = machineKey.get(`${model.file}\u0000${route.nextHop.address}`);
                nextHop = key ? { kind: 'instance', instanceKey: key, text: route.nextHop.text } : { kind: 'other', text: route.nextHop.text };
            }
            else
                nextHop = route.nextHop;
            builder.addRoute({ ...route, nextHop });
        }
        for (const gap of model.gaps) {
            const machine = gap.machine ? model.machine(gap.machine) : undefined;
            // What cannot be known about a machine that is no node does not matter.
            if (machine && !nodeNames.has(machine))
                continue;
            builder.addGap({ message: gap.message, node: machine ? nodeNames.get(machine) : undefined, resource: gap.resource, origin: gap.origin });
        }
        for (const kind of model.present)
            builder.markPresent(kind);
    }
}

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
        for (const entry of (0,sources_values/* records */.V0)((0,sources_values/* record */.g1)(value).Modules)) {
            const key = (0,sources_values/* str */.gx)(entry.Key);
            const dir = (0,sources_values/* str */.gx)(entry.Dir);
            if (key && dir && (0,sources_values/* isRecord */.u4)(entry))
                map.set(key, dir);
        }
    }
    catch {
        // A damaged modules.json only costs the locations inside those modules.
    }
    return map;
}

;// CONCATENATED MODULE: ./lib/sources/terraform/model.js
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
    constructor(
    /** The plan or state file, to tell apart machines of the same address in two stacks. */
    file) {
        this.file = file;
    }
    machine(address) {
        return this.machines.find((machine) => machine.address === address);
    }
}
const collected = new WeakMap();
/** Keeps a plan's model until every input is read; the first one schedules the joining of them all. */
function collect(builder, model, finish) {
    const models = collected.get(builder);
    if (models) {
        models.push(model);
        return;
    }
    collected.set(builder, [model]);
    builder.defer((options) => {
        const all = collected.get(builder) ?? [];
        collected.delete(builder);
        finish(builder, all, options);
    });
}

;// CONCATENATED MODULE: ./lib/sources/terraform/read.js










/** Reads one `terraform show -json` document into the builder; returns the number of machines and resources mapped. */
async function readTerraform(value, kind, context) {
    const plan = PlanData.read((0,sources_values/* record */.g1)(value), kind);
    const locator = new SourceLocator(context.source.file, plan.root);
    await locator.prepare(plan.instances);
    const model = new TfModel(context.source.file);
    const mapping = new Mapping(plan, new Resolver(plan), locator, context, model);
    const count = mapAws(mapping) + mapGce(mapping) + mapAzure(mapping);
    collect(context.builder, model, finishTerraform);
    return count;
}


/***/ })

};
