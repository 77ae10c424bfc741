import { canonicalIp, parseCidr, type Cidr } from '../../model/cidr.js';
import type { Origin } from '../../model/origin.js';
import type { ReadContext } from '../context.js';
import { isRecord, list, record, records, str, type Json } from '../values.js';
import type { SourceLocator } from './locator.js';
import { isExpression } from './modules.js';
import { localInstanceKey, type TfGap } from './model.js';
import { valueAt, type PlanData, type ResourceInstance } from './plan.js';
import { attributeText, type Resolver } from './references.js';

/** " (main.tf:12)" when the origin is a line of a `.tf` file, for remediation texts. */
export function where(origin: Origin): string {
  return origin.line !== undefined ? ` (${origin.file}:${origin.line})` : '';
}

export type Single =
  | { readonly kind: 'known'; readonly value: unknown }
  | { readonly kind: 'target'; readonly target: ResourceInstance }
  | { readonly kind: 'absent' }
  | { readonly kind: 'unknown'; readonly why: string };

/**
 * What the resource mappers of one document share: the plan, reference resolution, source locations, the claims
 * of the resources mapped so far, and where gaps go.
 */
export class Mapping {
  private readonly claims = new Map<ResourceInstance, ResourceInstance>();

  constructor(
    readonly plan: PlanData,
    readonly resolver: Resolver,
    readonly locator: SourceLocator,
    readonly read: ReadContext,
    /** The document's gaps: what cannot be verified, in the order the mappers find it. */
    private readonly gaps: TfGap[],
  ) {}

  /** `by` takes `resource` over (an instance its ENI, a group its template); the first claim wins. */
  claim(resource: ResourceInstance, by: ResourceInstance): void {
    if (!this.claims.has(resource)) this.claims.set(resource, by);
  }

  claimant(resource: ResourceInstance): ResourceInstance | undefined {
    return this.claims.get(resource);
  }

  /** The instance key of a machine only this document knows (no cloud id yet). */
  localKey(address: string): string {
    return localInstanceKey(this.read.source.file, address);
  }

  /**
   * Where findings about a resource point: the `.tf` block (at the first of `attributes` set in it), or else the
   * resource in the plan JSON (at `path` inside its values when present).
   */
  origin(
    instance: ResourceInstance,
    options: { attributes?: readonly string[]; literal?: string; path?: readonly (string | number)[] } = {},
  ): Origin {
    const position = this.locator.find(instance, options);
    if (position) return { file: position.file, doc: 0, path: [], line: position.line, column: position.column };
    const path =
      options.path && has(instance.values, options.path) ? [...instance.path, ...options.path] : instance.entry;
    return this.read.origin(path);
  }

  gap(message: string, details: { machine?: string; resource?: string; origin?: Origin } = {}): void {
    this.gaps.push({ message, ...details });
  }

  /** The one resource (of `types`) an attribute refers to, its known value, or why neither can be known. */
  single(instance: ResourceInstance, path: readonly (string | number)[], types?: readonly string[]): Single {
    const resolved = this.resolver.resolve(instance, path);
    if (resolved.kind !== 'refs') return resolved;
    const targets = types ? resolved.targets.filter((target) => types.includes(target.type)) : resolved.targets;
    if (targets.length === 1) return { kind: 'target', target: targets[0]! };
    const attribute = attributeText(path);
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
  followSingle(instance: ResourceInstance, expression: unknown, attribute: string, types: readonly string[]): Single {
    const resolved = this.resolver.expression(instance, isExpression(expression) ? expression : undefined, attribute);
    if (resolved.kind !== 'refs') return resolved;
    const targets = resolved.targets.filter((target) => types.includes(target.type));
    if (targets.length === 1) return { kind: 'target', target: targets[0]! };
    return {
      kind: 'unknown',
      why:
        targets.length === 0
          ? `${attribute} is known only after apply and refers to no ${types.join(' or ')}`
          : `${attribute} is known only after apply and may be any of ${targets.map((target) => target.address).join(', ')}`,
    };
  }

  /** A list attribute: its known values and the resources (of `types`) its unknown part refers to. */
  many(
    instance: ResourceInstance,
    path: readonly (string | number)[],
    types?: readonly string[],
  ): { values: readonly unknown[]; targets: ResourceInstance[]; why?: string } {
    const resolved = this.resolver.resolve(instance, path);
    switch (resolved.kind) {
      case 'known':
        return { values: list(resolved.value), targets: [] };
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
              why: `${attributeText(path)} is known only after apply and refers to no ${types?.join(' or ') ?? 'resource'}`,
            };
      }
    }
  }

  /** A known IP address, canonical; anything else (unknown, empty, malformed) is undefined. */
  ip(value: unknown): string | undefined {
    return typeof value === 'string' && value !== '' ? canonicalIp(value) : undefined;
  }

  /** A CIDR the provider validated already: malformed is an input error naming the attribute. */
  cidr(instance: ResourceInstance, path: readonly (string | number)[], value: unknown): Cidr {
    const cidr = typeof value === 'string' ? parseCidr(value) : undefined;
    if (!cidr)
      this.read.fail(
        [...instance.path, ...path],
        `${instance.address}: ${attributeText(path)}: ${JSON.stringify(value)} is not a valid CIDR`,
      );
    return cidr;
  }

  optionalCidrs(instance: ResourceInstance, path: readonly (string | number)[]): Cidr[] {
    const value = valueAt(instance, path);
    if (value.state !== 'known') return [];
    const values = Array.isArray(value.value) ? value.value : [value.value];
    return values
      .filter((item) => item !== '' && item !== null)
      .map((item, i) => this.cidr(instance, Array.isArray(value.value) ? [...path, i] : path, item));
  }
}

function has(values: Json, path: readonly (string | number)[]): boolean {
  let node: unknown = values;
  for (const step of path) {
    if (!(isRecord(node) || Array.isArray(node)) || !(step in (node as object))) return false;
    node = (node as Record<string | number, unknown>)[step];
  }
  return true;
}

/** Tags (AWS, Azure) or labels (GCE) as a plain string map; `tags_all` includes the provider's default tags. */
export function labelsOf(instance: ResourceInstance, ...keys: string[]): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const key of keys) {
    for (const [name, value] of Object.entries(record(instance.values[key])))
      if (typeof value === 'string') labels[name] = value;
  }
  return labels;
}

/** AWS `tag { key, value }` blocks of an auto scaling group, and `tag_specifications` of a launch template. */
export function blockTags(blocks: unknown): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const block of records(blocks)) {
    const key = str(block.key);
    if (key) labels[key] = typeof block.value === 'string' ? block.value : '';
  }
  return labels;
}
