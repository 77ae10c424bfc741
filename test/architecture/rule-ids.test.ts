import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';

// The engine and the fixer read what a rule does from its metadata flags: a rule id written in them would tie
// behaviour to one rule's name, which a new rule could then not share.
const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const IDS = RULES.map((rule) => rule.meta.id);

function typeScriptFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return typeScriptFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Comments may name a rule as an example (the --ignore syntax); only code ties behaviour to it. */
function code(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

/** The rule ids the source's code names as string literals, in any quotes. */
function ruleIdLiterals(source: string, ids: readonly string[] = IDS): string[] {
  const text = code(source);
  return ids.filter((id) => ["'", '"', '`'].some((quote) => text.includes(`${quote}${id}${quote}`)));
}

describe('rule ids in the engine and the fixer', () => {
  it.each(['engine', 'fix'])('src/%s names no rule id', (folder) => {
    const named = typeScriptFiles(join(SRC, folder)).flatMap((file) =>
      ruleIdLiterals(readFileSync(file, 'utf8')).map((id) => `${relative(SRC, file)}: '${id}'`),
    );
    expect(named).toEqual([]);
  });

  it('finds an id in any quotes, and not a longer name that contains it', () => {
    expect(ruleIdLiterals("if (id === 'check-incomplete')")).toEqual(['check-incomplete']);
    expect(ruleIdLiterals('ruleId: "policy-blocks-fix"')).toEqual(['policy-blocks-fix']);
    expect(ruleIdLiterals('`route-missing`')).toEqual(['route-missing']);
    expect(ruleIdLiterals("'route-missing-v2' and route-missing")).toEqual([]);
    expect(
      ruleIdLiterals("// 'route-stale' as given to --ignore\n/** \"route-stale:old-*\" */ const uri = 'https://x';"),
    ).toEqual([]);
    expect(ruleIdLiterals("const uri = 'https://x'; const id = 'route-stale';")).toEqual(['route-stale']);
  });
});
