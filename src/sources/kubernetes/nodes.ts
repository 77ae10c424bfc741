import { canonicalIp, parseCidr, type Cidr } from '../../model/cidr.js';
import type { Os } from '../../model/snapshot.js';
import { isAbsent, type Path, type ReadContext } from '../context.js';
import type { FormatReader } from '../format.js';
import { parseProviderId } from '../../model/instance-key.js';
import { isRecord, list, record, str, type Json } from '../values.js';
import { collectNodeArgs } from './node-args.js';

const BACKEND_ANNOTATION = 'flannel.alpha.coreos.com/backend-type';
const PUBLIC_IP_ANNOTATION = 'flannel.alpha.coreos.com/public-ip';

function osOf(node: Json): Os {
  const labels = record(record(node.metadata).labels);
  const os =
    str(labels['kubernetes.io/os']) ??
    str(labels['beta.kubernetes.io/os']) ??
    str(record(record(node.status).nodeInfo).operatingSystem);
  return os === 'linux' || os === 'windows' ? os : 'unknown';
}

export function readNode(node: Json, path: Path, context: ReadContext): void {
  const metadata = record(node.metadata);
  const name = str(metadata.name);
  if (!name) context.fail([...path, 'metadata'], 'Node without metadata.name');
  const spec = record(node.spec);
  const status = record(node.status);

  const internalIps: string[] = [];
  const addresses = list(status.addresses);
  for (let i = 0; i < addresses.length; i++) {
    const address = addresses[i];
    if (!isRecord(address) || address.type !== 'InternalIP') continue;
    internalIps.push(
      canonicalIp(address.address) ??
        context.ip(address.address, [...path, 'status', 'addresses', i, 'address'], `node ${name}: InternalIP`),
    );
  }

  const podCidrs: Cidr[] = [];
  if (Array.isArray(spec.podCIDRs)) {
    const listed: unknown[] = spec.podCIDRs;
    for (let i = 0; i < listed.length; i++) {
      const cidr =
        parseCidr(listed[i]) ??
        context.cidr(listed[i], [...path, 'spec', 'podCIDRs', i], `node ${name}: spec.podCIDRs[${i}]`);
      if (!podCidrs.some((known) => known.text === cidr.text)) podCidrs.push(cidr);
    }
  } else if (spec.podCIDR !== undefined) {
    podCidrs.push(
      parseCidr(spec.podCIDR) ?? context.cidr(spec.podCIDR, [...path, 'spec', 'podCIDR'], `node ${name}: spec.podCIDR`),
    );
  }

  const providerId = str(spec.providerID);
  const parsed = providerId ? parseProviderId(providerId) : {};
  const annotations = record(metadata.annotations);
  const publicIp = annotations[PUBLIC_IP_ANNOTATION];
  context.builder.addNode({
    name,
    os: osOf(node),
    internalIps,
    podCidrs,
    providerId,
    instanceKey: parsed.instanceKey,
    provider: parsed.provider,
    backendType: str(annotations[BACKEND_ANNOTATION]),
    flannelPublicIp: isAbsent(publicIp)
      ? undefined
      : (canonicalIp(publicIp) ??
        context.ip(
          publicIp,
          [...path, 'metadata', 'annotations', PUBLIC_IP_ANNOTATION],
          `node ${name}: ${PUBLIC_IP_ANNOTATION}`,
        )),
    origin: context.origin(path),
  });
  collectNodeArgs(annotations, name, path, context);
}

function isNode(value: unknown): value is Json {
  return isRecord(value) && value.kind === 'Node';
}

export const kubectlNodes: FormatReader = {
  id: 'kubectl-nodes',
  producedBy: 'kubectl get node NAME -o json (one Node), or kubectl get --raw /api/v1/nodes (a NodeList)',
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
