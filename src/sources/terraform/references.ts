import { record, type Json } from '../values.js';
import {
  formatKey,
  joinAddress,
  keyId,
  moduleSteps,
  parseTraversal,
  resourceKey,
  sameKeys,
  type Key,
  type Step,
} from './address.js';
import { expressionAt, isExpression, type ConfigModule, type Expression } from './modules.js';
import { valueAt, type PlanData, type ResourceInstance } from './plan.js';

/**
 * What an attribute is, or points at, when the plan is applied. A value unknown until apply (a subnet id, an
 * instance self link) is followed through the configuration's references — across module calls and outputs, and
 * through count.index / each.key — to the resource it comes from, so that the relationship is known even when the
 * id is not. When it cannot be followed, the answer says why: never a guess.
 */
export type Resolved =
  | { readonly kind: 'known'; readonly value: unknown }
  | { readonly kind: 'absent' }
  | { readonly kind: 'refs'; readonly targets: readonly ResourceInstance[] }
  | { readonly kind: 'unknown'; readonly why: string };

interface IndexHint {
  readonly key: Key | undefined;
  readonly siblings: readonly (Key | undefined)[] | undefined;
}

interface Scope {
  readonly module: ConfigModule;
  /** Module instance address: "", "module.workers[0]". */
  readonly prefix: string;
  /** count.index / each.key of the object the expression belongs to, and the keys of all its instances. */
  readonly key?: Key;
  readonly siblings?: readonly (Key | undefined)[];
  /** Inside a module: the arguments of its call, and the scope they are evaluated in (for var.*). */
  readonly call?: { readonly expressions: Json; readonly scope: Scope };
}

interface Followed {
  readonly targets: ResourceInstance[];
  readonly unresolved: string[];
}

type Subject =
  | { kind: 'resource'; key: string; keys: Set<string>; rawKeys: Map<string, Key> }
  | { kind: 'var'; name: string }
  | { kind: 'local'; name: string }
  | { kind: 'module'; name: string; outputs: Set<string>; keys: Map<string, Key> }
  | { kind: 'index' }
  | { kind: 'each-value' }
  | { kind: 'other' };

const MAX_DEPTH = 32;

function attrAt(steps: readonly Step[], i: number): string | undefined {
  const step = steps[i];
  return step && 'attr' in step ? step.attr : undefined;
}

function keyAt(steps: readonly Step[], i: number): Key | undefined {
  const step = steps[i];
  return step && 'key' in step ? step.key : undefined;
}

type SubjectTable = <T extends Subject>(id: string, make: () => T) => T;

/** Groups the references of one expression by what they name ("aws_subnet.nodes[0].id", "aws_subnet.nodes[0]", "aws_subnet.nodes" are one). */
function subjects(references: readonly string[]): Subject[] {
  const byId = new Map<string, Subject>();
  const get: SubjectTable = (id, make) => {
    let subject = byId.get(id) as ReturnType<typeof make> | undefined;
    if (!subject) byId.set(id, (subject = make()));
    return subject;
  };
  for (const text of references) {
    const steps = typeof text === 'string' ? parseTraversal(text) : undefined;
    const head = steps && attrAt(steps, 0);
    if (steps && head) addSubject(steps, head, get);
  }
  return [...byId.values()];
}

function addSubject(steps: readonly Step[], head: string, get: SubjectTable): void {
  switch (head) {
    case 'var':
      if (attrAt(steps, 1)) get(`var.${attrAt(steps, 1)}`, () => ({ kind: 'var', name: attrAt(steps, 1)! }));
      break;
    case 'local':
      if (attrAt(steps, 1)) get(`local.${attrAt(steps, 1)}`, () => ({ kind: 'local', name: attrAt(steps, 1)! }));
      break;
    case 'count':
      get('count', () => ({ kind: 'index' }));
      break;
    case 'each':
      if (attrAt(steps, 1) === 'value') get('each.value', () => ({ kind: 'each-value' }));
      else get('count', () => ({ kind: 'index' }));
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
function addModule(steps: readonly Step[], get: SubjectTable): void {
  const name = attrAt(steps, 1);
  if (!name) return;
  const subject = get(`module.${name}`, () => ({
    kind: 'module',
    name,
    outputs: new Set<string>(),
    keys: new Map<string, Key>(),
  }));
  const key = keyAt(steps, 2);
  if (key !== undefined) subject.keys.set(keyId(key), key);
  const output = attrAt(steps, key === undefined ? 2 : 3);
  if (output) subject.outputs.add(output);
}

/** TYPE.NAME[KEY] or data.TYPE.NAME[KEY]: the resource, with the instance keys used. */
function addResource(steps: readonly Step[], head: string, get: SubjectTable): void {
  const data = head === 'data';
  const type = data ? attrAt(steps, 1) : head;
  const name = attrAt(steps, data ? 2 : 1);
  if (!type || !name) return;
  const key = resourceKey(data ? 'data' : 'managed', type, name);
  const subject = get(key, () => ({
    kind: 'resource',
    key,
    keys: new Set<string>(),
    rawKeys: new Map<string, Key>(),
  }));
  const index = keyAt(steps, data ? 3 : 2);
  if (index !== undefined) {
    subject.keys.add(keyId(index));
    subject.rawKeys.set(keyId(index), index);
  }
}

export class Resolver {
  constructor(private readonly plan: PlanData) {}

  /** What attribute `path` of `from` is, or which resources it comes from when it is known only after apply. */
  resolve(from: ResourceInstance, path: readonly (string | number)[]): Resolved {
    const value = valueAt(from, path);
    if (value.state === 'known') return { kind: 'known', value: value.value };
    if (value.state === 'absent') return { kind: 'absent' };
    const config = this.plan.root && this.scopeOf(from, this.plan.root);
    return this.expression(from, config ? expressionAt(config.expressions, path) : undefined, attributeText(path));
  }

  /** The configuration expressions of an instance's resource block (for blocks matched by content, not position). */
  configExpressions(instance: ResourceInstance): Json | undefined {
    return this.plan.root && this.scopeOf(instance, this.plan.root)?.expressions;
  }

  /** Which resources an expression of `from`'s configuration refers to; `attribute` names it in messages. */
  expression(from: ResourceInstance, expression: Expression | undefined, attribute: string): Resolved {
    const config = this.plan.root && this.scopeOf(from, this.plan.root);
    if (!config || !expression || !isExpression(expression))
      return { kind: 'unknown', why: `${attribute} is known only after apply` };
    const followed = this.follow(expression, config.scope, 0, undefined);
    const targets = [...new Set(followed.targets)];
    if (followed.unresolved.length === 0 && targets.length > 0) return { kind: 'refs', targets };
    return {
      kind: 'unknown',
      why:
        followed.unresolved.length > 0
          ? `${attribute} is known only after apply and comes from ${[...new Set(followed.unresolved)].join(' and ')}`
          : `${attribute} is known only after apply`,
    };
  }

  private scopeOf(instance: ResourceInstance, root: ConfigModule): { scope: Scope; expressions: Json } | undefined {
    let scope: Scope = { module: root, prefix: '' };
    for (const step of moduleSteps(instance.module)) {
      const call = scope.module.calls.get(step.name);
      if (!call) return undefined;
      const callScope: Scope = { ...scope, key: step.key, siblings: this.plan.moduleKeys(scope.prefix, step.name) };
      scope = {
        module: call.module,
        prefix: joinAddress(scope.prefix, `module.${step.name}${formatKey(step.key)}`),
        call: { expressions: call.expressions, scope: callScope },
      };
    }
    const resource = scope.module.resources.get(resourceKey(instance.mode, instance.type, instance.name));
    if (!resource) return undefined;
    return {
      scope: { ...scope, key: instance.index, siblings: this.plan.siblings(instance).map((sibling) => sibling.index) },
      expressions: resource.expressions,
    };
  }

  private follow(expression: Expression, scope: Scope, depth: number, inherited: IndexHint | undefined): Followed {
    const result: Followed = { targets: [], unresolved: [] };
    if (depth > MAX_DEPTH) {
      result.unresolved.push('a chain of references too long to follow');
      return result;
    }
    const all = subjects(Array.isArray(expression.references) ? expression.references : []);
    const indexed = all.some((subject) => subject.kind === 'index');
    // An index computed in this expression applies to what it references; otherwise one from further out may.
    const hint: IndexHint | undefined = indexed ? { key: scope.key, siblings: scope.siblings } : inherited;
    for (const subject of all) {
      switch (subject.kind) {
        case 'resource':
          this.resource(subject, scope, hint, indexed || inherited !== undefined, result);
          break;
        case 'var': {
          if (!scope.call) break; // root variables are known values: they relate to no resource
          const argument = record(scope.call.expressions)[subject.name];
          if (isExpression(argument)) merge(result, this.follow(argument, scope.call.scope, depth + 1, hint));
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

  private resource(
    subject: Extract<Subject, { kind: 'resource' }>,
    scope: Scope,
    hint: IndexHint | undefined,
    indexedByExpression: boolean,
    result: Followed,
  ): void {
    const instances = this.plan.instancesOf(scope.prefix, subject.key);
    const name = joinAddress(scope.prefix, subject.key);
    if (instances.length === 0) {
      result.unresolved.push(`${name}, which is not in the plan`);
      return;
    }
    if (subject.keys.size > 0) {
      for (const [id, key] of subject.rawKeys) {
        const instance = instances.find((candidate) => keyId(candidate.index) === id);
        if (instance) result.targets.push(instance);
        else result.unresolved.push(`${name}${formatKey(key)}, which is not in the plan`);
      }
      return;
    }
    if (instances.length === 1 && instances[0]!.index === undefined) {
      result.targets.push(instances[0]!);
      return;
    }
    if (indexedByExpression) {
      // `aws_subnet.nodes[count.index]`: the same key as the referring object, when both have the same keys.
      const keys = instances.map((instance) => instance.index);
      const match =
        hint && hint.key !== undefined && sameKeys(keys, hint.siblings)
          ? instances.find((instance) => keyId(instance.index) === keyId(hint.key))
          : undefined;
      if (match) result.targets.push(match);
      else result.unresolved.push(`an element of ${name} chosen by an expression`);
      return;
    }
    // A whole collection (a splat, or every instance): list attributes refer to all of them.
    result.targets.push(...instances);
  }

  private moduleOutputs(
    subject: Extract<Subject, { kind: 'module' }>,
    scope: Scope,
    depth: number,
    hint: IndexHint | undefined,
    result: Followed,
  ): void {
    const call = scope.module.calls.get(subject.name);
    const name = joinAddress(scope.prefix, `module.${subject.name}`);
    if (!call || subject.outputs.size === 0) {
      result.unresolved.push(call ? `${name} as a whole` : `${name}, which is not in the configuration`);
      return;
    }
    const present = this.plan.moduleKeys(scope.prefix, subject.name);
    let keys: (Key | undefined)[];
    if (subject.keys.size > 0) keys = [...subject.keys.values()];
    else if (present.length === 1 && present[0] === undefined) keys = [undefined];
    else if (present.length === 0) keys = [undefined];
    else {
      result.unresolved.push(`one of the instances of ${name}`);
      return;
    }
    for (const key of keys) {
      const prefix = joinAddress(scope.prefix, `module.${subject.name}${formatKey(key)}`);
      const callScope: Scope = { ...scope, key, siblings: present };
      const child: Scope = { module: call.module, prefix, call: { expressions: call.expressions, scope: callScope } };
      for (const output of subject.outputs) {
        const expression = call.module.outputs.get(output);
        if (!expression) result.unresolved.push(`output ${output}, which ${prefix} does not have`);
        else merge(result, this.follow(expression, child, depth + 1, hint));
      }
    }
  }
}

function merge(into: Followed, from: Followed): void {
  into.targets.push(...from.targets);
  into.unresolved.push(...from.unresolved);
}

/** ["network_interface", 0, "subnetwork"] → "network_interface[0].subnetwork" */
export function attributeText(path: readonly (string | number)[]): string {
  return path.map((step, i) => (typeof step === 'number' ? `[${step}]` : i === 0 ? step : `.${step}`)).join('');
}
