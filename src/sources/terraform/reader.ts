import type { ReadContext } from '../context.js';
import type { FormatReader } from '../format.js';
import { record } from '../values.js';
import { mapAws } from './aws.js';
import { mapAzure } from './azure.js';
import { mapGce } from './gce.js';
import { SourceLocator } from './locator.js';
import { Mapping } from './mapping.js';
import { finishTerraform } from './finish.js';
import { collect, TfModel } from './model.js';
import { PlanData, terraformKind } from './plan.js';
import { Resolver } from './references.js';

/**
 * `terraform show -json` of a saved plan or of the state. What it describes is collected here and joined with
 * the other inputs once all are read (finish.ts): whether a machine is an existing node depends on them.
 */
export const terraformShowJson: FormatReader = {
  id: 'terraform-show-json',
  producedBy: 'terraform show -json tfplan (a saved plan), or terraform show -json (the state)',
  matches: (value) => terraformKind(value) !== undefined,
  async read(value: unknown, context: ReadContext) {
    const plan = PlanData.read(record(value), terraformKind(value)!);
    const locator = new SourceLocator(context.source.file, plan.root);
    await locator.prepare(plan.instances);
    const model = new TfModel(context.source.file);
    const mapping = new Mapping(plan, new Resolver(plan), locator, context, model);
    const count = mapAws(mapping) + mapGce(mapping) + mapAzure(mapping);
    collect(context.builder, model, finishTerraform);
    return count;
  },
};
