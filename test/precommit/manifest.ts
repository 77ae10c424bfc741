import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/**
 * The rules pre-commit's own loader (pre_commit/clientlib.py, MANIFEST_HOOK_DICT, checked through cfgv) applies to a
 * `.pre-commit-hooks.yaml`: kept here so that a machine without pre-commit still checks the manifest.
 */
const LANGUAGES = [
  'conda',
  'coursier',
  'dart',
  'docker',
  'docker_image',
  'dotnet',
  'fail',
  'golang',
  'haskell',
  'julia',
  'lua',
  'node',
  'perl',
  'pygrep',
  'python',
  'r',
  'ruby',
  'rust',
  'script',
  'swift',
  'system',
  'unsupported',
  'unsupported_script',
];
const STAGES = [
  'commit-msg',
  'post-checkout',
  'post-commit',
  'post-merge',
  'post-rewrite',
  'pre-commit',
  'pre-merge-commit',
  'pre-push',
  'pre-rebase',
  'prepare-commit-msg',
  'manual',
];
const STRINGS = ['id', 'name', 'entry', 'alias', 'description', 'language_version', 'log_file'];
const REQUIRED = ['id', 'name', 'entry', 'language'];
const BOOLEANS = ['always_run', 'fail_fast', 'pass_filenames', 'require_serial', 'verbose'];
const STRING_ARRAYS = ['types', 'types_or', 'exclude_types', 'additional_dependencies', 'args', 'stages'];
const REGEXES = ['files', 'exclude'];
// A subset of identify's tags (pre-commit checks every one against identify): those a dump, plan or config file has.
const TYPE_TAGS = ['file', 'text', 'json', 'yaml', 'toml', 'terraform'];
const KNOWN = new Set([...STRINGS, 'language', ...BOOLEANS, ...STRING_ARRAYS, ...REGEXES]);
KNOWN.add('minimum_pre_commit_version');

export type Hook = Record<string, unknown>;

/** The problems pre-commit would report for one hook (an unknown key is only a warning there, an error here). */
export function hookProblems(hook: Hook): string[] {
  const problems: string[] = [];
  for (const key of REQUIRED) if (!(key in hook)) problems.push(`missing required key ${key}`);
  for (const key of Object.keys(hook)) if (!KNOWN.has(key)) problems.push(`unknown key ${key}`);
  for (const key of STRINGS) if (key in hook && typeof hook[key] !== 'string') problems.push(`${key}: not a string`);
  for (const key of BOOLEANS) if (key in hook && typeof hook[key] !== 'boolean') problems.push(`${key}: not a bool`);
  for (const key of STRING_ARRAYS) {
    const value = hook[key];
    if (key in hook && !(Array.isArray(value) && value.every((item) => typeof item === 'string'))) {
      problems.push(`${key}: not a list of strings`);
    }
  }
  if (!LANGUAGES.includes(hook.language as string)) problems.push(`language: ${String(hook.language)} is unknown`);
  for (const stage of (hook.stages as string[] | undefined) ?? []) {
    if (!STAGES.includes(stage)) problems.push(`stages: ${stage} is unknown`);
  }
  for (const key of ['types', 'types_or', 'exclude_types']) {
    for (const tag of (hook[key] as string[] | undefined) ?? []) {
      if (!TYPE_TAGS.includes(tag)) problems.push(`${key}: ${tag} is not a type tag this test knows`);
    }
  }
  for (const key of REGEXES) problems.push(...regexProblems(key, hook[key]));
  if (typeof hook.minimum_pre_commit_version !== 'string' || !/^\d+(\.\d+)*$/.test(hook.minimum_pre_commit_version)) {
    if ('minimum_pre_commit_version' in hook) problems.push('minimum_pre_commit_version: not a version');
  }
  return problems;
}

function regexProblems(key: string, value: unknown): string[] {
  if (value === undefined) return [];
  if (typeof value !== 'string') return [`${key}: not a string`];
  try {
    new RegExp(value);
    return [];
  } catch (error) {
    return [`${key}: ${(error as Error).message}`];
  }
}

/** The manifest is a YAML list of hooks with unique ids. */
export function readManifest(file: string): Hook[] {
  const hooks: unknown = parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(hooks)) throw new Error(`${file}: not a list of hooks`);
  return hooks as Hook[];
}
