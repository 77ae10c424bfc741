import type { Cidr } from '../../../model/cidr.js';
import type { FirewallRule } from '../../../model/snapshot.js';
import type { Path, ReadContext } from '../../../sources/context.js';
import { ANY, portText, protocolName, ruleCidr } from '../../../sources/firewall-values.js';
import type { FormatReader } from '../../../sources/format.js';
import { gcePath } from '../../../model/instance-key.js';
import { eachOfList, isListOf } from '../../../sources/typed-list.js';
import { list, num, records, str, type Json } from '../../../sources/values.js';

const KIND = 'compute#firewall';

function strings(value: unknown): string[] {
  return list(value).filter((item): item is string => typeof item === 'string' && item.length > 0);
}

/** What one firewall resource matches: the same for each of its `allowed`/`denied` entries. */
type Match = Pick<FirewallRule, 'direction' | 'sourceRanges' | 'sourceRefs' | 'destRanges' | 'targets'>;

function matchOf(rule: Json, path: Path, context: ReadContext, name: string): Match {
  const direction = str(rule.direction)?.toUpperCase() === 'EGRESS' ? 'egress' : 'ingress';
  const cidrs = (key: string): Cidr[] =>
    list(rule[key]).map((range, i) => ruleCidr(range, [...path, key, i], context, `firewall rule ${name}: ${key}`));
  const sourceRefs = [
    ...strings(rule.sourceTags).map((tag) => `tag:${tag}`),
    ...strings(rule.sourceServiceAccounts).map((sa) => `sa:${sa}`),
  ];
  let sourceRanges = cidrs('sourceRanges');
  // An ingress rule with no source at all applies to every source (gcloud stores 0.0.0.0/0; the API may not).
  if (direction === 'ingress' && sourceRanges.length === 0 && sourceRefs.length === 0) sourceRanges = [...ANY];
  if (direction === 'egress' && sourceRanges.length === 0) sourceRanges = [...ANY];
  const destinationRanges = cidrs('destinationRanges');
  const targets = [
    ...strings(rule.targetTags).map((tag) => `tag:${tag}`),
    ...strings(rule.targetServiceAccounts).map((sa) => `sa:${sa}`),
  ];
  return {
    direction,
    sourceRanges,
    sourceRefs: direction === 'ingress' ? sourceRefs : [],
    // Egress rules with no destinationRanges apply to every destination.
    destRanges: destinationRanges.length > 0 ? destinationRanges : direction === 'egress' ? [...ANY] : undefined,
    targets,
  };
}

/** One model rule per `allowed`/`denied` entry, since each entry has its own protocol and ports. */
function addEntries(rule: Json, path: Path, context: ReadContext, name: string, network: string): void {
  const match = matchOf(rule, path, context, name);
  const id = str(rule.selfLink) ? gcePath(str(rule.selfLink)!) : `${network}/firewalls/${name}`;
  for (const [key, action] of [
    ['allowed', 'allow'],
    ['denied', 'deny'],
  ] as const) {
    records(rule[key]).forEach((entry, i) => {
      const protocol = protocolName(entry.IPProtocol);
      if (!protocol) context.fail([...path, key, i, 'IPProtocol'], `firewall rule ${name}: IPProtocol is missing`);
      const ports = list(entry.ports).flatMap((port) => {
        const text = portText(port);
        return text ? [text] : [];
      });
      // "tcp:0-65535" next to "tcp:22" still opens every port.
      const every = list(entry.ports).length > 0 && ports.length < list(entry.ports).length;
      context.builder.addFirewallRule({
        id: `${id}#${key}${i}`,
        name,
        provider: 'gce',
        setId: network,
        direction: match.direction,
        action,
        priority: num(rule.priority) ?? 1000,
        protocols: protocol === 'all' ? 'all' : [protocol],
        ports: every ? [] : ports,
        sourceRanges: match.sourceRanges,
        sourceRefs: match.sourceRefs,
        destRanges: match.destRanges,
        targets: match.targets,
        origin: context.origin([...path, key, i]),
      });
    });
  }
}

/** The resource's network becomes a firewall set, enabled or not; its rules only when enabled. */
function readFirewall(rule: Json, path: Path, context: ReadContext): void {
  const name = str(rule.name);
  if (!name) context.fail(path, 'firewall rule without a name');
  const networkUrl = str(rule.network);
  if (!networkUrl) context.fail([...path, 'network'], `firewall rule ${name}: network is missing`);
  const network = gcePath(networkUrl);
  context.builder.addFirewallSet({
    id: network,
    name: network.split('/').pop() ?? network,
    provider: 'gce',
    kind: 'vpc-firewall',
    networkId: network,
  });
  if (rule.disabled === true) return;
  addEntries(rule, path, context, name, network);
}

/**
 * `gcloud compute firewall-rules list --format=json`. A firewall resource with several `allowed`/`denied` entries
 * (tcp:22 and icmp) becomes one model rule per entry, all with the resource's name and priority, since each entry
 * has its own ports. Disabled rules are left out: GCE does not enforce them.
 */
export const gcloudFirewallRules: FormatReader = {
  id: 'gcloud-firewall-rules',
  producedBy: 'gcloud compute firewall-rules list --format=json',
  matches: (value) => isListOf(value, 'kind', KIND),
  read(value: unknown, context: ReadContext) {
    const count = eachOfList(value, 'kind', KIND, context, (rule, path) => readFirewall(rule, path, context));
    context.builder.markPresent('firewalls');
    return count;
  },
};
