import type { Path } from '../context.js';
import { isRecord, list, record, records, str, type Json } from '../values.js';
import { formatKey, joinAddress, keyId, moduleSteps, resourceKey, type Key } from './address.js';
import { readConfigModule, type ConfigModule } from './modules.js';

import type { TerraformJsonKind } from './kind.js';

export { terraformKind, type TerraformJsonKind } from './kind.js';

/** One instance of a resource (one `count`/`for_each` element) as it will be after the plan is applied. */
export interface ResourceInstance {
  /** "module.workers[0].aws_instance.node[\"w1\"]" */
  readonly address: string;
  /** The module instance holding it: "module.workers[0]", or "" for the root module. */
  readonly module: string;
  /** Module call names, without keys: the configuration module the resource is declared in. */
  readonly configPath: readonly string[];
  readonly mode: 'managed' | 'data';
  readonly type: string;
  readonly name: string;
  readonly index?: Key;
  /** `change.after` of a plan, `values` of a state; values unknown until apply are null here. */
  readonly values: Json;
  /** `change.after_unknown`: true where a value is known only after apply. */
  readonly unknown: unknown;
  /** `change.before`, when the object exists today (update, replace, no-op). */
  readonly before?: Json;
  /** `change.actions`: ["create"], ["update"], ["delete", "create"], ["no-op"], ["read"]; ["no-op"] for a state. */
  readonly actions: readonly string[];
  /** Where `values` is in the document, and the resource's own entry (resource_changes[i], resources[i]). */
  readonly path: Path;
  readonly entry: Path;
}

export type Value =
  | { readonly state: 'known'; readonly value: unknown }
  | { readonly state: 'unknown' }
  /** null and known: the attribute is not set (the provider's default applies when it has one). */
  | { readonly state: 'absent' };

function containsUnknown(tree: unknown): boolean {
  if (tree === true) return true;
  if (Array.isArray(tree)) return tree.some(containsUnknown);
  if (isRecord(tree)) return Object.values(tree).some(containsUnknown);
  return false;
}

/** The value at `path` of an instance, telling apart "unknown until apply" from "not set". */
export function valueAt(instance: ResourceInstance, path: readonly (string | number)[]): Value {
  let value: unknown = instance.values;
  let unknown: unknown = instance.unknown;
  for (const step of path) {
    if (unknown === true) return { state: 'unknown' };
    value = isRecord(value) || Array.isArray(value) ? (value as Record<string | number, unknown>)[step] : undefined;
    unknown =
      isRecord(unknown) || Array.isArray(unknown) ? (unknown as Record<string | number, unknown>)[step] : undefined;
  }
  if (containsUnknown(unknown)) return { state: 'unknown' };
  return value === null || value === undefined ? { state: 'absent' } : { state: 'known', value };
}

/** The known value at `path`, or undefined (unknown or not set). */
export function known(instance: ResourceInstance, path: readonly (string | number)[]): unknown {
  const value = valueAt(instance, path);
  return value.state === 'known' ? value.value : undefined;
}

export function knownString(instance: ResourceInstance, path: readonly (string | number)[]): string | undefined {
  return str(known(instance, path));
}

/** True when the plan creates the object (or replaces it): it does not exist as described yet. */
export function isCreated(instance: ResourceInstance): boolean {
  return instance.actions.includes('create');
}

function keyOf(value: unknown): Key | undefined {
  return typeof value === 'number' || typeof value === 'string' ? value : undefined;
}

/** Everything a plan or state says about resources, indexed for reference resolution. */
export class PlanData {
  private readonly byResource = new Map<string, ResourceInstance[]>();
  private readonly byAddress = new Map<string, ResourceInstance>();
  private readonly modules = new Map<string, Set<string>>();
  private readonly moduleKeyValues = new Map<string, Key | undefined>();

  private constructor(
    readonly kind: TerraformJsonKind,
    readonly instances: readonly ResourceInstance[],
    /** Objects the plan destroys (values: as they are before the apply). */
    readonly deleted: readonly ResourceInstance[],
    /** Absent for a state: states carry no configuration. */
    readonly root: ConfigModule | undefined,
    readonly providerConfig: Json,
    readonly variables: Json,
  ) {
    for (const instance of instances) {
      const key = `${instance.module}|${resourceKey(instance.mode, instance.type, instance.name)}`;
      const bucket = this.byResource.get(key);
      if (bucket) bucket.push(instance);
      else this.byResource.set(key, [instance]);
      this.byAddress.set(instance.address, instance);
      let prefix = '';
      for (const step of moduleSteps(instance.module)) {
        const slot = `${prefix}|${step.name}`;
        let keys = this.modules.get(slot);
        if (!keys) this.modules.set(slot, (keys = new Set()));
        keys.add(keyId(step.key));
        this.moduleKeyValues.set(`${slot}|${keyId(step.key)}`, step.key);
        prefix = joinAddress(prefix, `module.${step.name}${formatKey(step.key)}`);
      }
    }
  }

  static read(value: Json, kind: TerraformJsonKind): PlanData {
    const instances: ResourceInstance[] = [];
    const deleted: ResourceInstance[] = [];
    const seen = new Set<string>();
    const add = (instance: ResourceInstance) => {
      if (seen.has(instance.address)) return;
      seen.add(instance.address);
      instances.push(instance);
    };
    if (kind === 'plan') {
      records(value.resource_changes).forEach((change, i) => {
        const read = readChange(change, i);
        if (!read) return;
        if (read.deleted) {
          seen.add(read.instance.address);
          deleted.push(read.instance);
        } else add(read.instance);
      });
      walkModule(record(value.planned_values).root_module, ['planned_values', 'root_module'], '', add);
      walkModule(
        record(record(value.prior_state).values).root_module,
        ['prior_state', 'values', 'root_module'],
        '',
        add,
      );
    } else {
      walkModule(record(value.values).root_module, ['values', 'root_module'], '', add);
    }
    const configuration = record(value.configuration);
    return new PlanData(
      kind,
      instances,
      deleted,
      kind === 'plan' ? readConfigModule(configuration.root_module) : undefined,
      record(configuration.provider_config),
      record(value.variables),
    );
  }

  get(address: string): ResourceInstance | undefined {
    return this.byAddress.get(address);
  }

  /** The instances of one resource in one module instance (several with count/for_each). */
  instancesOf(module: string, key: string): readonly ResourceInstance[] {
    return this.byResource.get(`${module}|${key}`) ?? [];
  }

  siblings(instance: ResourceInstance): readonly ResourceInstance[] {
    return this.instancesOf(instance.module, resourceKey(instance.mode, instance.type, instance.name));
  }

  /** The keys of the instances of module call `name` inside module instance `parent`. */
  moduleKeys(parent: string, name: string): (Key | undefined)[] {
    const slot = `${parent}|${name}`;
    return [...(this.modules.get(slot) ?? [])].map((id) => this.moduleKeyValues.get(`${slot}|${id}`));
  }

  ofType(...types: string[]): ResourceInstance[] {
    return this.instances.filter((instance) => instance.mode === 'managed' && types.includes(instance.type));
  }

  /** Managed resources and data sources of these types (data sources describe existing objects, e.g. a subnet). */
  ofTypeOrData(...types: string[]): ResourceInstance[] {
    return this.instances.filter((instance) => types.includes(instance.type));
  }

  /** A constant argument of a provider block: `provider "google" { project = "…" }`. */
  providerArgument(provider: string, argument: string): string | undefined {
    const expression = record(record(record(this.providerConfig[provider]).expressions)[argument]);
    const constant = str(expression.constant_value);
    if (constant) return constant;
    const reference = list(expression.references).find(
      (ref): ref is string => typeof ref === 'string' && ref.startsWith('var.'),
    );
    return reference ? str(record(this.variables[reference.slice(4)]).value) : undefined;
  }
}

/**
 * One entry of resource_changes: the object as it will be after the apply, or as it was before when the plan
 * destroys it (destroyed objects, and `removed` blocks that only forget them, are not there after the apply).
 */
function readChange(change: Json, i: number): { instance: ResourceInstance; deleted: boolean } | undefined {
  const address = str(change.address);
  const type = str(change.type);
  const name = str(change.name);
  if (!address || !type || !name) return undefined;
  const body = record(change.change);
  const actions = list(body.actions).filter((action): action is string => typeof action === 'string');
  const module = str(change.module_address) ?? '';
  const common = {
    address,
    module,
    configPath: moduleSteps(module).map((step) => step.name),
    mode: change.mode === 'data' ? ('data' as const) : ('managed' as const),
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
        values: record(body.before),
        unknown: {},
        path: ['resource_changes', i, 'change', 'before'],
      },
      deleted: true,
    };
  }
  const after = {
    values: record(body.after),
    unknown: body.after_unknown ?? {},
    before: isRecord(body.before) ? body.before : undefined,
    path: ['resource_changes', i, 'change', 'after'],
  };
  return { instance: { ...common, ...after }, deleted: false };
}

/** planned_values / prior_state / state module trees: resources and child_modules, recursively. */
function walkModule(value: unknown, path: Path, module: string, add: (instance: ResourceInstance) => void): void {
  if (!isRecord(value)) return;
  records(value.resources).forEach((resource, i) => {
    const address = str(resource.address);
    const type = str(resource.type);
    const name = str(resource.name);
    if (!address || !type || !name) return;
    add({
      address,
      module,
      configPath: moduleSteps(module).map((step) => step.name),
      mode: resource.mode === 'data' ? 'data' : 'managed',
      type,
      name,
      index: keyOf(resource.index),
      values: record(resource.values),
      unknown: {},
      actions: ['no-op'],
      path: [...path, 'resources', i, 'values'],
      entry: [...path, 'resources', i],
    });
  });
  records(value.child_modules).forEach((child, i) =>
    walkModule(child, [...path, 'child_modules', i], str(child.address) ?? module, add),
  );
}
