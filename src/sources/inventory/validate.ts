import type { ValidateFunction } from 'ajv';
import type { ReadContext } from '../context.js';
import { schemaError } from '../schema-error.js';
import schema from './inventory.schema.json' with { type: 'json' };

let validator: ValidateFunction | undefined;

/** Ajv is loaded on first use: most runs read no inventory and should not pay for compiling a schema. */
async function compile(): Promise<ValidateFunction> {
  if (!validator) {
    const { default: Ajv } = await import('ajv');
    validator = new Ajv.default({ strict: true, strictRequired: false }).compile(schema);
  }
  return validator;
}

export async function validateInventory(value: unknown, context: ReadContext): Promise<void> {
  const validate = await compile();
  if (validate(value)) return;
  // A failed oneOf is reported after its branches' errors, which alone would name just one of the choices.
  const error = validate.errors!.find((e) => !e.schemaPath.includes('/oneOf/')) ?? validate.errors![0]!;
  const hint = error.keyword === 'oneOf' ? 'needs exactly one of nextHopIp, nextHopNode or nextHopOther' : undefined;
  throw schemaError(error, context.source, context.doc, 'HostGwInventory schema', hint);
}
