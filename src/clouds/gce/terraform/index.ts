import type { TerraformCloud } from '../../../sources/terraform/cloud.js';

/** GCE resources of a Terraform plan or state; the mappers load with the first Terraform document. */
export const gceTerraform: TerraformCloud = {
  provider: 'gce',
  load: async () => (await import('./mappers.js')).gceMappers,
};
