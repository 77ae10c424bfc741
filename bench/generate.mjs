#!/usr/bin/env node
// Synthetic cluster dumps for the benchmark, in the shapes kubectl, aws, gcloud and az print
// (field names and nesting mirror the reference samples in /work/shared/samples).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

export const PROVIDERS = ['aws', 'gce', 'azure'];
const WINDOWS_SHARE = 0.2;
const FAULT_SHARE = 0.005;

// ---------------------------------------------------------------------------------------------------------------
// Deterministic randomness and address helpers

/** mulberry32: tiny seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomHex(rng, digits) {
  let out = '';
  for (let i = 0; i < digits; i++) out += Math.floor(rng() * 16).toString(16);
  return out;
}

function pick(rng, list) {
  return list[Math.floor(rng() * list.length)];
}

function hex(n, width = 0) {
  return n.toString(16).padStart(width, '0');
}

function ipv4(int) {
  return [int >>> 24, (int >>> 16) & 255, (int >>> 8) & 255, int & 255].join('.');
}

function ipv4Int(text) {
  return text.split('.').reduce((acc, octet) => acc * 256 + Number(octet), 0);
}

/** RFC 5952 text for eight 16-bit groups: the form Kubernetes and the clouds print. */
function ipv6(groups) {
  let best = { at: -1, len: 1 };
  for (let i = 0; i < 8;) {
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > best.len) best = { at: i, len: j - i };
    i = j === i ? i + 1 : j;
  }
  const text = groups.map((g) => g.toString(16));
  if (best.at < 0) return text.join(':');
  return `${text.slice(0, best.at).join(':')}::${text.slice(best.at + best.len).join(':')}`;
}

/** An IPv6 address inside a /64 given as four leading groups, with a host number below 2^32. */
function ipv6Host(prefix64, host) {
  return ipv6([...prefix64, 0, 0, host >>> 16, host & 0xffff]);
}

/** Smallest IPv4 cluster CIDR (at most /16) holding twice as many /24s as there are nodes, under 10.64.0.0. */
export function clusterCidrFor(nodeCount) {
  const bits = Math.ceil(Math.log2(Math.max(nodeCount, 2) * 2));
  const prefix = Math.min(16, 24 - bits);
  if (prefix < 10) throw new Error(`too many nodes for 10.64.0.0/10: ${nodeCount}`);
  return { base: ipv4Int('10.64.0.0'), prefix, text: `10.64.0.0/${prefix}` };
}

const POD_V6_PREFIX = [0xfd40, 0x10, 0x64];
const POD_V6_NETWORK = 'fd40:10:64::/48';

// ---------------------------------------------------------------------------------------------------------------
// Cluster plan: what every provider shares (OS mix, pod CIDRs, faults)

const FAULT_KINDS = {
  aws: ['no-forwarding', 'other-subnet', 'no-pod-cidr'],
  gce: ['no-forwarding', 'missing-route', 'no-pod-cidr'],
  azure: ['no-forwarding', 'missing-route', 'no-pod-cidr'],
};

function planCluster({
  provider,
  nodes: count,
  dualStack = false,
  faults = false,
  seed = 1,
  firewallRules = 0,
  partialPodRule = false,
}) {
  if (!PROVIDERS.includes(provider)) throw new Error(`unknown provider ${provider}`);
  if (!Number.isInteger(count) || count < 1) throw new Error(`nodes must be a positive integer, got ${count}`);
  const rng = mulberry32(seed);
  const cluster = clusterCidrFor(count);
  const nodes = Array.from({ length: count }, (_, index) => ({
    index,
    os: rng() < WINDOWS_SHARE ? 'windows' : 'linux',
    podCidr: `${ipv4(cluster.base + index * 256)}/24`,
    podCidr6: dualStack ? `${ipv6([...POD_V6_PREFIX, index, 0, 0, 0, 0])}/64` : undefined,
    faults: new Set(),
  }));
  const faultsByKind = faults ? assignFaults(rng, nodes, FAULT_KINDS[provider]) : {};
  return { provider, rng, dualStack, cluster, nodes, faultsByKind, firewallRules, partialPodRule };
}

/** Marks distinct random nodes: about FAULT_SHARE of the cluster in total, at least one per kind. */
function assignFaults(rng, nodes, kinds) {
  const perKind = Math.max(1, Math.round((nodes.length * FAULT_SHARE) / kinds.length));
  const wanted = Math.min(nodes.length, perKind * kinds.length);
  const order = nodes.map((n) => n.index);
  for (let i = 0; i < wanted; i++) {
    const j = i + Math.floor(rng() * (order.length - i));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const byKind = Object.fromEntries(kinds.map((k) => [k, []]));
  for (let i = 0; i < wanted; i++) {
    const kind = kinds[i % kinds.length];
    nodes[order[i]].faults.add(kind);
    byKind[kind].push(order[i]);
  }
  return byKind;
}

// ---------------------------------------------------------------------------------------------------------------
// Kubernetes objects (identical across providers apart from names, addresses and providerID)

function kubeNode(node) {
  const noPodCidr = node.faults.has('no-pod-cidr');
  const podCidrs = noPodCidr ? [] : [node.podCidr, node.podCidr6].filter(Boolean);
  const addresses = [{ address: node.ip, type: 'InternalIP' }];
  if (node.ip6) addresses.push({ address: node.ip6, type: 'InternalIP' });
  addresses.push({ address: node.name, type: 'Hostname' });
  const windows = node.os === 'windows';
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      // flannel cannot start without a pod CIDR, so such a node never gets its annotations.
      annotations: noPodCidr ? baseAnnotations() : flannelAnnotations(node),
      creationTimestamp: '2026-10-02T08:14:21Z',
      labels: {
        'beta.kubernetes.io/arch': 'amd64',
        'beta.kubernetes.io/os': node.os,
        'kubernetes.io/arch': 'amd64',
        'kubernetes.io/hostname': node.name,
        'kubernetes.io/os': node.os,
        'node-role.kubernetes.io/worker': 'true',
      },
      name: node.name,
      resourceVersion: String(184467 + node.index),
      uid: `6f1d2c3e-0000-4000-8000-${String(node.index).padStart(12, '0')}`,
    },
    spec: {
      ...(noPodCidr ? {} : { podCIDR: podCidrs[0], podCIDRs: podCidrs }),
      providerID: node.providerId,
    },
    status: {
      addresses,
      nodeInfo: {
        architecture: 'amd64',
        kubeletVersion: 'v1.30.6',
        kubeProxyVersion: 'v1.30.6',
        operatingSystem: node.os,
        osImage: windows ? 'Windows Server 2022 Datacenter' : 'Ubuntu 22.04.4 LTS',
        containerRuntimeVersion: 'containerd://1.7.22',
      },
    },
  };
}

function baseAnnotations() {
  return {
    'node.alpha.kubernetes.io/ttl': '0',
    'volumes.kubernetes.io/controller-managed-attach-detach': 'true',
  };
}

function flannelAnnotations(node) {
  return {
    'flannel.alpha.coreos.com/backend-data': 'null',
    'flannel.alpha.coreos.com/backend-type': 'host-gw',
    'flannel.alpha.coreos.com/kube-subnet-manager': 'true',
    'flannel.alpha.coreos.com/public-ip': node.ip,
    ...(node.ip6 ? { 'flannel.alpha.coreos.com/public-ipv6': node.ip6 } : {}),
    ...baseAnnotations(),
  };
}

function nodeList(plan) {
  return { apiVersion: 'v1', items: plan.nodes.map(kubeNode), kind: 'List', metadata: { resourceVersion: '' } };
}

function flannelConfigMap(plan) {
  const netConf = { Network: plan.cluster.text };
  if (plan.dualStack) Object.assign(netConf, { EnableIPv6: true, IPv6Network: POD_V6_NETWORK });
  netConf.Backend = { Type: 'host-gw' };
  const indented = (text) =>
    text
      .split('\n')
      .map((line) => `    ${line}`)
      .join('\n');
  const cniConf = {
    name: 'cbr0',
    cniVersion: '0.3.1',
    plugins: [
      { type: 'flannel', delegate: { hairpinMode: true, isDefaultGateway: true } },
      { type: 'portmap', capabilities: { portMappings: true } },
    ],
  };
  return [
    'apiVersion: v1',
    'data:',
    '  cni-conf.json: |',
    indented(JSON.stringify(cniConf, null, 2)),
    '  net-conf.json: |',
    indented(JSON.stringify(netConf, null, 2)),
    'kind: ConfigMap',
    'metadata:',
    '  labels:',
    '    app: flannel',
    '    k8s-app: flannel',
    '    tier: node',
    '  name: kube-flannel-cfg',
    '  namespace: kube-flannel',
    '',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// AWS: describe-instances + describe-subnets. Host-gw needs every node in one subnet; the fault puts a node
// into a second subnet that lives in a secondary VPC CIDR.

const AWS = {
  account: '123456789012',
  vpc: 'vpc-0c3a51f2d8e4b7a19',
  nodeSubnet: { id: 'subnet-0a11c2d3e4f5a6b70', cidr: '172.20.0.0/16', az: 'us-east-1a', azId: 'use1-az1' },
  otherSubnet: { id: 'subnet-0b22c3d4e5f6a7b81', cidr: '172.21.0.0/24', az: 'us-east-1b', azId: 'use1-az2' },
  ipv6: [0x2600, 0x1f18, 0x4a3, 0x6500],
};

function awsDecorate(plan) {
  const idPrefix = randomHex(plan.rng, 9);
  const counters = { node: 10, other: 10 };
  for (const node of plan.nodes) {
    const other = node.faults.has('other-subnet');
    const subnet = other ? AWS.otherSubnet : AWS.nodeSubnet;
    // AWS reserves the first four addresses of a subnet; start at .10 like a typical pool.
    const host = other ? counters.other++ : counters.node++;
    node.subnet = subnet;
    node.ip = ipv4(ipv4Int(subnet.cidr.split('/')[0]) + host);
    node.ip6 = plan.dualStack && !other ? ipv6Host(AWS.ipv6, host) : undefined;
    node.idHex = `0${idPrefix}${hex(node.index, 7)}`;
    node.dnsName = `ip-${node.ip.replaceAll('.', '-')}.ec2.internal`;
    node.name = node.os === 'windows' ? `winworker-${node.index}` : `ip-${node.ip.replaceAll('.', '-')}`;
    node.providerId = `aws:///${subnet.az}/i-${node.idHex}`;
  }
}

function awsInstance(plan, node) {
  const sourceDestCheck = node.faults.has('no-forwarding');
  const group = { GroupName: 'k8s-nodes', GroupId: 'sg-0a1b2c3d4e5f67890' };
  const launch = '2026-10-02T08:01:12+00:00';
  const instance = {
    AmiLaunchIndex: 0,
    ImageId: node.os === 'windows' ? 'ami-0f9c44e6a1b2c3d4e' : 'ami-0b5eea76982371e91',
    InstanceId: `i-${node.idHex}`,
    InstanceType: 'm5.xlarge',
    KeyName: 'k8s-admin',
    LaunchTime: launch,
    Monitoring: { State: 'disabled' },
    Placement: { AvailabilityZone: node.subnet.az, GroupName: '', Tenancy: 'default' },
    PrivateDnsName: node.dnsName,
    PrivateIpAddress: node.ip,
    ProductCodes: [],
    PublicDnsName: '',
    State: { Code: 16, Name: 'running' },
    StateTransitionReason: '',
    SubnetId: node.subnet.id,
    VpcId: AWS.vpc,
    Architecture: 'x86_64',
    BlockDeviceMappings: [],
    EbsOptimized: true,
    EnaSupport: true,
    Hypervisor: 'xen',
    NetworkInterfaces: [
      {
        Attachment: {
          AttachTime: launch,
          AttachmentId: `eni-attach-${node.idHex}`,
          DeleteOnTermination: true,
          DeviceIndex: 0,
          Status: 'attached',
          NetworkCardIndex: 0,
        },
        Description: '',
        Groups: [group],
        Ipv6Addresses: node.ip6 ? [{ Ipv6Address: node.ip6, IsPrimaryIpv6: false }] : [],
        MacAddress: `0a:1b:${macTail(node.index)}`,
        NetworkInterfaceId: `eni-${node.idHex}`,
        OwnerId: AWS.account,
        PrivateDnsName: node.dnsName,
        PrivateIpAddress: node.ip,
        PrivateIpAddresses: [{ Primary: true, PrivateDnsName: node.dnsName, PrivateIpAddress: node.ip }],
        SourceDestCheck: sourceDestCheck,
        Status: 'in-use',
        SubnetId: node.subnet.id,
        VpcId: AWS.vpc,
        InterfaceType: 'interface',
      },
    ],
    RootDeviceName: '/dev/sda1',
    RootDeviceType: 'ebs',
    SecurityGroups: [group],
    SourceDestCheck: sourceDestCheck,
    Tags: [
      { Key: 'Name', Value: node.name },
      { Key: 'kubernetes.io/cluster/prod', Value: 'owned' },
    ],
    VirtualizationType: 'hvm',
    CpuOptions: { CoreCount: 2, ThreadsPerCore: 2 },
    PlatformDetails: node.os === 'windows' ? 'Windows' : 'Linux/UNIX',
  };
  if (node.os === 'windows') instance.Platform = 'windows';
  return instance;
}

function macTail(index) {
  return [index >>> 24, (index >>> 16) & 255, (index >>> 8) & 255, index & 255].map((b) => hex(b, 2)).join(':');
}

/** Autoscaling launches several instances per reservation; group 1-4 consecutive nodes. */
function awsReservations(plan) {
  const reservations = [];
  for (let i = 0; i < plan.nodes.length;) {
    const size = 1 + Math.floor(plan.rng() * 4);
    const members = plan.nodes.slice(i, i + size);
    reservations.push({
      Groups: [],
      Instances: members.map((n) => awsInstance(plan, n)),
      OwnerId: AWS.account,
      ReservationId: `r-${members[0].idHex}`,
    });
    i += size;
  }
  return { Reservations: reservations };
}

function awsSubnet(plan, subnet, used) {
  const prefix = Number(subnet.cidr.split('/')[1]);
  const hasIpv6 = plan.dualStack && subnet === AWS.nodeSubnet;
  return {
    AvailabilityZone: subnet.az,
    AvailabilityZoneId: subnet.azId,
    AvailableIpAddressCount: 2 ** (32 - prefix) - 5 - used,
    CidrBlock: subnet.cidr,
    DefaultForAz: false,
    MapPublicIpOnLaunch: false,
    State: 'available',
    SubnetId: subnet.id,
    VpcId: AWS.vpc,
    OwnerId: AWS.account,
    AssignIpv6AddressOnCreation: hasIpv6,
    Ipv6CidrBlockAssociationSet: hasIpv6
      ? [
          {
            AssociationId: 'subnet-cidr-assoc-0d1e2f3a4b5c6d7e8',
            Ipv6CidrBlock: `${ipv6([...AWS.ipv6, 0, 0, 0, 0])}/64`,
            Ipv6CidrBlockState: { State: 'associated' },
          },
        ]
      : [],
    SubnetArn: `arn:aws:ec2:us-east-1:${AWS.account}:subnet/${subnet.id}`,
  };
}

function awsFiles(plan) {
  const count = (subnet) => plan.nodes.filter((n) => n.subnet === subnet).length;
  const subnets = [AWS.nodeSubnet, AWS.otherSubnet].map((s) => awsSubnet(plan, s, count(s)));
  return { 'instances.json': awsReservations(plan), 'subnets.json': { Subnets: subnets } };
}

// ---------------------------------------------------------------------------------------------------------------
// GCE: instances list + routes list (subnet route, default internet route, one route per pod CIDR)

const GCE = {
  project: 'acme-prod',
  region: 'europe-west1',
  zones: ['europe-west1-b', 'europe-west1-c', 'europe-west1-d'],
  api: 'https://www.googleapis.com/compute/v1/projects/acme-prod',
  subnetCidr: '10.10.0.0/16',
  subnetV6: [0xfd20, 0xa10, 0, 0],
};
GCE.network = `${GCE.api}/global/networks/k8s-net`;
GCE.subnetwork = `${GCE.api}/regions/${GCE.region}/subnetworks/k8s-nodes`;

function gceDecorate(plan) {
  const linux = { n: 0 };
  const windows = { n: 0 };
  for (const node of plan.nodes) {
    const pool = node.os === 'windows' ? windows : linux;
    node.name = `pool-${node.os === 'windows' ? 'w' : 'a'}-${++pool.n}`;
    node.zone = pick(plan.rng, GCE.zones);
    // .0 is the network address and .1 the gateway; GCE hands out from .2.
    node.ip = ipv4(ipv4Int('10.10.0.0') + 2 + node.index);
    // Each VM gets a /96 out of the subnet's /64.
    node.ip6 = plan.dualStack ? ipv6([...GCE.subnetV6, 0, node.index + 2, 0, 0]) : undefined;
    node.selfLink = `${GCE.api}/zones/${node.zone}/instances/${node.name}`;
    node.providerId = `gce://${GCE.project}/${node.zone}/${node.name}`;
    node.id = `40000000${String(node.index).padStart(11, '0')}`;
  }
}

function gceInstance(plan, node) {
  const disk = {
    autoDelete: true,
    boot: true,
    deviceName: 'persistent-disk-0',
    index: 0,
    kind: 'compute#attachedDisk',
    mode: 'READ_WRITE',
    type: 'PERSISTENT',
  };
  if (node.os === 'windows') {
    disk.licenses = [
      `https://www.googleapis.com/compute/v1/projects/windows-cloud/global/licenses/windows-server-2022-dc`,
    ];
    disk.guestOsFeatures = [{ type: 'WINDOWS' }];
  }
  const nic = {
    fingerprint: 'c2VjcmV0',
    kind: 'compute#networkInterface',
    name: 'nic0',
    network: GCE.network,
    networkIP: node.ip,
    stackType: node.ip6 ? 'IPV4_IPV6' : 'IPV4_ONLY',
    subnetwork: GCE.subnetwork,
  };
  if (node.ip6) Object.assign(nic, { ipv6AccessType: 'INTERNAL', ipv6Address: node.ip6, internalIpv6PrefixLength: 96 });
  return {
    canIpForward: !node.faults.has('no-forwarding'),
    cpuPlatform: 'Intel Cascade Lake',
    creationTimestamp: '2026-10-02T01:12:44.100-07:00',
    deletionProtection: false,
    disks: [disk],
    fingerprint: 'aGVsbG8=',
    id: node.id,
    kind: 'compute#instance',
    labelFingerprint: '42WmSpB8rSM=',
    machineType: `${GCE.api}/zones/${node.zone}/machineTypes/e2-standard-4`,
    name: node.name,
    networkInterfaces: [nic],
    scheduling: { automaticRestart: true, onHostMaintenance: 'MIGRATE', preemptible: false },
    selfLink: node.selfLink,
    status: 'RUNNING',
    tags: { fingerprint: '6smc4R4d39I=', items: ['k8s-node'] },
    zone: `${GCE.api}/zones/${node.zone}`,
  };
}

function gceRoute(fields) {
  return {
    creationTimestamp: fields.created ?? '2026-10-02T01:20:00.000-07:00',
    description: fields.description,
    destRange: fields.destRange,
    id: fields.id,
    kind: 'compute#route',
    name: fields.name,
    network: GCE.network,
    ...(fields.nextHopNetwork ? { nextHopNetwork: fields.nextHopNetwork } : {}),
    ...(fields.nextHopGateway ? { nextHopGateway: fields.nextHopGateway } : {}),
    priority: fields.priority,
    selfLink: `${GCE.api}/global/routes/${fields.name}`,
    ...(fields.nextHopInstance ? { nextHopInstance: fields.nextHopInstance } : {}),
  };
}

function gceSystemRoutes(plan) {
  const created = '2026-09-30T03:00:00.000-07:00';
  const subnetRoute = (destRange, n) =>
    gceRoute({
      created,
      description: `Default local route to the subnetwork ${destRange}.`,
      destRange,
      id: `551234567890123456${n}`,
      name: `default-route-${randomHex(plan.rng, 16)}`,
      nextHopNetwork: GCE.network,
      priority: 0,
    });
  const routes = [
    subnetRoute(GCE.subnetCidr, 7),
    gceRoute({
      created,
      description: 'Default route to the Internet.',
      destRange: '0.0.0.0/0',
      id: '5512345678901234568',
      name: `default-route-${randomHex(plan.rng, 16)}`,
      nextHopGateway: `${GCE.api}/global/gateways/default-internet-gateway`,
      priority: 1000,
    }),
  ];
  if (plan.dualStack) routes.push(subnetRoute(`${ipv6([...GCE.subnetV6, 0, 0, 0, 0])}/64`, 9));
  return routes;
}

function gceNodeRoutes(plan, node) {
  if (node.faults.has('missing-route') || node.faults.has('no-pod-cidr')) return [];
  const route = (destRange, suffix, n) =>
    gceRoute({
      description: 'k8s node route',
      destRange,
      id: `7${n}${String(node.index).padStart(17, '0')}`,
      name: `prod-${node.name}-pods${suffix}`,
      priority: 1000,
      nextHopInstance: node.selfLink,
    });
  const routes = [route(node.podCidr, '', 0)];
  if (node.podCidr6) routes.push(route(node.podCidr6, '-v6', 1));
  return routes;
}

function gceFirewall(plan, index, fields) {
  return {
    creationTimestamp: '2026-09-30T03:00:00.000-07:00',
    description: '',
    direction: 'INGRESS',
    disabled: false,
    id: `80${String(index).padStart(17, '0')}`,
    kind: 'compute#firewall',
    logConfig: { enable: false },
    network: GCE.network,
    priority: 1000,
    selfLink: `${GCE.api}/global/firewalls/${fields.name}`,
    ...fields,
  };
}

/**
 * The source of the rule admitting pod traffic: the cluster CIDR, or with `partialPodRule` the largest block at its
 * start that holds at most half of the nodes' pod CIDRs (a rule written when the cluster was smaller).
 */
function podRuleRange(plan) {
  if (!plan.partialPodRule) return plan.cluster.text;
  const bits = Math.floor(Math.log2(Math.max(1, Math.floor(plan.nodes.length / 2))));
  return `${ipv4(plan.cluster.base)}/${24 - bits}`;
}

/**
 * A realistic rule set of `count` rules: the one that admits pod traffic (source = cluster CIDR), then what
 * projects accumulate: tag-sourced rules between node pools, per-service ports from office ranges, and denies.
 */
function gceFirewallRules(plan, count) {
  const rules = [
    gceFirewall(plan, 0, {
      name: 'k8s-pods-all',
      sourceRanges: [podRuleRange(plan)],
      targetTags: ['k8s-node'],
      allowed: [{ IPProtocol: 'tcp' }, { IPProtocol: 'udp' }, { IPProtocol: 'icmp' }],
    }),
  ];
  for (let i = 1; i < count; i++) {
    const port = String(1000 + ((i * 37) % 60000));
    const kind = i % 4;
    if (kind === 0)
      rules.push(
        gceFirewall(plan, i, {
          name: `pool-${i}-internal`,
          sourceTags: ['k8s-node'],
          targetTags: [`pool-${i % 20}`],
          allowed: [{ IPProtocol: 'tcp', ports: [port] }],
        }),
      );
    else if (kind === 1)
      rules.push(
        gceFirewall(plan, i, {
          name: `svc-${i}-office`,
          sourceRanges: [`198.51.100.${i % 256}/32`],
          targetTags: ['k8s-node'],
          allowed: [{ IPProtocol: 'tcp', ports: [port] }],
        }),
      );
    else if (kind === 2)
      rules.push(
        gceFirewall(plan, i, {
          name: `deny-${i}-legacy`,
          priority: 900,
          sourceRanges: [`203.0.${i % 256}.0/24`],
          denied: [{ IPProtocol: 'all' }],
        }),
      );
    else
      rules.push(
        gceFirewall(plan, i, {
          name: `ops-${i}-ssh`,
          sourceRanges: ['35.235.240.0/20'],
          targetServiceAccounts: [`ops-${i}@${GCE.project}.iam.gserviceaccount.com`],
          allowed: [{ IPProtocol: 'tcp', ports: ['22'] }],
        }),
      );
  }
  return rules;
}

function gceFiles(plan) {
  const files = {
    'gcloud-instances.json': plan.nodes.map((n) => gceInstance(plan, n)),
    'gcloud-routes.json': [...gceSystemRoutes(plan), ...plan.nodes.flatMap((n) => gceNodeRoutes(plan, n))],
  };
  if (plan.firewallRules) files['gcloud-firewall-rules.json'] = gceFirewallRules(plan, plan.firewallRules);
  return files;
}

// ---------------------------------------------------------------------------------------------------------------
// Azure: NIC list + route table list. Every route table on a node subnet must hold every node's route, so
// one table on the node subnet holds them all, even past Azure's 400-route limit (the tool should say so).

const AZURE = {
  subscription: '7d3c1a52-9b1e-4f0a-8c55-2f6e9d0b4a13',
  group: 'k8s-rg',
  location: 'westeurope',
  subnetV6: [0xfd00, 0xdb8, 0xdeca, 0xdeed],
};
AZURE.rgPath = `/subscriptions/${AZURE.subscription}/resourceGroups/${AZURE.group}`;
AZURE.subnetId = `${AZURE.rgPath}/providers/Microsoft.Network/virtualNetworks/k8s-vnet/subnets/nodes`;
AZURE.tableId = `${AZURE.rgPath}/providers/Microsoft.Network/routeTables/k8s-pod-routes`;

function azureDecorate(plan) {
  for (const node of plan.nodes) {
    node.name = `vm-${node.os === 'windows' ? 'win' : 'lin'}-${node.index}`;
    // Azure reserves .0-.3 of every subnet.
    node.ip = ipv4(ipv4Int('10.20.0.0') + 4 + node.index);
    node.ip6 = plan.dualStack ? ipv6Host(AZURE.subnetV6, node.index + 4) : undefined;
    node.vmId = `${AZURE.rgPath}/providers/Microsoft.Compute/virtualMachines/${node.name}`;
    // The cloud provider prints the resource group in lower case.
    node.providerId = `azure:///subscriptions/${AZURE.subscription}/resourcegroups/${AZURE.group}/providers/Microsoft.Compute/virtualMachines/${node.name}`;
    node.guid = `0c1d2e3f-aaaa-4bbb-8ccc-${String(node.index).padStart(12, '0')}`;
  }
}

function azureIpConfig(nicId, name, ip, version, primary) {
  return {
    etag: 'W/"3f9a0c2e-1111-4a2b-9c3d-5e6f7a8b9c0d"',
    id: `${nicId}/ipConfigurations/${name}`,
    name,
    primary,
    privateIPAddressVersion: version,
    privateIPAddress: ip,
    privateIPAllocationMethod: 'Dynamic',
    provisioningState: 'Succeeded',
    resourceGroup: AZURE.group,
    subnet: { id: AZURE.subnetId, resourceGroup: AZURE.group },
    type: 'Microsoft.Network/networkInterfaces/ipConfigurations',
  };
}

function azureNic(plan, node) {
  const nicName = `${node.name}-nic`;
  const id = `${AZURE.rgPath}/providers/Microsoft.Network/networkInterfaces/${nicName}`;
  const ipConfigurations = [azureIpConfig(id, 'ipconfig1', node.ip, 'IPv4', true)];
  if (node.ip6) ipConfigurations.push(azureIpConfig(id, 'ipconfig-v6', node.ip6, 'IPv6', false));
  return {
    auxiliaryMode: 'None',
    auxiliarySku: 'None',
    disableTcpStateTracking: false,
    dnsSettings: { appliedDnsServers: [], dnsServers: [], internalDomainNameSuffix: 'x1y2z3.ax.internal.cloudapp.net' },
    enableAcceleratedNetworking: false,
    enableIPForwarding: !node.faults.has('no-forwarding'),
    etag: 'W/"3f9a0c2e-1111-4a2b-9c3d-5e6f7a8b9c0d"',
    hostedWorkloads: [],
    id,
    ipConfigurations,
    location: AZURE.location,
    macAddress: `00-0D-${macTail(node.index).replaceAll(':', '-').toUpperCase()}`,
    name: nicName,
    nicType: 'Standard',
    primary: true,
    provisioningState: 'Succeeded',
    resourceGroup: AZURE.group,
    resourceGuid: node.guid,
    tapConfigurations: [],
    type: 'Microsoft.Network/networkInterfaces',
    virtualMachine: { id: node.vmId, resourceGroup: AZURE.group },
    vnetEncryptionSupported: false,
  };
}

function azureRoute(name, addressPrefix, nextHop) {
  return {
    addressPrefix,
    etag: 'W/"9a8b7c6d-2222-4e5f-8a9b-0c1d2e3f4a5b"',
    hasBgpOverride: false,
    id: `${AZURE.tableId}/routes/${name}`,
    name,
    nextHopType: 'VirtualAppliance',
    provisioningState: 'Succeeded',
    resourceGroup: AZURE.group,
    type: 'Microsoft.Network/routeTables/routes',
    nextHopIpAddress: nextHop,
  };
}

function azureNodeRoutes(node) {
  if (node.faults.has('missing-route') || node.faults.has('no-pod-cidr')) return [];
  const routes = [azureRoute(`pods-${node.name}`, node.podCidr, node.ip)];
  if (node.podCidr6) routes.push(azureRoute(`pods-${node.name}-v6`, node.podCidr6, node.ip6));
  return routes;
}

function azureFiles(plan) {
  const table = {
    disableBgpRoutePropagation: false,
    etag: 'W/"1a2b3c4d-3333-4e5f-9a0b-1c2d3e4f5a6b"',
    id: AZURE.tableId,
    location: AZURE.location,
    name: 'k8s-pod-routes',
    provisioningState: 'Succeeded',
    resourceGroup: AZURE.group,
    resourceGuid: '5e6f7a8b-4444-4c9d-8e0f-1a2b3c4d5e6f',
    routes: plan.nodes.flatMap(azureNodeRoutes),
    subnets: [{ id: AZURE.subnetId, resourceGroup: AZURE.group }],
    type: 'Microsoft.Network/routeTables',
  };
  return { 'az-nics.json': plan.nodes.map((n) => azureNic(plan, n)), 'az-route-tables.json': [table] };
}

// ---------------------------------------------------------------------------------------------------------------

const BUILDERS = {
  aws: { decorate: awsDecorate, files: awsFiles },
  gce: { decorate: gceDecorate, files: gceFiles },
  azure: { decorate: azureDecorate, files: azureFiles },
};

/**
 * Writes a synthetic cluster into outDir and returns what was written:
 * { dir, files: [{ name, bytes }], bytes, nodes, windows, faults: { kind: [node names] } }.
 */
export function generateCluster(options, outDir) {
  const plan = planCluster(options);
  const builder = BUILDERS[plan.provider];
  builder.decorate(plan);
  const documents = { 'nodes.json': nodeList(plan), ...builder.files(plan) };
  mkdirSync(outDir, { recursive: true });
  const files = [];
  for (const [name, doc] of Object.entries(documents)) files.push(writeDocument(outDir, name, doc));
  files.push(writeDocument(outDir, 'kube-flannel-cfg.yaml', flannelConfigMap(plan)));
  const faults = Object.fromEntries(
    Object.entries(plan.faultsByKind).map(([kind, indexes]) => [kind, indexes.map((i) => plan.nodes[i].name)]),
  );
  return {
    dir: outDir,
    files,
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    nodes: plan.nodes.length,
    windows: plan.nodes.filter((n) => n.os === 'windows').length,
    clusterCidr: plan.cluster.text,
    faults,
  };
}

function writeDocument(dir, name, doc) {
  // The clouds' CLIs pretty-print with a trailing newline.
  const text = typeof doc === 'string' ? doc : `${JSON.stringify(doc, null, 2)}\n`;
  writeFileSync(join(dir, name), text);
  return { name, bytes: Buffer.byteLength(text) };
}

// ---------------------------------------------------------------------------------------------------------------
// CLI

const USAGE =
  'usage: node bench/generate.mjs --provider aws|gce|azure --nodes N [--dual-stack] [--faults] [--seed N] ' +
  '[--firewall-rules N [--partial-pod-rule]] --out DIR';

function main(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      provider: { type: 'string' },
      nodes: { type: 'string' },
      'dual-stack': { type: 'boolean', default: false },
      faults: { type: 'boolean', default: false },
      seed: { type: 'string', default: '1' },
      'firewall-rules': { type: 'string', default: '0' },
      'partial-pod-rule': { type: 'boolean', default: false },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || !values.provider || !values.nodes || !values.out) {
    console.error(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  const result = generateCluster(
    {
      provider: values.provider,
      nodes: Number(values.nodes),
      dualStack: values['dual-stack'],
      faults: values.faults,
      seed: Number(values.seed),
      firewallRules: Number(values['firewall-rules']),
      partialPodRule: values['partial-pod-rule'],
    },
    values.out,
  );
  console.log(JSON.stringify(result, null, 2));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(`generate: ${error.message}\n${USAGE}`);
    process.exit(2);
  }
}
