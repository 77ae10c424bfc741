import type { ErrorObject, ValidateFunction } from 'ajv';
import type { ReadContext } from '../context.js';
import schema from './inventory.schema.json' with { type: 'json' };

let validator: ValidateFunction | undefined;

/** Ajv is loaded on first use: most runs read no inventory and should not pay for compiling a schema. */
async function compile(): Promise<ValidateFunction> {
  if (!validator) {
    const { default: Ajv } = await import('ajv');
    validator = new Ajv.default({ allErrors: false, strict: true }).compile(schema);
  }
  return validator;
}

function describe(error: ErrorObject): string {
  const where = error.instancePath || '/';
  if (error.keyword === 'additionalProperties') return `${where}: unknown property ${JSON.stringify(error.params.additionalProperty)}`;
  if (error.keyword === 'enum') return `${where}: must be one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  if (error.keyword === 'oneOf') return `${where}: needs exactly one of nextHopIp, nextHopNode or nextHopOther`;
  return `${where}: ${error.message ?? 'is invalid'}`;
}

export async function validateInventory(value: unknown, context: ReadContext): Promise<void> {
  const validate = await compile();
  if (validate(value)) return;
  const error = validate.errors![0]!;
  const path = error.instancePath.split('/').slice(1).map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment.replace(/~1/g, '/').replace(/~0/g, '~')));
  context.fail(path, `HostGwInventory schema: ${describe(error)}`);
}
