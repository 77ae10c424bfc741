import type { FlannelConfig } from '../../model/snapshot.js';
import type { ReadContext } from '../context.js';
import type { FormatReader } from '../format.js';
import { record } from '../values.js';
import { configKeyPath, configKind, configValues } from './distribution-keys.js';
import { distributionJoin } from './distribution-join.js';
import { clusterNetwork, lastValue } from './distribution-network.js';

/** k3s runs flannel itself, with vxlan unless `flannel-backend` says otherwise ("none": flannel is not used). */
export const K3S_DEFAULT_BACKEND = 'vxlan';

/** The flannel settings of a k3s server's flags, and the defaults k3s applies to what they leave out. */
export interface K3sFlannel {
  readonly config: Omit<FlannelConfig, 'origin'>;
  readonly backendDefault?: string;
  readonly cidrDefault?: string;
}

/** The flannel settings of a k3s server's flags, from its config.yaml or the node-args it recorded. */
export function k3sFlannel(
  flag: (name: string) => readonly unknown[],
  where: { readonly describedBy: string; readonly path: (flag: string) => (string | number)[] },
  context: ReadContext,
): K3sFlannel {
  const backend = lastValue(flag('flannel-backend'));
  const { network, ipv6Network, defaulted } = clusterNetwork(
    flag('cluster-cidr'),
    { path: where.path('cluster-cidr'), what: `${where.describedBy}: cluster-cidr`, tool: 'k3s' },
    context,
  );
  const backendDefault = backend === undefined ? `flannel-backend ${K3S_DEFAULT_BACKEND}` : undefined;
  return {
    config: {
      network,
      ipv6Network,
      backendType: backend ?? K3S_DEFAULT_BACKEND,
      describedBy: where.describedBy,
      defaulted: [...(backendDefault ? [backendDefault] : []), ...(defaulted ? [defaulted] : [])],
    },
    backendDefault,
    cidrDefault: defaulted,
  };
}

export const k3sConfig: FormatReader = {
  id: 'k3s-config-yaml',
  producedBy: "k3s /etc/rancher/k3s/config.yaml (a server's; flat keys such as flannel-backend, cluster-cidr)",
  matches: (value) => configKind(value)?.distribution === 'k3s',
  read(value: unknown, context: ReadContext) {
    const config = record(value);
    // An agent's file says nothing about the cluster's flannel backend or CIDR: only servers set them.
    if (!configKind(value)!.server) return 1;
    const describedBy = 'k3s config.yaml';
    const {
      config: flannel,
      backendDefault,
      cidrDefault,
    } = k3sFlannel(
      (flag) => configValues(config, flag),
      { describedBy, path: (flag) => configKeyPath(config, flag) },
      context,
    );
    const set = config['flannel-backend'] !== undefined;
    context.builder.collect(distributionJoin, {
      from: 'config',
      backendDefaults: backendDefault === undefined ? undefined : [backendDefault],
      cidrDefault,
      config: { ...flannel, origin: context.origin(set ? ['flannel-backend'] : []) },
    });
    return 1;
  },
};
