import type { NetworkAcl, NetworkInterface, Reservation, SecurityGroup, Subnet, Vpc } from '@aws-sdk/client-ec2';
import type { Dump } from '../../../sources/live/types.js';

/** What every region gave; a flag turns false when that listing was denied or failed in some region. */
export interface Listings {
  readonly reservations: Reservation[];
  readonly enis: NetworkInterface[];
  readonly subnets: Subnet[];
  readonly vpcs: Vpc[];
  readonly securityGroups: SecurityGroup[];
  readonly networkAcls: NetworkAcl[];
  instancesRead: boolean;
  interfacesRead: boolean;
  groupsRead: boolean;
  aclsRead: boolean;
}

/** Nothing read yet, and nothing failed. */
export function emptyListings(): Listings {
  return {
    reservations: [],
    enis: [],
    subnets: [],
    vpcs: [],
    securityGroups: [],
    networkAcls: [],
    instancesRead: true,
    interfacesRead: true,
    groupsRead: true,
    aclsRead: true,
  };
}

/** A listing that was denied is left out rather than given empty: absent data is check-incomplete, not "not found". */
export function dumpsOf(listings: Listings): Dump[] {
  const dumps: Dump[] = listings.instancesRead
    ? [{ name: 'aws-instances.json', value: { Reservations: listings.reservations }, kinds: ['instances'] }]
    : [];
  if (listings.interfacesRead)
    dumps.push({
      name: 'aws-network-interfaces.json',
      value: { NetworkInterfaces: listings.enis },
      kinds: ['interfaces'],
    });
  dumps.push(
    { name: 'aws-subnets.json', value: { Subnets: listings.subnets } },
    { name: 'aws-vpcs.json', value: { Vpcs: listings.vpcs } },
  );
  // Without the groups, the ACLs alone would read as "nothing allows pod traffic": no firewall data at all then.
  if (listings.groupsRead)
    dumps.push({
      name: 'aws-security-groups.json',
      value: { SecurityGroups: listings.securityGroups },
      kinds: ['firewalls'],
    });
  if (listings.groupsRead && listings.aclsRead)
    dumps.push({ name: 'aws-network-acls.json', value: { NetworkAcls: listings.networkAcls }, kinds: ['firewalls'] });
  return dumps;
}
