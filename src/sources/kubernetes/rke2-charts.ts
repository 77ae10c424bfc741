import type { FlannelConfig } from '../../model/snapshot.js';
import type { Join } from '../builder.js';

/** The RKE2 charts that run flannel, by the `cni` value that deploys them. */
export const FLANNEL_CHARTS: Readonly<Record<string, string>> = { canal: 'rke2-canal', flannel: 'rke2-flannel' };

/** Both charts run flannel with vxlan unless a HelmChartConfig sets `flannel.backend` (rancher/rke2-charts). */
export const CHART_DEFAULT_BACKEND = 'vxlan';

/**
 * What an RKE2 server's config.yaml or a HelmChartConfig says about flannel. RKE2's config.yaml picks the CNI chart;
 * the flannel backend of that chart is its default unless a HelmChartConfig for it sets one.
 */
export type ChartSetting =
  | {
      readonly from: 'config';
      /** The flannel chart the file deploys; absent when its CNI is not flannel (calico, cilium, none). */
      readonly chart?: string;
      /** The default named for the backend, dropped when a HelmChartConfig for the chart was given. */
      readonly backendDefault?: string;
      readonly config: FlannelConfig;
    }
  | { readonly from: 'helm'; readonly chart: string; readonly config: FlannelConfig };

function withoutChartDefault(setting: Extract<ChartSetting, { from: 'config' }>): FlannelConfig {
  if (setting.backendDefault === undefined) return setting.config;
  const defaulted = (setting.config.defaulted ?? []).filter((entry) => entry !== setting.backendDefault);
  return { ...setting.config, backendType: undefined, defaulted };
}

/**
 * Joins config files and HelmChartConfigs once all inputs are read, in any order: a HelmChartConfig for the chart a
 * config.yaml deploys states the backend, so the chart default is not assumed; one for a chart no given config.yaml
 * deploys (an rke2-canal override left on a Calico cluster) configures nothing that runs.
 */
export const rke2ChartJoin: Join<ChartSetting> = (settings, _nodes, _options, builder) => {
  const configured = new Set(settings.flatMap((setting) => (setting.from === 'helm' ? [setting.chart] : [])));
  const deployed = settings.flatMap((setting) => (setting.from === 'config' ? [setting.chart] : []));
  for (const setting of settings) {
    if (setting.from === 'config')
      builder.addFlannel(
        setting.chart !== undefined && configured.has(setting.chart) ? withoutChartDefault(setting) : setting.config,
      );
    else if (deployed.length === 0 || deployed.includes(setting.chart)) builder.addFlannel(setting.config);
  }
};
