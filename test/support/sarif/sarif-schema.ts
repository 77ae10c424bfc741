import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { Ajv, type ValidateFunction } from 'ajv';

/** The OASIS schema (see README.md here), handed to Ajv's draft-07 mode with its draft-04 root `id` as `$id`. */
function loadSchema(): object {
  const { $schema, id, ...schema } = JSON.parse(
    readFileSync(new URL('./sarif-schema-2.1.0.json', import.meta.url), 'utf8'),
  ) as Record<string, unknown>;
  if ($schema !== 'http://json-schema.org/draft-04/schema#') throw new Error(`unexpected $schema ${String($schema)}`);
  return { $id: id, ...schema };
}

// RFC 3339 date-time, and RFC 3986 URIs: absolute ones need a scheme, references only must parse against a base.
const DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

function parsesAsUrl(text: string, base?: string): boolean {
  return URL.canParse(text, base) && !/\s/.test(text);
}

let validator: ValidateFunction | undefined;

function compile(): ValidateFunction {
  if (!validator) {
    const ajv = new Ajv({ strict: false, allErrors: true });
    ajv.addFormat('date-time', DATE_TIME);
    ajv.addFormat('uri', (text: string) => SCHEME.test(text) && parsesAsUrl(text));
    ajv.addFormat('uri-reference', (text: string) => parsesAsUrl(text, 'file:///checkout/'));
    validator = ajv.compile(loadSchema());
  }
  return validator;
}

/** Where a SARIF log breaks the OASIS 2.1.0 schema: one line per error, empty when it is valid. */
export function sarifSchemaErrors(log: unknown): string[] {
  const validate = compile();
  if (validate(log)) return [];
  return validate.errors!.map((error) => `${error.instancePath || '/'} ${error.message ?? error.keyword}`);
}

/** GitHub code scanning's documented limits (see README.md here): past them an upload is rejected. */
export const GITHUB_LIMITS = {
  runsPerFile: 20,
  resultsPerRun: 25_000,
  rulesPerRun: 25_000,
  extensionsPerRun: 100,
  locationsPerResult: 1_000,
  threadFlowLocationsPerResult: 10_000,
  tagsPerRule: 20,
  gzipBytes: 10 * 1024 * 1024,
} as const;

interface Run {
  results?: { locations?: unknown[]; codeFlows?: { threadFlows?: { locations?: unknown[] }[] }[] }[];
  tool: { driver: { rules?: { properties?: { tags?: unknown[] } }[] }; extensions?: unknown[] };
}

function most<T>(items: readonly T[], count: (item: T) => number): number {
  return items.reduce((max, item) => Math.max(max, count(item)), 0);
}

function threadFlowLocations(result: NonNullable<Run['results']>[number]): number {
  const flows = (result.codeFlows ?? []).flatMap((flow) => flow.threadFlows ?? []);
  return flows.reduce((sum, flow) => sum + (flow.locations?.length ?? 0), 0);
}

/** Which of GitHub's limits a SARIF file (as written) exceeds: empty when code scanning accepts all of it. */
export function githubLimitErrors(text: string): string[] {
  const runs = (JSON.parse(text) as { runs: Run[] }).runs;
  const errors: string[] = [];
  const check = (what: string, count: number, limit: number) => {
    if (count > limit) errors.push(`${what}: ${count} > ${limit}`);
  };
  check('runs per file', runs.length, GITHUB_LIMITS.runsPerFile);
  check('gzip bytes', gzipSync(text).length, GITHUB_LIMITS.gzipBytes);
  runs.forEach((run, i) => {
    const results = run.results ?? [];
    const rules = run.tool.driver.rules ?? [];
    check(`run ${i} results`, results.length, GITHUB_LIMITS.resultsPerRun);
    check(`run ${i} rules`, rules.length, GITHUB_LIMITS.rulesPerRun);
    check(`run ${i} extensions`, run.tool.extensions?.length ?? 0, GITHUB_LIMITS.extensionsPerRun);
    check(
      `run ${i} tags per rule`,
      most(rules, (r) => r.properties?.tags?.length ?? 0),
      GITHUB_LIMITS.tagsPerRule,
    );
    check(
      `run ${i} locations per result`,
      most(results, (r) => r.locations?.length ?? 0),
      GITHUB_LIMITS.locationsPerResult,
    );
    check(
      `run ${i} thread flow locations per result`,
      most(results, threadFlowLocations),
      GITHUB_LIMITS.threadFlowLocationsPerResult,
    );
  });
  return errors;
}
