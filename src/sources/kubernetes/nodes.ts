import type { Cidr } from '../../model/cidr.js';
import type { Os } from '../../model/snapshot.js';
import type { Path, ReadContext } from '../context.js';
import type { FormatReader } from '../format.js';
import { parseProviderId } from '../provider-id.js';
import { isRecord, list, record, records, str, type Json } from '../values.js';

const BACKEND_ANNOTATION = 'flannel.alpha.coreos.com/backend-type';
const PUBLIC_IP_ANNOTATION = 'flannel.alpha.coreos.com/public-ip';

function osOf(node: Json): Os {
  const labels = record(record(node.metadata).labels);
  const os = str(labels['kubernetes.io/os']) ?? str(labels['beta.kubernetes.io/os']) ?? str(record(record(node.status).nodeInfo).operatingSystem);
  return os === 'linux' || os === 'windows' ? os : 'unknown';
}

export function readNode(node: Json, path: Path, context: ReadContext): void {
  const metadata = record(node.metadata);
  const name = str(metadata.name);
  if (!name) context.fail([...path, 'metadata'], 'Node without metadata.name');
  const spec = record(node.spec);
  const status = record(node.status);

  const internalIps = records(status.addresses).flatMap((address, i) =>
    address.type === 'InternalIP' ? [context.ip(address.address, [...path, 'status', 'addresses', i, 'address'], `node ${name}: InternalIP`)] : [],
  );

  const podCidrTexts: { value: unknown; path: Path; field: string }[] = Array.isArray(spec.podCIDRs)
    ? spec.podCIDRs.map((value, i) => ({ value, path: [...path, 'spec', 'podCIDRs', i], field: `spec.podCIDRs[${i}]` }))
    : spec.podCIDR !== undefined ? [{ value: spec.podCIDR, path: [...path, 'spec', 'podCIDR'], field: 'spec.podCIDR' }] : [];
  const podCidrs = new Map<string, Cidr>();
  for (const entry of podCidrTexts) {
    const cidr = context.cidr(entry.value, entry.path, `node ${name}: ${entry.field}`);
    podCidrs.set(cidr.text, cidr);
  }

  const providerId = str(spec.providerID);
  const parsed = providerId ? parseProviderId(providerId) : {};
  const annotations = record(metadata.annotations);
  context.builder.addNode({
    name,
    os: osOf(node),
    internalIps,
    podCidrs: [...podCidrs.values()],
    providerId,
    instanceKey: parsed.instanceKey,
    provider: parsed.provider,
    backendType: str(annotations[BACKEND_ANNOTATION]),
    flannelPublicIp: context.optionalIp(annotations[PUBLIC_IP_ANNOTATION], [...path, 'metadata', 'annotations', PUBLIC_IP_ANNOTATION], `node ${name}: ${PUBLIC_IP_ANNOTATION}`),
    origin: context.origin(path),
  });
}

function isNode(value: unknown): value is Json {
  return isRecord(value) && value.kind === 'Node';
}

export const kubectlNodes: FormatReader = {
  id: 'kubectl-nodes',
  producedBy: 'kubectl get nodes -o json (or -o yaml)',
  matches: (value) => isNode(value) || (isRecord(value) && value.kind === 'NodeList'),
  read(value: unknown, context: ReadContext) {
    if (isNode(value)) {
      readNode(value, [], context);
      return 1;
    }
    const items = list(record(value).items);
    items.forEach((item, i) => {
      if (!isNode(item)) context.fail(['items', i], 'NodeList item is not a Node');
      readNode(item, ['items', i], context);
    });
    context.builder.markPresent('nodes');
    return items.length;
  },
};
