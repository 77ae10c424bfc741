import type { AwsNaclEntry, AwsPermission, FixAction } from '../../model/fix-spec.js';
import { dispatch, FixDenied, type ActionOf, type Applier, type Handlers } from '../shared/applier.js';

type Ec2Module = typeof import('@aws-sdk/client-ec2');

function explain(error: unknown, api: string): FixDenied {
  const e = error as { name?: string; message?: string };
  const message = (e.message ?? String(error)).split('\n')[0]!;
  if (/UnauthorizedOperation|AccessDenied/.test(e.name ?? '')) {
    const scp = /service control policy|explicit deny/i.test(message)
      ? ' (an explicit deny, e.g. a service control policy)'
      : '';
    return new FixDenied(
      `${api} was denied${scp}: ${message}`,
      scp ? 'policy' : 'permission',
      scp ? { provider: 'aws', kind: 'aws-scp', name: 'a service control policy (an explicit deny)' } : undefined,
    );
  }
  return new FixDenied(`${api} failed: ${e.name ?? 'Error'}: ${message}`, 'failed');
}

const DESCRIPTION = 'pod traffic (host-gw)';

function ipPermission(permission: AwsPermission) {
  const ranges =
    permission.family === 6
      ? { Ipv6Ranges: permission.cidrs.map((cidr) => ({ CidrIpv6: cidr, Description: DESCRIPTION })) }
      : { IpRanges: permission.cidrs.map((cidr) => ({ CidrIp: cidr, Description: DESCRIPTION })) };
  return { IpProtocol: permission.protocol, FromPort: permission.fromPort, ToPort: permission.toPort, ...ranges };
}

const errorName = (error: unknown): string =>
  (error as { name?: string; Code?: string }).name ?? (error as { Code?: string }).Code ?? '';

/** A security-group rule that is already there is what was asked for: authorizing it again is a no-op. */
function duplicate(error: unknown): boolean {
  return errorName(error) === 'InvalidPermission.Duplicate';
}

/** EC2 names protocols in ACL entries by number, except "-1" for all. */
function sameEntry(
  found: { Protocol?: string; RuleAction?: string; CidrBlock?: string; Ipv6CidrBlock?: string },
  entry: AwsNaclEntry,
): boolean {
  const cidr = entry.family === 6 ? found.Ipv6CidrBlock : found.CidrBlock;
  return found.Protocol === entry.protocol && found.RuleAction === 'allow' && cidr === entry.cidr;
}

function naclText(action: Extract<FixAction, { kind: 'aws-nacl-entry' }>): string {
  const protocol =
    { '6': 'tcp', '17': 'udp', '1': 'icmp', '58': 'icmpv6' }[action.entry.protocol] ??
    `protocol ${action.entry.protocol}`;
  return `${action.egress ? 'outbound' : 'inbound'} rule ${action.entry.ruleNumber} allowing ${protocol} ${action.egress ? 'to' : 'from'} ${action.entry.cidr} in ${action.aclId}`;
}

/** The SDK module and one client for the action's region. */
interface Ec2 {
  readonly sdk: Ec2Module;
  readonly client: InstanceType<Ec2Module['EC2Client']>;
}

async function eniSourceDestCheck(action: ActionOf<'aws-eni-source-dest-check'>, { sdk, client }: Ec2) {
  await client
    .send(
      new sdk.ModifyNetworkInterfaceAttributeCommand({
        NetworkInterfaceId: action.eniId,
        SourceDestCheck: { Value: false },
      }),
    )
    .catch((error) => {
      throw explain(error, 'ec2:ModifyNetworkInterfaceAttribute');
    });
  return `source/destination check off on ${action.eniId}`;
}

async function instanceSourceDestCheck(action: ActionOf<'aws-instance-source-dest-check'>, { sdk, client }: Ec2) {
  await client
    .send(
      new sdk.ModifyInstanceAttributeCommand({
        InstanceId: action.instanceId,
        SourceDestCheck: { Value: false },
      }),
    )
    .catch((error) => {
      throw explain(error, 'ec2:ModifyInstanceAttribute');
    });
  return `source/destination check off on ${action.instanceId}`;
}

type SgAction = ActionOf<'aws-sg-authorize-ingress' | 'aws-sg-authorize-egress'>;

/** One authorize call; false when EC2 answers that (one of) the rules is there already. */
function authorize(action: SgAction, permissions: readonly AwsPermission[], { sdk, client }: Ec2): Promise<boolean> {
  const ingress = action.kind === 'aws-sg-authorize-ingress';
  const api = ingress ? 'ec2:AuthorizeSecurityGroupIngress' : 'ec2:AuthorizeSecurityGroupEgress';
  const input = { GroupId: action.groupId, IpPermissions: permissions.map(ipPermission) };
  const call: Promise<unknown> = ingress
    ? client.send(new sdk.AuthorizeSecurityGroupIngressCommand(input))
    : client.send(new sdk.AuthorizeSecurityGroupEgressCommand(input));
  return call.then(
    () => true,
    (error: unknown) => {
      if (duplicate(error)) return false;
      throw explain(error, api);
    },
  );
}

async function authorizeGroup(action: SgAction, ec2: Ec2) {
  const ingress = action.kind === 'aws-sg-authorize-ingress';
  const text = (permissions: readonly AwsPermission[]) =>
    permissions.map((p) => `${p.protocol} ${ingress ? 'from' : 'to'} ${p.cidrs.join(', ')}`).join('; ');
  // One call for the whole rule set, as the printed command does. A rule already in place fails that call
  // as a whole (InvalidPermission.Duplicate): then each protocol and CIDR goes on its own, skipping those present.
  const singles = action.permissions.flatMap((p) => p.cidrs.map((cidr) => ({ ...p, cidrs: [cidr] })));
  const present: AwsPermission[] = [];
  if (!(await authorize(action, action.permissions, ec2))) {
    if (singles.length === 1) present.push(...singles);
    else for (const single of singles) if (!(await authorize(action, [single], ec2))) present.push(single);
  }
  if (present.length === 0) return `allowed ${text(action.permissions)} in ${action.groupId}`;
  if (present.length === singles.length) return `already allowed ${text(action.permissions)} in ${action.groupId}`;
  return `allowed ${text(action.permissions)} in ${action.groupId} (already there: ${text(present)})`;
}

type NaclAction = ActionOf<'aws-nacl-entry'>;

/** Creates the entry; false when its rule number is taken already. */
function createNaclEntry(action: NaclAction, { sdk, client }: Ec2): Promise<boolean> {
  const { entry } = action;
  const icmp = entry.protocol === '1' || entry.protocol === '58';
  return client
    .send(
      new sdk.CreateNetworkAclEntryCommand({
        NetworkAclId: action.aclId,
        Egress: action.egress,
        RuleNumber: entry.ruleNumber,
        Protocol: entry.protocol,
        RuleAction: 'allow',
        ...(entry.family === 6 ? { Ipv6CidrBlock: entry.cidr } : { CidrBlock: entry.cidr }),
        ...(icmp ? { IcmpTypeCode: { Type: -1, Code: -1 } } : { PortRange: { From: 0, To: 65535 } }),
      }),
    )
    .then(
      () => true,
      (error: unknown) => {
        if (errorName(error) !== 'NetworkAclEntryAlreadyExists') throw explain(error, 'ec2:CreateNetworkAclEntry');
        return false;
      },
    );
}

async function naclEntry(action: NaclAction, ec2: Ec2) {
  const { entry } = action;
  if (await createNaclEntry(action, ec2)) return naclText(action);
  // The rule number is taken: fine if it is this very entry (an earlier apply), a conflict if it is another.
  const [acl] =
    (
      await ec2.client
        .send(new ec2.sdk.DescribeNetworkAclsCommand({ NetworkAclIds: [action.aclId] }))
        .catch((error) => {
          throw explain(error, 'ec2:DescribeNetworkAcls');
        })
    ).NetworkAcls ?? [];
  const found = acl?.Entries?.find((e) => e.RuleNumber === entry.ruleNumber && e.Egress === action.egress);
  if (found && sameEntry(found, entry)) return `${naclText(action)} already in place`;
  throw new FixDenied(
    `ec2:CreateNetworkAclEntry conflicted: rule ${entry.ruleNumber} of ${action.aclId} already exists with other settings; plan again`,
    'conflict',
  );
}

type AwsKind = Extract<FixAction['kind'], `aws-${string}`>;

const HANDLERS: Handlers<AwsKind, Ec2> = {
  'aws-eni-source-dest-check': eniSourceDestCheck,
  'aws-instance-source-dest-check': instanceSourceDestCheck,
  'aws-sg-authorize-ingress': authorizeGroup,
  'aws-sg-authorize-egress': authorizeGroup,
  'aws-nacl-entry': naclEntry,
};

export const awsApplier: Applier = {
  async apply(action: FixAction, options) {
    const sdk: Ec2Module = await import('@aws-sdk/client-ec2');
    const region =
      ('region' in action ? action.region : undefined) ??
      options.awsRegion ??
      process.env.AWS_REGION ??
      process.env.AWS_DEFAULT_REGION;
    const client = new sdk.EC2Client({ region, endpoint: options.awsEndpoint, maxAttempts: 5 });
    try {
      return await dispatch(HANDLERS, action, { sdk, client }, 'an AWS');
    } finally {
      client.destroy();
    }
  },
};
