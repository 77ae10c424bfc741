/**
 * providerID schemes of the clouds this tool does not check, and of the distributions that name no cloud at all.
 * A node on an unchecked cloud is never passed as bare metal in silence: its cloud may drop or misroute pod traffic
 * in ways no input here describes, so the report names what is left unverified there.
 */
export interface UncheckedCloud {
  /** The providerID scheme, lower-cased: "openstack". */
  readonly scheme: string;
  readonly name: string;
  /** What host-gw needs from that cloud and this tool does not verify, as a phrase. */
  readonly unverified: string;
}

const GENERIC = "that the cloud's network delivers packets addressed to pod IPs the machines do not own";

const UNCHECKED: Readonly<Record<string, Omit<UncheckedCloud, 'scheme'>>> = {
  openstack: {
    name: 'OpenStack',
    unverified:
      'port security and allowed-address-pairs on the node ports, as Neutron drops traffic from addresses a port does not own',
  },
  hcloud: { name: 'Hetzner Cloud', unverified: 'the routes of the private network for each pod CIDR' },
  equinixmetal: { name: 'Equinix Metal', unverified: `the network mode of the node ports, and ${GENERIC}` },
  packet: { name: 'Equinix Metal', unverified: `the network mode of the node ports, and ${GENERIC}` },
  digitalocean: {
    name: 'DigitalOcean',
    unverified: `${GENERIC}, as droplets may not be able to route foreign pod IPs`,
  },
  linode: { name: 'Linode', unverified: GENERIC },
  ibm: { name: 'IBM Cloud', unverified: `IP spoofing protection on the node interfaces, and ${GENERIC}` },
  oci: {
    name: 'Oracle Cloud',
    unverified: 'the source/destination check of the VNICs, and the route rules of the VCN',
  },
  alicloud: { name: 'Alibaba Cloud', unverified: 'the VPC route table entries for each pod CIDR' },
  exoscale: { name: 'Exoscale', unverified: GENERIC },
  scaleway: { name: 'Scaleway', unverified: GENERIC },
  ovhcloud: { name: 'OVHcloud', unverified: `port security on the node ports, and ${GENERIC}` },
  cloudstack: { name: 'CloudStack', unverified: GENERIC },
  vultr: { name: 'Vultr', unverified: GENERIC },
};

/** Distributions whose providerID names the node, not a cloud: the machine is found by its address, if at all. */
const NO_CLOUD: ReadonlySet<string> = new Set(['k3s', 'rke2', 'kind']);

/** The cloud a scheme names that this tool does not check; any scheme it does not know is one too. */
export function uncheckedCloud(scheme: string): UncheckedCloud {
  const known = UNCHECKED[scheme];
  return known ? { scheme, ...known } : { scheme, name: `${shortened(scheme)}://`, unverified: GENERIC };
}

/** An unknown scheme comes from a node object, so any length: messages name its start. */
function shortened(scheme: string): string {
  return scheme.length > MAX_SCHEME_SHOWN ? `${scheme.slice(0, MAX_SCHEME_SHOWN)}…` : scheme;
}

const MAX_SCHEME_SHOWN = 40;

export function namesNoCloud(scheme: string): boolean {
  return NO_CLOUD.has(scheme);
}
