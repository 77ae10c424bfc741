import type { ReadContext } from '../context.js';
import type { FormatReader } from '../format.js';
import { record } from '../values.js';
import { configKeyPath, configKind, configValues, type Distribution } from './distribution-keys.js';
import { clusterNetwork, cniPlugins, primaryCni } from './distribution-network.js';
import { CHART_DEFAULT_BACKEND, distributionJoin, FLANNEL_CHARTS } from './distribution-join.js';

const TOOL: Readonly<Record<Distribution, string>> = { k3s: 'k3s', rke2: 'RKE2', 'k3s-or-rke2': 'k3s and RKE2' };

/**
 * An RKE2 server's config.yaml: `cni` picks the CNI chart (canal by default). RKE2 has no flannel-backend key: the
 * canal and flannel charts run vxlan unless a HelmChartConfig says otherwise. A file with only keys both k3s and
 * RKE2 accept is read the same way, as both default to flannel with vxlan and 10.42.0.0/16.
 */
function readServerConfig(value: unknown, distribution: Distribution, context: ReadContext): void {
  const config = record(value);
  const describedBy = distribution === 'rke2' ? 'RKE2 config.yaml' : 'k3s or RKE2 config.yaml';
  const { cni, defaulted: cniDefaulted } = primaryCni(cniPlugins(configValues(config, 'cni')));
  const chart = FLANNEL_CHARTS[cni];
  const network = clusterNetwork(
    configValues(config, 'cluster-cidr'),
    { path: configKeyPath(config, 'cluster-cidr'), what: `${describedBy}: cluster-cidr`, tool: TOOL[distribution] },
    context,
  );
  const backendDefaults =
    chart === undefined
      ? undefined
      : [
          ...(cniDefaulted && distribution === 'rke2' ? ['cni canal'] : []),
          distribution === 'rke2'
            ? `flannel backend ${CHART_DEFAULT_BACKEND} (the ${chart} chart's)`
            : `flannel backend ${CHART_DEFAULT_BACKEND} (k3s's, and RKE2's rke2-canal chart's)`,
        ];
  context.builder.collect(distributionJoin, {
    from: 'config',
    chart,
    backendDefaults,
    cidrDefault: network.defaulted,
    config: {
      network: network.network,
      ipv6Network: network.ipv6Network,
      // Not flannel (calico, cilium, none): the plugin name, as for RKE's network.plugin.
      backendType: chart === undefined ? cni : CHART_DEFAULT_BACKEND,
      describedBy: `${describedBy}${chart === undefined || cniDefaulted ? '' : ` (cni ${cni})`}`,
      defaulted: [...(backendDefaults ?? []), ...(network.defaulted ? [network.defaulted] : [])],
      origin: context.origin(config.cni !== undefined ? configKeyPath(config, 'cni') : []),
    },
  });
}

function configReader(distribution: Exclude<Distribution, 'k3s'>, id: string, producedBy: string): FormatReader {
  return {
    id,
    producedBy,
    matches: (value) => configKind(value)?.distribution === distribution,
    read(value: unknown, context: ReadContext) {
      // An agent's file says nothing about the cluster's CNI or CIDR: only servers set them.
      if (configKind(value)!.server) readServerConfig(value, distribution, context);
      return 1;
    },
  };
}

export const rke2Config = configReader(
  'rke2',
  'rke2-config-yaml',
  "RKE2 /etc/rancher/rke2/config.yaml (a server's; flat keys such as cni, cluster-cidr, profile)",
);

export const k3sOrRke2Config = configReader(
  'k3s-or-rke2',
  'k3s-or-rke2-config-yaml',
  'a k3s or RKE2 config.yaml with only keys both accept (tls-san, write-kubeconfig-mode, node-label, …)',
);
