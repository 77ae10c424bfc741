import type { ResourceMappers } from '../../../sources/terraform/cloud.js';
import { instanceMapper } from './instances.js';
import { groupMapper, templateMapper } from './pools.js';
import { routeMapper } from './routes.js';
import { subnetworkMapper } from './subnetworks.js';

/** GCE resources, in mapping order: managed instance groups claim their templates before the templates map. */
export const gceMappers: ResourceMappers = {
  google_compute_subnetwork: subnetworkMapper,
  google_compute_instance: instanceMapper,
  google_compute_instance_group_manager: groupMapper,
  google_compute_region_instance_group_manager: groupMapper,
  google_compute_instance_template: templateMapper,
  google_compute_region_instance_template: templateMapper,
  google_compute_route: routeMapper,
};
