/**
 * Terraform addresses and references as `terraform show -json` prints them: `module.a[0].aws_instance.node["x"]`,
 * `aws_subnet.nodes[0].id`, `var.subnet_id`. Only literal index keys appear in them; an index computed from an
 * expression (`[count.index]`) shows up as separate references instead.
 */

export type Key = string | number;

export type Step = { readonly attr: string } | { readonly key: Key };

const IDENT = /^[A-Za-z_][A-Za-z0-9_-]*/;

/** "a.b[0].c[\"k\"]" → steps; undefined when the text is not a plain traversal. */
export function parseTraversal(text: string): Step[] | undefined {
  const steps: Step[] = [];
  let rest = text.trim();
  let first = true;
  while (rest.length > 0) {
    if (!first && rest[0] === '.') rest = rest.slice(1);
    else if (rest[0] === '[') {
      const close = closingBracket(rest);
      if (close < 0) return undefined;
      const inner = rest.slice(1, close).trim();
      if (/^\d+$/.test(inner)) steps.push({ key: Number(inner) });
      else if (inner.startsWith('"')) {
        try {
          steps.push({ key: JSON.parse(inner) as string });
        } catch {
          return undefined;
        }
      } else return undefined;
      rest = rest.slice(close + 1);
      continue;
    } else if (!first) return undefined;
    const ident = IDENT.exec(rest);
    if (!ident) return undefined;
    steps.push({ attr: ident[0] });
    rest = rest.slice(ident[0].length);
    first = false;
  }
  return steps;
}

function closingBracket(text: string): number {
  let inString = false;
  for (let i = 1; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === ']') return i;
  }
  return -1;
}

/** The index part of an address: "", "[0]" or "[\"key\"]". */
export function formatKey(key: Key | undefined): string {
  if (key === undefined) return '';
  return typeof key === 'number' ? `[${key}]` : `[${JSON.stringify(key)}]`;
}

/** Keys compared across count (numbers) and for_each (strings) without confusing 0 and "0". */
export function keyId(key: Key | undefined): string {
  return key === undefined ? '-' : typeof key === 'number' ? `#${key}` : `"${key}"`;
}

export function sameKeys(a: readonly (Key | undefined)[], b: readonly (Key | undefined)[] | undefined): boolean {
  if (!b || a.length !== b.length) return false;
  const set = new Set(a.map(keyId));
  return b.every((key) => set.has(keyId(key)));
}

export interface ModuleStep {
  readonly name: string;
  readonly key?: Key;
}

/** "module.a[0].module.b" → [{ name: "a", key: 0 }, { name: "b" }]; "" (the root module) → []. */
export function moduleSteps(moduleAddress: string | undefined): ModuleStep[] {
  if (!moduleAddress) return [];
  const steps = parseTraversal(moduleAddress) ?? [];
  const result: ModuleStep[] = [];
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    const next = steps[i + 1];
    if (!('attr' in step) || step.attr !== 'module' || !next || !('attr' in next)) continue;
    const key = steps[i + 2];
    if (key && 'key' in key) {
      result.push({ name: next.attr, key: key.key });
      i += 2;
    } else {
      result.push({ name: next.attr });
      i += 1;
    }
  }
  return result;
}

export function joinAddress(prefix: string, part: string): string {
  return prefix ? `${prefix}.${part}` : part;
}

/** The address of a resource in configuration terms: "aws_instance.node", "data.aws_subnet.nodes". */
export function resourceKey(mode: string, type: string, name: string): string {
  return mode === 'data' ? `data.${type}.${name}` : `${type}.${name}`;
}
