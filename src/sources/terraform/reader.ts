import type { ReadContext } from '../context.js';
import type { FormatReader } from '../format.js';
import type { TerraformCloud } from './cloud.js';
import { terraformKind } from './kind.js';

/**
 * `terraform show -json` of a saved plan or of the state, with the resource mappers of `clouds`. What it describes
 * is joined with the other inputs once all are read (join.ts): whether a machine is an existing node depends on
 * them. The reader and the mappers (~100 KB of the bundle) load only when a document is recognised, keeping every
 * other run's start-up smaller.
 */
export function terraformReader(clouds: readonly TerraformCloud[]): FormatReader {
  return {
    id: 'terraform-show-json',
    producedBy: 'terraform show -json tfplan (a saved plan), or terraform show -json (the state)',
    matches: (value) => terraformKind(value) !== undefined,
    async read(value: unknown, context: ReadContext) {
      const { readTerraform } = await import('./read.js');
      const loaded = await Promise.all(
        clouds.map(async (cloud) => ({ provider: cloud.provider, mappers: await cloud.load() })),
      );
      return readTerraform(value, terraformKind(value)!, context, loaded);
    },
  };
}
