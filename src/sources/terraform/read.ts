import type { ReadContext } from '../context.js';
import { record } from '../values.js';
import type { LoadedCloud } from './cloud.js';
import { terraformJoin } from './join.js';
import type { TerraformJsonKind } from './kind.js';
import { SourceLocator } from './locator.js';
import { mapResources } from './map.js';
import { Mapping } from './mapping.js';
import { TfModel } from './model.js';
import { PlanData } from './plan.js';
import { Resolver } from './references.js';

/**
 * Reads one `terraform show -json` document: its resources, mapped by the clouds' mappers into a model that the
 * builder joins with the other inputs once all are read. Returns the number of resources mapped.
 */
export async function readTerraform(
  value: unknown,
  kind: TerraformJsonKind,
  context: ReadContext,
  clouds: readonly LoadedCloud[],
): Promise<number> {
  const plan = PlanData.read(record(value), kind);
  const locator = new SourceLocator(context.source.file, plan.root);
  await locator.prepare(plan.instances);
  const model = new TfModel(context.source.file);
  const count = mapResources(new Mapping(plan, new Resolver(plan), locator, context, model.gaps), clouds, model);
  context.builder.collect(terraformJoin, model);
  return count;
}
