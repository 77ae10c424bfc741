import type { FlannelConfig } from '../../model/snapshot.js';
import type { Join } from '../builder.js';

/** The RKE2 charts that run flannel, by the `cni` value that deploys them. */
export const FLANNEL_CHARTS: Readonly<Record<string, string>> = { canal: 'rke2-canal', flannel: 'rke2-flannel' };

/** Both charts run flannel with vxlan unless a HelmChartConfig sets `flannel.backend` (rancher/rke2-charts). */
export const CHART_DEFAULT_BACKEND = 'vxlan';

/**
 * What a k3s or RKE2 server's config.yaml, or a HelmChartConfig, says about flannel. Defaults a file assumed are
 * kept apart, so that another file that sets the value replaces them.
 */
export type DistributionSetting =
  | {
      readonly from: 'config';
      /** The RKE2 flannel chart the file deploys; absent for k3s and for a CNI that is not flannel. */
      readonly chart?: string;
      /** The defaults named for the backend (and the CNI that runs it), when the file sets none. */
      readonly backendDefaults?: readonly string[];
      /** The default named for the cluster CIDR, when the file sets none. */
      readonly cidrDefault?: string;
      readonly config: FlannelConfig;
    }
  | { readonly from: 'helm'; readonly chart: string; readonly config: FlannelConfig };

type ConfigSetting = Extract<DistributionSetting, { from: 'config' }>;

function without(config: FlannelConfig, entries: readonly string[], fields: Partial<FlannelConfig>): FlannelConfig {
  return { ...config, ...fields, defaulted: (config.defaulted ?? []).filter((named) => !entries.includes(named)) };
}

/**
 * A file's defaults, less those another input sets: k3s and RKE2 merge `config.yaml` with the files of
 * `config.yaml.d/` (a drop-in often holds only `tls-san`), and the backend of an RKE2 chart is the one its
 * HelmChartConfig sets.
 */
function resolved(setting: ConfigSetting, backendSet: boolean, cidrSet: boolean, charts: ReadonlySet<string>) {
  let config = setting.config;
  const chartConfigured = setting.chart !== undefined && charts.has(setting.chart);
  if (setting.backendDefaults !== undefined && (backendSet || chartConfigured))
    config = without(config, setting.backendDefaults, { backendType: undefined });
  if (setting.cidrDefault !== undefined && cidrSet)
    config = without(config, [setting.cidrDefault], { network: undefined, ipv6Network: undefined });
  return config;
}

/**
 * Joins the config files and HelmChartConfigs once all inputs are read, in any order. A HelmChartConfig for a chart
 * that no given config.yaml deploys (an rke2-canal override left on a Calico cluster) configures nothing that runs.
 */
export const distributionJoin: Join<DistributionSetting> = (settings, _nodes, _options, builder) => {
  const configs = settings.filter((setting): setting is ConfigSetting => setting.from === 'config');
  const charts = new Set(settings.flatMap((setting) => (setting.from === 'helm' ? [setting.chart] : [])));
  const backendSet = configs.some((setting) => setting.backendDefaults === undefined);
  const cidrSet = configs.some((setting) => setting.cidrDefault === undefined);
  const deployed = new Set(configs.map((setting) => setting.chart));
  for (const setting of settings) {
    if (setting.from === 'helm') {
      if (configs.length === 0 || deployed.has(setting.chart)) builder.addFlannel(setting.config);
      continue;
    }
    const config = resolved(setting, backendSet, cidrSet, charts);
    // A drop-in whose every setting another file gives says nothing of its own.
    if (config.backendType !== undefined || config.network !== undefined) builder.addFlannel(config);
  }
};
