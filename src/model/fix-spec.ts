/**
 * Fixes as data: what a provider profile proposes for a finding, precise enough to apply with the SDK and to
 * print as the equivalent CLI command. Cloud ids only; never credentials.
 */
export type FixAction =
  | { readonly kind: 'aws-eni-source-dest-check'; readonly region?: string; readonly eniId: string }
  | { readonly kind: 'aws-instance-source-dest-check'; readonly region?: string; readonly instanceId: string }
  | {
      readonly kind: 'gce-can-ip-forward';
      readonly project: string;
      readonly zone: string;
      readonly instance: string;
      readonly group?: string;
    }
  | { readonly kind: 'gce-route-insert'; readonly route: GceRoute }
  /** GCE routes are immutable: the right route goes in first, then the wrong one comes out. */
  | { readonly kind: 'gce-route-replace'; readonly route: GceRoute; readonly replaces: string }
  | { readonly kind: 'gce-route-delete'; readonly project: string; readonly name: string }
  | {
      readonly kind: 'gce-add-tags';
      readonly project: string;
      readonly zone: string;
      readonly instance: string;
      readonly tags: readonly string[];
    }
  | { readonly kind: 'azure-nic-ip-forwarding'; readonly nicId: string }
  | {
      readonly kind: 'azure-route-upsert';
      readonly tableId: string;
      readonly name: string;
      readonly addressPrefix: string;
      readonly nextHopIp: string;
    }
  | { readonly kind: 'azure-route-delete'; readonly tableId: string; readonly name: string }
  | { readonly kind: 'azure-subnet-route-table'; readonly subnetId: string; readonly tableId: string }
  /** Firewall openings for pod traffic (pod-traffic-blocked): always scope network, as they admit a whole CIDR. */
  | {
      readonly kind: 'aws-sg-authorize-ingress';
      readonly region?: string;
      readonly groupId: string;
      readonly permissions: readonly AwsPermission[];
    }
  | {
      readonly kind: 'aws-sg-authorize-egress';
      readonly region?: string;
      readonly groupId: string;
      readonly permissions: readonly AwsPermission[];
    }
  | {
      readonly kind: 'aws-nacl-entry';
      readonly region?: string;
      readonly aclId: string;
      readonly egress: boolean;
      readonly entry: AwsNaclEntry;
    }
  | { readonly kind: 'gce-firewall-insert'; readonly rule: GceFirewall }
  | { readonly kind: 'azure-nsg-rule-create'; readonly nsgId: string; readonly rule: AzureNsgRule };

/** One IpPermission of a security-group rule: a protocol over every port, from (ingress) or to (egress) CIDRs. */
export interface AwsPermission {
  readonly protocol: 'tcp' | 'udp' | 'icmp' | 'icmpv6';
  /** tcp/udp: 0-65535; ICMP: -1/-1 (every type and code). */
  readonly fromPort: number;
  readonly toPort: number;
  readonly cidrs: readonly string[];
  readonly family: 4 | 6;
}

/** A network ACL entry allowing one protocol (IANA number) from or to one CIDR. */
export interface AwsNaclEntry {
  readonly ruleNumber: number;
  readonly protocol: string;
  readonly cidr: string;
  readonly family: 4 | 6;
}

export interface GceFirewall {
  readonly project: string;
  readonly name: string;
  readonly network: string;
  readonly direction: 'INGRESS' | 'EGRESS';
  readonly priority: number;
  readonly sourceRanges?: readonly string[];
  readonly destinationRanges?: readonly string[];
  readonly targetTags?: readonly string[];
  readonly targetServiceAccounts?: readonly string[];
  /** IPProtocol names or numbers ("tcp", "udp", "icmp", "58"), every port. */
  readonly allowed: readonly string[];
}

export interface AzureNsgRule {
  readonly name: string;
  readonly priority: number;
  readonly direction: 'Inbound' | 'Outbound';
  readonly protocol: 'Tcp' | 'Udp' | 'Icmp';
  readonly sourcePrefixes: readonly string[];
  readonly destinationPrefixes: readonly string[];
}

export interface GceRoute {
  readonly project: string;
  readonly name: string;
  readonly network: string;
  readonly destRange: string;
  readonly nextHopInstance?: string;
  readonly nextHopIp?: string;
  readonly priority: number;
}

/**
 * node: touches only the node's own resources, applied by `--fix apply`.
 * network: changes routing for every VM of a subnet or network (associations, tags, other routes): needs
 *   `--fix-scope network`.
 * prune: deletes stale routes: needs `--prune`.
 */
export type FixScope = 'node' | 'network' | 'prune';

export interface FixSpec {
  /** In order: GCE tags go on every instance that needs them, one call each. */
  readonly actions: readonly FixAction[];
  readonly scope: FixScope;
  /** The API call(s), e.g. "ec2:ModifyNetworkInterfaceAttribute". */
  readonly api: string;
}

/** One step of the remediation plan: shown in every output, applied by --fix apply when its scope allows. */
export interface PlanEntry {
  /** The fix kind ("aws-eni-source-dest-check"…), or "manual" when a person must act. */
  readonly action: string;
  readonly provider: string;
  readonly resource?: string;
  readonly node?: string;
  readonly ruleId: string;
  /** The finding this step fixes. */
  readonly reason: string;
  readonly api?: string;
  /** The equivalent CLI command (or what a person must do). */
  readonly cli: string;
  /** The command alone; absent when there is none, or it was withheld (a name failed its naming rule). */
  readonly command?: string;
  readonly scope: FixScope | 'manual';
  /** Whether --fix apply would carry it out with the given --fix-scope and --prune. */
  readonly applies: boolean;
  readonly actions: readonly FixAction[];
  readonly fingerprint: string;
}
