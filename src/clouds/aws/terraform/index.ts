import type { TerraformCloud } from '../../../sources/terraform/cloud.js';

/** AWS resources of a Terraform plan or state; the mappers load with the first Terraform document. */
export const awsTerraform: TerraformCloud = {
  provider: 'aws',
  load: async () => (await import('./mappers.js')).awsMappers,
};
