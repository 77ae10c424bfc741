/**
 * A local, in-memory fake of the six read-only EC2 Query API actions that "live mode" calls, speaking the real
 * wire protocol closely enough for the real `@aws-sdk/client-ec2` (v3) client: `POST /` with an
 * `application/x-www-form-urlencoded` body (`Action=…&Version=2016-11-15&InstanceId.1=…&Filter.1.Name=…&
 * Filter.1.Value.1=…&MaxResults=…&NextToken=…`), SigV4-signed, answered with XML in the
 * `http://ec2.amazonaws.com/doc/2016-11-15/` namespace.
 *
 *   DescribeInstances          InstanceId.N, Filter.N, MaxResults (5..1000, not with InstanceId.N), NextToken
 *   DescribeNetworkInterfaces  NetworkInterfaceId.N, Filter.N, MaxResults (5..1000, not with ids), NextToken
 *   DescribeSubnets            SubnetId.N, Filter.N, MaxResults (5..1000), NextToken
 *   DescribeVpcs               VpcId.N, Filter.N, MaxResults (5..1000), NextToken
 *   DescribeSecurityGroups     GroupId.N, Filter.N, MaxResults (5..1000, not with GroupId.N), NextToken
 *   DescribeNetworkAcls        NetworkAclId.N, Filter.N, MaxResults (5..1000), NextToken
 *
 * and two mutating actions, for source/destination checking only (anything else they could change is refused
 * with 400 UnsupportedOperation rather than silently accepted):
 *
 *   ModifyNetworkInterfaceAttribute  NetworkInterfaceId, SourceDestCheck.Value, DryRun
 *   ModifyInstanceAttribute          InstanceId, SourceDestCheck.Value (or Attribute=sourceDestCheck&Value=…), DryRun
 *
 * and three for firewall openings (see authorizeSecurityGroup and createNetworkAclEntry below):
 *
 *   AuthorizeSecurityGroupIngress    GroupId, IpPermissions.N.{IpProtocol,FromPort,ToPort,IpRanges.M.CidrIp,Ipv6Ranges.M.CidrIpv6}
 *   AuthorizeSecurityGroupEgress     (the same)
 *   CreateNetworkAclEntry            NetworkAclId, RuleNumber, Protocol, RuleAction, Egress, CidrBlock | Ipv6CidrBlock,
 *                                    PortRange.From/To, Icmp.Type/Code
 *
 * They answer `<XxxResponse><requestId>…</requestId><return>true</return></XxxResponse>` and change the live
 * scenario, so later Describe* calls see the change. Source/dest checking of an instance *is* the attribute of its
 * primary network interface (device index 0), so the fake keeps the two in step: ModifyInstanceAttribute sets the
 * instance's `SourceDestCheck` and its device-0 ENI's (embedded in the instance and in `networkInterfaces`);
 * ModifyNetworkInterfaceAttribute sets the ENI everywhere it appears and, when it is some instance's device-0 ENI,
 * that instance's `SourceDestCheck` too. Unknown ids → 400 InvalidNetworkInterfaceID.NotFound /
 * InvalidInstanceID.NotFound; `DryRun=true` → 412 DryRunOperation (after the id checks), nothing changed.
 *
 * The scenario is held in the AWS CLI's JSON shapes (PascalCase, as `aws ec2 describe-* --output json` prints
 * them, i.e. as in fixtures/aws/*) and converted to EC2's XML on every request, so a test may mutate
 * `fake.scenario` between calls. The element names come from a mapping table checked against the SDK's own
 * schema (see XML_* tables below); everything not listed there maps PascalCase → camelCase.
 *
 * Usage:
 *   const fake = await startFakeEc2(await seedFromFixture('fixtures/aws/broken'));
 *   const ec2 = new EC2Client({ region: 'us-east-1', endpoint: fake.url,
 *                               credentials: { accessKeyId: 'AKIDFAKE', secretAccessKey: 'fake' } });
 *   …  fake.callCount('DescribeInstances'); fake.failNext({ status: 503, code: 'RequestLimitExceeded' });
 *   // Deny one ENI only (other ENIs' calls do not use the rule up):
 *   fake.failNext({ action: 'ModifyNetworkInterfaceAttribute', match: { NetworkInterfaceId: 'eni-…' },
 *                   status: 403, code: 'UnauthorizedOperation', message: '… with an explicit deny …' });
 *   fake.mutations();   // [{ action: 'ModifyNetworkInterfaceAttribute', params: { NetworkInterfaceId, 'SourceDestCheck.Value' } }, …]
 *   await fake.close();
 */
import { createHash, randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export const EC2_XMLNS = 'http://ec2.amazonaws.com/doc/2016-11-15/';
export const EC2_API_VERSION = '2016-11-15';

/** Scenario objects are in the AWS CLI JSON shapes (PascalCase), exactly as in the fixtures. */
export interface Ec2Scenario {
  /** Instance objects (flattened out of `Reservations[].Instances[]`). */
  instances: unknown[];
  networkInterfaces: unknown[];
  subnets: unknown[];
  vpcs: unknown[];
  /** Optional: `{SecurityGroups}` items (`aws ec2 describe-security-groups`); absent = none. */
  securityGroups?: unknown[];
  /** Optional: `{NetworkAcls}` items (`aws ec2 describe-network-acls`); absent = none. */
  networkAcls?: unknown[];
  /**
   * Optional: how instances are grouped into reservations (seedFromFixture fills it in). Instances not listed
   * here get a reservation of their own, with an id derived from the instance id.
   */
  reservations?: ReservationInfo[];
}

export interface ReservationInfo {
  ReservationId: string;
  OwnerId: string;
  RequesterId?: string;
  Groups?: unknown[];
  InstanceIds: string[];
}

export interface FakeEc2Call {
  action: string;
  /** Every form (and query-string) parameter of the request, including Action and Version. */
  params: Record<string, string>;
  /** From the SigV4 `Authorization` header's credential scope (undefined when the request was not signed). */
  accessKeyId?: string;
  region?: string;
  service?: string;
}

export interface FailRule {
  /** Only requests for this Action (any Action when omitted). */
  action?: string;
  /** HTTP status of the error response. `200` means "no error": the request is served normally after `delayMs`. */
  status: number;
  /** EC2 error code, e.g. RequestLimitExceeded, UnauthorizedOperation, InternalError, Unavailable. */
  code: string;
  message?: string;
  /** How many matching requests to fail (default 1). */
  times?: number;
  /** Destroy the TCP connection instead of answering (the SDK sees ECONNRESET / "socket hang up"). */
  dropConnection?: boolean;
  /** Wait this long before answering (or dropping). */
  delayMs?: number;
  /**
   * Only requests whose form parameters have exactly these values, e.g. `{ NetworkInterfaceId: 'eni-…' }` or
   * `{ InstanceId: 'i-…' }` (for Describe* the ids are `NetworkInterfaceId.1`, …). Requests that do not match
   * neither fire nor use up the rule, so one resource can fail while the others succeed.
   */
  match?: Record<string, string>;
}

/** One request for a non-Describe action, as it arrived (whether or not it succeeded). */
export interface FakeEc2Mutation {
  action: string;
  /** The request's parameters without `Action` and `Version`, e.g. `{ NetworkInterfaceId, 'SourceDestCheck.Value' }`. */
  params: Record<string, string>;
}

export interface FakeEc2 {
  /** Base URL, e.g. `http://127.0.0.1:43123`: pass as `endpoint` or set AWS_ENDPOINT_URL_EC2. */
  url: string;
  /** The live scenario (a deep copy of the one passed in): mutate it to change what later calls return. */
  scenario: Ec2Scenario;
  calls: FakeEc2Call[];
  callCount(action: string): number;
  /**
   * Several rules may be queued; each request is checked against them in the order they were added and the first
   * one whose `action` and `match` fit fires. `times: Infinity` makes a rule permanent.
   */
  failNext(rule: FailRule): void;
  /**
   * Every request for a non-Describe action, in arrival order: also the ones that failed (injected faults, unknown
   * ids, DryRun), so a test sees what was *attempted*; `{ applied: true }` keeps only those that changed the scenario.
   */
  mutations(options?: { applied?: boolean }): FakeEc2Mutation[];
  /** Forgets `calls` and `mutations()`. */
  clearCalls(): void;
  close(): Promise<void>;
}

export interface FakeEc2Options {
  /** Upper bound on every page (also when the request has no MaxResults): lets tests force pagination. */
  maxResultsCap?: number;
  /** Reject unsigned requests with 401 AuthFailure (default true; the SDK always signs). */
  requireSignature?: boolean;
}

type Rec = Record<string, unknown>;

// ---------------------------------------------------------------------------------------------------------------
// Seeding
// ---------------------------------------------------------------------------------------------------------------

/**
 * Reads every `*.json` file of a fixture folder and sorts them by content: `{Reservations}` → instances
 * (flattened; reservation ids/owners kept in `reservations`), `{NetworkInterfaces}`, `{Subnets}`, `{Vpcs}`,
 * `{SecurityGroups}`, `{NetworkAcls}`.
 * Other JSON files (nodes.json, …) are ignored.
 *
 * A folder without any firewall dump (fixtures written before the firewall checks) gets the security groups its
 * ENIs and instances name, synthesised to allow everything in and out, and no network ACLs: the groups a real
 * account would return for those ids, with the firewall not at fault, so such fixtures keep their findings.
 */
export async function seedFromFixture(dir: string): Promise<Ec2Scenario> {
  const scenario: Ec2Scenario = {
    instances: [],
    networkInterfaces: [],
    subnets: [],
    vpcs: [],
    securityGroups: [],
    networkAcls: [],
    reservations: [],
  };
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  let firewallDumps = 0;
  for (const file of files) {
    let doc: unknown;
    try {
      doc = JSON.parse(await readFile(join(dir, file), 'utf8'));
    } catch (err) {
      throw new Error(`seedFromFixture: ${join(dir, file)} is not valid JSON: ${(err as Error).message}`, {
        cause: err,
      });
    }
    if (!isRec(doc)) continue;
    if (Array.isArray(doc.Reservations)) {
      for (const r of doc.Reservations) {
        if (!isRec(r)) continue;
        const instances = Array.isArray(r.Instances) ? r.Instances : [];
        scenario.instances.push(...instances);
        const info: ReservationInfo = {
          ReservationId: str(r.ReservationId) ?? reservationIdFor(str(get(instances[0], 'InstanceId')) ?? ''),
          OwnerId: str(r.OwnerId) ?? DEFAULT_OWNER,
          InstanceIds: instances.map((i) => str(get(i, 'InstanceId')) ?? ''),
        };
        if (typeof r.RequesterId === 'string') info.RequesterId = r.RequesterId;
        if (Array.isArray(r.Groups)) info.Groups = r.Groups;
        scenario.reservations!.push(info);
      }
    }
    if (Array.isArray(doc.NetworkInterfaces)) scenario.networkInterfaces.push(...doc.NetworkInterfaces);
    if (Array.isArray(doc.Subnets)) scenario.subnets.push(...doc.Subnets);
    if (Array.isArray(doc.Vpcs)) scenario.vpcs.push(...doc.Vpcs);
    if (Array.isArray(doc.SecurityGroups)) scenario.securityGroups!.push(...doc.SecurityGroups);
    if (Array.isArray(doc.NetworkAcls)) scenario.networkAcls!.push(...doc.NetworkAcls);
    if (Array.isArray(doc.SecurityGroups) || Array.isArray(doc.NetworkAcls)) firewallDumps++;
  }
  if (firewallDumps === 0) scenario.securityGroups = synthesiseSecurityGroups(scenario);
  return scenario;
}

/** Allow-all groups for every group id the scenario's ENIs and instances name (see seedFromFixture). */
export function synthesiseSecurityGroups(scenario: Ec2Scenario): Rec[] {
  const groups = new Map<string, Rec>();
  const everything = (): Rec[] => [
    {
      IpProtocol: '-1',
      UserIdGroupPairs: [],
      IpRanges: [{ CidrIp: '0.0.0.0/0' }],
      Ipv6Ranges: [{ CidrIpv6: '::/0' }],
      PrefixListIds: [],
    },
  ];
  const add = (ref: unknown, vpcId: unknown, ownerId: unknown) => {
    const id = str(get(ref, 'GroupId'));
    if (!id || groups.has(id)) return;
    groups.set(id, {
      GroupId: id,
      GroupName: str(get(ref, 'GroupName')) ?? id,
      Description: 'synthesised by fake-ec2: allows everything',
      VpcId: str(vpcId),
      OwnerId: str(ownerId) ?? DEFAULT_OWNER,
      IpPermissions: everything(),
      IpPermissionsEgress: everything(),
    });
  };
  for (const eni of scenario.networkInterfaces.filter(isRec))
    for (const g of arr(eni.Groups)) add(g, eni.VpcId, eni.OwnerId);
  for (const instance of scenario.instances.filter(isRec)) {
    for (const g of arr(instance.SecurityGroups)) add(g, instance.VpcId, undefined);
    for (const eni of arr(instance.NetworkInterfaces).filter(isRec))
      for (const g of arr(eni.Groups)) add(g, eni.VpcId, eni.OwnerId);
  }
  return [...groups.values()];
}

/** The scenario back in the CLI's file shapes (what `aws ec2 describe-* --output json` would print). */
export function toCliJson(scenario: Ec2Scenario): {
  'instances.json': { Reservations: unknown[] };
  'network-interfaces.json': { NetworkInterfaces: unknown[] };
  'subnets.json': { Subnets: unknown[] };
  'vpcs.json': { Vpcs: unknown[] };
} {
  const reservations = groupReservations(scenario, scenario.instances.filter(isRec)).map((g) => {
    const r: Rec = { Groups: g.info.Groups ?? [], Instances: g.instances, OwnerId: g.info.OwnerId };
    if (g.info.RequesterId !== undefined) r.RequesterId = g.info.RequesterId;
    r.ReservationId = g.info.ReservationId;
    return r;
  });
  return {
    'instances.json': { Reservations: reservations },
    'network-interfaces.json': { NetworkInterfaces: scenario.networkInterfaces },
    'subnets.json': { Subnets: scenario.subnets },
    'vpcs.json': { Vpcs: scenario.vpcs },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// CLI JSON → EC2 XML
// ---------------------------------------------------------------------------------------------------------------

/**
 * Shapes whose members do not follow the default rules. Checked against the SDK 3.1169 schema
 * (`ec2QueryName`/`xmlName` traits of Instance$, Reservation$, InstanceNetworkInterface$, NetworkInterface$,
 * Subnet$, Vpc$ and everything reachable from them): these are the only members whose element name is not
 * camelCase(member) or whose list element is not camelCase(member)+"Set"-as-written.
 */
type Shape = 'Reservation' | 'Instance' | 'ProductCode' | 'SecurityGroup' | 'IpPermission' | 'NetworkAcl' | 'Generic';

const XML_RENAMES: Partial<Record<Shape, Record<string, string>>> = {
  Instance: {
    State: 'instanceState', // Vpc/Subnet/Monitoring `State` stay `state`
    PublicDnsName: 'dnsName', // Association.PublicDnsName stays `publicDnsName`
    PublicIpAddress: 'ipAddress',
    StateTransitionReason: 'reason',
    SecurityGroups: 'groupSet',
    BlockDeviceMappings: 'blockDeviceMapping',
    ProductCodes: 'productCodes',
    ElasticGpuAssociations: 'elasticGpuAssociationSet',
    ElasticInferenceAcceleratorAssociations: 'elasticInferenceAcceleratorAssociationSet',
    Licenses: 'licenseSet',
    SecondaryInterfaces: 'secondaryInterfaceSet',
  },
  Reservation: { Instances: 'instancesSet' },
  ProductCode: { ProductCodeId: 'productCode', ProductCodeType: 'type' },
  // SecurityGroup$ / IpPermission$ / NetworkAcl$ (DescribeSecurityGroups, DescribeNetworkAcls).
  SecurityGroup: { Description: 'groupDescription' }, // IpRange/UserIdGroupPair `Description` stays `description`
  IpPermission: { UserIdGroupPairs: 'groups' },
  NetworkAcl: { Associations: 'associationSet', Entries: 'entrySet', IsDefault: 'default' }, // Vpc.IsDefault stays `isDefault`
};

/** List members (any shape) → the `<xxxSet>` element; lists not listed here keep camelCase(member). */
const XML_LIST_ELEMENTS: Record<string, string> = {
  Reservations: 'reservationSet',
  Instances: 'instancesSet',
  NetworkInterfaces: 'networkInterfaceSet',
  Groups: 'groupSet',
  Tags: 'tagSet',
  TagSet: 'tagSet',
  PrivateIpAddresses: 'privateIpAddressesSet',
  Ipv6Addresses: 'ipv6AddressesSet',
  Ipv4Prefixes: 'ipv4PrefixSet',
  Ipv6Prefixes: 'ipv6PrefixSet',
  Subnets: 'subnetSet',
  Vpcs: 'vpcSet',
  AssociatedSubnets: 'associatedSubnetSet',
  MetricCategoryIds: 'metricCategoryIdSet',
  SecurityGroups: 'securityGroupInfo',
  NetworkAcls: 'networkAclSet',
  // Already camelCase(member): IpPermissions, IpPermissionsEgress, IpRanges, Ipv6Ranges, PrefixListIds.
  // Already camelCase(member): CidrBlockAssociationSet, Ipv6CidrBlockAssociationSet.
};

const XML_CHILD_SHAPES: Partial<Record<Shape, Record<string, Shape>>> = {
  Reservation: { Instances: 'Instance' },
  Instance: { ProductCodes: 'ProductCode' },
  SecurityGroup: { IpPermissions: 'IpPermission', IpPermissionsEgress: 'IpPermission' },
};

/** Top-level list members whose items are of a shape with its own renames. */
const TOP_LEVEL_SHAPES: Record<string, Shape> = {
  Reservations: 'Reservation',
  SecurityGroups: 'SecurityGroup',
  NetworkAcls: 'NetworkAcl',
};

function camel(key: string): string {
  return key.charAt(0).toLowerCase() + key.slice(1);
}

function xmlEscape(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** CLI prints `2026-10-20T09:01:15+00:00`; EC2's XML carries `2026-10-20T09:01:15.000Z`. */
function wireScalar(key: string, value: string | number | boolean): string {
  if (typeof value === 'string' && /Time$/.test(key) && /^\d{4}-\d\d-\d\dT/.test(value)) {
    const t = Date.parse(value);
    if (!Number.isNaN(t)) return new Date(t).toISOString();
  }
  return String(value);
}

function elementName(shape: Shape, key: string, value: unknown): string {
  return XML_RENAMES[shape]?.[key] ?? (Array.isArray(value) ? XML_LIST_ELEMENTS[key] : undefined) ?? camel(key);
}

/** Serialises `value` as the content of an element; `out` gets the lines, `pad` is the current indent. */
function writeValue(out: string[], pad: string, name: string, key: string, value: unknown, shape: Shape): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    const items = value.filter((v) => v !== null && v !== undefined);
    if (items.length === 0) {
      out.push(`${pad}<${name}/>`);
      return;
    }
    out.push(`${pad}<${name}>`);
    for (const item of items) writeValue(out, pad + '    ', 'item', key, item, shape);
    out.push(`${pad}</${name}>`);
    return;
  }
  if (isRec(value)) {
    out.push(`${pad}<${name}>`);
    writeMembers(out, pad + '    ', value, shape);
    out.push(`${pad}</${name}>`);
    return;
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    const text = xmlEscape(wireScalar(key, value));
    out.push(text === '' ? `${pad}<${name}/>` : `${pad}<${name}>${text}</${name}>`);
    return;
  }
  throw new Error(`fake-ec2: cannot serialise ${key}=${typeof value}`);
}

function writeMembers(out: string[], pad: string, obj: Rec, shape: Shape): void {
  for (const [key, value] of Object.entries(obj)) {
    const child = XML_CHILD_SHAPES[shape]?.[key] ?? 'Generic';
    writeValue(out, pad, elementName(shape, key, value), key, value, child);
  }
}

/** One CLI-JSON object (Instance, NetworkInterface, Subnet, Vpc, …) as the EC2 XML members of an `<item>`. */
export function cliJsonToEc2Xml(obj: Rec, shape: 'Instance' | 'Reservation' | 'Generic' = 'Generic'): string {
  const out: string[] = [];
  writeMembers(out, '', obj, shape);
  return out.join('\n');
}

function responseXml(action: string, requestId: string, members: Rec, shape: Shape = 'Generic'): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<${action}Response xmlns="${EC2_XMLNS}">`];
  out.push(`    <requestId>${requestId}</requestId>`);
  for (const [key, value] of Object.entries(members)) {
    if (value === undefined) continue;
    const child: Shape = TOP_LEVEL_SHAPES[key] ?? shape;
    writeValue(out, '    ', elementName('Generic', key, value), key, value, child);
  }
  out.push(`</${action}Response>`);
  return out.join('\n') + '\n';
}

function errorXml(code: string, message: string, requestId: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<Response><Errors><Error><Code>${xmlEscape(code)}</Code><Message>${xmlEscape(message)}</Message></Error></Errors>` +
    `<RequestID>${requestId}</RequestID></Response>\n`
  );
}

const DEFAULT_MESSAGES: Record<string, string> = {
  RequestLimitExceeded: 'Request limit exceeded.',
  UnauthorizedOperation: 'You are not authorized to perform this operation.',
  InternalError: 'An internal error has occurred.',
  Unavailable: 'The service is unavailable. Please try again shortly.',
  ServiceUnavailable: 'The service is unavailable. Please try again shortly.',
  AuthFailure: 'AWS was not able to validate the provided access credentials',
  InsufficientInstanceCapacity: 'Insufficient capacity.',
};

// ---------------------------------------------------------------------------------------------------------------
// Request handling
// ---------------------------------------------------------------------------------------------------------------

class Ec2Error extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const DEFAULT_OWNER = '123456789012';

function isRec(v: unknown): v is Rec {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function get(v: unknown, ...path: string[]): unknown {
  let cur = v;
  for (const p of path) {
    if (!isRec(cur)) return undefined;
    cur = cur[p];
  }
  return cur;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

function hexOf(seed: string, len: number): string {
  return createHash('sha256').update(seed).digest('hex').slice(0, len);
}

function reservationIdFor(instanceId: string): string {
  return `r-0${hexOf(`reservation/${instanceId}`, 16)}`;
}

/** `Prefix.1`, `Prefix.2`, … in index order. */
function listParam(params: Record<string, string>, prefix: string): string[] {
  const re = new RegExp(`^${prefix.replace(/\./g, '\\.')}\\.(\\d+)$`);
  return Object.entries(params)
    .map(([k, v]) => [re.exec(k)?.[1], v] as const)
    .filter((e): e is readonly [string, string] => e[0] !== undefined)
    .sort((a, b) => Number(a[0]) - Number(b[0]))
    .map((e) => e[1]);
}

interface Filter {
  name: string;
  values: string[];
  index: string;
}

function filtersOf(params: Record<string, string>): Filter[] {
  const filters: Filter[] = [];
  for (const [k, v] of Object.entries(params)) {
    const m = /^Filter\.(\d+)\.Name$/.exec(k);
    if (!m) continue;
    filters.push({ name: v, values: listParam(params, `Filter.${m[1]}.Value`), index: m[1]! });
  }
  return filters.sort((a, b) => Number(a.index) - Number(b.index));
}

/** EC2 filter values accept `*` and `?` wildcards (`\` escapes them). */
function globMatch(pattern: string, value: string): boolean {
  if (!/[*?]/.test(pattern)) return pattern === value;
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\' && i + 1 < pattern.length) re += escapeRe(pattern[++i]!);
    else if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else re += escapeRe(c);
  }
  return new RegExp(`^${re}$`, 's').test(value);
}

function escapeRe(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

type Getter = (obj: Rec, ctx: { reservation?: ReservationInfo }) => unknown[];
type FilterTable = Record<string, Getter>;

const tagsOf = (o: Rec): Rec[] => arr(o.Tags ?? o.TagSet).filter(isRec);
const commonTagFilters: FilterTable = {
  'tag-key': (o) => tagsOf(o).map((t) => t.Key),
  'tag-value': (o) => tagsOf(o).map((t) => t.Value),
};
const field =
  (...path: string[]): Getter =>
  (o) => [get(o, ...path)];
const eniAddresses = (eni: unknown): unknown[] =>
  arr(get(eni, 'PrivateIpAddresses')).map((a) => get(a, 'PrivateIpAddress'));
const eniIpv6 = (eni: unknown): unknown[] => arr(get(eni, 'Ipv6Addresses')).map((a) => get(a, 'Ipv6Address'));
const overEnis =
  (fn: (eni: unknown) => unknown[]): Getter =>
  (o) =>
    arr(o.NetworkInterfaces).flatMap(fn);

const INSTANCE_FILTERS: FilterTable = {
  ...commonTagFilters,
  'instance-id': field('InstanceId'),
  'private-ip-address': field('PrivateIpAddress'), // the instance's primary private IPv4 only
  'ip-address': field('PublicIpAddress'),
  'private-dns-name': field('PrivateDnsName'),
  'dns-name': field('PublicDnsName'),
  'vpc-id': field('VpcId'),
  'subnet-id': field('SubnetId'),
  'instance-type': field('InstanceType'),
  'image-id': field('ImageId'),
  'key-name': field('KeyName'),
  architecture: field('Architecture'),
  platform: field('Platform'),
  'platform-details': field('PlatformDetails'),
  'availability-zone': field('Placement', 'AvailabilityZone'),
  'instance-state-name': field('State', 'Name'),
  'instance-state-code': field('State', 'Code'),
  'source-dest-check': field('SourceDestCheck'),
  'iam-instance-profile.arn': field('IamInstanceProfile', 'Arn'),
  'ipv6-address': (o) => [o.Ipv6Address, ...arr(o.NetworkInterfaces).flatMap(eniIpv6)],
  'reservation-id': (_o, ctx) => [ctx.reservation?.ReservationId],
  'owner-id': (_o, ctx) => [ctx.reservation?.OwnerId],
  'requester-id': (_o, ctx) => [ctx.reservation?.RequesterId],
  'instance.group-id': (o) => arr(o.SecurityGroups).map((g) => get(g, 'GroupId')),
  'instance.group-name': (o) => arr(o.SecurityGroups).map((g) => get(g, 'GroupName')),
  'network-interface.addresses.private-ip-address': overEnis(eniAddresses),
  'network-interface.addresses.primary': overEnis((e) =>
    arr(get(e, 'PrivateIpAddresses')).map((a) => get(a, 'Primary')),
  ),
  'network-interface.ipv6-addresses.ipv6-address': overEnis(eniIpv6),
  'network-interface.network-interface-id': overEnis((e) => [get(e, 'NetworkInterfaceId')]),
  'network-interface.subnet-id': overEnis((e) => [get(e, 'SubnetId')]),
  'network-interface.vpc-id': overEnis((e) => [get(e, 'VpcId')]),
  'network-interface.private-dns-name': overEnis((e) => [get(e, 'PrivateDnsName')]),
  'network-interface.mac-address': overEnis((e) => [get(e, 'MacAddress')]),
  'network-interface.status': overEnis((e) => [get(e, 'Status')]),
  'network-interface.description': overEnis((e) => [get(e, 'Description')]),
  'network-interface.source-dest-check': overEnis((e) => [get(e, 'SourceDestCheck')]),
  'network-interface.group-id': overEnis((e) => arr(get(e, 'Groups')).map((g) => get(g, 'GroupId'))),
  'network-interface.attachment.device-index': overEnis((e) => [get(e, 'Attachment', 'DeviceIndex')]),
  'network-interface.attachment.attachment-id': overEnis((e) => [get(e, 'Attachment', 'AttachmentId')]),
  'network-interface.attachment.status': overEnis((e) => [get(e, 'Attachment', 'Status')]),
};

const ENI_FILTERS: FilterTable = {
  ...commonTagFilters,
  'network-interface-id': field('NetworkInterfaceId'),
  'attachment.instance-id': field('Attachment', 'InstanceId'),
  'attachment.instance-owner-id': field('Attachment', 'InstanceOwnerId'),
  'attachment.attachment-id': field('Attachment', 'AttachmentId'),
  'attachment.device-index': field('Attachment', 'DeviceIndex'),
  'attachment.status': field('Attachment', 'Status'),
  'attachment.delete-on-termination': field('Attachment', 'DeleteOnTermination'),
  // "The private IPv4 address or addresses of the network interface": primary and secondary alike.
  'addresses.private-ip-address': (o) => eniAddresses(o),
  'private-ip-address': (o) => [o.PrivateIpAddress, ...eniAddresses(o)],
  'addresses.primary': (o) => arr(o.PrivateIpAddresses).map((a) => get(a, 'Primary')),
  'ipv6-addresses.ipv6-address': (o) => eniIpv6(o),
  'vpc-id': field('VpcId'),
  'subnet-id': field('SubnetId'),
  'availability-zone': field('AvailabilityZone'),
  status: field('Status'),
  'source-dest-check': field('SourceDestCheck'),
  'interface-type': field('InterfaceType'),
  description: field('Description'),
  'mac-address': field('MacAddress'),
  'owner-id': field('OwnerId'),
  'private-dns-name': field('PrivateDnsName'),
  'requester-managed': field('RequesterManaged'),
  'group-id': (o) => arr(o.Groups).map((g) => get(g, 'GroupId')),
  'group-name': (o) => arr(o.Groups).map((g) => get(g, 'GroupName')),
};

const SUBNET_FILTERS: FilterTable = {
  ...commonTagFilters,
  'subnet-id': field('SubnetId'),
  'vpc-id': field('VpcId'),
  'cidr-block': field('CidrBlock'),
  cidr: field('CidrBlock'),
  cidrBlock: field('CidrBlock'),
  'availability-zone': field('AvailabilityZone'),
  availabilityZone: field('AvailabilityZone'),
  'availability-zone-id': field('AvailabilityZoneId'),
  state: field('State'),
  'default-for-az': field('DefaultForAz'),
  defaultForAz: field('DefaultForAz'),
  'owner-id': field('OwnerId'),
  'subnet-arn': field('SubnetArn'),
  'map-public-ip-on-launch': field('MapPublicIpOnLaunch'),
  'ipv6-cidr-block-association.ipv6-cidr-block': (o) =>
    arr(o.Ipv6CidrBlockAssociationSet).map((a) => get(a, 'Ipv6CidrBlock')),
  'ipv6-cidr-block-association.association-id': (o) =>
    arr(o.Ipv6CidrBlockAssociationSet).map((a) => get(a, 'AssociationId')),
  'ipv6-cidr-block-association.state': (o) =>
    arr(o.Ipv6CidrBlockAssociationSet).map((a) => get(a, 'Ipv6CidrBlockState', 'State')),
};

const VPC_FILTERS: FilterTable = {
  ...commonTagFilters,
  'vpc-id': field('VpcId'),
  cidr: field('CidrBlock'),
  'cidr-block-association.cidr-block': (o) => arr(o.CidrBlockAssociationSet).map((a) => get(a, 'CidrBlock')),
  'cidr-block-association.association-id': (o) => arr(o.CidrBlockAssociationSet).map((a) => get(a, 'AssociationId')),
  'cidr-block-association.state': (o) => arr(o.CidrBlockAssociationSet).map((a) => get(a, 'CidrBlockState', 'State')),
  'ipv6-cidr-block-association.ipv6-cidr-block': (o) =>
    arr(o.Ipv6CidrBlockAssociationSet).map((a) => get(a, 'Ipv6CidrBlock')),
  state: field('State'),
  'is-default': field('IsDefault'),
  isDefault: field('IsDefault'),
  'owner-id': field('OwnerId'),
  'dhcp-options-id': field('DhcpOptionsId'),
};

const SECURITY_GROUP_FILTERS: FilterTable = {
  ...commonTagFilters,
  'group-id': field('GroupId'),
  'group-name': field('GroupName'),
  description: field('Description'),
  'vpc-id': field('VpcId'),
  'owner-id': field('OwnerId'),
};

const NETWORK_ACL_FILTERS: FilterTable = {
  ...commonTagFilters,
  'network-acl-id': field('NetworkAclId'),
  'vpc-id': field('VpcId'),
  default: field('IsDefault'),
  'owner-id': field('OwnerId'),
  'association.association-id': (o) => arr(o.Associations).map((a) => get(a, 'NetworkAclAssociationId')),
  'association.network-acl-id': (o) => arr(o.Associations).map((a) => get(a, 'NetworkAclId')),
  'association.subnet-id': (o) => arr(o.Associations).map((a) => get(a, 'SubnetId')),
  'entry.cidr': (o) => arr(o.Entries).map((e) => get(e, 'CidrBlock')),
  'entry.egress': (o) => arr(o.Entries).map((e) => get(e, 'Egress')),
  'entry.protocol': (o) => arr(o.Entries).map((e) => get(e, 'Protocol')),
  'entry.rule-action': (o) => arr(o.Entries).map((e) => get(e, 'RuleAction')),
  'entry.rule-number': (o) => arr(o.Entries).map((e) => get(e, 'RuleNumber')),
};

function compileFilters(
  table: FilterTable,
  filters: Filter[],
): (obj: Rec, ctx: { reservation?: ReservationInfo }) => boolean {
  const compiled = filters.map((f) => {
    let getter: Getter | undefined = table[f.name];
    if (!getter && f.name.startsWith('tag:')) {
      const tagKey = f.name.slice(4);
      getter = (o) =>
        tagsOf(o)
          .filter((t) => t.Key === tagKey)
          .map((t) => t.Value);
    }
    if (!getter) throw new Ec2Error(400, 'InvalidParameterValue', `The filter '${f.name}' is invalid`);
    if (f.values.length === 0) {
      throw new Ec2Error(400, 'InvalidParameterCombination', `The filter '${f.name}' requires at least one value`);
    }
    return { getter, values: f.values };
  });
  return (obj, ctx) =>
    compiled.every(({ getter, values }) => {
      const candidates = getter(obj, ctx)
        .filter((c) => c !== undefined && c !== null)
        .map((c) => String(c));
      return candidates.some((c) => values.some((v) => globMatch(v, c)));
    });
}

function idsChecked(params: Record<string, string>, prefix: string, idPrefix: string, code: string): string[] {
  const ids = [...new Set(listParam(params, prefix))];
  const re = new RegExp(`^${idPrefix}-([0-9a-f]{8}|[0-9a-f]{17})$`);
  const bad = ids.find((id) => !re.test(id));
  if (bad !== undefined) throw new Ec2Error(400, `${code}.Malformed`, `Invalid id: "${bad}"`);
  return ids;
}

function notFound(code: string, noun: string, missing: string[]): Ec2Error {
  const message =
    missing.length === 1
      ? `The ${noun} ID '${missing[0]}' does not exist`
      : `The ${noun} IDs '${missing.join(', ')}' do not exist`;
  return new Ec2Error(400, `${code}.NotFound`, message);
}

interface PageRequest {
  action: string;
  params: Record<string, string>;
  /** True when ids were given explicitly (MaxResults is then refused for instances and ENIs). */
  idsGiven: boolean;
  refuseMaxResultsWithIds: string | undefined;
}

/** MaxResults/NextToken handling shared by all six actions. */
function paginate<T>(
  items: T[],
  req: PageRequest,
  cap: number | undefined,
  tokenSecret: string,
): { page: T[]; nextToken: string | undefined } {
  const { params, action } = req;
  let max: number | undefined;
  if (params.MaxResults !== undefined) {
    if (req.idsGiven && req.refuseMaxResultsWithIds) {
      throw new Ec2Error(
        400,
        'InvalidParameterCombination',
        `The parameter ${req.refuseMaxResultsWithIds} cannot be used with the parameter maxResults`,
      );
    }
    max = Number(params.MaxResults);
    if (!Number.isInteger(max)) {
      throw new Ec2Error(400, 'InvalidParameterValue', `Invalid value '${params.MaxResults}' for maxResults`);
    }
    if (max < 5) {
      throw new Ec2Error(
        400,
        'InvalidParameterValue',
        `Value ( ${max} ) for parameter maxResults is invalid. Expecting a value greater than 5.`,
      );
    }
    if (max > 1000) {
      throw new Ec2Error(
        400,
        'InvalidParameterValue',
        `Value ( ${max} ) for parameter maxResults is invalid. Expecting a value less than 1000.`,
      );
    }
  }
  if (cap !== undefined) max = Math.min(max ?? cap, cap);

  const queryHash = hexOf(
    JSON.stringify(
      Object.entries(params)
        .filter(([k]) => !['Action', 'Version', 'NextToken', 'MaxResults'].includes(k))
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    ),
    16,
  );
  let offset = 0;
  if (params.NextToken !== undefined && params.NextToken !== '') {
    const decoded = decodeToken(params.NextToken, tokenSecret);
    if (!decoded || decoded.a !== action || decoded.h !== queryHash || decoded.o > items.length) {
      throw new Ec2Error(400, 'InvalidPaginationToken', 'The specified pagination token is not valid or is expired.');
    }
    offset = decoded.o;
  }
  const end = max === undefined ? items.length : Math.min(items.length, offset + max);
  const page = items.slice(offset, end);
  const nextToken = end < items.length ? encodeToken({ a: action, o: end, h: queryHash }, tokenSecret) : undefined;
  return { page, nextToken };
}

interface TokenBody {
  a: string;
  o: number;
  h: string;
}

function encodeToken(body: TokenBody, secret: string): string {
  const payload = Buffer.from(JSON.stringify(body)).toString('base64url');
  return `${payload}.${hexOf(secret + payload, 24)}`;
}

function decodeToken(token: string, secret: string): TokenBody | undefined {
  const [payload, mac] = token.split('.');
  if (!payload || !mac || hexOf(secret + payload, 24) !== mac) return undefined;
  try {
    const body = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as unknown;
    if (isRec(body) && typeof body.a === 'string' && typeof body.o === 'number' && typeof body.h === 'string') {
      return { a: body.a, o: body.o, h: body.h };
    }
  } catch {
    /* fall through */
  }
  return undefined;
}

function groupReservations(scenario: Ec2Scenario, instances: Rec[]): { info: ReservationInfo; instances: Rec[] }[] {
  const byInstance = new Map<string, ReservationInfo>();
  for (const r of scenario.reservations ?? []) for (const id of r.InstanceIds) byInstance.set(id, r);
  const groups: { info: ReservationInfo; instances: Rec[] }[] = [];
  for (const inst of instances) {
    const id = str(inst.InstanceId) ?? '';
    const info = byInstance.get(id) ?? {
      ReservationId: reservationIdFor(id),
      OwnerId: str(get(arr(inst.NetworkInterfaces)[0], 'OwnerId')) ?? DEFAULT_OWNER,
      InstanceIds: [id],
    };
    const last = groups[groups.length - 1];
    if (last && last.info === info) last.instances.push(inst);
    else groups.push({ info, instances: [inst] });
  }
  return groups;
}

function reservationFor(scenario: Ec2Scenario, instanceId: string): ReservationInfo | undefined {
  return scenario.reservations?.find((r) => r.InstanceIds.includes(instanceId));
}

interface ActionResult {
  members: Rec;
}

function describeInstances(
  scenario: Ec2Scenario,
  params: Record<string, string>,
  cap: number | undefined,
  secret: string,
): ActionResult {
  const ids = idsChecked(params, 'InstanceId', 'i', 'InvalidInstanceID');
  const all = scenario.instances.filter(isRec);
  if (ids.length) {
    const missing = ids.filter((id) => !all.some((i) => i.InstanceId === id));
    if (missing.length) throw notFound('InvalidInstanceID', 'instance', missing);
  }
  const match = compileFilters(INSTANCE_FILTERS, filtersOf(params));
  const selected = all.filter(
    (i) =>
      (ids.length === 0 || ids.includes(str(i.InstanceId) ?? '')) &&
      match(i, { reservation: reservationFor(scenario, str(i.InstanceId) ?? '') }),
  );
  const { page, nextToken } = paginate(
    selected,
    { action: 'DescribeInstances', params, idsGiven: ids.length > 0, refuseMaxResultsWithIds: 'instancesSet' },
    cap,
    secret,
  );
  const reservations = groupReservations(scenario, page).map((g) => {
    const r: Rec = {
      ReservationId: g.info.ReservationId,
      OwnerId: g.info.OwnerId,
      Groups: g.info.Groups ?? [],
      Instances: g.instances,
    };
    if (g.info.RequesterId !== undefined) r.RequesterId = g.info.RequesterId;
    return r;
  });
  return { members: { Reservations: reservations, NextToken: nextToken } };
}

function describeGeneric(
  kind: 'networkInterfaces' | 'subnets' | 'vpcs' | 'securityGroups' | 'networkAcls',
  scenario: Ec2Scenario,
  params: Record<string, string>,
  cap: number | undefined,
  secret: string,
): ActionResult {
  const spec = {
    networkInterfaces: {
      action: 'DescribeNetworkInterfaces',
      idParam: 'NetworkInterfaceId',
      idField: 'NetworkInterfaceId',
      idPrefix: 'eni',
      code: 'InvalidNetworkInterfaceID',
      noun: 'networkInterface',
      filters: ENI_FILTERS,
      listKey: 'NetworkInterfaces',
      refuse: 'networkInterfaceIdSet',
    },
    subnets: {
      action: 'DescribeSubnets',
      idParam: 'SubnetId',
      idField: 'SubnetId',
      idPrefix: 'subnet',
      code: 'InvalidSubnetID',
      noun: 'subnet',
      filters: SUBNET_FILTERS,
      listKey: 'Subnets',
      refuse: undefined,
    },
    vpcs: {
      action: 'DescribeVpcs',
      idParam: 'VpcId',
      idField: 'VpcId',
      idPrefix: 'vpc',
      code: 'InvalidVpcID',
      noun: 'vpc',
      filters: VPC_FILTERS,
      listKey: 'Vpcs',
      refuse: undefined,
    },
    securityGroups: {
      action: 'DescribeSecurityGroups',
      idParam: 'GroupId',
      idField: 'GroupId',
      idPrefix: 'sg',
      code: 'InvalidGroupId',
      noun: 'security group',
      filters: SECURITY_GROUP_FILTERS,
      listKey: 'SecurityGroups',
      refuse: 'groupId',
    },
    networkAcls: {
      action: 'DescribeNetworkAcls',
      idParam: 'NetworkAclId',
      idField: 'NetworkAclId',
      idPrefix: 'acl',
      code: 'InvalidNetworkAclID',
      noun: 'network ACL',
      filters: NETWORK_ACL_FILTERS,
      listKey: 'NetworkAcls',
      refuse: undefined,
    },
  }[kind];
  const ids = idsChecked(params, spec.idParam, spec.idPrefix, spec.code);
  const all = (scenario[kind] ?? []).filter(isRec);
  if (ids.length) {
    const missing = ids.filter((id) => !all.some((o) => o[spec.idField] === id));
    if (missing.length) throw notFound(spec.code, spec.noun, missing);
  }
  const match = compileFilters(spec.filters, filtersOf(params));
  const selected = all.filter((o) => (ids.length === 0 || ids.includes(str(o[spec.idField]) ?? '')) && match(o, {}));
  const { page, nextToken } = paginate(
    selected,
    { action: spec.action, params, idsGiven: ids.length > 0, refuseMaxResultsWithIds: spec.refuse },
    cap,
    secret,
  );
  return { members: { [spec.listKey]: page, NextToken: nextToken } };
}

// ---------------------------------------------------------------------------------------------------------------
// Mutating actions (source/destination checking only)
// ---------------------------------------------------------------------------------------------------------------

const COMMON_PARAMS = new Set(['Action', 'Version', 'DryRun']);

/** EC2 booleans on the wire are `true` / `false`. */
function boolParam(params: Record<string, string>, key: string, wireName: string): boolean {
  const raw = params[key]!;
  if (/^true$/i.test(raw)) return true;
  if (/^false$/i.test(raw)) return false;
  throw new Ec2Error(
    400,
    'InvalidParameterValue',
    `Value (${raw}) for parameter ${wireName} is invalid. Expected: 'true' or 'false'.`,
  );
}

function requiredId(params: Record<string, string>, key: string, idPrefix: string, code: string): string {
  const id = params[key];
  if (id === undefined || id === '') {
    throw new Ec2Error(400, 'MissingParameter', `The request must contain the parameter ${camel(key)}`);
  }
  if (!new RegExp(`^${idPrefix}-([0-9a-f]{8}|[0-9a-f]{17})$`).test(id)) {
    throw new Ec2Error(400, `${code}.Malformed`, `Invalid id: "${id}"`);
  }
  return id;
}

/** Refuses parameters the fake does not model, so a test never passes on a change that was silently dropped. */
function onlyParams(action: string, params: Record<string, string>, allowed: string[]): void {
  const extra = Object.keys(params).filter((k) => !COMMON_PARAMS.has(k) && !allowed.includes(k));
  if (extra.length) {
    throw new Ec2Error(
      400,
      'UnsupportedOperation',
      `fake-ec2: ${action} models only ${allowed.join(', ')}; got ${extra.join(', ')}`,
    );
  }
}

function dryRunStop(params: Record<string, string>): void {
  if (params.DryRun !== undefined && /^true$/i.test(params.DryRun)) {
    throw new Ec2Error(412, 'DryRunOperation', 'Request would have succeeded, but DryRun flag is set.');
  }
}

const isPrimary = (eni: unknown): boolean => Number(get(eni, 'Attachment', 'DeviceIndex')) === 0;

/** Every place an ENI appears: the `networkInterfaces` entry and the copies embedded in instances. */
function eniCopies(
  scenario: Ec2Scenario,
  eniId: string,
): { standalone: Rec[]; embedded: { instance: Rec; eni: Rec }[] } {
  const standalone = scenario.networkInterfaces.filter(isRec).filter((n) => n.NetworkInterfaceId === eniId);
  const embedded: { instance: Rec; eni: Rec }[] = [];
  for (const instance of scenario.instances.filter(isRec)) {
    for (const eni of arr(instance.NetworkInterfaces).filter(isRec)) {
      if (eni.NetworkInterfaceId === eniId) embedded.push({ instance, eni });
    }
  }
  return { standalone, embedded };
}

function modifyNetworkInterfaceAttribute(scenario: Ec2Scenario, params: Record<string, string>): ActionResult {
  const eniId = requiredId(params, 'NetworkInterfaceId', 'eni', 'InvalidNetworkInterfaceID');
  const { standalone, embedded } = eniCopies(scenario, eniId);
  if (standalone.length === 0 && embedded.length === 0)
    throw notFound('InvalidNetworkInterfaceID', 'networkInterface', [eniId]);
  onlyParams('ModifyNetworkInterfaceAttribute', params, ['NetworkInterfaceId', 'SourceDestCheck.Value']);
  if (params['SourceDestCheck.Value'] === undefined) {
    throw new Ec2Error(
      400,
      'MissingParameter',
      'You must specify an attribute to modify (fake-ec2 models SourceDestCheck.Value)',
    );
  }
  const value = boolParam(params, 'SourceDestCheck.Value', 'sourceDestCheck');
  dryRunStop(params);
  for (const eni of standalone) eni.SourceDestCheck = value;
  const owners = new Set<Rec>();
  for (const { instance, eni } of embedded) {
    eni.SourceDestCheck = value;
    if (isPrimary(eni)) owners.add(instance);
  }
  // An ENI only listed in `networkInterfaces` can still be an instance's primary one.
  for (const eni of standalone) {
    if (!isPrimary(eni)) continue;
    const owner = scenario.instances.filter(isRec).find((i) => i.InstanceId === get(eni, 'Attachment', 'InstanceId'));
    if (owner) owners.add(owner);
  }
  for (const instance of owners) instance.SourceDestCheck = value;
  return { members: { Return: true } };
}

function modifyInstanceAttribute(scenario: Ec2Scenario, params: Record<string, string>): ActionResult {
  const instanceId = requiredId(params, 'InstanceId', 'i', 'InvalidInstanceID');
  const instance = scenario.instances.filter(isRec).find((i) => i.InstanceId === instanceId);
  if (!instance) throw notFound('InvalidInstanceID', 'instance', [instanceId]);
  onlyParams('ModifyInstanceAttribute', params, ['InstanceId', 'SourceDestCheck.Value', 'Attribute', 'Value']);
  let value: boolean;
  if (params['SourceDestCheck.Value'] !== undefined) {
    if (params.Attribute !== undefined || params.Value !== undefined) {
      throw new Ec2Error(400, 'InvalidParameterCombination', 'You can specify only one attribute at a time.');
    }
    value = boolParam(params, 'SourceDestCheck.Value', 'sourceDestCheck');
  } else if (params.Attribute !== undefined) {
    if (params.Attribute !== 'sourceDestCheck') {
      throw new Ec2Error(
        400,
        'UnsupportedOperation',
        `fake-ec2: ModifyInstanceAttribute models only sourceDestCheck; got Attribute=${params.Attribute}`,
      );
    }
    if (params.Value === undefined)
      throw new Ec2Error(400, 'MissingParameter', 'The request must contain the parameter value');
    value = boolParam(params, 'Value', 'sourceDestCheck');
  } else {
    throw new Ec2Error(
      400,
      'MissingParameter',
      'You must specify an attribute to modify (fake-ec2 models SourceDestCheck.Value)',
    );
  }
  dryRunStop(params);
  instance.SourceDestCheck = value;
  const primaryIds = new Set<string>();
  for (const eni of arr(instance.NetworkInterfaces).filter(isRec)) {
    if (!isPrimary(eni)) continue;
    eni.SourceDestCheck = value;
    if (typeof eni.NetworkInterfaceId === 'string') primaryIds.add(eni.NetworkInterfaceId);
  }
  for (const eni of scenario.networkInterfaces.filter(isRec)) {
    const attachedHere = get(eni, 'Attachment', 'InstanceId') === instanceId && isPrimary(eni);
    if (attachedHere || primaryIds.has(str(eni.NetworkInterfaceId) ?? '')) eni.SourceDestCheck = value;
  }
  return { members: { Return: true } };
}

// ---------------------------------------------------------------------------------------------------------------
// Mutating actions (firewall openings)
// ---------------------------------------------------------------------------------------------------------------

/** `Prefix.N.…` → one record per N (in N order) of the parameters after `Prefix.N.`. */
function indexedParams(params: Record<string, string>, prefix: string): Record<string, string>[] {
  const byIndex = new Map<number, Record<string, string>>();
  const re = new RegExp(`^${prefix.replace(/\./g, '\\.')}\\.(\\d+)\\.(.+)$`);
  for (const [key, value] of Object.entries(params)) {
    const m = re.exec(key);
    if (!m) continue;
    const n = Number(m[1]);
    if (!byIndex.has(n)) byIndex.set(n, {});
    byIndex.get(n)![m[2]!] = value;
  }
  return [...byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([, v]) => v);
}

const SG_PROTOCOLS: Record<string, string> = { '6': 'tcp', '17': 'udp', '1': 'icmp', '58': 'icmpv6' };

/**
 * AuthorizeSecurityGroupIngress / AuthorizeSecurityGroupEgress: GroupId and IpPermissions.N.{IpProtocol,
 * FromPort, ToPort, IpRanges.M.{CidrIp,Description}, Ipv6Ranges.M.{CidrIpv6,Description}} (group references and
 * prefix lists are refused). Like EC2, a rule (protocol, ports, CIDR) already in the group fails the whole call
 * with InvalidPermission.Duplicate and nothing is added; otherwise the ranges join the group's matching
 * permission (same protocol and ports) or a new one.
 */
function authorizeSecurityGroup(scenario: Ec2Scenario, params: Record<string, string>, egress: boolean): ActionResult {
  const groupId = requiredId(params, 'GroupId', 'sg', 'InvalidGroupId');
  const group = (scenario.securityGroups ?? []).filter(isRec).find((g) => g.GroupId === groupId);
  if (!group) throw new Ec2Error(400, 'InvalidGroup.NotFound', `The security group '${groupId}' does not exist`);
  const action = egress ? 'AuthorizeSecurityGroupEgress' : 'AuthorizeSecurityGroupIngress';
  const unsupported = Object.keys(params).filter(
    (k) =>
      !COMMON_PARAMS.has(k) &&
      k !== 'GroupId' &&
      !/^IpPermissions\.\d+\.(IpProtocol|FromPort|ToPort|IpRanges\.\d+\.(CidrIp|Description)|Ipv6Ranges\.\d+\.(CidrIpv6|Description))$/.test(
        k,
      ),
  );
  if (unsupported.length)
    throw new Ec2Error(
      400,
      'UnsupportedOperation',
      `fake-ec2: ${action} models only GroupId and IpPermissions with IpRanges/Ipv6Ranges; got ${unsupported.join(', ')}`,
    );
  const wanted = indexedParams(params, 'IpPermissions');
  if (wanted.length === 0)
    throw new Ec2Error(400, 'MissingParameter', 'The request must contain the parameter ipPermissions');
  const key = egress ? 'IpPermissionsEgress' : 'IpPermissions';
  const existing = arr(group[key]).filter(isRec);
  const additions: { protocol: string; from?: number; to?: number; v4: Rec[]; v6: Rec[] }[] = [];
  for (const permission of wanted) {
    const raw = (permission.IpProtocol ?? '').toLowerCase();
    if (raw === '') throw new Ec2Error(400, 'MissingParameter', 'The request must contain the parameter ipProtocol');
    const protocol = SG_PROTOCOLS[raw] ?? raw;
    const all = protocol === '-1';
    const from = all ? undefined : Number(permission.FromPort);
    const to = all ? undefined : Number(permission.ToPort);
    if (!all && (!Number.isInteger(from) || !Number.isInteger(to)))
      throw new Ec2Error(
        400,
        'InvalidParameterValue',
        `Invalid value for portRange. Must specify both from and to ports with TCP/UDP/ICMP (${protocol}).`,
      );
    const v4 = indexedParams(permission, 'IpRanges').map((r) => ({
      CidrIp: r.CidrIp,
      ...(r.Description !== undefined ? { Description: r.Description } : {}),
    }));
    const v6 = indexedParams(permission, 'Ipv6Ranges').map((r) => ({
      CidrIpv6: r.CidrIpv6,
      ...(r.Description !== undefined ? { Description: r.Description } : {}),
    }));
    if (v4.length + v6.length === 0)
      throw new Ec2Error(400, 'MissingParameter', 'fake-ec2: each IpPermission needs IpRanges or Ipv6Ranges');
    const same = existing.filter(
      (p) => p.IpProtocol === protocol && (all || (Number(p.FromPort) === from && Number(p.ToPort) === to)),
    );
    for (const range of [
      ...v4.map((r) => ['IpRanges', 'CidrIp', r.CidrIp] as const),
      ...v6.map((r) => ['Ipv6Ranges', 'CidrIpv6', r.CidrIpv6] as const),
    ]) {
      if (same.some((p) => arr(p[range[0]]).some((r) => get(r, range[1]) === range[2]))) {
        const ports = all ? 'ALL' : `from port: ${from}, to port: ${to}`;
        throw new Ec2Error(
          400,
          'InvalidPermission.Duplicate',
          `the specified rule "peer: ${range[2]}, ${protocol.toUpperCase()}, ${ports}, ALLOW" already exists`,
        );
      }
    }
    additions.push({ protocol, from, to, v4, v6 });
  }
  dryRunStop(params);
  for (const add of additions) {
    let target = existing.find(
      (p) =>
        p.IpProtocol === add.protocol &&
        (add.protocol === '-1' || (Number(p.FromPort) === add.from && Number(p.ToPort) === add.to)),
    );
    if (!target) {
      target = {
        IpProtocol: add.protocol,
        ...(add.from !== undefined ? { FromPort: add.from, ToPort: add.to } : {}),
        UserIdGroupPairs: [],
        IpRanges: [],
        Ipv6Ranges: [],
        PrefixListIds: [],
      };
      existing.push(target);
    }
    target.IpRanges = [...arr(target.IpRanges), ...add.v4];
    target.Ipv6Ranges = [...arr(target.Ipv6Ranges), ...add.v6];
  }
  group[key] = existing;
  return { members: { Return: true } };
}

/**
 * CreateNetworkAclEntry: NetworkAclId, RuleNumber, Protocol, RuleAction, Egress, CidrBlock | Ipv6CidrBlock,
 * PortRange.{From,To}, Icmp.{Type,Code}. A rule number already used in that direction → 400
 * NetworkAclEntryAlreadyExists, as EC2 answers.
 */
function createNetworkAclEntry(scenario: Ec2Scenario, params: Record<string, string>): ActionResult {
  const aclId = requiredId(params, 'NetworkAclId', 'acl', 'InvalidNetworkAclID');
  const acl = (scenario.networkAcls ?? []).filter(isRec).find((a) => a.NetworkAclId === aclId);
  if (!acl) throw notFound('InvalidNetworkAclID', 'network ACL', [aclId]);
  onlyParams('CreateNetworkAclEntry', params, [
    'NetworkAclId',
    'RuleNumber',
    'Protocol',
    'RuleAction',
    'Egress',
    'CidrBlock',
    'Ipv6CidrBlock',
    'PortRange.From',
    'PortRange.To',
    'Icmp.Type',
    'Icmp.Code',
  ]);
  for (const required of ['RuleNumber', 'Protocol', 'RuleAction', 'Egress']) {
    if (params[required] === undefined)
      throw new Ec2Error(400, 'MissingParameter', `The request must contain the parameter ${camel(required)}`);
  }
  if ((params.CidrBlock === undefined) === (params.Ipv6CidrBlock === undefined))
    throw new Ec2Error(
      400,
      'InvalidParameterCombination',
      'Exactly one of cidrBlock and ipv6CidrBlock must be specified',
    );
  const ruleNumber = Number(params.RuleNumber);
  if (!Number.isInteger(ruleNumber) || ruleNumber < 1 || ruleNumber > 32766)
    throw new Ec2Error(
      400,
      'InvalidParameterValue',
      `Value (${params.RuleNumber}) for parameter ruleNumber is invalid`,
    );
  if (!/^(allow|deny)$/.test(params.RuleAction!))
    throw new Ec2Error(
      400,
      'InvalidParameterValue',
      `Value (${params.RuleAction}) for parameter ruleAction is invalid`,
    );
  const egress = boolParam(params, 'Egress', 'egress');
  const protocol = params.Protocol!;
  if (
    (protocol === '6' || protocol === '17') &&
    (params['PortRange.From'] === undefined || params['PortRange.To'] === undefined)
  ) {
    throw new Ec2Error(400, 'MissingParameter', 'The request must contain the parameter portRange');
  }
  if (
    (protocol === '1' || protocol === '58') &&
    (params['Icmp.Type'] === undefined || params['Icmp.Code'] === undefined)
  ) {
    throw new Ec2Error(400, 'MissingParameter', 'The request must contain the parameter icmpTypeCode');
  }
  const entries = arr(acl.Entries).filter(isRec);
  if (entries.some((e) => Number(e.RuleNumber) === ruleNumber && e.Egress === egress)) {
    throw new Ec2Error(
      400,
      'NetworkAclEntryAlreadyExists',
      `The network acl entry identified by ${ruleNumber} already exists.`,
    );
  }
  dryRunStop(params);
  entries.push({
    ...(params.CidrBlock !== undefined ? { CidrBlock: params.CidrBlock } : { Ipv6CidrBlock: params.Ipv6CidrBlock }),
    Egress: egress,
    ...(params['Icmp.Type'] !== undefined
      ? { IcmpTypeCode: { Code: Number(params['Icmp.Code']), Type: Number(params['Icmp.Type']) } }
      : {}),
    ...(params['PortRange.From'] !== undefined
      ? { PortRange: { From: Number(params['PortRange.From']), To: Number(params['PortRange.To']) } }
      : {}),
    Protocol: protocol,
    RuleAction: params.RuleAction,
    RuleNumber: ruleNumber,
  });
  acl.Entries = entries;
  return { members: {} };
}

function parseAuthorization(header: string | undefined): Pick<FakeEc2Call, 'accessKeyId' | 'region' | 'service'> {
  const m = /^AWS4-HMAC-SHA256\s+Credential=([^/,\s]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request/.exec(header ?? '');
  if (!m) return {};
  return { accessKeyId: m[1], region: m[3], service: m[4] };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function startFakeEc2(scenario: Ec2Scenario, options: FakeEc2Options = {}): Promise<FakeEc2> {
  const live: Ec2Scenario = structuredClone(scenario);
  const calls: FakeEc2Call[] = [];
  const mutationLog: (FakeEc2Mutation & { applied: boolean })[] = [];
  const rules: (FailRule & { remaining: number })[] = [];
  const secret = randomUUID();
  const requireSignature = options.requireSignature ?? true;
  const cap = options.maxResultsCap;
  if (cap !== undefined && (!Number.isInteger(cap) || cap < 1))
    throw new Error('maxResultsCap must be a positive integer');

  const send = (res: ServerResponse, status: number, body: string, requestId: string) => {
    res.writeHead(status, {
      'content-type': 'text/xml;charset=UTF-8',
      'content-length': Buffer.byteLength(body),
      'x-amzn-requestid': requestId,
      server: 'AmazonEC2',
      date: new Date().toUTCString(),
    });
    res.end(body);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const requestId = randomUUID();
    const body = await readBody(req);
    const params: Record<string, string> = {};
    const url = new URL(req.url ?? '/', 'http://localhost');
    for (const [k, v] of url.searchParams) params[k] = v;
    if (/x-www-form-urlencoded/i.test(req.headers['content-type'] ?? '') || req.method === 'POST') {
      for (const [k, v] of new URLSearchParams(body)) params[k] = v;
    }
    const action = params.Action ?? '';
    calls.push({ action, params, ...parseAuthorization(req.headers.authorization) });
    let mutation: (FakeEc2Mutation & { applied: boolean }) | undefined;
    if (action !== '' && !action.startsWith('Describe')) {
      const { Action: _a, Version: _v, ...rest } = params;
      mutation = { action, params: rest, applied: false };
      mutationLog.push(mutation);
    }

    const ruleIndex = rules.findIndex(
      (r) =>
        r.remaining > 0 &&
        (r.action === undefined || r.action === action) &&
        Object.entries(r.match ?? {}).every(([k, v]) => params[k] === v),
    );
    const rule = ruleIndex >= 0 ? rules[ruleIndex] : undefined;
    if (rule) {
      rule.remaining -= 1;
      if (rule.remaining <= 0) rules.splice(ruleIndex, 1);
      if (rule.delayMs) await sleep(rule.delayMs);
      if (rule.dropConnection) {
        req.socket.destroy();
        return;
      }
      if (rule.status !== 200) {
        const message = rule.message ?? DEFAULT_MESSAGES[rule.code] ?? `${rule.code} (injected by fake-ec2)`;
        send(res, rule.status, errorXml(rule.code, message, requestId), requestId);
        return;
      }
    }

    try {
      if (req.method !== 'POST' && req.method !== 'GET') throw new Ec2Error(405, 'InvalidAction', 'Method not allowed');
      if (requireSignature) {
        const auth = parseAuthorization(req.headers.authorization);
        if (!auth.accessKeyId) throw new Ec2Error(401, 'AuthFailure', DEFAULT_MESSAGES.AuthFailure!);
        if (auth.service !== 'ec2') {
          throw new Ec2Error(401, 'AuthFailure', `Credential should be scoped to correct service: 'ec2'.`);
        }
      }
      if (!action) throw new Ec2Error(400, 'MissingAction', 'The request must contain the parameter Action');
      if (params.Version !== EC2_API_VERSION) {
        throw new Ec2Error(400, 'InvalidParameterValue', `Unsupported Version '${params.Version ?? ''}'`);
      }
      let result: ActionResult;
      switch (action) {
        case 'DescribeInstances':
          result = describeInstances(live, params, cap, secret);
          break;
        case 'DescribeNetworkInterfaces':
          result = describeGeneric('networkInterfaces', live, params, cap, secret);
          break;
        case 'DescribeSubnets':
          result = describeGeneric('subnets', live, params, cap, secret);
          break;
        case 'DescribeVpcs':
          result = describeGeneric('vpcs', live, params, cap, secret);
          break;
        case 'DescribeSecurityGroups':
          result = describeGeneric('securityGroups', live, params, cap, secret);
          break;
        case 'DescribeNetworkAcls':
          result = describeGeneric('networkAcls', live, params, cap, secret);
          break;
        case 'ModifyNetworkInterfaceAttribute':
          result = modifyNetworkInterfaceAttribute(live, params);
          break;
        case 'ModifyInstanceAttribute':
          result = modifyInstanceAttribute(live, params);
          break;
        case 'AuthorizeSecurityGroupIngress':
          result = authorizeSecurityGroup(live, params, false);
          break;
        case 'AuthorizeSecurityGroupEgress':
          result = authorizeSecurityGroup(live, params, true);
          break;
        case 'CreateNetworkAclEntry':
          result = createNetworkAclEntry(live, params);
          break;
        default:
          throw new Ec2Error(400, 'InvalidAction', `The action ${action} is not valid for this web service.`);
      }
      if (mutation) mutation.applied = true;
      send(res, 200, responseXml(action, requestId, result.members), requestId);
    } catch (err) {
      if (err instanceof Ec2Error) send(res, err.status, errorXml(err.code, err.message, requestId), requestId);
      else
        send(res, 500, errorXml('InternalError', `fake-ec2 bug: ${(err as Error).stack ?? err}`, requestId), requestId);
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(err));
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    scenario: live,
    calls,
    callCount: (action) => calls.filter((c) => c.action === action).length,
    failNext(rule) {
      const times = rule.times ?? 1;
      if (times > 0) rules.push({ ...rule, remaining: times });
    },
    mutations: (opts = {}) =>
      mutationLog.filter((m) => !opts.applied || m.applied).map((m) => ({ action: m.action, params: { ...m.params } })),
    clearCalls() {
      calls.length = 0;
      mutationLog.length = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Synthetic large clusters
// ---------------------------------------------------------------------------------------------------------------

export interface ScaledCluster {
  scenario: Ec2Scenario;
  /** `kubectl get nodes -o json` for the same machines (providerID `aws:///us-east-1a/i-…`). */
  nodes: { apiVersion: 'v1'; kind: 'List'; items: Rec[]; metadata: { resourceVersion: string } };
  /** `kubectl -n kube-flannel get cm kube-flannel-cfg -o yaml` with Backend host-gw and `clusterCidr`. */
  flannelConfigMapYaml: string;
  vpcId: string;
  subnetId: string;
  vpcCidr: string;
  subnetCidr: string;
  clusterCidr: string;
}

function ipToInt(ip: string): number {
  return ip.split('.').reduce((acc, o) => acc * 256 + Number(o), 0);
}

function intToIp(n: number): string {
  return [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');
}

/**
 * An n-node AWS cluster that is fully healthy for host-gw: one VPC (10.0.0.0/16), one subnet big enough for all
 * nodes (us-east-1a), one instance per node with one ENI (device 0) whose SourceDestCheck is false (instance
 * attribute too), each node's pod CIDR a /24 out of 10.64.0.0/10. Ids are deterministic.
 */
export function scaleScenario(n: number, options: { windowsEvery?: number } = {}): ScaledCluster {
  if (!Number.isInteger(n) || n < 1 || n > 16_000) throw new Error('scaleScenario: n must be an integer in 1..16000');
  const owner = DEFAULT_OWNER;
  const az = 'us-east-1a';
  const vpcId = `vpc-0${hexOf('scale/vpc', 16)}`;
  const subnetId = `subnet-0${hexOf('scale/subnet', 16)}`;
  const vpcCidr = '10.0.0.0/16';
  const bits = Math.max(4, Math.ceil(Math.log2(n + 16)));
  const subnetCidr = `10.0.0.0/${32 - bits}`;
  const clusterCidr = '10.64.0.0/10';
  const base = ipToInt('10.0.0.0');
  const launch = '2026-10-20T09:00:00+00:00';
  const sg = { GroupName: 'k8s-nodes', GroupId: 'sg-0a1b2c3d4e5f67890' };

  const instances: Rec[] = [];
  const enis: Rec[] = [];
  const reservations: ReservationInfo[] = [];
  const nodes: Rec[] = [];
  for (let i = 0; i < n; i++) {
    const idx = i.toString(16).padStart(4, '0');
    const instanceId = `i-0${idx}${hexOf(`scale/i/${i}`, 12)}`;
    const eniId = `eni-0${idx}${hexOf(`scale/eni/${i}`, 12)}`;
    const ip = intToIp(base + 10 + i);
    const dns = `ip-${ip.replace(/\./g, '-')}.ec2.internal`;
    const mac = `0e:${hexOf(`scale/mac/${i}`, 10).replace(/(..)(?!$)/g, '$1:')}`;
    const windows = options.windowsEvery !== undefined && options.windowsEvery > 0 && i % options.windowsEvery === 0;
    const podCidr = `${intToIp(ipToInt('10.64.0.0') + i * 256)}/24`;
    const pip = [{ Primary: true, PrivateDnsName: dns, PrivateIpAddress: ip }];
    const eniCommon = {
      Description: '',
      Groups: [sg],
      Ipv6Addresses: [],
      MacAddress: mac,
      NetworkInterfaceId: eniId,
      OwnerId: owner,
      PrivateDnsName: dns,
      PrivateIpAddress: ip,
      PrivateIpAddresses: pip,
      SourceDestCheck: false,
      Status: 'in-use',
      SubnetId: subnetId,
      VpcId: vpcId,
      InterfaceType: 'interface',
    };
    const attachment = {
      AttachTime: launch,
      AttachmentId: `eni-attach-0${idx}${hexOf(`scale/att/${i}`, 12)}`,
      DeleteOnTermination: true,
      DeviceIndex: 0,
      Status: 'attached',
      NetworkCardIndex: 0,
    };
    const instance: Rec = {
      AmiLaunchIndex: 0,
      ImageId: windows ? 'ami-0c2b0d3fb02824d92' : 'ami-0e86e20dae9224db8',
      InstanceId: instanceId,
      InstanceType: 'm5.large',
      LaunchTime: launch,
      Placement: { AvailabilityZone: az, GroupName: '', Tenancy: 'default' },
      ...(windows ? { Platform: 'windows' } : {}),
      PrivateDnsName: dns,
      PrivateIpAddress: ip,
      ProductCodes: [],
      PublicDnsName: '',
      State: { Code: 16, Name: 'running' },
      StateTransitionReason: '',
      SubnetId: subnetId,
      VpcId: vpcId,
      Architecture: 'x86_64',
      NetworkInterfaces: [{ Attachment: attachment, ...eniCommon }],
      SecurityGroups: [sg],
      SourceDestCheck: false,
      Tags: [
        { Key: 'Name', Value: `k8s-scale-node-${i}` },
        { Key: 'kubernetes.io/cluster/k8s-scale', Value: 'owned' },
      ],
      PlatformDetails: windows ? 'Windows' : 'Linux/UNIX',
    };
    instances.push(instance);
    enis.push({
      Attachment: { ...attachment, InstanceId: instanceId, InstanceOwnerId: owner },
      AvailabilityZone: az,
      ...eniCommon,
      RequesterManaged: false,
      TagSet: [],
    });
    reservations.push({
      ReservationId: reservationIdFor(instanceId),
      OwnerId: owner,
      Groups: [],
      InstanceIds: [instanceId],
    });
    const os = windows ? 'windows' : 'linux';
    nodes.push({
      apiVersion: 'v1',
      kind: 'Node',
      metadata: {
        annotations: {
          'flannel.alpha.coreos.com/backend-data': 'null',
          'flannel.alpha.coreos.com/backend-type': 'host-gw',
          'flannel.alpha.coreos.com/kube-subnet-manager': 'true',
          'flannel.alpha.coreos.com/public-ip': ip,
          'node.alpha.kubernetes.io/ttl': '0',
        },
        creationTimestamp: '2026-10-20T09:05:00Z',
        labels: {
          'kubernetes.io/arch': 'amd64',
          'kubernetes.io/hostname': dns,
          'kubernetes.io/os': os,
          'node.kubernetes.io/instance-type': 'm5.large',
          'topology.kubernetes.io/region': 'us-east-1',
          'topology.kubernetes.io/zone': az,
        },
        name: dns,
        resourceVersion: String(1000 + i),
        uid: `00000000-0000-4000-8000-${hexOf(`scale/uid/${i}`, 12)}`,
      },
      spec: { podCIDR: podCidr, podCIDRs: [podCidr], providerID: `aws:///${az}/${instanceId}` },
      status: {
        addresses: [
          { address: ip, type: 'InternalIP' },
          { address: dns, type: 'InternalDNS' },
          { address: dns, type: 'Hostname' },
        ],
        conditions: [
          {
            lastHeartbeatTime: '2026-10-20T09:05:00Z',
            lastTransitionTime: '2026-10-20T09:05:00Z',
            message: 'Flannel is running on this node',
            reason: 'FlannelIsUp',
            status: 'False',
            type: 'NetworkUnavailable',
          },
          {
            lastHeartbeatTime: '2026-10-20T09:05:00Z',
            lastTransitionTime: '2026-10-20T09:05:00Z',
            message: 'kubelet is posting ready status',
            reason: 'KubeletReady',
            status: 'True',
            type: 'Ready',
          },
        ],
        nodeInfo: { architecture: 'amd64', operatingSystem: os, kubeletVersion: 'v1.30.6' },
      },
    });
  }
  const subnet = {
    AvailabilityZone: az,
    AvailabilityZoneId: 'use1-az1',
    AvailableIpAddressCount: 2 ** bits - 5 - n,
    CidrBlock: subnetCidr,
    DefaultForAz: false,
    MapPublicIpOnLaunch: false,
    State: 'available',
    SubnetId: subnetId,
    VpcId: vpcId,
    OwnerId: owner,
    AssignIpv6AddressOnCreation: false,
    Ipv6CidrBlockAssociationSet: [],
    SubnetArn: `arn:aws:ec2:us-east-1:${owner}:subnet/${subnetId}`,
    Tags: [{ Key: 'Name', Value: 'k8s-scale-nodes' }],
  };
  const vpc = {
    CidrBlock: vpcCidr,
    DhcpOptionsId: `dopt-0${hexOf('scale/dopt', 16)}`,
    State: 'available',
    VpcId: vpcId,
    OwnerId: owner,
    InstanceTenancy: 'default',
    CidrBlockAssociationSet: [
      {
        AssociationId: `vpc-cidr-assoc-0${hexOf('scale/assoc', 16)}`,
        CidrBlock: vpcCidr,
        CidrBlockState: { State: 'associated' },
      },
    ],
    IsDefault: false,
    Tags: [{ Key: 'Name', Value: 'k8s-scale-vpc' }],
  };
  const flannelConfigMapYaml = [
    'apiVersion: v1',
    'data:',
    '  net-conf.json: |',
    '    {',
    `      "Network": "${clusterCidr}",`,
    '      "Backend": {',
    '        "Type": "host-gw"',
    '      }',
    '    }',
    'kind: ConfigMap',
    'metadata:',
    '  labels:',
    '    app: flannel',
    '  name: kube-flannel-cfg',
    '  namespace: kube-flannel',
    '',
  ].join('\n');
  return {
    scenario: {
      instances,
      networkInterfaces: enis,
      subnets: [subnet],
      vpcs: [vpc],
      securityGroups: synthesiseSecurityGroups({ instances, networkInterfaces: enis, subnets: [], vpcs: [] }),
      networkAcls: [],
      reservations,
    },
    nodes: { apiVersion: 'v1', kind: 'List', items: nodes, metadata: { resourceVersion: '' } },
    flannelConfigMapYaml,
    vpcId,
    subnetId,
    vpcCidr,
    subnetCidr,
    clusterCidr,
  };
}
