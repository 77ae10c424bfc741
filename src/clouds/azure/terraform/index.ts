import type { TerraformCloud } from '../../../sources/terraform/cloud.js';

/** Azure resources of a Terraform plan or state; the mappers load with the first Terraform document. */
export const azureTerraform: TerraformCloud = {
  provider: 'azure',
  load: async () => (await import('./mappers.js')).azureMappers,
};
