import { moduleSteps, parseTraversal } from '../../src/sources/terraform/address.js';
import type { Json } from './helpers.js';

/**
 * Small `terraform show -json` documents for focused tests: only the attributes a test needs, in the shapes
 * Terraform prints (resource_changes with after / after_unknown, configuration expressions with references).
 */

export const C = (value: unknown) => ({ constant_value: value });
export const R = (...references: string[]) => ({ references });

export interface Res {
  readonly address: string;
  readonly after?: Json;
  /** Attribute names unknown until apply, or a whole after_unknown object. */
  readonly unknown?: readonly string[] | Json;
  readonly before?: Json;
  readonly actions?: readonly string[];
}

const PROVIDERS: Record<string, string> = {
  aws: 'registry.terraform.io/hashicorp/aws',
  google: 'registry.terraform.io/hashicorp/google',
  azurerm: 'registry.terraform.io/hashicorp/azurerm',
};

function parts(address: string): {
  module?: string;
  mode: string;
  type: string;
  name: string;
  index?: string | number;
} {
  const steps = parseTraversal(address)!;
  const moduleSteps: string[] = [];
  let i = 0;
  while (i < steps.length && 'attr' in steps[i]! && (steps[i] as { attr: string }).attr === 'module') {
    const name = (steps[i + 1] as { attr: string }).attr;
    const key = steps[i + 2] && 'key' in steps[i + 2]! ? (steps[i + 2] as { key: string | number }).key : undefined;
    moduleSteps.push(
      `module.${name}${key === undefined ? '' : typeof key === 'number' ? `[${key}]` : `[${JSON.stringify(key)}]`}`,
    );
    i += key === undefined ? 2 : 3;
  }
  const data = (steps[i] as { attr: string }).attr === 'data';
  if (data) i++;
  const type = (steps[i] as { attr: string }).attr;
  const name = (steps[i + 1] as { attr: string }).attr;
  const index = steps[i + 2] && 'key' in steps[i + 2]! ? (steps[i + 2] as { key: string | number }).key : undefined;
  return {
    module: moduleSteps.length ? moduleSteps.join('.') : undefined,
    mode: data ? 'data' : 'managed',
    type,
    name,
    index,
  };
}

function afterUnknown(unknown: Res['unknown']): Json {
  if (!unknown) return {};
  if (Array.isArray(unknown)) return Object.fromEntries(unknown.map((name) => [name, true]));
  return unknown;
}

/** A saved plan's JSON: `resources` become resource_changes (and planned_values), `root` is configuration.root_module. */
export function planJson(resources: readonly Res[], root: Json = {}, extra: Json = {}): Json {
  const changes = resources.map((res) => {
    const { module, mode, type, name, index } = parts(res.address);
    const actions = res.actions ?? ['create'];
    return {
      address: res.address,
      ...(module ? { module_address: module } : {}),
      mode,
      type,
      name,
      ...(index !== undefined ? { index } : {}),
      provider_name: PROVIDERS[type.split('_')[0]!] ?? 'registry.terraform.io/hashicorp/null',
      change: {
        actions,
        before: res.before ?? null,
        after: actions.includes('delete') && !actions.includes('create') ? null : (res.after ?? {}),
        after_unknown: afterUnknown(res.unknown),
        before_sensitive: res.before ? {} : false,
        after_sensitive: {},
      },
    };
  });
  return {
    format_version: '1.2',
    terraform_version: '1.9.8',
    variables: extra.variables ?? {},
    planned_values: { root_module: {} },
    resource_changes: changes,
    configuration: { provider_config: extra.provider_config ?? {}, root_module: root },
    timestamp: '2026-11-24T10:00:00Z',
    applyable: true,
    complete: true,
    errored: false,
  };
}

/** A configuration resource entry. */
export function cfg(address: string, expressions: Json, extra: Json = {}): Json {
  const { mode, type, name } = parts(address);
  return {
    address,
    mode,
    type,
    name,
    provider_config_key: type.split('_')[0],
    expressions,
    schema_version: 0,
    ...extra,
  };
}

export { moduleSteps };
