import { lstat } from 'node:fs/promises';
import { UserError } from '../errors.js';
import { checkTrustedFile } from '../io/read.js';
import { UNCONFINED, type FileRoots } from '../io/roots.js';
import type { Provider } from '../model/provider.js';
import type { FailOn } from '../report/types.js';
import { RULE_IDS } from '../rules/index.js';
import type { Severity } from '../model/finding.js';
import { SourceDocument } from '../sources/document.js';
import { schemaError } from '../sources/schema-error.js';
import schema from './config-file.schema.json' with { type: 'json' };
import { DEFAULTS } from './settings/defaults.js';
import { validate, type Suppression } from './suppress.js';

export interface ConfigFile {
  readonly provider?: Provider;
  readonly clusterCIDRs?: string[];
  readonly failOn?: FailOn;
  readonly strict?: boolean;
  readonly severity?: Record<string, Severity>;
  readonly ignore?: { rule: string; target?: string; reason: string }[];
}

export interface LoadedConfig {
  readonly file?: string;
  readonly config: ConfigFile;
  readonly suppressions: readonly Suppression[];
}

/**
 * Reads --config, or .hostgw-preflight.yml in the working directory when it exists (a link counts as existing,
 * even a dangling one: it is refused or reported, never silently ignored).
 */
export async function loadConfig(explicit: string | undefined, roots: FileRoots = UNCONFINED): Promise<LoadedConfig> {
  const file =
    explicit ??
    (await lstat(DEFAULTS.config).then(
      () => DEFAULTS.config,
      () => undefined,
    ));
  if (!file) return { config: {}, suppressions: [] };
  await checkTrustedFile(file, 'the configuration file', roots);
  const document = await SourceDocument.load(file);
  const value = document.values[0] ?? {};
  const { default: Ajv } = await import('ajv');
  const check = new Ajv.default({ strict: true }).compile<ConfigFile>(schema);
  if (!check(value)) {
    throw schemaError(check.errors![0]!, document, 0, 'configuration');
  }
  for (const rule of Object.keys(value.severity ?? {})) {
    if (!RULE_IDS.has(rule)) throw new UserError(`severity: unknown rule "${rule}"`, file);
  }
  const suppressions = (value.ignore ?? []).map((entry) => validate({ ...entry, from: file }));
  return { file, config: value, suppressions };
}
