import { mkdir, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FORMAT_READERS } from '../../src/clouds/index.js';
import { DISTRIBUTION_SAMPLES } from './distribution-samples.js';
import {
  byId,
  byName,
  check,
  fixture,
  json,
  removeTempDirs,
  snapshotOf,
  texts,
  writeFileIn,
  writeFiles,
} from './helpers.js';

afterAll(removeTempDirs);

// ---------------------------------------------------------------------------------------------------------------
// Realistic documents, trimmed to the fields that matter plus a few the readers must ignore.

const FLANNEL_ANNOTATIONS = {
  'flannel.alpha.coreos.com/backend-data': 'null',
  'flannel.alpha.coreos.com/backend-type': 'host-gw',
  'flannel.alpha.coreos.com/kube-subnet-manager': 'true',
};

interface NodeShape {
  readonly name: string;
  readonly ip?: string;
  readonly podCIDR?: string;
  readonly podCIDRs?: readonly string[];
  readonly providerID?: string;
  readonly os?: 'linux' | 'windows';
  readonly addresses?: readonly { address: string; type: string }[];
}

function kubeNode(shape: NodeShape): Record<string, unknown> {
  const os = shape.os ?? 'linux';
  const spec: Record<string, unknown> = {};
  if (shape.podCIDR) spec.podCIDR = shape.podCIDR;
  if (shape.podCIDRs) spec.podCIDRs = shape.podCIDRs;
  if (shape.providerID) spec.providerID = shape.providerID;
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      annotations: { ...FLANNEL_ANNOTATIONS, ...(shape.ip ? { 'flannel.alpha.coreos.com/public-ip': shape.ip } : {}) },
      labels: { 'beta.kubernetes.io/os': os, 'kubernetes.io/hostname': shape.name, 'kubernetes.io/os': os },
      name: shape.name,
      uid: '4f22a229-ad23-4de2-9e2a-5a171d00cff7',
    },
    spec,
    status: {
      addresses: shape.addresses ?? [
        { address: shape.ip ?? '10.0.0.1', type: 'InternalIP' },
        { address: shape.name, type: 'Hostname' },
      ],
      nodeInfo: { architecture: 'amd64', kubeletVersion: 'v1.30.4', operatingSystem: os },
    },
  };
}

function kubeList(items: unknown[]): Record<string, unknown> {
  return { apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '' } };
}

const NET_CONF_YAML = `apiVersion: v1
data:
  cni-conf.json: |
    {
      "name": "cbr0",
      "cniVersion": "0.3.1",
      "plugins": [{"type": "flannel", "delegate": {"hairpinMode": true, "isDefaultGateway": true}}]
    }
  net-conf.json: |
    {
      "Network": "10.42.0.0/16",
      "Backend": {
        "Type": "host-gw"
      }
    }
kind: ConfigMap
metadata:
  labels:
    app: flannel
  name: kube-flannel-cfg
  namespace: kube-flannel
`;

function flannelConfigMap(
  namespace: string,
  netConf: Record<string, unknown>,
  name = 'kube-flannel-cfg',
): Record<string, unknown> {
  return {
    apiVersion: 'v1',
    data: {
      'cni-conf.json': '{"name":"cbr0","cniVersion":"0.3.1","plugins":[{"type":"flannel"}]}\n',
      'net-conf.json': `${JSON.stringify(netConf, null, 2)}\n`,
    },
    kind: 'ConfigMap',
    metadata: { labels: { app: 'flannel' }, name, namespace },
  };
}

const RKE_FLANNEL = `# RKE1 cluster.yml
nodes:
  - address: 10.0.1.10
    user: ubuntu
    role: [controlplane, etcd, worker]
  - address: 10.0.1.11
    user: ubuntu
    role: [worker]
network:
  plugin: flannel
  options:
    flannel_backend_type: host-gw
    flannel_iface: eth0
services:
  kube-controller:
    cluster_cidr: 10.42.0.0/16
    service_cluster_ip_range: 10.43.0.0/16
  kubelet:
    cluster_domain: cluster.local
`;

const RKE_CANAL = `nodes:
  - address: 10.0.1.10
    user: ubuntu
    role: [controlplane, etcd, worker]
network:
  plugin: canal
  options:
    canal_flannel_backend_type: host-gw
services:
  kube-controller:
    cluster_cidr: 10.52.0.0/16
`;

const INVENTORY = `apiVersion: hostgw-preflight/v1
kind: HostGwInventory
metadata:
  name: rack-b
spec:
  provider: baremetal
  clusterCIDRs: [10.244.0.0/16]
  backend: host-gw
  subnets:
    - id: vlan20
      network: dc1
      cidrs: [192.168.20.0/24]
  nodes:
    - name: bm-1
      os: linux
      ips: [192.168.20.11]
      podCIDRs: [10.244.0.0/24]
      subnet: vlan20
      forwarding: true
    - name: bm-2
      os: windows
      ips: [192.168.20.12]
      podCIDRs: [10.244.1.0/24]
  routeTables:
    - id: tor-b
      subnets: [vlan20]
      routes:
        - name: pods-bm-1
          destination: 10.244.0.0/24
          nextHopNode: bm-1
        - name: pods-bm-2
          destination: 10.244.1.0/24
          nextHopIp: 192.168.20.12
  routes:
    - name: default
      destination: 0.0.0.0/0
      nextHopOther: internet
`;

const AWS_INSTANCE_ID = 'i-0a1b2c3d4e5f60718';

function awsEni(
  id: string,
  device: number,
  ips: string[],
  sourceDestCheck: boolean,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    Attachment: {
      AttachTime: '2026-09-14T07:02:41+00:00',
      AttachmentId: `eni-attach-${id.slice(4)}`,
      DeleteOnTermination: true,
      DeviceIndex: device,
      Status: 'attached',
      NetworkCardIndex: 0,
    },
    Description: '',
    Groups: [{ GroupName: 'k8s-nodes', GroupId: 'sg-0123456789abcdef0' }],
    Ipv6Addresses: [],
    MacAddress: '0a:1b:2c:3d:4e:5f',
    NetworkInterfaceId: id,
    OwnerId: '123456789012',
    PrivateDnsName: `ip-${ips[0]!.replace(/\./g, '-')}.ec2.internal`,
    PrivateIpAddress: ips[0],
    PrivateIpAddresses: ips.map((ip, i) => ({
      Primary: i === 0,
      PrivateDnsName: `ip-${ip.replace(/\./g, '-')}.ec2.internal`,
      PrivateIpAddress: ip,
    })),
    SourceDestCheck: sourceDestCheck,
    Status: 'in-use',
    SubnetId: 'subnet-0c1e5a7f3b9d20461',
    VpcId: 'vpc-07c4e9a2b5d8f1036',
    InterfaceType: 'interface',
    ...extra,
  };
}

function awsInstance(id: string, state: string, extra: Record<string, unknown>): Record<string, unknown> {
  return {
    AmiLaunchIndex: 0,
    ImageId: 'ami-0e86e20dae9224db8',
    InstanceId: id,
    InstanceType: 'm5.large',
    Placement: { AvailabilityZone: 'us-east-1a', GroupName: '', Tenancy: 'default' },
    State: { Code: state === 'running' ? 16 : 48, Name: state },
    VpcId: 'vpc-07c4e9a2b5d8f1036',
    ...extra,
  };
}

const AWS_INSTANCES = {
  Reservations: [
    {
      Groups: [],
      Instances: [
        awsInstance(AWS_INSTANCE_ID, 'running', {
          PrivateIpAddress: '10.0.1.57',
          SubnetId: 'subnet-0c1e5a7f3b9d20461',
          SourceDestCheck: false,
          NetworkInterfaces: [
            awsEni('eni-05c7e9a1b3d5f7092', 0, ['10.0.1.57'], false, {
              Ipv6Addresses: [{ Ipv6Address: '2600:1f18:0abc:0100:0000:0000:0000:0057' }],
            }),
            awsEni('eni-0d8f1a3c5e7b9d246', 1, ['10.0.1.140', '10.0.1.141'], true),
          ],
          Tags: [
            { Key: 'Name', Value: 'k8s-lin-workers' },
            { Key: 'aws:autoscaling:groupName', Value: 'k8s-lin-workers-asg' },
          ],
        }),
      ],
      OwnerId: '123456789012',
      ReservationId: 'r-0a1b2c3d4e5f60718',
    },
    {
      Groups: [],
      Instances: [
        // Terminated a few minutes ago: no ENI any more, and must not be read.
        awsInstance('i-0ffffeeeeddddcccc', 'terminated', {
          NetworkInterfaces: [],
          StateTransitionReason: 'User initiated',
          Tags: [{ Key: 'Name', Value: 'old' }],
        }),
        // A --query that dropped NetworkInterfaces: the instance attributes stand for the primary ENI.
        awsInstance('i-0123456789abcdef0', 'running', {
          PrivateIpAddress: '10.0.1.88',
          SubnetId: 'subnet-0c1e5a7f3b9d20461',
          SourceDestCheck: true,
        }),
      ],
      OwnerId: '123456789012',
      ReservationId: 'r-0b1b2c3d4e5f60718',
    },
  ],
};

function awsNetworkInterfaces(sourceDestCheck: boolean): Record<string, unknown> {
  return {
    NetworkInterfaces: [
      awsEni('eni-0d8f1a3c5e7b9d246', 1, ['10.0.1.140', '10.0.1.141'], sourceDestCheck, {
        Attachment: {
          AttachmentId: 'eni-attach-0d8f1a3c',
          DeviceIndex: 1,
          InstanceId: AWS_INSTANCE_ID,
          InstanceOwnerId: '123456789012',
          Status: 'attached',
        },
        AvailabilityZone: 'us-east-1a',
        RequesterManaged: false,
        TagSet: [],
      }),
      // Detached ENI: no Attachment, belongs to no instance.
      awsEni('eni-0e7a9c1b3d5f28461', 0, ['10.0.1.200'], true, { Attachment: undefined, Status: 'available' }),
    ],
  };
}

const AWS_SUBNETS = {
  Subnets: [
    {
      AvailabilityZone: 'us-east-1a',
      AvailableIpAddressCount: 244,
      CidrBlock: '10.0.1.0/24',
      DefaultForAz: false,
      MapPublicIpOnLaunch: false,
      State: 'available',
      SubnetId: 'subnet-0c1e5a7f3b9d20461',
      VpcId: 'vpc-07c4e9a2b5d8f1036',
      OwnerId: '123456789012',
      AssignIpv6AddressOnCreation: false,
      Ipv6CidrBlockAssociationSet: [
        {
          AssociationId: 'subnet-cidr-assoc-0aa',
          Ipv6CidrBlock: '2600:1f18:abc:100::/64',
          Ipv6CidrBlockState: { State: 'associated' },
        },
        {
          AssociationId: 'subnet-cidr-assoc-0bb',
          Ipv6CidrBlock: '2600:1f18:abc:1ff::/64',
          Ipv6CidrBlockState: { State: 'disassociated' },
        },
      ],
      Tags: [{ Key: 'Name', Value: 'k8s-private-us-east-1a' }],
    },
  ],
};

const AWS_VPCS = {
  Vpcs: [
    {
      CidrBlock: '10.0.0.0/16',
      DhcpOptionsId: 'dopt-0e2f4a6c8b1d3f579',
      State: 'available',
      VpcId: 'vpc-07c4e9a2b5d8f1036',
      OwnerId: '123456789012',
      InstanceTenancy: 'default',
      Ipv6CidrBlockAssociationSet: [
        {
          AssociationId: 'vpc-cidr-assoc-0c',
          Ipv6CidrBlock: '2600:1f18:abc:100::/56',
          Ipv6CidrBlockState: { State: 'associated' },
          NetworkBorderGroup: 'us-east-1',
          Ipv6Pool: 'Amazon',
        },
      ],
      CidrBlockAssociationSet: [
        { AssociationId: 'vpc-cidr-assoc-0a', CidrBlock: '10.0.0.0/16', CidrBlockState: { State: 'associated' } },
        { AssociationId: 'vpc-cidr-assoc-0b', CidrBlock: '10.1.0.0/16', CidrBlockState: { State: 'associated' } },
        { AssociationId: 'vpc-cidr-assoc-0d', CidrBlock: '10.2.0.0/16', CidrBlockState: { State: 'disassociated' } },
      ],
      IsDefault: false,
      Tags: [{ Key: 'Name', Value: 'k8s-prod-vpc' }],
    },
  ],
};

const GCE = 'https://www.googleapis.com/compute/v1/projects/acme-prod';

const GCLOUD_INSTANCES = [
  {
    canIpForward: true,
    cpuPlatform: 'Intel Cascade Lake',
    id: '4000000002069223703',
    kind: 'compute#instance',
    machineType: `${GCE}/zones/europe-west1-b/machineTypes/e2-standard-4`,
    metadata: {
      fingerprint: 'x',
      items: [
        { key: 'created-by', value: 'projects/123456789/zones/europe-west1-b/instanceGroupManagers/k8s-lin-pool' },
      ],
      kind: 'compute#metadata',
    },
    name: 'k8s-lin-1',
    networkInterfaces: [
      {
        kind: 'compute#networkInterface',
        name: 'nic0',
        network: `${GCE}/global/networks/k8s-net`,
        networkIP: '10.10.0.2',
        ipv6Address: 'fd20:a:b:0:0:0:0:2',
        stackType: 'IPV4_IPV6',
        subnetwork: `${GCE}/regions/europe-west1/subnetworks/k8s-nodes`,
      },
      {
        kind: 'compute#networkInterface',
        name: 'nic1',
        network: `${GCE}/global/networks/storage-net`,
        networkIP: '10.90.0.2',
        stackType: 'IPV4_ONLY',
        subnetwork: `${GCE}/regions/europe-west1/subnetworks/storage`,
      },
    ],
    selfLink: `${GCE}/zones/europe-west1-b/instances/k8s-lin-1`,
    status: 'RUNNING',
    tags: { fingerprint: '6smc4R4d39I=', items: ['k8s-node', 'linux-pool'] },
    zone: `${GCE}/zones/europe-west1-b`,
  },
  {
    // The API leaves canIpForward out when it is false.
    id: '4000000001677592277',
    kind: 'compute#instance',
    name: 'k8s-win-1',
    networkInterfaces: [
      {
        kind: 'compute#networkInterface',
        name: 'nic0',
        network: `${GCE}/global/networks/k8s-net`,
        networkIP: '10.10.0.3',
        stackType: 'IPV4_ONLY',
        subnetwork: `${GCE}/regions/europe-west1/subnetworks/k8s-nodes`,
      },
    ],
    selfLink: `${GCE}/zones/europe-west1-c/instances/k8s-win-1`,
    status: 'RUNNING',
    tags: { fingerprint: '42WmSpB8rSM=' },
    zone: `${GCE}/zones/europe-west1-c`,
  },
];

function gceRoute(
  name: string,
  destRange: string,
  hop: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    creationTimestamp: '2026-09-30T03:00:00.000-07:00',
    destRange,
    id: '5512345678901234567',
    kind: 'compute#route',
    name,
    network: `${GCE}/global/networks/k8s-net`,
    priority: 1000,
    selfLink: `${GCE}/global/routes/${name}`,
    ...hop,
    ...extra,
  };
}

const GCLOUD_ROUTES = [
  gceRoute(
    'default-route-7a1c5b8e0d2f4a66',
    '10.10.0.0/20',
    { nextHopNetwork: `${GCE}/global/networks/k8s-net` },
    { priority: 0, description: 'Default local route to the subnetwork 10.10.0.0/20.' },
  ),
  gceRoute(
    'default-route-3c9e2f1a7b6d5e44',
    '0.0.0.0/0',
    { nextHopGateway: `${GCE}/global/gateways/default-internet-gateway` },
    { description: 'Default route to the Internet.' },
  ),
  gceRoute(
    'k8s-lin-1-pods',
    '10.44.0.0/24',
    { nextHopInstance: `${GCE}/zones/europe-west1-b/instances/k8s-lin-1` },
    { tags: ['k8s-node'] },
  ),
  gceRoute('k8s-win-1-pods', '10.44.1.0/24', { nextHopIp: '10.10.0.3' }, { priority: 900 }),
  gceRoute(
    'to-office',
    '192.168.0.0/16',
    { nextHopGateway: `${GCE}/global/gateways/default-internet-gateway` },
    { priority: 800 },
  ),
  gceRoute('peering-route-5d8c2a', '10.200.0.0/16', { nextHopPeering: 'shared-services' }, { priority: 0 }),
];

const GCLOUD_SUBNETS = [
  {
    creationTimestamp: '2026-09-30T03:00:00.000-07:00',
    fingerprint: 'aGVsbG8=',
    gatewayAddress: '10.10.0.1',
    id: '3300000000000000001',
    ipCidrRange: '10.10.0.0/20',
    ipv6CidrRange: 'fd20:a:b:0:0:0:0:0/64',
    kind: 'compute#subnetwork',
    name: 'k8s-nodes',
    network: `${GCE}/global/networks/k8s-net`,
    privateIpGoogleAccess: true,
    region: `${GCE}/regions/europe-west1`,
    secondaryIpRanges: [{ ipCidrRange: '10.44.0.0/14', rangeName: 'pods' }],
    selfLink: `${GCE}/regions/europe-west1/subnetworks/k8s-nodes`,
    stackType: 'IPV4_IPV6',
  },
];

const AZ_SUB = '/subscriptions/3b9f6c1e-2d4a-4e8b-9f0c-7a1d5e2b8c46';
const AZ_RG = `${AZ_SUB}/resourceGroups/k8s-rg`;
const AZ_VNET = `${AZ_RG}/providers/Microsoft.Network/virtualNetworks/k8s-vnet`;
const AZ_TABLE = `${AZ_RG}/providers/Microsoft.Network/routeTables/k8s-pod-routes`;
const lower = (id: string) => id.toLowerCase();

function azNic(
  name: string,
  vm: string,
  ip: string,
  forwarding: boolean,
  casing: 'old' | 'new',
): Record<string, unknown> {
  const id = `${AZ_RG}/providers/Microsoft.Network/networkInterfaces/${name}`;
  const config = {
    etag: 'W/"3f9a0c2e-1111-4a2b-9c3d-5e6f7a8b9c0d"',
    id: `${id}/ipConfigurations/ipconfig1`,
    name: 'ipconfig1',
    primary: true,
    [casing === 'old' ? 'privateIPAddress' : 'privateIpAddress']: ip,
    [casing === 'old' ? 'privateIPAddressVersion' : 'privateIpAddressVersion']: 'IPv4',
    [casing === 'old' ? 'privateIPAllocationMethod' : 'privateIpAllocationMethod']: 'Dynamic',
    provisioningState: 'Succeeded',
    resourceGroup: 'k8s-rg',
    subnet: { id: `${AZ_VNET}/subnets/nodes`, resourceGroup: 'k8s-rg' },
    type: 'Microsoft.Network/networkInterfaces/ipConfigurations',
  };
  return {
    enableAcceleratedNetworking: false,
    [casing === 'old' ? 'enableIPForwarding' : 'enableIpForwarding']: forwarding,
    id,
    ipConfigurations: [config],
    location: 'westeurope',
    macAddress: '00-0D-3A-04-11-22',
    name,
    primary: true,
    provisioningState: 'Succeeded',
    resourceGroup: 'k8s-rg',
    type: 'Microsoft.Network/networkInterfaces',
    // az prints the VM's group as ARM stores it, often upper case.
    virtualMachine: {
      id: `${AZ_SUB}/resourceGroups/K8S-RG/providers/Microsoft.Compute/virtualMachines/${vm}`,
      resourceGroup: 'K8S-RG',
    },
  };
}

function azRoute(name: string, prefix: string, hopType: string, ip?: string): Record<string, unknown> {
  return {
    addressPrefix: prefix,
    etag: 'W/"9a8b7c6d-2222-4e5f-8a9b-0c1d2e3f4a5b"',
    hasBgpOverride: false,
    id: `${AZ_TABLE}/routes/${name}`,
    name,
    nextHopType: hopType,
    provisioningState: 'Succeeded',
    resourceGroup: 'k8s-rg',
    type: 'Microsoft.Network/routeTables/routes',
    ...(ip ? { nextHopIpAddress: ip } : {}),
  };
}

function azRouteTable(routes: unknown[], subnets?: string[]): Record<string, unknown> {
  return {
    disableBgpRoutePropagation: false,
    id: AZ_TABLE,
    location: 'westeurope',
    name: 'k8s-pod-routes',
    provisioningState: 'Succeeded',
    resourceGroup: 'k8s-rg',
    routes,
    ...(subnets ? { subnets: subnets.map((id) => ({ id, resourceGroup: 'k8s-rg' })) } : {}),
    type: 'Microsoft.Network/routeTables',
  };
}

function azSubnet(name: string, prefixes: Record<string, unknown>, routeTable?: string): Record<string, unknown> {
  return {
    ...prefixes,
    delegations: [],
    id: `${AZ_VNET}/subnets/${name}`,
    name,
    privateEndpointNetworkPolicies: 'Disabled',
    provisioningState: 'Succeeded',
    resourceGroup: 'k8s-rg',
    ...(routeTable ? { routeTable: { id: routeTable, resourceGroup: 'k8s-rg' } } : {}),
    type: 'Microsoft.Network/virtualNetworks/subnets',
  };
}

function azVm(
  name: string,
  type = 'Microsoft.Compute/virtualMachines',
  id = `${AZ_SUB}/resourceGroups/K8S-RG/providers/Microsoft.Compute/virtualMachines/${name}`,
): Record<string, unknown> {
  return {
    hardwareProfile: { vmSize: 'Standard_D4s_v5' },
    id,
    location: 'westeurope',
    name,
    networkProfile: {
      networkInterfaces: [
        {
          id: `${AZ_RG}/providers/Microsoft.Network/networkInterfaces/${name}-nic`,
          primary: null,
          resourceGroup: 'k8s-rg',
        },
      ],
    },
    provisioningState: 'Succeeded',
    resourceGroup: 'K8S-RG',
    tags: { cluster: 'k8s' },
    type,
  };
}

const AZ_VMSS_ID = `${AZ_SUB}/resourceGroups/K8S-RG/providers/Microsoft.Compute/virtualMachineScaleSets/k8s-win-ss`;

// One document per reader, each written to a file whose name says nothing about its format.
const SAMPLES: Record<string, { text: string; items: number }> = {
  'kubectl-list': {
    text: json(kubeList([kubeNode({ name: 'n1', ip: '10.0.1.10', podCIDR: '10.42.0.0/24' })])),
    items: 1,
  },
  'kubectl-nodes': { text: json(kubeNode({ name: 'n1', ip: '10.0.1.10', podCIDR: '10.42.0.0/24' })), items: 1 },
  'flannel-configmap': { text: NET_CONF_YAML, items: 1 },
  'rke-cluster-yml': { text: RKE_FLANNEL, items: 1 },
  ...DISTRIBUTION_SAMPLES,
  'rancher-cluster-config': {
    text: 'docker_root_dir: /var/lib/docker\nrancher_kubernetes_engine_config:\n  network:\n    plugin: canal\n',
    items: 1,
  },
  'rancher-v3-cluster': {
    text: json({ id: 'c-7xk2p', type: 'cluster', rancherKubernetesEngineConfig: { network: { plugin: 'canal' } } }),
    items: 1,
  },
  'hostgw-inventory': { text: INVENTORY, items: 5 },
  'aws-describe-instances': { text: json(AWS_INSTANCES), items: 3 },
  'aws-describe-network-interfaces': { text: json(awsNetworkInterfaces(true)), items: 2 },
  'aws-describe-subnets': { text: json(AWS_SUBNETS), items: 1 },
  'aws-describe-vpcs': { text: json(AWS_VPCS), items: 1 },
  'gcloud-instances': { text: JSON.stringify(GCLOUD_INSTANCES, null, 2), items: 2 },
  'gcloud-routes': { text: JSON.stringify(GCLOUD_ROUTES, null, 2), items: 6 },
  'gcloud-subnetworks': { text: JSON.stringify(GCLOUD_SUBNETS, null, 2), items: 1 },
  'az-network-nic-list': {
    text: JSON.stringify([azNic('k8s-lin-1-nic', 'k8s-lin-1', '10.20.1.4', true, 'new')], null, 2),
    items: 1,
  },
  'az-network-route-table-list': {
    text: JSON.stringify(
      [azRouteTable([azRoute('pods-k8s-lin-1', '10.244.0.0/24', 'VirtualAppliance', '10.20.1.4')])],
      null,
      2,
    ),
    items: 1,
  },
  'az-network-vnet-subnet-list': {
    text: JSON.stringify([azSubnet('nodes', { addressPrefix: '10.20.1.0/24' })], null, 2),
    items: 1,
  },
  'az-network-vnet-list': {
    text: JSON.stringify(
      [
        {
          addressSpace: { addressPrefixes: ['10.20.0.0/16'] },
          id: AZ_VNET,
          location: 'westeurope',
          name: 'k8s-vnet',
          subnets: [],
          type: 'Microsoft.Network/virtualNetworks',
        },
      ],
      null,
      2,
    ),
    items: 1,
  },
  'az-vm-list': { text: JSON.stringify([azVm('k8s-lin-1'), azVm('k8s-lin-2')], null, 2), items: 2 },
  'az-vmss-list-instances': {
    text: JSON.stringify(
      [
        azVm(
          'k8s-win-ss_0',
          'Microsoft.Compute/virtualMachineScaleSets/virtualMachines',
          `${AZ_VMSS_ID}/virtualMachines/0`,
        ),
      ],
      null,
      2,
    ),
    items: 1,
  },
  // `terraform show -json` of a state, on one line as Terraform prints it (plans: test/terraform/).
  'terraform-show-json': {
    text: JSON.stringify({
      format_version: '1.0',
      terraform_version: '1.9.8',
      values: {
        root_module: {
          resources: [
            {
              address: 'aws_subnet.nodes',
              mode: 'managed',
              type: 'aws_subnet',
              name: 'nodes',
              provider_name: 'registry.terraform.io/hashicorp/aws',
              schema_version: 1,
              values: {
                cidr_block: '10.0.1.0/24',
                id: 'subnet-0c1e5a7f3b9d20461',
                tags: { Name: 'k8s-nodes' },
                vpc_id: 'vpc-07c4e9a2b5d8f1036',
              },
              sensitive_values: { tags: {} },
            },
          ],
        },
      },
    }),
    items: 1,
  },
  // Policies that can refuse or flag the forwarding fix (test/policy/ has the rest).
  'az-policy-assignment-list': {
    text: JSON.stringify(
      [
        {
          description: null,
          displayName: 'Deny IP forwarding on NICs',
          enforcementMode: 'Default',
          id: '/subscriptions/3b9f6c1e-2d4a-4e8b-9f0c-7a1d5e2b8c46/providers/Microsoft.Authorization/policyAssignments/deny-nic-ipfwd',
          name: 'deny-nic-ipfwd',
          notScopes: [],
          policyDefinitionId:
            '/providers/Microsoft.Authorization/policyDefinitions/88c0b9da-ce96-4b03-9635-f29a937e2900',
          scope: '/subscriptions/3b9f6c1e-2d4a-4e8b-9f0c-7a1d5e2b8c46',
          type: 'Microsoft.Authorization/policyAssignments',
        },
      ],
      null,
      2,
    ),
    items: 1,
  },
  'gcloud-org-policy': {
    text: JSON.stringify(
      {
        name: 'projects/482913570164/policies/compute.vmCanIpForward',
        spec: { rules: [{ values: { allowedValues: ['under:projects/northwind-k8s'] } }] },
      },
      null,
      2,
    ),
    items: 1,
  },
  'aws-describe-config-rules': {
    text: json({
      ConfigRules: [
        {
          ConfigRuleName: 'ec2-enis-source-destination-check-enabled',
          Source: { Owner: 'AWS', SourceIdentifier: 'EC2_ENIS_SOURCE_DESTINATION_CHECK_ENABLED' },
          ConfigRuleState: 'ACTIVE',
        },
      ],
    }),
    items: 1,
  },
  // Firewalls for pod-traffic-blocked (test/firewall/ has the rest).
  'aws-describe-security-groups': {
    text: json({
      SecurityGroups: [
        {
          GroupId: 'sg-0a1b2c3d4e5f67890',
          GroupName: 'k8s-nodes',
          VpcId: 'vpc-1',
          IpPermissions: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '10.42.0.0/16' }], UserIdGroupPairs: [] }],
          IpPermissionsEgress: [],
        },
      ],
    }),
    items: 1,
  },
  'aws-describe-network-acls': {
    text: json({
      NetworkAcls: [
        {
          NetworkAclId: 'acl-1',
          Associations: [{ SubnetId: 'subnet-1' }],
          Entries: [{ CidrBlock: '0.0.0.0/0', Egress: false, Protocol: '-1', RuleAction: 'allow', RuleNumber: 100 }],
        },
      ],
    }),
    items: 1,
  },
  'gcloud-firewall-rules': {
    text: JSON.stringify(
      [
        {
          allowed: [{ IPProtocol: 'all' }],
          direction: 'INGRESS',
          kind: 'compute#firewall',
          name: 'pods',
          network: 'https://www.googleapis.com/compute/v1/projects/p/global/networks/n',
          priority: 1000,
          sourceRanges: ['10.52.0.0/16'],
        },
      ],
      null,
      2,
    ),
    items: 1,
  },
  'az-network-nsg-list': {
    text: JSON.stringify(
      [
        {
          id: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/n',
          name: 'n',
          securityRules: [],
          type: 'Microsoft.Network/networkSecurityGroups',
        },
      ],
      null,
      2,
    ),
    items: 1,
  },
  'ip-json-addr': {
    text: JSON.stringify([
      {
        ifindex: 2,
        ifname: 'eth0',
        flags: ['BROADCAST', 'MULTICAST', 'UP', 'LOWER_UP'],
        mtu: 1500,
        operstate: 'UP',
        addr_info: [{ family: 'inet', local: '10.0.1.5', prefixlen: 24, scope: 'global', label: 'eth0' }],
      },
    ]),
    items: 1,
  },
  'ip-json-route': {
    text: JSON.stringify([
      { dst: 'default', gateway: '10.0.1.1', dev: 'eth0', protocol: 'dhcp', metric: 100, flags: [] },
      { dst: '10.0.1.0/24', dev: 'eth0', protocol: 'kernel', scope: 'link', prefsrc: '10.0.1.5', flags: [] },
    ]),
    items: 2,
  },
  'get-netipaddress-json': {
    text: JSON.stringify(
      { IPAddress: '10.0.1.6', InterfaceAlias: 'vEthernet (Ethernet)', PrefixLength: 24, AddressFamily: 2, Type: 1 },
      null,
      4,
    ).replace(/\n/g, '\r\n'),
    items: 1,
  },
  'get-netroute-json': {
    text: JSON.stringify(
      [
        {
          DestinationPrefix: '10.0.1.6/32',
          NextHop: '0.0.0.0',
          InterfaceAlias: 'vEthernet (Ethernet)',
          AddressFamily: 2,
        },
      ],
      null,
      4,
    ),
    items: 1,
  },
  'govc-vm-info': {
    text: json({
      virtualMachines: [
        {
          self: { type: 'VirtualMachine', value: 'vm-1' },
          name: 'n1',
          config: { uuid: '4221a1b2-c3d4-e5f6-0718-293a4b5c6d7e' },
          guest: { toolsRunningStatus: 'guestToolsRunning', net: [{ network: 'pg', ipAddress: ['10.0.0.5'] }] },
        },
      ],
    }),
    items: 1,
  },
  'govc-object-collect': {
    text: json([
      {
        kind: 'enter',
        obj: { type: 'VirtualMachine', value: 'vm-1' },
        changeSet: [{ name: 'config.uuid', op: 'assign', val: '4221a1b2-c3d4-e5f6-0718-293a4b5c6d7e' }],
      },
    ]),
    items: 1,
  },
};

describe('format recognition', () => {
  it('has a sample for every reader', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(FORMAT_READERS.map((reader) => reader.id).sort());
  });

  it.each(Object.entries(SAMPLES))('recognises %s by content in a file named x.txt', async (id, sample) => {
    const file = await writeFileIn('x.txt', sample.text);
    const snapshot = await snapshotOf(file);
    expect(snapshot.sources).toEqual([{ file, format: id, items: sample.items }]);
  });

  it('ignores misleading file names when walking a folder', async () => {
    const dir = await writeFiles({
      'nodes.json': json(AWS_SUBNETS),
      'subnets.yaml': json(kubeList([kubeNode({ name: 'n1', ip: '10.0.1.10', podCIDR: '10.42.0.0/24' })])),
      'kube-flannel-cfg.yaml': json(AWS_VPCS),
    });
    const snapshot = await snapshotOf(dir);
    expect(snapshot.sources).toEqual([
      { file: join(dir, 'kube-flannel-cfg.yaml'), format: 'aws-describe-vpcs', items: 1 },
      { file: join(dir, 'nodes.json'), format: 'aws-describe-subnets', items: 1 },
      { file: join(dir, 'subnets.yaml'), format: 'kubectl-list', items: 1 },
    ]);
    expect(snapshot.nodes.map((node) => node.name)).toEqual(['n1']);
    expect(snapshot.subnets.map((subnet) => subnet.id)).toEqual(['subnet-0c1e5a7f3b9d20461']);
    expect(snapshot.flannel).toEqual([]);
  });
});

describe('folders', () => {
  it('follows symbolic links to files, as in a ConfigMap mounted as a volume', async () => {
    const dir = await writeFiles({
      '..2026_09_14_07_06_30.123/nodes.json': json(
        kubeList([kubeNode({ name: 'n1', ip: '10.0.1.10', podCIDR: '10.42.0.0/24' })]),
      ),
    });
    const volume = join(dir, 'volume');
    await mkdir(volume);
    await symlink(join(dir, '..2026_09_14_07_06_30.123'), join(volume, '..data'));
    await symlink(join('..data', 'nodes.json'), join(volume, 'nodes.json'));
    await symlink(join('..data', 'deleted.json'), join(volume, 'dangling.json'));
    const snapshot = await snapshotOf(volume);
    expect(snapshot.sources).toEqual([{ file: join(volume, 'nodes.json'), format: 'kubectl-list', items: 1 }]);
    expect(snapshot.nodes.map((node) => node.name)).toEqual(['n1']);
  });
});

describe('files named twice', () => {
  it('reads a file once when it is given both inside a folder and on its own', async () => {
    const dir = fixture('aws', 'healthy');
    const snapshot = await snapshotOf(dir, join(dir, 'kube-flannel-cfg.yaml'), `${dir}/./nodes.json`);
    expect(snapshot.sources.map((source) => source.format)).toEqual([
      'aws-describe-instances',
      'flannel-configmap',
      'aws-describe-network-interfaces',
      'kubectl-list',
      'aws-describe-subnets',
      'aws-describe-vpcs',
    ]);
    expect(snapshot.flannel).toHaveLength(1);
  });
});

describe('kubectl nodes', () => {
  it('reads a kubectl get nodes -o json List (aws/healthy fixture)', async () => {
    const file = fixture('aws', 'healthy', 'nodes.json');
    const snapshot = await snapshotOf(file);
    expect(snapshot.sources).toEqual([{ file, format: 'kubectl-list', items: 5 }]);
    expect(
      snapshot.nodes.map((node) => [node.name, node.os, node.internalIps, texts(node.podCidrs), node.instanceKey]),
    ).toEqual([
      ['ip-10-0-1-201.ec2.internal', 'windows', ['10.0.1.201'], ['10.42.4.0/24'], 'aws:i-0a29c6e8f4b1d7035'],
      ['ip-10-0-1-23.ec2.internal', 'linux', ['10.0.1.23'], ['10.42.0.0/24'], 'aws:i-0f3a9c1e7b2d45810'],
      // ExternalIP 3.91.47.118 comes first in this node's addresses.
      ['ip-10-0-1-57.ec2.internal', 'linux', ['10.0.1.57'], ['10.42.1.0/24'], 'aws:i-06b8d2e4f1a3c5079'],
      ['ip-10-0-1-88.ec2.internal', 'windows', ['10.0.1.88'], ['10.42.2.0/24'], 'aws:i-0c47e1a9b3d6f2058'],
      ['rancher-wrk-04', 'linux', ['10.0.1.112'], ['10.42.3.0/24'], undefined],
    ]);
    const cp = byName(snapshot.nodes, 'ip-10-0-1-23.ec2.internal');
    expect(cp).toMatchObject({
      providerId: 'aws:///us-east-1a/i-0f3a9c1e7b2d45810',
      provider: 'aws',
      backendType: 'host-gw',
      flannelPublicIp: '10.0.1.23',
      origin: { file, doc: 0, path: ['items', 0] },
    });
    expect(byName(snapshot.nodes, 'rancher-wrk-04').provider).toBeUndefined();
    expect(snapshot.provider).toBe('aws');
    expect(snapshot.present.has('nodes')).toBe(true);
  });

  it('reads a kubectl get nodes -o yaml List (gce/healthy fixture)', async () => {
    const file = fixture('gce', 'healthy', 'nodes.yaml');
    const snapshot = await snapshotOf(file);
    expect(snapshot.sources).toEqual([{ file, format: 'kubectl-list', items: 5 }]);
    expect(
      snapshot.nodes.map((node) => [node.name, node.os, node.internalIps, texts(node.podCidrs), node.instanceKey]),
    ).toEqual([
      ['k8s-cp-0', 'linux', ['10.30.0.2'], ['10.52.0.0/24'], 'gce:northwind-k8s/us-central1-a/k8s-cp-0'],
      ['k8s-lin-pool-1', 'linux', ['10.30.0.3'], ['10.52.1.0/24'], 'gce:northwind-k8s/us-central1-a/k8s-lin-pool-1'],
      ['k8s-lin-pool-2', 'linux', ['10.30.0.4'], ['10.52.2.0/24'], 'gce:northwind-k8s/us-central1-b/k8s-lin-pool-2'],
      ['k8s-win-pool-1', 'windows', ['10.30.0.5'], ['10.52.3.0/24'], 'gce:northwind-k8s/us-central1-b/k8s-win-pool-1'],
      ['k8s-win-pool-2', 'windows', ['10.30.0.6'], ['10.52.4.0/24'], 'gce:northwind-k8s/us-central1-c/k8s-win-pool-2'],
    ]);
    expect(snapshot.nodes.every((node) => node.provider === 'gce')).toBe(true);
  });

  it('reads a single kind: Node in YAML', async () => {
    const file = await writeFileIn(
      'node.yaml',
      `apiVersion: v1
kind: Node
metadata:
  annotations:
    flannel.alpha.coreos.com/backend-type: vxlan
    flannel.alpha.coreos.com/public-ip: 192.168.10.12
  labels:
    kubernetes.io/os: linux
  name: bm-wrk-01
spec:
  podCIDR: 10.244.1.0/24
  podCIDRs:
  - 10.244.1.0/24
status:
  addresses:
  - address: 192.168.10.12
    type: InternalIP
  - address: bm-wrk-01
    type: Hostname
`,
    );
    const snapshot = await snapshotOf(file);
    expect(snapshot.sources).toEqual([{ file, format: 'kubectl-nodes', items: 1 }]);
    expect(snapshot.nodes).toEqual([
      {
        name: 'bm-wrk-01',
        os: 'linux',
        internalIps: ['192.168.10.12'],
        podCidrs: [expect.objectContaining({ text: '10.244.1.0/24', family: 4, prefix: 24 })],
        providerId: undefined,
        instanceKey: undefined,
        provider: undefined,
        backendType: 'vxlan',
        flannelPublicIp: '192.168.10.12',
        origin: { file, doc: 0, path: [] },
      },
    ]);
    expect(snapshot.provider).toBe('baremetal');
  });

  it('reads a kind: NodeList', async () => {
    const file = await writeFileIn(
      'nodes.json',
      json({
        apiVersion: 'v1',
        items: [
          kubeNode({ name: 'a', ip: '10.0.0.1', podCIDR: '10.42.0.0/24' }),
          kubeNode({ name: 'b', ip: '10.0.0.2', podCIDR: '10.42.1.0/24', os: 'windows' }),
        ],
        kind: 'NodeList',
        metadata: { resourceVersion: '4412907' },
      }),
    );
    const snapshot = await snapshotOf(file);
    expect(snapshot.sources).toEqual([{ file, format: 'kubectl-nodes', items: 2 }]);
    expect(snapshot.nodes.map((node) => [node.name, node.os, node.internalIps, texts(node.podCidrs)])).toEqual([
      ['a', 'linux', ['10.0.0.1'], ['10.42.0.0/24']],
      ['b', 'windows', ['10.0.0.2'], ['10.42.1.0/24']],
    ]);
    expect(byName(snapshot.nodes, 'b').origin).toEqual({ file, doc: 0, path: ['items', 1] });
  });

  it('reads a List holding Nodes and the flannel ConfigMap, skipping other ConfigMaps', async () => {
    const file = await writeFileIn(
      'cluster.json',
      json(
        kubeList([
          kubeNode({ name: 'a', ip: '10.0.0.1', podCIDR: '10.42.0.0/24' }),
          // `kubectl get nodes,configmaps -n kube-flannel` also prints the namespace's kube-root-ca.crt.
          {
            apiVersion: 'v1',
            data: { 'ca.crt': '-----BEGIN CERTIFICATE-----\n' },
            kind: 'ConfigMap',
            metadata: { name: 'kube-root-ca.crt', namespace: 'kube-flannel' },
          },
          flannelConfigMap('kube-flannel', { Network: '10.42.0.0/16', Backend: { Type: 'host-gw' } }),
          kubeNode({ name: 'b', ip: '10.0.0.2', podCIDR: '10.42.1.0/24' }),
        ]),
      ),
    );
    const snapshot = await snapshotOf(file);
    expect(snapshot.sources).toEqual([{ file, format: 'kubectl-list', items: 4 }]);
    expect(snapshot.nodes.map((node) => node.name)).toEqual(['a', 'b']);
    expect(snapshot.flannel).toEqual([
      {
        network: expect.objectContaining({ text: '10.42.0.0/16' }),
        ipv6Network: undefined,
        backendType: 'host-gw',
        describedBy: 'ConfigMap kube-flannel/kube-flannel-cfg',
        origin: { file, doc: 0, path: ['items', 2, 'data', 'net-conf.json'] },
      },
    ]);
    expect(texts(snapshot.clusterCidrs)).toEqual(['10.42.0.0/16']);
  });

  it('takes the InternalIPs whatever their place among the addresses', async () => {
    const file = await writeFileIn(
      'n.json',
      json(
        kubeNode({
          name: 'ip-10-0-1-57.ec2.internal',
          addresses: [
            { address: '3.91.47.118', type: 'ExternalIP' },
            { address: '10.0.1.57', type: 'InternalIP' },
            { address: 'ip-10-0-1-57.ec2.internal', type: 'InternalDNS' },
            { address: '2600:1f18:0abc:0100::0057', type: 'InternalIP' },
            { address: 'ip-10-0-1-57.ec2.internal', type: 'Hostname' },
          ],
        }),
      ),
    );
    const [node] = (await snapshotOf(file)).nodes;
    // IPv6 addresses are kept in canonical form so that joins with cloud data match.
    expect(node!.internalIps).toEqual(['10.0.1.57', '2600:1f18:abc:100::57']);
  });

  it('reads dual-stack podCIDRs in preference to podCIDR', async () => {
    const file = await writeFileIn(
      'n.json',
      json(
        kubeNode({
          name: 'k8s-lin-a1',
          ip: '10.20.1.4',
          podCIDR: '10.244.0.0/24',
          podCIDRs: ['10.244.0.0/24', 'fd00:10:244:0::/64'],
        }),
      ),
    );
    const [node] = (await snapshotOf(file)).nodes;
    expect(node!.podCidrs.map((cidr) => [cidr.text, cidr.family, cidr.prefix])).toEqual([
      ['10.244.0.0/24', 4, 24],
      ['fd00:10:244::/64', 6, 64],
    ]);
  });

  it('takes the OS from the labels, then from nodeInfo', async () => {
    const labelled = kubeNode({ name: 'win-labelled', os: 'windows' });
    const betaOnly = kubeNode({ name: 'win-beta-label', os: 'windows' });
    delete (betaOnly.metadata as { labels: Record<string, string> }).labels['kubernetes.io/os'];
    const infoOnly = kubeNode({ name: 'win-nodeinfo', os: 'windows' });
    (infoOnly.metadata as { labels?: unknown }).labels = undefined;
    const unknown = kubeNode({ name: 'no-os' });
    (unknown.metadata as { labels?: unknown }).labels = undefined;
    (unknown.status as { nodeInfo?: unknown }).nodeInfo = undefined;
    const file = await writeFileIn('n.json', json(kubeList([labelled, betaOnly, infoOnly, unknown])));
    const snapshot = await snapshotOf(file);
    expect(snapshot.nodes.map((node) => [node.name, node.os])).toEqual([
      ['no-os', 'unknown'],
      ['win-beta-label', 'windows'],
      ['win-labelled', 'windows'],
      ['win-nodeinfo', 'windows'],
    ]);
  });

  it.each([
    ['aws:///us-east-1a/i-0f3a9c1e7b2d45810', 'aws', 'aws:i-0f3a9c1e7b2d45810'],
    ['aws:///eu-west-1b/fargate-ip-10-0-1-9.eu-west-1.compute.internal', 'aws', undefined],
    ['gce://northwind-k8s/us-central1-a/k8s-cp-0', 'gce', 'gce:northwind-k8s/us-central1-a/k8s-cp-0'],
    [
      `azure://${AZ_SUB}/resourcegroups/k8s-rg/providers/Microsoft.Compute/virtualMachines/k8s-lin-1`,
      'azure',
      `azure:${lower(AZ_SUB)}/resourcegroups/k8s-rg/providers/microsoft.compute/virtualmachines/k8s-lin-1`,
    ],
    ['vsphere://4230B1E5-8C1A-2B6F-3D4E-5F6A7B8C9D0E', 'vsphere', 'vsphere:4230b1e5-8c1a-2b6f-3d4e-5f6a7b8c9d0e'],
    ['kind://docker/kind/kind-worker', undefined, undefined],
  ])('parses providerID %s', async (providerID, provider, instanceKey) => {
    const file = await writeFileIn('n.json', json(kubeNode({ name: 'n', ip: '10.0.0.5', providerID })));
    const [node] = (await snapshotOf(file)).nodes;
    expect(node).toMatchObject({ providerId: providerID, provider, instanceKey });
  });

  it('joins an Azure providerID spelling resourcegroups in lower case with NIC and VM ids spelling resourceGroups', async () => {
    const dir = await writeFiles({
      'nodes.json': json(
        kubeList([
          kubeNode({
            name: 'k8s-lin-1',
            ip: '10.20.1.4',
            providerID: `azure://${AZ_SUB}/resourcegroups/k8s-rg/providers/Microsoft.Compute/virtualMachines/k8s-lin-1`,
          }),
        ]),
      ),
      'nics.json': JSON.stringify([azNic('k8s-lin-1-nic', 'k8s-lin-1', '10.20.1.4', true, 'old')], null, 2),
      'vms.json': JSON.stringify([azVm('k8s-lin-1')], null, 2),
    });
    const snapshot = await snapshotOf(dir);
    const node = byName(snapshot.nodes, 'k8s-lin-1');
    expect(node.instanceKey).toBeDefined();
    expect(snapshot.interfaces.map((iface) => iface.instanceKey)).toEqual([node.instanceKey]);
    expect(snapshot.instances.map((instance) => instance.key)).toEqual([node.instanceKey]);
  });

  it('joins the azure/healthy fixture: every node has its NIC and its VM', async () => {
    const snapshot = await snapshotOf(fixture('azure', 'healthy'));
    const instanceKeys = new Set(snapshot.instances.map((instance) => instance.key));
    const nicKeys = new Set(snapshot.interfaces.map((iface) => iface.instanceKey));
    expect(snapshot.nodes).toHaveLength(5);
    for (const node of snapshot.nodes) {
      expect(instanceKeys.has(node.instanceKey!)).toBe(true);
      expect(nicKeys.has(node.instanceKey!)).toBe(true);
    }
  });
});

describe('flannel ConfigMap', () => {
  it('reads kube-flannel-cfg from the kube-flannel namespace (fixture, YAML)', async () => {
    const file = fixture('aws', 'healthy', 'kube-flannel-cfg.yaml');
    const snapshot = await snapshotOf(file);
    expect(snapshot.sources).toEqual([{ file, format: 'flannel-configmap', items: 1 }]);
    expect(snapshot.flannel).toEqual([
      {
        network: expect.objectContaining({ text: '10.42.0.0/16' }),
        ipv6Network: undefined,
        backendType: 'host-gw',
        describedBy: 'ConfigMap kube-flannel/kube-flannel-cfg',
        origin: { file, doc: 0, path: ['data', 'net-conf.json'] },
      },
    ]);
    expect(texts(snapshot.clusterCidrs)).toEqual(['10.42.0.0/16']);
    expect(snapshot.present.has('flannel')).toBe(true);
  });

  it('reads Network, IPv6Network and Backend.Type from a kube-system ConfigMap in JSON', async () => {
    const file = await writeFileIn(
      'cm.json',
      json(
        flannelConfigMap('kube-system', {
          Network: '10.244.0.0/16',
          IPv6Network: 'fd00:10:244::/56',
          EnableIPv6: true,
          Backend: { Type: 'vxlan', VNI: 4096 },
        }),
      ),
    );
    const snapshot = await snapshotOf(file);
    expect(snapshot.flannel.map((f) => [f.describedBy, f.network?.text, f.ipv6Network?.text, f.backendType])).toEqual([
      ['ConfigMap kube-system/kube-flannel-cfg', '10.244.0.0/16', 'fd00:10:244::/56', 'vxlan'],
    ]);
    expect(texts(snapshot.clusterCidrs)).toEqual(['10.244.0.0/16', 'fd00:10:244::/56']);
  });

  it('recognises a ConfigMap with another name by its net-conf.json', async () => {
    const file = await writeFileIn(
      'cm.json',
      json(
        flannelConfigMap('kube-system', { Network: '10.42.0.0/16', Backend: { Type: 'host-gw' } }, 'rke2-canal-config'),
      ),
    );
    const snapshot = await snapshotOf(file);
    expect(snapshot.sources[0]!.format).toBe('flannel-configmap');
    expect(snapshot.flannel[0]!.describedBy).toBe('ConfigMap kube-system/rke2-canal-config');
  });
});

describe('RKE cluster.yml', () => {
  it('reads network.plugin flannel with flannel_backend_type and cluster_cidr', async () => {
    const file = await writeFileIn('cluster.yml', RKE_FLANNEL);
    const snapshot = await snapshotOf(file);
    expect(snapshot.sources).toEqual([{ file, format: 'rke-cluster-yml', items: 1 }]);
    expect(snapshot.flannel).toEqual([
      {
        network: expect.objectContaining({ text: '10.42.0.0/16' }),
        backendType: 'host-gw',
        describedBy: 'RKE cluster.yml (network.plugin flannel)',
        origin: { file, doc: 0, path: ['network', 'options', 'flannel_backend_type'] },
      },
    ]);
    expect(texts(snapshot.clusterCidrs)).toEqual(['10.42.0.0/16']);
  });

  it('reads canal with canal_flannel_backend_type', async () => {
    const file = await writeFileIn('cluster.yml', RKE_CANAL);
    const snapshot = await snapshotOf(file);
    expect(snapshot.flannel.map((f) => [f.describedBy, f.backendType, f.network?.text])).toEqual([
      ['RKE cluster.yml (network.plugin canal)', 'host-gw', '10.52.0.0/16'],
    ]);
  });

  // RKE applies its defaults (rancher/rke cluster/defaults.go): the cluster runs 10.42.0.0/16, not "no network".
  it("applies RKE's defaults for the backend and cluster_cidr when cluster.yml says nothing, and names them", async () => {
    const file = await writeFileIn(
      'cluster.yml',
      'nodes:\n  - address: 10.0.1.10\n    user: ubuntu\n    role: [worker]\nnetwork:\n  plugin: canal\n',
    );
    const snapshot = await snapshotOf(file);
    expect(snapshot.flannel.map((f) => [f.backendType, f.network?.text, f.defaulted])).toEqual([
      ['vxlan', '10.42.0.0/16', ['flannel backend vxlan', 'cluster_cidr 10.42.0.0/16']],
    ]);
    expect(texts(snapshot.clusterCidrs)).toEqual(['10.42.0.0/16']);
  });
});

describe('aws', () => {
  it('reads describe-instances: embedded ENIs, several per instance, terminated instances ignored', async () => {
    const file = await writeFileIn('instances.json', json(AWS_INSTANCES));
    const snapshot = await snapshotOf(file);
    expect(
      snapshot.instances.map((instance) => [instance.key, instance.id, instance.name, instance.managedBy]),
    ).toEqual([
      [`aws:${AWS_INSTANCE_ID}`, AWS_INSTANCE_ID, 'k8s-lin-workers', 'k8s-lin-workers-asg'],
      ['aws:i-0123456789abcdef0', 'i-0123456789abcdef0', undefined, undefined],
    ]);
    expect(snapshot.instances[0]!.tags).toEqual(['Name', 'aws:autoscaling:groupName']);
    expect(
      snapshot.interfaces.map((iface) => [iface.id, iface.instanceKey, iface.ips, iface.subnetId, iface.forwarding]),
    ).toEqual([
      [
        'eni-05c7e9a1b3d5f7092',
        `aws:${AWS_INSTANCE_ID}`,
        ['10.0.1.57', '2600:1f18:abc:100::57'],
        'subnet-0c1e5a7f3b9d20461',
        true,
      ],
      [
        'eni-0d8f1a3c5e7b9d246',
        `aws:${AWS_INSTANCE_ID}`,
        ['10.0.1.140', '10.0.1.141'],
        'subnet-0c1e5a7f3b9d20461',
        false,
      ],
      ['i-0123456789abcdef0/primary', 'aws:i-0123456789abcdef0', ['10.0.1.88'], 'subnet-0c1e5a7f3b9d20461', false],
    ]);
    expect(snapshot.interfaces.every((iface) => iface.provider === 'aws')).toBe(true);
    expect(snapshot.provider).toBe('aws');
  });

  it.each([
    ['instances first', ['instances.json', 'enis.json']],
    ['interfaces first', ['enis.json', 'instances.json']],
  ])('lets describe-network-interfaces override the embedded SourceDestCheck (%s)', async (_, order) => {
    const flipped = structuredClone(AWS_INSTANCES);
    // Embedded copy says forwarding is on; the interface listing is more recent and says it is off.
    (flipped.Reservations[0]!.Instances[0]!.NetworkInterfaces as { SourceDestCheck: boolean }[])[1]!.SourceDestCheck =
      false;
    const dir = await writeFiles({ 'instances.json': json(flipped), 'enis.json': json(awsNetworkInterfaces(true)) });
    const snapshot = await snapshotOf(...order.map((name) => join(dir, name)));
    expect(byId(snapshot.interfaces, 'eni-0d8f1a3c5e7b9d246')).toMatchObject({
      forwarding: false,
      ips: ['10.0.1.140', '10.0.1.141'],
      instanceKey: `aws:${AWS_INSTANCE_ID}`,
      origin: { file: join(dir, 'enis.json'), doc: 0, path: ['NetworkInterfaces', 0] },
    });
    expect(byId(snapshot.interfaces, 'eni-05c7e9a1b3d5f7092').forwarding).toBe(true);
  });

  it('reads describe-network-interfaces on its own: attachment gives the instance, detached ENIs have none', async () => {
    const file = await writeFileIn('enis.json', json(awsNetworkInterfaces(false)));
    const snapshot = await snapshotOf(file);
    expect(
      snapshot.interfaces.map((iface) => [iface.id, iface.name, iface.instanceKey, iface.ips, iface.forwarding]),
    ).toEqual([
      ['eni-0d8f1a3c5e7b9d246', 'eni-0d8f1a3c5e7b9d246', `aws:${AWS_INSTANCE_ID}`, ['10.0.1.140', '10.0.1.141'], true],
      ['eni-0e7a9c1b3d5f28461', 'eni-0e7a9c1b3d5f28461', undefined, ['10.0.1.200'], false],
    ]);
    expect(snapshot.instances).toEqual([]);
  });

  it('reads the aws/broken fixture: the device-1 ENI with SourceDestCheck true is not forwarding', async () => {
    const snapshot = await snapshotOf(fixture('aws', 'broken'));
    expect(byId(snapshot.interfaces, 'eni-0a5b7c9d1e3f46802')).toMatchObject({
      forwarding: false,
      ips: ['10.0.1.140'],
      instanceKey: 'aws:i-0d3e5f7a9b1c24680',
    });
    expect(byId(snapshot.interfaces, 'eni-0e4f6a8b0c2d35791')).toMatchObject({
      forwarding: true,
      ips: ['10.0.1.57'],
      instanceKey: 'aws:i-0d3e5f7a9b1c24680',
    });
    expect(byId(snapshot.interfaces, 'eni-0c9d1e3f5a7b80246').subnetId).toBe('subnet-0f2e4d6c8b0a13579');
    expect(snapshot.interfaces).toHaveLength(8);
  });

  it('reads describe-subnets, ignoring disassociated IPv6 blocks', async () => {
    const file = await writeFileIn('subnets.json', json(AWS_SUBNETS));
    const snapshot = await snapshotOf(file);
    expect(snapshot.subnets).toEqual([
      {
        id: 'subnet-0c1e5a7f3b9d20461',
        name: 'k8s-private-us-east-1a',
        cidrs: [
          expect.objectContaining({ text: '10.0.1.0/24' }),
          expect.objectContaining({ text: '2600:1f18:abc:100::/64' }),
        ],
        networkId: 'vpc-07c4e9a2b5d8f1036',
        origin: { file, doc: 0, path: ['Subnets', 0] },
      },
    ]);
  });

  it('reads describe-vpcs: each CIDR block once, disassociated blocks ignored', async () => {
    const file = await writeFileIn('vpcs.json', json(AWS_VPCS));
    const snapshot = await snapshotOf(file);
    expect(snapshot.networks.map((network) => [network.id, network.name, texts(network.cidrs)])).toEqual([
      ['vpc-07c4e9a2b5d8f1036', 'k8s-prod-vpc', ['10.0.0.0/16', '10.1.0.0/16', '2600:1f18:abc:100::/56']],
    ]);
  });

  it('reads the aws/healthy fixture VPC with its primary CIDR once', async () => {
    const snapshot = await snapshotOf(fixture('aws', 'healthy', 'vpcs.json'));
    expect(texts(snapshot.networks[0]!.cidrs)).toEqual(['10.0.0.0/16', '10.1.0.0/16']);
  });
});

describe('gcloud', () => {
  it('reads instances: every nic, canIpForward absent meaning false', async () => {
    const file = await writeFileIn('instances.json', JSON.stringify(GCLOUD_INSTANCES, null, 2));
    const snapshot = await snapshotOf(file);
    expect(snapshot.instances).toEqual([
      {
        key: 'gce:acme-prod/europe-west1-b/k8s-lin-1',
        provider: 'gce',
        id: 'projects/acme-prod/zones/europe-west1-b/instances/k8s-lin-1',
        name: 'k8s-lin-1',
        network: 'projects/acme-prod/global/networks/k8s-net',
        tags: ['k8s-node', 'linux-pool'],
        managedBy: 'projects/123456789/zones/europe-west1-b/instanceGroupManagers/k8s-lin-pool',
        origin: { file, doc: 0, path: [0] },
      },
      {
        key: 'gce:acme-prod/europe-west1-c/k8s-win-1',
        provider: 'gce',
        id: 'projects/acme-prod/zones/europe-west1-c/instances/k8s-win-1',
        name: 'k8s-win-1',
        network: 'projects/acme-prod/global/networks/k8s-net',
        tags: [],
        managedBy: undefined,
        origin: { file, doc: 0, path: [1] },
      },
    ]);
    expect(
      snapshot.interfaces.map((iface) => [
        iface.id,
        iface.name,
        iface.instanceKey,
        iface.ips,
        iface.subnetId,
        iface.forwarding,
      ]),
    ).toEqual([
      [
        'projects/acme-prod/zones/europe-west1-b/instances/k8s-lin-1/nic0',
        'k8s-lin-1/nic0',
        'gce:acme-prod/europe-west1-b/k8s-lin-1',
        ['10.10.0.2', 'fd20:a:b::2'],
        'projects/acme-prod/regions/europe-west1/subnetworks/k8s-nodes',
        true,
      ],
      [
        'projects/acme-prod/zones/europe-west1-b/instances/k8s-lin-1/nic1',
        'k8s-lin-1/nic1',
        'gce:acme-prod/europe-west1-b/k8s-lin-1',
        ['10.90.0.2'],
        'projects/acme-prod/regions/europe-west1/subnetworks/storage',
        true,
      ],
      [
        'projects/acme-prod/zones/europe-west1-c/instances/k8s-win-1/nic0',
        'k8s-win-1/nic0',
        'gce:acme-prod/europe-west1-c/k8s-win-1',
        ['10.10.0.3'],
        'projects/acme-prod/regions/europe-west1/subnetworks/k8s-nodes',
        false,
      ],
    ]);
  });

  it('reads routes: system routes flagged; instance, IP and gateway next hops', async () => {
    const file = await writeFileIn('routes.json', JSON.stringify(GCLOUD_ROUTES, null, 2));
    const snapshot = await snapshotOf(file);
    expect(
      snapshot.routes.map((route) => [
        route.name,
        route.dest.text,
        route.nextHop,
        route.priority,
        route.tags,
        route.system,
      ]),
    ).toEqual([
      [
        'default-route-7a1c5b8e0d2f4a66',
        '10.10.0.0/20',
        { kind: 'other', text: 'network projects/acme-prod/global/networks/k8s-net', type: 'nextHopNetwork' },
        0,
        [],
        true,
      ],
      [
        'default-route-3c9e2f1a7b6d5e44',
        '0.0.0.0/0',
        {
          kind: 'other',
          text: 'gateway projects/acme-prod/global/gateways/default-internet-gateway',
          type: 'nextHopGateway',
        },
        1000,
        [],
        true,
      ],
      [
        'k8s-lin-1-pods',
        '10.44.0.0/24',
        {
          kind: 'instance',
          instanceKey: 'gce:acme-prod/europe-west1-b/k8s-lin-1',
          text: 'instance projects/acme-prod/zones/europe-west1-b/instances/k8s-lin-1',
        },
        1000,
        ['k8s-node'],
        false,
      ],
      ['k8s-win-1-pods', '10.44.1.0/24', { kind: 'ip', ip: '10.10.0.3', text: 'IP 10.10.0.3' }, 900, [], false],
      [
        'to-office',
        '192.168.0.0/16',
        {
          kind: 'other',
          text: 'gateway projects/acme-prod/global/gateways/default-internet-gateway',
          type: 'nextHopGateway',
        },
        800,
        [],
        false,
      ],
      [
        'peering-route-5d8c2a',
        '10.200.0.0/16',
        { kind: 'other', text: 'peering shared-services', type: 'nextHopPeering' },
        0,
        [],
        true,
      ],
    ]);
    expect(snapshot.routes[2]).toMatchObject({
      id: 'projects/acme-prod/global/routes/k8s-lin-1-pods',
      provider: 'gce',
      network: 'projects/acme-prod/global/networks/k8s-net',
    });
  });

  it('reads subnets list', async () => {
    const file = await writeFileIn('subnets.json', JSON.stringify(GCLOUD_SUBNETS, null, 2));
    const snapshot = await snapshotOf(file);
    expect(snapshot.subnets.map((subnet) => [subnet.id, subnet.name, texts(subnet.cidrs), subnet.networkId])).toEqual([
      [
        'projects/acme-prod/regions/europe-west1/subnetworks/k8s-nodes',
        'k8s-nodes',
        ['10.10.0.0/20', 'fd20:a:b::/64'],
        'projects/acme-prod/global/networks/k8s-net',
      ],
    ]);
  });

  it('reads the gce/broken fixture: k8s-lin-1 does not forward, the stale route points at a missing instance', async () => {
    const snapshot = await snapshotOf(fixture('gce', 'broken'));
    const lin1 = snapshot.interfaces.filter((iface) => iface.name.startsWith('k8s-lin-1/'));
    expect(lin1.map((iface) => iface.forwarding)).toEqual([false]);
    expect(byName(snapshot.routes, 'stg-pods-k8s-lin-4').nextHop).toMatchObject({
      kind: 'instance',
      instanceKey: 'gce:acme-staging/europe-west4-b/k8s-lin-4',
    });
    expect(byName(snapshot.routes, 'stg-pods-k8s-lin-3').tags).toEqual(['linux-pool']);
  });
});

describe('az', () => {
  it.each([
    ['enableIPForwarding / privateIPAddress', 'old' as const],
    ['enableIpForwarding / privateIpAddress', 'new' as const],
  ])('reads az network nic list with %s', async (_, casing) => {
    const file = await writeFileIn(
      'nics.json',
      JSON.stringify(
        [
          azNic('k8s-lin-1-nic', 'k8s-lin-1', '10.20.1.4', true, casing),
          azNic('k8s-lin-2-nic', 'k8s-lin-2', '10.20.1.5', false, casing),
        ],
        null,
        2,
      ),
    );
    const snapshot = await snapshotOf(file);
    const vm = (name: string) =>
      `azure:${lower(AZ_SUB)}/resourcegroups/k8s-rg/providers/microsoft.compute/virtualmachines/${name}`;
    expect(
      snapshot.interfaces.map((iface) => [
        iface.id,
        iface.name,
        iface.instanceKey,
        iface.ips,
        iface.subnetId,
        iface.forwarding,
      ]),
    ).toEqual([
      [
        lower(`${AZ_RG}/providers/Microsoft.Network/networkInterfaces/k8s-lin-1-nic`),
        'k8s-lin-1-nic',
        vm('k8s-lin-1'),
        ['10.20.1.4'],
        lower(`${AZ_VNET}/subnets/nodes`),
        true,
      ],
      [
        lower(`${AZ_RG}/providers/Microsoft.Network/networkInterfaces/k8s-lin-2-nic`),
        'k8s-lin-2-nic',
        vm('k8s-lin-2'),
        ['10.20.1.5'],
        lower(`${AZ_VNET}/subnets/nodes`),
        false,
      ],
    ]);
    expect(snapshot.instances.map((instance) => [instance.key, instance.name])).toEqual([
      [vm('k8s-lin-1'), 'k8s-lin-1'],
      [vm('k8s-lin-2'), 'k8s-lin-2'],
    ]);
    const key = casing === 'old' ? 'enableIPForwarding' : 'enableIpForwarding';
    expect(snapshot.interfaces[1]!.origin).toEqual({ file, doc: 0, path: [1, key] });
  });

  it('reads az network route-table list: routes and subnet associations', async () => {
    const file = await writeFileIn(
      'route-tables.json',
      JSON.stringify(
        [
          azRouteTable(
            [
              azRoute('pods-k8s-lin-1-v4', '10.244.0.0/24', 'VirtualAppliance', '10.20.1.4'),
              azRoute('pods-k8s-lin-1-v6', 'fd00:10:244::/64', 'VirtualAppliance', 'fd00:20:0:1::4'),
              azRoute('to-internet', '0.0.0.0/0', 'Internet'),
            ],
            [
              `${AZ_VNET}/subnets/nodes-b`,
              `${AZ_SUB}/resourceGroups/K8S-RG/providers/Microsoft.Network/virtualNetworks/k8s-vnet/subnets/nodes-a`,
            ],
          ),
        ],
        null,
        2,
      ),
    );
    const snapshot = await snapshotOf(file);
    const tableId = lower(AZ_TABLE);
    expect(
      snapshot.routes.map((route) => [
        route.id,
        route.name,
        route.dest.text,
        route.nextHop,
        route.tableId,
        route.system,
      ]),
    ).toEqual([
      [
        `${tableId}/routes/pods-k8s-lin-1-v4`,
        'pods-k8s-lin-1-v4',
        '10.244.0.0/24',
        { kind: 'ip', ip: '10.20.1.4', text: 'VirtualAppliance 10.20.1.4' },
        tableId,
        false,
      ],
      [
        `${tableId}/routes/pods-k8s-lin-1-v6`,
        'pods-k8s-lin-1-v6',
        'fd00:10:244::/64',
        { kind: 'ip', ip: 'fd00:20:0:1::4', text: 'VirtualAppliance fd00:20:0:1::4' },
        tableId,
        false,
      ],
      [
        `${tableId}/routes/to-internet`,
        'to-internet',
        '0.0.0.0/0',
        { kind: 'other', text: 'Internet', type: 'Internet' },
        tableId,
        false,
      ],
    ]);
    expect(snapshot.routeTables).toEqual([
      {
        id: tableId,
        name: 'k8s-pod-routes',
        subnetIds: [lower(`${AZ_VNET}/subnets/nodes-a`), lower(`${AZ_VNET}/subnets/nodes-b`)],
        origin: { file, doc: 0, path: [0] },
      },
    ]);
  });

  it('reads az network vnet subnet list, taking the route table association from the subnet side', async () => {
    const dir = await writeFiles({
      'route-tables.json': JSON.stringify(
        [azRouteTable([azRoute('pods-a', '10.244.0.0/24', 'VirtualAppliance', '10.20.1.4')])],
        null,
        2,
      ),
      'subnets.json': JSON.stringify(
        [
          // An older az prints addressPrefix: null next to the prefixes of a dual-stack subnet.
          azSubnet(
            'nodes-a',
            { addressPrefix: null, addressPrefixes: ['10.20.1.0/24', 'fd00:20:0:1::/64'] },
            `${AZ_SUB}/resourceGroups/K8S-RG/providers/Microsoft.Network/routeTables/k8s-pod-routes`,
          ),
          azSubnet('mgmt', { addressPrefix: '10.20.250.0/24' }),
        ],
        null,
        2,
      ),
    });
    const snapshot = await snapshotOf(dir);
    expect(snapshot.subnets.map((subnet) => [subnet.id, subnet.name, texts(subnet.cidrs), subnet.networkId])).toEqual([
      [lower(`${AZ_VNET}/subnets/nodes-a`), 'nodes-a', ['10.20.1.0/24', 'fd00:20:0:1::/64'], lower(AZ_VNET)],
      [lower(`${AZ_VNET}/subnets/mgmt`), 'mgmt', ['10.20.250.0/24'], lower(AZ_VNET)],
    ]);
    expect(snapshot.routeTables.map((table) => [table.id, table.subnetIds])).toEqual([
      [lower(AZ_TABLE), [lower(`${AZ_VNET}/subnets/nodes-a`)]],
    ]);
  });

  it('reads az network vnet list with its embedded subnets', async () => {
    const file = await writeFileIn(
      'vnets.json',
      JSON.stringify(
        [
          {
            addressSpace: { addressPrefixes: ['10.20.0.0/16', 'fd00:20::/48'] },
            enableDdosProtection: false,
            id: AZ_VNET,
            location: 'westeurope',
            name: 'k8s-vnet',
            provisioningState: 'Succeeded',
            resourceGroup: 'k8s-rg',
            subnets: [azSubnet('nodes-a', { addressPrefix: '10.20.1.0/24' }, AZ_TABLE)],
            type: 'Microsoft.Network/virtualNetworks',
          },
        ],
        null,
        2,
      ),
    );
    const snapshot = await snapshotOf(file);
    expect(snapshot.networks.map((network) => [network.id, network.name, texts(network.cidrs)])).toEqual([
      [lower(AZ_VNET), 'k8s-vnet', ['10.20.0.0/16', 'fd00:20::/48']],
    ]);
    expect(snapshot.subnets.map((subnet) => [subnet.id, texts(subnet.cidrs), subnet.origin?.path])).toEqual([
      [lower(`${AZ_VNET}/subnets/nodes-a`), ['10.20.1.0/24'], [0, 'subnets', 0]],
    ]);
  });

  it('reads az vm list and az vmss list-instances', async () => {
    const dir = await writeFiles({
      'vms.json': JSON.stringify([azVm('k8s-lin-1')], null, 2),
      'vmss.json': JSON.stringify(
        [
          azVm(
            'k8s-win-ss_0',
            'Microsoft.Compute/virtualMachineScaleSets/virtualMachines',
            `${AZ_VMSS_ID}/virtualMachines/0`,
          ),
        ],
        null,
        2,
      ),
    });
    const snapshot = await snapshotOf(dir);
    expect(
      snapshot.instances.map((instance) => [
        instance.key,
        instance.id,
        instance.name,
        instance.tags,
        instance.managedBy,
      ]),
    ).toEqual([
      [
        `azure:${lower(AZ_SUB)}/resourcegroups/k8s-rg/providers/microsoft.compute/virtualmachines/k8s-lin-1`,
        lower(`${AZ_SUB}/resourceGroups/K8S-RG/providers/Microsoft.Compute/virtualMachines/k8s-lin-1`),
        'k8s-lin-1',
        ['cluster'],
        undefined,
      ],
      [
        `azure:${lower(AZ_VMSS_ID)}/virtualmachines/0`,
        lower(`${AZ_VMSS_ID}/virtualMachines/0`),
        'k8s-win-ss_0',
        ['cluster'],
        lower(AZ_VMSS_ID),
      ],
    ]);
    expect(snapshot.provider).toBe('azure');
  });

  it('reads the azure/broken fixture: newer casing, one NIC without forwarding, one subnet off the route table', async () => {
    const snapshot = await snapshotOf(fixture('azure', 'broken'));
    expect(snapshot.interfaces.map((iface) => [iface.name, iface.forwarding])).toEqual([
      ['k8s-lin-1-nic', true],
      ['k8s-lin-2-nic', false],
      ['k8s-lin-3-nic', true],
      ['k8s-win-1-nic', true],
      ['k8s-win-2-nic', true],
    ]);
    expect(snapshot.routeTables.map((table) => table.subnetIds.map((id) => id.split('/').pop()))).toEqual([['nodes']]);
  });
});

describe('HostGwInventory', () => {
  it('reads the vSphere lab fixture', async () => {
    const file = fixture('inventory', 'vsphere-lab.yaml');
    const snapshot = await snapshotOf(file);
    expect(snapshot.sources).toEqual([{ file, format: 'hostgw-inventory', items: 4 }]);
    expect(snapshot.provider).toBe('vsphere');
    expect(snapshot.providerReason).toBe(`declared by the inventory ${file}`);
    expect(texts(snapshot.clusterCidrs)).toEqual(['10.42.0.0/16']);
    expect(snapshot.flannel.map((f) => [f.backendType, f.describedBy])).toEqual([['host-gw', `inventory ${file}`]]);
    expect(snapshot.subnets.map((subnet) => [subnet.id, texts(subnet.cidrs), subnet.networkId])).toEqual([
      ['dvpg-k8s-nodes', ['172.16.40.0/24'], 'dc-lab'],
    ]);
    expect(
      snapshot.nodes.map((node) => [node.name, node.os, node.internalIps, texts(node.podCidrs), node.forwarding]),
    ).toEqual([
      ['lab-cp-1', 'linux', ['172.16.40.10'], ['10.42.0.0/24'], true],
      ['lab-lin-1', 'linux', ['172.16.40.21'], ['10.42.1.0/24'], true],
      ['lab-win-1', 'windows', ['172.16.40.31'], ['10.42.2.0/24'], true],
    ]);
  });

  it('reads route tables, node next hops and network routes', async () => {
    const file = await writeFileIn('inventory.yaml', INVENTORY);
    const snapshot = await snapshotOf(file);
    expect(snapshot.provider).toBe('baremetal');
    expect(snapshot.nodes.map((node) => [node.name, node.os, node.subnetId, node.forwarding])).toEqual([
      ['bm-1', 'linux', 'vlan20', true],
      ['bm-2', 'windows', undefined, undefined],
    ]);
    expect(
      snapshot.routes.map((route) => [route.id, route.dest.text, route.nextHop, route.tableId, route.priority]),
    ).toEqual([
      [
        'tor-b/pods-bm-1',
        '10.244.0.0/24',
        { kind: 'ip', ip: '192.168.20.11', text: 'node bm-1 (192.168.20.11)' },
        'tor-b',
        0,
      ],
      ['tor-b/pods-bm-2', '10.244.1.0/24', { kind: 'ip', ip: '192.168.20.12', text: 'IP 192.168.20.12' }, 'tor-b', 0],
      ['default', '0.0.0.0/0', { kind: 'other', text: 'internet' }, undefined, 1000],
    ]);
    expect(snapshot.routeTables.map((table) => [table.id, table.subnetIds])).toEqual([['tor-b', ['vlan20']]]);
  });

  it.each([
    [
      'an unknown property, at its key',
      'apiVersion: hostgw-preflight/v1\nkind: HostGwInventory\nspec:\n  nodes:\n    - name: bm-1\n      ip: 192.168.20.11\n',
      6,
      7,
      /HostGwInventory schema: \/spec\/nodes\/0: unknown property "ip"/,
    ],
    [
      'a value of the wrong type',
      'apiVersion: hostgw-preflight/v1\nkind: HostGwInventory\nspec:\n  nodes:\n    - name: bm-1\n      forwarding: "yes"\n',
      6,
      19,
      /\/spec\/nodes\/0\/forwarding: must be boolean/,
    ],
    [
      'a value outside an enum',
      'apiVersion: hostgw-preflight/v1\nkind: HostGwInventory\nspec:\n  provider: openstack\n',
      4,
      13,
      /\/spec\/provider: must be one of "aws", "gce", "azure", "vsphere", "baremetal"/,
    ],
    [
      'a route with two next hops',
      'apiVersion: hostgw-preflight/v1\nkind: HostGwInventory\nspec:\n  routes:\n    - name: r1\n      destination: 10.244.0.0/24\n      nextHopIp: 192.168.20.11\n      nextHopOther: internet\n',
      5,
      7,
      /\/spec\/routes\/0: needs exactly one of nextHopIp, nextHopNode or nextHopOther/,
    ],
    [
      'a route with no next hop',
      'apiVersion: hostgw-preflight/v1\nkind: HostGwInventory\nspec:\n  routes:\n    - name: r1\n      destination: 10.244.0.0/24\n',
      5,
      7,
      /\/spec\/routes\/0: needs exactly one of nextHopIp, nextHopNode or nextHopOther/,
    ],
    [
      'a CIDR the schema pattern lets through',
      'apiVersion: hostgw-preflight/v1\nkind: HostGwInventory\nspec:\n  clusterCIDRs:\n    - 10.244.0.0/16\n    - 10.244.0.0/40\n',
      6,
      7,
      /clusterCIDRs: "10.244.0.0\/40" is not a valid CIDR/,
    ],
  ])('reports %s with file:line:col', async (_, text, line, column, message) => {
    const file = await writeFileIn('inventory.yaml', text);
    const error = await check(file).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ name: 'UserError', file, line, column });
    expect((error as Error).message).toMatch(message);
  });

  it('reports schema errors in a JSON inventory with the line of the value', async () => {
    const text = json({
      apiVersion: 'hostgw-preflight/v1',
      kind: 'HostGwInventory',
      spec: { subnets: [{ id: 'vlan20', cidrs: [] }] },
    });
    const file = await writeFileIn('inventory.json', text);
    await expect(check(file)).rejects.toMatchObject({
      name: 'UserError',
      file,
      line: 8,
      column: 26,
      message: expect.stringMatching(/\/spec\/subnets\/0\/cidrs: must NOT have fewer than 1 items/),
    });
  });
});

describe('document shapes', () => {
  it('reads every document of a multi-document YAML stream', async () => {
    const file = await writeFileIn(
      'all.yaml',
      `${NET_CONF_YAML}---
apiVersion: v1
kind: Node
metadata:
  name: a
spec:
  podCIDR: 10.42.0.0/24
status:
  addresses:
  - address: 10.0.1.10
    type: InternalIP
---
# an empty document is skipped
---
${RKE_CANAL}`,
    );
    const snapshot = await snapshotOf(file);
    expect(snapshot.sources).toEqual([
      { file, format: 'flannel-configmap', items: 1 },
      { file, format: 'kubectl-nodes', items: 1 },
      { file, format: 'rke-cluster-yml', items: 1 },
    ]);
    expect(snapshot.nodes.map((node) => [node.name, node.origin])).toEqual([['a', { file, doc: 1, path: [] }]]);
    expect(snapshot.flannel.map((f) => f.origin?.doc)).toEqual([0, 3]);
  });

  it('points at the right line of a later YAML document', async () => {
    const file = await writeFileIn(
      'all.yaml',
      `${NET_CONF_YAML}---\napiVersion: v1\nkind: Node\nmetadata:\n  name: a\nspec:\n  podCIDR: 10.42.0.0/33\n`,
    );
    const lines = NET_CONF_YAML.split('\n').length - 1;
    await expect(check(file)).rejects.toMatchObject({
      file,
      line: lines + 7,
      column: 12,
      message: 'node a: spec.podCIDR: "10.42.0.0/33" is not a valid CIDR',
    });
  });

  it('records an empty JSON array as an empty list', async () => {
    const file = await writeFileIn('routes.json', '[]\n');
    const snapshot = await snapshotOf(file);
    expect(snapshot.sources).toEqual([{ file, format: 'empty list', items: 0 }]);
    expect(snapshot.nodes).toEqual([]);
    expect(snapshot.routes).toEqual([]);
    expect(snapshot.present.size).toBe(0);
  });

  it('reads JSON with a UTF-8 byte-order mark and CRLF line endings, and places errors right', async () => {
    const good = `\uFEFF${json(kubeList([kubeNode({ name: 'a', ip: '10.0.0.1', podCIDR: '10.42.0.0/24' })])).replace(/\n/g, '\r\n')}`;
    const file = await writeFileIn('nodes.json', good);
    const snapshot = await snapshotOf(file);
    expect(snapshot.nodes.map((node) => [node.name, node.internalIps, texts(node.podCidrs)])).toEqual([
      ['a', ['10.0.0.1'], ['10.42.0.0/24']],
    ]);

    const bad = `\uFEFF{\r\n    "kind": "Node",\r\n    "metadata": {"name": "a"},\r\n    "spec": {\r\n        "podCIDR": "10.42.0.0/99"\r\n    }\r\n}\r\n`;
    const badFile = await writeFileIn('node.json', bad);
    await expect(check(badFile)).rejects.toMatchObject({ line: 5, column: 20 });
  });

  it('reads YAML with a UTF-8 byte-order mark and CRLF line endings, and places errors right', async () => {
    const crlf = (text: string) => `\uFEFF${text.replace(/\n/g, '\r\n')}`;
    const file = await writeFileIn('cm.yaml', crlf(NET_CONF_YAML));
    const snapshot = await snapshotOf(file);
    expect(snapshot.flannel.map((f) => [f.network?.text, f.backendType])).toEqual([['10.42.0.0/16', 'host-gw']]);

    const badFile = await writeFileIn(
      'node.yaml',
      crlf('kind: Node\nmetadata:\n  name: a\nstatus:\n  addresses:\n  - address: 10.0.0.256\n    type: InternalIP\n'),
    );
    await expect(check(badFile)).rejects.toMatchObject({
      line: 6,
      column: 14,
      message: 'node a: InternalIP: "10.0.0.256" is not a valid IP address',
    });
  });

  it('reads UTF-16LE files, as Windows PowerShell 5 writes them with >', async () => {
    const text = json(
      kubeList([kubeNode({ name: 'win-a', ip: '10.0.0.9', podCIDR: '10.42.9.0/24', os: 'windows' })]),
    ).replace(/\n/g, '\r\n');
    const file = await writeFileIn(
      'nodes.json',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    );
    const snapshot = await snapshotOf(file);
    expect(snapshot.nodes.map((node) => [node.name, node.os, node.internalIps])).toEqual([
      ['win-a', 'windows', ['10.0.0.9']],
    ]);
  });
});
