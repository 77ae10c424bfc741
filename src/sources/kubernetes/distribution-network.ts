import { parseCidr, type Cidr } from '../../model/cidr.js';
import type { Path, ReadContext } from '../context.js';

/** k3s and RKE2 both give pods 10.42.0.0/16 when `cluster-cidr` is not set. */
export const DEFAULT_CLUSTER_CIDR = parseCidr('10.42.0.0/16')!;

export interface ClusterNetwork {
  readonly network?: Cidr;
  readonly ipv6Network?: Cidr;
  /** Set when the default was taken: what the messages name. */
  readonly defaulted?: string;
}

/**
 * The cluster CIDRs of `cluster-cidr` values: a list, or one string with a comma between the IPv4 and IPv6 ranges
 * of a dual-stack cluster. The first range of each family is flannel's network.
 */
export function clusterNetwork(
  values: readonly unknown[],
  where: { readonly path: Path; readonly what: string; readonly tool: string },
  context: ReadContext,
): ClusterNetwork {
  const ranges = values.flatMap((value) => (typeof value === 'string' ? value.split(',') : [value]));
  const cidrs = ranges
    .map((range) => (typeof range === 'string' ? range.trim() : range))
    .filter((range) => range !== '')
    .map((range) => parseCidr(range) ?? context.cidr(range, where.path, where.what));
  if (cidrs.length === 0)
    return {
      network: DEFAULT_CLUSTER_CIDR,
      defaulted: `cluster-cidr ${DEFAULT_CLUSTER_CIDR.text}`,
    };
  return {
    network: cidrs.find((cidr) => cidr.family === 4),
    ipv6Network: cidrs.find((cidr) => cidr.family === 6),
  };
}

/** The last value given: a flag repeated on the command line or in a file, where the last one counts. */
export function lastValue(values: readonly unknown[]): string | undefined {
  const last = values[values.length - 1];
  return last === undefined || last === null || last === '' ? undefined : String(last);
}

/** The CNI plugins of RKE2's `cni` values, in order ("multus,canal" or a list); multus is never the primary. */
export function cniPlugins(values: readonly unknown[]): string[] {
  return values
    .flatMap((value) => (value === null || value === undefined ? [] : String(value).split(',')))
    .map((plugin) => plugin.trim())
    .filter((plugin) => plugin !== '');
}

/** The CNI that carries pod traffic: the last one given that is not the multus meta-plugin; canal by default. */
export function primaryCni(plugins: readonly string[]): { cni: string; defaulted: boolean } {
  const primary = plugins.filter((plugin) => plugin !== 'multus').at(-1);
  return primary === undefined ? { cni: 'canal', defaulted: true } : { cni: primary, defaulted: false };
}
