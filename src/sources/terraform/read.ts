import type { ReadContext } from '../context.js';
import { record } from '../values.js';
import { mapAws } from './aws.js';
import { mapAzure } from './azure.js';
import { mapGce } from './gce.js';
import { terraformJoin } from './join.js';
import type { TerraformJsonKind } from './kind.js';
import { SourceLocator } from './locator.js';
import { Mapping } from './mapping.js';
import { TfModel } from './model.js';
import { PlanData } from './plan.js';
import { Resolver } from './references.js';

/** Reads one `terraform show -json` document into the builder; returns the number of machines and resources mapped. */
export async function readTerraform(value: unknown, kind: TerraformJsonKind, context: ReadContext): Promise<number> {
  const plan = PlanData.read(record(value), kind);
  const locator = new SourceLocator(context.source.file, plan.root);
  await locator.prepare(plan.instances);
  const model = new TfModel(context.source.file);
  const mapping = new Mapping(plan, new Resolver(plan), locator, context, model);
  const count = mapAws(mapping) + mapGce(mapping) + mapAzure(mapping);
  context.builder.collect(terraformJoin, model);
  return count;
}
