/**
 * The Compute Engine clients the tool uses, each from its own file: the package's v1 index loads all of its ~100
 * clients, which would put 2.5 MB more into the bundle's GCE chunk (a dynamic import of this module keeps it lazy).
 */
export { FirewallsClient } from '@google-cloud/compute/build/src/v1/firewalls_client.js';
export { GlobalOperationsClient } from '@google-cloud/compute/build/src/v1/global_operations_client.js';
export { InstancesClient } from '@google-cloud/compute/build/src/v1/instances_client.js';
export { RoutesClient } from '@google-cloud/compute/build/src/v1/routes_client.js';
export { SubnetworksClient } from '@google-cloud/compute/build/src/v1/subnetworks_client.js';
export { ZoneOperationsClient } from '@google-cloud/compute/build/src/v1/zone_operations_client.js';
