import type { ReadContext } from '../context.js';
import type { FormatReader } from '../format.js';
import { terraformKind } from './kind.js';

/**
 * `terraform show -json` of a saved plan or of the state. What it describes is collected here and joined with
 * the other inputs once all are read (finish.ts): whether a machine is an existing node depends on them. The
 * reader itself (~100 KB of the bundle) loads only when a document is recognised, keeping every other run's
 * start-up smaller.
 */
export const terraformShowJson: FormatReader = {
  id: 'terraform-show-json',
  producedBy: 'terraform show -json tfplan (a saved plan), or terraform show -json (the state)',
  matches: (value) => terraformKind(value) !== undefined,
  async read(value: unknown, context: ReadContext) {
    const { readTerraform } = await import('./read.js');
    return readTerraform(value, terraformKind(value)!, context);
  },
};
