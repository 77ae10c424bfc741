import type { FlannelConfig } from '../../model/snapshot.js';
import type { Join } from '../builder.js';
import type { Path, ReadContext } from '../context.js';
import { clusterNetwork, cniPlugins, primaryCni } from './distribution-network.js';
import { k3sFlannel } from './k3s-config.js';
import { FLANNEL_CHARTS } from './distribution-join.js';

/**
 * k3s and RKE2 record the arguments a node was started with, its config.yaml included, as a JSON list in an
 * annotation (k3s-io/k3s pkg/nodeconfig): `["server","--flannel-backend","host-gw"]`, secrets replaced by stars.
 */
const ANNOTATIONS = { 'k3s.io/node-args': 'k3s', 'rke2.io/node-args': 'rke2' } as const;

interface NodeArgsSetting {
  readonly annotation: string;
  readonly node: string;
  readonly config: Omit<FlannelConfig, 'describedBy'>;
}

/** Flags that pass an argument to a component (`--kube-proxy-arg`, `--kubelet-arg`): their value can look like a flag. */
const COMPONENT_ARG = /^--[a-z-]+-arg$/;

/** The values of `--flag value` and `--flag=value` (k3s splits the second form, but a hand-written node may not). */
function flagValues(args: readonly string[], flag: string): string[] {
  const values: string[] = [];
  const long = `--${flag}`;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === long && i + 1 < args.length) values.push(args[++i]!);
    else if (arg.startsWith(`${long}=`)) values.push(arg.slice(long.length + 1));
    // `--kube-proxy-arg=--cluster-cidr=…` is recorded as two items: the second is kube-proxy's, not k3s's.
    else if (COMPONENT_ARG.test(arg)) i++;
  }
  return values;
}

function parseArgs(text: unknown): string[] | undefined {
  if (typeof text !== 'string') return undefined;
  try {
    const args: unknown = JSON.parse(text);
    return Array.isArray(args) && args.every((arg) => typeof arg === 'string') ? args : undefined;
  } catch {
    return undefined;
  }
}

/** RKE2 records the CNI a server deploys; the flannel backend of its canal or flannel chart is not among its args. */
function rke2Setting(args: readonly string[], where: Path, what: string, context: ReadContext) {
  const { cni, defaulted } = primaryCni(cniPlugins(flagValues(args, 'cni')));
  const network = clusterNetwork(flagValues(args, 'cluster-cidr'), { path: where, what, tool: 'RKE2' }, context);
  return {
    network: network.network,
    ipv6Network: network.ipv6Network,
    backendType: FLANNEL_CHARTS[cni] === undefined ? cni : undefined,
    defaulted: [...(defaulted ? ['cni canal'] : []), ...(network.defaulted ? [network.defaulted] : [])],
  };
}

/**
 * Keeps what a server's node-args say about flannel, for `nodeArgsJoin`. Agents' args hold no cluster-wide flannel
 * setting (the backend and the cluster CIDR are server flags), so they say nothing about it.
 */
export function collectNodeArgs(
  annotations: Readonly<Record<string, unknown>>,
  node: string,
  path: Path,
  context: ReadContext,
): void {
  for (const [annotation, distribution] of Object.entries(ANNOTATIONS)) {
    const text = annotations[annotation];
    if (text === undefined) continue;
    const where = [...path, 'metadata', 'annotations', annotation];
    const args = parseArgs(text) ?? context.fail(where, `node ${node}: ${annotation} is not a JSON list of strings`);
    if (args.find((arg) => arg === 'server' || arg === 'agent') !== 'server') continue;
    const what = `node ${node}: ${annotation}`;
    const settings =
      distribution === 'k3s'
        ? k3sFlannel((flag) => flagValues(args, flag), { describedBy: what, path: () => where }, context).config
        : rke2Setting(args, where, `${what}: cluster-cidr`, context);
    const { network, ipv6Network, backendType, defaulted } = settings;
    const config = { network, ipv6Network, backendType, defaulted, running: true, origin: context.origin(where) };
    context.builder.collect(nodeArgsJoin, { annotation, node, config });
  }
}

/**
 * One flannel configuration per distinct setting, not per node: every server of a cluster records the same flags,
 * and a cluster of thousands of nodes must not make thousands of findings. Named by its first node.
 */
export const nodeArgsJoin: Join<NodeArgsSetting> = (settings, _nodes, _options, builder) => {
  // A node given in two dumps is one node.
  const groups = new Map<string, { first: NodeArgsSetting; nodes: Set<string> }>();
  for (const setting of settings) {
    const { config } = setting;
    const key = JSON.stringify([
      setting.annotation,
      config.backendType,
      config.network?.text,
      config.ipv6Network?.text,
      config.defaulted,
    ]);
    const group = groups.get(key);
    if (group) group.nodes.add(setting.node);
    else groups.set(key, { first: setting, nodes: new Set([setting.node]) });
  }
  for (const { first, nodes } of groups.values()) {
    const others = nodes.size > 1 ? ` (and ${nodes.size - 1} more)` : '';
    builder.addFlannel({ ...first.config, describedBy: `${first.annotation} on node ${first.node}${others}` });
  }
};
