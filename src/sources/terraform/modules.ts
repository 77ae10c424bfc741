import { isRecord, record, records, str, type Json } from '../values.js';
import { resourceKey } from './address.js';

/**
 * The `configuration` section of a plan: each module's resources with their expressions (constant values and
 * references), its module calls with the arguments passed in, and its outputs. Local values are not in it.
 */

export interface Expression {
  readonly constant_value?: unknown;
  readonly references?: readonly string[];
}

export interface ConfigResource {
  /** "aws_instance.node", "data.aws_subnet.nodes" */
  readonly key: string;
  readonly mode: 'managed' | 'data';
  readonly type: string;
  readonly name: string;
  readonly expressions: Json;
}

export interface ModuleCall {
  readonly name: string;
  /** "./modules/workers", "terraform-aws-modules/vpc/aws", "git::https://…" */
  readonly source?: string;
  readonly expressions: Json;
  readonly module: ConfigModule;
}

export interface ConfigModule {
  /** Module call names from the root: [] for the root module, ["cluster", "pool"] for module.cluster.module.pool. */
  readonly path: readonly string[];
  readonly resources: ReadonlyMap<string, ConfigResource>;
  readonly calls: ReadonlyMap<string, ModuleCall>;
  readonly outputs: ReadonlyMap<string, Expression>;
}

/** An expression object holds only `constant_value` and/or `references`; anything else is a nested block. */
export function isExpression(value: unknown): value is Expression {
  if (!isRecord(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => key === 'constant_value' || key === 'references');
}

export function readConfigModule(value: unknown, path: readonly string[] = []): ConfigModule {
  const module = record(value);
  const resources = new Map<string, ConfigResource>();
  for (const resource of records(module.resources)) {
    const type = str(resource.type);
    const name = str(resource.name);
    if (!type || !name) continue;
    const mode = resource.mode === 'data' ? 'data' : 'managed';
    resources.set(resourceKey(mode, type, name), {
      key: resourceKey(mode, type, name),
      mode,
      type,
      name,
      expressions: record(resource.expressions),
    });
  }
  const calls = new Map<string, ModuleCall>();
  for (const [name, call] of Object.entries(record(module.module_calls))) {
    const callRecord = record(call);
    calls.set(name, {
      name,
      source: str(callRecord.source),
      expressions: record(callRecord.expressions),
      module: readConfigModule(callRecord.module, [...path, name]),
    });
  }
  const outputs = new Map<string, Expression>();
  for (const [name, output] of Object.entries(record(module.outputs))) {
    const expression = record(output).expression;
    if (isExpression(expression)) outputs.set(name, expression);
  }
  return { path, resources, calls, outputs };
}

/** The configuration module at a path of call names. */
export function moduleAt(root: ConfigModule, path: readonly string[]): ConfigModule | undefined {
  let module: ConfigModule | undefined = root;
  for (const name of path) module = module?.calls.get(name)?.module;
  return module;
}

/** The expression of an attribute (or of a whole list attribute) of a resource, following nested blocks. */
export function expressionAt(expressions: Json, path: readonly (string | number)[]): Expression | undefined {
  let node: unknown = expressions;
  for (const step of path) {
    if (isExpression(node)) return node;
    if (typeof step === 'number') {
      if (!Array.isArray(node)) return undefined;
      node = node[step];
    } else {
      if (!isRecord(node)) return undefined;
      node = node[step];
    }
  }
  return isExpression(node) ? node : undefined;
}
